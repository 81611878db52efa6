#include "FileSnapshot.h"

#include <QFile>
#include <QFileInfo>

namespace ChoPhien::Test {

FileSnapshot FileSnapshot::of(const QString& path)
{
    FileSnapshot snapshot;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return snapshot;
    snapshot.exists = true;
    snapshot.bytes = file.readAll();
    snapshot.modified = QFileInfo(path).lastModified().toUTC();
    return snapshot;
}

bool scribble(const QString& path, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    QByteArray garbage(length, Qt::Uninitialized);
    for (qint64 i = 0; i < length; ++i)
        garbage[i] = char(0xA5 ^ (i * 37));
    return file.write(garbage) == length && file.flush();
}

} // namespace ChoPhien::Test
