#include "ImageProbe.h"

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

} // namespace

std::optional<QSize> orientedSize(const QString& path, const QString& contentType)
{
    const QByteArray format = formatOf(contentType);
    if (format.isEmpty())
        return std::nullopt;
    // Only the announced format: a PNG sent as image/jpeg is not "a readable image of its type".
    QImageReader reader(path, format);
    reader.setAutoDetectImageFormat(false);
    reader.setAutoTransform(true);
    // Decoding the whole image (not only its header) catches a file cut short or damaged after it.
    const QImage image = reader.read();
    if (image.isNull()) {
        qCInfo(lcImage) << "not a readable" << format << "image:" << path << reader.errorString();
        return std::nullopt;
    }
    return image.size();
}

} // namespace ChoPhien::ImageProbe
