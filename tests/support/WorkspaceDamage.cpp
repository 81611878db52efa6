#include "WorkspaceDamage.h"

#include "FileSnapshot.h"
#include "RawConnection.h"

#include <QFileInfo>

namespace ChoPhien::Test {

bool damageTable(const QString& dbPath, const QString& table)
{
    qint64 root = 0;
    qint64 pageSize = 0;
    {
        RawConnection raw(dbPath, QStringLiteral("QSQLITE_OPEN_READONLY"));
        root = raw.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND "
                                         "name = '%1'")
                              .arg(table))
                   .toLongLong();
        pageSize = raw.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
    }
    return root > 1 && pageSize > 0 && scribble(dbPath, (root - 1) * pageSize, pageSize);
}

bool growPast(const QString& dbPath, qint64 bytes)
{
    const qint64 missing = bytes - QFileInfo(dbPath).size() + 1024 * 1024;
    {
        RawConnection raw(dbPath);
        if (!raw.exec(QStringLiteral("CREATE TABLE test_padding (zeros BLOB)")) ||
            !raw.exec(QStringLiteral("INSERT INTO test_padding VALUES (zeroblob(%1))").arg(missing)))
            return false;
    } // closing the only connection writes the WAL into the file
    return QFileInfo(dbPath).size() > bytes;
}

} // namespace ChoPhien::Test
