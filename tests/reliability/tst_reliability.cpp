#include "demo/SyntheticWorkspace.h"
#include "exchange/BundleWriter.h"
#include "storage/Backups.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Killed at any moment, nothing is lost: a child process edits a workspace through the models
// (answers, budget lines, stage, review, time spent), imports a file, writes backups, and is
// killed with SIGKILL at random moments. After each kill the workspace opens, passes SQLite's
// integrity and foreign-key checks, and holds every edit the child printed after its commit;
// an import is all or nothing; no backup is half-written under its final name.
class TestReliability final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;        // the demo workspace, copied for each round
    QString m_bundle;      // a file of 2,000 projects to import
    int m_importMs = 1000; // how long its import takes, measured
    int m_kills = 24;
    QRandomGenerator m_random{20261130};
    QHash<QString, int> m_report; // what the kills caught the child doing

    static QVariant value(const Workspace &w, const QString &sql)
    {
        QSqlQuery query(w.database());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

    // Starts the child; waits until it has printed `lines` lines (or ended), then up to `ms`
    // more while it works on; then kills it. What it printed.
    QStringList runAndKill(const QStringList &arguments, int lines, int ms)
    {
        QProcess child;
        child.setProcessEnvironment(TestSupport::isolatedEnvironment());
        child.start(QStringLiteral(RELIABILITY_CHILD), arguments);
        if (!child.waitForStarted())
            return {QStringLiteral("F did not start")};
        QByteArray out;
        while (child.state() == QProcess::Running && out.count('\n') < lines &&
               child.waitForReadyRead(30000))
            out += child.readAllStandardOutput();
        if (child.state() == QProcess::Running)
            child.waitForFinished(ms); // the random moment: whatever it is doing then
        child.kill();                  // SIGKILL
        child.waitForFinished();
        out += child.readAllStandardOutput();
        // A line cut by the kill was not said.
        if (!out.endsWith('\n'))
            out.truncate(out.lastIndexOf('\n') + 1);
        return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    static void verifySound(const Workspace &w)
    {
        QCOMPARE(value(w, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(!value(w, QStringLiteral("PRAGMA foreign_key_check")).isValid());
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        // The child's backups and the suite's reading of them: one folder.
        qputenv("COMPTOIR_BACKUP_DIR",
                QFile::encodeName(m_dir.filePath(QStringLiteral("backups"))));
        bool ok = false;
        const int kills = qEnvironmentVariableIntValue("COMPTOIR_KILLS", &ok);
        if (ok && kills > 0)
            m_kills = kills;
        {
            auto demo = TestSupport::createDemo(m_dir, QStringLiteral("base"));
            QVERIFY(demo);
            m_base = demo->filePath();
        }
        m_bundle = TestSupport::writeSyntheticBundle(m_dir, 2000, 7);
        QVERIFY(!m_bundle.isEmpty());
        // How long an import takes, from the child's opening to its end, without a kill.
        const QString path = m_dir.filePath(QStringLiteral("import-timed.comptoirdb"));
        QVERIFY(QFile::copy(m_base, path));
        QElapsedTimer timer;
        timer.start();
        const QStringList lines = runAndKill({QStringLiteral("import"), path, m_bundle}, 2, 60000);
        m_importMs = int(timer.elapsed());
        m_report.insert(QStringLiteral("import ms"), m_importMs);
        QVERIFY2(lines.filter(QStringLiteral("IMPORTED")).size() == 1,
                 qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void killedWhileEditing()
    {
        const QString path = m_dir.filePath(QStringLiteral("edits.comptoirdb"));
        QVERIFY(QFile::copy(m_base, path));
        // The last counter printed for each record: the file must hold it, or a later one.
        QHash<QString, qint64> printed;
        qint64 counter = 1;
        const int rounds = std::max(1, m_kills * 2 / 3);
        for (int round = 0; round < rounds; ++round) {
            const QStringList lines =
                runAndKill({QStringLiteral("edits"), path, QString::number(counter)},
                           int(m_random.bounded(1, 200)), 0);
            for (const QString &line : lines) {
                const QStringList f = line.split(QLatin1Char(' '));
                QVERIFY2(f.first() != QLatin1String("F"), qPrintable(line));
                if (f.size() == 3) {
                    printed.insert(f.at(0) + QLatin1Char(' ') + f.at(1), f.at(2).toLongLong());
                    if (f.at(0) != QLatin1String("P"))
                        counter = std::max(counter, f.at(2).toLongLong() + 1);
                }
            }
            counter += 5; // the edit being written when killed may be in the file: go past it
            ++m_report[QStringLiteral("edit kills")];
            m_report[QStringLiteral("edits printed")] += int(lines.size());

            QString error;
            auto w = Workspace::open(path, &error);
            QVERIFY2(w, qPrintable(error));
            verifySound(*w);
            for (auto it = printed.cbegin(); it != printed.cend(); ++it) {
                const QString kind = it.key().section(QLatin1Char(' '), 0, 0);
                const QString id = it.key().section(QLatin1Char(' '), 1, 1);
                qint64 inFile = -1;
                if (kind == QLatin1String("A"))
                    inFile = value(*w, QStringLiteral("SELECT value FROM answers WHERE project_id"
                                                      " = %1 AND field_key = 'idee.resume'")
                                           .arg(id))
                                 .toString()
                                 .mid(2)
                                 .chopped(1)
                                 .toLongLong(); // "r123" as JSON text
                else if (kind == QLatin1String("B"))
                    inFile = value(*w, QStringLiteral("SELECT amount_cents / 100 FROM budget_lines"
                                                      " WHERE project_id = %1 AND kind = 'expense'")
                                           .arg(id))
                                 .toLongLong();
                else if (kind == QLatin1String("S"))
                    inFile = value(*w, QStringLiteral("SELECT stage_override_reason FROM projects"
                                                      " WHERE id = %1")
                                           .arg(id))
                                 .toString()
                                 .mid(1)
                                 .toLongLong();
                else if (kind == QLatin1String("R"))
                    inFile = value(*w, QStringLiteral("SELECT reviewer FROM reviews WHERE"
                                                      " project_id = %1")
                                           .arg(id))
                                 .toString()
                                 .mid(1)
                                 .toLongLong();
                else if (kind == QLatin1String("P"))
                    inFile = value(*w, QStringLiteral("SELECT seconds_spent FROM attendance WHERE"
                                                      " id = %1")
                                           .arg(id))
                                 .toLongLong();
                QVERIFY2(inFile >= it.value(),
                         qPrintable(QStringLiteral("round %1: %2 printed %3, the file holds %4")
                                        .arg(round)
                                        .arg(it.key())
                                        .arg(it.value())
                                        .arg(inFile)));
            }
        }
        QVERIFY(m_report.value(QStringLiteral("edits printed")) > 0);
    }

    void killedWhileImporting()
    {
        const int rounds = std::max(1, m_kills / 6);
        for (int round = 0; round < rounds; ++round) {
            const QString path = m_dir.filePath(QStringLiteral("import-%1.comptoirdb").arg(round));
            QVERIFY(QFile::copy(m_base, path));
            // Killed while it reads, plans or writes: at a random moment of its second or so.
            const QStringList lines =
                runAndKill({QStringLiteral("import"), path, m_bundle}, 1,
                           int(m_random.bounded(0, m_importMs * 3 / 2 + 100)));
            const bool imported = lines.filter(QStringLiteral("IMPORTED")).size() == 1;
            ++m_report[imported ? QStringLiteral("imports finished")
                                : QStringLiteral("imports killed")];
            QString error;
            auto w = Workspace::open(path, &error);
            QVERIFY2(w, qPrintable(error));
            verifySound(*w);
            const int projects = value(*w, QStringLiteral("SELECT count(*) FROM projects")).toInt();
            // All or nothing.
            QVERIFY2(projects == 14 || projects == 2014, qPrintable(QString::number(projects)));
            if (imported)
                QCOMPARE(projects, 2014);
        }
    }

    void killedWhileBackingUp()
    {
        const QString path = m_dir.filePath(QStringLiteral("backups.comptoirdb"));
        QVERIFY(QFile::copy(m_base, path));
        const int rounds = std::max(1, m_kills / 6);
        for (int round = 0; round < rounds; ++round) {
            const QStringList lines =
                runAndKill({QStringLiteral("backup"), path}, int(m_random.bounded(1, 6)),
                           int(m_random.bounded(0, 40)));
            m_report[QStringLiteral("backups written")] +=
                int(lines.filter(QStringLiteral("BACKUP")).size());
            ++m_report[QStringLiteral("backup kills")];
            QString error;
            auto w = Workspace::open(path, &error);
            QVERIFY2(w, qPrintable(error));
            verifySound(*w);
            // Every backup under its final name is whole and sound.
            for (const Backups::Info &info : Backups::list(w->origin())) {
                const auto checked = Backups::check(info.path);
                QVERIFY2(checked, qPrintable(checked.error()));
            }
        }
    }

    void cleanupTestCase()
    {
        QStringList said;
        for (auto it = m_report.cbegin(); it != m_report.cend(); ++it)
            said << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        said.sort();
        qInfo("%s", qPrintable(said.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
