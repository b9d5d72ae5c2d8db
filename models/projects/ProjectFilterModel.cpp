#include "ProjectFilterModel.h"

#include "ProjectListModel.h"
#include "text/TextFolding.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <numeric>

namespace {

// The bulk of a keystroke's cost at 100,000 projects: glibc's memmem is vectorised.
inline bool contains(std::string_view haystack, const std::string &needle)
{
#if defined(__GLIBC__)
    return memmem(haystack.data(), haystack.size(), needle.data(), needle.size()) != nullptr;
#else
    return haystack.find(needle) != std::string_view::npos;
#endif
}

} // namespace

ProjectFilterModel::ProjectFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

ProjectFilterModel::~ProjectFilterModel() = default;

void ProjectFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *projects = qobject_cast<ProjectListModel *>(sourceModel);
    Q_ASSERT_X(projects || !sourceModel, "ProjectFilterModel",
               "the source must be a ProjectListModel");

    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(projects);
    m_source = projects;
    if (m_source) {
        // A structural change of the source is rare (a reload, a project added or removed):
        // rebuild everything in one reset. A data change keeps the layout and the selection.
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this,
                &ProjectFilterModel::beginResetModel);
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            rebuildAll();
            endResetModel();
            emit countsChanged();
        });
        connect(m_source, &QAbstractItemModel::rowsInserted, this,
                &ProjectFilterModel::resetFromSource);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this,
                &ProjectFilterModel::resetFromSource);
        connect(m_source, &QAbstractItemModel::layoutChanged, this,
                &ProjectFilterModel::resetFromSource);
        connect(m_source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    rebuildSortOrder();
                    setVisibleRows(filterAll());
                    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
                        const int proxyRow = m_sourceToProxy[size_t(r)];
                        if (proxyRow >= 0)
                            emit dataChanged(index(proxyRow, topLeft.column()),
                                             index(proxyRow, bottomRight.column()));
                    }
                });
    }
    rebuildAll();
    endResetModel();
    emit countsChanged();
}

void ProjectFilterModel::resetFromSource()
{
    beginResetModel();
    rebuildAll();
    endResetModel();
    emit countsChanged();
}

void ProjectFilterModel::rebuildAll()
{
    rebuildSortOrder();
    m_visible = filterAll();
    rebuildSourceToProxy();
}

void ProjectFilterModel::rebuildSourceToProxy()
{
    m_sourceToProxy.assign(m_sorted.size(), -1);
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_sourceToProxy[size_t(m_visible[i])] = int(i);
}

void ProjectFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    std::vector<std::string> tokens;
    for (const QString &token : TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        tokens.push_back(token.toStdString());
    m_filterText = text;
    if (tokens == m_tokens)
        return;

    // Typing narrows: when every old word is contained in the new word at its place, a row that
    // passes the new filter passed the old one, so only the rows visible now need testing.
    // Backspace returns to a filter typed a moment ago: its result is still in the history.
    for (auto it = m_history.rbegin(); it != m_history.rend(); ++it) {
        if (it->first == tokens) {
            m_tokens = std::move(tokens);
            std::vector<int> rows = it->second;
            setVisibleRows(std::move(rows));
            return;
        }
    }

    bool narrows = tokens.size() >= m_tokens.size();
    for (size_t i = 0; narrows && i < m_tokens.size(); ++i)
        narrows = tokens[i].find(m_tokens[i]) != std::string::npos;
    m_tokens = std::move(tokens);

    if (narrows) {
        std::vector<int> rows;
        rows.reserve(m_visible.size());
        for (int sourceRow : m_visible) {
            if (accepts(sourceRow))
                rows.push_back(sourceRow);
        }
        setVisibleRows(std::move(rows));
    } else {
        setVisibleRows(filterAll());
    }
    remember();
}

void ProjectFilterModel::remember()
{
    constexpr size_t kHistorySize = 24;
    if (m_history.size() == kHistorySize)
        m_history.erase(m_history.begin());
    m_history.emplace_back(m_tokens, m_visible);
}

void ProjectFilterModel::setStageFilter(std::optional<Stage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    m_history.clear();
    setVisibleRows(filterAll());
}

void ProjectFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildSortOrder();
    setVisibleRows(filterAll());
}

int ProjectFilterModel::totalCount() const
{
    return m_source ? m_source->rowCount() : 0;
}

bool ProjectFilterModel::accepts(int sourceRow) const
{
    if (m_stage && m_source->stage(sourceRow) != *m_stage)
        return false;
    const std::string_view key = m_source->searchKey(sourceRow);
    for (const std::string &token : m_tokens) {
        if (!contains(key, token))
            return false;
    }
    return true;
}

void ProjectFilterModel::rebuildSortOrder()
{
    m_history.clear();
    const int n = m_source ? m_source->rowCount() : 0;
    m_sorted.resize(size_t(n));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (!m_source || m_sortColumn < 0)
        return; // the source's own order: most recently updated first

    const ProjectListModel &src = *m_source;
    // Ties break on the source order.
    // The folded keys found once in the search keys, not at every comparison.
    std::vector<std::string_view> keys;
    const auto byKey = [&src, &keys, n](auto key) {
        keys.resize(size_t(n));
        for (int r = 0; r < n; ++r)
            keys[size_t(r)] = (src.*key)(r);
        return [&keys](int a, int b) {
            const int c = keys[size_t(a)].compare(keys[size_t(b)]);
            return c != 0 ? c < 0 : a < b;
        };
    };
    const auto byName = [&src](auto name) {
        return [&src, name](int a, int b) {
            const int c = QString::compare((src.*name)(a), (src.*name)(b));
            return c != 0 ? c < 0 : a < b;
        };
    };
    std::function<bool(int, int)> less;
    switch (m_sortColumn) {
    case ProjectListModel::TitleColumn:
        less = byKey(&ProjectListModel::titleKey);
        break;
    case ProjectListModel::HolderColumn:
        less = byKey(&ProjectListModel::holderKey);
        break;
    case ProjectListModel::VenueColumn:
        less = byName(&ProjectListModel::venue);
        break;
    case ProjectListModel::CategoryColumn:
        less = byName(&ProjectListModel::category);
        break;
    case ProjectListModel::UpdatedColumn:
        less = [&src](int a, int b) {
            const qint64 ta = src.row(a).updatedAt;
            const qint64 tb = src.row(b).updatedAt;
            return ta != tb ? ta < tb : a < b;
        };
        break;
    case ProjectListModel::StageColumn:
        less = [&src](int a, int b) {
            const int sa = int(src.row(a).stage);
            const int sb = int(src.row(b).stage);
            return sa != sb ? sa < sb : a < b;
        };
        break;
    default:
        return;
    }
    // Ties break on the source order, so the comparison is total and std::sort is stable enough.
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(m_sorted.begin(), m_sorted.end(), less);
    else
        std::sort(m_sorted.begin(), m_sorted.end(), [&less](int a, int b) { return less(b, a); });
}

std::vector<int> ProjectFilterModel::filterAll() const
{
    if (!m_source)
        return {};
    if (m_tokens.empty() && !m_stage)
        return m_sorted;
    std::vector<int> rows;
    rows.reserve(m_sorted.size());
    for (int sourceRow : m_sorted) {
        if (accepts(sourceRow))
            rows.push_back(sourceRow);
    }
    return rows;
}

void ProjectFilterModel::setVisibleRows(std::vector<int> rows)
{
    if (rows == m_visible)
        return; // nothing to relayout or repaint (typing "c" when every row has a "c")
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);

    // Remember which source row each persistent index (selection, current item) points to.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &idx : before)
        sourceRows.push_back(idx.isValid() ? m_visible[size_t(idx.row())] : -1);

    m_visible = std::move(rows);
    rebuildSourceToProxy();

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int sourceRow = sourceRows[size_t(i)];
        const int proxyRow = sourceRow >= 0 ? m_sourceToProxy[size_t(sourceRow)] : -1;
        after.append(proxyRow >= 0 ? createIndex(proxyRow, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);

    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit countsChanged();
}

QModelIndex ProjectFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_visible.size()) ||
        column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex ProjectFilterModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

QModelIndex ProjectFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int ProjectFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ProjectFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool ProjectFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty();
}

QModelIndex ProjectFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this ||
        proxyIndex.row() >= int(m_visible.size()))
        return QModelIndex();
    return m_source->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ProjectFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source ||
        sourceIndex.row() >= int(m_sourceToProxy.size()))
        return QModelIndex();
    const int proxyRow = m_sourceToProxy[size_t(sourceIndex.row())];
    return proxyRow >= 0 ? createIndex(proxyRow, sourceIndex.column()) : QModelIndex();
}

QVariant ProjectFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_source)
        return QVariant();
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}
