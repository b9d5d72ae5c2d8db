#include "BundleWriter.h"

#include "util/SaveFile.h"

#include "BundleContainer.h"
#include "BundleFormat.h"
#include "ProjectSnapshot.h"
#include "security/Envelope.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "util/Sha256.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>

#include <algorithm>

namespace {

using BundleFormat::Type;

QJsonValue toJson(const QVariant &value, Type type)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (type) {
    case Type::Integer:
    case Type::Cents:
        return double(value.toLongLong());
    case Type::Boolean:
        return value.toBool();
    case Type::JsonValue:
    case Type::JsonObject: {
        // Most answers are plain text: a JSON string without escapes is its own content.
        const QString text = value.toString();
        if (text.size() >= 2 && text.front() == u'"' && text.back() == u'"' &&
            !text.contains(u'\\'))
            return text.mid(1, text.size() - 2);
        const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
        return doc.isArray() && doc.array().size() == 1 ? doc.array().at(0) : QJsonValue();
    }
    case Type::Codes: {
        QStringList codes = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        codes.sort();
        return QJsonArray::fromStringList(codes);
    }
    default:
        return value.toString();
    }
}

// What the writer selects of a list: the JSON keys in the order of the columns.
struct Column
{
    const char *key;
    Type type = Type::Text;
};

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
                          toJson(query.value(c), columns.at(c).type));
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

// The statement that reads a list ("%IDS%" standing for the ids it is read for) and what its
// columns are, made from the format's description: references read as the UUIDs of what they
// refer to, a holder's contact details only with their consent to be contacted.
struct Table
{
    QString sql;
    QList<Column> columns;
};

Table tableOf(const BundleFormat::List &list)
{
    Table table;
    QStringList select;
    QStringList joins;
    QHash<QByteArray, QString> expression; // JSON key → what selects it
    const QString t = QStringLiteral("t");
    if (list.tracked) {
        for (const auto &[key, column] :
             {std::pair{"uuid", "uuid"}, std::pair{"createdAt", "created_at"},
              std::pair{"updatedAt", "updated_at"}, std::pair{"origin", "origin"}}) {
            expression.insert(key, t + QLatin1Char('.') + QLatin1String(column));
            select << expression.value(key);
            table.columns << Column{key, Type::Text};
        }
    }
    bool consent = false;
    int joined = 0;
    for (const BundleFormat::Field &field : list.fields) {
        if (!field.column)
            continue;
        const QString column = t + QLatin1Char('.') + QLatin1String(field.column);
        QString what = column;
        if (field.type == Type::Ref) {
            const QString alias = QStringLiteral("r%1").arg(++joined);
            joins << QStringLiteral("%1 %2 %3 ON %3.id = %4")
                         .arg(field.nullable() ? QStringLiteral("LEFT JOIN")
                                               : QStringLiteral("JOIN"),
                              QLatin1String(BundleFormat::list(field.refersTo).table), alias,
                              column);
            what = alias + QStringLiteral(".uuid");
        } else if (field.flags & BundleFormat::Contact) {
            consent = !list.consentColumn;
            what = QStringLiteral("CASE WHEN %1 = 1 THEN %2 ELSE '' END")
                       .arg(list.consentColumn
                                ? t + QLatin1Char('.') + QLatin1String(list.consentColumn)
                                : QStringLiteral("consent.granted"),
                            column);
        }
        expression.insert(field.key, what);
        select << what;
        table.columns << Column{field.key, field.type};
    }
    if (consent)
        joins << QStringLiteral("LEFT JOIN consents consent ON consent.holder_id = t.id"
                                " AND consent.kind = 'contact'");
    QStringList where;
    for (const char *column : list.selectedBy)
        where << t + QLatin1Char('.') + QLatin1String(column) + QStringLiteral(" IN (%IDS%)");
    if (list.writtenWhere)
        where << QLatin1String(list.writtenWhere);
    QStringList order;
    for (const char *key : list.order)
        order << expression.value(key);
    table.sql =
        QStringLiteral("SELECT %1 FROM %2 t %3 WHERE %4 ORDER BY %5")
            .arg(select.join(QStringLiteral(", ")), QLatin1String(list.table),
                 joins.join(QLatin1Char(' ')),
                 where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND ")),
                 order.join(QStringLiteral(", ")));
    return table;
}

const QHash<QString, Table> &tables()
{
    static const QHash<QString, Table> all = [] {
        QHash<QString, Table> result;
        for (const BundleFormat::List &list : BundleFormat::lists())
            result.insert(list.name(), tableOf(list));
        return result;
    }();
    return all;
}

} // namespace

std::optional<QJsonArray> BundleWriter::records(const Workspace &workspace, const QString &list,
                                                const QList<qint64> &ids, QString *error)
{
    const auto table = tables().constFind(list);
    if (table == tables().constEnd()) {
        *error = QStringLiteral("unknown list %1").arg(list);
        return std::nullopt;
    }
    return select(workspace, table->sql, ids, table->columns, error);
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
            attendance) +
        ids(workspace,
            QStringLiteral("SELECT DISTINCT workshop_id FROM pitch_runs WHERE project_id IN "
                           "(%IDS%) AND workshop_id IS NOT NULL"),
            projects);
    // The directory of partners and financers goes whole, with the comptoirs they come to.
    const QList<qint64> directory =
        ids(workspace, QStringLiteral("SELECT id FROM organisations WHERE directory_kind <> ''"),
            {});
    const QList<qint64> venues =
        ids(workspace,
            QStringLiteral(
                "SELECT venue_id FROM projects WHERE id IN (%IDS%) AND venue_id IS NOT NULL"),
            projects) +
        ids(workspace,
            QStringLiteral(
                "SELECT venue_id FROM organisation_venues WHERE organisation_id IN (%IDS%)"),
            directory) +
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
            holders) +
        directory;
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
    // The records of each list that go: what the projects refer to, chosen above; the lists
    // read by another's ids (a project's answers, a holder's consents…) follow from the format.
    const QHash<QString, const QList<qint64> *> chosen = {
        {QStringLiteral("editions"), &editions},
        {QStringLiteral("methodologies"), &methodologies},
        {QStringLiteral("hostOrganisations"), &hosts},
        {QStringLiteral("venues"), &venues},
        {QStringLiteral("workshops"), &workshops},
        {QStringLiteral("organisations"), &organisations},
        {QStringLiteral("holders"), &holders},
        {QStringLiteral("projects"), &projects},
        {QStringLiteral("attendance"), &attendance},
    };
    const auto readFor = [&chosen](const BundleFormat::List &list) -> QList<qint64> {
        if (list.selectedBy.isEmpty())
            return {}; // every record
        const char *by = list.selectedBy.constFirst();
        if (qstrcmp(by, "id") == 0)
            return chosen.contains(list.name()) ? *chosen.value(list.name()) : QList<qint64>();
        for (const BundleFormat::Field &field : list.fields) {
            if (field.column && qstrcmp(field.column, by) == 0)
                return chosen.contains(QLatin1String(field.refersTo))
                           ? *chosen.value(QLatin1String(field.refersTo))
                           : QList<qint64>();
        }
        return {};
    };
    QJsonObject content;
    for (const BundleFormat::List &list : BundleFormat::lists()) {
        const QString key = list.name();
        std::optional<QJsonArray> rows = records(workspace, key, readFor(list), error);
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
    return Sha256::hash(QJsonDocument(content).toJson(QJsonDocument::Compact)).toHex();
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
        QString::fromLatin1(Sha256::hash(body).toHex()));
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
                             const QString &path, QString *error, const QByteArray &sealFor)
{
    const QString shown = QFileInfo(path).fileName();
    // Every file is signed by the workspace that writes it (resources/exchange/README.md, "The
    // envelope"): its key is read before anything is prepared.
    const Result<SigningKey> signer = SigningKey::ofWorkspace(workspace);
    if (!signer) {
        *error = tr("“%1” cannot be written: %2").arg(shown, signer.error());
        return false;
    }
    std::optional<QJsonObject> body = content(workspace, projectIds, error);
    if (!body)
        return false;
    const QByteArray bytes = document(workspace, *body, QDateTime::currentDateTimeUtc());
    // With attachments, a container (BundleContainer): the document and the contents beside
    // it, written first beside the file, then put in the envelope.
    QStringList contents;
    for (const QJsonValue &v : body->value(QLatin1String("attachments")).toArray())
        contents << v.toObject().value(QLatin1String("sha256")).toString();
    QBuffer plain;
    // (The container is written under a name of its own, then read through another handle:
    // BundleContainer::write puts a new file in place of the one a QTemporaryFile holds open.)
    QTemporaryFile placeholder(QFileInfo(path).absoluteDir().filePath(
        QStringLiteral(".%1.container-XXXXXX").arg(shown)));
    QFile container;
    QIODevice *inner = &plain;
    const auto removeContainer = qScopeGuard([&container] {
        container.close();
        if (!container.fileName().isEmpty())
            QFile::remove(container.fileName());
    });
    if (contents.isEmpty()) {
        plain.setData(bytes);
        plain.open(QIODevice::ReadOnly);
    } else {
        if (!placeholder.open()) {
            *error = tr("“%1” cannot be written: %2").arg(shown, placeholder.errorString());
            return false;
        }
        container.setFileName(placeholder.fileName() + QStringLiteral(".zip"));
        if (const Result<void> written =
                BundleContainer::write(workspace, container.fileName(), bytes, contents);
            !written) {
            *error = written.error();
            return false;
        }
        if (!container.open(QIODevice::ReadOnly)) {
            *error = tr("“%1” cannot be written: %2").arg(shown, container.errorString());
            return false;
        }
        inner = &container;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("“%1” cannot be written: %2").arg(shown, file.errorString());
        return false;
    }
    if (const Result<void> sealed = Envelope::write(*inner, file, *signer, sealFor); !sealed) {
        file.cancelWriting();
        *error = tr("“%1” cannot be written: %2").arg(shown, sealed.error());
        return false;
    }
    // The versions handed over are remembered, so that the same file coming back later is
    // recognised as known (resources/exchange/README.md, "history"). Then the file is put in place.
    // (Not by a workspace open read-only: the file comes back as newer, or as a conflict.)
    if (workspace.isReadOnly()) {
        if (!commitWritten(file)) {
            *error = tr("“%1” cannot be written: %2").arg(shown, file.errorString());
            return false;
        }
        return true;
    }
    Transaction transaction(workspace.database());
    if (!recordVersions(workspace, *body, error) || !commitWritten(file) || !transaction.commit()) {
        if (error->isEmpty())
            *error = tr("“%1” cannot be written: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}
