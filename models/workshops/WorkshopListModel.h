#pragma once

#include "Workshops.h"

#include "util/RecordTableModel.h"

#include <QDateTime>

// One workshop as the list shows it.
struct WorkshopListRow
{
    qint64 id = 0;
    QDateTime start; // UTC
    QDateTime end;   // UTC
    qint64 startMs = 0;
    QString venue;
    Workshops::Kind kind = Workshops::Kind::IdeaToProject;
    QString facilitator;
    int capacity = 0;
    int registered = 0;
    int present = 0;
};

// The workshops of a workspace, newest first: when, comptoir, kind, facilitator, participants.
class WorkshopListModel final : public RecordTableModel<WorkshopListRow, 6>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopListModel)

public:
    enum Column
    {
        DateColumn,
        TimeColumn,
        VenueColumn,
        KindColumn,
        FacilitatorColumn,
        ParticipantsColumn,
        ColumnCount
    };
    static_assert(ColumnCount == 6, "the base's column count");
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        StartRole, // milliseconds since the epoch (UTC)
    };

    explicit WorkshopListModel(QObject *parent = nullptr);

    // Re-reads the participant counts of one workshop (a registration or a presence changed),
    // not the whole list.
    void refreshCounts(qint64 workshopId);
    qint64 workshopId(int row) const { return idAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<WorkshopListRow> readRows(const Workspace &workspace) const override;
};
