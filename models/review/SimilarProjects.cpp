#include "SimilarProjects.h"

#include "ProjectSearch.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {

// Words every kind of project uses, which say nothing of what one is about: two projects that
// share only these are not alike ("chaque semaine", "au pied de l'immeuble"). The search still
// finds them; only the likeness ignores them. Folded (no accents), four letters or more.
bool isCommonWord(const QString &folded)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w :
             {"chaque", "semaine",  "semaines", "mois",     "annee",    "annees",    "jour",
              "jours",  "fois",     "temps",    "pied",     "pieds",    "aussi",     "avoir",
              "etre",   "faire",    "fait",     "plus",     "moins",    "tous",      "toutes",
              "tout",   "toute",    "cette",    "cela",     "entre",    "dont",      "comme",
              "depuis", "apres",    "avant",    "ainsi",    "tres",     "bien",      "peut",
              "peuvent", "sans",    "sous",     "vers",     "chez",     "lors",      "leur",
              "leurs",  "notre",    "votre",    "autre",    "autres",   "meme",      "memes",
              "encore", "deja",     "partir",   "place",    "projet",   "projets",   "habitants",
              "personnes", "permettre", "permet", "mettre", "mise",     "grand",     "grande",
              "petit",  "petite",   "petits",   "petites",  "nouveau",  "nouvelle",  "premier",
              "premiere", "deux",   "trois",    "quatre",   "cinq",     "douze",     "dizaine",
              "ensemble", "autour", "pendant",  "ville",    "village",  "villages",  "commune",
              "communes", "lieu",   "lieux"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(folded);
}

// How often each telling word (folded) comes, and the form it first has in the text.
QHash<QString, int> termCounts(const QString &title, const QString &body,
                               QHash<QString, QString> *forms = nullptr)
{
    QHash<QString, int> counts;
    const auto add = [&counts, forms](const QString &text, int weight) {
        for (const auto &[w, form] : ProjectSearch::wordForms(text)) {
            if (w.size() < 4 || ProjectSearch::isStopWord(w) || isCommonWord(w) ||
                w.front().isDigit())
                continue;
            // Words are counted by their stem: "vélo" and "vélos", "réparer" and "réparation".
            const QString stem = ProjectSearch::stem(w);
            counts[stem] += weight;
            if (forms && !forms->contains(stem))
                forms->insert(stem, form.toLower());
        }
    };
    add(title, 3); // a title says what a project is
    add(body, 1);
    return counts;
}

} // namespace

std::optional<QList<SimilarProjects::Match>>
SimilarProjects::find(Workspace &workspace, qint64 projectId, int limit, QString *error)
{
    if (ProjectSearch::refreshIndex(workspace, error) < 0)
        return std::nullopt;
    const QSqlDatabase db = workspace.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT title, body FROM project_search WHERE rowid = ?"));
    query.addBindValue(projectId);
    if (query.exec() && !query.next() && workspace.isReadOnly()) {
        // Not indexed yet, and a read-only workspace is not indexed: nothing known alike.
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM projects WHERE id = ?"));
        exists.addBindValue(projectId);
        if (exists.exec() && exists.next())
            return QList<Match>();
    }
    if (!query.isActive() || !query.isValid()) {
        *error = query.lastError().isValid()
                     ? tr("Similar projects cannot be looked for: %1").arg(query.lastError().text())
                     : tr("This project no longer exists.");
        return std::nullopt;
    }
    QHash<QString, QString> forms;
    const QHash<QString, int> counts =
        termCounts(query.value(0).toString(), query.value(1).toString(), &forms);
    query.finish();

    // How many projects hold each stem: the index's vocabulary answers a range of words at a
    // time (a project with two words of one stem counts twice: close enough for a weight).
    double documents = 1;
    if (query.exec(QStringLiteral("SELECT count(*) FROM projects")) && query.next())
        documents = std::max(1.0, query.value(0).toDouble());
    query.finish();
    struct Term
    {
        QString word;
        double weight;
    };
    QList<Term> terms;
    query.prepare(QStringLiteral(
        "SELECT coalesce(sum(doc), 0) FROM project_search_terms WHERE term >= ? AND term < ?"));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(QString(it.key() + QChar(0xffff)));
        if (!query.exec()) {
            *error = tr("Similar projects cannot be looked for: %1").arg(query.lastError().text());
            return std::nullopt;
        }
        const int df = query.next() ? query.value(0).toInt() : 0;
        query.finish();
        // A word no other project has cannot bring one closer; one nearly all have says nothing.
        if (df < 2 || df > std::max(documents * kCommonShare, 3.0))
            continue;
        terms << Term{it.key(), it.value() * std::log(documents / df)};
    }
    std::sort(terms.begin(), terms.end(), [](const Term &a, const Term &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.word < b.word;
    });
    if (terms.size() > kTellingWords)
        terms.resize(kTellingWords);
    QList<Match> matches;
    if (terms.isEmpty())
        return matches;

    QStringList quoted;
    for (const Term &t : std::as_const(terms))
        quoted << QLatin1Char('"') + t.word + QStringLiteral("\"*");
    const QString expression = quoted.join(QStringLiteral(" OR "));

    // The best scores for those words; the project itself is among them (a copy of it would
    // score as much), and the others are measured against it.
    query.prepare(QStringLiteral("SELECT rowid, -bm25(project_search, 3.0, 1.0) FROM project_search"
                                 " WHERE project_search MATCH ?"
                                 " ORDER BY bm25(project_search, 3.0, 1.0) LIMIT ?"));
    query.addBindValue(expression);
    query.addBindValue(limit + 1);
    if (!query.exec()) {
        *error = tr("Similar projects cannot be looked for: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<std::pair<qint64, double>> ranked;
    double own = 0;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const double score = query.value(1).toDouble();
        own = std::max(own, score);
        if (id != projectId && ranked.size() < limit)
            ranked.append({id, score});
    }
    query.finish();
    if (ranked.isEmpty())
        return matches;
    QStringList ids;
    for (const auto &[id, score] : std::as_const(ranked))
        ids << QString::number(id);
    if (!query.exec(
            QStringLiteral("SELECT p.id, p.title, coalesce(v.name, ''), coalesce(e.name, ''),"
                           "       (SELECT s.body FROM project_search s WHERE s.rowid = p.id)"
                           "  FROM projects p LEFT JOIN venues v ON v.id = p.venue_id"
                           "  LEFT JOIN editions e ON e.id = p.edition_id WHERE p.id IN (%1)")
                .arg(ids.join(QLatin1Char(','))))) {
        *error = tr("Similar projects cannot be looked for: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QHash<qint64, Match> found;
    while (query.next()) {
        Match m;
        m.id = query.value(0).toLongLong();
        m.title = query.value(1).toString();
        m.venue = query.value(2).toString();
        m.edition = query.value(3).toString();
        const QHash<QString, int> theirs = termCounts(m.title, query.value(4).toString());
        for (const Term &t : std::as_const(terms)) {
            if (theirs.contains(t.word))
                m.sharedWords << forms.value(t.word, t.word);
        }
        found.insert(m.id, m);
    }
    for (const auto &[id, score] : std::as_const(ranked)) {
        if (!found.contains(id))
            continue;
        Match m = found.value(id);
        m.percent = own > 0 ? std::clamp(int(std::lround(100.0 * score / own)), 0, 100) : 0;
        matches << m;
    }
    return matches;
}
