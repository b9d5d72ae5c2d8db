#pragma once

#include <QAbstractListModel>

// The department's communes for completion: each current commune shown with its postal codes
// ("Montreuil-sur-Mer (62170)"), and each former name with the commune it belongs to
// ("Hesdin → Hesdin-la-Forêt (62140)"). KeyRole holds what typing is matched against: the
// folded name and the postal codes, each word preceded by a space, so that a folded " pol" or
// " 62170" finds a word's start.
class CommuneListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommuneListModel)

public:
    // FormerNameRole: the former name a row stands for; empty for a current commune's row.
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        CodeRole,
        FormerNameRole
    };

    explicit CommuneListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString display;
        QString key;
        QString name; // the current commune's
        QString code;
        QString former;
    };
    QList<Row> m_rows;
};
