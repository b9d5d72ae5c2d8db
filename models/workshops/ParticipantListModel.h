#pragma once

#include "Attendance.h"

#include <QAbstractTableModel>

class Workspace;

// The participants of one workshop: name, project, presence and the time spent with them. Used
// by the workshops page and by the live workshop's side list.
class ParticipantListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantListModel)

public:
    enum Column
    {
        NameColumn,
        ProjectColumn,
        StatusColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role
    {
        AttendanceIdRole = Qt::UserRole + 1,
        HolderIdRole,
        ProjectIdRole,
        StatusRole,
    };

    explicit ParticipantListModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setWorkshop(qint64 workshopId);
    qint64 workshopId() const { return m_workshopId; }
    void reload();
    // Re-reads one participant (after a presence, a project or the timer changed).
    void refresh(qint64 attendanceId);

    const Attendance::Participant &participant(int row) const { return m_rows.at(row); }
    int rowOf(qint64 attendanceId) const;
    // While the live timer runs, the seconds not yet written are shown on top.
    void setRunningExtra(qint64 attendanceId, int seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString duration(int seconds);

private:
    Workspace *m_workspace = nullptr;
    qint64 m_workshopId = 0;
    QList<Attendance::Participant> m_rows;
    qint64 m_runningId = 0;
    int m_runningExtra = 0;
};
