#pragma once

#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

// Values bound to statements the way the schema wants them.
namespace SqlValues {

// A new row's identity: a random UUID, lower-case, without braces.
inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A link to another row: NULL for 0 (no link).
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Text columns are NOT NULL: a null QString would bind NULL. Spaces are simplified.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value.simplified();
}

// The values that end a save statement: the row's id for "UPDATE … WHERE id = ?", or a new
// row's identity for "INSERT … (…, created_at, uuid, origin)".
inline void bindIdentity(QSqlQuery &query, qint64 id, const QString &now, const QString &origin)
{
    if (id > 0) {
        query.addBindValue(id);
    } else {
        query.addBindValue(now);
        query.addBindValue(newUuid());
        query.addBindValue(origin);
    }
}

} // namespace SqlValues
