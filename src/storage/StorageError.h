#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace ChoPhien {

// What went wrong with a workspace or one of its writes, in terms a user can act on.
class StorageError final {
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    enum class Kind {
        None,
        FolderMissing,    // opening a folder that does not exist
        NotAWorkspace,    // folder exists but holds no workspace.db
        AlreadyWorkspace, // creating where a workspace already is
        NotWritable,      // folder or file is read-only
        DiskFull,
        Locked,       // another Chợ Phiên process has it open
        NotADatabase, // workspace.db is not an SQLite file
        Damaged,      // SQLite file fails its integrity check
        NewerVersion, // made by a newer Chợ Phiên: refused, untouched
        Busy,         // another writer held the database too long
        Failed,       // any other database or file error
        Refused,      // a rule of the workspace refused the change (see refused()); nothing was written
    };

    StorageError() = default;
    StorageError(Kind kind, QString detail, QString path = {})
        : m_kind(kind)
        , m_detail(std::move(detail))
        , m_path(std::move(path))
    {}

    // A change the workspace's rules do not allow (taking more stock than is on hand, …). `code` is
    // the stable machine name code() returns ("not_enough_stock"); `message` is the sentence for the
    // user, already translated.
    static StorageError refused(QString code, QString message);

    // Maps an SQLite error (by its extended result code) to a kind.
    static StorageError fromSql(const QSqlError& error, const QString& path = {});

    explicit operator bool() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString detail() const { return m_detail; }
    QString path() const { return m_path; }

    // Stable machine name for --json output ("disk_full", "locked", …).
    QString code() const;
    // One or two sentences in the current UI language: what happened, what it means, what to do.
    QString message() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    QString m_path;
    QString m_refusal; // Refused only: the rule's machine name
};

} // namespace ChoPhien
