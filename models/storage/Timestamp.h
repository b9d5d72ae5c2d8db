#pragma once

#include <QDateTime>
#include <QString>

// Timestamps are stored as ISO 8601 UTC text with milliseconds ("2026-03-14T09:30:00.000Z"):
// they sort as strings, read well in a file and survive every exchange format.
namespace Timestamp {

inline QString fromDateTime(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

inline QString now()
{
    return fromDateTime(QDateTime::currentDateTimeUtc());
}

inline QDateTime toDateTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace Timestamp
