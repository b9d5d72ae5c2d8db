#pragma once

#include "ProjectSearch.h"

#include <QAbstractListModel>

// The hits of a search, for a list view: the title, a line saying where the project stands,
// and the passage where the words were found (HTML, words in bold).
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        DetailRole,  // "Comptoir de Liévin · Lens · Idée"
        SnippetRole, // HTML
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResult(const ProjectSearch::Result &result);
    const ProjectSearch::Result &result() const { return m_result; }
    int rowForId(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    ProjectSearch::Result m_result;
};
