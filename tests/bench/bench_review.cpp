#include "followup/FollowUps.h"
#include "organisations/OrganisationListModel.h"
#include "organisations/Organisations.h"
#include "organisations/PartnerSuggestions.h"
#include "projects/ProjectRecord.h"
#include "reference/Communes.h"
#include "storage/Transaction.h"
#include "review/Dashboard.h"
#include "review/DashboardPage.h"
#include "review/ProjectSearch.h"
#include "review/SimilarProjects.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

// The mission officer's side at the scale of a department (100,000 projects): a full-text
// search under 50 ms, similar projects under 100 ms, the dashboard computed and drawn under
// 200 ms (95th percentile of repeated runs, each target asserted); « À relancer » read on another
// thread under 3 s,
// the directory listed under a second, who to meet for a project under 200 ms.
class BenchReview final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> m_w;

    // Nearest rank: the smallest value at least a share p of the runs do not exceed.
    static double percentile(QList<double> ms, double p)
    {
        std::sort(ms.begin(), ms.end());
        const auto rank = qsizetype(std::ceil(p * double(ms.size())));
        return ms.at(std::clamp<qsizetype>(rank - 1, 0, ms.size() - 1));
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        const QString path = TestSupport::cachedSyntheticWorkspace(100'000);
        QVERIFY(!path.isEmpty());
        QString error;
        m_w = Workspace::open(path, &error);
        QVERIFY2(m_w, qPrintable(error));
        // The index is built once (on the first search after the workspace was made or
        // migrated) and kept in the file.
        const int stale = ProjectSearch::staleCount(*m_w);
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(ProjectSearch::refreshIndex(*m_w, &error) >= 0, qPrintable(error));
        if (stale > 0)
            std::printf("Search index: %d projects indexed in %.2f s\n", stale,
                        double(timer.elapsed()) / 1000.0);
        // What is measured is a settled workspace: the index's hundred megabytes copied from the
        // write-ahead log into the file (on another thread) first.
        m_w->waitForCheckpoint();
    }

    void search()
    {
        struct Case
        {
            const char *text;
            bool filtered;
        };
        const QList<Case> cases = {
            {"alimentation", false},
            {"épicerie solidaire", false},
            {"jardin partagé", false},
            {"repair café", false},
            {"velo", false},
            {"bibliotheque de rue arras", false},
            {"alimentation", true},
            {"solidaire", true},
            {"personnes isolées", false},
            {"Côte d'Opale", false},
        };
        const qint64 edition = ProjectRecord::currentEdition(*m_w);
        // The comptoir with the most projects (some seeded comptoirs have none).
        QSqlQuery busiest(m_w->database());
        QVERIFY(busiest.exec(QStringLiteral(
            "SELECT venue_id FROM projects GROUP BY venue_id ORDER BY count(*) DESC LIMIT 1")));
        QVERIFY(busiest.next());
        const qint64 venue = busiest.value(0).toLongLong();
        // Round 0 is each search's first run (the pages it needs read from the file); the
        // targets are asserted on the rounds after it, and the first runs are printed.
        QList<double> times;
        QList<double> first;
        // The baseline: the raw FTS5 MATCH of the same words on a connection of its own,
        // counted, and ranked by the same BM25 weights to the same page (no filter, no rows,
        // no passages), run beside each search (a busy neighbour weighs on both alike).
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open_v2(m_w->filePath().toUtf8().constData(), &raw,
                                 SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        const auto rawSearch = [raw](const char *text) {
            const QByteArray match =
                ProjectSearch::matchExpression(QString::fromUtf8(text)).toUtf8();
            QElapsedTimer timer;
            timer.start();
            sqlite3_stmt *count = nullptr;
            sqlite3_prepare_v2(raw,
                               "SELECT count(*) FROM project_search WHERE project_search MATCH ?",
                               -1, &count, nullptr);
            sqlite3_bind_text(count, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
            const int total = sqlite3_step(count) == SQLITE_ROW ? sqlite3_column_int(count, 0) : -1;
            sqlite3_finalize(count);
            sqlite3_stmt *page = nullptr;
            sqlite3_prepare_v2(raw,
                               "SELECT rowid FROM project_search WHERE project_search MATCH ?"
                               " ORDER BY bm25(project_search, 5.0, 1.0) LIMIT 200",
                               -1, &page, nullptr);
            sqlite3_bind_text(page, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
            int shown = 0;
            while (sqlite3_step(page) == SQLITE_ROW)
                ++shown;
            sqlite3_finalize(page);
            return total >= shown ? double(timer.nsecsElapsed()) / 1e6 : -1.0;
        };
        // Nine rounds measured: a search of a few milliseconds moves by a fifth from one round to
        // the next on a shared machine, and the median of nine of them much less.
        constexpr int kRounds = 9;
        QHash<int, QList<double>> rawTimes; // by case, rounds 1 to kRounds
        QHash<int, QList<double>> ourTimes;
        for (int round = 0; round <= kRounds; ++round) {
            for (int i = 0; i < cases.size(); ++i) {
                const Case &c = cases.at(i);
                ProjectSearch::Query query;
                query.text = QString::fromUtf8(c.text);
                if (c.filtered) {
                    query.editionId = edition;
                    query.venueId = venue;
                    query.stage = Stage::Deposited;
                }
                // Each side first in every other round: the second finds the processor's caches
                // warm with the pages the first just read (a third of a short search's time).
                const bool rawFirst = round % 2 == 0 && round > 0;
                const double rawBefore = rawFirst ? rawSearch(c.text) : 0;
                QString error;
                QElapsedTimer timer;
                timer.start();
                const auto result = ProjectSearch::run(*m_w, query, &error);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                (round == 0 ? first : times) << ms;
                QVERIFY2(result, qPrintable(error));
                const double rawMs = rawFirst ? rawBefore : rawSearch(c.text);
                QVERIFY(rawMs >= 0);
                if (round > 0) {
                    ourTimes[i] << ms;
                    rawTimes[i] << rawMs;
                }
                if (round == 0)
                    std::printf("  « %s »%s: %d projects, %lld shown, %.1f ms\n", c.text,
                                c.filtered ? " (edition, comptoir, stage)" : "", result->total,
                                qint64(result->hits.size()), first.constLast());
            }
        }
        sqlite3_close(raw);
        double worst = 0;
        for (int i = 0; i < cases.size(); ++i) {
            const double ratio = TestSupport::reportBaseline(
                QStringLiteral("search « %1 »%2 (median of %3)")
                    .arg(QString::fromUtf8(cases.at(i).text),
                         cases.at(i).filtered ? QStringLiteral(" with filters") : QString())
                    .arg(kRounds),
                percentile(ourTimes[i], 0.5), percentile(rawTimes[i], 0.5), QStringLiteral("ms"),
                2);
            worst = std::max(worst, ratio);
        }
        QVERIFY2(worst < 2, "target: every search under twice its raw FTS5 query");

        const double p95 = percentile(times, 0.95);
        std::printf("Search at 100,000 projects: median %.1f ms, p95 %.1f ms, max %.1f ms "
                    "(target < 50 ms); first run of each search: median %.1f ms, max %.1f ms\n",
                    percentile(times, 0.5), p95, percentile(times, 1.0), percentile(first, 0.5),
                    percentile(first, 1.0));
        QVERIFY2(p95 < 50.0, qPrintable(QStringLiteral("p95 %1 ms").arg(p95)));
    }

    // Not a target of the issue: how long the failing-eligibility filter takes when it has to
    // check a whole edition's matches of a common word, project by project. Printed only.
    void eligibilityFilter()
    {
        ProjectSearch::Query query;
        query.text = QStringLiteral("alimentation");
        query.editionId = ProjectRecord::currentEdition(*m_w);
        query.eligibilityFailing = true;
        int candidates = 0;
        QString error;
        QElapsedTimer timer;
        timer.start();
        const auto result = ProjectSearch::run(*m_w, query, &error, [&](int, int total) {
            candidates = total;
            return true;
        });
        QVERIFY2(result, qPrintable(error));
        std::printf("Failing eligibility among %d matches of one edition: %d found in %.2f s\n",
                    candidates, result->total, double(timer.elapsed()) / 1000.0);
    }

    void similar()
    {
        QList<qint64> ids;
        QSqlQuery query(m_w->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects ORDER BY id")));
        int i = 0;
        while (query.next()) {
            if (i++ % 5000 == 17)
                ids << query.value(0).toLongLong();
        }
        QList<double> times;
        for (int round = 0; round < 2; ++round) {
            for (const qint64 id : std::as_const(ids)) {
                QString error;
                QElapsedTimer timer;
                timer.start();
                const auto matches = SimilarProjects::find(*m_w, id, 10, &error);
                times << double(timer.nsecsElapsed()) / 1e6;
                QVERIFY2(matches, qPrintable(error));
                QVERIFY(!matches->isEmpty());
            }
        }
        const double p95 = percentile(times, 0.95);
        std::printf("Similar projects at 100,000 projects: median %.1f ms, p95 %.1f ms, max %.1f "
                    "ms (target < 100 ms)\n",
                    percentile(times, 0.5), p95, percentile(times, 1.0));
        QVERIFY2(p95 < 100.0, qPrintable(QStringLiteral("p95 %1 ms").arg(p95)));
    }

    // After the comptoir at a department's scale: « À relancer » over the accompanied projects,
    // the directory's list, and who to meet for a project (a directory of 200 partners added in a
    // transaction that is rolled back: the cached workspace stays as it was).
    void afterTheComptoir()
    {
        // Read on another thread (the window never waits for it), as when a workspace opens or
        // the tab is shown.
        QList<double> lists;
        int count = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            QFuture<FollowUps::Read> read =
                FollowUps::readInBackground(m_w->filePath(), QDate::currentDate());
            read.waitForFinished();
            lists << double(timer.nsecsElapsed()) / 1e6;
            QVERIFY2(read.result().error.isEmpty(), qPrintable(read.result().error));
            count = int(read.result().rows.size());
        }
        // Meanwhile the window goes on reading its workspace: one project's row at a time.
        QFuture<FollowUps::Read> during =
            FollowUps::readInBackground(m_w->filePath(), QDate::currentDate());
        QList<double> meanwhile;
        QSqlQuery row(m_w->database());
        row.prepare(QStringLiteral("SELECT title FROM projects WHERE id = ?"));
        while (!during.isFinished()) {
            QElapsedTimer timer;
            timer.start();
            row.addBindValue(qint64(1 + meanwhile.size() * 997 % 100'000));
            QVERIFY(row.exec());
            row.next();
            meanwhile << double(timer.nsecsElapsed()) / 1e6;
            QTest::qWait(5);
        }
        const double meanwhileMax = meanwhile.isEmpty() ? 0.0 : percentile(meanwhile, 1.0);
        std::printf("  meanwhile, %lld reads of a project on the window's connection: max %.1f ms"
                    " (target < 100 ms)\n",
                    static_cast<long long>(meanwhile.size()), meanwhileMax);
        QVERIFY2(meanwhileMax < 100.0, qPrintable(QStringLiteral("%1 ms").arg(meanwhileMax)));
        const double listMedian = percentile(lists, 0.5);
        std::printf("« À relancer » at 100,000 projects: %d projects to follow up, read on another"
                    " thread in %.1f ms median (target < 3,000 ms; the window does not wait)\n",
                    count, listMedian);
        QVERIFY2(listMedian < 3000.0, qPrintable(QStringLiteral("%1 ms").arg(listMedian)));

        Transaction scratch(m_w->database());
        const QStringList themes = {QStringLiteral("Alimentation"), QStringLiteral("Culture"),
                                    QStringLiteral("Sport"), QStringLiteral("Environnement"),
                                    QStringLiteral("Solidarité")};
        const QList<Commune> &communes = Communes::all();
        for (int i = 0; i < 200; ++i) {
            Organisations::Organisation o;
            o.name = QStringLiteral("Partenaire de mesure %1").arg(i);
            o.directoryKind = Organisations::DirectoryKind(1 + i % 4);
            o.themes = {themes.at(i % themes.size())};
            for (int c = 0; c < 20; ++c)
                o.communeCodes << communes.at((i * 37 + c * 11) % communes.size()).code;
            QVERIFY(Organisations::save(*m_w, o));
        }
        OrganisationListModel model;
        QElapsedTimer listed;
        listed.start();
        model.setWorkspace(m_w.get());
        const double directoryMs = double(listed.nsecsElapsed()) / 1e6;
        QList<double> suggested;
        QSqlQuery query(m_w->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects WHERE id % 5000 = 17")));
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        for (const qint64 id : std::as_const(ids)) {
            QElapsedTimer timer;
            timer.start();
            const auto partners = PartnerSuggestions::partners(*m_w, id);
            const auto projects = PartnerSuggestions::projects(*m_w, id);
            suggested << double(timer.nsecsElapsed()) / 1e6;
            QVERIFY(partners && projects);
        }
        const double suggestedP95 = percentile(suggested, 0.95);
        std::printf("Directory of %d organisations listed in %.1f ms (target < 1,000 ms); who to "
                    "meet for a project: median %.1f ms, p95 %.1f ms (target < 200 ms)\n",
                    model.rowCount(), directoryMs, percentile(suggested, 0.5), suggestedP95);
        QVERIFY2(directoryMs < 1000.0, qPrintable(QStringLiteral("%1 ms").arg(directoryMs)));
        QVERIFY2(suggestedP95 < 200.0, qPrintable(QStringLiteral("%1 ms").arg(suggestedP95)));
    }

    void dashboard()
    {
        const qint64 edition = ProjectRecord::currentEdition(*m_w);
        QList<double> computed;
        for (int round = 0; round < 5; ++round) {
            QString error;
            QElapsedTimer timer;
            timer.start();
            const auto d = Dashboard::compute(*m_w, edition, QDate::currentDate(), &error);
            computed << double(timer.nsecsElapsed()) / 1e6;
            QVERIFY2(d, qPrintable(error));
            QVERIFY(d->total.count > 0);
        }
        std::printf("Dashboard figures (one edition): median %.1f ms\n", percentile(computed, 0.5));

        // Computed and drawn: the page's charts and tables, painted.
        DashboardPage page;
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setWorkspace(m_w.get());
        QList<double> times;
        for (int round = 0; round < 20; ++round) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY(page.reload());
            page.grab();
            times << double(timer.nsecsElapsed()) / 1e6;
        }
        const double p95 = percentile(times, 0.95);
        std::printf(
            "Dashboard at 100,000 projects, computed and drawn (20 times): median %.1f ms, p95 "
            "%.1f ms, max %.1f ms (target < 200 ms)\n",
            percentile(times, 0.5), p95, percentile(times, 1.0));
        QVERIFY2(p95 < 200.0, qPrintable(QStringLiteral("p95 %1 ms").arg(p95)));
    }
};

QTEST_MAIN(BenchReview)
#include "bench_review.moc"
