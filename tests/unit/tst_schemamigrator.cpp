#include "storage/SchemaMigrator.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSchemaMigrator final : public QObject
{
    Q_OBJECT

private:
    // A plain SQLite file on disk with its own connection, closed at the end of each test.
    QSqlDatabase openFile(const QString &path)
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrator"));
        db.setDatabaseName(path);
        if (!db.open())
            qWarning("cannot open %s", qPrintable(path));
        return db;
    }

    static QStringList tables(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        query.exec(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (query.next())
            names << query.value(0).toString();
        return names;
    }

    static int userVersion(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA user_version"));
        return query.next() ? query.value(0).toInt() : -1;
    }

    static QString data(const char *name)
    {
        return QStringLiteral(COMPTOIR_TEST_DATA_DIR "/") + QLatin1String(name);
    }

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void cleanup()
    {
        QSqlDatabase::database(QStringLiteral("migrator"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("migrator"));
    }

    void splitStatements()
    {
        const QStringList statements = SchemaMigrator::splitStatements(
            QStringLiteral("-- a comment; with a semicolon\n"
                           "CREATE TABLE a (x TEXT DEFAULT 'one; two', \"y;z\" INTEGER);\n"
                           "/* block; comment */ INSERT INTO a VALUES ('it''s; fine', 1);\n"
                           "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                           "  UPDATE a SET x = 'n'; DELETE FROM a WHERE 0;\n"
                           "END;\n"
                           "SELECT 1"));
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements.at(0).startsWith(QLatin1String("CREATE TABLE a")));
        QVERIFY(statements.at(0).contains(QLatin1String("'one; two'")));
        QVERIFY(statements.at(1).contains(QLatin1String("'it''s; fine'")));
        QVERIFY(statements.at(2).startsWith(QLatin1String("CREATE TRIGGER")));
        QVERIFY(statements.at(2).endsWith(QLatin1String("END")));
        QCOMPARE(statements.at(3), QStringLiteral("SELECT 1"));
    }

    void builtInScriptSplitsIntoValidStatements()
    {
        QFile file(QStringLiteral(":/sql/001_initial.sql"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList statements =
            SchemaMigrator::splitStatements(QString::fromUtf8(file.readAll()));
        QVERIFY(statements.size() > 20);
        for (const QString &statement : statements)
            QVERIFY2(!statement.contains(QLatin1String("--")), qPrintable(statement));
    }

    void emptyFileToLatest()
    {
        QTemporaryDir dir;
        QSqlDatabase db = openFile(dir.filePath(QStringLiteral("fresh.sqlite")));
        SchemaMigrator migrator(db);
        QCOMPARE(migrator.currentVersion(), 0);
        QString error;
        QVERIFY2(migrator.migrate(&error), qPrintable(error));
        QCOMPARE(userVersion(db), SchemaMigrator::latestBuiltInVersion());
        const QStringList names = tables(db);
        for (const char *table :
             {"workspace_info", "editions", "categories", "host_organisations", "venues",
              "workshops", "organisations", "holders", "consents", "methodologies", "projects",
              "project_holders", "answers", "budget_lines", "attendance"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
        // Running again is a no-op.
        QVERIFY(migrator.migrate(&error));
        QCOMPARE(userVersion(db), SchemaMigrator::latestBuiltInVersion());
    }

    void olderFileIsMigratedStepByStep()
    {
        QTemporaryDir dir;
        QSqlDatabase db = openFile(dir.filePath(QStringLiteral("v1.sqlite")));
        QString error;
        QVERIFY(SchemaMigrator(db, {SchemaMigrator::builtInSteps().first()}).migrate(&error));
        QCOMPARE(userVersion(db), 1);

        QList<MigrationStep> steps = {SchemaMigrator::builtInSteps().first()};
        steps.append({2, data("migration_v2_good.sql")});
        SchemaMigrator migrator(db, steps);
        QVERIFY2(migrator.migrate(&error), qPrintable(error));
        QCOMPARE(userVersion(db), 2);
        QVERIFY(tables(db).contains(QStringLiteral("test_notes")));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO test_notes DEFAULT VALUES")));
        QVERIFY(query.exec(QStringLiteral("SELECT body FROM test_notes")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("a; b;")); // the trigger ran
    }

    void version1EditionsApplyEveryCheck()
    {
        // Step 2 makes the eligibility checks data; editions made before apply all seven.
        QTemporaryDir dir;
        QSqlDatabase db = openFile(dir.filePath(QStringLiteral("v1.sqlite")));
        QString error;
        QVERIFY(SchemaMigrator(db, {SchemaMigrator::builtInSteps().first()}).migrate(&error));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO editions (uuid, year, name, created_at, updated_at, origin)"
            " VALUES ('e', 2025, 'Budget Citoyen 2025', 'x', 'x', 'o')")));
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QCOMPARE(userVersion(db), SchemaMigrator::latestBuiltInVersion());
        QVERIFY(query.exec(QStringLiteral("SELECT eligibility_checks FROM editions")) &&
                query.next());
        QCOMPARE(query.value(0).toString().split(QLatin1Char(',')).size(), 7);
    }

    void failedStepRollsEverythingBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        QSqlDatabase db = openFile(path);
        QString error;
        QVERIFY(SchemaMigrator(db, {SchemaMigrator::builtInSteps().first()}).migrate(&error));
        const QStringList before = tables(db);

        QList<MigrationStep> steps = {SchemaMigrator::builtInSteps().first()};
        steps.append({2, data("migration_v2_good.sql")});
        steps.append({3, data("migration_v2_broken.sql")});
        SchemaMigrator migrator(db, steps);
        QVERIFY(!migrator.migrate(&error));
        QVERIFY2(error.contains(QLatin1String("3")), qPrintable(error));
        QCOMPARE(userVersion(db), 1); // neither step 2 nor step 3 stayed
        QCOMPARE(tables(db), before);
    }

    void missingScriptIsAnError()
    {
        QTemporaryDir dir;
        QSqlDatabase db = openFile(dir.filePath(QStringLiteral("x.sqlite")));
        SchemaMigrator migrator(db, {{1, QStringLiteral(":/sql/does-not-exist.sql")}});
        QString error;
        QVERIFY(!migrator.migrate(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(userVersion(db), 0);
        QVERIFY(tables(db).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
