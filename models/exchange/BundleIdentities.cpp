#include "BundleIdentities.h"
#include "util/JsonFields.h"

#include "BundleFormat.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace BundleIdentities {

namespace {

using JsonFields::str;

// A natural key's part as text: a string as it is, a whole number written out.
QString part(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
}

bool keyRefersToProjects(const BundleFormat::List &list)
{
    return std::any_of(list.naturalKey.cbegin(), list.naturalKey.cend(), [&list](const char *k) {
        const BundleFormat::Field *field = list.field(k);
        return field && field->type == BundleFormat::Type::Ref &&
               qstrcmp(field->refersTo, "projects") == 0;
    });
}

// The lists whose records are recognised by their natural keys, and when: a list whose key
// refers to another recognised list comes after it (a category by its edition's UUID, once the
// edition was recognised). A project's parts are replaced with it, never recognised.
QList<QList<const BundleFormat::List *>> rounds()
{
    QHash<QLatin1String, int> roundOf;
    QList<QList<const BundleFormat::List *>> result;
    for (const BundleFormat::List &list : BundleFormat::lists()) { // in dependency order
        if (list.naturalKey.isEmpty() || !list.tracked ||
            list.role == BundleFormat::Role::ProjectPart)
            continue;
        int round = 0;
        for (const char *key : list.naturalKey) {
            const BundleFormat::Field *field = list.field(key);
            if (field && field->type == BundleFormat::Type::Ref &&
                roundOf.contains(QLatin1String(field->refersTo)))
                round = std::max(round, roundOf.value(QLatin1String(field->refersTo)) + 1);
        }
        roundOf.insert(list.name(), round);
        while (result.size() <= round)
            result.append(QList<const BundleFormat::List *>());
        result[round] << &list;
    }
    return result;
}

// This workspace's records of a list by natural key ("2026", "uuid-of-edition|SOC"…), for the
// keys that name one record only. Read for the records the file's refer to through the key's
// first reference (both, for a link either way round); whole for a list without one (editions
// and methodologies: a few records).
QHash<QString, QString> localKeys(const QSqlDatabase &db, const BundleFormat::List &list,
                                  const QJsonArray &records, QString *error)
{
    QStringList select;
    QStringList joins;
    QStringList restrictions;
    int joined = 0;
    for (const char *key : list.naturalKey) {
        const BundleFormat::Field *field = list.field(key);
        Q_ASSERT(field && field->column);
        if (field->type != BundleFormat::Type::Ref) {
            select << QStringLiteral("t.") + QLatin1String(field->column);
            continue;
        }
        const QString alias = QStringLiteral("r%1").arg(++joined);
        joins << QStringLiteral("JOIN %1 %2 ON %2.id = t.%3")
                     .arg(QLatin1String(BundleFormat::list(field->refersTo).table), alias,
                          QLatin1String(field->column));
        select << alias + QStringLiteral(".uuid");
        if (restrictions.isEmpty() || list.keyIsUnordered) {
            QSet<QString> parents;
            for (const QJsonValue &v : records)
                parents.insert(str(v.toObject(), key));
            parents.remove(QString());
            restrictions << alias + QStringLiteral(".uuid IN (%1)")
                                        .arg(inList(QStringList(parents.cbegin(), parents.cend())));
        }
    }
    QHash<QString, QString> found;
    QSet<QString> ambiguous;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT %1, t.uuid FROM %2 t %3%4")
            .arg(select.join(QStringLiteral(", ")), QLatin1String(list.table),
                 joins.join(QLatin1Char(' ')),
                 restrictions.isEmpty()
                     ? QString()
                     : QStringLiteral(" WHERE ") + restrictions.join(QStringLiteral(" OR ")));
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return found;
    }
    const int n = int(list.naturalKey.size());
    while (query.next()) {
        QStringList parts;
        for (int i = 0; i < n; ++i)
            parts << query.value(i).toString();
        const QString uuid = query.value(n).toString();
        const auto add = [&](const QString &key) {
            if (found.contains(key))
                ambiguous.insert(key);
            found.insert(key, uuid);
        };
        add(parts.join(QLatin1Char('|')));
        if (list.keyIsUnordered && n == 2)
            add(parts.at(1) + QLatin1Char('|') + parts.at(0));
    }
    for (const QString &key : std::as_const(ambiguous))
        found.remove(key);
    return found;
}

} // namespace

QString inList(const QStringList &uuids)
{
    return QStringLiteral("'") + uuids.join(QStringLiteral("','")) + QStringLiteral("'");
}

QStringList uuidsOf(const QJsonArray &records, const char *key)
{
    QStringList result;
    result.reserve(records.size());
    for (const QJsonValue &v : records)
        result << v.toObject().value(QLatin1String(key)).toString();
    return result;
}

QHash<QString, qint64> localIds(const QSqlDatabase &db, const char *table, const QStringList &uuids,
                                QString *error, QHash<QString, QString> *updatedAt)
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

void remap(QJsonObject *content, const QHash<QString, QString> &map)
{
    if (map.isEmpty())
        return;
    for (const BundleFormat::List &list : BundleFormat::lists()) {
        const auto it = content->find(list.name());
        if (it == content->end())
            continue;
        QList<QLatin1String> keys;
        if (list.tracked)
            keys << QLatin1String("uuid");
        for (const BundleFormat::Field &field : list.fields) {
            if (field.type == BundleFormat::Type::Ref)
                keys << field.name();
        }
        QJsonArray records = it.value().toArray();
        bool changed = false;
        for (qsizetype i = 0; i < records.size(); ++i) {
            QJsonObject record = records.at(i).toObject();
            bool touched = false;
            for (const QLatin1String key : std::as_const(keys)) {
                const auto field = record.find(key);
                if (field == record.end() || !field.value().isString())
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

Recognised recognise(const QSqlDatabase &db, QJsonObject *content, QString *error)
{
    Recognised recognised;
    for (const QList<const BundleFormat::List *> &round : rounds()) {
        QHash<QString, QString> map;
        for (const BundleFormat::List *list : round) {
            const QJsonArray records = content->value(list->name()).toArray();
            if (records.isEmpty())
                continue;
            const QHash<QString, qint64> known = localIds(db, list->table, uuidsOf(records), error);
            QJsonArray unknown;
            for (const QJsonValue &v : records) {
                if (!known.contains(str(v.toObject(), "uuid")))
                    unknown.append(v);
            }
            if (unknown.isEmpty())
                continue;
            const QHash<QString, QString> keys = localKeys(db, *list, unknown, error);
            QHash<QString, QString> &into =
                keyRefersToProjects(*list) ? recognised.reviews : recognised.identities;
            for (const QJsonValue &v : std::as_const(unknown)) {
                const QJsonObject record = v.toObject();
                QStringList parts;
                for (const char *key : list->naturalKey)
                    parts << part(record.value(QLatin1String(key)));
                const QString local = keys.value(parts.join(QLatin1Char('|')));
                const QString uuid = str(record, "uuid");
                if (!local.isEmpty() && local != uuid) {
                    map.insert(uuid, local);
                    into.insert(uuid, local);
                }
            }
        }
        remap(content, map);
    }
    return recognised;
}

int remapMergedOrganisations(const QSqlDatabase &db, QJsonObject *content, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT m.uuid, o.uuid FROM merged_organisations m"
                                   " JOIN organisations o ON o.id = m.into_organisation_id"))) {
        *error = query.lastError().text();
        return 0;
    }
    QHash<QString, QString> into;
    while (query.next())
        into.insert(query.value(0).toString(), query.value(1).toString());
    if (into.isEmpty())
        return 0;
    int dropped = 0;
    for (const char *key : {"organisations", "organisationVenues"}) {
        const bool own = qstrcmp(key, "organisations") == 0;
        if (!content->contains(QLatin1String(key)))
            continue;
        QJsonArray kept;
        for (const QJsonValue &v : content->value(QLatin1String(key)).toArray()) {
            const QString uuid = str(v.toObject(), own ? "uuid" : "organisation");
            if (into.contains(uuid)) {
                dropped += own ? 1 : 0;
                continue;
            }
            kept.append(v);
        }
        content->insert(QLatin1String(key), kept);
    }
    remap(content, into);
    return dropped;
}

int dropMerged(const QSqlDatabase &db, QJsonObject *content, QString *error)
{
    // A merge is a mission officer's doing, a few per edition: all of them are read, rather than
    // the file's thousands of projects looked up.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT m.uuid, p.uuid FROM merged_projects m"
                                   " JOIN projects p ON p.id = m.into_project_id"))) {
        *error = query.lastError().text();
        return 0;
    }
    QHash<QString, QString> into;
    while (query.next())
        into.insert(query.value(0).toString(), query.value(1).toString());
    if (into.isEmpty())
        return 0;
    const QStringList uuids = uuidsOf(content->value(QLatin1String("projects")).toArray());
    const int dropped = int(std::count_if(uuids.cbegin(), uuids.cend(),
                                          [&into](const QString &u) { return into.contains(u); }));
    if (dropped == 0)
        return 0;
    // What is a merged project's goes with it; what only mentions one (a presence, whose project
    // may be none) goes to the project it was merged into.
    for (const BundleFormat::List &list : BundleFormat::lists()) {
        const bool isProjects = list.role == BundleFormat::Role::Project;
        if (!isProjects && !list.refersToProjects())
            continue;
        const QJsonArray records = content->value(list.name()).toArray();
        if (records.isEmpty())
            continue;
        QJsonArray result;
        for (const QJsonValue &v : records) {
            QJsonObject record = v.toObject();
            bool kept = !(isProjects && into.contains(str(record, "uuid")));
            for (const BundleFormat::Field &field : list.fields) {
                if (!kept || field.type != BundleFormat::Type::Ref ||
                    qstrcmp(field.refersTo, "projects") != 0)
                    continue;
                const QString project = record.value(field.name()).toString();
                if (!into.contains(project))
                    continue;
                if (field.nullable())
                    record.insert(field.name(), into.value(project));
                else
                    kept = false;
            }
            if (kept)
                result.append(record);
        }
        content->insert(list.name(), result);
    }
    return dropped;
}

Deleted dropDeleted(const QSqlDatabase &db, QJsonObject *content, QString *error)
{
    Deleted result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM tombstones")) || !query.next()) {
        *error = query.lastError().text();
        return result;
    }
    if (query.value(0).toLongLong() == 0)
        return result;
    // The file's records that can be deleted for themselves, looked up among the tombstones.
    QStringList uuids;
    for (const BundleFormat::List &list : BundleFormat::lists()) {
        if (list.tracked && list.role != BundleFormat::Role::ProjectPart)
            uuids << uuidsOf(content->value(list.name()).toArray());
    }
    QHash<QString, QString> deletedAt;
    for (qsizetype from = 0; from < uuids.size(); from += 5000) {
        if (!query.exec(QStringLiteral("SELECT uuid, deleted_at FROM tombstones WHERE uuid IN (%1)")
                            .arg(inList(uuids.mid(from, 5000))))) {
            *error = query.lastError().text();
            return result;
        }
        while (query.next())
            deletedAt.insert(query.value(0).toString(), query.value(1).toString());
    }
    if (deletedAt.isEmpty())
        return result;
    // In dependency order: what a record refers to is settled before it.
    QHash<QLatin1String, QSet<QString>> dropped; // list → UUIDs left out
    for (const BundleFormat::List &list : BundleFormat::lists()) {
        const QJsonArray records = content->value(list.name()).toArray();
        if (records.isEmpty() || list.role == BundleFormat::Role::Tombstone)
            continue;
        const bool isProjects = list.role == BundleFormat::Role::Project;
        const bool ownDeletion = list.tracked && list.role != BundleFormat::Role::ProjectPart;
        QJsonArray kept;
        bool changed = false;
        for (const QJsonValue &v : records) {
            QJsonObject record = v.toObject();
            const QString uuid = str(record, "uuid");
            bool keep = true;
            if (ownDeletion && deletedAt.contains(uuid)) {
                if (str(record, "updatedAt") <= deletedAt.value(uuid))
                    keep = false;
                else if (isProjects)
                    result.projectsEditedSince.insert(uuid, deletedAt.value(uuid));
            }
            for (const BundleFormat::Field &field : list.fields) {
                if (!keep || field.type != BundleFormat::Type::Ref)
                    continue;
                const auto gone = dropped.constFind(QLatin1String(field.refersTo));
                if (gone == dropped.constEnd() || !gone->contains(str(record, field.key)))
                    continue;
                if (field.nullable()) {
                    record.insert(field.name(), QJsonValue::Null);
                    changed = true;
                } else {
                    keep = false;
                }
            }
            if (keep) {
                kept.append(record);
                continue;
            }
            changed = true;
            if (list.tracked)
                dropped[list.name()].insert(uuid);
            if (isProjects)
                ++result.projects;
            else if (ownDeletion)
                ++result.records;
        }
        if (changed)
            content->insert(list.name(), kept);
    }
    return result;
}

} // namespace BundleIdentities
