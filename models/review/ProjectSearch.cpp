#include "ProjectSearch.h"

#include "methodology/Methodology.h"
#include "methodology/MethodologyStore.h"
#include "reference/Communes.h"
#include "rules/Eligibility.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace {

// Endings removed to find a French word's stem, longest first; the stem keeps at least five
// letters so that short words keep their meaning.
const char *const kEndings[] = {
    "issements", "issement", "atrices", "ations", "ateurs", "atrice", "ements", "ation",
    "ateur",     "ement",    "ances",   "ences",  "aires",  "iques",  "ismes",  "istes",
    "ites",      "ance",     "ence",    "aire",   "ique",   "isme",   "iste",   "eurs",
    "euse",      "ives",     "ite",     "eur",    "ive",    "ifs",    "aux",    "ees",
    "ee",        "es",       "er",      "if",     "al",     "e",
};
constexpr int kMinStem = 5;
// A plural's "s" or "x" goes from any word of four letters or more: "velos" → "velo".
constexpr int kMinSingular = 3;

} // namespace

bool ProjectSearch::isStopWord(const QString &folded)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w : {"a",   "au",    "aux",  "avec",  "ce",  "ces", "d",     "dans", "de",
                              "des", "du",    "elle", "en",    "et",  "il",  "ils",   "l",    "la",
                              "le",  "les",   "leur", "leurs", "lui", "ma",  "mes",   "mon",  "ne",
                              "nos", "notre", "nous", "on",    "ou",  "par", "pas",   "pour", "qu",
                              "que", "qui",   "s",    "sa",    "se",  "ses", "son",   "sur",  "ta",
                              "te",  "tes",   "ton",  "un",    "une", "vos", "votre", "vous", "y",
                              "est", "sont",  "c",    "n",     "j",   "m",   "t"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(folded);
}

QList<std::pair<QString, QString>> ProjectSearch::wordForms(const QString &text)
{
    QList<std::pair<QString, QString>> result;
    qsizetype start = -1;
    const auto flush = [&](qsizetype end) {
        if (start >= 0) {
            const QString word = text.mid(start, end - start);
            result.append({TextFolding::fold(word), word});
        }
        start = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLetterOrNumber()) {
            if (start < 0)
                start = i;
        } else {
            flush(i);
        }
    }
    flush(text.size());
    return result;
}

QStringList ProjectSearch::words(const QString &text)
{
    QStringList result;
    for (const auto &[folded, word] : wordForms(text))
        result << folded;
    return result;
}

QString ProjectSearch::stem(const QString &folded)
{
    if (folded.size() - 1 >= kMinSingular &&
        (folded.endsWith(QLatin1Char('s')) || folded.endsWith(QLatin1Char('x'))) &&
        !folded.endsWith(QLatin1String("ss")))
        return stem(folded.left(folded.size() - 1));
    for (const char *ending : kEndings) {
        const QLatin1String e(ending);
        if (folded.size() - e.size() >= kMinStem && folded.endsWith(e))
            return folded.left(folded.size() - e.size());
    }
    return folded;
}

QString ProjectSearch::matchExpression(const QString &text)
{
    QStringList all = words(text);
    QStringList kept;
    for (const QString &w : std::as_const(all)) {
        if (!isStopWord(w))
            kept << w;
    }
    if (kept.isEmpty())
        kept = all;
    QStringList terms;
    for (const QString &w : std::as_const(kept)) {
        // Words are letters and digits only: quoting them is enough to keep FTS5's syntax out.
        if (w.size() >= 4)
            terms << QLatin1Char('"') + stem(w) + QStringLiteral("\"*");
        else
            terms << QLatin1Char('"') + w + QLatin1Char('"');
    }
    terms.removeDuplicates();
    return terms.join(QLatin1Char(' '));
}

QStringList ProjectSearch::queryStems(const QString &text)
{
    QStringList stems;
    for (const QString &w : words(text)) {
        if (!isStopWord(w))
            stems << (w.size() >= 4 ? stem(w) : w);
    }
    return stems;
}

QString ProjectSearch::passage(const QString &text, const QStringList &stems)
{
    constexpr int kBefore = 5;
    constexpr int kWords = 16;
    // Each word folded as it is compared, and only as far as it matches: the whole text's words
    // are not listed (a page of 200 hits has as many texts of hundreds of words), and most of
    // them differ from the words looked for at their first letter.
    const auto found = [&](qsizetype pos, qsizetype end) {
        const QStringView word = QStringView(text).mid(pos, end - pos);
        return std::any_of(stems.cbegin(), stems.cend(), [word](const QString &s) {
            return TextFolding::startsWithFolded(word, s, s.size() < 4);
        });
    };
    const auto wordEnd = [&text](qsizetype pos) {
        while (pos < text.size() && text.at(pos).isLetterOrNumber())
            ++pos;
        return pos;
    };
    // Where the passage starts: a few words before the first word found.
    qsizetype first = -1;
    for (qsizetype pos = 0, index = 0; pos < text.size() && first < 0 && !stems.isEmpty();) {
        if (!text.at(pos).isLetterOrNumber()) {
            ++pos;
            continue;
        }
        const qsizetype end = wordEnd(pos);
        if (found(pos, end))
            first = index;
        ++index;
        pos = end;
    }
    const qsizetype from = first < 0 ? 0 : std::max<qsizetype>(0, first - kBefore);
    // Walk the text again to the passage's first word, then copy it as it is (punctuation and
    // line breaks between the words kept) in slices, the words found marked.
    qsizetype index = 0;
    qsizetype pos = 0;
    while (pos < text.size() && index < from) {
        if (text.at(pos).isLetterOrNumber()) {
            pos = wordEnd(pos);
            ++index;
        } else {
            ++pos;
        }
    }
    while (pos < text.size() && !text.at(pos).isLetterOrNumber())
        ++pos;
    QString out;
    out.reserve(std::min<qsizetype>(text.size() - pos, 512) + 8);
    if (from > 0)
        out += u'…';
    qsizetype copied = pos;
    for (qsizetype taken = 0; pos < text.size() && taken < kWords;) {
        if (!text.at(pos).isLetterOrNumber()) {
            ++pos;
            continue;
        }
        const qsizetype end = wordEnd(pos);
        if (found(pos, end)) {
            out += QStringView(text).mid(copied, pos - copied);
            out += QChar(1);
            out += QStringView(text).mid(pos, end - pos);
            out += QChar(2);
            copied = end;
        }
        ++taken;
        pos = end;
    }
    out += QStringView(text).mid(copied, pos - copied);
    if (pos < text.size())
        out += u'…';
    return out.trimmed();
}

QString ProjectSearch::snippetHtml(const QString &marked)
{
    // In one pass, written through a pointer into room made first (an entity is six characters
    // at most): the text escaped, the words found in bold, and the parts of the text (summary,
    // theme, commune, answers) apart, each run of spaces that holds a line break made one " · ".
    QString html;
    html.resize(6 * marked.size() + 8);
    char16_t *const begin = reinterpret_cast<char16_t *>(html.data());
    char16_t *to = begin;
    const auto put = [&to](const char16_t *text) {
        while (*text)
            *to++ = *text++;
    };
    const char16_t *const from = reinterpret_cast<const char16_t *>(marked.constData());
    for (qsizetype i = 0; i < marked.size();) {
        const QChar c = marked.at(i);
        if (c.isSpace()) {
            qsizetype end = i;
            bool lineBreak = false;
            while (end < marked.size() && marked.at(end).isSpace())
                lineBreak |= marked.at(end++) == QLatin1Char('\n');
            if (lineBreak) {
                put(u" · ");
            } else {
                std::copy(from + i, from + end, to);
                to += end - i;
            }
            i = end;
            continue;
        }
        switch (c.unicode()) {
        case 1: put(u"<b>"); break;
        case 2: put(u"</b>"); break;
        case '<': put(u"&lt;"); break;
        case '>': put(u"&gt;"); break;
        case '&': put(u"&amp;"); break;
        case '"': put(u"&quot;"); break;
        default: *to++ = c.unicode();
        }
        ++i;
    }
    html.truncate(to - begin);
    return html;
}

QStringList ProjectSearch::communes(const Workspace &workspace)
{
    QStringList result;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT DISTINCT commune FROM projects WHERE commune <> ''"))) {
        while (query.next())
            result << query.value(0).toString();
    }
    std::sort(result.begin(), result.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return result;
}

QString ProjectSearch::title(const Workspace &workspace, qint64 projectId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT title FROM projects WHERE id = ?"));
    query.addBindValue(projectId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QList<std::pair<qint64, QString>> ProjectSearch::imports(const Workspace &workspace)
{
    QList<std::pair<qint64, QString>> result;
    QSqlQuery query(workspace.database());
    if (query.exec(QStringLiteral("SELECT id, file_name, imported_at FROM imports"
                                  " ORDER BY imported_at DESC, id DESC"))) {
        while (query.next())
            result.append(
                {query.value(0).toLongLong(),
                 tr("%1, imported on %2")
                     .arg(query.value(1).toString(),
                          QLocale().toString(
                              QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)
                                  .toLocalTime(),
                              QLocale::ShortFormat))});
    }
    return result;
}

int ProjectSearch::staleCount(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM project_search_stale")) && query.next())
        return query.value(0).toInt();
    return 0;
}

int ProjectSearch::refreshIndex(Workspace &workspace, QString *error)
{
    const QSqlDatabase db = workspace.database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM project_search_stale")) || !query.next()) {
        *error = tr("The search index cannot be read: %1").arg(query.lastError().text());
        return -1;
    }
    const int stale = query.value(0).toInt();
    // A read-only workspace is searched as its index stands (the projects changed since are
    // found when it is opened for writing again).
    if (stale == 0 || workspace.isReadOnly())
        return 0;
    query.finish();
    Transaction transaction(db);
    // The body: summary, theme, commune and the text of every answer (strings anywhere in its
    // JSON: grids, lists, the problem tree).
    const QStringList statements = {
        QStringLiteral("DELETE FROM project_search WHERE rowid IN"
                       " (SELECT project_id FROM project_search_stale)"),
        QStringLiteral(
            "INSERT INTO project_search (rowid, title, body)"
            " SELECT p.id, p.title, p.summary || char(10) || p.theme || char(10) || p.commune"
            "        || char(10) || coalesce((SELECT group_concat(j.value, char(10))"
            "             FROM answers a, json_tree(CASE WHEN json_valid(a.value) THEN a.value"
            "                                       ELSE '\"\"' END) j"
            "            WHERE a.project_id = p.id AND j.type = 'text'), '')"
            "   FROM project_search_stale s JOIN projects p ON p.id = s.project_id"),
        QStringLiteral("DELETE FROM project_search_stale"),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("The search index cannot be updated: %1").arg(query.lastError().text());
            return -1;
        }
    }
    if (!transaction.commit()) {
        *error = tr("The search index cannot be updated: %1").arg(db.lastError().text());
        return -1;
    }
    return stale;
}

std::optional<ProjectSearch::Result> ProjectSearch::run(Workspace &workspace, const Query &q,
                                                        QString *error, const Progress &progress)
{
    if (!matchExpression(q.text).isEmpty() && refreshIndex(workspace, error) < 0)
        return std::nullopt;
    return find(workspace, q, error, progress);
}

std::optional<ProjectSearch::Result> ProjectSearch::find(const Workspace &workspace, const Query &q,
                                                         QString *error, const Progress &progress)
{
    const QString match = matchExpression(q.text);

    QStringList where;
    QVariantList binds;
    if (!match.isEmpty()) {
        where << QStringLiteral("project_search MATCH ?");
        binds << match;
    }
    const auto equals = [&](const char *column, const QVariant &value) {
        where << QStringLiteral("p.%1 = ?").arg(QLatin1String(column));
        binds << value;
    };
    if (q.editionId > 0)
        equals("edition_id", q.editionId);
    if (q.venueId > 0)
        equals("venue_id", q.venueId);
    if (q.categoryId > 0)
        equals("category_id", q.categoryId);
    if (q.stage)
        equals("stage", Stages::code(*q.stage));
    if (!q.commune.isEmpty())
        equals("commune", q.commune);
    const auto within = [&](const QStringList &codes) {
        where << QStringLiteral("p.commune_code IN (%1)")
                     .arg(QStringList(std::max<qsizetype>(1, codes.size()), QStringLiteral("?"))
                              .join(QLatin1Char(',')));
        if (codes.isEmpty())
            binds << QString();
        for (const QString &code : codes)
            binds << code;
    };
    if (!q.arrondissement.isEmpty())
        within(Communes::codesInArrondissement(q.arrondissement));
    if (!q.epci.isEmpty())
        within(Communes::codesInEpci(q.epci));
    if (q.status) {
        // A project never reviewed is "to review".
        if (*q.status == Review::Status::ToReview)
            where << QStringLiteral("coalesce((SELECT r.status FROM reviews r"
                                    " WHERE r.project_id = p.id), 'to_review') = 'to_review'");
        else {
            where << QStringLiteral(
                "EXISTS (SELECT 1 FROM reviews r WHERE r.project_id = p.id AND r.status = ?)");
            binds << Review::code(*q.status);
        }
    }
    if (q.importId > 0) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM project_imports i"
                                " WHERE i.project_id = p.id AND i.import_id = ?)");
        binds << q.importId;
    }
    // The text alone is answered by the index alone: no project row is read before the page.
    // With filters, the index is read first and once (CROSS JOIN fixes the order): the other
    // way round, SQLite would search the index again for each project the filters keep.
    const bool textOnly = !match.isEmpty() && where.size() == 1 && !q.eligibilityFailing;
    const QString from =
        match.isEmpty() ? QStringLiteral(" FROM projects p")
        : textOnly      ? QStringLiteral(" FROM project_search")
                        : QStringLiteral(
                              " FROM project_search CROSS JOIN projects p INDEXED BY projects_filters"
                                   " ON p.id = project_search.rowid");
    const QString idColumn =
        textOnly ? QStringLiteral("project_search.rowid") : QStringLiteral("p.id");
    const QString condition = where.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // Relevance: a word in the title counts five times one in the text.
    const QString order =
        match.isEmpty() ? QStringLiteral(" ORDER BY p.updated_at DESC, p.id DESC")
                        : QStringLiteral(" ORDER BY bm25(project_search, 5.0, 1.0), ") + idColumn;

    const QSqlDatabase db = workspace.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto exec = [&](const QString &sql) {
        query.prepare(sql);
        for (const QVariant &v : std::as_const(binds))
            query.addBindValue(v);
        if (!query.exec()) {
            *error = tr("The search failed: %1").arg(query.lastError().text());
            return false;
        }
        return true;
    };

    Result result;
    QList<qint64> chosen; // the ids to show, best first
    if (q.eligibilityFailing) {
        // Eligibility depends on today's date and on many records: checked project by project,
        // on what the other filters left.
        if (!exec(QStringLiteral("SELECT p.id, p.methodology_id") + from + condition + order))
            return std::nullopt;
        QList<std::pair<qint64, qint64>> candidates;
        while (query.next())
            candidates << std::pair{query.value(0).toLongLong(), query.value(1).toLongLong()};
        query.finish();
        QHash<qint64, Methodology> methodologies;
        const QDate today = QDate::currentDate();
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (progress && i % 50 == 0 && !progress(int(i), int(candidates.size()))) {
                *error = tr("The search was stopped.");
                return std::nullopt;
            }
            const auto [id, methodologyId] = candidates.at(i);
            if (!methodologies.contains(methodologyId)) {
                QString loadError;
                std::optional<Methodology> m =
                    methodologyId > 0 ? MethodologyStore::load(workspace, methodologyId, &loadError)
                                      : std::nullopt;
                methodologies.insert(methodologyId, m ? *m : Methodology::builtIn());
            }
            QString checkError;
            const auto checks = Eligibility::evaluate(workspace, id, methodologies[methodologyId],
                                                      today, &checkError);
            if (!checks)
                continue;
            const bool failing =
                std::any_of(checks->cbegin(), checks->cend(), [](const Eligibility::Check &c) {
                    return c.result == Eligibility::Result::Failed;
                });
            if (failing) {
                ++result.total;
                if (chosen.size() < q.limit)
                    chosen << id;
            }
        }
        if (progress)
            progress(int(candidates.size()), int(candidates.size()));
    } else if (!match.isEmpty() && !textOnly) {
        // Text and filters: the matches the filters keep are read once, with their relevance,
        // and counted, ranked and cut here (a second pass would join every match again).
        if (!exec(QStringLiteral("SELECT p.id, bm25(project_search, 5.0, 1.0)") + from + condition))
            return std::nullopt;
        std::vector<std::pair<double, qint64>> found;
        while (query.next())
            found.emplace_back(query.value(1).toDouble(), query.value(0).toLongLong());
        query.finish();
        result.total = int(found.size());
        if (result.total <= kRankedMatches)
            std::sort(found.begin(), found.end());
        else
            std::sort(found.begin(), found.end(),
                      [](const auto &a, const auto &b) { return a.second > b.second; });
        for (size_t i = 0; i < found.size() && chosen.size() < q.limit; ++i)
            chosen << found[i].second;
    } else {
        if (!exec(QStringLiteral("SELECT count(*)") + from + condition) || !query.next())
            return std::nullopt;
        result.total = query.value(0).toInt();
        query.finish();
        // BM25 ranks every match before the first can be shown: beyond kRankedMatches (a word
        // half the department uses) the newest projects come first instead, which FTS5 reads
        // in its own order and stops after the first page.
        const QString rankedOrder = match.isEmpty() || result.total <= kRankedMatches
                                        ? order
                                        : QStringLiteral(" ORDER BY %1 DESC").arg(idColumn);
        if (!exec(QStringLiteral("SELECT ") + idColumn + from + condition + rankedOrder +
                  QStringLiteral(" LIMIT %1").arg(std::max(0, q.limit))))
            return std::nullopt;
        while (query.next())
            chosen << query.value(0).toLongLong();
        query.finish();
    }
    if (chosen.isEmpty())
        return result;

    // What is shown of the hits: their rows and the passage around the words found, cut here
    // from the indexed text (FTS5's snippet() would search the whole index again for each).
    QStringList ids;
    for (const qint64 id : std::as_const(chosen))
        ids << QString::number(id);
    // Read straight from SQLite (SqliteStatement): the texts as the UTF-8 they are stored in,
    // decoded by Qt, a few times faster than SQLite's translation to UTF-16 and QSqlQuery's
    // QVariant per value.
    SqliteStatement rows(
        db, QStringLiteral("SELECT p.id, p.title, coalesce(v.name, ''), p.commune, p.stage, %1"
                           "  FROM projects p LEFT JOIN venues v ON v.id = p.venue_id"
                           " WHERE p.id IN (%2)")
                // The indexed text read from the index's own table of contents (FTS5 keeps a
                // row's columns in `%_content`, c0 the title, c1 the body: its file format),
                // by its key: through the index's virtual table each lookup opened a cursor of
                // FTS5's (0.3–0.4 ms for 94 hits against 0.2).
                .arg(match.isEmpty() ? QStringLiteral("p.summary")
                                     : QStringLiteral("(SELECT s.c1 FROM project_search_content s"
                                                      " WHERE s.id = p.id)"),
                     ids.join(QLatin1Char(','))));
    const auto text = [&rows](int column) {
        const std::string_view utf8 = rows.columnUtf8(column);
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    };
    const QStringList stems = queryStems(q.text);
    QHash<qint64, Hit> hits;
    while (rows.next()) {
        Hit hit;
        hit.id = rows.columnInteger(0);
        hit.title = text(1);
        hit.venue = text(2);
        hit.commune = text(3);
        hit.stage = Stages::fromCode(text(4)).value_or(Stage::Idea);
        const QString body = text(5);
        hit.snippet = match.isEmpty() ? snippetHtml(passage(body.left(400), {}))
                                      : snippetHtml(passage(body, stems));
        hits.insert(hit.id, hit);
    }
    if (!rows.error().isEmpty()) {
        *error = tr("The search failed: %1").arg(rows.error());
        return std::nullopt;
    }
    for (const qint64 id : std::as_const(chosen))
        result.hits << hits.value(id);
    return result;
}
