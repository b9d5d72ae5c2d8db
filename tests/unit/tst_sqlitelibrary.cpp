#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#include <link.h>
#endif

// One SQLite in the process: the bulk writer (SqliteStatement) calls the libsqlite3 Comptoir
// links on the connection Qt's SQLite driver opened. Two copies of SQLite in one process (a
// driver carrying its own, as Qt's Windows builds do) would each keep their own POSIX locks on
// the same file and corrupt it. This fails when the driver's SQLite is not the linked one.
class TestSqliteLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void theDriverRunsTheLinkedLibrary()
    {
        QTemporaryDir dir;
        QString error;
        auto w = Workspace::create(dir.filePath(QStringLiteral("s.comptoirdb")), &error);
        QVERIFY2(w, qPrintable(error));
        // The SQL function answers from the library that owns the connection.
        QSqlQuery query(w->database());
        QVERIFY(query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next());
        QCOMPARE(query.value(0).toString(), QString::fromLatin1(sqlite3_sourceid()));
        // The connection handle is usable from the linked library, and is this file.
        sqlite3 *handle = SqliteStatement::handle(w->database());
        QVERIFY(handle);
        QCOMPARE(QString::fromUtf8(sqlite3_db_filename(handle, "main")), w->filePath());
    }

#if defined(Q_OS_LINUX)
    // Every object loaded in the process that defines SQLite's entry points defines the same
    // ones: the Qt plugin imports them, it carries no copy of its own.
    void oneCopyLoaded()
    {
        QTemporaryDir dir;
        QString error;
        auto w = Workspace::create(dir.filePath(QStringLiteral("l.comptoirdb")), &error);
        QVERIFY2(w, qPrintable(error)); // the driver plugin is loaded from here on
        struct Found
        {
            QSet<quintptr> addresses;
            QStringList objects;
            QString driver;            // Qt's SQLite driver plugin
            quintptr driverSqlite = 0; // what it resolves SQLite's entry point to
        } found;
        dl_iterate_phdr(
            [](dl_phdr_info *info, size_t, void *data) {
                auto *f = static_cast<Found *>(data);
                const char *name = info->dlpi_name;
                void *object = dlopen(name && *name ? name : nullptr, RTLD_LAZY | RTLD_NOLOAD);
                if (!object)
                    return 0;
                if (name && QByteArray(name).contains("qsqlite")) {
                    f->driver = QString::fromLocal8Bit(name);
                    f->driverSqlite = quintptr(dlsym(object, "sqlite3_open_v2"));
                }
                if (void *symbol = dlsym(object, "sqlite3_open_v2")) {
                    Dl_info where{};
                    if (dladdr(symbol, &where) && where.dli_fname) {
                        f->addresses.insert(quintptr(symbol));
                        f->objects << QString::fromLocal8Bit(where.dli_fname);
                    }
                }
                dlclose(object);
                return 0;
            },
            &found);
        QVERIFY2(found.addresses.size() == 1, qPrintable(QStringLiteral("SQLite found in: ") +
                                                         found.objects.join(QStringLiteral(", "))));
        Dl_info linked{};
        QVERIFY(dladdr(reinterpret_cast<void *>(&sqlite3_open_v2), &linked));
        QCOMPARE(*found.addresses.cbegin(), quintptr(linked.dli_saddr));
        // The driver itself resolves SQLite to the linked library (a copy built into it with
        // hidden symbols would resolve to nothing).
        QVERIFY2(!found.driver.isEmpty(), "Qt's SQLite driver is not loaded");
        QCOMPARE(found.driverSqlite, quintptr(linked.dli_saddr));
    }
#endif
};

QTEST_GUILESS_MAIN(TestSqliteLibrary)
#include "tst_sqlitelibrary.moc"
