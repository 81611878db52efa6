#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChoPhien {

// Where upload bytes live in the sandbox's data folder (ADR 0015): `uploads/<id>.part` while an
// upload is unfinished, `blobs/<sha256>` once it is complete and verified. A blob is named by its
// content, so one file serves every seller who uploaded the same bytes. Every write is synced to
// disk before it returns: the caller records an offset only after its bytes are on disk.
class UploadFiles final {
    Q_DISABLE_COPY_MOVE(UploadFiles)

public:
    explicit UploadFiles(const QString& dataFolder);

    // Creates the two folders; false when they cannot be made.
    bool open();

    QString partPath(const QString& uploadId) const;
    QString blobPath(const QString& sha256) const;

    // Bytes in the part file (0 when there is none).
    qint64 partSize(const QString& uploadId) const;
    // Writes `bytes` at `offset` of the part file, dropping whatever it held from `offset` on
    // (bytes of a chunk whose offset was never recorded), and syncs it to disk.
    bool write(const QString& uploadId, qint64 offset, const QByteArray& bytes);
    // The SHA-256 of the part file in lowercase hex, or nullopt when it cannot be read.
    std::optional<QByteArray> partSha256(const QString& uploadId) const;
    // Empties the part file (a checksum mismatch starts again at 0), synced.
    bool reset(const QString& uploadId);
    // Makes the verified part file the blob of `sha256` (or drops it when that blob exists), and
    // syncs the folder so the rename survives a crash.
    bool promote(const QString& uploadId, const QString& sha256);
    void removePart(const QString& uploadId);
    void removeBlob(const QString& sha256);
    bool hasBlob(const QString& sha256) const;

    // Upload ids with a part file, and the sha256 of every blob (for the purge's sweep).
    QStringList partIds() const;
    QStringList blobNames() const;

private:
    QString m_uploads;
    QString m_blobs;
};

} // namespace ChoPhien
