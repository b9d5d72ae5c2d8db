#include "demo/SyntheticWorkspace.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList values(const Workspace &w, const QString &sql)
{
    QSqlQuery query(w.database());
    QStringList out;
    if (query.exec(sql))
        while (query.next())
            out << query.value(0).toString();
    return out;
}
} // namespace

class TestSyntheticWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void generatesRealisticProjects()
    {
        QTemporaryDir dir;
        QString error;
        auto w = Workspace::create(dir.filePath(QStringLiteral("a.comptoirdb")), &error);
        QVERIFY(w);
        QVERIFY2(SyntheticWorkspace::populate(*w, 500, 1, &error), qPrintable(error));
        QCOMPARE(values(*w, QStringLiteral("SELECT count(*) FROM projects")).value(0),
                 QStringLiteral("500"));
        QCOMPARE(values(*w, QStringLiteral("SELECT count(*) FROM editions")).value(0),
                 QStringLiteral("3"));
        QCOMPARE(values(*w, QStringLiteral("SELECT count(*) FROM categories")).value(0),
                 QStringLiteral("9"));
        QCOMPARE(values(*w, QStringLiteral("SELECT count(DISTINCT stage) FROM projects")).value(0),
                 QStringLiteral("6"));
        QCOMPARE(
            values(*w, QStringLiteral("SELECT count(*) FROM project_holders WHERE is_lead = 1"))
                .value(0),
            QStringLiteral("500"));
        const QStringList titles = values(*w, QStringLiteral("SELECT title FROM projects"));
        QVERIFY(std::any_of(titles.begin(), titles.end(), [](const QString &t) {
            return t.contains(QChar(u'é')) || t.contains(QChar(u'è')) || t.contains(QChar(u'ê'));
        }));
        QVERIFY(values(*w, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    }

    void sameSeedSameContent()
    {
        QTemporaryDir dir;
        QString error;
        auto a = Workspace::create(dir.filePath(QStringLiteral("a.comptoirdb")), &error);
        auto b = Workspace::create(dir.filePath(QStringLiteral("b.comptoirdb")), &error);
        auto c = Workspace::create(dir.filePath(QStringLiteral("c.comptoirdb")), &error);
        QVERIFY(SyntheticWorkspace::populate(*a, 50, 9, &error));
        QVERIFY(SyntheticWorkspace::populate(*b, 50, 9, &error));
        QVERIFY(SyntheticWorkspace::populate(*c, 50, 10, &error));
        const QString sql =
            QStringLiteral("SELECT uuid || title || updated_at FROM projects ORDER BY id");
        QCOMPARE(values(*a, sql), values(*b, sql));
        QVERIFY(values(*a, sql) != values(*c, sql));
    }

    void cancelWritesNothing()
    {
        QTemporaryDir dir;
        QString error;
        auto w = Workspace::create(dir.filePath(QStringLiteral("a.comptoirdb")), &error);
        QVERIFY(!SyntheticWorkspace::populate(*w, 5000, 1, &error,
                                              [](int done, int) { return done < 2000; }));
        QVERIFY(!error.isEmpty());
        QCOMPARE(values(*w, QStringLiteral("SELECT count(*) FROM projects")).value(0),
                 QStringLiteral("0"));
        QCOMPARE(values(*w, QStringLiteral("SELECT count(*) FROM editions")).value(0),
                 QStringLiteral("0"));
    }

    void absurdCountsAreRefused()
    {
        QTemporaryDir dir;
        QString error;
        auto w = Workspace::create(dir.filePath(QStringLiteral("a.comptoirdb")), &error);
        QVERIFY(!SyntheticWorkspace::populate(*w, -1, 1, &error));
        QVERIFY(!SyntheticWorkspace::populate(*w, 20'000'000, 1, &error));
    }
};

QTEST_GUILESS_MAIN(TestSyntheticWorkspace)
#include "tst_syntheticworkspace.moc"
