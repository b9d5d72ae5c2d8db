#include "ToFollowUpModel.h"

#include "text/TextFolding.h"

ToFollowUpModel::ToFollowUpModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ToFollowUpModel::setRows(QList<FollowUps::ToFollowUp> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_search.clear();
    m_search.reserve(m_rows.size());
    for (const FollowUps::ToFollowUp &row : std::as_const(m_rows))
        m_search << TextFolding::fold(row.title + QLatin1Char(' ') + row.venue + QLatin1Char(' ') +
                                      row.nextStep);
    endResetModel();
}

int ToFollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ToFollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ToFollowUpModel::reason(const FollowUps::ToFollowUp &row)
{
    const QString date = QStringLiteral("dd/MM/yyyy");
    if (row.stepDue)
        return tr("Due on %1: %2").arg(row.nextDue.toString(date), row.nextStep);
    return tr("No contact since %1").arg(row.lastContact.toString(date));
}

QVariant ToFollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FollowUps::ToFollowUp &row = m_rows.at(index.row());
    switch (role) {
    case ProjectIdRole:
        return row.projectId;
    case SearchRole:
        return m_search.at(index.row());
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title.isEmpty() ? tr("Untitled project") : row.title;
        case VenueColumn:
            return row.venue;
        case ReasonColumn:
            return reason(row);
        case LateColumn:
            return tr("%n day(s)", nullptr, row.daysLate);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn && !row.stepDue)
            return tr("No contact since %1: its edition allows %n week(s).", nullptr, row.weeks)
                .arg(row.lastContact.toString(QStringLiteral("dd/MM/yyyy")));
        if (index.column() == ReasonColumn || index.column() == TitleColumn)
            return index.data().toString();
        break;
    case Qt::UserRole: // sorting
        if (index.column() == LateColumn)
            return row.daysLate;
        return index.data().toString();
    case Qt::TextAlignmentRole:
        if (index.column() == LateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ToFollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Project");
    case VenueColumn:
        return tr("Comptoir");
    case ReasonColumn:
        return tr("Why");
    case LateColumn:
        return tr("Late by");
    }
    return {};
}
