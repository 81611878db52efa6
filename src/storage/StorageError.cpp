#include "StorageError.h"

namespace ChoPhien {

StorageError StorageError::refused(QString code, QString message)
{
    StorageError error(Kind::Refused, std::move(message));
    error.m_refusal = std::move(code);
    return error;
}

StorageError StorageError::fromSql(const QSqlError& error, const QString& path)
{
    if (!error.isValid())
        return {};
    // SQLite's primary result code is the low byte of the extended one Qt reports.
    const int extended = error.nativeErrorCode().toInt();
    const int code = extended & 0xff;
    // SQLITE_IOERR_SHMSIZE: the WAL index (-shm) could not grow, which on a full disk is how the
    // first write of a new or reopened workspace fails.
    if (extended == 4874)
        return {Kind::DiskFull, error.text(), path};
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Kind::Busy, error.text(), path};
    case 8: // SQLITE_READONLY
        return {Kind::NotWritable, error.text(), path};
    case 11: // SQLITE_CORRUPT
        return {Kind::Damaged, error.text(), path};
    case 13: // SQLITE_FULL
        return {Kind::DiskFull, error.text(), path};
    case 26: // SQLITE_NOTADB
        return {Kind::NotADatabase, error.text(), path};
    default:
        break;
    }
    // Some I/O failures only say so in their text.
    const QString text = error.text();
    if (text.contains(u"disk is full") || text.contains(u"No space left"))
        return {Kind::DiskFull, text, path};
    if (text.contains(u"readonly") || text.contains(u"read-only"))
        return {Kind::NotWritable, text, path};
    return {Kind::Failed, text, path};
}

QString StorageError::code() const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::FolderMissing:
        return QStringLiteral("folder_missing");
    case Kind::NotAWorkspace:
        return QStringLiteral("not_a_workspace");
    case Kind::AlreadyWorkspace:
        return QStringLiteral("already_workspace");
    case Kind::NotWritable:
        return QStringLiteral("not_writable");
    case Kind::DiskFull:
        return QStringLiteral("disk_full");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::NotADatabase:
        return QStringLiteral("not_a_database");
    case Kind::Damaged:
        return QStringLiteral("damaged");
    case Kind::NewerVersion:
        return QStringLiteral("newer_version");
    case Kind::Busy:
        return QStringLiteral("busy");
    case Kind::Failed:
        return QStringLiteral("failed");
    case Kind::Refused:
        return m_refusal.isEmpty() ? QStringLiteral("refused") : m_refusal;
    }
    return QStringLiteral("failed");
}

QString StorageError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::FolderMissing:
        return tr("The folder %1 does not exist. Check the path, or create a new workspace there.")
            .arg(m_path);
    case Kind::NotAWorkspace:
        return tr("The folder %1 is not a Chợ Phiên workspace. Choose the folder that holds workspace.db, "
                  "or create a new workspace.")
            .arg(m_path);
    case Kind::AlreadyWorkspace:
        return tr("The folder %1 already holds a workspace. Open it instead, or choose an empty folder.")
            .arg(m_path);
    case Kind::NotWritable:
        return tr("Chợ Phiên cannot write to %1. Nothing was changed. Choose a folder you are allowed to "
                  "write "
                  "to, or ask the person who manages this computer.")
            .arg(m_path);
    case Kind::DiskFull:
        return tr("The disk holding %1 is full. Your work saved so far is safe, but the last change was not "
                  "saved. Free some space, then try again.")
            .arg(m_path);
    case Kind::Locked:
        return tr("This workspace is already open in another Chợ Phiên window (%1). Use that window, or "
                  "close "
                  "it and open the workspace again.")
            .arg(m_detail);
    case Kind::NotADatabase:
        return tr("The file %1 is not a Chợ Phiên database. It was left as it is. Open another workspace, or "
                  "restore one from a backup.")
            .arg(m_path);
    case Kind::Damaged:
        return tr("The workspace database %1 is damaged. It was left as it is so nothing more is lost. "
                  "You can restore the latest backup; the damaged file is kept beside it.")
            .arg(m_path);
    case Kind::NewerVersion:
        return tr("This workspace was saved by a newer version of Chợ Phiên (%1). It was left unchanged. "
                  "Update Chợ Phiên on this computer to open it.")
            .arg(m_detail);
    case Kind::Busy:
        return tr("The workspace is busy with another task. Nothing was lost; try again in a moment.");
    case Kind::Failed:
        return tr("The workspace could not be read or written (%1). Your saved work is unchanged.")
            .arg(m_detail);
    case Kind::Refused:
        return m_detail;
    }
    return {};
}

} // namespace ChoPhien
