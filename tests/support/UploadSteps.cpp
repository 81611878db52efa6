#include "UploadSteps.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageWriter>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace ChoPhien::Test::UploadSteps {

QByteArray noisePng(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<quint32*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = 0xff000000u | (random.generate() & 0xffffffu);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray rotatedJpeg(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setTransformation(QImageIOHandler::TransformationRotate90);
    writer.write(image);
    return bytes;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ApiReply create(ApiClient& client, const QByteArray& bytes, const QString& contentType, const QByteArray& key,
                const QString& announced)
{
    const QJsonObject body{{QStringLiteral("length"), bytes.size()},
                           {QStringLiteral("sha256"), announced.isEmpty() ? sha256Hex(bytes) : announced},
                           {QStringLiteral("content_type"), contentType}};
    return client.write("POST", QStringLiteral("/v1/uploads"), body, key.isEmpty() ? newKey() : key);
}

ApiReply chunk(ApiClient& client, const QString& uploadId, qint64 offset, const QByteArray& bytes)
{
    return client.send(
        "PATCH", uploadPath(uploadId), bytes,
        {{"Content-Type", "application/offset+octet-stream"}, {"Upload-Offset", QByteArray::number(offset)}});
}

ApiReply head(ApiClient& client, const QString& uploadId)
{
    return client.send("HEAD", uploadPath(uploadId));
}

QString send(ApiClient& client, const QByteArray& bytes, const QString& contentType, qint64 chunkSize)
{
    const ApiReply created = create(client, bytes, contentType);
    if (created.status != 201 && created.status != 200)
        return {};
    const QString id = created.json().value(u"id").toString();
    for (qint64 offset = qint64(created.json().value(u"offset").toDouble()); offset < bytes.size();
         offset += chunkSize) {
        if (chunk(client, id, offset, bytes.mid(offset, chunkSize)).status != 204)
            return {};
    }
    return id;
}

QString uploadPath(const QString& uploadId)
{
    return QStringLiteral("/v1/uploads/") + uploadId;
}

QString photosPath(const QString& productId)
{
    return QStringLiteral("/v1/products/") + productId + QStringLiteral("/photos");
}

} // namespace ChoPhien::Test::UploadSteps
