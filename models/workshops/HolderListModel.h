#pragma once

#include "util/RecordTableModel.h"

#include <QDateTime>
#include <QString>

// One holder as the list shows it.
struct HolderListRow
{
    qint64 id = 0;
    QString name;
    QString commune;
    QString organisation;
    QString email;
    QString phone;
    int projects = 0;
    bool contact = false;
    bool publishName = false;
    bool photos = false;
    bool erased = false;
    QString search;
};

// Every holder of the workspace: name, commune, structure, contact, projects, consents.
// Erased holders stay in the list, marked, so that their projects can still be found.
class HolderListModel final : public RecordTableModel<HolderListRow, 7>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HolderListModel)

public:
    enum Column
    {
        NameColumn,
        CommuneColumn,
        OrganisationColumn,
        EmailColumn,
        PhoneColumn,
        ProjectsColumn,
        ConsentColumn,
        ColumnCount
    };
    static_assert(ColumnCount == 7, "the base's column count");
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SearchRole, // folded text of the row, for the filter
    };

    explicit HolderListModel(QObject *parent = nullptr);

    qint64 holderId(int row) const { return idAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<HolderListRow> readRows(const Workspace &workspace) const override;
};
