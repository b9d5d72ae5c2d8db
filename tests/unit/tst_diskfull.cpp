#include "demo/SyntheticWorkspace.h"
#include "exchange/BundleImport.h"
#include "exchange/BundleWriter.h"
#include "exchange/PlatformExport.h"
#include "projects/ProjectAnswers.h"
#include "report/AttendanceSheet.h"
#include "report/Dossier.h"
#include "storage/Backups.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

// A full disk: a small file system is mounted for the test (tmpfs; in a user namespace when not
// root), the workspace and the exports on it, and the disk filled up. Exports (deposit file,
// platform file, dossier, attendance sheet), an import, a backup and an edit then fail with a
// French message, leave no partial file, and the workspace intact; once there is room, work
// goes on.
class TestDiskFull final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mount;
    QString m_workspacePath;
    QString m_bundle; // on the big disk: a file to import
    bool m_delegated = false;

    static QVariant value(const Workspace &w, const QString &sql)
    {
        QSqlQuery query(w.database());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

    // Fills the small file system to the last byte.
    void fill()
    {
        QFile filler(m_mount + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
        while (filler.write("f", 1) == 1) {
        }
        filler.close();
        QCOMPARE(QStorageInfo(m_mount).bytesAvailable(), qint64(0));
    }

    QStringList filesOnDisk() const
    {
        QStringList names = QDir(m_mount).entryList(QDir::Files | QDir::Hidden);
        names.removeAll(QStringLiteral("filler"));
        return names;
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        // Not root: the same tests, run again in a namespace of their own where this user may
        // mount (the result is theirs).
        if (geteuid() != 0 && qEnvironmentVariableIsEmpty("COMPTOIR_IN_NAMESPACE")) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("COMPTOIR_IN_NAMESPACE"), QStringLiteral("1"));
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QStringLiteral("unshare"),
                        {QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                         QCoreApplication::applicationFilePath()});
            QVERIFY2(child.waitForFinished(300000), "unshare (util-linux) is needed");
            QCOMPARE(child.exitCode(), 0);
            m_delegated = true;
            return;
        }
        m_mount = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(m_mount));
        QVERIFY2(::mount("tmpfs", QFile::encodeName(m_mount).constData(), "tmpfs", 0, "size=6m") ==
                     0,
                 "a small file system could not be mounted");
        // The demo workspace on it, with room to spare for now.
        {
            auto demo = TestSupport::createDemo(m_dir, QStringLiteral("demo"));
            QVERIFY(demo);
            const QString made = demo->filePath();
            demo.reset(); // closed: its journal is in the file
            m_workspacePath = m_mount + QStringLiteral("/demo.comptoirdb");
            QVERIFY(QFile::copy(made, m_workspacePath));
        }
        // A file of 300 projects to import, on the big disk.
        m_bundle = TestSupport::writeSyntheticBundle(m_dir, 300, 3);
        QVERIFY(!m_bundle.isEmpty());
    }

    void cleanupTestCase()
    {
        if (!m_mount.isEmpty())
            ::umount(QFile::encodeName(m_mount).constData());
    }

    void everythingFailsCleanlyThenWorkGoesOn()
    {
        if (m_delegated)
            return; // checked by the namespace's run, whose result initTestCase compared
        QString error;
        auto w = Workspace::open(m_workspacePath, &error);
        QVERIFY2(w, qPrintable(error));
        const int projects = value(*w, QStringLiteral("SELECT count(*) FROM projects")).toInt();
        QList<qint64> ids;
        QSqlQuery query(w->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects ORDER BY id")));
        while (query.next())
            ids << query.value(0).toLongLong();
        QCOMPARE(ids.size(), 14);
        const qint64 workshop =
            value(*w, QStringLiteral("SELECT workshop_id FROM attendance LIMIT 1")).toLongLong();
        const QString before =
            value(*w, QStringLiteral("SELECT value FROM answers WHERE project_id = %1 AND"
                                     " field_key = 'idee.resume'")
                          .arg(ids.first()))
                .toString();
        const QStringList files = filesOnDisk();

        fill();

        // Exports: refused in French, nothing left behind.
        QVERIFY(!BundleWriter::writeFile(*w, ids, m_mount + QStringLiteral("/x.comptoir"), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be written")), qPrintable(error));
        // (Qt's QSaveFile said yes here, with an empty file: the exports check every byte.)
        QVERIFY(!PlatformExport::writeFile(*w, ids, PlatformExport::decidim(),
                                           PlatformExport::Format::Csv,
                                           m_mount + QStringLiteral("/x.csv"), &error));
        QVERIFY(!error.isEmpty());
        const auto dossier = Dossier::load(*w, ids.first(), &error);
        QVERIFY(dossier);
        QVERIFY(!Dossier::writePdf(*dossier, m_mount + QStringLiteral("/x.pdf"), &error));
        QVERIFY(!error.isEmpty());
        const auto sheet = AttendanceSheet::load(*w, workshop);
        QVERIFY(sheet);
        QVERIFY(!AttendanceSheet::writePdf(*sheet, m_mount + QStringLiteral("/sheet.pdf"), &error));
        QVERIFY(!error.isEmpty());

        // A backup: refused, no half of it.
        const auto backup = Backups::write(
            m_workspacePath, m_mount + QStringLiteral("/b.comptoirdb"), QStringLiteral("manual"));
        QVERIFY(!backup);
        QVERIFY(!backup.error().isEmpty());

        // An import: all or nothing.
        const auto imported =
            BundleImport::importFile(*w, m_bundle, BundleImport::ConflictChoice::TakeFile, &error);
        QVERIFY(!imported);
        QVERIFY2(error.contains(QStringLiteral("unchanged")), qPrintable(error));
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM projects")).toInt(), projects);

        // An edit bigger than the room left: refused, the answer as it was.
        QVERIFY(!ProjectAnswers::write(*w, ids.first(), QStringLiteral("idee.resume"),
                                       QJsonValue(QString(60000, u'é')),
                                       QStringLiteral("idee-au-projet"), 1, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(value(*w, QStringLiteral("SELECT value FROM answers WHERE project_id = %1 AND"
                                          " field_key = 'idee.resume'")
                               .arg(ids.first()))
                     .toString(),
                 before);
        QCOMPARE(value(*w, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        // No file that was not there before (the workspace's own journal aside).
        QStringList now = filesOnDisk();
        now.removeAll(QStringLiteral("demo.comptoirdb-wal"));
        now.removeAll(QStringLiteral("demo.comptoirdb-shm"));
        QStringList was = files;
        was.removeAll(QStringLiteral("demo.comptoirdb-wal"));
        was.removeAll(QStringLiteral("demo.comptoirdb-shm"));
        QCOMPARE(now, was);

        // Room again: the same work goes through.
        QVERIFY(QFile::remove(m_mount + QStringLiteral("/filler")));
        QVERIFY2(ProjectAnswers::write(*w, ids.first(), QStringLiteral("idee.resume"),
                                       QJsonValue(QStringLiteral("Écrit après la panne")),
                                       QStringLiteral("idee-au-projet"), 1, &error),
                 qPrintable(error));
        QVERIFY2(BundleWriter::writeFile(*w, ids, m_mount + QStringLiteral("/x.comptoir"), &error),
                 qPrintable(error));
        w.reset();
        QString reopenError;
        auto again = Workspace::open(m_workspacePath, &reopenError);
        QVERIFY2(again, qPrintable(reopenError));
        QCOMPARE(value(*again, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(value(*again, QStringLiteral("SELECT value FROM answers WHERE project_id = %1 AND"
                                             " field_key = 'idee.resume'")
                                  .arg(ids.first()))
                    .toString()
                    .contains(QStringLiteral("après la panne")));
    }
};

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
