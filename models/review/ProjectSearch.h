#pragma once

#include "projects/Stage.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class Workspace;

// Full-text search over the projects of a workspace: titles, summaries, themes, communes and
// every answer, through SQLite's FTS5 (the project_search table of schema 5), accents and case
// ignored. A word of four letters or more also finds the words it starts (and, for French
// endings, those of its stem): "alimentation" finds "alimentaire", "epicerie" finds "Épiceries".
// Combined with filters on the project (edition, comptoir, stage, category, commune,
// arrondissement, EPCI, review
// status, the import that brought it, failing eligibility).
//
// Edits only mark a project as stale (triggers of schema 5); refreshIndex() brings the index up to
// date in one transaction, and run() calls it first, so a search always sees every committed
// edit.
class ProjectSearch final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectSearch)

public:
    struct Query
    {
        QString text;
        qint64 editionId = 0; // 0: any
        qint64 venueId = 0;
        qint64 categoryId = 0;
        std::optional<Stage> stage;
        QString commune; // the project's commune, as written
        // The arrondissement's code, the EPCI's SIREN: its communes' projects (by the code of
        // the project's main commune).
        QString arrondissement;
        QString epci;
        std::optional<Review::Status> status;
        qint64 importId = 0; // projects a given import added, updated or merged
        bool eligibilityFailing = false;
        int limit = 200; // hits returned (the count covers them all)
    };

    struct Hit
    {
        qint64 id = 0;
        QString title;
        QString venue;
        QString commune;
        Stage stage = Stage::Idea;
        // A passage of the text around the words found, as HTML: the words in <b>, the rest
        // escaped. The beginning of the summary when there is no text to search.
        QString snippet;
    };

    struct Result
    {
        QList<Hit> hits; // best first (by relevance; without text, the latest edited first)
        int total = 0;   // every project that matches
    };

    // Called with (done, total) while the eligibility of many projects is checked; returns false
    // to stop (the search then returns nothing).
    using Progress = std::function<bool(int, int)>;

    static std::optional<Result> run(Workspace &workspace, const Query &query, QString *error,
                                     const Progress &progress = {});
    // The same over an index already brought up to date (refreshIndex): writes nothing, so it
    // runs as well on a reader off the UI thread (Workspace::openReader).
    static std::optional<Result> find(const Workspace &workspace, const Query &query,
                                      QString *error, const Progress &progress = {});

    // What the filters offer: the communes of the projects (sorted), the imports (file and date,
    // newest first).
    static QStringList communes(const Workspace &workspace);
    static QString title(const Workspace &workspace, qint64 projectId);
    static QList<std::pair<qint64, QString>> imports(const Workspace &workspace);

    // Writes the stale projects into the index; the number written, or -1 with error set.
    static int refreshIndex(Workspace &workspace, QString *error);
    static int staleCount(const Workspace &workspace);

    // The FTS5 expression for what a person typed: every word must appear; words of four letters
    // or more match as prefixes of their stem. Empty when there is nothing to search for.
    static QString matchExpression(const QString &text);
    // A light French stemmer for folded words: "alimentation" → "aliment", "epiceries" →
    // "epiceri" (as "epicerie"). Short words are left as they are.
    static QString stem(const QString &folded);
    // The folded words of a text as the index splits them (letters and digits).
    static QStringList words(const QString &text);
    // The same words, each with the form it has in the text ("epicerie", "Épicerie").
    static QList<std::pair<QString, QString>> wordForms(const QString &text);
    static bool isStopWord(const QString &folded);

    // Matches ranked by relevance (BM25) up to this many; beyond, the newest first.
    static constexpr int kRankedMatches = 3000;

    // The stems of the words searched for (stop words left out).
    static QStringList queryStems(const QString &text);
    // About sixteen words of text from a little before the first word found, each word found
    // between the markers \x01 and \x02, "…" where the text was cut.
    static QString passage(const QString &text, const QStringList &stems);
    // The markers around a word found turned into <b>…</b>, the rest escaped HTML.
    static QString snippetHtml(const QString &marked);
};
