#include "UploadFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ChoPhien {
namespace {
Q_LOGGING_CATEGORY(lcFiles, "chophien.platform.uploads")

const QString kPartSuffix = QStringLiteral(".part");

// Flushes Qt's buffer and the OS cache of an open file to the disk.
bool syncToDisk(QFile& file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// Syncs a folder's entries (a rename into it) where the OS allows it; NTFS needs nothing.
void syncFolder(const QString& path)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

UploadFiles::UploadFiles(const QString& dataFolder)
    : m_uploads(QDir(dataFolder).filePath(QStringLiteral("uploads")))
    , m_blobs(QDir(dataFolder).filePath(QStringLiteral("blobs")))
{}

bool UploadFiles::open()
{
    return QDir().mkpath(m_uploads) && QDir().mkpath(m_blobs);
}

QString UploadFiles::partPath(const QString& uploadId) const
{
    return QDir(m_uploads).filePath(uploadId + kPartSuffix);
}

QString UploadFiles::blobPath(const QString& sha256) const
{
    return QDir(m_blobs).filePath(sha256);
}

qint64 UploadFiles::partSize(const QString& uploadId) const
{
    const QFileInfo info(partPath(uploadId));
    return info.exists() ? info.size() : 0;
}

bool UploadFiles::write(const QString& uploadId, qint64 offset, const QByteArray& bytes)
{
    QFile file(partPath(uploadId));
    const bool ok = file.open(QIODevice::ReadWrite) && file.resize(offset) && file.seek(offset) &&
                    file.write(bytes) == bytes.size() && syncToDisk(file);
    if (!ok)
        qCWarning(lcFiles) << "cannot write" << file.fileName() << file.errorString();
    return ok;
}

std::optional<QByteArray> UploadFiles::partSha256(const QString& uploadId) const
{
    QFile file(partPath(uploadId));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return std::nullopt;
    return hash.result().toHex();
}

bool UploadFiles::reset(const QString& uploadId)
{
    QFile file(partPath(uploadId));
    return file.open(QIODevice::ReadWrite) && file.resize(0) && syncToDisk(file);
}

bool UploadFiles::promote(const QString& uploadId, const QString& sha256)
{
    const QString part = partPath(uploadId);
    const QString blob = blobPath(sha256);
    if (QFile::exists(blob)) {
        QFile::remove(part);
        return true;
    }
    if (!QFile::rename(part, blob)) {
        qCWarning(lcFiles) << "cannot move" << part << "to" << blob;
        return false;
    }
    syncFolder(m_blobs);
    syncFolder(m_uploads);
    return true;
}

void UploadFiles::removePart(const QString& uploadId)
{
    QFile::remove(partPath(uploadId));
}

void UploadFiles::removeBlob(const QString& sha256)
{
    QFile::remove(blobPath(sha256));
}

bool UploadFiles::hasBlob(const QString& sha256) const
{
    return QFile::exists(blobPath(sha256));
}

QStringList UploadFiles::partIds() const
{
    QStringList ids;
    const QStringList names = QDir(m_uploads).entryList({QStringLiteral("*") + kPartSuffix}, QDir::Files);
    for (const QString& name : names)
        ids.append(name.chopped(kPartSuffix.size()));
    return ids;
}

QStringList UploadFiles::blobNames() const
{
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    QStringList names = QDir(m_blobs).entryList(QDir::Files);
    names.removeIf([](const QString& name) { return !sha.match(name).hasMatch(); });
    return names;
}

} // namespace ChoPhien
