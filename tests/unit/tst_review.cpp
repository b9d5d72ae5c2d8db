#include "exchange/BundleImport.h"
#include "exchange/BundleWriter.h"
#include "methodology/Methodology.h"
#include "projects/ProjectAnswers.h"
#include "projects/ProjectRecord.h"
#include "review/Dashboard.h"
#include "review/ProjectLinks.h"
#include "review/ProjectSearch.h"
#include "review/Review.h"
#include "review/SimilarProjects.h"
#include "rules/Edition.h"
#include "rules/SubsidyEstimate.h"
#include "storage/Workspace.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The mission officer's models: full-text search, reviews, similar projects, links and merges,
// and the dashboard, on real workspace files.
class TestReview final : public QObject
{
    Q_OBJECT

private:
    // A test of its own workspace: project() writes there (with an edition of 2027 when asked)
    // until the scope ends, then the shared workspace is back.
    class Scratch
    {
    public:
        Scratch(TestReview *test, const QString &name, bool withEdition)
            : m_test(test)
            , m_edition(std::exchange(test->m_edition, 0))
        {
            QString error;
            m_workspace =
                Workspace::create(m_dir.filePath(name + QStringLiteral(".comptoirdb")), &error);
            if (!m_workspace)
                qFatal("%s", qPrintable(error));
            std::swap(m_workspace, test->m_w);
            if (withEdition)
                test->m_edition = Edition::save(*test->m_w, Edition::forYear(2027), &error);
        }
        ~Scratch()
        {
            std::swap(m_workspace, m_test->m_w);
            m_test->m_edition = m_edition;
        }
        Scratch(const Scratch &) = delete;
        Scratch &operator=(const Scratch &) = delete;
        QString path(const QString &name) const { return m_dir.filePath(name); }

    private:
        TestReview *m_test;
        QTemporaryDir m_dir;
        std::unique_ptr<Workspace> m_workspace;
        qint64 m_edition;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_w;
    qint64 m_edition = 0;
    QList<ProjectRecord::Choice> m_venues;
    QList<ProjectRecord::Choice> m_categories;

    qint64 project(const QString &title, const QString &summary, qint64 venue = 0,
                   const QList<std::pair<QString, QJsonValue>> &answers = {})
    {
        QString error;
        const qint64 id = ProjectRecord::create(*m_w, m_edition, venue, 0, &error);
        if (id <= 0)
            qFatal("%s", qPrintable(error));
        QList<std::pair<QString, QJsonValue>> all = answers;
        all.prepend({QStringLiteral("idee.resume"), summary});
        all.prepend({QStringLiteral("idee.titre"), title});
        for (const auto &[key, value] : all) {
            if (!ProjectAnswers::write(*m_w, id, key, value, QStringLiteral("idee-au-projet"), 1,
                                       &error))
                qFatal("%s", qPrintable(error));
        }
        return id;
    }

    QList<qint64> ids(const ProjectSearch::Result &result)
    {
        QList<qint64> list;
        for (const ProjectSearch::Hit &hit : result.hits)
            list << hit.id;
        return list;
    }

    ProjectSearch::Result search(const ProjectSearch::Query &query)
    {
        QString error;
        std::optional<ProjectSearch::Result> result = ProjectSearch::run(*m_w, query, &error);
        if (!result)
            qFatal("%s", qPrintable(error));
        return *result;
    }

    ProjectSearch::Result search(const QString &text)
    {
        ProjectSearch::Query query;
        query.text = text;
        return search(query);
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QString error;
        m_w = Workspace::create(m_dir.filePath(QStringLiteral("review.comptoirdb")), &error);
        QVERIFY2(m_w, qPrintable(error));
        const Edition edition = Edition::forYear(2027);
        m_edition = Edition::save(*m_w, edition, &error);
        QVERIFY2(m_edition > 0, qPrintable(error));
        m_venues = ProjectRecord::venues(*m_w);
        QVERIFY(m_venues.size() >= 3);
        m_categories = ProjectRecord::categories(*m_w, m_edition);
        QCOMPARE(m_categories.size(), 3);
    }

    void stemAndExpression()
    {
        QCOMPARE(ProjectSearch::stem(QStringLiteral("alimentation")), QStringLiteral("aliment"));
        QCOMPARE(ProjectSearch::stem(QStringLiteral("alimentaire")), QStringLiteral("aliment"));
        QCOMPARE(ProjectSearch::stem(QStringLiteral("epiceries")), QStringLiteral("epiceri"));
        QCOMPARE(ProjectSearch::stem(QStringLiteral("epicerie")), QStringLiteral("epiceri"));
        QCOMPARE(ProjectSearch::stem(QStringLiteral("velo")), QStringLiteral("velo"));
        QCOMPARE(ProjectSearch::matchExpression(QStringLiteral("L'Épicerie de Liévin")),
                 QStringLiteral("\"epiceri\"* \"lievin\"*"));
        // FTS5's own syntax never reaches it: quotes, stars, NEAR, parentheses are dropped.
        QCOMPARE(ProjectSearch::matchExpression(QStringLiteral("\"vélo\" OR (NEAR* -x)")),
                 QStringLiteral("\"velo\"* \"or\" \"near\"* \"x\""));
        QVERIFY(ProjectSearch::matchExpression(QStringLiteral(" ?! ")).isEmpty());
        QCOMPARE(ProjectSearch::snippetHtml(QStringLiteral("a <b> \x01"
                                                           "mot\x02 & c")),
                 QStringLiteral("a &lt;b&gt; <b>mot</b> &amp; c"));
        // The parts of the text apart: each run of spaces holding a line break is one " · ",
        // other spaces stay as they are; quotes escaped.
        QCOMPARE(ProjectSearch::snippetHtml(QStringLiteral("Titre \n\n  Résumé  \"long\"\t\nfin")),
                 QStringLiteral("Titre · Résumé  &quot;long&quot; · fin"));
        // The passage around the first word found, which is marked wherever it is.
        QCOMPARE(ProjectSearch::passage(QStringLiteral("Un deux trois quatre cinq six sept huit"
                                                       " Épiceries d'ici"),
                                        {QStringLiteral("epiceri")}),
                 QStringLiteral("…quatre cinq six sept huit \x01Épiceries\x02 d'ici"));
        QCOMPARE(ProjectSearch::passage(QStringLiteral("Le vélo, la velo-école"),
                                        {QStringLiteral("velo")}),
                 QStringLiteral("Le \x01vélo\x02, la \x01velo\x02-école"));
    }

    void searchIgnoresAccentsAndFindsStems()
    {
        const qint64 epicerie = project(
            QStringLiteral("Épicerie solidaire du Ternois"),
            QStringLiteral("Une épicerie itinérante pour les villages."), m_venues.at(0).id);
        const qint64 jardin =
            project(QStringLiteral("Jardin partagé"), QStringLiteral("Des légumes pour tous."),
                    m_venues.at(1).id,
                    {{QStringLiteral("idee.declencheur"),
                      QStringLiteral("L'aide alimentaire ne suffit plus dans le quartier.")}});
        const qint64 cantine =
            project(QStringLiteral("Cantine solidaire"),
                    QStringLiteral("Alimentation durable et circuits courts."), m_venues.at(1).id);

        QCOMPARE(ids(search(QStringLiteral("epicerie"))), QList<qint64>{epicerie});
        QCOMPARE(ids(search(QStringLiteral("ÉPICERIES"))), QList<qint64>{epicerie});
        QCOMPARE(ids(search(QStringLiteral("villag"))), QList<qint64>{epicerie});
        // An answer is searched as well as the title and summary; "alimentation" finds
        // "alimentaire" by its stem.
        const ProjectSearch::Result food = search(QStringLiteral("alimentation"));
        QCOMPARE(food.total, 2);
        const QList<qint64> found = ids(food);
        QCOMPARE(QSet<qint64>(found.cbegin(), found.cend()), (QSet<qint64>{jardin, cantine}));
        for (const ProjectSearch::Hit &hit : food.hits)
            QVERIFY2(hit.snippet.contains(QLatin1String("<b>Aliment")) ||
                         hit.snippet.contains(QLatin1String("<b>aliment")),
                     qPrintable(hit.snippet));
        // Every word must be found.
        QCOMPARE(ids(search(QStringLiteral("solidaire cantine"))), QList<qint64>{cantine});
        QCOMPARE(search(QStringLiteral("solidaire")).total, 2);
        QCOMPARE(search(QStringLiteral("introuvable")).total, 0);
        // A title counts more than the text.
        const qint64 titled = project(QStringLiteral("Légumerie"), QStringLiteral("Rien d'autre."));
        const qint64 texted =
            project(QStringLiteral("Atelier"), QStringLiteral("Une légumerie, un jour peut-être."));
        QCOMPARE(ids(search(QStringLiteral("legumerie"))), (QList<qint64>{titled, texted}));

        // Edits keep being written while the project waits to be indexed (the triggers that
        // mark it must not collide with the mark already there, whatever the write's own
        // conflict clause: answers are written by upsert).
        QString writeError;
        for (const QString &text : {QStringLiteral("Un"), QStringLiteral("Deux")}) {
            QVERIFY2(ProjectAnswers::write(*m_w, texted, QStringLiteral("idee.declencheur"), text,
                                           QStringLiteral("idee-au-projet"), 1, &writeError),
                     qPrintable(writeError));
            QVERIFY2(ProjectAnswers::write(*m_w, texted, QStringLiteral("idee.titre"),
                                           QStringLiteral("Atelier ") + text,
                                           QStringLiteral("idee-au-projet"), 1, &writeError),
                     qPrintable(writeError));
        }
        QCOMPARE(ProjectSearch::staleCount(*m_w), 1);
        QCOMPARE(ids(search(QStringLiteral("atelier deux"))), QList<qint64>{texted});

        // An edit is searchable at once: the index catches up before reading.
        QString error;
        QVERIFY(ProjectAnswers::write(*m_w, texted, QStringLiteral("idee.resume"),
                                      QStringLiteral("Une conserverie."),
                                      QStringLiteral("idee-au-projet"), 1, &error));
        QCOMPARE(ProjectSearch::staleCount(*m_w), 1);
        QCOMPARE(ids(search(QStringLiteral("legumerie"))), QList<qint64>{titled});
        QCOMPARE(ProjectSearch::staleCount(*m_w), 0);
        QVERIFY(ProjectRecord::remove(*m_w, titled, &error));
        QCOMPARE(search(QStringLiteral("legumerie")).total, 0);
        QVERIFY(ProjectRecord::remove(*m_w, texted, &error));
    }

    void filtersCombine()
    {
        ProjectSearch::Query query;
        query.text = QStringLiteral("solidaire");
        query.venueId = m_venues.at(1).id;
        const ProjectSearch::Result atVenue = search(query);
        QCOMPARE(atVenue.total, 1);
        QCOMPARE(atVenue.hits.first().title, QStringLiteral("Cantine solidaire"));
        query.stage = Stage::Ready;
        QCOMPARE(search(query).total, 0);
        query.stage = Stage::Idea;
        QCOMPARE(search(query).total, 1);

        // Review status, and no text at all: the filters alone, the latest edited first.
        QString error;
        const qint64 cantine = atVenue.hits.first().id;
        QVERIFY2(Review::setStatus(*m_w, cantine, Review::Status::Admissible,
                                   QStringLiteral("Inès"), &error),
                 qPrintable(error));
        ProjectSearch::Query byStatus;
        byStatus.status = Review::Status::Admissible;
        QCOMPARE(ids(search(byStatus)), QList<qint64>{cantine});
        byStatus.status = Review::Status::ToReview;
        QCOMPARE(search(byStatus).total, 2); // never reviewed counts as "to review"
        const QStringList titles = [&] {
            QStringList t;
            for (const ProjectSearch::Hit &hit : search(byStatus).hits)
                t << hit.title;
            return t;
        }();
        QCOMPARE(titles, (QStringList{QStringLiteral("Jardin partagé"),
                                      QStringLiteral("Épicerie solidaire du Ternois")}));

        // Failing eligibility: none of these projects is ready, each fails a check.
        ProjectSearch::Query failing;
        failing.text = QStringLiteral("jardin");
        failing.eligibilityFailing = true;
        int calls = 0;
        std::optional<ProjectSearch::Result> result =
            ProjectSearch::run(*m_w, failing, &error, [&calls](int, int) { return ++calls > 0; });
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->total, 1);
        QVERIFY(calls >= 1);
        // Stopped: nothing is returned.
        QVERIFY(!ProjectSearch::run(*m_w, failing, &error, [](int, int) { return false; }));
    }

    void reviewIsSaved()
    {
        const qint64 id = search(QStringLiteral("jardin")).hits.first().id;
        QString error;
        std::optional<Review> review = Review::load(*m_w, id, &error);
        QVERIFY2(review, qPrintable(error));
        QCOMPARE(review->status, Review::Status::ToReview);
        QVERIFY(review->updatedAt.isEmpty());
        QCOMPARE(review->criteria.size(), 3);
        QVERIFY(!review->weightedScore());

        QVERIFY(
            Review::setStatus(*m_w, id, Review::Status::ToRework, QStringLiteral("Inès"), &error));
        QVERIFY(Review::addComment(*m_w, id, QStringLiteral("Inès"),
                                   QStringLiteral("Préciser le budget."), &error) > 0);
        QCOMPARE(Review::addComment(*m_w, id, QStringLiteral("Inès"), QStringLiteral("  "), &error),
                 -1);
        QVERIFY(!error.isEmpty());
        // Weights 3, 1, 1 and scores 5, 0, 5: (15 + 0 + 5) / (5 × 5) = 80 %.
        QSqlQuery weights(m_w->database());
        QVERIFY(weights.exec(QStringLiteral(
            "UPDATE categories SET score_weight = CASE position WHEN 0 THEN 3 ELSE 1 END")));
        const QList<int> scores = {5, 0, 5};
        for (int i = 0; i < 3; ++i)
            QVERIFY2(Review::setScore(*m_w, id, review->criteria.at(i).categoryId, scores.at(i),
                                      QStringLiteral("Comité"), &error),
                     qPrintable(error));
        QVERIFY(!Review::setScore(*m_w, id, review->criteria.at(0).categoryId, 6,
                                  QStringLiteral("Comité"), &error));

        // Read back by another connection: what was committed is on disk.
        QCOMPARE(TestSupport::readBack(
                     m_w->filePath(),
                     QStringLiteral("SELECT status FROM reviews WHERE project_id = %1").arg(id)),
                 QVariant(QStringLiteral("to_rework")));
        review = Review::load(*m_w, id, &error);
        QVERIFY(review);
        QCOMPARE(review->status, Review::Status::ToRework);
        QCOMPARE(review->reviewer, QStringLiteral("Inès"));
        QCOMPARE(review->comments.size(), 1);
        QCOMPARE(review->comments.first().body, QStringLiteral("Préciser le budget."));
        QCOMPARE(review->criteria.at(0).weight, 3);
        QCOMPARE(review->criteria.at(0).score, std::optional<int>(5));
        QCOMPARE(*review->weightedScore(), 80.0);
        // A cleared score leaves the grid incomplete.
        QVERIFY(Review::setScore(*m_w, id, review->criteria.at(1).categoryId, std::nullopt,
                                 QString(), &error));
        QVERIFY(!Review::load(*m_w, id, &error)->weightedScore());
        QVERIFY(Review::removeComment(*m_w, review->comments.first().id, &error));
        QCOMPARE(Review::load(*m_w, id, &error)->comments.size(), 0);
    }

    void similarRanksAKnownSet()
    {
        const Scratch scratch(this, QStringLiteral("similar"), false);
        QString error;
        const qint64 base =
            project(QStringLiteral("Repair café mensuel"),
                    QStringLiteral("Réparer ensemble les objets du quotidien : vélos, grille-pain, "
                                   "vêtements, avec des bénévoles bricoleurs."));
        const qint64 twin = project(
            QStringLiteral("Repair café du quartier"),
            QStringLiteral("Des bénévoles bricoleurs aident à réparer les objets du quotidien."));
        const qint64 cousin = project(QStringLiteral("Atelier vélo solidaire"),
                                      QStringLiteral("Réparer son vélo avec des bénévoles."));
        project(QStringLiteral("Chorale intergénérationnelle"),
                QStringLiteral("Chanter ensemble, jeunes et anciens."));
        project(QStringLiteral("Festival de contes"), QStringLiteral("Des conteurs au village."));
        project(QStringLiteral("Ferme urbaine"), QStringLiteral("Cultiver en ville."));

        std::optional<QList<SimilarProjects::Match>> similar =
            SimilarProjects::find(*m_w, base, 5, &error);
        QVERIFY2(similar, qPrintable(error));
        QVERIFY(similar->size() >= 2);
        QCOMPARE(similar->at(0).id, twin);
        QCOMPARE(similar->at(1).id, cousin);
        QVERIFY(similar->at(0).percent > similar->at(1).percent);
        QVERIFY(similar->at(0).percent <= 100);
        QVERIFY(similar->at(0).sharedWords.contains(QStringLiteral("bricoleurs")));
        for (const SimilarProjects::Match &m : *similar)
            QVERIFY(m.id != base);
        QVERIFY(!SimilarProjects::find(*m_w, 999999, 5, &error));

        // Words every project uses do not make two projects alike.
        const qint64 market = project(QStringLiteral("Marché du soir"),
                                      QStringLiteral("Chaque semaine, au pied de l'immeuble."));
        const qint64 compost =
            project(QStringLiteral("Composteurs collectifs"),
                    QStringLiteral("Chaque semaine, des composteurs au pied des immeubles."));
        similar = SimilarProjects::find(*m_w, market, 10, &error);
        QVERIFY2(similar, qPrintable(error));
        for (const SimilarProjects::Match &m : *similar) {
            for (const char *common : {"chaque", "semaine", "pied"})
                QVERIFY2(!m.sharedWords.contains(QLatin1String(common)),
                         qPrintable(m.sharedWords.join(QLatin1Char(','))));
        }
        // What they do share, the building, still counts.
        QVERIFY(!similar->isEmpty());
        QCOMPARE(similar->constFirst().id, compost);
    }

    void linkAndMerge()
    {
        const Scratch scratch(this, QStringLiteral("merge"), true);
        QString error;
        const qint64 kept = project(
            QStringLiteral("Épicerie solidaire"), QStringLiteral("Une épicerie."), 0,
            {{QStringLiteral("idee.declencheur"), QStringLiteral("Pas de commerce au village.")}});
        const qint64 gone = project(
            QStringLiteral("Épicerie solidaire itinérante"), QString(), 0,
            {{QStringLiteral("idee.declencheur"), QStringLiteral("Un camion qui passe.")},
             {QStringLiteral("besoin.qui"), QStringLiteral("Les habitants sans voiture.")}});
        const qint64 other = project(QStringLiteral("Ludothèque"), QStringLiteral("Jeux."));
        QVERIFY(Review::addComment(*m_w, gone, QStringLiteral("Inès"), QStringLiteral("Vu."),
                                   &error) > 0);

        QVERIFY(!ProjectLinks::link(*m_w, kept, kept, ProjectLinks::Kind::Duplicate, {}, &error));
        QVERIFY2(ProjectLinks::link(*m_w, kept, gone, ProjectLinks::Kind::Cooperation,
                                    QStringLiteral("À rapprocher"), &error),
                 qPrintable(error));
        // Linking again, either way round, changes the one link.
        QVERIFY(ProjectLinks::link(*m_w, gone, kept, ProjectLinks::Kind::Duplicate,
                                   QStringLiteral("Même idée"), &error));
        QVERIFY2(ProjectLinks::link(*m_w, gone, other, ProjectLinks::Kind::Cooperation, {}, &error),
                 qPrintable(error));
        std::optional<QList<ProjectLinks::Link>> links = ProjectLinks::links(*m_w, kept, &error);
        QVERIFY(links);
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().otherId, gone);
        QCOMPARE(links->first().kind, ProjectLinks::Kind::Duplicate);
        QCOMPARE(links->first().note, QStringLiteral("Même idée"));

        const QString goneUuid =
            TestSupport::readBack(
                m_w->filePath(),
                QStringLiteral("SELECT uuid FROM projects WHERE id = %1").arg(gone))
                .toString();
        std::optional<ProjectLinks::MergeReport> report =
            ProjectLinks::merge(*m_w, kept, gone, QStringLiteral("Inès"), &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->answersTaken, 1);    // besoin.qui
        QCOMPARE(report->answersSetAside, 2); // the title and the trigger differ
        QCOMPARE(report->commentsMoved, 1);

        const QHash<QString, ProjectAnswers::Answer> answers =
            ProjectAnswers::all(*m_w, kept, &error);
        QCOMPARE(answers.value(QStringLiteral("idee.declencheur")).value.toString(),
                 QStringLiteral("Pas de commerce au village."));
        QCOMPARE(answers.value(QStringLiteral("besoin.qui")).value.toString(),
                 QStringLiteral("Les habitants sans voiture."));
        const std::optional<Review> review = Review::load(*m_w, kept, &error);
        QCOMPARE(review->comments.size(), 2);
        QVERIFY(review->comments.last().body.contains(QLatin1String("Un camion qui passe.")));
        QVERIFY(review->comments.last().body.contains(goneUuid));
        // The other project's link now goes to the kept one; the pair itself is gone.
        links = ProjectLinks::links(*m_w, kept, &error);
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().otherId, other);
        QCOMPARE(TestSupport::readBack(
                     m_w->filePath(),
                     QStringLiteral("SELECT count(*) FROM projects WHERE id = %1").arg(gone)),
                 QVariant(0));
        QCOMPARE(TestSupport::readBack(
                     m_w->filePath(),
                     QStringLiteral("SELECT into_project_id FROM merged_projects WHERE uuid = '%1'")
                         .arg(goneUuid)),
                 QVariant(kept));
        QVERIFY(!ProjectLinks::merge(*m_w, kept, gone, {}, &error));
    }

    void reviewsTravelInFiles()
    {
        const Scratch scratch(this, QStringLiteral("a"), true);
        QString error;
        const qint64 one = project(QStringLiteral("Recyclerie"), QStringLiteral("Des objets."));
        const qint64 two = project(QStringLiteral("Recyclerie bis"), QStringLiteral("Des objets."));
        const qint64 category = ProjectRecord::categories(*m_w, m_edition).first().id;
        QVERIFY(
            Review::setStatus(*m_w, one, Review::Status::ToRework, QStringLiteral("Inès"), &error));
        QVERIFY(Review::addComment(*m_w, one, QStringLiteral("Inès"), QStringLiteral("À revoir."),
                                   &error) > 0);
        QVERIFY(Review::setScore(*m_w, one, category, 3, QStringLiteral("Inès"), &error));
        QVERIFY(ProjectLinks::link(*m_w, one, two, ProjectLinks::Kind::Duplicate, {}, &error));
        const QString file = scratch.path(QStringLiteral("a.comptoir"));
        QVERIFY2(BundleWriter::writeFile(*m_w, {one, two}, file, &error), qPrintable(error));

        // Another officer's workspace takes everything in.
        auto other = Workspace::create(scratch.path(QStringLiteral("b.comptoirdb")), &error);
        QVERIFY(other);
        QVERIFY2(
            BundleImport::importFile(*other, file, BundleImport::ConflictChoice::AsPlanned, &error),
            qPrintable(error));
        const auto scalar = [&](const QString &sql) {
            return TestSupport::readBack(other->filePath(), sql);
        };
        QCOMPARE(scalar(QStringLiteral("SELECT r.status || '/' || r.reviewer FROM reviews r JOIN "
                                       "projects p ON p.id = r.project_id WHERE p.title = "
                                       "'Recyclerie'")),
                 QVariant(QStringLiteral("to_rework/Inès")));
        QCOMPARE(scalar(QStringLiteral("SELECT body FROM review_comments")),
                 QVariant(QStringLiteral("À revoir.")));
        QCOMPARE(scalar(QStringLiteral("SELECT score FROM review_scores")), QVariant(3));
        QCOMPARE(scalar(QStringLiteral("SELECT kind FROM project_links")),
                 QVariant(QStringLiteral("duplicate")));

        // A newer status wins; the same file again changes nothing.
        const qint64 otherOne =
            scalar(QStringLiteral("SELECT id FROM projects WHERE title = 'Recyclerie'"))
                .toLongLong();
        QTest::qWait(5); // a later timestamp
        QVERIFY(Review::setStatus(*other, otherOne, Review::Status::Admissible,
                                  QStringLiteral("Zoé"), &error));
        QVERIFY(BundleImport::importFile(*other, file, BundleImport::ConflictChoice::AsPlanned,
                                         &error));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM reviews")),
                 QVariant(QStringLiteral("admissible")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM reviews")), QVariant(1));

        // Merged here, the duplicate does not come back with the file.
        const qint64 otherTwo =
            scalar(QStringLiteral("SELECT id FROM projects WHERE title = 'Recyclerie bis'"))
                .toLongLong();
        QVERIFY2(ProjectLinks::merge(*other, otherOne, otherTwo, QStringLiteral("Zoé"), &error),
                 qPrintable(error));
        std::optional<BundleImport::Report> report =
            BundleImport::importFile(*other, file, BundleImport::ConflictChoice::AsPlanned, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM projects")), QVariant(1));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM project_links")), QVariant(0));
    }

    void filesFromBeforeTheReviewImport()
    {
        // Written by the Comptoir of the exchange issue: no review lists, no category weights.
        const QString file =
            QStringLiteral(COMPTOIR_SOURCE_DIR "/tests/fuzz/corpus/bundle/ready.comptoir");
        QVERIFY(!TestSupport::fileBytes(file).contains("scoreWeight"));
        QTemporaryDir dir;
        QString error;
        auto w = Workspace::create(dir.filePath(QStringLiteral("old.comptoirdb")), &error);
        QVERIFY(w);
        const std::optional<BundleImport::Report> report =
            BundleImport::importFile(*w, file, BundleImport::ConflictChoice::AsPlanned, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->added > 0);
        QCOMPARE(TestSupport::readBack(w->filePath(),
                                       QStringLiteral("SELECT min(score_weight) || '-' || "
                                                      "max(score_weight) FROM categories")),
                 QVariant(QStringLiteral("1-1")));
        // Imported projects are found by the search at once.
        QString title = TestSupport::readBack(w->filePath(),
                                              QStringLiteral("SELECT title FROM projects LIMIT 1"))
                            .toString();
        ProjectSearch::Query query;
        query.text = title;
        const std::optional<ProjectSearch::Result> found = ProjectSearch::run(*w, query, &error);
        QVERIFY2(found, qPrintable(error));
        QVERIFY(found->total >= 1);
    }

    void dashboardAgainstHandComputedNumbers()
    {
        const Scratch scratch(this, QStringLiteral("dash"), false);
        QString error;
        Edition edition = Edition::forYear(2027);
        edition.envelopeCents = 572'000'00;
        edition.depositStart = QDate(2027, 3, 1);
        edition.depositEnd = QDate(2027, 5, 31);
        m_edition = Edition::save(*m_w, edition, &error);
        QVERIFY2(m_edition > 0, qPrintable(error));
        const QList<ProjectRecord::Choice> categories = ProjectRecord::categories(*m_w, m_edition);
        const QList<ProjectRecord::Choice> venues = ProjectRecord::venues(*m_w);
        struct P
        {
            int venue;
            int category; // -1: none
            qint64 cents;
            const char *commune;
        };
        // Ceilings of the scheme: 20,000, 15,000 and 4,500 € (Edition::forYear).
        const QList<P> projects = {{0, 0, 4'000'00, "Arras"},   {0, 0, 9'000'00, "Arras"},
                                   {1, 1, 12'000'00, "Lens"},   {1, 2, 20'000'00, "Lens"},
                                   {2, -1, 3'000'00, "Calais"}, {2, 2, 0, "Arras"}};
        qint64 requested = 0;
        qint64 estimated = 0;
        qint64 first = 0;
        for (const P &p : projects) {
            const qint64 id = project(QStringLiteral("Projet"), QString(), venues.at(p.venue).id);
            if (first == 0)
                first = id;
            if (p.category >= 0)
                QVERIFY(ProjectRecord::setLink(*m_w, id, ProjectRecord::Link::Category,
                                               categories.at(p.category).id, &error));
            QSqlQuery q(m_w->database());
            q.prepare(QStringLiteral(
                "UPDATE projects SET amount_requested_cents = ?, commune = ? WHERE id = ?"));
            q.addBindValue(p.cents);
            q.addBindValue(QString::fromUtf8(p.commune));
            q.addBindValue(id);
            QVERIFY(q.exec());
            requested += p.cents;
            const ProjectRecord::Choice category =
                p.category >= 0 ? categories.at(p.category) : ProjectRecord::Choice{};
            estimated += SubsidyEstimate::compute(p.cents, category.name, 0, category.ceilingCents,
                                                  edition.envelopeCents)
                             .amountCents;
        }
        // 4,000 + 9,000 + 12,000 + 4,500 (the ceiling) + 0 (no category) + 0 (no amount).
        QCOMPARE(estimated, qint64(29'500'00));
        QVERIFY2(Review::setStatus(*m_w, first, Review::Status::Admissible, {}, &error),
                 qPrintable(error));

        const std::optional<Dashboard> d =
            Dashboard::compute(*m_w, m_edition, QDate(2027, 4, 15), &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->total.count, 6);
        QCOMPARE(d->total.requestedCents, requested);
        QCOMPARE(d->total.estimatedCents, estimated);
        QCOMPARE(d->envelopeCents, qint64(572'000'00));
        QCOMPARE(d->byCommune.first().label, QStringLiteral("Arras"));
        QCOMPARE(d->byCommune.first().count, 3);
        QCOMPARE(d->byCommune.first().requestedCents, qint64(13'000'00));
        QCOMPARE(d->byCommune.first().estimatedCents, qint64(13'000'00));
        QCOMPARE(d->byCategory.size(), 4); // three categories and "none"
        QCOMPARE(d->byCategory.at(0).count, 2);
        QCOMPARE(d->byCategory.at(2).estimatedCents, qint64(4'500'00));
        QCOMPARE(d->byCategory.at(3).count, 1);
        QCOMPARE(d->byStage.size(), 6);
        QCOMPARE(d->byStage.first().count, 6); // every project is an idea
        QCOMPARE(d->byStatus.at(0).count, 5);  // to review
        QCOMPARE(d->byStatus.at(2).count, 1);  // admissible
        int venueCount = 0;
        for (const Dashboard::Row &row : d->byVenue)
            venueCount += row.count;
        QCOMPARE(venueCount, 6);
        // Deposit from March 1st to May 31st: on April 15th, 45 of 91 days are behind us.
        QCOMPARE(d->calendar.at(1).percent, 49);
        QCOMPARE(d->calendar.at(0).percent, 82); // comptoirs: 73 of 88 days
        QCOMPARE(d->calendar.at(2).percent, 0);  // the committee meets in June

        const QByteArray csv = d->csv(Dashboard::Axis::Commune);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("Arras;3;13000,00;13000,00\r\n"));
        QVERIFY(d->budgetCsv().contains(";572000,00\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
