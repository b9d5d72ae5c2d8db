#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <unistd.h>

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

// Writes a plain SQLite file with the given application_id and user_version, not through
// Workspace: what another program, or a newer Comptoir, would leave.
void writeSqliteFile(const QString &path, quint32 applicationId, int userVersion)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE other (x INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO other VALUES (42)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

} // namespace

class TestWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    // A reader for work off the UI thread: on its own thread, it sees what was committed and
    // can write nothing.
    void readerSeesCommittedEditsAndWritesNothing()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        QSqlQuery edit(w->database());
        QVERIFY(edit.exec(QStringLiteral("UPDATE projects SET title = 'Lu ailleurs' WHERE id = "
                                         "(SELECT min(id) FROM projects)")));
        QString title;
        QString writeError;
        QString openError;
        QThread *thread = QThread::create([&] {
            const std::unique_ptr<Workspace> reader =
                Workspace::openReader(w->filePath(), &openError);
            if (!reader)
                return;
            QSqlQuery query(reader->database());
            if (query.exec(QStringLiteral("SELECT title FROM projects ORDER BY id LIMIT 1")) &&
                query.next())
                title = query.value(0).toString();
            query.finish();
            if (!query.exec(QStringLiteral("UPDATE projects SET title = 'non'")))
                writeError = query.lastError().text();
        });
        thread->start();
        QVERIFY(thread->wait(20000));
        delete thread;
        QVERIFY2(openError.isEmpty(), qPrintable(openError));
        QCOMPARE(title, QStringLiteral("Lu ailleurs"));
        QVERIFY(!writeError.isEmpty());
        QVERIFY(
            !Workspace::openReader(dir.filePath(QStringLiteral("absent.comptoirdb")), &openError));
    }

    // A statement read again — a batch reads the same dozen for each of its projects — is
    // compiled once and kept: lent while in use (the same reading inside itself gets a fresh
    // one), its values bound anew by each borrower, and reset when given back, so that a
    // reading stopped before its last row does not keep the connection blind to what other
    // connections commit.
    void statementsAreKeptAndLeaveNoReadOpen()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        QString error;
        std::unique_ptr<Workspace> reader = Workspace::openReader(w->filePath(), &error);
        QVERIFY2(reader, qPrintable(error));
        const QString all = QStringLiteral("SELECT id, title FROM projects ORDER BY id");
        QSqlQuery *kept = nullptr;
        qint64 firstId = 0;
        qint64 secondId = 0;
        {
            const Workspace::Statement statement = reader->statement(all);
            kept = &statement.query();
            QVERIFY(kept->exec());
            QVERIFY(kept->next()); // one row of fourteen: the reading stops there
            firstId = kept->value(0).toLongLong();
            {
                const Workspace::Statement inside = reader->statement(all);
                QVERIFY(&inside.query() != kept);
                QVERIFY(inside.query().exec());
                int rows = 0;
                while (inside.query().next())
                    ++rows;
                QCOMPARE(rows, 14);
            }
            QVERIFY(kept->next()); // the outer reading went on where it was
            secondId = kept->value(0).toLongLong();
            QVERIFY(secondId > firstId);
        }
        {
            const Workspace::Statement again = reader->statement(all);
            QCOMPARE(&again.query(), kept);
        }

        // Given back after one row, the statement holds no snapshot: the reader sees the edit
        // another connection commits.
        QSqlQuery edit(w->database());
        QVERIFY(edit.exec(
            QStringLiteral("UPDATE projects SET title = 'Vu après' WHERE id = %1").arg(firstId)));
        QSqlQuery other(reader->database());
        QVERIFY(
            other.exec(QStringLiteral("SELECT title FROM projects WHERE id = %1").arg(firstId)));
        QVERIFY(other.next());
        QCOMPARE(other.value(0).toString(), QStringLiteral("Vu après"));
        other.finish();

        // Each borrower binds its own values.
        const QString one = QStringLiteral("SELECT title FROM projects WHERE id = ?");
        QStringList titles;
        for (const qint64 id : {firstId, secondId}) {
            const Workspace::Statement statement = reader->statement(one);
            statement.query().addBindValue(id);
            QVERIFY(statement.query().exec());
            QVERIFY(statement.query().next());
            titles << statement.query().value(0).toString();
        }
        QCOMPARE(titles.first(), QStringLiteral("Vu après"));
        QVERIFY(!titles.last().isEmpty() && titles.last() != titles.first());

        // What does not compile says why, and fails.
        {
            const Workspace::Statement wrong =
                reader->statement(QStringLiteral("SELECT missing FROM nowhere"));
            QVERIFY2(wrong.query().lastError().text().contains(QStringLiteral("nowhere")),
                     qPrintable(wrong.query().lastError().text()));
            QVERIFY(!wrong.query().exec());
        }
        // The kept statements go before the connection does (no warning of one still in use).
        reader.reset();
    }

    void transactionsNest()
    {
        QTemporaryDir dir;
        QString error;
        auto w = Workspace::create(dir.filePath(QStringLiteral("t.comptoirdb")), &error);
        QVERIFY(w);
        const auto insert = [&](const QString &key) {
            QSqlQuery query(w->database());
            query.prepare(QStringLiteral("INSERT INTO workspace_info (key, value) VALUES (?, '')"));
            query.addBindValue(key);
            return query.exec();
        };
        const auto has = [&](const QString &key) {
            QSqlQuery query(w->database());
            query.prepare(QStringLiteral("SELECT count(*) FROM workspace_info WHERE key = ?"));
            query.addBindValue(key);
            return query.exec() && query.next() && query.value(0).toInt() == 1;
        };
        {
            Transaction outer(w->database());
            QVERIFY(outer.isActive());
            QVERIFY(insert(QStringLiteral("kept")));
            {
                Transaction inner(w->database());
                QVERIFY(inner.isActive());
                QVERIFY(insert(QStringLiteral("undone")));
            } // an inner one not committed undoes its own part only
            {
                Transaction inner(w->database());
                QVERIFY(insert(QStringLiteral("committed inside")));
                QVERIFY(inner.commit());
            }
            QVERIFY(outer.commit());
        }
        QVERIFY(has(QStringLiteral("kept")));
        QVERIFY(has(QStringLiteral("committed inside")));
        QVERIFY(!has(QStringLiteral("undone")));
        {
            Transaction outer(w->database());
            QVERIFY(insert(QStringLiteral("rolled back")));
            Transaction inner(w->database());
            QVERIFY(insert(QStringLiteral("with it")));
            QVERIFY(inner.commit());
        } // the outer one not committed takes the committed inner part with it
        QVERIFY(!has(QStringLiteral("rolled back")));
        QVERIFY(!has(QStringLiteral("with it")));
        // And a new transaction starts afresh.
        Transaction again(w->database());
        QVERIFY(again.isActive());
        QVERIFY(insert(QStringLiteral("again")));
        QVERIFY(again.commit());
        QVERIFY(has(QStringLiteral("again")));
    }

    // A change is announced once it is in the file: at once outside a transaction, after the
    // outermost commit inside one (once per kind and project), never when rolled back.
    void announcementsWaitForTheCommit()
    {
        QTemporaryDir dir;
        QString error;
        auto w = Workspace::create(dir.filePath(QStringLiteral("a.comptoirdb")), &error);
        QVERIFY(w);
        QSignalSpy one(w.get(), &Workspace::projectChanged);
        QSignalSpy all(w.get(), &Workspace::projectsChanged);
        QSignalSpy answers(w.get(), &Workspace::answerChanged);

        w->notifyProjectChanged(1);
        QCOMPARE(one.count(), 1);
        one.clear();
        {
            Transaction outer(w->database());
            w->notifyProjectChanged(1);
            w->notifyProjectChanged(1);
            w->notifyProjectChanged(2);
            w->notifyAnswerChanged(2, QStringLiteral("idee.titre"));
            {
                Transaction inner(w->database());
                w->notifyProjectsChanged();
                w->notifyProjectChanged(3);
            } // rolled back: what it announced goes with it
            {
                Transaction inner(w->database());
                w->notifyProjectChanged(4);
                QVERIFY(inner.commit());
            }
            QCOMPARE(one.count() + all.count() + answers.count(), 0); // nothing yet
            QVERIFY(outer.commit());
        }
        QCOMPARE(one.count(), 3);
        QCOMPARE(one.at(0).at(0).toLongLong(), 1);
        QCOMPARE(one.at(1).at(0).toLongLong(), 2);
        QCOMPARE(one.at(2).at(0).toLongLong(), 4);
        QCOMPARE(answers.count(), 1);
        QCOMPARE(all.count(), 0);
        {
            Transaction outer(w->database());
            w->notifyProjectsChanged();
        } // rolled back
        QCOMPARE(all.count(), 0);
        // The next transaction starts with nothing queued.
        {
            Transaction next(w->database());
            QVERIFY(next.commit());
        }
        QCOMPARE(all.count(), 0);
    }

    void createSetsUpTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("atelier.comptoirdb"));
        QString error;
        auto workspace = Workspace::create(path, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QCOMPARE(workspace->schemaVersion(), Workspace::latestSchemaVersion());
        QCOMPARE(workspace->displayName(), QStringLiteral("atelier"));
        QVERIFY(!QUuid::fromString(workspace->origin()).isNull());

        const QSqlDatabase db = workspace->database();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong(),
                 qint64(Workspace::kApplicationId));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
                 Workspace::latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));

        // Foreign keys are enforced: a project cannot point to a missing venue.
        QSqlQuery insert(db);
        QVERIFY(!insert.exec(QStringLiteral(
            "INSERT INTO projects (uuid, title, venue_id, created_at, updated_at, origin)"
            " VALUES ('u', 't', 999, 'x', 'x', 'o')")));
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.comptoirdb"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        QString error;
        QVERIFY(!Workspace::create(path, &error));
        QVERIFY2(error.contains(QLatin1String("x.comptoirdb")), qPrintable(error));
        QCOMPARE(TestSupport::fileBytes(path), QByteArray("precious"));
    }

    void reopenKeepsDataAndIdentity()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.comptoirdb"));
        QString error;
        QString origin;
        {
            auto workspace = Workspace::create(path, &error);
            QVERIFY(workspace);
            origin = workspace->origin();
            QSqlQuery query(workspace->database());
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO projects (uuid, title, created_at, updated_at, origin)"
                               " VALUES ('p1', 'Jardin partagé', '2026-01-01T00:00:00.000Z', "
                               "'2026-01-01T00:00:00.000Z', 'o')")));
        }
        auto reopened = Workspace::open(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->origin(), origin);
        QCOMPARE(
            scalar(reopened->database(), QStringLiteral("SELECT title FROM projects")).toString(),
            QStringLiteral("Jardin partagé"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected"); // a fragment of the message
        QTest::newRow("missing") << "missing"
                                 << "does not exist";
        QTest::newRow("empty") << "empty"
                               << "not a Comptoir workspace";
        QTest::newRow("text") << "text"
                              << "not a Comptoir workspace";
        QTest::newRow("truncated") << "truncated"
                                   << "not a Comptoir workspace";
        QTest::newRow("foreign sqlite") << "foreign"
                                        << "another application";
        QTest::newRow("newer") << "newer"
                               << "newer version of Comptoir";
        QTest::newRow("directory") << "directory"
                                   << "is not a file";
    }

    // Bad files get a clear message and are left exactly as they were: same bytes, no -wal or
    // -shm file beside them.
    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("file.comptoirdb"));
        if (kind == QLatin1String("empty")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(
                QFile::copy(QStringLiteral(COMPTOIR_TEST_DATA_DIR "/not-a-workspace.txt"), path));
        } else if (kind == QLatin1String("truncated")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(20, 'x'));
        } else if (kind == QLatin1String("foreign")) {
            writeSqliteFile(path, 0x12345678, 3);
        } else if (kind == QLatin1String("newer")) {
            writeSqliteFile(path, Workspace::kApplicationId, Workspace::latestSchemaVersion() + 1);
        } else if (kind == QLatin1String("directory")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.comptoirdb")));
            path = dir.filePath(QStringLiteral("folder.comptoirdb"));
        }
        const QByteArray before = TestSupport::fileBytes(path);
        const QStringList filesBefore =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

        QString error;
        QVERIFY(!Workspace::open(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(TestSupport::fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
    }

    // Permission bits do not stop root: run as root (CI is), the refusal is checked in a child
    // comptoir that runs as "nobody", so that the test runs everywhere.
    // A file Comptoir may not write: refused for writing, read and exported read-only (on a
    // write-protected medium, SQLite reads it as immutable), and left byte for byte as it was.
    void readOnlyFileIsReadNotWritten()
    {
        QTemporaryDir dir;
        QString error;
        QString path;
        {
            auto demo = TestSupport::createDemo(dir, QStringLiteral("ro"));
            QVERIFY(demo);
            path = demo->filePath();
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        const QByteArray before = TestSupport::fileBytes(path);
        if (geteuid() != 0) {
            QVERIFY(!Workspace::open(path, &error));
            QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
            auto readOnly = Workspace::open(path, &error, Workspace::Access::ReadOnly);
            QVERIFY2(readOnly, qPrintable(error));
            QVERIFY(readOnly->isReadOnly());
            QSqlQuery query(readOnly->database());
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM projects")) && query.next());
            QCOMPARE(query.value(0).toInt(), 14);
            QVERIFY(!query.exec(QStringLiteral("DELETE FROM projects")));
        } else {
            // As root every file is writable: the reading commands run as nobody.
            QVERIFY(QFile::setPermissions(dir.path(),
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther));
            QTemporaryDir out;
            QVERIFY(QFile::setPermissions(out.path(),
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::WriteOther | QFileDevice::ExeOther));
            const auto runAsNobody = [&](const QStringList &arguments) {
                QProcess process;
                process.setProcessEnvironment(TestSupport::isolatedEnvironment());
                process.setChildProcessModifier([] {
                    constexpr uid_t nobody = 65534;
                    if (setgid(nobody) != 0 || setuid(nobody) != 0)
                        _exit(97);
                });
                process.start(TestSupport::comptoirBinary(), arguments);
                if (!process.waitForFinished(60000))
                    return QStringLiteral("timeout");
                return QString::number(process.exitCode()) + QLatin1Char(' ') +
                       QString::fromUtf8(process.readAllStandardError());
            };
            const QString bundle = out.filePath(QStringLiteral("x.comptoir"));
            QCOMPARE(runAsNobody({QStringLiteral("export-bundle"), QStringLiteral("--workspace"),
                                  path, QStringLiteral("--out"), bundle, QStringLiteral("--stage"),
                                  QStringLiteral("idea")}),
                     QStringLiteral("0 "));
            QVERIFY(QFileInfo(bundle).size() > 1000);
            QCOMPARE(
                runAsNobody({QStringLiteral("export-platform"), QStringLiteral("--workspace"), path,
                             QStringLiteral("--out"), out.filePath(QStringLiteral("x.csv")),
                             QStringLiteral("--stage"), QStringLiteral("idea")}),
                QStringLiteral("0 "));
            const QString pdf =
                runAsNobody({QStringLiteral("export-pdf"), QStringLiteral("--workspace"), path,
                             QStringLiteral("--out"), out.path(), QStringLiteral("--stage"),
                             QStringLiteral("idea")});
            QVERIFY2(pdf.startsWith(QStringLiteral("0 ")), qPrintable(pdf)); // (a Qt warning)
            QVERIFY(!QDir(out.path()).entryList({QStringLiteral("*.pdf")}).isEmpty());
            // An import writes: refused, in French.
            const QString refused = runAsNobody(
                {QStringLiteral("import"), QStringLiteral("--workspace"), path, bundle});
            QVERIFY2(refused.startsWith(QStringLiteral("1 ")) &&
                         refused.contains(QStringLiteral("lecture seule")),
                     qPrintable(refused));
        }
        QCOMPARE(TestSupport::fileBytes(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void twoConnectionsAtOnce()
    {
        QTemporaryDir dir;
        QString error;
        auto a = Workspace::create(dir.filePath(QStringLiteral("a.comptoirdb")), &error);
        auto b = Workspace::create(dir.filePath(QStringLiteral("b.comptoirdb")), &error);
        QVERIFY(a && b);
        QVERIFY(a->database().connectionName() != b->database().connectionName());
        QVERIFY(a->origin() != b->origin());
    }

    // A commit that takes the write-ahead log past 1,000 pages does not copy it back into the file
    // itself (SQLite's automatic checkpoint is off on the workspace's connection): another
    // thread does, on a connection of its own, and the data is there after reopening.
    void logCopiedBackOnAnotherThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.comptoirdb"));
        QString error;
        auto workspace = Workspace::create(path, &error);
        QVERIFY2(workspace, qPrintable(error));
        {
            QSqlDatabase db = workspace->database();
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 0);
            const qint64 before = QFileInfo(path).size();
            const int startedBefore = workspace->checkpointsStarted();
            {
                Transaction transaction(db);
                QSqlQuery insert(db);
                QVERIFY(insert.prepare(
                    QStringLiteral("INSERT INTO workspace_info (key, value) VALUES (?, ?)")));
                for (int i = 0; i < 3000; ++i) {
                    insert.addBindValue(QStringLiteral("test-%1").arg(i));
                    insert.addBindValue(QString(4000, QLatin1Char('a' + i % 26)));
                    QVERIFY(insert.exec());
                }
                QVERIFY(transaction.commit());
            }
            QCOMPARE(workspace->checkpointsStarted(), startedBefore + 1);
            workspace->waitForCheckpoint();
            // The pages are in the file now, and nothing is left in the log to copy.
            QVERIFY2(QFileInfo(path).size() > before + 3000 * 4000,
                     qPrintable(QString::number(QFileInfo(path).size())));
            QSqlQuery checkpoint(db);
            QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));
            QVERIFY(checkpoint.next());
            QCOMPARE(checkpoint.value(1).toInt(), checkpoint.value(2).toInt());
            checkpoint.finish();
            // A small edit afterwards starts none.
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("UPDATE workspace_info SET value = 'b' WHERE key = 'test-1'")));
            QCOMPARE(workspace->checkpointsStarted(), startedBefore + 1);
        }
        workspace.reset();
        workspace = Workspace::open(path, &error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(
            scalar(workspace->database(),
                   QStringLiteral("SELECT count(*) FROM workspace_info WHERE key LIKE 'test-%'"))
                .toInt(),
            3000);
        QCOMPARE(scalar(workspace->database(),
                        QStringLiteral("SELECT value FROM workspace_info WHERE key = 'test-1'"))
                     .toString(),
                 QStringLiteral("b"));
    }

    // A process killed in the middle of a long write leaves a valid workspace holding every
    // committed change and none of the interrupted one.
    void killedWriterLeavesAValidFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.comptoirdb"));
        QProcess generator;
        generator.setProcessEnvironment(TestSupport::isolatedEnvironment());
        generator.setProcessChannelMode(QProcess::SeparateChannels);
        generator.start(TestSupport::comptoirBinary(),
                        {QStringLiteral("generate"), QStringLiteral("--out"), path,
                         QStringLiteral("--projects"), QStringLiteral("200000")});
        QVERIFY(generator.waitForStarted());
        // Wait until the generator is well into its transaction, then kill it.
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT((progress += generator.readAllStandardError()).contains("10000 "),
                                 60000);
        generator.kill();
        QVERIFY(generator.waitForFinished());

        QString error;
        auto workspace = Workspace::open(path, &error);
        QVERIFY2(workspace, qPrintable(error));
        const QSqlDatabase db = workspace->database();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM projects")).toInt(), 0);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM workspace_info WHERE key = 'origin'"))
                .toInt(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
