#include "demo/SyntheticWorkspace.h"
#include "projects/ProjectFilterModel.h"
#include "projects/ProjectListLoader.h"
#include "projects/ProjectListModel.h"
#include "storage/Workspace.h"
#include "TestSupport.h"
#include "text/TextFolding.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QDateTime>
#include <QTest>

class TestProjectListModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_demo;

    QStringList titles(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int r = 0; r < model.rowCount(); ++r)
            result << model.index(r, ProjectListModel::TitleColumn).data().toString();
        return result;
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        m_demo = TestSupport::createDemo(m_dir);
        QVERIFY(m_demo);
    }

    // Read in two halves on two threads (as from 20,000 projects), the list is the one read
    // by one thread: the same rows in the same order, the same keys, each row's names its own.
    void twoThreadsReadTheSameList()
    {
        QString error;
        const auto one = ProjectListModel::read(m_demo->database(), &error);
        QVERIFY2(one, qPrintable(error));
        ProjectListModel::setParallelReadThreshold(2);
        const auto two = ProjectListModel::read(m_demo->database(), &error);
        ProjectListModel::setParallelReadThreshold(20000);
        QVERIFY2(two, qPrintable(error));
        QCOMPARE(two->rows.size(), one->rows.size());
        QCOMPARE(two->searchKeys, one->searchKeys);
        QCOMPARE(two->keyOffsets, one->keyOffsets);
        QCOMPARE(two->stages, one->stages);
        for (size_t r = 0; r < one->rows.size(); ++r) {
            const ProjectListModel::Row &a = one->rows[r];
            const ProjectListModel::Row &b = two->rows[r];
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.holder, a.holder);
            QCOMPARE(b.updatedAt, a.updatedAt);
            QCOMPARE(two->communes.at(b.commune), one->communes.at(a.commune));
            QCOMPARE(two->venueNames.at(b.venue), one->venueNames.at(a.venue));
            QCOMPARE(two->categories.at(b.category), one->categories.at(a.category));
        }
    }

    void loadsEveryProject()
    {
        ProjectListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(model.load(*m_demo, &error), qPrintable(error));
        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(model.columnCount(), int(ProjectListModel::ColumnCount));
        QCOMPARE(model.headerData(ProjectListModel::TitleColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Project"));

        // Most recently updated first.
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.row(r - 1).updatedAt >= model.row(r).updatedAt);
        // The dates read as numbers are those stored as text, to the millisecond, and the
        // comptoirs, categories and communes each row points at are its own.
        QSqlQuery stored(m_demo->database());
        QVERIFY(stored.exec(QStringLiteral(
            "SELECT p.id, p.updated_at, p.commune, coalesce(c.name, ''), coalesce(v.name, '')"
            "  FROM projects p LEFT JOIN categories c ON c.id = p.category_id"
            "  LEFT JOIN venues v ON v.id = p.venue_id")));
        int checked = 0;
        while (stored.next()) {
            const int r = model.rowForId(stored.value(0).toLongLong());
            QVERIFY(r >= 0);
            QCOMPARE(model.row(r).updatedAt,
                     QDateTime::fromString(stored.value(1).toString(), Qt::ISODateWithMs)
                         .toMSecsSinceEpoch());
            QCOMPARE(model.commune(r), stored.value(2).toString());
            QCOMPARE(model.category(r), stored.value(3).toString());
            QCOMPARE(model.venueName(r), stored.value(4).toString());
            ++checked;
        }
        QCOMPARE(checked, 14);

        const int row = model.rowForId(model.row(3).id);
        QCOMPARE(row, 3);
        const int epicerie =
            titles(model).indexOf(QStringLiteral("Épicerie solidaire itinérante du Ternois"));
        QVERIFY(epicerie >= 0);
        QCOMPARE(model.index(epicerie, ProjectListModel::HolderColumn).data().toString(),
                 QStringLiteral("Nadia Ouali"));
        QCOMPARE(model.index(epicerie, ProjectListModel::VenueColumn).data().toString(),
                 QStringLiteral("Saint-Pol-sur-Ternoise"));
        QCOMPARE(
            model.index(epicerie, ProjectListModel::VenueColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Comptoir de Saint-Pol-sur-Ternoise"));
        QCOMPARE(model.index(epicerie, ProjectListModel::CategoryColumn).data().toString(),
                 QStringLiteral("Innovation sociale"));
        QCOMPARE(model.index(epicerie, ProjectListModel::StageColumn)
                     .data(ProjectListModel::StageRole)
                     .toInt(),
                 int(Stage::Labelled));
        QVERIFY(!model.index(epicerie, ProjectListModel::StageColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QVERIFY(
            !model.index(epicerie, ProjectListModel::UpdatedColumn).data().toString().isEmpty());
    }

    void erasedHolderIsAnonymised()
    {
        QTemporaryDir dir;
        auto demo = TestSupport::createDemo(dir);
        QSqlQuery query(demo->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE holders SET first_name = '', last_name = '', "
                                          "email = '', erased_at = '2026-11-01T00:00:00.000Z'"
                                          " WHERE last_name = 'Ouali' AND first_name = 'Nadia'")));
        ProjectListModel model;
        QString error;
        QVERIFY(model.load(*demo, &error));
        const int row =
            titles(model).indexOf(QStringLiteral("Épicerie solidaire itinérante du Ternois"));
        QCOMPARE(model.index(row, ProjectListModel::HolderColumn).data().toString(),
                 QStringLiteral("Anonymised holder"));
    }

    void loaderReadsInTheBackground()
    {
        ProjectListLoader loader;
        QSignalSpy loaded(&loader, &ProjectListLoader::loaded);
        loader.start(m_demo->filePath());
        QVERIFY(loader.isLoading());
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loader.isLoading());
        const auto rows = loaded.takeFirst().at(0).value<std::shared_ptr<ProjectListModel::Rows>>();
        QVERIFY(rows);
        QCOMPARE(int(rows->rows.size()), 14);
        QCOMPARE(rows->keyOffsets.size(), rows->rows.size() + 1);
    }

    void loaderDeliversOnlyTheLatestRequest()
    {
        QTemporaryDir dir;
        auto other = TestSupport::createDemo(dir, QStringLiteral("other"));
        QSqlQuery query(other->database());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM projects WHERE stage <> 'idea'")));

        ProjectListLoader loader;
        QSignalSpy loaded(&loader, &ProjectListLoader::loaded);
        loader.start(m_demo->filePath());
        loader.start(other->filePath());
        QTRY_COMPARE(loaded.count(), 1);
        QTest::qWait(200); // a stale delivery would arrive in this window
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(
            int(loaded.at(0).at(0).value<std::shared_ptr<ProjectListModel::Rows>>()->rows.size()),
            3);
    }

    void loaderReportsAnUnreadableFile()
    {
        ProjectListLoader loader;
        QSignalSpy failed(&loader, &ProjectListLoader::failed);
        loader.start(m_dir.filePath(QStringLiteral("missing.comptoirdb")));
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    }

    void filterIgnoresAccentsAndCase_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("rows");
        QTest::newRow("no accent finds accented") << "epicerie" << 1;
        QTest::newRow("accented and upper case") << "ÉPICERIE" << 1;
        QTest::newRow("two words, any order") << "ternois navette" << 1;
        QTest::newRow("holder name") << "delattre" << 1;
        QTest::newRow("venue with hyphens") << "saint-pol" << 2;
        QTest::newRow("venue's full name") << "comptoir de calais" << 2;
        QTest::newRow("commune typed loosely") << "saint pol" << 2;
        QTest::newRow("organisation") << "ludo canche" << 1;
        QTest::newRow("category") << "cooperation" << 4;
        QTest::newRow("nothing") << "zzzz" << 0;
        QTest::newRow("blank") << "   " << 14;
    }

    void filterIgnoresAccentsAndCase()
    {
        QFETCH(QString, filter);
        QFETCH(int, rows);
        ProjectListModel model;
        ProjectFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QString error;
        QVERIFY(model.load(*m_demo, &error));
        proxy.setFilterText(filter);
        QCOMPARE(proxy.rowCount(), rows);
        QCOMPARE(proxy.totalCount(), 14);
    }

    void stageFilterCombinesWithText()
    {
        ProjectListModel model;
        ProjectFilterModel proxy;
        proxy.setSourceModel(&model);
        QString error;
        QVERIFY(model.load(*m_demo, &error));
        QSignalSpy counts(&proxy, &ProjectFilterModel::countsChanged);
        proxy.setStageFilter(Stage::Labelled);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(counts.count(), 1);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(ProjectListModel::StageRole).toInt(),
                     int(Stage::Labelled));
        proxy.setFilterText(QStringLiteral("aidants"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Café des aidants familiaux"));
        proxy.setStageFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 14);
    }

    void sortsEveryColumn()
    {
        ProjectListModel model;
        ProjectFilterModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QString error;
        QVERIFY(model.load(*m_demo, &error));

        proxy.sort(ProjectListModel::TitleColumn, Qt::AscendingOrder);
        QStringList sorted = titles(proxy);
        QCOMPARE(sorted.first(), QStringLiteral("Atelier vélo participatif du Fort-Nieulay"));
        // Accents do not push "Épicerie" after "Z": it sorts among the E.
        QVERIFY(sorted.indexOf(QStringLiteral("Épicerie solidaire itinérante du Ternois")) <
                sorted.indexOf(QStringLiteral("Festival de contes en picard")));
        proxy.sort(ProjectListModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(titles(proxy).first(), sorted.last());

        proxy.sort(ProjectListModel::StageColumn, Qt::AscendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, 0).data(ProjectListModel::StageRole).toInt() <=
                    proxy.index(r, 0).data(ProjectListModel::StageRole).toInt());

        for (int column :
             {int(ProjectListModel::HolderColumn), int(ProjectListModel::VenueColumn),
              int(ProjectListModel::CategoryColumn), int(ProjectListModel::UpdatedColumn)}) {
            proxy.sort(column, Qt::AscendingOrder);
            QCOMPARE(proxy.rowCount(), 14);
            QCOMPARE(proxy.sortColumn(), column);
        }
        proxy.sort(-1);
        QCOMPARE(titles(proxy), titles(model)); // back to the source's order
    }

    void selectionSurvivesFilterAndSort()
    {
        ProjectListModel model;
        ProjectFilterModel proxy;
        proxy.setSourceModel(&model);
        QString error;
        QVERIFY(model.load(*m_demo, &error));
        QItemSelectionModel selection(&proxy);
        const int row = titles(proxy).indexOf(QStringLiteral("Repair café mensuel à Outreau"));
        selection.setCurrentIndex(proxy.index(row, 0),
                                  QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);

        proxy.sort(ProjectListModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(selection.currentIndex().data().toString(),
                 QStringLiteral("Repair café mensuel à Outreau"));
        proxy.setFilterText(QStringLiteral("outreau"));
        QCOMPARE(selection.currentIndex().data().toString(),
                 QStringLiteral("Repair café mensuel à Outreau"));
        proxy.setFilterText(QStringLiteral("jardin"));
        QVERIFY(!selection.currentIndex().isValid()); // filtered out, not pointing elsewhere
    }

    // Narrowing, widening, history and full scans must always agree with a plain scan.
    void filterAgreesWithBruteForce()
    {
        QTemporaryDir dir;
        QString error;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("s.comptoirdb")), &error);
        QVERIFY(workspace);
        QVERIFY(SyntheticWorkspace::populate(*workspace, 1500, 7, &error));
        ProjectListModel model;
        ProjectFilterModel proxy;
        proxy.setSourceModel(&model);
        QVERIFY(model.load(*workspace, &error));
        proxy.sort(ProjectListModel::TitleColumn, Qt::AscendingOrder);

        const auto expected = [&model](const QString &text) {
            const QStringList words =
                TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            int count = 0;
            for (int r = 0; r < model.rowCount(); ++r) {
                const QString key = QString::fromUtf8(model.searchKey(r).data(),
                                                      qsizetype(model.searchKey(r).size()));
                bool all = true;
                for (const QString &w : words)
                    all = all && key.contains(w);
                count += all ? 1 : 0;
            }
            return count;
        };
        const QStringList typed = {QStringLiteral("jardin partagé à liévin"),
                                   QStringLiteral("atelier vélo"), QStringLiteral("répit aidants"),
                                   QStringLiteral("saint-omer écrivain")};
        for (const QString &phrase : typed) {
            QString text;
            for (QChar c : phrase) {
                text += c;
                proxy.setFilterText(text);
                QCOMPARE(proxy.rowCount(), expected(text));
            }
            while (!text.isEmpty()) {
                text.chop(1);
                proxy.setFilterText(text);
                QCOMPARE(proxy.rowCount(), expected(text));
            }
        }
        // The visible rows stay in sort order after all of that.
        proxy.setFilterText(QStringLiteral("a"));
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(TextFolding::fold(proxy.index(r - 1, 0).data().toString()) <=
                    TextFolding::fold(proxy.index(r, 0).data().toString()));
    }
};

QTEST_GUILESS_MAIN(TestProjectListModel)
#include "tst_projectlistmodel.moc"
