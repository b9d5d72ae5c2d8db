#include "WorkshopListModel.h"

#include "storage/Timestamp.h"
#include "storage/Workspace.h"

#include <QFont>
#include <QLocale>
#include <QSqlQuery>

WorkshopListModel::WorkshopListModel(QObject *parent)
    : RecordTableModel(parent)
{}

QList<WorkshopListRow> WorkshopListModel::readRows(const Workspace &workspace) const
{
    QList<WorkshopListRow> rows;
    {
        QSqlQuery query(workspace.database());
        query.setForwardOnly(true);
        query.exec(QStringLiteral(
            "SELECT w.id, w.starts_at, w.ends_at, coalesce(v.name, ''), w.kind, w.facilitator,"
            "       coalesce(w.capacity, 0), coalesce(a.registered, 0), coalesce(a.present, 0)"
            "  FROM workshops w LEFT JOIN venues v ON v.id = w.venue_id"
            // Every workshop's counts in one pass over the attendance, not two lookups each.
            "  LEFT JOIN (SELECT workshop_id, count(*) AS registered,"
            "                    sum(status = 'present') AS present"
            "               FROM attendance GROUP BY workshop_id) a ON a.workshop_id = w.id"
            " ORDER BY w.starts_at DESC, w.id DESC"));
        while (query.next()) {
            WorkshopListRow row;
            row.id = query.value(0).toLongLong();
            // Kept in UTC: local time is computed for the rows shown only (thousands of
            // conversions would slow the page down).
            row.start = Timestamp::toDateTime(query.value(1).toString());
            row.startMs = row.start.toMSecsSinceEpoch();
            if (!query.value(2).isNull())
                row.end = Timestamp::toDateTime(query.value(2).toString());
            row.venue = query.value(3).toString();
            row.kind = Workshops::kindFromCode(query.value(4).toString()).value_or(row.kind);
            row.facilitator = query.value(5).toString();
            row.capacity = query.value(6).toInt();
            row.registered = query.value(7).toInt();
            row.present = query.value(8).toInt();
            rows << row;
        }
    }
    return rows;
}

void WorkshopListModel::refreshCounts(qint64 workshopId)
{
    const int row = rowOf(workshopId);
    if (row < 0 || !workspace())
        return;
    QSqlQuery query(workspace()->database());
    query.prepare(
        QStringLiteral("SELECT count(*), coalesce(sum(status = 'present'), 0) FROM attendance"
                       " WHERE workshop_id = ?"));
    query.addBindValue(workshopId);
    if (!query.exec() || !query.next())
        return;
    mutableRow(row).registered = query.value(0).toInt();
    mutableRow(row).present = query.value(1).toInt();
    emit dataChanged(index(row, ParticipantsColumn), index(row, ParticipantsColumn));
}

QVariant WorkshopListModel::data(const QModelIndex &index, int role) const
{
    const WorkshopListRow *found = rowAt(index);
    if (!found)
        return {};
    const WorkshopListRow &row = *found;
    const QLocale locale;
    if (role == IdRole)
        return row.id;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case DateColumn:
            return role == SortRole
                       ? QVariant(row.start)
                       : QVariant(locale.toString(row.start.date(), tr("ddd d MMM yyyy")));
        case TimeColumn:
            return row.end.isValid()
                       ? tr("%1 – %2").arg(locale.toString(row.start.time(), QLocale::ShortFormat),
                                           locale.toString(row.end.time(), QLocale::ShortFormat))
                       : locale.toString(row.start.time(), QLocale::ShortFormat);
        case VenueColumn:
            return row.venue.isEmpty() ? tr("No comptoir") : row.venue;
        case KindColumn:
            return Workshops::label(row.kind);
        case FacilitatorColumn:
            return row.facilitator;
        case ParticipantsColumn:
            if (role == SortRole)
                return row.registered;
            if (row.capacity > 0)
                return tr("%1 / %2 · %3")
                    .arg(row.registered)
                    .arg(row.capacity)
                    .arg(tr("%n present", nullptr, row.present));
            return tr("%1 · %2").arg(row.registered).arg(tr("%n present", nullptr, row.present));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ParticipantsColumn)
        return tr("%n registered", nullptr, row.registered);
    if (role == Qt::FontRole && row.start.toLocalTime().date() == QDate::currentDate()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant WorkshopListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case VenueColumn:
        return tr("Comptoir");
    case KindColumn:
        return tr("Workshop");
    case FacilitatorColumn:
        return tr("Facilitator");
    case ParticipantsColumn:
        return tr("Participants");
    }
    return {};
}
