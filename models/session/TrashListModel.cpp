#include "TrashListModel.h"

#include "session/Deletions.h"
#include "storage/Timestamp.h"
#include "storage/Workspace.h"

#include <QLocale>

TrashListModel::TrashListModel(QObject *parent)
    : RecordTableModel(parent)
{}

QList<Trash::Entry> TrashListModel::readRows(const Workspace &workspace) const
{
    return Trash::entries(workspace.database());
}

QVariant TrashListModel::data(const QModelIndex &index, int role) const
{
    const Trash::Entry *entry = rowAt(index);
    if (!entry || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case KindColumn:
        return Deletions::kindLabel(entry->kind);
    case LabelColumn:
        return entry->label;
    case DeletedColumn:
        return QLocale().toString(Timestamp::toDateTime(entry->deletedAt).toLocalTime(),
                                  QLocale::ShortFormat);
    case ByColumn:
        if (workspace() && entry->origin == workspace()->origin())
            return tr("this workspace");
        return role == Qt::ToolTipRole
                   ? tr("another workspace (%1), through an imported file").arg(entry->origin)
                   : tr("another workspace");
    }
    return {};
}

QVariant TrashListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("What");
    case LabelColumn:
        return tr("Name");
    case DeletedColumn:
        return tr("Deleted on");
    case ByColumn:
        return tr("Deleted by");
    }
    return {};
}
