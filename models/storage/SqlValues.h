#pragma once

#include <QString>
#include <QVariant>

// Values bound to statements the way the schema wants them.
namespace SqlValues {

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

} // namespace SqlValues
