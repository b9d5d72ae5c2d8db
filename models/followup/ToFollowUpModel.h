#pragma once

#include "FollowUps.h"

#include <QAbstractTableModel>

// The projects to follow up (« À relancer »), the most urgent first: why (a step due, or weeks
// without contact), since when, and how late.
class ToFollowUpModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToFollowUpModel)

public:
    enum Column
    {
        TitleColumn,
        VenueColumn,
        ReasonColumn,
        LateColumn,
        ColumnCount
    };
    enum Role
    {
        ProjectIdRole = Qt::UserRole + 1,
        SearchRole,
    };

    explicit ToFollowUpModel(QObject *parent = nullptr);

    void setRows(QList<FollowUps::ToFollowUp> rows);
    const QList<FollowUps::ToFollowUp> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // « Étape due le 12/03/2027 : demander une salle », « Aucun contact depuis le 02/01/2027 ».
    static QString reason(const FollowUps::ToFollowUp &row);

private:
    QList<FollowUps::ToFollowUp> m_rows;
    QStringList m_search;
};
