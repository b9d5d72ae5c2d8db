#include "BundleImport.h"

#include "BundleReader.h"
#include "BundleWriter.h"
#include "methodology/Methodology.h"
#include "projects/AnswerText.h"
#include "projects/Stage.h"
#include "ProjectSnapshot.h"
#include "reference/Communes.h"
#include "reference/CommuneValue.h"
#include "rules/Money.h"
#include "storage/SqliteStatement.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "workshops/Holders.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <QScopeGuard>

#include <algorithm>
#include <array>
#include <future>
#include <memory>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace {

// How a JSON field is written to its column.
enum class Bind
{
    Text,     // string
    Integer,  // whole number
    Boolean,  // true/false → 1/0
    Nullable, // string or null (dates, timestamps)
    IntegerOrNull,
    Json,     // any JSON value, stored as its compact text
    CodeList, // list of codes → comma-separated
    Ref,      // UUID of another record (or null) → its id in this workspace
};

struct Col
{
    const char *json;
    const char *column;
    Bind bind = Bind::Text;
    const char *refList = nullptr;
};

struct Spec
{
    const char *list;
    const char *table;
    bool tracked;
    QList<Col> cols;
};

// The lists in the order they are applied: what is referred to comes first.
const QList<Spec> &specs()
{
    using B = Bind;
    static const QList<Spec> all = {
        {"hostOrganisations",
         "host_organisations",
         true,
         {{"name", "name"},
          {"kind", "kind"},
          {"commune", "commune"},
          {"address", "address"},
          {"contact", "contact"}}},
        {"venues",
         "venues",
         true,
         {{"name", "name"},
          {"commune", "commune"},
          {"communeCode", "commune_code"},
          {"address", "address"},
          {"hostOrganisation", "host_organisation_id", B::Ref, "hostOrganisations"},
          {"active", "active", B::Boolean}}},
        {"editions",
         "editions",
         true,
         {{"year", "year", B::Integer},
          {"name", "name"},
          {"envelopeCents", "envelope_cents", B::Integer},
          {"comptoirsStart", "comptoirs_start", B::Nullable},
          {"comptoirsEnd", "comptoirs_end", B::Nullable},
          {"depositStart", "deposit_start", B::Nullable},
          {"depositEnd", "deposit_end", B::Nullable},
          {"committeeStart", "committee_start", B::Nullable},
          {"committeeEnd", "committee_end", B::Nullable},
          {"voteStart", "vote_start", B::Nullable},
          {"voteEnd", "vote_end", B::Nullable},
          {"resultsDate", "results_date", B::Nullable},
          {"eligibilityChecks", "eligibility_checks", B::CodeList}}},
        {"categories",
         "categories",
         true,
         {{"edition", "edition_id", B::Ref, "editions"},
          {"code", "code"},
          {"name", "name"},
          {"description", "description"},
          {"floorCents", "floor_cents", B::Integer},
          {"ceilingCents", "ceiling_cents", B::Integer},
          {"position", "position", B::Integer},
          {"scoreWeight", "score_weight", B::Integer}}},
        {"methodologies",
         "methodologies",
         true,
         {{"code", "code"},
          {"version", "version", B::Integer},
          {"name", "name"},
          {"definition", "definition", B::Json}}},
        {"organisations",
         "organisations",
         true,
         {{"name", "name"},
          {"legalForm", "legal_form"},
          {"essDeclared", "ess_declared", B::Boolean},
          {"siret", "siret"},
          {"commune", "commune"}}},
        {"holders",
         "holders",
         true,
         {{"kind", "kind"},
          {"firstName", "first_name"},
          {"lastName", "last_name"},
          {"organisation", "organisation_id", B::Ref, "organisations"},
          {"commune", "commune"},
          {"communeCode", "commune_code"},
          {"email", "email"},
          {"phone", "phone"},
          {"address", "address"},
          {"erasedAt", "erased_at", B::Nullable}}},
        {"consents",
         "consents",
         true,
         {{"holder", "holder_id", B::Ref, "holders"},
          {"kind", "kind"},
          {"granted", "granted", B::Boolean},
          {"givenAt", "given_at"},
          {"method", "method"}}},
        {"workshops",
         "workshops",
         true,
         {{"edition", "edition_id", B::Ref, "editions"},
          {"venue", "venue_id", B::Ref, "venues"},
          {"kind", "kind"},
          {"startsAt", "starts_at"},
          {"endsAt", "ends_at", B::Nullable},
          {"facilitator", "facilitator"},
          {"capacity", "capacity", B::IntegerOrNull},
          {"notes", "notes"}}},
        {"projects",
         "projects",
         true,
         {{"edition", "edition_id", B::Ref, "editions"},
          {"venue", "venue_id", B::Ref, "venues"},
          {"category", "category_id", B::Ref, "categories"},
          {"organisation", "organisation_id", B::Ref, "organisations"},
          {"methodology", "methodology_id", B::Ref, "methodologies"},
          {"title", "title"},
          {"summary", "summary"},
          {"stage", "stage"},
          {"stageOverrideReason", "stage_override_reason"},
          {"theme", "theme"},
          {"commune", "commune"},
          {"communeCode", "commune_code"},
          {"amountRequestedCents", "amount_requested_cents", B::Integer}}},
        {"projectHolders",
         "project_holders",
         false,
         {{"project", "project_id", B::Ref, "projects"},
          {"holder", "holder_id", B::Ref, "holders"},
          {"lead", "is_lead", B::Boolean},
          {"position", "position", B::Integer}}},
        {"answers",
         "answers",
         true,
         {{"project", "project_id", B::Ref, "projects"},
          {"key", "field_key"},
          {"value", "value", B::Json},
          {"methodologyCode", "methodology_code"},
          {"methodologyVersion", "methodology_version", B::Integer}}},
        {"budgetLines",
         "budget_lines",
         true,
         {{"project", "project_id", B::Ref, "projects"},
          {"kind", "kind"},
          {"category", "category"},
          {"label", "label"},
          {"amountCents", "amount_cents", B::Integer},
          {"position", "position", B::Integer}}},
        {"attendance",
         "attendance",
         true,
         {{"workshop", "workshop_id", B::Ref, "workshops"},
          {"holder", "holder_id", B::Ref, "holders"},
          {"project", "project_id", B::Ref, "projects"},
          {"status", "status"},
          {"secondsSpent", "seconds_spent", B::Integer}}},
        {"reviews",
         "reviews",
         true,
         {{"project", "project_id", B::Ref, "projects"},
          {"status", "status"},
          {"reviewer", "reviewer"}}},
        {"reviewComments",
         "review_comments",
         true,
         {{"project", "project_id", B::Ref, "projects"}, {"author", "author"}, {"body", "body"}}},
        {"reviewScores",
         "review_scores",
         true,
         {{"project", "project_id", B::Ref, "projects"},
          {"category", "category_id", B::Ref, "categories"},
          {"score", "score", B::Integer},
          {"author", "author"}}},
        {"projectLinks",
         "project_links",
         true,
         {{"project", "project_id", B::Ref, "projects"},
          {"other", "other_project_id", B::Ref, "projects"},
          {"kind", "kind"},
          {"note", "note"}}},
    };
    return all;
}

const Spec &spec(const char *list)
{
    for (const Spec &s : specs()) {
        if (qstrcmp(s.list, list) == 0)
            return s;
    }
    Q_UNREACHABLE();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString jsonText(const QJsonValue &value)
{
    // Plain text, the most common answer, written directly.
    if (value.isString()) {
        const QString text = value.toString();
        bool plain = true;
        for (const QChar c : text) {
            if (c == u'"' || c == u'\\' || c.unicode() < 0x20 || c.unicode() == 0x7f) {
                plain = false;
                break;
            }
        }
        if (plain)
            return QLatin1Char('"') + text + QLatin1Char('"');
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// The record without what says when and where it was written.
QJsonObject substance(QJsonObject record)
{
    for (const char *key : {"createdAt", "updatedAt", "origin", "history"})
        record.remove(QLatin1String(key));
    return record;
}

// "uuid1','uuid2" for an IN list: the UUIDs were checked by BundleReader or come from the
// workspace (lower-case hex and dashes only).
QString inList(const QStringList &uuids)
{
    return QStringLiteral("'") + uuids.join(QStringLiteral("','")) + QStringLiteral("'");
}

QStringList uuidsOf(const QJsonArray &records, const char *key = "uuid")
{
    QStringList result;
    result.reserve(records.size());
    for (const QJsonValue &v : records)
        result << v.toObject().value(QLatin1String(key)).toString();
    return result;
}

// uuid → id in this workspace, for the UUIDs given.
QHash<QString, qint64> localIds(QSqlDatabase db, const char *table, const QStringList &uuids,
                                QString *error, QHash<QString, QString> *updatedAt = nullptr)
{
    QHash<QString, qint64> result;
    if (uuids.isEmpty())
        return result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // An empty table (a new workspace) knows none of them: no need to look 10,000 UUIDs up.
    if (query.exec(QStringLiteral("SELECT max(id) FROM %1").arg(QLatin1String(table))) &&
        query.next() && query.value(0).isNull())
        return result;
    if (!query.exec(QStringLiteral("SELECT uuid, id%3 FROM %1 WHERE uuid IN (%2)")
                        .arg(QLatin1String(table), inList(uuids),
                             updatedAt ? QStringLiteral(", updated_at") : QString()))) {
        *error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        const QString uuid = query.value(0).toString();
        result.insert(uuid, query.value(1).toLongLong());
        if (updatedAt)
            updatedAt->insert(uuid, query.value(2).toString());
    }
    return result;
}

// The versions (hashes) of the given projects, computed on both cores: at a department's scale
// hashing tens of megabytes of projects is most of a plan's time.
QHash<QString, QString> hashesOf(const QHash<QString, ProjectSnapshot> &snapshots,
                                 const QStringList &uuids)
{
    QList<QString> hashes(uuids.size());
    const auto work = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            hashes[i] = snapshots.value(uuids.at(i)).hash();
    };
    const qsizetype half = uuids.size() / 2;
    if (half >= 64) {
        std::thread other(work, half, uuids.size());
        work(0, half);
        other.join();
    } else {
        work(0, uuids.size());
    }
    QHash<QString, QString> result;
    result.reserve(uuids.size());
    for (qsizetype i = 0; i < uuids.size(); ++i)
        result.insert(uuids.at(i), hashes.at(i));
    return result;
}

// Rewrites the UUIDs of the records recognised by another key (an edition by its year…) to this
// workspace's, in the records themselves and wherever they are referred to.
void remap(QJsonObject *content, const QHash<QString, QString> &map)
{
    if (map.isEmpty())
        return;
    for (auto it = content->begin(); it != content->end(); ++it) {
        QJsonArray records = it.value().toArray();
        bool changed = false;
        for (qsizetype i = 0; i < records.size(); ++i) {
            QJsonObject record = records.at(i).toObject();
            bool touched = false;
            for (auto field = record.begin(); field != record.end(); ++field) {
                if (field.key() == QLatin1String("definition") ||
                    field.key() == QLatin1String("value") || !field.value().isString())
                    continue;
                const auto to = map.constFind(field.value().toString());
                if (to != map.constEnd()) {
                    field.value() = *to;
                    touched = true;
                }
            }
            if (touched) {
                records.replace(i, record);
                changed = true;
            }
        }
        if (changed)
            it.value() = records;
    }
}

// Projects merged here into another (merged_projects) are not brought back by a file: their
// records are left out, and their attendance goes to the project they were merged into.
void dropMerged(const QSqlDatabase &db, QJsonObject *content, int *dropped, QString *error)
{
    // A merge is a mission officer's doing, a few per edition: all of them are read, rather than
    // the file's thousands of projects looked up.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT m.uuid, p.uuid FROM merged_projects m"
                                   " JOIN projects p ON p.id = m.into_project_id"))) {
        *error = query.lastError().text();
        return;
    }
    QHash<QString, QString> into;
    while (query.next())
        into.insert(query.value(0).toString(), query.value(1).toString());
    if (into.isEmpty())
        return;
    const QStringList uuids = uuidsOf(content->value(QLatin1String("projects")).toArray());
    *dropped = int(std::count_if(uuids.cbegin(), uuids.cend(),
                                 [&into](const QString &uuid) { return into.contains(uuid); }));
    if (*dropped == 0)
        return;
    const auto keep = [&](const char *list, const auto &kept) {
        const QJsonArray records = content->value(QLatin1String(list)).toArray();
        if (records.isEmpty())
            return;
        QJsonArray result;
        for (const QJsonValue &v : records) {
            if (kept(v.toObject()))
                result.append(v);
        }
        content->insert(QLatin1String(list), result);
    };
    keep("projects", [&](const QJsonObject &r) { return !into.contains(str(r, "uuid")); });
    for (const char *list :
         {"projectHolders", "answers", "budgetLines", "reviews", "reviewComments", "reviewScores"})
        keep(list, [&](const QJsonObject &r) { return !into.contains(str(r, "project")); });
    keep("projectLinks", [&](const QJsonObject &r) {
        return !into.contains(str(r, "project")) && !into.contains(str(r, "other"));
    });
    QJsonArray attendance = content->value(QLatin1String("attendance")).toArray();
    for (qsizetype i = 0; i < attendance.size(); ++i) {
        QJsonObject record = attendance.at(i).toObject();
        const QString project = str(record, "project");
        if (into.contains(project)) {
            record.insert(QLatin1String("project"), into.value(project));
            attendance.replace(i, record);
        }
    }
    content->insert(QLatin1String("attendance"), attendance);
}

QString valueText(const QJsonValue &answer)
{
    return AnswerText::plain(answer);
}

// Records' values as they are bound, converted from JSON ahead of time (on the other core for
// the projects and what hangs from them) and kept flat: one list of cells and one buffer of
// UTF-8 text for thousands of rows, rather than an allocation per value. References stay UUIDs
// until they are bound.
class Rows
{
public:
    enum class Kind : quint8
    {
        Null,
        Integer,
        Text,
        Ref
    };
    struct Cell
    {
        Kind kind = Kind::Null;
        qint64 integer = 0;   // an integer; the offset of a text or UUID in the buffer
        qsizetype length = 0; // of the text
        const char *refList = nullptr;
    };

    qsizetype size() const { return qsizetype(m_starts.size()); }
    bool isEmpty() const { return m_starts.empty(); }
    // The cells of row i.
    std::pair<const Cell *, const Cell *> row(qsizetype i) const
    {
        const size_t from = m_starts[size_t(i)];
        const size_t to =
            size_t(i) + 1 < m_starts.size() ? m_starts[size_t(i) + 1] : m_cells.size();
        return {m_cells.data() + from, m_cells.data() + to};
    }
    const char *text(const Cell &cell) const { return m_text.constData() + cell.integer; }

    void add(const Spec &s, const QJsonObject &record)
    {
        m_starts.push_back(m_cells.size());
        for (const Col &col : s.cols) {
            const QJsonValue v = record.value(QLatin1String(col.json));
            switch (col.bind) {
            case Bind::Text:
                text(v.isString() ? v.toString() : QString());
                break;
            case Bind::Integer:
                integer(qint64(v.toDouble()));
                break;
            case Bind::Boolean:
                integer(v.toBool() ? 1 : 0);
                break;
            case Bind::Nullable:
                if (v.isString())
                    text(v.toString());
                else
                    m_cells.push_back(Cell());
                break;
            case Bind::IntegerOrNull:
                if (v.isDouble())
                    integer(qint64(v.toDouble()));
                else
                    m_cells.push_back(Cell());
                break;
            case Bind::Json:
                text(jsonText(v));
                break;
            case Bind::CodeList: {
                QStringList codes;
                for (const QJsonValue &code : v.toArray())
                    codes << code.toString();
                text(codes.join(QLatin1Char(',')));
                break;
            }
            case Bind::Ref:
                if (v.isString() && !v.toString().isEmpty()) {
                    text(v.toString());
                    m_cells.back().kind = Kind::Ref;
                    m_cells.back().refList = col.refList;
                } else {
                    m_cells.push_back(Cell());
                }
                break;
            }
        }
        if (s.tracked) {
            for (const char *key : {"uuid", "createdAt", "updatedAt", "origin"})
                text(record.value(QLatin1String(key)).toString());
        }
    }
    void add(const Spec &s, const QJsonArray &records)
    {
        for (const QJsonValue &v : records)
            add(s, v.toObject());
    }

private:
    void text(const QString &t)
    {
        Cell cell;
        cell.kind = Kind::Text;
        cell.integer = m_text.size();
        m_text.append(t.toUtf8());
        cell.length = m_text.size() - cell.integer;
        m_cells.push_back(cell);
    }
    void integer(qint64 i)
    {
        Cell cell;
        cell.kind = Kind::Integer;
        cell.integer = i;
        m_cells.push_back(cell);
    }

    std::vector<Cell> m_cells;
    std::vector<size_t> m_starts;
    QByteArray m_text;
};

struct Applier
{
    Workspace &workspace;
    QSqlDatabase db;
    QString now;
    QHash<QLatin1String, QHash<QString, qint64>> ids; // list → uuid → id (no allocation per key)
    std::unordered_map<std::string_view, std::unique_ptr<SqliteStatement>> inserts;
    QHash<QLatin1String, QSqlQuery> updates;
    QString error;

    qint64 idOf(const char *list, const QString &uuid)
    {
        if (uuid.isEmpty())
            return 0;
        QHash<QString, qint64> &known = ids[QLatin1String(list)];
        const auto it = known.constFind(uuid);
        if (it != known.constEnd())
            return *it;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?")
                          .arg(QLatin1String(spec(list).table)));
        query.addBindValue(uuid);
        const qint64 id = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
        if (id > 0)
            known.insert(uuid, id);
        return id;
    }

    // Binds the record's columns in the order of the spec to an UPDATE.
    template<typename Sink> bool bindTo(Sink &sink, const Spec &s, const QJsonObject &record)
    {
        for (const Col &col : s.cols) {
            const QJsonValue v = record.value(QLatin1String(col.json));
            switch (col.bind) {
            case Bind::Text:
                sink.text(v.isString() ? v.toString() : QStringLiteral(""));
                break;
            case Bind::Integer:
                sink.integer(qint64(v.toDouble()));
                break;
            case Bind::Boolean:
                sink.integer(v.toBool() ? 1 : 0);
                break;
            case Bind::Nullable:
                if (v.isString())
                    sink.text(v.toString());
                else
                    sink.null();
                break;
            case Bind::IntegerOrNull:
                if (v.isDouble())
                    sink.integer(qint64(v.toDouble()));
                else
                    sink.null();
                break;
            case Bind::Json:
                sink.text(jsonText(v));
                break;
            case Bind::CodeList: {
                QStringList codes;
                for (const QJsonValue &code : v.toArray())
                    codes << code.toString();
                sink.text(codes.join(QLatin1Char(',')));
                break;
            }
            case Bind::Ref: {
                const QString uuid = v.toString();
                const qint64 id = idOf(col.refList, uuid);
                if (!uuid.isEmpty() && id <= 0) {
                    error = BundleImport::tr("%1 refers to a record that is not in the workspace.")
                                .arg(QLatin1String(s.list));
                    return false;
                }
                if (id > 0)
                    sink.integer(id);
                else
                    sink.null();
                break;
            }
            }
        }
        return true;
    }

    struct QuerySink
    {
        QSqlQuery &query;
        void text(const QString &t) { query.addBindValue(t); }
        void integer(qint64 i) { query.addBindValue(i); }
        void null() { query.addBindValue(QVariant(QMetaType::fromType<QString>())); }
    };

    // The INSERT of a list, prepared once and run straight on SQLite: a department's file holds
    // tens of thousands of rows, and binding them through QSqlQuery cost more than SQLite.
    SqliteStatement &insertStatement(const Spec &s)
    {
        std::unique_ptr<SqliteStatement> &statement = inserts[std::string_view(s.list)];
        if (!statement) {
            QStringList columns;
            for (const Col &col : s.cols)
                columns << QLatin1String(col.column);
            if (s.tracked)
                columns << QStringLiteral("uuid") << QStringLiteral("created_at")
                        << QStringLiteral("updated_at") << QStringLiteral("origin");
            statement = std::make_unique<SqliteStatement>(
                db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(QLatin1String(s.table), columns.join(QStringLiteral(", ")),
                             QStringList(columns.size(), QStringLiteral("?"))
                                 .join(QStringLiteral(", "))));
        }
        return *statement;
    }

    // Binds prepared row i, its references resolved to this workspace's ids, and runs it.
    bool run(SqliteStatement &statement, const Spec &s, const Rows &rows, qsizetype i)
    {
        if (!statement.isValid()) {
            error = statement.error();
            return false;
        }
        const auto [begin, end] = rows.row(i);
        int index = 0;
        for (const Rows::Cell *cell = begin; cell != end; ++cell, ++index) {
            switch (cell->kind) {
            case Rows::Kind::Null:
                statement.bindNull(index);
                break;
            case Rows::Kind::Integer:
                statement.bindInteger(index, cell->integer);
                break;
            case Rows::Kind::Text:
                statement.bindStaticUtf8(index, rows.text(*cell), int(cell->length));
                break;
            case Rows::Kind::Ref: {
                const qint64 id =
                    idOf(cell->refList, QString::fromUtf8(rows.text(*cell), cell->length));
                if (id <= 0) {
                    error = BundleImport::tr("%1 refers to a record that is not in the workspace.")
                                .arg(QLatin1String(s.list));
                    return false;
                }
                statement.bindInteger(index, id);
                break;
            }
            }
        }
        if (!statement.exec()) {
            error = statement.error();
            return false;
        }
        return true;
    }

    // Many records of a list whose ids nobody refers to (answers, budget lines, holder links,
    // consents, attendance), prepared beforehand.
    bool insertMany(const Spec &s, const Rows &rows)
    {
        SqliteStatement &statement = insertStatement(s);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!run(statement, s, rows, i))
                return false;
        }
        return true;
    }

    // One record, prepared beforehand (row of rows) or here.
    qint64 insert(const Spec &s, const QJsonObject &record, const Rows *rows = nullptr,
                  qsizetype row = 0)
    {
        Rows own;
        if (!rows) {
            own.add(s, record);
            rows = &own;
            row = 0;
        }
        if (!run(insertStatement(s), s, *rows, row))
            return -1;
        const qint64 id = insertStatement(s).lastInsertId();
        if (s.tracked)
            ids[QLatin1String(s.list)].insert(str(record, "uuid"), id);
        return id;
    }

    // Replaces the row's fields by the record's, its updated_at included (the row then is the
    // record's version).
    bool update(const Spec &s, qint64 id, const QJsonObject &record,
                const QString &updatedAt = QString())
    {
        const QLatin1String list(s.list);
        QSqlQuery &query = updates[list];
        if (query.lastQuery().isEmpty()) {
            QStringList sets;
            for (const Col &col : s.cols)
                sets << QLatin1String(col.column) + QStringLiteral(" = ?");
            sets << QStringLiteral("updated_at = ?");
            query = QSqlQuery(db);
            query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                              .arg(QLatin1String(s.table), sets.join(QStringLiteral(", "))));
        }
        QuerySink sink{query};
        if (!bindTo(sink, s, record))
            return false;
        query.addBindValue(updatedAt.isEmpty() ? str(record, "updatedAt") : updatedAt);
        query.addBindValue(id);
        if (!query.exec()) {
            error = query.lastError().text();
            return false;
        }
        return true;
    }
};

// The fields of a project shown in a conflict, in the order of the project's page.
struct ProjectField
{
    const char *key;
    const char *label;
    const char *refList = nullptr;
};

const QList<ProjectField> &projectFields()
{
    static const QList<ProjectField> fields = {
        {"title", QT_TRANSLATE_NOOP("BundleImport", "Title")},
        {"summary", QT_TRANSLATE_NOOP("BundleImport", "Summary")},
        {"stage", QT_TRANSLATE_NOOP("BundleImport", "Stage")},
        {"stageOverrideReason", QT_TRANSLATE_NOOP("BundleImport", "Reason for the stage")},
        {"theme", QT_TRANSLATE_NOOP("BundleImport", "Theme")},
        {"commune", QT_TRANSLATE_NOOP("BundleImport", "Commune")},
        {"amountRequestedCents", QT_TRANSLATE_NOOP("BundleImport", "Amount requested")},
        {"edition", QT_TRANSLATE_NOOP("BundleImport", "Edition"), "editions"},
        {"venue", QT_TRANSLATE_NOOP("BundleImport", "Comptoir"), "venues"},
        {"category", QT_TRANSLATE_NOOP("BundleImport", "Category"), "categories"},
        {"organisation", QT_TRANSLATE_NOOP("BundleImport", "Organisation"), "organisations"},
        {"methodology", QT_TRANSLATE_NOOP("BundleImport", "Methodology"), "methodologies"},
    };
    return fields;
}

// Names to show for the UUIDs a conflict mentions: from the file, else from the workspace.
class Names
{
public:
    Names(const Workspace &workspace, const QJsonObject &content)
        : m_workspace(workspace)
        , m_content(content)
    {}

    QString of(const char *list, const QString &uuid)
    {
        if (uuid.isEmpty())
            return QString();
        const QString key = QLatin1String(list) + QLatin1Char(':') + uuid;
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.constEnd())
            return *cached;
        QString name;
        for (const QJsonValue &v : m_content.value(QLatin1String(list)).toArray()) {
            const QJsonObject record = v.toObject();
            if (str(record, "uuid") == uuid) {
                name = display(list, record);
                break;
            }
        }
        if (name.isEmpty()) {
            QSqlQuery query(m_workspace.database());
            const bool holders = qstrcmp(list, "holders") == 0;
            query.prepare(holders ? QStringLiteral("SELECT trim(first_name || ' ' || last_name)"
                                                   " FROM holders WHERE uuid = ?")
                                  : QStringLiteral("SELECT name FROM %1 WHERE uuid = ?")
                                        .arg(QLatin1String(spec(list).table)));
            query.addBindValue(uuid);
            if (query.exec() && query.next())
                name = query.value(0).toString();
        }
        if (name.isEmpty())
            name = uuid.left(8);
        m_cache.insert(key, name);
        return name;
    }

private:
    static QString display(const char *list, const QJsonObject &record)
    {
        if (qstrcmp(list, "holders") == 0)
            return (str(record, "firstName") + QLatin1Char(' ') + str(record, "lastName"))
                .trimmed();
        return str(record, "name");
    }

    const Workspace &m_workspace;
    const QJsonObject &m_content;
    QHash<QString, QString> m_cache;
};

QString budgetText(const QJsonArray &lines)
{
    qint64 expenses = 0;
    qint64 resources = 0;
    QStringList rows;
    for (const QJsonValue &v : lines) {
        const QJsonObject line = v.toObject();
        const qint64 cents = qint64(line.value(QLatin1String("amountCents")).toDouble());
        const bool expense = str(line, "kind") == QLatin1String("expense");
        (expense ? expenses : resources) += cents;
        rows << QStringLiteral("%1 %2 : %3")
                    .arg(expense ? BundleImport::tr("Expense") : BundleImport::tr("Resource"),
                         str(line, "label"), Money::format(cents));
    }
    rows.prepend(
        BundleImport::tr("%n line(s); expenses %1, resources %2", nullptr, int(lines.size()))
            .arg(Money::format(expenses), Money::format(resources)));
    return rows.join(QLatin1Char('\n'));
}

QList<QJsonObject> sortedHolders(const QJsonArray &links)
{
    QList<QJsonObject> result;
    for (const QJsonValue &v : links)
        result << v.toObject();
    std::sort(result.begin(), result.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("position")).toDouble() <
               b.value(QLatin1String("position")).toDouble();
    });
    return result;
}

QByteArray linesKey(const QJsonArray &records, std::initializer_list<const char *> keys)
{
    QList<QByteArray> lines;
    for (const QJsonValue &v : records) {
        QJsonObject o;
        for (const char *key : keys)
            o.insert(QLatin1String(key), v.toObject().value(QLatin1String(key)));
        lines << QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    std::sort(lines.begin(), lines.end());
    return lines.join('\n');
}

QHash<QString, QJsonObject> answersByKey(const QJsonArray &answers)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue &v : answers)
        result.insert(str(v.toObject(), "key"), v.toObject());
    return result;
}

QString answerLabel(const QString &key)
{
    const Methodology &methodology = Methodology::builtIn();
    for (const Methodology::Section &section : methodology.sections) {
        for (const Methodology::Field &field : section.fields) {
            if (field.qualifiedKey == key)
                return section.title + QStringLiteral(" › ") + field.label;
        }
    }
    return key;
}

// The fields in which the two versions of a project differ.
QList<BundleImport::Field> differences(const ProjectSnapshot &local,
                                       const ProjectSnapshot &incoming, Names &names)
{
    QList<BundleImport::Field> fields;
    for (const ProjectField &f : projectFields()) {
        const QJsonValue a = local.project.value(QLatin1String(f.key));
        const QJsonValue b = incoming.project.value(QLatin1String(f.key));
        if (a == b)
            continue;
        BundleImport::Field field;
        field.key = QLatin1String(f.key);
        field.label = BundleImport::tr(f.label);
        const auto show = [&](const QJsonValue &v) {
            if (f.refList)
                return names.of(f.refList, v.toString());
            if (field.key == QLatin1String("stage")) {
                const std::optional<Stage> stage = Stages::fromCode(v.toString());
                return stage ? Stages::name(*stage) : v.toString();
            }
            if (field.key == QLatin1String("amountRequestedCents"))
                return Money::format(qint64(v.toDouble()));
            return valueText(v);
        };
        field.local = show(a);
        field.incoming = show(b);
        fields << field;
    }
    const QHash<QString, QJsonObject> localAnswers = answersByKey(local.answers);
    const QHash<QString, QJsonObject> incomingAnswers = answersByKey(incoming.answers);
    QStringList keys = localAnswers.keys() + incomingAnswers.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue a = localAnswers.value(key).value(QLatin1String("value"));
        const QJsonValue b = incomingAnswers.value(key).value(QLatin1String("value"));
        // A commune with its code and the same name without it are the same answer.
        if (a == b || CommuneValue::withNames(a) == CommuneValue::withNames(b))
            continue;
        fields << BundleImport::Field{QStringLiteral("answer:") + key, answerLabel(key),
                                      valueText(a), valueText(b)};
    }
    const auto budgetKey = [](const QJsonArray &lines) {
        return linesKey(lines, {"kind", "position", "category", "label", "amountCents"});
    };
    if (budgetKey(local.budgetLines) != budgetKey(incoming.budgetLines))
        fields << BundleImport::Field{QStringLiteral("budgetLines"), BundleImport::tr("Budget"),
                                      budgetText(local.budgetLines),
                                      budgetText(incoming.budgetLines)};
    const auto holdersKey = [](const QJsonArray &links) {
        return linesKey(links, {"holder", "lead", "position"});
    };
    if (holdersKey(local.holders) != holdersKey(incoming.holders)) {
        const auto text = [&names](const QJsonArray &links) {
            QStringList people;
            for (const QJsonObject &link : sortedHolders(links))
                people << names.of("holders", str(link, "holder"));
            return people.join(QLatin1Char('\n'));
        };
        fields << BundleImport::Field{QStringLiteral("holders"), BundleImport::tr("Holders"),
                                      text(local.holders), text(incoming.holders)};
    }
    return fields;
}

// The version that results from the choices made field by field.
ProjectSnapshot merged(const ProjectSnapshot &local, const ProjectSnapshot &incoming,
                       const QList<BundleImport::Field> &fields)
{
    ProjectSnapshot result = local;
    QHash<QString, QJsonObject> answers = answersByKey(local.answers);
    const QHash<QString, QJsonObject> incomingAnswers = answersByKey(incoming.answers);
    for (const BundleImport::Field &field : fields) {
        if (!field.takeIncoming)
            continue;
        if (field.key.startsWith(QLatin1String("answer:"))) {
            const QString key = field.key.mid(7);
            if (incomingAnswers.contains(key))
                answers.insert(key, incomingAnswers.value(key));
            else
                answers.remove(key);
        } else if (field.key == QLatin1String("budgetLines")) {
            result.budgetLines = incoming.budgetLines;
        } else if (field.key == QLatin1String("holders")) {
            result.holders = incoming.holders;
        } else {
            result.project.insert(field.key, incoming.project.value(field.key));
            if (field.key == QLatin1String("commune")) // its code goes with it
                result.project.insert(QStringLiteral("communeCode"),
                                      incoming.project.value(QLatin1String("communeCode")));
        }
    }
    result.answers = QJsonArray();
    QStringList keys = answers.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys))
        result.answers.append(answers.value(key));
    return result;
}

} // namespace

int BundleImport::Plan::count(Outcome outcome) const
{
    return int(std::count_if(projects.cbegin(), projects.cend(),
                             [outcome](const ProjectPlan &p) { return p.outcome == outcome; }));
}

std::optional<BundleImport::Plan> BundleImport::prepare(const Workspace &workspace,
                                                        const QJsonObject &document,
                                                        const QString &fileName, QString *error)
{
    Plan plan;
    plan.fileName = fileName;
    plan.sha256 = str(document, "sha256");
    const QJsonObject producer = document.value(QLatin1String("producer")).toObject();
    plan.producer = str(producer, "workspace");
    plan.producerVersion = str(producer, "version");
    plan.exportedAt = str(document, "exportedAt");
    plan.content = document.value(QLatin1String("content")).toObject();
    // Files written before the committee's grid existed: every category counts once.
    {
        QJsonArray categories = plan.content.value(QLatin1String("categories")).toArray();
        bool weighted = false;
        for (qsizetype i = 0; i < categories.size(); ++i) {
            QJsonObject category = categories.at(i).toObject();
            if (!category.contains(QLatin1String("scoreWeight"))) {
                category.insert(QLatin1String("scoreWeight"), 1);
                categories.replace(i, category);
                weighted = true;
            }
        }
        if (weighted)
            plan.content.insert(QLatin1String("categories"), categories);
    }
    // Files written before communes had their INSEE code, or naming one the writer's list did
    // not know: the names are matched here.
    for (const char *list : {"venues", "holders", "projects"}) {
        QJsonArray records = plan.content.value(QLatin1String(list)).toArray();
        bool coded = false;
        for (qsizetype i = 0; i < records.size(); ++i) {
            QJsonObject record = records.at(i).toObject();
            if (!str(record, "communeCode").isEmpty() || str(record, "commune").isEmpty())
                continue;
            record.insert(QLatin1String("communeCode"), Communes::codeOf(str(record, "commune")));
            records.replace(i, record);
            coded = true;
        }
        if (coded)
            plan.content.insert(QLatin1String(list), records);
    }
    QSqlDatabase db = workspace.database();
    error->clear();

    {
        QSqlQuery previous(db);
        previous.prepare(QStringLiteral(
            "SELECT imported_at FROM imports WHERE sha256 = ? ORDER BY imported_at DESC LIMIT 1"));
        previous.addBindValue(plan.sha256);
        if (previous.exec() && previous.next())
            plan.previousImport = previous.value(0).toString();
    }

    // Records two workspaces created apart: the same edition year, category code, methodology
    // version, consent or attendance under another UUID.
    QHash<QString, QString> map;
    const auto find = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant &v : values)
            query.addBindValue(v);
        QStringList found;
        if (query.exec()) {
            while (query.next())
                found << query.value(0).toString();
        } else {
            *error = query.lastError().text();
        }
        return found.size() == 1 ? found.first() : QString();
    };
    const auto recognise = [&](const char *list, const auto &lookup) {
        const QJsonArray records = plan.content.value(QLatin1String(list)).toArray();
        const QHash<QString, qint64> known =
            localIds(db, spec(list).table, uuidsOf(records), error);
        for (const QJsonValue &v : records) {
            const QJsonObject record = v.toObject();
            const QString uuid = str(record, "uuid");
            if (known.contains(uuid))
                continue;
            const QString local = lookup(record);
            if (!local.isEmpty() && local != uuid)
                map.insert(uuid, local);
        }
    };
    recognise("editions", [&](const QJsonObject &r) {
        return find(QStringLiteral("SELECT uuid FROM editions WHERE year = ?"),
                    {r.value(QLatin1String("year")).toInt()});
    });
    recognise("methodologies", [&](const QJsonObject &r) {
        return find(QStringLiteral("SELECT uuid FROM methodologies WHERE code = ? AND version = ?"),
                    {str(r, "code"), r.value(QLatin1String("version")).toInt()});
    });
    remap(&plan.content, map);
    recognise("categories", [&](const QJsonObject &r) {
        return find(QStringLiteral("SELECT c.uuid FROM categories c JOIN editions e"
                                   " ON e.id = c.edition_id WHERE e.uuid = ? AND c.code = ?"),
                    {str(r, "edition"), str(r, "code")});
    });
    // Consents and attendance, many per file, and reviews: their other keys read in one query
    // each, for the records the file's own refer to (none when the file has none).
    const auto naturalKeys = [&](const QString &sql, const char *list,
                                 std::initializer_list<const char *> keys) {
        QHash<QString, QString> found;
        QSet<QString> parents;
        for (const QJsonValue &v : plan.content.value(QLatin1String(list)).toArray()) {
            for (const char *key : keys)
                parents.insert(str(v.toObject(), key));
        }
        parents.remove(QString());
        if (parents.isEmpty())
            return found;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql.arg(inList(QStringList(parents.cbegin(), parents.cend()))))) {
            *error = query.lastError().text();
            return found;
        }
        while (query.next())
            found.insert(query.value(0).toString(), query.value(1).toString());
        return found;
    };
    const QHash<QString, QString> consents = naturalKeys(
        QStringLiteral("SELECT h.uuid || '|' || c.kind, c.uuid FROM consents c JOIN holders h"
                       " ON h.id = c.holder_id WHERE h.uuid IN (%1)"),
        "consents", {"holder"});
    recognise("consents", [&](const QJsonObject &r) {
        return consents.value(str(r, "holder") + QLatin1Char('|') + str(r, "kind"));
    });
    const QHash<QString, QString> attendance =
        naturalKeys(QStringLiteral("SELECT w.uuid || '|' || h.uuid, a.uuid FROM attendance a"
                                   " JOIN workshops w ON w.id = a.workshop_id"
                                   " JOIN holders h ON h.id = a.holder_id WHERE w.uuid IN (%1)"),
                    "attendance", {"workshop"});
    recognise("attendance", [&](const QJsonObject &r) {
        return attendance.value(str(r, "workshop") + QLatin1Char('|') + str(r, "holder"));
    });
    remap(&plan.content, map);
    // The review of a project, its score for a criterion and the link between two projects are
    // one each, whoever made them. (The identities remapped so far are kept apart: what follows
    // asks whether any was.)
    const QHash<QString, QString> identities = std::exchange(map, {});
    const QHash<QString, QString> reviews =
        naturalKeys(QStringLiteral("SELECT p.uuid, r.uuid FROM reviews r JOIN projects p"
                                   " ON p.id = r.project_id WHERE p.uuid IN (%1)"),
                    "reviews", {"project"});
    recognise("reviews", [&](const QJsonObject &r) { return reviews.value(str(r, "project")); });
    const QHash<QString, QString> scores = naturalKeys(
        QStringLiteral("SELECT p.uuid || '|' || c.uuid, s.uuid FROM review_scores s"
                       " JOIN projects p ON p.id = s.project_id"
                       " JOIN categories c ON c.id = s.category_id WHERE p.uuid IN (%1)"),
        "reviewScores", {"project"});
    recognise("reviewScores", [&](const QJsonObject &r) {
        return scores.value(str(r, "project") + QLatin1Char('|') + str(r, "category"));
    });
    const QHash<QString, QString> links = naturalKeys(
        QStringLiteral("SELECT p.uuid || '|' || o.uuid, l.uuid FROM project_links l"
                       " JOIN projects p ON p.id = l.project_id"
                       " JOIN projects o ON o.id = l.other_project_id WHERE p.uuid IN (%1)"
                       " UNION ALL SELECT o.uuid || '|' || p.uuid, l.uuid FROM project_links l"
                       " JOIN projects p ON p.id = l.project_id"
                       " JOIN projects o ON o.id = l.other_project_id WHERE o.uuid IN (%1)"),
        "projectLinks", {"project", "other"});
    recognise("projectLinks", [&](const QJsonObject &r) {
        return links.value(str(r, "project") + QLatin1Char('|') + str(r, "other"));
    });
    remap(&plan.content, map);
    map = identities;
    dropMerged(db, &plan.content, &plan.mergedAway, error);
    if (plan.mergedAway > 0)
        plan.warnings << tr("%n project(s) of the file were merged into others here: they are "
                            "left out.",
                            nullptr, plan.mergedAway);
    if (!error->isEmpty()) {
        *error = tr("The workspace could not be read: %1").arg(*error);
        return std::nullopt;
    }

    // Project by project: which side is newer.
    const QJsonArray projects = plan.content.value(QLatin1String("projects")).toArray();
    const QStringList uuids = uuidsOf(projects);
    QHash<QString, QString> updatedHere;
    const QHash<QString, qint64> known = localIds(db, "projects", uuids, error, &updatedHere);
    const QHash<QString, QStringList> versions =
        BundleWriter::versions(workspace, known.keys(), error);
    plan.incoming = ProjectSnapshot::fromContent(plan.content);
    const QHash<QString, ProjectSnapshot> &incoming = plan.incoming;
    // The file's versions of the projects known here (of all when identities were remapped).
    const QHash<QString, QString> incomingHashes =
        hashesOf(incoming, map.isEmpty() ? known.keys() : uuids);
    // A version this workspace has already exchanged is settled without reading the project:
    // only the others are read and compared (re-importing a department's file stays quick).
    QList<qint64> toCompare;
    for (const QJsonValue &v : projects) {
        const QJsonObject record = v.toObject();
        ProjectPlan project;
        project.uuid = str(record, "uuid");
        project.title = str(record, "title");
        project.localId = known.value(project.uuid);
        if (project.localId <= 0) {
            // A new project's version is remembered from the file's history, which holds it;
            // unless its references were recognised under this workspace's identities, which
            // makes it a version of its own here.
            project.outcome = Outcome::Added;
            if (!map.isEmpty())
                project.incomingHash = incomingHashes.value(project.uuid);
            plan.projects << project;
            continue;
        }
        project.incomingHash = incomingHashes.value(project.uuid);
        if (versions.value(project.uuid).contains(project.incomingHash)) {
            project.outcome = updatedHere.value(project.uuid) == str(record, "updatedAt")
                                  ? Outcome::Identical
                                  : Outcome::Older;
        } else {
            project.outcome = Outcome::Conflict; // until compared below
            toCompare << project.localId;
        }
        plan.projects << project;
    }
    std::sort(toCompare.begin(), toCompare.end());
    QJsonObject localContent;
    for (const char *list : {"projects", "answers", "budgetLines", "projectHolders"}) {
        if (!error->isEmpty())
            break;
        std::optional<QJsonArray> rows =
            BundleWriter::records(workspace, QLatin1String(list), toCompare, error);
        if (rows)
            localContent.insert(QLatin1String(list), *rows);
    }
    if (!error->isEmpty()) {
        *error = tr("The workspace could not be read: %1").arg(*error);
        return std::nullopt;
    }
    const QHash<QString, ProjectSnapshot> local = ProjectSnapshot::fromContent(localContent);
    QHash<QString, QSet<QString>> histories;
    for (const QJsonValue &v : projects) {
        const QJsonObject record = v.toObject();
        if (!local.contains(str(record, "uuid")))
            continue;
        QSet<QString> &history = histories[str(record, "uuid")];
        for (const QJsonValue &h : record.value(QLatin1String("history")).toArray())
            history.insert(h.toString());
    }
    Names names(workspace, plan.content);
    for (ProjectPlan &project : plan.projects) {
        const auto mine = local.constFind(project.uuid);
        if (project.localId <= 0 || mine == local.constEnd())
            continue;
        const QString mineHash = mine->hash();
        if (mineHash == project.incomingHash)
            project.outcome = Outcome::Identical;
        else if (histories.value(project.uuid).contains(mineHash))
            project.outcome = Outcome::Newer;
        else
            project.outcome = Outcome::Conflict;
        if (project.outcome == Outcome::Conflict) {
            project.title = str(mine->project, "title");
            project.fields = differences(*mine, incoming.value(project.uuid), names);
        }
    }
    return plan;
}

void BundleImport::chooseAll(Plan *plan, bool takeIncoming)
{
    for (ProjectPlan &project : plan->projects) {
        for (Field &field : project.fields)
            field.takeIncoming = takeIncoming;
    }
}

std::optional<BundleImport::Report> BundleImport::apply(Workspace &workspace, const Plan &plan,
                                                        QString *error)
{
    Report report;
    report.warnings = plan.warnings;
    QSqlDatabase db = workspace.database();
    // Statement journals in memory for the length of the import: an insert into projects (whose
    // trigger marks it for the search index) may fail after it wrote, so it first saves the
    // pages it changes, and on disk that went to a temporary file on every insert (0.4 s per
    // 10,000 projects). Only here: the sorts of the dashboard's queries, which use the same
    // temporary storage, are twice as slow in memory. (Set outside a transaction only; inside
    // one, SQLite refuses and the import is merely slower.)
    QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    const auto defaultTempStore =
        qScopeGuard([db] { QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = DEFAULT")); });
    Transaction transaction(db);
    Applier applier{workspace, db, Timestamp::now(), {}, {}, {}, {}};
    const auto fail = [&](const QString &why) {
        *error = tr("The file could not be imported; the workspace is unchanged. %1").arg(why);
        return std::nullopt;
    };
    if (!transaction.isActive())
        return fail(db.lastError().text());

    // The import itself, for the report and the provenance.
    {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO imports (uuid, file_name, sha256, producer, producer_version,"
            " exported_at, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.addBindValue(plan.fileName);
        insert.addBindValue(plan.sha256);
        insert.addBindValue(plan.producer);
        insert.addBindValue(plan.producerVersion);
        insert.addBindValue(plan.exportedAt);
        insert.addBindValue(applier.now);
        if (!insert.exec())
            return fail(insert.lastError().text());
        report.importId = insert.lastInsertId().toLongLong();
    }

    // The answers, budget lines and holder links of the projects added or replaced, and the
    // attendance, converted for SQLite on the other core while this one writes what they
    // refer to and the projects.
    struct Prepared
    {
        std::array<Rows, 3> children; // links, answers, lines of the projects added or replaced
        Rows attendance;              // in the file's order
    };
    struct PreparedProjects
    {
        Rows rows;
        QHash<QString, qsizetype> row; // project UUID → its row
    };
    const auto childLists = std::array<const char *, 3>{"projectHolders", "answers", "budgetLines"};
    const auto added = [](const ProjectPlan &project) {
        return project.outcome == Outcome::Added || project.outcome == Outcome::Newer;
    };
    // The projects' own rows first (this thread needs them first), then the rest.
    std::promise<PreparedProjects> projectRows;
    std::future<PreparedProjects> preparedProjects = projectRows.get_future();
    std::future<Prepared> preparing =
        std::async(std::launch::async, [&plan, &projectRows, childLists, added] {
            PreparedProjects projects;
            for (const ProjectPlan &project : plan.projects) {
                if (!added(project))
                    continue;
                projects.row.insert(project.uuid, projects.rows.size());
                projects.rows.add(spec("projects"), plan.incoming.value(project.uuid).project);
            }
            projectRows.set_value(std::move(projects));
            Prepared prepared;
            for (const ProjectPlan &project : plan.projects) {
                if (!added(project))
                    continue;
                const ProjectSnapshot snapshot = plan.incoming.value(project.uuid);
                prepared.children[0].add(spec(childLists[0]), snapshot.holders);
                prepared.children[1].add(spec(childLists[1]), snapshot.answers);
                prepared.children[2].add(spec(childLists[2]), snapshot.budgetLines);
            }
            prepared.attendance.add(spec("attendance"),
                                    plan.content.value(QLatin1String("attendance")).toArray());
            return prepared;
        });
    // Should this thread leave early, the other finishes before what it reads goes away.
    const auto waitForOther = qScopeGuard([&preparing] {
        if (preparing.valid())
            preparing.wait();
    });

    // What the projects refer to: added when unknown, replaced by a newer edit.
    for (const char *list :
         {"hostOrganisations", "venues", "editions", "categories", "methodologies", "organisations",
          "holders", "consents", "workshops"}) {
        const Spec &s = spec(list);
        const QJsonArray records = plan.content.value(QLatin1String(list)).toArray();
        if (records.isEmpty())
            continue;
        QHash<QString, qint64> &ids = applier.ids[QLatin1String(list)];
        QString readError;
        QHash<QString, QString> updatedAt;
        ids = localIds(db, s.table, uuidsOf(records), &readError, &updatedAt);
        // A record known here in the very version the file carries (the same updatedAt: every
        // edit stamps it) is settled without being read; the others are read as the writer
        // would write them, to be compared.
        QSet<QString> stale;
        for (const QJsonValue &v : records) {
            const QString uuid = str(v.toObject(), "uuid");
            if (ids.contains(uuid) && updatedAt.value(uuid) != str(v.toObject(), "updatedAt"))
                stale.insert(uuid);
        }
        QList<qint64> readFor;
        const bool byParent = qstrcmp(list, "categories") == 0 || qstrcmp(list, "consents") == 0;
        const char *parent = qstrcmp(list, "categories") == 0 ? "editions" : "holders";
        const char *parentKey = qstrcmp(list, "categories") == 0 ? "edition" : "holder";
        for (const QJsonValue &v : records) {
            const QString uuid = str(v.toObject(), "uuid");
            if (!stale.contains(uuid))
                continue;
            const qint64 id =
                byParent ? applier.idOf(parent, str(v.toObject(), parentKey)) : ids.value(uuid);
            if (id > 0)
                readFor << id;
        }
        std::optional<QJsonArray> mine =
            BundleWriter::records(workspace, QLatin1String(list), readFor, &readError);
        if (!mine)
            return fail(readError);
        QHash<QString, QJsonObject> local;
        for (const QJsonValue &v : *mine)
            local.insert(str(v.toObject(), "uuid"), v.toObject());

        for (const QJsonValue &v : records) {
            QJsonObject record = v.toObject();
            const QString uuid = str(record, "uuid");
            const qint64 id = ids.value(uuid);
            if (id <= 0) {
                if (applier.insert(s, record) < 0)
                    return fail(tr("%1: %2").arg(QLatin1String(list), applier.error));
                ++report.recordsAdded;
                continue;
            }
            if (!stale.contains(uuid))
                continue;
            const QJsonObject theirs = substance(record);
            const QJsonObject ours = substance(local.value(uuid));
            if (theirs == ours)
                continue;
            if (qstrcmp(list, "methodologies") == 0) {
                // A definition is never changed under its version number.
                report.warnings << tr("The file's “%1”, version %2, differs from this "
                                      "workspace's; the workspace's is kept.")
                                       .arg(str(record, "name"))
                                       .arg(record.value(QLatin1String("version")).toInt());
                continue;
            }
            if (qstrcmp(list, "holders") == 0) {
                const bool erasedHere =
                    !local.value(uuid).value(QLatin1String("erasedAt")).isNull();
                const bool erasedThere = !record.value(QLatin1String("erasedAt")).isNull();
                if (erasedHere)
                    continue; // someone asked to be forgotten: never brought back
                if (erasedThere) {
                    QString eraseError;
                    if (!Holders::erase(workspace, id, &eraseError))
                        return fail(eraseError);
                    ++report.recordsUpdated;
                    continue;
                }
                // A file leaves contact details blank without consent: that is not an edit.
                for (const char *key : {"email", "phone", "address"}) {
                    if (str(record, key).isEmpty()) {
                        QSqlQuery current(db);
                        current.prepare(QStringLiteral("SELECT %1 FROM holders WHERE id = ?")
                                            .arg(QLatin1String(key)));
                        current.addBindValue(id);
                        if (current.exec() && current.next())
                            record.insert(QLatin1String(key), current.value(0).toString());
                    }
                }
            }
            if (str(record, "updatedAt") <= str(local.value(uuid), "updatedAt"))
                continue; // ours is the newer edit
            if (!applier.update(s, id, record))
                return fail(tr("%1: %2").arg(QLatin1String(list), applier.error));
            ++report.recordsUpdated;
        }
    }

    // The projects, as planned and chosen.
    const QHash<QString, ProjectSnapshot> &incoming = plan.incoming;
    QHash<QString, QJsonArray> histories;
    for (const QJsonValue &v : plan.content.value(QLatin1String("projects")).toArray())
        histories.insert(str(v.toObject(), "uuid"),
                         v.toObject().value(QLatin1String("history")).toArray());
    SqliteStatement version(
        db, QStringLiteral(
                "INSERT OR IGNORE INTO project_versions (project_uuid, hash) VALUES (?, ?)"));
    SqliteStatement provenance(
        db, QStringLiteral("INSERT OR REPLACE INTO project_imports (project_id, import_id, action)"
                           " VALUES (?, ?, ?)"));
    if (!version.isValid() || !provenance.isValid())
        return fail(version.isValid() ? provenance.error() : version.error());
    QList<qint64> conflictIds;
    for (const ProjectPlan &project : plan.projects)
        if (project.outcome == Outcome::Conflict)
            conflictIds << project.localId;
    QHash<QString, ProjectSnapshot> localConflicts;
    if (!conflictIds.isEmpty()) {
        QJsonObject localContent;
        QString readError;
        for (const char *list : {"projects", "answers", "budgetLines", "projectHolders"}) {
            std::optional<QJsonArray> rows =
                BundleWriter::records(workspace, QLatin1String(list), conflictIds, &readError);
            if (!rows)
                return fail(readError);
            localContent.insert(QLatin1String(list), *rows);
        }
        localConflicts = ProjectSnapshot::fromContent(localContent);
    }

    const Spec &projectSpec = spec("projects");
    std::optional<PreparedProjects> preparedRows;
    // Writes a version of a project over the workspace's: its row, answers, lines and holders.
    const auto replace = [&](qint64 id, const ProjectSnapshot &snapshot, const QString &updatedAt) {
        if (!applier.update(projectSpec, id, snapshot.project, updatedAt))
            return false;
        for (const char *table : {"answers", "budget_lines", "project_holders"}) {
            QSqlQuery remove(db);
            remove.prepare(
                QStringLiteral("DELETE FROM %1 WHERE project_id = ?").arg(QLatin1String(table)));
            remove.addBindValue(id);
            if (!remove.exec()) {
                applier.error = remove.lastError().text();
                return false;
            }
        }
        return true;
    };
    // A project's answers, budget lines and holder links, written together after the projects:
    // those of the projects added or replaced were prepared on the other core, those of merged
    // projects are prepared here.
    std::array<Rows, 3> mergedChildren;
    const auto children = [&](const ProjectSnapshot &snapshot, bool isMerged) {
        if (isMerged) {
            mergedChildren[0].add(spec(childLists[0]), snapshot.holders);
            mergedChildren[1].add(spec(childLists[1]), snapshot.answers);
            mergedChildren[2].add(spec(childLists[2]), snapshot.budgetLines);
        }
        return true;
    };
    int versionsLearnt = 0;
    const auto remember = [&](const QString &uuid, const QStringList &hashes) {
        for (const QString &hash : hashes) {
            version.bindText(0, uuid);
            version.bindText(1, hash);
            if (!version.exec()) {
                applier.error = version.error();
                return false;
            }
            versionsLearnt += version.changes() > 0 ? 1 : 0;
        }
        return true;
    };
    for (const ProjectPlan &project : plan.projects) {
        const ProjectSnapshot theirs = incoming.value(project.uuid);
        QStringList hashes;
        for (const QJsonValue &h : histories.value(project.uuid))
            hashes << h.toString();
        if (!project.incomingHash.isEmpty())
            hashes << project.incomingHash;
        qint64 id = project.localId;
        QString action;
        switch (project.outcome) {
        case Outcome::Added:
            if (!preparedRows)
                preparedRows = preparedProjects.get();
            id = applier.insert(projectSpec, theirs.project, &preparedRows->rows,
                                preparedRows->row.value(project.uuid));
            if (id < 0 || !children(theirs, false))
                return fail(tr("project “%1”: %2").arg(project.title, applier.error));
            applier.ids[QLatin1String("projects")].insert(project.uuid, id);
            action = QStringLiteral("added");
            ++report.added;
            break;
        case Outcome::Identical:
        case Outcome::Older:
            ++report.skipped;
            break;
        case Outcome::Newer:
            applier.ids[QLatin1String("projects")].insert(project.uuid, id);
            if (!replace(id, theirs, QString()) || !children(theirs, false))
                return fail(tr("project “%1”: %2").arg(project.title, applier.error));
            action = QStringLiteral("updated");
            ++report.updated;
            break;
        case Outcome::Conflict: {
            applier.ids[QLatin1String("projects")].insert(project.uuid, id);
            const ProjectSnapshot &mine = localConflicts[project.uuid];
            const ProjectSnapshot result = merged(mine, theirs, project.fields);
            hashes << mine.hash();
            if (result.hash() != mine.hash()) {
                if (!replace(id, result, applier.now) || !children(result, true))
                    return fail(tr("project “%1”: %2").arg(project.title, applier.error));
                action = QStringLiteral("merged");
            }
            ++report.conflicts;
            break;
        }
        }
        if (!remember(project.uuid, hashes))
            return fail(applier.error);
        if (!action.isEmpty()) {
            provenance.bindInteger(0, id);
            provenance.bindInteger(1, report.importId);
            provenance.bindText(2, action);
            if (!provenance.exec())
                return fail(provenance.error());
        }
    }

    const Prepared prepared = preparing.get();
    for (int i = 0; i < 3; ++i) {
        if (!applier.insertMany(spec(childLists.at(i)), prepared.children.at(i)) ||
            !applier.insertMany(spec(childLists.at(i)), mergedChildren.at(i)))
            return fail(applier.error);
    }

    // Who came to which workshop, and on which project.
    {
        const Spec &s = spec("attendance");
        const QJsonArray records = plan.content.value(QLatin1String("attendance")).toArray();
        QString readError;
        QHash<QString, QString> updatedAt;
        const QHash<QString, qint64> ids =
            localIds(db, s.table, uuidsOf(records), &readError, &updatedAt);
        if (!readError.isEmpty())
            return fail(readError);
        // As for what the projects refer to: a presence known here in the very version the file
        // carries is settled without being read.
        QList<qint64> readFor;
        for (const QJsonValue &v : records) {
            const QString uuid = str(v.toObject(), "uuid");
            const qint64 id = ids.value(uuid);
            if (id > 0 && updatedAt.value(uuid) != str(v.toObject(), "updatedAt"))
                readFor << id;
        }
        std::optional<QJsonArray> mine =
            BundleWriter::records(workspace, QStringLiteral("attendance"), readFor, &readError);
        if (!mine)
            return fail(readError);
        QHash<QString, QJsonObject> local;
        for (const QJsonValue &v : *mine)
            local.insert(str(v.toObject(), "uuid"), v.toObject());
        QList<qsizetype> added;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonObject record = records.at(i).toObject();
            const QString uuid = str(record, "uuid");
            const qint64 id = ids.value(uuid);
            if (id <= 0) {
                added << i;
                ++report.recordsAdded;
            } else if (local.contains(uuid) && substance(record) != substance(local.value(uuid)) &&
                       str(record, "updatedAt") > str(local.value(uuid), "updatedAt")) {
                if (!applier.update(s, id, record))
                    return fail(tr("attendance: %1").arg(applier.error));
                ++report.recordsUpdated;
            }
        }
        SqliteStatement &insert = applier.insertStatement(s);
        for (const qsizetype i : std::as_const(added)) {
            if (!applier.run(insert, s, prepared.attendance, i))
                return fail(tr("attendance: %1").arg(applier.error));
        }
    }

    // The mission officers' reviews, comments, scores and links: added when unknown, replaced by
    // a newer edit (the newer updatedAt wins, as for what the projects refer to).
    for (const char *list : {"reviews", "reviewComments", "reviewScores", "projectLinks"}) {
        const Spec &s = spec(list);
        const QJsonArray records = plan.content.value(QLatin1String(list)).toArray();
        if (records.isEmpty())
            continue;
        QString readError;
        QHash<QString, QString> updatedAt;
        const QHash<QString, qint64> ids =
            localIds(db, s.table, uuidsOf(records), &readError, &updatedAt);
        if (!readError.isEmpty())
            return fail(readError);
        for (const QJsonValue &v : records) {
            const QJsonObject record = v.toObject();
            // Only about projects this workspace has (a project the file brings as a conflict
            // resolved for the local side is still here).
            if (applier.idOf("projects", str(record, "project")) <= 0 ||
                (qstrcmp(s.cols.at(1).json, "other") == 0 &&
                 applier.idOf("projects", str(record, "other")) <= 0))
                continue;
            const qint64 id = ids.value(str(record, "uuid"));
            if (id <= 0) {
                if (applier.insert(s, record) < 0)
                    return fail(tr("%1: %2").arg(QLatin1String(list), applier.error));
                ++report.recordsAdded;
            } else if (str(record, "updatedAt") > updatedAt.value(str(record, "uuid"))) {
                if (!applier.update(s, id, record))
                    return fail(tr("%1: %2").arg(QLatin1String(list), applier.error));
                ++report.recordsUpdated;
            }
        }
    }

    // A file that brings nothing new (imported before, or all identical) leaves the workspace
    // exactly as it was: the transaction is rolled back, the report still says what was seen.
    if (report.added + report.updated + report.conflicts + report.recordsAdded +
            report.recordsUpdated + versionsLearnt ==
        0) {
        report.importId = 0;
        return report;
    }
    {
        QSqlQuery counts(db);
        counts.prepare(QStringLiteral("UPDATE imports SET added = ?, updated = ?, skipped = ?,"
                                      " conflicts = ? WHERE id = ?"));
        counts.addBindValue(report.added);
        counts.addBindValue(report.updated);
        counts.addBindValue(report.skipped);
        counts.addBindValue(report.conflicts);
        counts.addBindValue(report.importId);
        if (!counts.exec())
            return fail(counts.lastError().text());
    }
    if (!transaction.commit())
        return fail(db.lastError().text());
    workspace.notifyProjectsChanged();
    return report;
}

std::optional<BundleImport::Report> BundleImport::importFile(Workspace &workspace,
                                                             const QString &path,
                                                             ConflictChoice choice, QString *error,
                                                             Plan *planOut)
{
    const BundleReader::Result read = BundleReader::readFile(path);
    if (!read.ok) {
        *error = tr("“%1” cannot be imported:\n%2")
                     .arg(QFileInfo(path).fileName(), read.problems.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    std::optional<Plan> plan = prepare(workspace, read.document, QFileInfo(path).fileName(), error);
    if (!plan)
        return std::nullopt;
    if (choice != ConflictChoice::AsPlanned)
        chooseAll(&*plan, choice == ConflictChoice::TakeFile);
    else if (plan->hasConflicts()) {
        QStringList titles;
        for (const ProjectPlan &project : std::as_const(plan->projects))
            if (project.outcome == Outcome::Conflict)
                titles << QStringLiteral("« %1 »").arg(project.title);
        *error = tr("“%1” was not imported: %n project(s) changed both here and in the file "
                    "since they last met (%2). Choose which version to keep.",
                    nullptr, int(titles.size()))
                     .arg(QFileInfo(path).fileName(), titles.join(QStringLiteral(", ")));
        if (planOut)
            *planOut = *plan;
        return std::nullopt;
    }
    if (planOut)
        *planOut = *plan;
    return apply(workspace, *plan, error);
}

QList<BundleImport::Provenance> BundleImport::provenance(const Workspace &workspace,
                                                         qint64 projectId)
{
    QList<Provenance> result;
    QSqlQuery query(workspace.database());
    query.prepare(
        QStringLiteral("SELECT i.file_name, i.imported_at, i.exported_at, i.producer, pi.action"
                       "  FROM project_imports pi JOIN imports i ON i.id = pi.import_id"
                       " WHERE pi.project_id = ? ORDER BY i.imported_at DESC, i.id DESC"));
    query.addBindValue(projectId);
    if (query.exec()) {
        while (query.next())
            result << Provenance{query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString(), query.value(3).toString(),
                                 query.value(4).toString()};
    }
    return result;
}
