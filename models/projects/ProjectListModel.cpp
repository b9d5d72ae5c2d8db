#include "ProjectListModel.h"

#include "storage/Timestamp.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Venue, category and commune names repeat across thousands of rows: sharing one QString per
// distinct value keeps memory flat and the load fast.
class StringPool
{
public:
    QString intern(const QString &s)
    {
        auto it = m_pool.constFind(s);
        if (it != m_pool.constEnd())
            return *it;
        m_pool.insert(s, s);
        return s;
    }

private:
    QHash<QString, QString> m_pool;
};

} // namespace

ProjectListModel::ProjectListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    clear();
}

ProjectListModel::~ProjectListModel() = default;

std::shared_ptr<ProjectListModel::Rows> ProjectListModel::read(const QSqlDatabase &db,
                                                               QString *error, qint64 onlyId)
{
    // Venues and categories are few: read their names once and look them up by id, rather
    // than converting the same strings 100,000 times.
    // A venue shows as its commune in the list ("Comptoir de Liévin" → "Liévin"): the part that
    // tells comptoirs apart; its full name stays in the search key.
    QHash<qint64, QString> venues;
    QHash<qint64, QString> venueNames;
    QHash<qint64, QString> categories;
    {
        QSqlQuery names(db);
        if (!names.exec(QStringLiteral("SELECT id, name, commune FROM venues"))) {
            *error = tr("The list of projects cannot be read: %1").arg(names.lastError().text());
            return nullptr;
        }
        while (names.next()) {
            const QString commune = names.value(2).toString();
            venues.insert(names.value(0).toLongLong(),
                          commune.isEmpty() ? names.value(1).toString() : commune);
            venueNames.insert(names.value(0).toLongLong(), names.value(1).toString());
        }
        if (!names.exec(QStringLiteral("SELECT id, name FROM categories"))) {
            *error = tr("The list of projects cannot be read: %1").arg(names.lastError().text());
            return nullptr;
        }
        while (names.next())
            categories.insert(names.value(0).toLongLong(), names.value(1).toString());
    }

    QSqlQuery query(db);
    query.setForwardOnly(true);
    // No ORDER BY: scanning the table in storage order is three times faster than walking the
    // updated_at index at 100,000 projects; the rows are sorted in memory below.
    query.prepare(
        QStringLiteral("SELECT p.id, p.title, p.stage, p.updated_at, p.commune, p.venue_id,"
                       "       p.category_id, o.name,"
                       "       CASE WHEN h.erased_at IS NOT NULL THEN NULL"
                       "            ELSE trim(h.first_name || ' ' || h.last_name) END,"
                       "       h.id IS NOT NULL"
                       "  FROM projects p"
                       "  LEFT JOIN organisations o ON o.id = p.organisation_id"
                       "  LEFT JOIN project_holders ph ON ph.project_id = p.id AND ph.is_lead = 1"
                       "  LEFT JOIN holders h ON h.id = ph.holder_id") +
        (onlyId >= 0 ? QStringLiteral(" WHERE p.id = ?") : QString()));
    if (onlyId >= 0)
        query.addBindValue(onlyId);
    if (!query.exec()) {
        *error = tr("The list of projects cannot be read: %1").arg(query.lastError().text());
        return nullptr;
    }

    auto result = std::make_shared<Rows>();
    std::vector<Row> &rows = result->rows;
    StringPool pool;
    const QString anonymised = tr("Anonymised holder");
    // The folded search keys in UTF-8, in read order, side by side (as UTF-16 strings each, they
    // weighed three times as much at the peak).
    std::string readKeys;
    std::vector<size_t> readOffsets;
    QString key; // one row's, reused
    // Room for every row at once: grown as they come, the vectors held their old and new
    // buffers together (a quarter of the peak heap at 100,000 projects, heaptrack said).
    if (onlyId < 0) {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM projects")) && count.next()) {
            rows.reserve(size_t(count.value(0).toLongLong()));
            readOffsets.reserve(rows.capacity() + 1);
            readKeys.reserve(rows.capacity() * 160); // a folded key is 100 to 150 bytes
        }
    }
    while (query.next()) {
        Row r;
        r.id = query.value(0).toLongLong();
        r.title = query.value(1).toString();
        r.stage = Stages::fromCode(query.value(2).toString()).value_or(Stage::Idea);
        r.updatedAt = query.value(3).toString();
        r.commune = pool.intern(query.value(4).toString());
        const qint64 venueId = query.value(5).toLongLong();
        r.venue = venues.value(venueId);
        r.venueName = venueNames.value(venueId);
        r.category = categories.value(query.value(6).toLongLong());
        const QString organisation = query.value(7).toString();
        const QVariant holder = query.value(8);
        if (query.value(9).toBool())
            r.holder = holder.isNull() ? anonymised : holder.toString();
        r.titleKey = TextFolding::fold(r.title);
        r.holderKey = TextFolding::fold(r.holder);

        key = r.titleKey;
        key += QLatin1Char('|');
        key += r.holderKey;
        for (const QString *part : std::initializer_list<const QString *>{
                 &r.venueName, &r.commune, &organisation, &r.category}) {
            key += QLatin1Char('|');
            TextFolding::appendFolded(*part, key);
        }
        const QByteArray utf8 = key.toUtf8();
        readOffsets.push_back(readKeys.size());
        readKeys.append(utf8.constData(), size_t(utf8.size()));
        rows.push_back(std::move(r));
    }
    if (query.lastError().isValid()) {
        *error = tr("The list of projects cannot be read: %1").arg(query.lastError().text());
        return nullptr;
    }

    // Most recently updated first: the order of the list before the user picks a column.
    std::vector<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&rows](int a, int b) {
        const int c = QString::compare(rows[size_t(a)].updatedAt, rows[size_t(b)].updatedAt);
        return c != 0 ? c > 0 : rows[size_t(a)].id > rows[size_t(b)].id;
    });
    readOffsets.push_back(readKeys.size());
    // The keys in that order, each followed by a line break: room taken once.
    result->searchKeys.reserve(readKeys.size() + rows.size());
    result->keyOffsets.reserve(rows.size() + 1);
    result->stages.reserve(rows.size());
    for (int i : order) {
        result->keyOffsets.push_back(quint32(result->searchKeys.size()));
        result->searchKeys.append(readKeys, readOffsets[size_t(i)],
                                  readOffsets[size_t(i) + 1] - readOffsets[size_t(i)]);
        result->searchKeys.push_back('\n');
        result->stages.push_back(quint8(rows[size_t(i)].stage));
    }
    result->keyOffsets.push_back(quint32(result->searchKeys.size()));
    // The rows put in that order where they are, cycle by cycle (a sorted copy held every row
    // twice at the peak): position k takes the row that was at order[k].
    std::vector<bool> placed(rows.size());
    for (size_t start = 0; start < rows.size(); ++start) {
        if (placed[start])
            continue;
        Row first = std::move(rows[start]);
        for (size_t k = start;;) {
            const size_t from = size_t(order[k]);
            placed[k] = true;
            if (from == start) {
                rows[k] = std::move(first);
                break;
            }
            rows[k] = std::move(rows[from]);
            k = from;
        }
    }
    return result;
}

bool ProjectListModel::load(const Workspace &workspace, QString *error)
{
    std::shared_ptr<Rows> rows = read(workspace.database(), error);
    if (!rows) {
        clear();
        return false;
    }
    setRows(std::move(rows));
    return true;
}

void ProjectListModel::setRows(std::shared_ptr<Rows> rows)
{
    beginResetModel();
    if (!rows) {
        rows = std::make_shared<Rows>();
        rows->keyOffsets.push_back(0);
    }
    m_data = std::move(rows);
    endResetModel();
}

void ProjectListModel::clear()
{
    setRows(nullptr);
}

bool ProjectListModel::refreshProject(const Workspace &workspace, qint64 id, QString *error)
{
    const std::shared_ptr<Rows> fresh = read(workspace.database(), error, id);
    if (!fresh)
        return false;
    if (m_data.use_count() > 1) // shared with whoever read it: edit a copy
        m_data = std::make_shared<Rows>(*m_data);
    Rows &data = *m_data;
    const int r = rowForId(id);
    const auto keyOf = [](const Rows &rows, size_t i) {
        return std::string(rows.searchKeys, rows.keyOffsets[i],
                           rows.keyOffsets[i + 1] - rows.keyOffsets[i]);
    };
    if (fresh->rows.empty()) {
        if (r < 0)
            return true;
        beginRemoveRows({}, r, r);
        const quint32 begin = data.keyOffsets[size_t(r)];
        const quint32 length = data.keyOffsets[size_t(r) + 1] - begin;
        data.searchKeys.erase(begin, length);
        data.keyOffsets.erase(data.keyOffsets.begin() + r);
        for (size_t i = size_t(r); i < data.keyOffsets.size(); ++i)
            data.keyOffsets[i] -= length;
        data.rows.erase(data.rows.begin() + r);
        data.stages.erase(data.stages.begin() + r);
        endRemoveRows();
        return true;
    }
    const std::string key = keyOf(*fresh, 0); // ends with its separator
    if (r < 0) { // a new project: first, as the most recently updated
        beginInsertRows({}, 0, 0);
        data.searchKeys.insert(0, key);
        for (quint32 &offset : data.keyOffsets)
            offset += quint32(key.size());
        data.keyOffsets.insert(data.keyOffsets.begin(), 0);
        data.rows.insert(data.rows.begin(), std::move(fresh->rows.front()));
        data.stages.insert(data.stages.begin(), fresh->stages.front());
        endInsertRows();
        return true;
    }
    const quint32 begin = data.keyOffsets[size_t(r)];
    const quint32 oldLength = data.keyOffsets[size_t(r) + 1] - begin;
    data.searchKeys.replace(begin, oldLength, key);
    const qint64 delta = qint64(key.size()) - qint64(oldLength);
    for (size_t i = size_t(r) + 1; i < data.keyOffsets.size(); ++i)
        data.keyOffsets[i] = quint32(qint64(data.keyOffsets[i]) + delta);
    data.rows[size_t(r)] = std::move(fresh->rows.front());
    data.stages[size_t(r)] = fresh->stages.front();
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    return true;
}

int ProjectListModel::rowForId(qint64 id) const
{
    for (size_t i = 0; i < m_data->rows.size(); ++i) {
        if (m_data->rows[i].id == id)
            return int(i);
    }
    return -1;
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data->rows.size());
}

int ProjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = m_data->rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return r.title.isEmpty() ? tr("Untitled project") : r.title;
        case HolderColumn:
            return r.holder;
        case VenueColumn:
            return r.venue;
        case StageColumn:
            return Stages::name(r.stage);
        case CategoryColumn:
            return r.category;
        case UpdatedColumn:
            return QLocale().toString(Timestamp::toDateTime(r.updatedAt).toLocalTime(),
                                      QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return r.title;
        if (index.column() == VenueColumn)
            return r.venueName;
        if (index.column() == UpdatedColumn)
            return QLocale().toString(Timestamp::toDateTime(r.updatedAt).toLocalTime(),
                                      QLocale::LongFormat);
        break;
    case Qt::DecorationRole:
        if (index.column() == StageColumn)
            return Stages::icon(r.stage);
        break;
    case IdRole:
        return r.id;
    case StageRole:
        return int(r.stage);
    default:
        break;
    }
    return QVariant();
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Project");
    case HolderColumn:
        return tr("Holder");
    case VenueColumn:
        return tr("Comptoir");
    case StageColumn:
        return tr("Stage");
    case CategoryColumn:
        return tr("Category");
    case UpdatedColumn:
        return tr("Updated");
    }
    return QVariant();
}
