#include <core/LogFile.h>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace ChoPhien;

namespace {
Q_LOGGING_CATEGORY(lcTest, "chophien.test.logfile")

// Whatever reaches the handler that was installed before LogFile (the "previous" handler).
QMutex g_capturedMutex;
QStringList g_captured;
void capturingHandler(QtMsgType, const QMessageLogContext&, const QString& message)
{
    QMutexLocker lock(&g_capturedMutex);
    g_captured.append(message);
}

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString allLogText(const QString& folder)
{
    QString text;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("chophien*.log")}, QDir::Files))
        text += readAll(dir.filePath(name));
    return text;
}
} // namespace

class TestLogFile final : public QObject {
    Q_OBJECT

private:
    QtMessageHandler m_original = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString logFolder() const { return m_dir->filePath(QStringLiteral("logs")); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        {
            QMutexLocker lock(&g_capturedMutex);
            g_captured.clear();
        }
        m_original = qInstallMessageHandler(capturingHandler);
    }

    void cleanup()
    {
        LogFile::uninstall();
        qInstallMessageHandler(m_original);
        m_dir.reset();
    }

    void installWritesLinesWithLevelAndCategory()
    {
        QVERIFY(LogFile::install(logFolder(), false));
        const QString path = QDir(logFolder()).filePath(QStringLiteral("chophien.log"));
        QCOMPARE(LogFile::currentPath(), path);
        qCWarning(lcTest) << "kho hàng đã đầy";
        qCInfo(lcTest) << "second line";
        const QStringList lines = readAll(path).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(u" W chophien.test.logfile: kho hàng đã đầy"), qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(u" I chophien.test.logfile: second line"), qPrintable(lines[1]));
        // Each line starts with a UTC timestamp.
        const QDateTime at = QDateTime::fromString(lines[0].section(u' ', 0, 0), Qt::ISODateWithMs);
        QVERIFY2(at.isValid(), qPrintable(lines[0]));
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    }

    void installCreatesTheFolder()
    {
        const QString nested = m_dir->filePath(QStringLiteral("a/b/logs"));
        QVERIFY(LogFile::install(nested, false));
        qCWarning(lcTest) << "hello";
        QVERIFY(readAll(QDir(nested).filePath(QStringLiteral("chophien.log"))).contains(u"hello"));
    }

    void installFailsWhereNoFolderCanBeMade()
    {
        QFile blocker(m_dir->filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!LogFile::install(blocker.fileName() + QStringLiteral("/logs"), false));
        QVERIFY(LogFile::currentPath().isEmpty());
    }

    void echoControlsThePreviousHandler()
    {
        QVERIFY(LogFile::install(logFolder(), false));
        qCWarning(lcTest) << "file only";
        {
            QMutexLocker lock(&g_capturedMutex);
            QVERIFY2(g_captured.isEmpty(), qPrintable(g_captured.join(u'|')));
        }
        QVERIFY(LogFile::install(logFolder(), true));
        qCWarning(lcTest) << "both pin=9876";
        {
            QMutexLocker lock(&g_capturedMutex);
            QCOMPARE(g_captured.size(), 1);
            // What is echoed is masked too.
            QVERIFY(g_captured.first().contains(u"both pin=***"));
            QVERIFY(!g_captured.first().contains(u"9876"));
        }
        QVERIFY(readAll(LogFile::currentPath()).contains(u"file only"));
        QVERIFY(readAll(LogFile::currentPath()).contains(u"both"));
    }

    void uninstallRestoresThePreviousHandler()
    {
        QVERIFY(LogFile::install(logFolder(), false));
        qCWarning(lcTest) << "before";
        const QString path = LogFile::currentPath();
        LogFile::uninstall();
        QVERIFY(LogFile::currentPath().isEmpty());
        qCWarning(lcTest) << "after";
        QVERIFY(readAll(path).contains(u"before"));
        QVERIFY(!readAll(path).contains(u"after"));
        QMutexLocker lock(&g_capturedMutex);
        QCOMPARE(g_captured, QStringList{QStringLiteral("after")});
    }

    void rotationKeepsKeepFiles()
    {
        const qint64 maxBytes = 4096; // the smallest the file accepts
        const int keep = 2;
        QVERIFY(LogFile::install(logFolder(), false, maxBytes, keep));
        const QString filler = QString(100, u'x');
        const int lines = 300; // ~36 kB: many rotations
        for (int i = 0; i < lines; ++i)
            qCWarning(lcTest).noquote() << QStringLiteral("line %1 ").arg(i, 4, 10, QChar(u'0')) + filler;

        const QDir dir(logFolder());
        QStringList files = dir.entryList({QStringLiteral("chophien*.log")}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("chophien.1.log"), QStringLiteral("chophien.2.log"),
                                     QStringLiteral("chophien.log")}));
        for (const QString& name : files) {
            const qint64 size = QFileInfo(dir.filePath(name)).size();
            QVERIFY2(size < maxBytes + 200, qPrintable(name + u' ' + QString::number(size)));
        }
        // Newest last: the current file holds the last line; .1 is older than it; .2 older still.
        const QString current = readAll(dir.filePath(QStringLiteral("chophien.log")));
        const QString first = readAll(dir.filePath(QStringLiteral("chophien.1.log")));
        const QString second = readAll(dir.filePath(QStringLiteral("chophien.2.log")));
        auto lastNumber = [](const QString& text) {
            const QStringList l = text.split(u'\n', Qt::SkipEmptyParts);
            return l.isEmpty() ? -1 : l.last().section(QStringLiteral("line "), 1).left(4).toInt();
        };
        auto firstNumber = [](const QString& text) {
            const QStringList l = text.split(u'\n', Qt::SkipEmptyParts);
            return l.isEmpty() ? -1 : l.first().section(QStringLiteral("line "), 1).left(4).toInt();
        };
        if (!current.isEmpty())
            QCOMPARE(lastNumber(current), lines - 1);
        else
            QCOMPARE(lastNumber(first), lines - 1);
        QVERIFY(lastNumber(second) < firstNumber(first));
        // Lines are consecutive across the rotated files: nothing lost between them.
        QCOMPARE(firstNumber(first), lastNumber(second) + 1);
        // The oldest lines were dropped.
        QVERIFY(!allLogText(logFolder()).contains(u"line 0000 "));
    }

    void redact_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer abc.def")
                                << QStringLiteral("Authorization: Bearer ***");
        QTest::newRow("bearer jwt") << QStringLiteral("header bearer eyJhbGciOi.eyJzdWIi.SflKx-w_8= next")
                                    << QStringLiteral("header bearer *** next");
        QTest::newRow("json password")
            << QStringLiteral(R"({"password":"x"})") << QStringLiteral(R"({"password":"***"})");
        QTest::newRow("json password spaced") << QStringLiteral(R"({"user": "hoa", "password" : "mật khẩu"})")
                                              << QStringLiteral(R"({"user": "hoa", "password" : "***"})");
        QTest::newRow("json access token")
            << QStringLiteral(R"({"access_token":"eyJ0eXAi.abc","expires_in":3600})")
            << QStringLiteral(R"({"access_token":"***","expires_in":3600})");
        QTest::newRow("json refresh token")
            << QStringLiteral(R"({"refresh_token":"r1"})") << QStringLiteral(R"({"refresh_token":"***"})");
        QTest::newRow("json pin") << QStringLiteral(R"({"PIN":"1234"})")
                                  << QStringLiteral(R"({"PIN":"***"})");
        QTest::newRow("json escaped quote") << QStringLiteral("{\"password\":\"ab\\\"cdef\",\"x\":1}")
                                            << QStringLiteral(R"({"password":"***","x":1})");
        QTest::newRow("bearer quoted by QDebug")
            << QStringLiteral("auth: Bearer \"abc.def\" sent") << QStringLiteral("auth: Bearer \"***\" sent");
        QTest::newRow("form pin") << QStringLiteral("login pin=1234") << QStringLiteral("login pin=***");
        QTest::newRow("form several") << QStringLiteral("grant_type=password&password=hunter2&client=pos")
                                      << QStringLiteral("grant_type=password&password=***&client=pos");
        QTest::newRow("query token") << QStringLiteral("GET /v1/x?token=abc123 HTTP/1.1")
                                     << QStringLiteral("GET /v1/x?token=*** HTTP/1.1");
        QTest::newRow("plain text") << QStringLiteral("Đã bán 3 túi chè, còn 117")
                                    << QStringLiteral("Đã bán 3 túi chè, còn 117");
        QTest::newRow("words containing pin")
            << QStringLiteral("spin=3 pinned opinion=ok") << QStringLiteral("spin=3 pinned opinion=ok");
    }
    void redact()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QCOMPARE(LogFile::redact(line), expected);
    }

    void redactMasksJsonThatQDebugEscaped()
    {
        // qCWarning() << replyBody prints a QByteArray quoted, with its quotes escaped.
        QString printed;
        QDebug(&printed) << "reply" << QByteArray(R"({"access_token":"tok-123","expires_in":3600})");
        QVERIFY2(printed.contains(u"\\\"access_token\\\""), qPrintable(printed)); // really escaped
        const QString clean = LogFile::redact(printed);
        QVERIFY2(!clean.contains(u"tok-123"), qPrintable(clean));
        QVERIFY2(clean.contains(u"access_token"), qPrintable(clean));
        QVERIFY(clean.startsWith(u"reply "));
    }

    void secretsNeverReachTheFile()
    {
        QVERIFY(LogFile::install(logFolder(), true, 4096, 3));
        const QStringList secrets = {QStringLiteral("s3cr3t-Token.value"), QStringLiteral("hunter2"),
                                     QStringLiteral("8642"), QStringLiteral("refresh-ABC"),
                                     QStringLiteral("quoted-secret-42")};
        qCWarning(lcTest) << "request failed, Authorization: Bearer" << secrets[0];
        qCWarning(lcTest).noquote()
            << QStringLiteral(R"({"username":"hoa","password":"%1"})").arg(secrets[1]);
        qCCritical(lcTest).noquote() << QStringLiteral("pin=") + secrets[2];
        qCInfo(lcTest).noquote() << QStringLiteral(R"(body {"refresh_token": "%1"})").arg(secrets[3]);
        qCWarning(lcTest) << "reply" << QStringLiteral(R"({"secret":"%1"})").arg(secrets[4]).toUtf8();
        // Push the secrets into rotated files as well.
        for (int i = 0; i < 100; ++i)
            qCWarning(lcTest) << "padding line" << i << QString(60, u'.');
        const QString text = allLogText(logFolder());
        QVERIFY(text.contains(u"username"));
        for (const QString& secret : secrets)
            QVERIFY2(!text.contains(secret), qPrintable(secret));
        QMutexLocker lock(&g_capturedMutex);
        for (const QString& secret : secrets)
            QVERIFY2(!g_captured.join(u'\n').contains(secret), qPrintable(secret));
    }

    void concurrentLinesStayWhole()
    {
        QVERIFY(LogFile::install(logFolder(), false, 10 * 1024 * 1024, 1));
        const int threads = 4;
        const int perThread = 500;
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([t] {
                for (int i = 0; i < perThread; ++i)
                    qCWarning(lcTest).noquote() << QStringLiteral("worker %1 message %2 end").arg(t).arg(i);
            });
        }
        for (auto& w : workers)
            w.join();
        const QStringList lines = readAll(LogFile::currentPath()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), threads * perThread);
        for (const QString& line : lines)
            QVERIFY2(line.contains(u"chophien.test.logfile: worker ") && line.endsWith(u" end"),
                     qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
