#include "BundleWriter.h"

#include "ProjectSnapshot.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {

// How a column becomes a JSON value.
enum class Kind
{
    Text,
    Integer,
    Boolean,
    Json,     // text holding a JSON value
    CodeList, // comma-separated codes → array of strings
};

struct Column
{
    const char *key; // the JSON key; the SQL column is selected under this alias
    Kind kind = Kind::Text;
};

QJsonValue toJson(const QVariant &value, Kind kind)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (kind) {
    case Kind::Text:
        return value.toString();
    case Kind::Integer:
        return double(value.toLongLong());
    case Kind::Boolean:
        return value.toBool();
    case Kind::Json: {
        // Most answers are plain text: a JSON string without escapes is its own content.
        const QString text = value.toString();
        if (text.size() >= 2 && text.front() == u'"' && text.back() == u'"' &&
            !text.contains(u'\\'))
            return text.mid(1, text.size() - 2);
        const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
        return doc.isArray() && doc.array().size() == 1 ? doc.array().at(0) : QJsonValue();
    }
    case Kind::CodeList: {
        QStringList codes = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        codes.sort();
        return QJsonArray::fromStringList(codes);
    }
    }
    return {};
}

// Runs sql (ids bound in place of "%IDS%") and turns each row into an object.
std::optional<QJsonArray> select(const Workspace &workspace, QString sql, const QList<qint64> &ids,
                                 const QList<Column> &columns, QString *error)
{
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    sql.replace(QStringLiteral("%IDS%"), list.isEmpty() ? QStringLiteral("NULL") : list.join(u','));
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QJsonArray rows;
    while (query.next()) {
        QJsonObject object;
        for (int c = 0; c < columns.size(); ++c)
            object.insert(QLatin1String(columns.at(c).key),
                          toJson(query.value(c), columns.at(c).kind));
        rows.append(object);
    }
    return rows;
}

QList<qint64> ids(const Workspace &workspace, const QString &sql, const QList<qint64> &from)
{
    QStringList list;
    for (qint64 id : from)
        list << QString::number(id);
    QString text = sql;
    text.replace(QStringLiteral("%IDS%"),
                 list.isEmpty() ? QStringLiteral("NULL") : list.join(u','));
    QList<qint64> result;
    QSqlQuery query(workspace.database());
    if (query.exec(text)) {
        while (query.next())
            result << query.value(0).toLongLong();
    }
    return result;
}

const QList<Column> kTracked = {{"uuid"}, {"createdAt"}, {"updatedAt"}, {"origin"}};

QList<Column> tracked(std::initializer_list<Column> columns)
{
    QList<Column> result = kTracked;
    result.append(columns);
    return result;
}

// One list of the format: the statement that reads it ("%IDS%" stands for the ids it is read
// for) and how its columns become JSON.
struct Table
{
    const char *key;
    QString sql;
    QList<Column> columns;
};

const QList<Table> &tables()
{
    static const QList<Table> all = {
        {"editions",
         QStringLiteral(
             "SELECT uuid, created_at, updated_at, origin, year, name, envelope_cents,"
             " comptoirs_start, comptoirs_end, deposit_start, deposit_end, committee_start,"
             " committee_end, vote_start, vote_end, results_date, eligibility_checks"
             " FROM editions WHERE id IN (%IDS%) ORDER BY uuid"),
         tracked({{"year", Kind::Integer},
                  {"name"},
                  {"envelopeCents", Kind::Integer},
                  {"comptoirsStart"},
                  {"comptoirsEnd"},
                  {"depositStart"},
                  {"depositEnd"},
                  {"committeeStart"},
                  {"committeeEnd"},
                  {"voteStart"},
                  {"voteEnd"},
                  {"resultsDate"},
                  {"eligibilityChecks", Kind::CodeList}})},
        {"categories",
         QStringLiteral(
             "SELECT c.uuid, c.created_at, c.updated_at, c.origin, e.uuid, c.code, c.name,"
             " c.description, c.floor_cents, c.ceiling_cents, c.position, c.score_weight"
             " FROM categories c JOIN editions e ON e.id = c.edition_id"
             " WHERE c.edition_id IN (%IDS%) ORDER BY c.uuid"),
         tracked({{"edition"},
                  {"code"},
                  {"name"},
                  {"description"},
                  {"floorCents", Kind::Integer},
                  {"ceilingCents", Kind::Integer},
                  {"position", Kind::Integer},
                  {"scoreWeight", Kind::Integer}})},
        {"methodologies",
         QStringLiteral(
             "SELECT uuid, created_at, updated_at, origin, code, version, name, definition"
             " FROM methodologies WHERE id IN (%IDS%) ORDER BY uuid"),
         tracked({{"code"}, {"version", Kind::Integer}, {"name"}, {"definition", Kind::Json}})},
        {"hostOrganisations",
         QStringLiteral("SELECT uuid, created_at, updated_at, origin, name, kind, commune, address,"
                        " contact FROM host_organisations WHERE id IN (%IDS%) ORDER BY uuid"),
         tracked({{"name"}, {"kind"}, {"commune"}, {"address"}, {"contact"}})},
        {"venues",
         QStringLiteral("SELECT v.uuid, v.created_at, v.updated_at, v.origin, v.name, v.commune,"
                        " v.commune_code, v.address, h.uuid, v.active FROM venues v"
                        " LEFT JOIN host_organisations h ON h.id = v.host_organisation_id"
                        " WHERE v.id IN (%IDS%) ORDER BY v.uuid"),
         tracked({{"name"},
                  {"commune"},
                  {"communeCode"},
                  {"address"},
                  {"hostOrganisation"},
                  {"active", Kind::Boolean}})},
        {"workshops",
         QStringLiteral(
             "SELECT w.uuid, w.created_at, w.updated_at, w.origin, e.uuid, v.uuid, w.kind,"
             " w.starts_at, w.ends_at, w.facilitator, w.capacity, w.notes"
             " FROM workshops w LEFT JOIN editions e ON e.id = w.edition_id"
             " LEFT JOIN venues v ON v.id = w.venue_id"
             " WHERE w.id IN (%IDS%) ORDER BY w.uuid"),
         tracked({{"edition"},
                  {"venue"},
                  {"kind"},
                  {"startsAt"},
                  {"endsAt"},
                  {"facilitator"},
                  {"capacity", Kind::Integer},
                  {"notes"}})},
        {"organisations",
         QStringLiteral(
             "SELECT uuid, created_at, updated_at, origin, name, legal_form, ess_declared,"
             " siret, commune FROM organisations WHERE id IN (%IDS%) ORDER BY uuid"),
         tracked(
             {{"name"}, {"legalForm"}, {"essDeclared", Kind::Boolean}, {"siret"}, {"commune"}})},
        // Contact details only with the holder's consent to be contacted; nothing of an erased one.
        {"holders",
         QStringLiteral(
             "SELECT h.uuid, h.created_at, h.updated_at, h.origin, h.kind, h.first_name, "
             "h.last_name,"
             "       o.uuid, h.commune, h.commune_code,"
             "       CASE WHEN c.granted = 1 THEN h.email ELSE '' END,"
             "       CASE WHEN c.granted = 1 THEN h.phone ELSE '' END,"
             "       CASE WHEN c.granted = 1 THEN h.address ELSE '' END,"
             "       h.erased_at"
             "  FROM holders h LEFT JOIN organisations o ON o.id = h.organisation_id"
             "  LEFT JOIN consents c ON c.holder_id = h.id AND c.kind = 'contact'"
             " WHERE h.id IN (%IDS%) ORDER BY h.uuid"),
         tracked({{"kind"},
                  {"firstName"},
                  {"lastName"},
                  {"organisation"},
                  {"commune"},
                  {"communeCode"},
                  {"email"},
                  {"phone"},
                  {"address"},
                  {"erasedAt"}})},
        {"consents",
         QStringLiteral("SELECT c.uuid, c.created_at, c.updated_at, c.origin, h.uuid, c.kind,"
                        " c.granted, c.given_at, c.method FROM consents c"
                        " JOIN holders h ON h.id = c.holder_id"
                        " WHERE c.holder_id IN (%IDS%) ORDER BY c.uuid"),
         tracked({{"holder"}, {"kind"}, {"granted", Kind::Boolean}, {"givenAt"}, {"method"}})},
        {"projects",
         QStringLiteral(
             "SELECT p.uuid, p.created_at, p.updated_at, p.origin, e.uuid, v.uuid, c.uuid, o.uuid,"
             "       m.uuid, p.title, p.summary, p.stage, p.stage_override_reason, p.theme,"
             "       p.commune, p.commune_code, p.amount_requested_cents"
             "  FROM projects p LEFT JOIN editions e ON e.id = p.edition_id"
             "  LEFT JOIN venues v ON v.id = p.venue_id LEFT JOIN categories c ON c.id = "
             "p.category_id"
             "  LEFT JOIN organisations o ON o.id = p.organisation_id"
             "  LEFT JOIN methodologies m ON m.id = p.methodology_id"
             " WHERE p.id IN (%IDS%) ORDER BY p.uuid"),
         tracked({{"edition"},
                  {"venue"},
                  {"category"},
                  {"organisation"},
                  {"methodology"},
                  {"title"},
                  {"summary"},
                  {"stage"},
                  {"stageOverrideReason"},
                  {"theme"},
                  {"commune"},
                  {"communeCode"},
                  {"amountRequestedCents", Kind::Integer}})},
        {"projectHolders",
         QStringLiteral(
             "SELECT p.uuid, h.uuid, ph.is_lead, ph.position FROM project_holders ph"
             " JOIN projects p ON p.id = ph.project_id JOIN holders h ON h.id = ph.holder_id"
             " WHERE ph.project_id IN (%IDS%) ORDER BY p.uuid, ph.position, h.uuid"),
         {{"project"}, {"holder"}, {"lead", Kind::Boolean}, {"position", Kind::Integer}}},
        {"answers",
         QStringLiteral("SELECT a.uuid, a.created_at, a.updated_at, a.origin, p.uuid, a.field_key,"
                        " a.value, a.methodology_code, a.methodology_version FROM answers a"
                        " JOIN projects p ON p.id = a.project_id"
                        " WHERE a.project_id IN (%IDS%) ORDER BY p.uuid, a.field_key"),
         tracked({{"project"},
                  {"key"},
                  {"value", Kind::Json},
                  {"methodologyCode"},
                  {"methodologyVersion", Kind::Integer}})},
        {"budgetLines",
         QStringLiteral(
             "SELECT b.uuid, b.created_at, b.updated_at, b.origin, p.uuid, b.kind,"
             " b.category, b.label, b.amount_cents, b.position FROM budget_lines b"
             " JOIN projects p ON p.id = b.project_id"
             " WHERE b.project_id IN (%IDS%) ORDER BY p.uuid, b.kind, b.position, b.uuid"),
         tracked({{"project"},
                  {"kind"},
                  {"category"},
                  {"label"},
                  {"amountCents", Kind::Integer},
                  {"position", Kind::Integer}})},
        {"attendance",
         QStringLiteral(
             "SELECT a.uuid, a.created_at, a.updated_at, a.origin, w.uuid, h.uuid, p.uuid,"
             " a.status, a.seconds_spent FROM attendance a"
             " JOIN workshops w ON w.id = a.workshop_id JOIN holders h ON h.id = a.holder_id"
             " LEFT JOIN projects p ON p.id = a.project_id"
             " WHERE a.id IN (%IDS%) ORDER BY a.uuid"),
         tracked(
             {{"workshop"}, {"holder"}, {"project"}, {"status"}, {"secondsSpent", Kind::Integer}})},
        // The mission officers' review: status, comments, the committee's grid, and the links
        // between projects (only those between two projects of the file).
        {"reviews",
         QStringLiteral("SELECT r.uuid, r.created_at, r.updated_at, r.origin, p.uuid, r.status,"
                        " r.reviewer FROM reviews r JOIN projects p ON p.id = r.project_id"
                        " WHERE r.project_id IN (%IDS%) ORDER BY r.uuid"),
         tracked({{"project"}, {"status"}, {"reviewer"}})},
        {"reviewComments",
         QStringLiteral("SELECT r.uuid, r.created_at, r.updated_at, r.origin, p.uuid, r.author,"
                        " r.body FROM review_comments r JOIN projects p ON p.id = r.project_id"
                        " WHERE r.project_id IN (%IDS%) ORDER BY r.uuid"),
         tracked({{"project"}, {"author"}, {"body"}})},
        {"reviewScores",
         QStringLiteral("SELECT s.uuid, s.created_at, s.updated_at, s.origin, p.uuid, c.uuid,"
                        " s.score, s.author FROM review_scores s"
                        " JOIN projects p ON p.id = s.project_id"
                        " JOIN categories c ON c.id = s.category_id"
                        " WHERE s.project_id IN (%IDS%) ORDER BY s.uuid"),
         tracked({{"project"}, {"category"}, {"score", Kind::Integer}, {"author"}})},
        {"projectLinks",
         QStringLiteral("SELECT l.uuid, l.created_at, l.updated_at, l.origin, p.uuid, o.uuid,"
                        " l.kind, l.note FROM project_links l"
                        " JOIN projects p ON p.id = l.project_id"
                        " JOIN projects o ON o.id = l.other_project_id"
                        " WHERE l.project_id IN (%IDS%) AND l.other_project_id IN (%IDS%)"
                        " ORDER BY l.uuid"),
         tracked({{"project"}, {"other"}, {"kind"}, {"note"}})},
    };
    return all;
}

} // namespace

std::optional<QJsonArray> BundleWriter::records(const Workspace &workspace, const QString &list,
                                                const QList<qint64> &ids, QString *error)
{
    for (const Table &table : tables()) {
        if (list == QLatin1String(table.key))
            return select(workspace, table.sql, ids, table.columns, error);
    }
    *error = QStringLiteral("unknown list %1").arg(list);
    return std::nullopt;
}

QHash<QString, QStringList> BundleWriter::versions(const Workspace &workspace,
                                                   const QStringList &projectUuids, QString *error)
{
    QHash<QString, QStringList> result;
    if (projectUuids.isEmpty())
        return result;
    // The UUIDs come from the workspace or from a validated file: lower-case hex and dashes.
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT project_uuid, hash FROM project_versions"
                                   " WHERE project_uuid IN ('%1')")
                        .arg(projectUuids.join(QStringLiteral("','"))))) {
        *error = query.lastError().text();
        return result;
    }
    while (query.next())
        result[query.value(0).toString()] << query.value(1).toString();
    return result;
}

void BundleWriter::addHistory(const Workspace &workspace, QJsonObject *content, QString *error)
{
    const QHash<QString, ProjectSnapshot> snapshots = ProjectSnapshot::fromContent(*content);
    const QHash<QString, QStringList> known = versions(workspace, snapshots.keys(), error);
    QJsonArray projects = content->value(QLatin1String("projects")).toArray();
    for (qsizetype i = 0; i < projects.size(); ++i) {
        QJsonObject project = projects.at(i).toObject();
        const QString uuid = project.value(QLatin1String("uuid")).toString();
        QStringList history = known.value(uuid);
        history << snapshots.value(uuid).hash();
        history.sort();
        history.removeDuplicates();
        project.insert(QLatin1String("history"), QJsonArray::fromStringList(history));
        projects.replace(i, project);
    }
    content->insert(QLatin1String("projects"), projects);
}

bool BundleWriter::recordVersions(Workspace &workspace, const QJsonObject &content, QString *error)
{
    QSqlQuery insert(workspace.database());
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO project_versions (project_uuid, hash) VALUES (?, ?)"));
    for (const QJsonValue &v : content.value(QLatin1String("projects")).toArray()) {
        const QJsonObject project = v.toObject();
        for (const QJsonValue &hash : project.value(QLatin1String("history")).toArray()) {
            insert.addBindValue(project.value(QLatin1String("uuid")).toString());
            insert.addBindValue(hash.toString());
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
    }
    return true;
}

QList<qint64> BundleWriter::projectsAtStage(const Workspace &workspace, const QString &stage)
{
    QList<qint64> result;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT id FROM projects WHERE stage = ? ORDER BY uuid"));
    query.addBindValue(stage);
    if (query.exec()) {
        while (query.next())
            result << query.value(0).toLongLong();
    }
    return result;
}

QList<qint64> BundleWriter::projectsByUuid(const Workspace &workspace, const QStringList &uuids,
                                           QStringList *missing)
{
    QList<qint64> result;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT id FROM projects WHERE uuid = ?"));
    for (const QString &uuid : uuids) {
        query.addBindValue(uuid.trimmed().toLower());
        if (query.exec() && query.next())
            result << query.value(0).toLongLong();
        else
            missing->append(uuid);
    }
    return result;
}

std::optional<QJsonObject> BundleWriter::content(const Workspace &workspace,
                                                 const QList<qint64> &projectIds, QString *error)
{
    QList<qint64> projects = projectIds;
    std::sort(projects.begin(), projects.end());
    projects.erase(std::unique(projects.begin(), projects.end()), projects.end());

    // What the projects refer to.
    const QList<qint64> holders = ids(
        workspace,
        QStringLiteral("SELECT DISTINCT holder_id FROM project_holders WHERE project_id IN (%IDS%)"
                       " UNION SELECT holder_id FROM attendance WHERE project_id IN (%IDS%)"),
        projects);
    const QList<qint64> attendance =
        ids(workspace, QStringLiteral("SELECT id FROM attendance WHERE project_id IN (%IDS%)"),
            projects);
    const QList<qint64> workshops =
        ids(workspace,
            QStringLiteral("SELECT DISTINCT workshop_id FROM attendance WHERE id IN (%IDS%)"),
            attendance);
    const QList<qint64> venues =
        ids(workspace,
            QStringLiteral(
                "SELECT venue_id FROM projects WHERE id IN (%IDS%) AND venue_id IS NOT NULL"),
            projects) +
        ids(workspace,
            QStringLiteral(
                "SELECT venue_id FROM workshops WHERE id IN (%IDS%) AND venue_id IS NOT NULL"),
            workshops);
    const QList<qint64> editions =
        ids(workspace,
            QStringLiteral(
                "SELECT edition_id FROM projects WHERE id IN (%IDS%) AND edition_id IS NOT NULL"),
            projects) +
        ids(workspace,
            QStringLiteral(
                "SELECT edition_id FROM workshops WHERE id IN (%IDS%) AND edition_id IS NOT NULL"),
            workshops);
    const QList<qint64> organisations =
        ids(workspace,
            QStringLiteral("SELECT organisation_id FROM projects WHERE id IN (%IDS%) AND "
                           "organisation_id IS NOT NULL"),
            projects) +
        ids(workspace,
            QStringLiteral("SELECT organisation_id FROM holders WHERE id IN (%IDS%) AND "
                           "organisation_id IS NOT NULL"),
            holders);
    // The definitions the projects follow and those their answers were written under.
    const QList<qint64> methodologies = ids(
        workspace,
        QStringLiteral(
            "SELECT methodology_id FROM projects WHERE id IN (%IDS%) AND methodology_id IS NOT NULL"
            " UNION SELECT m.id FROM methodologies m JOIN (SELECT DISTINCT methodology_code AS "
            "code,"
            " methodology_version AS version FROM answers WHERE project_id IN (%IDS%)) a"
            " ON a.code = m.code AND a.version = m.version"),
        projects);
    const QList<qint64> hosts =
        ids(workspace,
            QStringLiteral("SELECT host_organisation_id FROM venues WHERE id IN (%IDS%) AND "
                           "host_organisation_id IS NOT NULL"),
            venues);

    error->clear();
    const QHash<QString, const QList<qint64> *> readFor = {
        {QStringLiteral("editions"), &editions},
        {QStringLiteral("categories"), &editions},
        {QStringLiteral("methodologies"), &methodologies},
        {QStringLiteral("hostOrganisations"), &hosts},
        {QStringLiteral("venues"), &venues},
        {QStringLiteral("workshops"), &workshops},
        {QStringLiteral("organisations"), &organisations},
        {QStringLiteral("holders"), &holders},
        {QStringLiteral("consents"), &holders},
        {QStringLiteral("projects"), &projects},
        {QStringLiteral("projectHolders"), &projects},
        {QStringLiteral("answers"), &projects},
        {QStringLiteral("budgetLines"), &projects},
        {QStringLiteral("attendance"), &attendance},
        {QStringLiteral("reviews"), &projects},
        {QStringLiteral("reviewComments"), &projects},
        {QStringLiteral("reviewScores"), &projects},
        {QStringLiteral("projectLinks"), &projects},
    };
    QJsonObject content;
    for (const Table &table : tables()) {
        const QString key = QLatin1String(table.key);
        std::optional<QJsonArray> rows = records(workspace, key, *readFor.value(key), error);
        if (!rows)
            break;
        content.insert(key, *rows);
    }
    if (error->isEmpty())
        addHistory(workspace, &content, error);
    if (!error->isEmpty()) {
        *error = tr("The file could not be prepared: %1").arg(*error);
        return std::nullopt;
    }
    return content;
}

QByteArray BundleWriter::sha256(const QJsonObject &content)
{
    return QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

QByteArray BundleWriter::document(const Workspace &workspace, const QJsonObject &content,
                                  const QDateTime &exportedAt)
{
    // The content is written once, for its checksum and for the file: with sorted keys it comes
    // first ({"content":…,"exportedAt":…}), so the document is put together around those bytes.
    const QByteArray body = QJsonDocument(content).toJson(QJsonDocument::Compact);
    QJsonObject rest;
    rest.insert(QStringLiteral("format"), formatName());
    rest.insert(QStringLiteral("formatVersion"), kFormatVersion);
    rest.insert(QStringLiteral("producer"),
                QJsonObject{{QStringLiteral("application"), QStringLiteral("Comptoir")},
                            {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                            {QStringLiteral("workspace"), workspace.origin()}});
    rest.insert(QStringLiteral("exportedAt"), Timestamp::fromDateTime(exportedAt));
    rest.insert(
        QStringLiteral("sha256"),
        QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
    const QByteArray tail = QJsonDocument(rest).toJson(QJsonDocument::Compact); // {"exportedAt"…}
    return QByteArrayLiteral("{\"content\":") + body + ',' + tail.mid(1);
}

std::optional<QByteArray> BundleWriter::write(const Workspace &workspace,
                                              const QList<qint64> &projectIds, QString *error,
                                              const QDateTime &exportedAt)
{
    std::optional<QJsonObject> body = content(workspace, projectIds, error);
    if (!body)
        return std::nullopt;
    return document(workspace, *body,
                    exportedAt.isValid() ? exportedAt : QDateTime::currentDateTimeUtc());
}

bool BundleWriter::writeFile(Workspace &workspace, const QList<qint64> &projectIds,
                             const QString &path, QString *error)
{
    std::optional<QJsonObject> body = content(workspace, projectIds, error);
    if (!body)
        return false;
    const QByteArray bytes = document(workspace, *body, QDateTime::currentDateTimeUtc());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error =
            tr("“%1” cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    // The versions handed over are remembered, so that the same file coming back later is
    // recognised as known (resources/exchange/README.md, "history"). Then the file is put in place.
    Transaction transaction(workspace.database());
    if (!recordVersions(workspace, *body, error) || !file.commit() || !transaction.commit()) {
        if (error->isEmpty())
            *error = tr("“%1” cannot be written: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}
