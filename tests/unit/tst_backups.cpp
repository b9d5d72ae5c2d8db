#include "session/BackupScheduler.h"
#include "storage/Backups.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// Backups: consistent copies of a workspace in use, checked, kept by the rules, restored into a
// new file; written when a workspace opens, while it changes, before a migration and an import;
// from the command line too.
class TestBackups final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int projects(const QString &path)
    {
        return TestSupport::readBack(path, QStringLiteral("SELECT count(*) FROM projects")).toInt();
    }

    // A fake backup of `origin` made at `at`, of `bytes` bytes, as the folder lists it.
    static void fake(const QString &origin, const QDateTime &at, int bytes)
    {
        const QString dir = Backups::folder(origin);
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/%1-changes.comptoirdb")
                                       .arg(at.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(bytes, 'x'));
        file.close();
        QFile side(path + QStringLiteral(".json"));
        QVERIFY(side.open(QIODevice::WriteOnly));
        side.write(QJsonDocument(QJsonObject{{QStringLiteral("at"), Timestamp::fromDateTime(at)},
                                             {QStringLiteral("reason"), QStringLiteral("changes")}})
                       .toJson());
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(m_dir.isValid());
    }

    void aWorkspaceInUseIsCopiedAsCommitted()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("in-use"));
        QVERIFY(w);
        // An edit being written (not committed) is not in the copy; what was committed is.
        QSqlQuery query(w->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE projects SET title = 'committed' WHERE id = 1")));
        Transaction open(w->database());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM projects WHERE id = 2")));
        const QString target = m_dir.filePath(QStringLiteral("copy.comptoirdb"));
        const auto written = Backups::write(w->filePath(), target, QStringLiteral("manual"));
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written->projects, 14);
        QCOMPARE(written->schemaVersion, Workspace::latestSchemaVersion());
        QCOMPARE(written->origin, w->origin());
        QCOMPARE(
            TestSupport::readBack(target, QStringLiteral("SELECT title FROM projects WHERE id = 1"))
                .toString(),
            QStringLiteral("committed"));
        QCOMPARE(projects(target), 14);
        // One file on its own: no write-ahead log beside it, and it opens as a workspace.
        QCOMPARE(TestSupport::readBack(target, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
        QVERIFY(Backups::check(target, true));
    }

    void theFolderKeepsWhatTheRulesSay()
    {
        const QString origin = QStringLiteral("00000000-0000-4000-8000-00000000b0b0");
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
        // Forty days, two backups a day (at 9:00 and 15:00).
        for (int day = 0; day < 40; ++day) {
            fake(origin, now.addDays(-day).addSecs(-3 * 3600), 1000);
            fake(origin, now.addDays(-day).addSecs(3 * 3600 - 86400), 1000);
        }
        QCOMPARE(Backups::list(origin).size(), 80);
        Backups::prune(origin, Backups::kDefaultBudget, now);
        const QList<Backups::Info> kept = Backups::list(origin);
        // The last ten, and the last of each of the thirty days (the first five days are within
        // the ten already).
        QVERIFY2(kept.size() >= 30 && kept.size() <= 36, qPrintable(QString::number(kept.size())));
        QVERIFY(kept.constLast().at.daysTo(now) < Backups::kKeepDays);
        QCOMPARE(kept.first().at, Backups::list(origin).first().at);
        // Over the budget, the oldest go; the newest always stays.
        Backups::prune(origin, 5000, now);
        QCOMPARE(Backups::list(origin).size(), 5);
        Backups::prune(origin, 10, now);
        QCOMPARE(Backups::list(origin).size(), 1);
        QCOMPARE(Backups::latest(origin)->at, kept.first().at);
    }

    void aDamagedFileIsNeverRestored()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("damaged"));
        QVERIFY(w);
        const QString good = m_dir.filePath(QStringLiteral("good.comptoirdb"));
        QVERIFY(Backups::write(w->filePath(), good, QStringLiteral("manual")));
        w.reset();

        // Pages of the file overwritten: the check says so in French, nothing is restored.
        const QString bad = m_dir.filePath(QStringLiteral("bad.comptoirdb"));
        QVERIFY(QFile::copy(good, bad));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(file.seek(size / 2));
        file.write(QByteArray(8192, '\x5a'));
        file.close();
        const auto checked = Backups::check(bad, true);
        QVERIFY(!checked);
        QVERIFY2(checked.error().contains(QStringLiteral("damaged")), qPrintable(checked.error()));
        const QString target = m_dir.filePath(QStringLiteral("from-bad.comptoirdb"));
        QVERIFY(!Backups::restore(bad, target));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!Backups::check(m_dir.filePath(QStringLiteral("nothing-here"))));

        // Never over an existing file; into a new one, a workspace that opens.
        const auto over = Backups::restore(good, good);
        QVERIFY(!over);
        QVERIFY(over.error().contains(QStringLiteral("already exists")));
        QVERIFY(Backups::restore(good, target));
        QString error;
        auto restored = Workspace::open(target, &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(projects(target), 14);
    }

    void aMigrationIsBackedUpFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("v5.comptoirdb"));
        QCOMPARE(TestSupport::writeOlderWorkspace(path, 5, {}), QString());
        QString error;
        auto w = Workspace::open(path, &error);
        QVERIFY2(w, qPrintable(error));
        const auto latest = Backups::latest(w->origin());
        QVERIFY(latest);
        QCOMPARE(latest->reason, QStringLiteral("migration"));
        QCOMPARE(latest->schemaVersion, 5);
        QCOMPARE(latest->workspacePath, QFileInfo(path).absoluteFilePath());
    }

    void theOpenWorkspaceIsBackedUpWhenOpenedAndWhileItChanges()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("scheduled"));
        QVERIFY(w);
        BackupScheduler scheduler;
        scheduler.setInterval(20);
        scheduler.setOpeningDelay(0);
        QSignalSpy written(&scheduler, &BackupScheduler::backupWritten);
        QSignalSpy failed(&scheduler, &BackupScheduler::backupFailed);
        scheduler.setWorkspace(w.get());
        QVERIFY(written.wait(10000));
        QCOMPARE(written.last().first().value<Backups::Info>().reason, QStringLiteral("opening"));
        // A change: the next backup comes with it.
        emit w->projectChanged(1);
        QTRY_VERIFY_WITH_TIMEOUT(written.size() == 2, 10000);
        QCOMPARE(written.last().first().value<Backups::Info>().reason, QStringLiteral("changes"));
        // Before an import: at once.
        const auto now = scheduler.backupNow(QStringLiteral("import"));
        QVERIFY2(now, qPrintable(now.error()));
        QCOMPARE(Backups::latest(w->origin())->reason, QStringLiteral("import"));
        QCOMPARE(failed.size(), 0);
        scheduler.setWorkspace(nullptr);
    }

    void fromTheCommandLine()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("cli"));
        QVERIFY(w);
        const QString path = w->filePath();
        w.reset();
        QProcess process;
        QProcessEnvironment env = TestSupport::isolatedEnvironment();
        const QString folder = m_dir.filePath(QStringLiteral("cli-backups"));
        env.insert(QStringLiteral("COMPTOIR_BACKUP_DIR"), folder);
        process.setProcessEnvironment(env);
        const auto run = [&process](const QStringList &arguments) {
            process.start(TestSupport::comptoirBinary(), arguments);
            if (!process.waitForFinished(30000))
                return -1;
            return process.exitCode();
        };
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--workspace"), path}), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput())
                    .contains(QStringLiteral("vérifiée")));
        QCOMPARE(QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);

        const QString out = m_dir.filePath(QStringLiteral("cli-copy.comptoirdb"));
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--workspace"), path,
                      QStringLiteral("--out"), out}),
                 0);
        const QString restored = m_dir.filePath(QStringLiteral("cli-restored.comptoirdb"));
        QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("--backup"), out,
                      QStringLiteral("--out"), restored}),
                 0);
        QCOMPARE(projects(restored), 14);
        // Never over an existing file; a file that is not a workspace is refused; French.
        const QByteArray before = TestSupport::fileBytes(restored);
        QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("--backup"), out,
                      QStringLiteral("--out"), restored}),
                 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(QStringLiteral("existe déjà")));
        QCOMPARE(TestSupport::fileBytes(restored), before);
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Nom;Prénom\n");
        notes.close();
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--workspace"), text}), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(QStringLiteral("n’est pas un espace de travail")));
        QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("--backup"), out}), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
