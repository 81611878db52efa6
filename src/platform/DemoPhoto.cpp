#include "DemoPhoto.h"

#include <QBuffer>
#include <QColor>
#include <QCryptographicHash>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

namespace ChoPhien::DemoPhoto {

QByteArray jpeg(const QString& key)
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    const int hue = (uchar(hash.at(0)) << 8 | uchar(hash.at(1))) % 360;
    QImage image(kSide, kSide, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(hue, 40, 250));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (int band = 0; band < 5; ++band) {
        painter.setBrush(QColor::fromHsv((hue + band * 12) % 360, 90 + band * 25, 235 - band * 20));
        const int inset = 60 + band * 70;
        painter.drawEllipse(QRect(inset, inset, kSide - 2 * inset, kSide - 2 * inset));
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(85);
    return writer.write(image) ? bytes : QByteArray();
}

} // namespace ChoPhien::DemoPhoto
