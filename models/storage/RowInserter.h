#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

// A prepared INSERT for one table, reused row after row (the demo loader, the synthetic
// generator, and later the importers). For tracked tables it appends the columns every
// travelling row carries: uuid, created_at, updated_at and origin.
class RowInserter final
{
public:
    enum class Tracking
    {
        Tracked,
        Untracked
    };

    RowInserter(QSqlDatabase db, const QString &table, const QStringList &columns,
                Tracking tracking = Tracking::Tracked, QString origin = QString());

    // Inserts one row; values follow the column order given to the constructor. For tracked
    // tables an empty uuid gets a fresh one and an empty timestamp the current time.
    // Returns the new rowid, or -1 with lastError() set.
    qint64 insert(const QVariantList &values, const QString &uuid = QString(),
                  const QString &createdAt = QString(), const QString &updatedAt = QString());

    QString lastError() const { return m_lastError; }

private:
    QSqlQuery m_query;
    int m_columnCount;
    Tracking m_tracking;
    QString m_origin;
    QString m_lastError;
};
