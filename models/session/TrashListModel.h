#pragma once

#include "storage/Trash.h"
#include "util/RecordTableModel.h"

// The trash as a table: what was deleted, its name, when, and by which workspace (this one, or
// another whose file brought the deletion).
class TrashListModel final : public RecordTableModel<Trash::Entry, 4>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrashListModel)

public:
    enum Column
    {
        KindColumn,
        LabelColumn,
        DeletedColumn,
        ByColumn,
        ColumnCount
    };
    static_assert(ColumnCount == 4, "the base's column count");

    explicit TrashListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Trash::Entry> readRows(const Workspace &workspace) const override;
};
