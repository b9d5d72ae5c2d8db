#include "ParticipantListModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

ParticipantListModel::ParticipantListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ParticipantListModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_workshopId = 0;
    reload();
}

void ParticipantListModel::setWorkshop(qint64 workshopId)
{
    m_workshopId = workshopId;
    m_runningId = 0;
    m_runningExtra = 0;
    reload();
}

void ParticipantListModel::reload()
{
    beginResetModel();
    m_rows = m_workspace && m_workshopId > 0 ? Attendance::participants(*m_workspace, m_workshopId)
                                             : QList<Attendance::Participant>();
    endResetModel();
}

void ParticipantListModel::refresh(qint64 attendanceId)
{
    const int row = rowOf(attendanceId);
    if (row < 0 || !m_workspace) {
        reload();
        return;
    }
    const QList<Attendance::Participant> all = Attendance::participants(*m_workspace, m_workshopId);
    if (all.size() != m_rows.size()) {
        reload();
        return;
    }
    m_rows = all;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ParticipantListModel::rowOf(qint64 attendanceId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).attendanceId == attendanceId)
            return i;
    }
    return -1;
}

void ParticipantListModel::setRunningExtra(qint64 attendanceId, int seconds)
{
    const int previous = rowOf(m_runningId);
    m_runningId = attendanceId;
    m_runningExtra = seconds;
    if (previous >= 0)
        emit dataChanged(index(previous, TimeColumn), index(previous, TimeColumn));
    const int row = rowOf(attendanceId);
    if (row >= 0 && row != previous)
        emit dataChanged(index(row, TimeColumn), index(row, TimeColumn));
}

QString ParticipantListModel::duration(int seconds)
{
    const int minutes = seconds / 60;
    if (minutes >= 60)
        return QStringLiteral("%1:%2:%3")
            .arg(minutes / 60)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2")
        .arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

int ParticipantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Attendance::Participant &p = m_rows.at(index.row());
    switch (role) {
    case AttendanceIdRole:
        return p.attendanceId;
    case HolderIdRole:
        return p.holderId;
    case ProjectIdRole:
        return p.projectId;
    case StatusRole:
        return int(p.status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            // The first nine are reached with Ctrl+1…9: the number is shown.
            return index.row() < 9 ? tr("%1. %2").arg(index.row() + 1).arg(p.name) : p.name;
        case ProjectColumn:
            if (p.projectId <= 0)
                return tr("No project yet");
            return p.projectTitle.isEmpty() ? tr("Untitled project") : p.projectTitle;
        case StatusColumn:
            return Attendance::label(p.status);
        case TimeColumn: {
            const int extra = p.attendanceId == m_runningId ? m_runningExtra : 0;
            return duration(p.secondsSpent + extra);
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            QStringList parts = {p.name};
            if (!p.organisation.isEmpty())
                parts << p.organisation;
            if (!p.commune.isEmpty())
                parts << p.commune;
            return parts.join(QStringLiteral(" · "));
        }
        break;
    case Qt::ForegroundRole:
        if (p.status == Attendance::Status::Absent || p.status == Attendance::Status::Excused)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn && p.status == Attendance::Status::Present) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (index.column() == ProjectColumn && p.projectId <= 0) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3")
            .arg(p.name, Attendance::label(p.status),
                 p.projectTitle.isEmpty() ? tr("no project") : p.projectTitle);
    default:
        break;
    }
    return {};
}

QVariant ParticipantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Participant");
    case ProjectColumn:
        return tr("Project");
    case StatusColumn:
        return tr("Presence");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}
