#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace ChoPhien::Test {

QString binaryPath(const QString& program)
{
    return QDir(qEnvironmentVariable("CHOPHIEN_BIN_DIR")).filePath(program);
}

QString sourcePath(const QString& relative)
{
    return QDir(qEnvironmentVariable("CHOPHIEN_SOURCE_DIR")).filePath(relative);
}

bool ignoresFilePermissions()
{
    QTemporaryDir dir;
    QFile probe(dir.filePath(QStringLiteral("probe")));
    probe.open(QIODevice::WriteOnly);
    probe.close();
    QFile::setPermissions(probe.fileName(), QFileDevice::ReadOwner);
    const bool writable = probe.open(QIODevice::WriteOnly | QIODevice::Append);
    return writable;
}

} // namespace ChoPhien::Test
