#include "settings/Settings.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }
    void init() { Settings().clearRecentWorkspaces(); }

    void recentWorkspacesMostRecentFirstWithoutDuplicates()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.comptoirdb"));
        const QString b = dir.filePath(QStringLiteral("b.comptoirdb"));
        {
            Settings settings;
            settings.addRecentWorkspace(a);
            settings.addRecentWorkspace(b);
            settings.addRecentWorkspace(a);
        }
        Settings reread; // persisted, not only in memory
        QCOMPARE(reread.recentWorkspaces(), (QStringList{a, b}));
        reread.removeRecentWorkspace(a);
        QCOMPARE(reread.recentWorkspaces(), QStringList{b});
    }

    void recentListIsCapped()
    {
        Settings settings;
        for (int i = 0; i < 20; ++i)
            settings.addRecentWorkspace(QStringLiteral("/tmp/w%1.comptoirdb").arg(i));
        QCOMPARE(settings.recentWorkspaces().size(), Settings::kMaxRecentWorkspaces);
        QCOMPARE(settings.recentWorkspaces().constFirst(), QStringLiteral("/tmp/w19.comptoirdb"));
    }

    void lastWorkspaceAndLanguage()
    {
        Settings settings;
        settings.setLastWorkspace(QStringLiteral("/tmp/x.comptoirdb"));
        settings.setLanguage(QStringLiteral("en"));
        QCOMPARE(Settings().lastWorkspace(), QStringLiteral("/tmp/x.comptoirdb"));
        QCOMPARE(Settings().language(), QStringLiteral("en"));
        settings.setLastWorkspace(QString());
        settings.setLanguage(QString());
        QVERIFY(Settings().lastWorkspace().isEmpty());
        QVERIFY(Settings().language().isEmpty());
    }

    void windowStateRoundTrips()
    {
        Settings settings;
        settings.setMainWindowGeometry("geometry");
        settings.setProjectsSplitterState("splitter");
        settings.setProjectListHeaderState("header");
        settings.setMainWindowState("state");
        Settings reread;
        QCOMPARE(reread.mainWindowGeometry(), QByteArray("geometry"));
        QCOMPARE(reread.projectsSplitterState(), QByteArray("splitter"));
        QCOMPARE(reread.projectListHeaderState(), QByteArray("header"));
        QCOMPARE(reread.mainWindowState(), QByteArray("state"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
