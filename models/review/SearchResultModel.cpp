#include "SearchResultModel.h"

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultModel::setResult(const ProjectSearch::Result &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int SearchResultModel::rowForId(qint64 id) const
{
    for (qsizetype i = 0; i < m_result.hits.size(); ++i) {
        if (m_result.hits.at(i).id == id)
            return int(i);
    }
    return -1;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.hits.size())
        return {};
    const ProjectSearch::Hit &hit = m_result.hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
    case DetailRole: {
        QStringList parts;
        if (!hit.venue.isEmpty())
            parts << hit.venue;
        if (!hit.commune.isEmpty())
            parts << hit.commune;
        parts << Stages::name(hit.stage);
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::DecorationRole:
        return Stages::icon(hit.stage);
    case IdRole:
        return hit.id;
    case SnippetRole:
        return hit.snippet;
    default:
        return {};
    }
}
