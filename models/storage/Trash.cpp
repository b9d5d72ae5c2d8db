#include "Trash.h"

#include "Timestamp.h"
#include "Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// One foreign key of the schema: table.from refers to parent.to.
struct ForeignKey
{
    QString table;
    QString from;
    QString parent;
    QString to;
    QString onDelete;
};

struct Column
{
    QString name;
    bool notNull = false;
};

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QList<ForeignKey> foreignKeys(const QSqlDatabase &db)
{
    QList<ForeignKey> result;
    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE "
                                    "'CREATE VIRTUAL%'")))
        return result;
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery keys(db);
        keys.setForwardOnly(true);
        if (!keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table))))
            continue;
        while (keys.next()) {
            const QSqlRecord r = keys.record();
            const QString to = r.value(QStringLiteral("to")).toString();
            result << ForeignKey{table, r.value(QStringLiteral("from")).toString(),
                                 r.value(QStringLiteral("table")).toString(),
                                 to.isEmpty() ? QStringLiteral("id") : to,
                                 r.value(QStringLiteral("on_delete")).toString().toUpper()};
        }
    }
    return result;
}

QList<Column> columns(const QSqlDatabase &db, const QString &table)
{
    QList<Column> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
        return result;
    while (query.next())
        result << Column{query.value(1).toString(), query.value(3).toInt() != 0};
    return result;
}

bool hasColumn(const QList<Column> &list, const QString &name)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&name](const Column &c) { return c.name == name; });
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonObject{
            {QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonValue(value.toString());
    }
}

QVariant toSql(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType::fromType<QString>());
    case QJsonValue::Double: {
        const QVariant v = value.toVariant(); // qlonglong when it was a whole number
        return v;
    }
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Object:
        return QByteArray::fromBase64(
            value.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    default:
        return value.toString();
    }
}

bool exists(const QSqlDatabase &db, const QString &table, const QString &column,
            const QVariant &value)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? LIMIT 1").arg(quoted(table), quoted(column)));
    query.addBindValue(value);
    return query.exec() && query.next();
}

QString failed(const QSqlQuery &query)
{
    return Trash::tr("The trash could not be written: %1").arg(query.lastError().text());
}

// Reads what goes with the rows `ids` of `parent`: the rows that refer to them with ON DELETE
// CASCADE (parents before children), and those that refer to them with ON DELETE SET NULL.
bool capture(const QSqlDatabase &db, const QList<ForeignKey> &keys, const QString &parent,
             const QList<qint64> &ids, QJsonArray *groups, QJsonArray *relinks, QSet<QString> *seen,
             int depth, QString *error)
{
    if (ids.isEmpty() || depth > 6)
        return true;
    QStringList marks;
    for (qint64 id : ids)
        marks << QString::number(id);
    const QString in = marks.join(QLatin1Char(','));
    for (const ForeignKey &key : keys) {
        if (key.parent != parent || key.to != QLatin1String("id"))
            continue;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (key.onDelete == QLatin1String("CASCADE")) {
            if (!query.exec(QStringLiteral("SELECT * FROM %1 WHERE %2 IN (%3)")
                                .arg(quoted(key.table), quoted(key.from), in))) {
                *error = failed(query);
                return false;
            }
            QJsonArray rows;
            QList<qint64> childIds;
            while (query.next()) {
                const QSqlRecord record = query.record();
                const int idColumn = record.indexOf(QStringLiteral("id"));
                if (idColumn >= 0) {
                    const qint64 childId = record.value(idColumn).toLongLong();
                    if (seen->contains(key.table + QLatin1Char(':') + QString::number(childId)))
                        continue;
                    seen->insert(key.table + QLatin1Char(':') + QString::number(childId));
                    childIds << childId;
                }
                QJsonObject row;
                for (int i = 0; i < record.count(); ++i)
                    row.insert(record.fieldName(i), toJson(record.value(i)));
                rows.append(row);
            }
            if (rows.isEmpty())
                continue;
            groups->append(
                QJsonObject{{QStringLiteral("table"), key.table}, {QStringLiteral("rows"), rows}});
            if (!capture(db, keys, key.table, childIds, groups, relinks, seen, depth + 1, error))
                return false;
        } else if (key.onDelete == QLatin1String("SET NULL") && depth == 0) {
            if (!hasColumn(columns(db, key.table), QStringLiteral("id")))
                continue;
            if (!query.exec(QStringLiteral("SELECT id FROM %1 WHERE %2 IN (%3)")
                                .arg(quoted(key.table), quoted(key.from), in))) {
                *error = failed(query);
                return false;
            }
            QJsonArray rowIds;
            while (query.next())
                rowIds.append(query.value(0).toLongLong());
            if (!rowIds.isEmpty())
                relinks->append(QJsonObject{{QStringLiteral("table"), key.table},
                                            {QStringLiteral("column"), key.from},
                                            {QStringLiteral("ids"), rowIds}});
        }
    }
    return true;
}

// Writes one row back. Its links follow the ids that changed on the way (`moved`); a link to a
// row that is gone is left empty, or the row left out when the link is required (0 returned,
// no error). A row whose UUID is there again is left out too. The row's id, or 0.
Result<qint64> writeBack(const QSqlDatabase &db, const QList<ForeignKey> &keys,
                         const QString &table, QJsonObject row,
                         QHash<QString, QHash<qint64, qint64>> *moved, bool isRoot)
{
    const QList<Column> cols = columns(db, table);
    for (const ForeignKey &key : keys) {
        if (key.table != table || !row.contains(key.from) || row.value(key.from).isNull())
            continue;
        const QVariant value = toSql(row.value(key.from));
        const auto movedIds = moved->constFind(key.parent);
        if (key.to == QLatin1String("id") && movedIds != moved->constEnd() &&
            movedIds->contains(value.toLongLong())) {
            row.insert(key.from, movedIds->value(value.toLongLong()));
            continue;
        }
        if (exists(db, key.parent, key.to, value))
            continue;
        const bool required = std::any_of(cols.cbegin(), cols.cend(), [&key](const Column &c) {
            return c.name == key.from && c.notNull;
        });
        if (required) {
            if (isRoot)
                return Failure{Trash::tr("What it belonged to has been deleted for good.")};
            return qint64(0);
        }
        row.insert(key.from, QJsonValue::Null);
    }
    if (row.contains(QStringLiteral("uuid")) &&
        exists(db, table, QStringLiteral("uuid"), row.value(QStringLiteral("uuid")).toString())) {
        if (isRoot)
            return Failure{Trash::tr("It is in the workspace again (imported since it was "
                                     "deleted): there is nothing to restore.")};
        return qint64(0);
    }
    const qint64 oldId = row.value(QStringLiteral("id")).toVariant().toLongLong();
    if (row.contains(QStringLiteral("id")) && exists(db, table, QStringLiteral("id"), oldId))
        row.remove(QStringLiteral("id"));

    QStringList names;
    QStringList marks;
    QSqlQuery insert(db);
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!hasColumn(cols, it.key()))
            continue; // a column a later schema dropped
        names << quoted(it.key());
        marks << QStringLiteral("?");
    }
    insert.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(quoted(table), names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (hasColumn(cols, it.key()))
            insert.addBindValue(toSql(it.value()));
    }
    if (!insert.exec())
        return Failure{failed(insert)};
    if (!hasColumn(cols, QStringLiteral("id")))
        return qint64(1);
    const qint64 newId = insert.lastInsertId().toLongLong();
    if (oldId > 0)
        (*moved)[table].insert(oldId, newId);
    return newId;
}

Trash::Entry entryFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(), query.value(5).toString()};
}

const QString kEntryColumns = QStringLiteral("id, kind, uuid, label, deleted_at, origin");

} // namespace

Result<qint64> Trash::put(QSqlDatabase db, const QString &kind, const QString &table, qint64 id,
                          const QString &label, const QString &origin, const QString &deletedAt)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return Failure{tr("The trash could not be written: %1").arg(db.lastError().text())};

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(quoted(table)));
    query.addBindValue(id);
    if (!query.exec())
        return Failure{failed(query)};
    if (!query.next())
        return Failure{tr("It no longer exists.")};
    const QSqlRecord record = query.record();
    QJsonObject root;
    for (int i = 0; i < record.count(); ++i)
        root.insert(record.fieldName(i), toJson(record.value(i)));
    query.finish();
    const QString uuid = root.value(QStringLiteral("uuid")).toString();

    const QList<ForeignKey> keys = foreignKeys(db);
    QJsonArray groups;
    QJsonArray relinks;
    QSet<QString> seen;
    QString error;
    if (!capture(db, keys, table, {id}, &groups, &relinks, &seen, 0, &error))
        return Failure{error};

    QSqlQuery write(db);
    if (!deletedAt.isEmpty()) {
        // The deletion a file brought keeps its date and workspace.
        write.prepare(QStringLiteral("INSERT OR REPLACE INTO tombstones (uuid, kind, deleted_at,"
                                     " origin) VALUES (?, ?, ?, ?)"));
        write.addBindValue(uuid);
        write.addBindValue(kind);
        write.addBindValue(deletedAt);
        write.addBindValue(origin);
        if (!write.exec())
            return Failure{failed(write)};
    }
    write.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoted(table)));
    write.addBindValue(id);
    if (!write.exec())
        return Failure{failed(write)};

    const QJsonObject payload{{QStringLiteral("table"), table},
                              {QStringLiteral("row"), root},
                              {QStringLiteral("children"), groups},
                              {QStringLiteral("relinks"), relinks}};
    write.prepare(QStringLiteral(
        "INSERT INTO trash (kind, uuid, label, deleted_at, origin, rows)"
        " SELECT ?, ?, ?, t.deleted_at, t.origin, ? FROM tombstones t WHERE t.uuid = ?"));
    write.addBindValue(kind);
    write.addBindValue(uuid);
    write.addBindValue(label.isNull() ? QStringLiteral("") : label);
    write.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    write.addBindValue(uuid);
    if (!write.exec())
        return Failure{failed(write)};
    if (write.numRowsAffected() != 1)
        return Failure{tr("The trash could not be written: the deletion left no trace.")};
    const qint64 entryId = write.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Failure{tr("The trash could not be written: %1").arg(db.lastError().text())};
    return entryId;
}

Result<qint64> Trash::restore(QSqlDatabase db, qint64 entryId)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return Failure{tr("The trash could not be written: %1").arg(db.lastError().text())};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT rows FROM trash WHERE id = ?"));
    query.addBindValue(entryId);
    if (!query.exec())
        return Failure{failed(query)};
    if (!query.next())
        return Failure{tr("It is no longer in the trash.")};
    const QJsonObject payload =
        QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    query.finish();
    const QString table = payload.value(QStringLiteral("table")).toString();
    if (table.isEmpty())
        return Failure{tr("This entry of the trash is damaged: it cannot be restored.")};

    const QList<ForeignKey> keys = foreignKeys(db);
    QHash<QString, QHash<qint64, qint64>> moved;
    const Result<qint64> rootId =
        writeBack(db, keys, table, payload.value(QStringLiteral("row")).toObject(), &moved, true);
    if (!rootId)
        return rootId;
    const qint64 oldId = payload.value(QStringLiteral("row"))
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toVariant()
                             .toLongLong();
    moved[table].insert(oldId, *rootId);

    const QJsonArray groups = payload.value(QStringLiteral("children")).toArray();
    for (const QJsonValue &group : groups) {
        const QString childTable = group.toObject().value(QStringLiteral("table")).toString();
        const QJsonArray rows = group.toObject().value(QStringLiteral("rows")).toArray();
        for (const QJsonValue &row : rows) {
            const Result<qint64> written =
                writeBack(db, keys, childTable, row.toObject(), &moved, false);
            if (!written)
                return Failure{written.error()};
        }
    }
    QSqlQuery write(db);
    const QJsonArray relinks = payload.value(QStringLiteral("relinks")).toArray();
    for (const QJsonValue &value : relinks) {
        const QJsonObject relink = value.toObject();
        const QString column = relink.value(QStringLiteral("column")).toString();
        write.prepare(
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND %2 IS NULL")
                .arg(quoted(relink.value(QStringLiteral("table")).toString()), quoted(column)));
        for (const QJsonValue &rowId : relink.value(QStringLiteral("ids")).toArray()) {
            write.addBindValue(*rootId);
            write.addBindValue(rowId.toVariant().toLongLong());
            if (!write.exec())
                return Failure{failed(write)};
        }
    }
    if (hasColumn(columns(db, table), QStringLiteral("updated_at"))) {
        write.prepare(
            QStringLiteral("UPDATE %1 SET updated_at = ? WHERE id = ?").arg(quoted(table)));
        write.addBindValue(Timestamp::now());
        write.addBindValue(*rootId);
        if (!write.exec())
            return Failure{failed(write)};
    }
    write.prepare(QStringLiteral("DELETE FROM trash WHERE id = ?"));
    write.addBindValue(entryId);
    if (!write.exec())
        return Failure{failed(write)};
    if (!transaction.commit())
        return Failure{tr("The trash could not be written: %1").arg(db.lastError().text())};
    return *rootId;
}

Result<void> Trash::purge(QSqlDatabase db, qint64 entryId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM trash WHERE id = ?"));
    query.addBindValue(entryId);
    if (!query.exec())
        return Failure{failed(query)};
    if (query.numRowsAffected() != 1)
        return Failure{tr("It is no longer in the trash.")};
    return {};
}

Result<int> Trash::empty(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM trash")))
        return Failure{failed(query)};
    return query.numRowsAffected();
}

QList<Trash::Entry> Trash::entries(QSqlDatabase db, QString *error)
{
    QList<Entry> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM trash ORDER BY deleted_at DESC, id DESC")
                        .arg(kEntryColumns))) {
        if (error)
            *error = failed(query);
        return result;
    }
    while (query.next())
        result << entryFrom(query);
    return result;
}

std::optional<Trash::Entry> Trash::entry(QSqlDatabase db, qint64 entryId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM trash WHERE id = ?").arg(kEntryColumns));
    query.addBindValue(entryId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

int Trash::count(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM trash")) && query.next()
               ? query.value(0).toInt()
               : 0;
}
