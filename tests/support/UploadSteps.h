#pragma once

#include "ApiClient.h"

#include <QByteArray>
#include <QString>

// Resumable uploads and photos as the platform API tests drive them (docs/platform-api.yaml,
// /v1/uploads): real image bytes made with QImage, and the calls of the upload protocol.
namespace ChoPhien::Test::UploadSteps {

// A PNG of `width` × `height` random pixels (does not compress: about 3 bytes a pixel).
QByteArray noisePng(int width, int height, quint32 seed);
// A JPEG of `width` × `height` whose EXIF orientation says "turn 90° clockwise to show".
QByteArray rotatedJpeg(int width, int height);
QString sha256Hex(const QByteArray& bytes);

// POST /v1/uploads announcing `bytes` (or `announced` as its SHA-256, when given).
ApiReply create(ApiClient& client, const QByteArray& bytes, const QString& contentType,
                const QByteArray& key = {}, const QString& announced = {});
// PATCH /v1/uploads/{id} with one chunk at `offset`.
ApiReply chunk(ApiClient& client, const QString& uploadId, qint64 offset, const QByteArray& bytes);
// HEAD /v1/uploads/{id}.
ApiReply head(ApiClient& client, const QString& uploadId);
// Creates and sends `bytes` in chunks of `chunkSize`; the upload's id, or empty when a step failed.
QString send(ApiClient& client, const QByteArray& bytes, const QString& contentType,
             qint64 chunkSize = 65536);

QString uploadPath(const QString& uploadId);
QString photosPath(const QString& productId);

} // namespace ChoPhien::Test::UploadSteps
