#include "LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

namespace ChoPhien {
namespace {

struct LogState {
    QMutex mutex;
    QString folder;
    qint64 maxBytes = 0;
    int keep = 0;
    QFile file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
    bool echo = true;
};

LogState& state()
{
    static LogState s;
    return s;
}

QString fileName(int index)
{
    return index == 0 ? QStringLiteral("chophien.log") : QStringLiteral("chophien.%1.log").arg(index);
}

void rotateLocked(LogState& s)
{
    s.file.close();
    QDir dir(s.folder);
    dir.remove(fileName(s.keep));
    for (int i = s.keep - 1; i >= 0; --i) {
        if (dir.exists(fileName(i)))
            dir.rename(fileName(i), fileName(i + 1));
    }
    s.file.setFileName(dir.filePath(fileName(0)));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogState& s = state();
    const QString clean = LogFile::redact(message);
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' +
                                 QChar::fromLatin1(levelLetter(type)) + u' ' +
                                 QString::fromUtf8(context.category ? context.category : "default") + u": " +
                                 clean + u'\n';
            s.file.write(line.toUtf8());
            s.file.flush();
            if (s.file.size() >= s.maxBytes)
                rotateLocked(s);
        }
    }
    if (s.echo && s.previous)
        s.previous(type, context, clean);
}

} // namespace

bool LogFile::install(const QString& folder, bool echo, qint64 maxBytes, int keep)
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    if (!QDir().mkpath(folder))
        return false;
    s.file.close();
    s.folder = folder;
    s.maxBytes = qMax<qint64>(4096, maxBytes);
    s.keep = qMax(1, keep);
    s.echo = echo;
    s.file.setFileName(QDir(folder).filePath(fileName(0)));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return true;
}

void LogFile::uninstall()
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
        s.previous = nullptr;
    }
    s.file.close();
}

QString LogFile::currentPath()
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

QString LogFile::redact(const QString& line)
{
    // A token may be quoted, and JSON may arrive escaped, as QDebug prints strings and byte arrays
    // ("{\"password\":\"x\"}"); a value may hold escaped quotes. When in doubt, mask to the end.
    static const QRegularExpression bearer(QStringLiteral(R"((Bearer\s+\\?"?)[A-Za-z0-9._~+/=-]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonSecret(
        QStringLiteral(R"re((\\?"(?:password|pin|access_token|refresh_token|token|secret)\\?"\s*:\s*)\\?")re"
                       R"re((?:[^"\\]|\\.)*")re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression formSecret(
        QStringLiteral(R"re(\b((?:password|pin|access_token|refresh_token|token|secret)=)[^&\s]+)re"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = line;
    out.replace(bearer, QStringLiteral("\\1***"));
    out.replace(jsonSecret, QStringLiteral("\\1\"***\""));
    out.replace(formSecret, QStringLiteral("\\1***"));
    return out;
}

} // namespace ChoPhien
