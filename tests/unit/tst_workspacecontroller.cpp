#include "session/WorkspaceController.h"
#include "settings/Settings.h"
#include "storage/Backups.h"
#include "storage/Timestamp.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLock.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
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

    // A backup put in place of the open workspace: checked first, the workspace backed up
    // before it goes, then open again with the backup's content; a damaged backup changes
    // nothing.
    void aBackupReplacesTheWorkspace()
    {
        QTemporaryDir dir;
        Settings settings;
        WorkspaceController controller(&settings);
        const QString path = dir.filePath(QStringLiteral("w.comptoirdb"));
        QVERIFY(controller.create(path));
        const QString origin = controller.workspace()->origin();
        const QString backup = dir.filePath(QStringLiteral("empty.comptoirdb"));
        QVERIFY(Backups::write(path, backup, QStringLiteral("manual")));
        QSqlQuery query(controller.workspace()->database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO projects (uuid, title, created_at, updated_at, origin) VALUES"
            " ('00000000-0000-4000-8000-000000000001', 'after', '2026-01-01T00:00:00.000Z',"
            " '2026-01-01T00:00:00.000Z', 'x')")));

        const QString damaged = dir.filePath(QStringLiteral("damaged.comptoirdb"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QVERIFY(!controller.replaceWithBackup(damaged));
        QVERIFY(controller.workspace());
        QCOMPARE(
            TestSupport::readBack(path, QStringLiteral("SELECT count(*) FROM projects")).toInt(),
            1);

        QSignalSpy changed(&controller, &WorkspaceController::changed);
        const Result<void> replaced = controller.replaceWithBackup(backup);
        QVERIFY2(replaced, qPrintable(replaced.error()));
        QVERIFY(controller.workspace());
        QCOMPARE(controller.workspace()->filePath(), path);
        QCOMPARE(
            TestSupport::readBack(path, QStringLiteral("SELECT count(*) FROM projects")).toInt(),
            0);
        QVERIFY(changed.count() >= 1);
        // What was there before is a backup of its own.
        const auto before = Backups::latest(origin);
        QVERIFY(before);
        QCOMPARE(before->reason, QStringLiteral("restore"));
        QCOMPARE(before->projects, 1);
        QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
    }

    // One writer per file: a workspace another live Comptoir holds is refused for writing (who
    // holds it is said) and opens read-only; a lock whose process is gone, or not refreshed for
    // ten minutes on another machine, is taken over; closing lets the lock go.
    void oneWriterPerFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.comptoirdb"));
        {
            Settings settings;
            WorkspaceController first(&settings);
            QVERIFY(first.create(path));
            QVERIFY(QFile::exists(WorkspaceLock::lockPath(path)));
            first.close();
            QVERIFY(!QFile::exists(WorkspaceLock::lockPath(path)));
        }
        // Another process of this machine holds it.
        QProcess other;
        other.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(other.waitForStarted());
        const auto writeLock = [&path](const QString &host, qint64 pid, const QDateTime &beat) {
            QFile file(WorkspaceLock::lockPath(path));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("host"), host},
                        {QStringLiteral("user"), QStringLiteral("camille")},
                        {QStringLiteral("pid"), pid},
                        {QStringLiteral("since"), QStringLiteral("2026-11-30T13:05:00.000Z")},
                        {QStringLiteral("heartbeat"), Timestamp::fromDateTime(beat)}})
                    .toJson());
        };
        writeLock(QSysInfo::machineHostName(), other.processId(), QDateTime::currentDateTimeUtc());
        const auto holder = WorkspaceController::heldBy(path);
        QVERIFY(holder);
        QCOMPARE(holder->user, QStringLiteral("camille"));
        Settings settings;
        WorkspaceController controller(&settings);
        const Result<void> refused = controller.open(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("camille")), qPrintable(refused.error()));
        QVERIFY(!controller.workspace());
        QVERIFY(controller.open(path, Workspace::Access::ReadOnly));
        QVERIFY(controller.workspace()->isReadOnly());
        controller.close();
        QVERIFY(QFile::exists(WorkspaceLock::lockPath(path))); // still the other one's

        // The other process is gone: its lock is stale, taken over.
        other.kill();
        QVERIFY(other.waitForFinished());
        QVERIFY(!WorkspaceController::heldBy(path));
        QVERIFY(controller.open(path));
        QVERIFY(!controller.workspace()->isReadOnly());
        QVERIFY(TestSupport::fileBytes(WorkspaceLock::lockPath(path))
                    .contains(QByteArray::number(QCoreApplication::applicationPid())));
        controller.close();

        // Another machine, through a shared folder: live while it refreshes its lock.
        writeLock(QStringLiteral("pc-accueil"), 4242, QDateTime::currentDateTimeUtc());
        QVERIFY(WorkspaceController::heldBy(path));
        QCOMPARE(WorkspaceController::heldBy(path)->host, QStringLiteral("pc-accueil"));
        writeLock(QStringLiteral("pc-accueil"), 4242,
                  QDateTime::currentDateTimeUtc().addSecs(-20 * 60));
        QVERIFY(!WorkspaceController::heldBy(path));
    }

    // Opening reads what it needs at once; the whole file is checked a little later on another
    // thread, and damage is said (the window then offers the latest backup).
    void damageFoundAfterOpeningIsSaid()
    {
        QTemporaryDir dir;
        QString path;
        QString origin;
        {
            auto demo = TestSupport::createDemo(dir, QStringLiteral("to-damage"));
            QVERIFY(demo);
            path = demo->filePath();
            origin = demo->origin();
        }
        QVERIFY(Backups::writeToFolder(path, QStringLiteral("manual")));
        QCOMPARE(Backups::latestOfFile(path)->origin, origin);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // A page in the middle of the file: the projects' answers, which opening does not read.
        QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
        file.write(QByteArray(4096, '\x33'));
        file.close();

        Settings settings;
        WorkspaceController controller(&settings);
        controller.setIntegrityCheckDelay(0);
        QSignalSpy damaged(&controller, &WorkspaceController::damaged);
        QSignalSpy checked(&controller, &WorkspaceController::integrityChecked);
        const Result<void> opened = controller.open(path);
        QVERIFY2(opened, qPrintable(opened.error())); // what it reads at once is sound
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.first().first().toBool(), false);
        QCOMPARE(damaged.count(), 1);
        QVERIFY2(damaged.first().first().toString().contains(QStringLiteral("damaged")),
                 qPrintable(damaged.first().first().toString()));
        controller.close();

        // A sound one says nothing.
        auto sound = TestSupport::createDemo(dir, QStringLiteral("sound"));
        QVERIFY(sound);
        const QString soundPath = sound->filePath();
        sound.reset();
        damaged.clear();
        checked.clear();
        QVERIFY(controller.open(soundPath));
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.first().first().toBool(), true);
        QCOMPARE(damaged.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceController)
#include "tst_workspacecontroller.moc"
