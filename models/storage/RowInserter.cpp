#include "RowInserter.h"

#include "Timestamp.h"

#include <QSqlError>
#include <QUuid>

RowInserter::RowInserter(QSqlDatabase db, const QString &table, const QStringList &columns,
                         Tracking tracking, QString origin)
    : m_query(db)
    , m_columnCount(int(columns.size()))
    , m_tracking(tracking)
    , m_origin(std::move(origin))
{
    QStringList all = columns;
    if (m_tracking == Tracking::Tracked)
        all << QStringLiteral("uuid") << QStringLiteral("created_at")
            << QStringLiteral("updated_at") << QStringLiteral("origin");
    QStringList placeholders;
    for (int i = 0; i < all.size(); ++i)
        placeholders << QStringLiteral("?");
    if (!m_query.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, all.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")))))
        m_lastError = m_query.lastError().text();
}

qint64 RowInserter::insert(const QVariantList &values, const QString &uuid,
                           const QString &createdAt, const QString &updatedAt)
{
    Q_ASSERT(values.size() == m_columnCount);
    int i = 0;
    for (const QVariant &value : values)
        m_query.bindValue(i++, value);
    if (m_tracking == Tracking::Tracked) {
        const QString created = createdAt.isEmpty() ? Timestamp::now() : createdAt;
        m_query.bindValue(i++, uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                              : uuid);
        m_query.bindValue(i++, created);
        m_query.bindValue(i++, updatedAt.isEmpty() ? created : updatedAt);
        m_query.bindValue(i++, m_origin);
    }
    if (!m_query.exec()) {
        m_lastError = m_query.lastError().text();
        return -1;
    }
    return m_query.lastInsertId().toLongLong();
}
