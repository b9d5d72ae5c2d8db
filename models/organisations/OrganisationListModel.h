#pragma once

#include "util/RecordTableModel.h"

#include <QString>

// One organisation as the directory's list shows it.
struct OrganisationListRow
{
    qint64 id = 0;
    QString name;
    QString legalForm; // as shown
    QString number;    // « SIRET 732 829 320 00074 », « RNA W622001234 »
    QString commune;
    QString ess;       // the verified status, or what was declared
    QString directory; // its kind in the directory ('' when it is only a porteurs' structure)
    bool inDirectory = false;
    int projects = 0;
    QString search;
};

// Every organisation of the workspace: the porteurs' structures and the directory's partners
// and financers, with the projects each carries.
class OrganisationListModel final : public RecordTableModel<OrganisationListRow, 7>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationListModel)

public:
    enum Column
    {
        NameColumn,
        LegalFormColumn,
        NumberColumn,
        CommuneColumn,
        EssColumn,
        DirectoryColumn,
        ProjectsColumn,
        ColumnCount
    };
    static_assert(ColumnCount == 7, "the base's column count");
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SearchRole,      // folded text of the row, for the filter
        InDirectoryRole, // true for the directory's partners and financers
    };

    explicit OrganisationListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<OrganisationListRow> readRows(const Workspace &workspace) const override;
};
