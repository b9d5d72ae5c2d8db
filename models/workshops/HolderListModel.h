#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

class Workspace;

// Every holder of the workspace: name, commune, structure, contact, projects, consents.
// Erased holders stay in the list, marked, so that their projects can still be found.
class HolderListModel final : public QAbstractTableModel
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
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SearchRole, // folded text of the row, for the filter
    };

    explicit HolderListModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void reload();
    qint64 holderId(int row) const;
    int rowOf(qint64 holderId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
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
    Workspace *m_workspace = nullptr;
    QList<Row> m_rows;
};
