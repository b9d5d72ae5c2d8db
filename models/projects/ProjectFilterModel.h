#pragma once

#include "Stage.h"

#include <QAbstractProxyModel>
#include <QStringList>

#include <optional>
#include <string>
#include <utility>
#include <vector>

class ProjectListModel;

// Sorts and filters a ProjectListModel for the project list.
//
// Why not QSortFilterProxyModel: when a keystroke hides rows scattered through a sorted list,
// QSortFilterProxyModel removes them interval by interval, one rowsRemoved signal and one
// vector erase per interval, which is quadratic at 100,000 projects (seconds per keystroke).
// This proxy keeps all rows in sort order once, derives the visible rows as a subsequence
// (only re-testing the rows still visible when the filter narrows, as it does while typing),
// and announces each change as a single layout change that keeps the selection.
class ProjectFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectFilterModel)

public:
    explicit ProjectFilterModel(QObject *parent = nullptr);
    ~ProjectFilterModel() override;

    // Must be a ProjectListModel: the proxy reads its rows' folded keys directly.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString filterText() const { return m_filterText; }
    // Every word must appear (accents and case ignored) in the title, holder, venue, commune,
    // organisation or category.
    void setFilterText(const QString &text);

    std::optional<Stage> stageFilter() const { return m_stage; }
    void setStageFilter(std::optional<Stage> stage);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int totalCount() const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;

signals:
    // The number of visible rows, or the total, changed.
    void countsChanged();

private:
    bool accepts(int sourceRow) const;
    void rebuildSortOrder();
    std::vector<int> filterAll() const;
    void setVisibleRows(std::vector<int> rows);
    void resetFromSource();
    void remember();
    void rebuildAll();
    void rebuildSourceToProxy();

    const ProjectListModel *m_source = nullptr;
    std::vector<int> m_sorted;        // every source row, in sort order
    std::vector<int> m_visible;       // the rows that pass the filter, in sort order
    std::vector<int> m_sourceToProxy; // source row → visible row, or -1
    QString m_filterText;
    std::vector<std::string> m_tokens; // folded UTF-8 words
    // Recent filters and their visible rows, newest last; cleared when the order or the
    // stage filter changes.
    std::vector<std::pair<std::vector<std::string>, std::vector<int>>> m_history;
    std::optional<Stage> m_stage;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
