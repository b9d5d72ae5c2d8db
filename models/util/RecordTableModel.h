#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Workspace;

// The one base of the workspace's record tables (the holders, the workshops): rows read in one
// go from a workspace, each with its record's id, found again by id in constant time. A
// subclass says how its rows are read (readRows(), the SQL staying in the model) and shown
// (data(), headerData()); reading again resets the model. Row needs a qint64 `id`.
template<typename Row, int Columns> class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setWorkspace(Workspace *workspace)
    {
        m_workspace = workspace;
        reload();
    }
    Workspace *workspace() const { return m_workspace; }

    // Reads every row again.
    void reload()
    {
        beginResetModel();
        m_rows = m_workspace ? readRows(*m_workspace) : QList<Row>();
        m_rowOfId.clear();
        m_rowOfId.reserve(m_rows.size());
        for (int i = 0; i < int(m_rows.size()); ++i)
            m_rowOfId.insert(m_rows.at(i).id, i);
        endResetModel();
    }

    // The record of a row (0 when there is none), the row of a record (-1).
    qint64 idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }
    int rowOf(qint64 id) const { return m_rowOfId.value(id, -1); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : Columns;
    }

protected:
    virtual QList<Row> readRows(const Workspace &workspace) const = 0;
    // The row of a valid index of this model, else nullptr.
    const Row *rowAt(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && index.row() < m_rows.size()
                   ? &m_rows.at(index.row())
                   : nullptr;
    }
    // A row changed in place (its counts…): the views are told by the subclass.
    Row &mutableRow(int row) { return m_rows[row]; }

private:
    Workspace *m_workspace = nullptr;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfId;
};
