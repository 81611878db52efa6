#include "ImageProbe.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLoggingCategory>

namespace ChoPhien::ImageProbe {
namespace {
Q_LOGGING_CATEGORY(lcImage, "chophien.platform.photos")

QByteArray formatOf(const QString& contentType)
{
    if (contentType == u"image/jpeg")
        return QByteArrayLiteral("jpeg");
    if (contentType == u"image/png")
        return QByteArrayLiteral("png");
    if (contentType == u"image/webp")
        return QByteArrayLiteral("webp");
    return {};
}

// Qt's JPEG reader fills in a file cut short with grey and only warns. Entropy-coded data never
// holds FF D9 (an FF there is followed by 00 or a restart marker), so a whole JPEG has its end of
// image marker after its last start of scan.
bool jpegIsWhole(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 4)
        return false;
    const uchar* bytes = file.map(0, file.size());
    if (bytes == nullptr)
        return false;
    const QByteArrayView view(bytes, file.size());
    const qsizetype lastScan = view.lastIndexOf(QByteArrayView("\xFF\xDA", 2));
    const qsizetype lastEnd = view.lastIndexOf(QByteArrayView("\xFF\xD9", 2));
    return lastScan >= 0 && lastEnd > lastScan;
}

} // namespace

std::optional<QSize> orientedSize(const QString& path, const QString& contentType)
{
    const QByteArray format = formatOf(contentType);
    if (format.isEmpty())
        return std::nullopt;
    // Only the announced format: a PNG sent as image/jpeg is not "a readable image of its type".
    QImageReader reader(path, format);
    reader.setAutoDetectImageFormat(false);
    // The size comes from the header; the pixels are decoded at most 256 px wide or high, which
    // still reads every byte (a file cut short or damaged after its header fails) without holding
    // a full-size photo in memory or keeping the server's one thread busy with it.
    const QSize stored = reader.size();
    const QImageIOHandler::Transformations transformation = reader.transformation();
    if (!stored.isValid() || stored.isEmpty()) {
        qCInfo(lcImage) << "no image size in" << format << "file:" << path << reader.errorString();
        return std::nullopt;
    }
    if (stored.width() > 256 || stored.height() > 256)
        reader.setScaledSize(stored.scaled(256, 256, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    const QImage image = reader.read();
    if (image.isNull() || (format == "jpeg" && !jpegIsWhole(path))) {
        qCInfo(lcImage) << "not a readable" << format << "image:" << path << reader.errorString();
        return std::nullopt;
    }
    // EXIF orientation: a photo taken on its side is as wide as the stored image is high.
    return transformation.testFlag(QImageIOHandler::TransformationRotate90) ? stored.transposed() : stored;
}

} // namespace ChoPhien::ImageProbe
