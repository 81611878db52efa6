#include <core/AppSettings.h>
#include <core/SettingKeys.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ChoPhien;

class TestAppSettings final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    // A fresh INI file per test function.
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_serial)); }
    QString folder(const QString& name) const { return m_dir.filePath(QStringLiteral("workspaces/") + name); }

    // QSettings caches files within a process; a copy under a new name is read from disk.
    QString copyFromDisk() const
    {
        static int copies = 0;
        const QString copy = m_dir.filePath(QStringLiteral("copy-%1.ini").arg(++copies));
        return QFile::copy(iniPath(), copy) ? copy : QString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        ++m_serial;
    }

    void defaultsComeFromTheKeyTable()
    {
        const AppSettings settings(iniPath());
        QCOMPARE(settings.value(SettingKeys::language), QStringLiteral("vi"));
        QCOMPARE(settings.value(SettingKeys::language), SettingKeys::language.defaultValue);
        QCOMPARE(settings.value(SettingKeys::largeText), false);
        QCOMPARE(settings.value(SettingKeys::lastWorkspace), QString());
        QCOMPARE(settings.value(SettingKeys::recentWorkspaces), QStringList());
        QCOMPARE(settings.value(SettingKeys::recentWorkspacesLimit), 8);
        QCOMPARE(settings.value(SettingKeys::lastClerkByWorkspace), QVariantMap());
    }

    void newFileRecordsTheSchemaVersion()
    {
        {
            AppSettings settings(iniPath());
            settings.sync();
        }
        const QSettings raw(copyFromDisk(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("settings/version")).toInt(), SettingKeys::schemaVersion);
    }

    void valuesRoundTripThroughTheFile()
    {
        const QVariantMap lastClerk{{QStringLiteral("ws-1"), QStringLiteral("clerk-a")},
                                    {QStringLiteral("ws-2"), QStringLiteral("clerk-b")}};
        const QStringList recent{QStringLiteral("/data/Chợ Phiên"),
                                 QStringLiteral("/data/Cửa hàng Hoa, Huế")};
        {
            AppSettings settings(iniPath());
            settings.setValue(SettingKeys::language, QStringLiteral("en"));
            settings.setValue(SettingKeys::largeText, true);
            settings.setValue(SettingKeys::lastWorkspace, QStringLiteral("/data/Cửa hàng Hoa, Huế"));
            settings.setValue(SettingKeys::recentWorkspaces, recent);
            settings.setValue(SettingKeys::recentWorkspacesLimit, 3);
            settings.setValue(SettingKeys::lastClerkByWorkspace, lastClerk);
            settings.sync();
        }
        const QString copy = copyFromDisk();
        QVERIFY(!copy.isEmpty());
        const AppSettings reread(copy);
        QCOMPARE(reread.value(SettingKeys::language), QStringLiteral("en"));
        QCOMPARE(reread.value(SettingKeys::largeText), true);
        QCOMPARE(reread.value(SettingKeys::lastWorkspace), QStringLiteral("/data/Cửa hàng Hoa, Huế"));
        QCOMPARE(reread.value(SettingKeys::recentWorkspaces), recent);
        QCOMPARE(reread.value(SettingKeys::recentWorkspacesLimit), 3);
        QCOMPARE(reread.value(SettingKeys::lastClerkByWorkspace), lastClerk);
    }

    void singleRecentEntryWithACommaStaysOneEntry()
    {
        const QStringList recent{QStringLiteral("/data/Hoa, Huế")};
        {
            AppSettings settings(iniPath());
            settings.setValue(SettingKeys::recentWorkspaces, recent);
            settings.sync();
        }
        const QString copy = copyFromDisk();
        QVERIFY(!copy.isEmpty());
        const AppSettings reread(copy);
        QCOMPARE(reread.value(SettingKeys::recentWorkspaces), recent);
    }

    void resetReturnsToTheDefault()
    {
        AppSettings settings(iniPath());
        settings.setValue(SettingKeys::language, QStringLiteral("en"));
        settings.reset(SettingKeys::language);
        QCOMPARE(settings.value(SettingKeys::language), QStringLiteral("vi"));
    }

    void unreadableValueFallsBackToTheDefault()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("workspace/recentLimit"), QStringLiteral("many"));
            raw.setValue(QStringLiteral("workspace/lastClerk"), QStringLiteral("not a map"));
        }
        const AppSettings settings(copyFromDisk());
        QCOMPARE(settings.value(SettingKeys::recentWorkspacesLimit), 8);
        QCOMPARE(settings.value(SettingKeys::lastClerkByWorkspace), QVariantMap());
    }

    void rememberPutsTheFolderFirstAndMakesItLast()
    {
        AppSettings settings(iniPath());
        settings.rememberWorkspace(folder(QStringLiteral("a")));
        settings.rememberWorkspace(folder(QStringLiteral("b")));
        settings.rememberWorkspace(folder(QStringLiteral("c")));
        QCOMPARE(settings.value(SettingKeys::recentWorkspaces),
                 (QStringList{folder(QStringLiteral("c")), folder(QStringLiteral("b")),
                              folder(QStringLiteral("a"))}));
        QCOMPARE(settings.value(SettingKeys::lastWorkspace), folder(QStringLiteral("c")));

        // Remembering one again moves it to the front without a duplicate.
        settings.rememberWorkspace(folder(QStringLiteral("a")));
        QCOMPARE(settings.value(SettingKeys::recentWorkspaces),
                 (QStringList{folder(QStringLiteral("a")), folder(QStringLiteral("c")),
                              folder(QStringLiteral("b"))}));
        QCOMPARE(settings.value(SettingKeys::lastWorkspace), folder(QStringLiteral("a")));
    }

    void rememberCleansPathsSoSpellingsDoNotDuplicate()
    {
        AppSettings settings(iniPath());
        settings.rememberWorkspace(folder(QStringLiteral("a")));
        settings.rememberWorkspace(folder(QStringLiteral("x/../a/")));
        settings.rememberWorkspace(folder(QStringLiteral("./a")));
        QCOMPARE(settings.value(SettingKeys::recentWorkspaces), QStringList{folder(QStringLiteral("a"))});

        // A relative path is stored absolute.
        const QString relative = QStringLiteral("relative-workspace");
        settings.rememberWorkspace(relative);
        const QString stored = settings.value(SettingKeys::recentWorkspaces).first();
        QVERIFY(QDir::isAbsolutePath(stored));
        QCOMPARE(stored, QDir::cleanPath(QDir::current().absoluteFilePath(relative)));
    }

    void rememberKeepsTheLimit()
    {
        AppSettings settings(iniPath());
        settings.setValue(SettingKeys::recentWorkspacesLimit, 3);
        for (int i = 0; i < 6; ++i)
            settings.rememberWorkspace(folder(QString::number(i)));
        QCOMPARE(settings.value(SettingKeys::recentWorkspaces),
                 (QStringList{folder(QStringLiteral("5")), folder(QStringLiteral("4")),
                              folder(QStringLiteral("3"))}));

        // The default limit applies when none is set.
        AppSettings fresh(iniPath() + QStringLiteral(".default"));
        for (int i = 0; i < 20; ++i)
            fresh.rememberWorkspace(folder(QString::number(i)));
        QCOMPARE(fresh.value(SettingKeys::recentWorkspaces).size(),
                 SettingKeys::recentWorkspacesLimit.defaultValue);
        QCOMPARE(fresh.value(SettingKeys::recentWorkspaces).first(), folder(QStringLiteral("19")));

        // A nonsensical limit still keeps the current workspace.
        settings.setValue(SettingKeys::recentWorkspacesLimit, 0);
        settings.rememberWorkspace(folder(QStringLiteral("z")));
        QCOMPARE(settings.value(SettingKeys::recentWorkspaces), QStringList{folder(QStringLiteral("z"))});
    }

    void forgetRemovesAndClearsLast()
    {
        AppSettings settings(iniPath());
        settings.rememberWorkspace(folder(QStringLiteral("a")));
        settings.rememberWorkspace(folder(QStringLiteral("b")));

        // Forgetting one that is not the last keeps "last".
        settings.forgetWorkspace(folder(QStringLiteral("a")));
        QCOMPARE(settings.value(SettingKeys::recentWorkspaces), QStringList{folder(QStringLiteral("b"))});
        QCOMPARE(settings.value(SettingKeys::lastWorkspace), folder(QStringLiteral("b")));

        // Forgetting the last one (spelled differently) clears it.
        settings.forgetWorkspace(folder(QStringLiteral("b/")));
        QCOMPARE(settings.value(SettingKeys::recentWorkspaces), QStringList());
        QCOMPARE(settings.value(SettingKeys::lastWorkspace), QString());

        // Forgetting an unknown folder changes nothing.
        settings.rememberWorkspace(folder(QStringLiteral("c")));
        settings.forgetWorkspace(folder(QStringLiteral("unknown")));
        QCOMPARE(settings.value(SettingKeys::recentWorkspaces), QStringList{folder(QStringLiteral("c"))});
        QCOMPARE(settings.value(SettingKeys::lastWorkspace), folder(QStringLiteral("c")));
    }

    void recentListSurvivesARestart()
    {
        {
            AppSettings settings(iniPath());
            settings.rememberWorkspace(folder(QStringLiteral("a")));
            settings.rememberWorkspace(folder(QStringLiteral("b")));
            settings.sync();
        }
        const QString copy = copyFromDisk();
        QVERIFY(!copy.isEmpty());
        const AppSettings reread(copy);
        QCOMPARE(reread.value(SettingKeys::recentWorkspaces),
                 (QStringList{folder(QStringLiteral("b")), folder(QStringLiteral("a"))}));
        QCOMPARE(reread.value(SettingKeys::lastWorkspace), folder(QStringLiteral("b")));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
