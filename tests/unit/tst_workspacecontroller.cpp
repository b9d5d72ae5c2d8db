#include "session/WorkspaceController.h"
#include "settings/Settings.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The one place that opens, creates and closes the workspace: announced once per change, edits
// written before it changes, the old workspace closed only after everyone took the new one.
class TestWorkspaceController final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void createOpenAndClose()
    {
        QTemporaryDir dir;
        Settings settings;
        WorkspaceController controller(&settings);
        QStringList order;
        connect(&controller, &WorkspaceController::aboutToChange, this,
                [&order] { order << QStringLiteral("about"); });
        connect(&controller, &WorkspaceController::changed, this, [&order](Workspace *w) {
            order << (w ? QStringLiteral("changed") : QStringLiteral("closed"));
        });
        const QString a = dir.filePath(QStringLiteral("a.comptoirdb"));
        const QString b = dir.filePath(QStringLiteral("b.comptoirdb"));
        QVERIFY(controller.create(a));
        QCOMPARE(controller.workspace()->filePath(), a);
        QCOMPARE(settings.lastWorkspace(), a);
        QVERIFY(settings.recentWorkspaces().contains(a));
        QCOMPARE(controller.defaultDirectory(), dir.path());

        // Opening it again does nothing; another one replaces it, the first closed after the
        // announcement (whoever holds it has let go).
        QVERIFY(controller.open(a));
        QCOMPARE(order, (QStringList{QStringLiteral("about"), QStringLiteral("changed")}));
        QPointer<Workspace> first = controller.workspace();
        bool firstOpenWhenAnnounced = false;
        const auto watch = connect(&controller, &WorkspaceController::changed, this,
                                   [&] { firstOpenWhenAnnounced = !first.isNull(); });
        QVERIFY(controller.create(b));
        disconnect(watch);
        QVERIFY(firstOpenWhenAnnounced);
        QVERIFY(first.isNull());
        QCOMPARE(controller.workspace()->filePath(), b);

        controller.close();
        QVERIFY(!controller.workspace());
        QVERIFY(settings.lastWorkspace().isEmpty());
        QCOMPARE(order.last(), QStringLiteral("closed"));
        QCOMPARE(order.count(QStringLiteral("about")), 3);

        // The last one again, as at the next start.
        QVERIFY(controller.open(a));
        Settings again;
        WorkspaceController next(&again);
        QVERIFY(next.openLast());
        QCOMPARE(next.workspace()->filePath(), a);
    }

    void aFileThatIsGoneLeavesTheRecentList()
    {
        QTemporaryDir dir;
        Settings settings;
        WorkspaceController controller(&settings);
        const QString gone = dir.filePath(QStringLiteral("gone.comptoirdb"));
        QVERIFY(controller.create(gone));
        controller.close();
        QVERIFY(QFile::remove(gone));
        QSignalSpy recent(&controller, &WorkspaceController::recentChanged);
        QSignalSpy changed(&controller, &WorkspaceController::changed);
        const Result<void> opened = controller.open(gone);
        QVERIFY(!opened);
        QVERIFY(!opened.error().isEmpty());
        QVERIFY(!settings.recentWorkspaces().contains(gone));
        QCOMPARE(recent.count(), 1);
        QCOMPARE(changed.count(), 0); // nothing changed
        QVERIFY(!controller.workspace());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceController)
#include "tst_workspacecontroller.moc"
