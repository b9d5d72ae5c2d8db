#include "ProjectListModel.h"

#include "storage/Timestamp.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include "storage/SqliteStatement.h"

#include <QHash>
#include <QLocale>

#include <QScopeGuard>

#include <algorithm>
#include <numeric>
#include <thread>

namespace {

// From this many projects on, the list is read on two threads.
size_t parallelRows = 20000;

// Names that repeat across thousands of rows (communes) get a number each, in the order met.
class NamePool
{
public:
    // Numbers from an empty list; or (`existing`) carries on the names already in it.
    explicit NamePool(QStringList *names, bool existing = false)
        : m_names(names)
    {
        if (!existing)
            m_names->append(QString());
        for (qsizetype n = 0; n < m_names->size(); ++n)
            m_numbers.insert(m_names->at(n).toUtf8(), quint32(n));
    }
    quint32 number(const QString &name)
    {
        const QByteArray utf8 = name.toUtf8();
        return number(std::string_view(utf8.constData(), size_t(utf8.size())));
    }
    quint32 number(std::string_view utf8)
    {
        const QByteArray key = QByteArray::fromRawData(utf8.data(), qsizetype(utf8.size()));
        const auto it = m_numbers.constFind(key);
        if (it != m_numbers.constEnd())
            return *it;
        const quint32 n = quint32(m_names->size());
        m_names->append(QString::fromUtf8(key));
        m_numbers.insert(QByteArray(utf8.data(), qsizetype(utf8.size())), n);
        return n;
    }

private:
    QStringList *m_names;
    QHash<QByteArray, quint32> m_numbers;
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// "2026-03-14T09:30:00.000Z" (as Timestamp writes them) in milliseconds since 1970, without
// QDateTime's general parser: 100,000 of them are read at every start.
qint64 timestampMs(std::string_view text)
{
    const auto digits = [&text](size_t at, size_t count, int *value) {
        int v = 0;
        for (size_t i = at; i < at + count; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + (c - '0');
        }
        *value = v;
        return true;
    };
    int year, month, day, hour, minute, second, ms = 0;
    if (text.size() >= 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' &&
        text[13] == ':' && text[16] == ':' && digits(0, 4, &year) && digits(5, 2, &month) &&
        digits(8, 2, &day) && digits(11, 2, &hour) && digits(14, 2, &minute) &&
        digits(17, 2, &second) && text.back() == 'Z' &&
        (text.size() == 20 || (text.size() == 24 && text[19] == '.' && digits(20, 3, &ms))) &&
        month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        // Days from the civil date (Howard Hinnant's algorithm).
        const int y = year - (month <= 2 ? 1 : 0);
        const int era = (y >= 0 ? y : y - 399) / 400;
        const int yoe = y - era * 400;
        const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        const qint64 days = qint64(era) * 146097 + doe - 719468;
        return ((days * 24 + hour) * 60 + minute) * 60000 + second * 1000 + ms;
    }
    const QDateTime parsed = Timestamp::toDateTime(fromUtf8(text));
    return parsed.isValid() ? parsed.toMSecsSinceEpoch() : 0;
}

// The part `index` of a search key (parts are separated by '|', which folding never leaves).
std::string_view keyPart(std::string_view key, int index)
{
    size_t begin = 0;
    for (int i = 0; i < index; ++i) {
        const size_t bar = key.find('|', begin);
        if (bar == std::string_view::npos)
            return {};
        begin = bar + 1;
    }
    const size_t end = key.find('|', begin);
    return key.substr(begin, end == std::string_view::npos ? key.size() - begin : end - begin);
}

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
    const auto failed = [error](const QString &why) {
        *error = tr("The list of projects cannot be read: %1").arg(why);
        return nullptr;
    };
    auto result = std::make_shared<Rows>();
    Rows &data = *result;

    // Venues and categories are few: read once, numbered, and the rows hold their numbers.
    // A venue shows as its commune in the list ("Comptoir de Liévin" → "Liévin"): the part that
    // tells comptoirs apart; its full name stays in the search key and the tooltip.
    // The folded names go into the search keys as they are.
    QHash<qint64, quint16> venueNumbers;
    QHash<qint64, quint16> categoryNumbers;
    std::vector<std::string> foldedVenues{std::string()};
    std::vector<std::string> foldedCategories{std::string()};
    data.venues << QString();
    data.venueNames << QString();
    data.categories << QString();
    {
        SqliteStatement venues(db, QStringLiteral("SELECT id, name, commune FROM venues"));
        while (venues.next() && data.venues.size() < 0xffff) {
            const QString name = fromUtf8(venues.columnUtf8(1));
            const QString commune = fromUtf8(venues.columnUtf8(2));
            venueNumbers.insert(venues.columnInteger(0), quint16(data.venues.size()));
            data.venues << (commune.isEmpty() ? name : commune);
            data.venueNames << name;
            foldedVenues.emplace_back();
            TextFolding::appendFoldedUtf8(name, foldedVenues.back());
        }
        if (!venues.error().isEmpty())
            return failed(venues.error());
        SqliteStatement categories(db, QStringLiteral("SELECT id, name FROM categories"));
        while (categories.next() && data.categories.size() < 0xffff) {
            categoryNumbers.insert(categories.columnInteger(0), quint16(data.categories.size()));
            data.categories << fromUtf8(categories.columnUtf8(1));
            foldedCategories.emplace_back();
            TextFolding::appendFoldedUtf8(data.categories.constLast(), foldedCategories.back());
        }
        if (!categories.error().isEmpty())
            return failed(categories.error());
    }

    // Straight from SQLite in UTF-8 (QSqlQuery's QVariant per value and UTF-16 conversion of
    // every text took as long as SQLite's own work). No ORDER BY: scanning the table in
    // storage order is three times faster than walking the updated_at index at 100,000
    // projects; the rows are sorted in memory below.
    const QString select =
        QStringLiteral("SELECT p.id, p.title, p.stage, p.updated_at, p.commune, p.venue_id,"
                       "       p.category_id, o.name,"
                       "       CASE WHEN h.erased_at IS NOT NULL THEN NULL"
                       "            ELSE trim(h.first_name || ' ' || h.last_name) END,"
                       "       h.id IS NOT NULL"
                       "  FROM projects p"
                       "  LEFT JOIN organisations o ON o.id = p.organisation_id"
                       "  LEFT JOIN project_holders ph"
                       "         ON ph.project_id = p.id AND ph.is_lead = 1"
                       "  LEFT JOIN holders h ON h.id = ph.holder_id");
    const QString anonymised = tr("Anonymised holder");
    // One part of the rows, read by one thread: its rows, the communes it met (numbered in
    // its own pool), and its folded search keys in UTF-8, in read order, side by side.
    struct Part
    {
        std::vector<Row> rows;
        QStringList communes;
        std::vector<std::string> foldedCommunes{std::string()}; // by number
        std::string keys;
        std::vector<size_t> offsets;
        QString error;
    };
    const auto readPart = [&](SqliteStatement &query, Part *part, size_t expected) {
        // Room for every row at once: grown as they come, the vectors held their old and new
        // buffers together (a quarter of the peak heap at 100,000 projects, heaptrack said).
        part->rows.reserve(expected);
        part->offsets.reserve(expected + 1);
        part->keys.reserve(expected * 140); // a folded key is 100 to 150 bytes
        NamePool communes(&part->communes);
        std::string &keys = part->keys;
        while (query.next()) {
            Row r;
            r.id = query.columnInteger(0);
            r.title = fromUtf8(query.columnUtf8(1));
            r.stage = Stages::fromCode(fromUtf8(query.columnUtf8(2))).value_or(Stage::Idea);
            r.updatedAt = timestampMs(query.columnUtf8(3));
            r.commune = communes.number(query.columnUtf8(4));
            r.venue = venueNumbers.value(query.columnInteger(5));
            r.category = categoryNumbers.value(query.columnInteger(6));
            if (query.columnInteger(9) != 0)
                r.holder = query.columnIsNull(8) ? anonymised : fromUtf8(query.columnUtf8(8));

            part->offsets.push_back(keys.size());
            TextFolding::appendFoldedUtf8(r.title, keys);
            keys.push_back('|');
            TextFolding::appendFoldedUtf8(r.holder, keys);
            keys.push_back('|');
            keys += foldedVenues[r.venue];
            keys.push_back('|');
            if (r.commune == part->foldedCommunes.size()) { // met for the first time
                part->foldedCommunes.emplace_back();
                TextFolding::appendFoldedUtf8(part->communes.at(r.commune),
                                              part->foldedCommunes.back());
            }
            keys += part->foldedCommunes[r.commune];
            keys.push_back('|');
            TextFolding::appendFoldedUtf8(fromUtf8(query.columnUtf8(7)), keys); // organisation
            keys.push_back('|');
            keys += foldedCategories[r.category];
            part->rows.push_back(std::move(r));
        }
        part->offsets.push_back(keys.size());
        part->error = query.error();
    };

    // A whole list is read in two halves of the ids at once, this thread and another on a
    // read-only connection of its own (WAL lets readers share the file): both cores, half
    // the time. One project, a small list, or a database without a file: this thread alone.
    size_t total = 0;
    qint64 middle = 0;
    sqlite3 *second = nullptr;
    const auto closeSecond = qScopeGuard([&second] { SqliteStatement::close(second); });
    if (onlyId < 0) {
        SqliteStatement count(db, QStringLiteral("SELECT count(*) FROM projects"));
        if (count.next())
            total = size_t(count.columnInteger(0));
        if (total >= parallelRows) {
            SqliteStatement half(
                db, QStringLiteral("SELECT id FROM projects ORDER BY id LIMIT 1 OFFSET %1")
                        .arg(total / 2));
            if (half.next()) {
                middle = half.columnInteger(0);
                second = SqliteStatement::openReader(db);
            }
        }
    }
    std::vector<Part> parts(second ? 2 : 1);
    if (second) {
        SqliteStatement first(db, select + QStringLiteral(" WHERE p.id < ?"));
        SqliteStatement other(second, select + QStringLiteral(" WHERE p.id >= ?"));
        if (!first.isValid() || !other.isValid())
            return failed(first.isValid() ? other.error() : first.error());
        first.bindInteger(0, middle);
        other.bindInteger(0, middle);
        std::thread worker([&] { readPart(other, &parts[1], total - total / 2 + 16); });
        readPart(first, &parts[0], total / 2 + 16);
        worker.join();
    } else {
        SqliteStatement query(db, select + (onlyId >= 0 ? QStringLiteral(" WHERE p.id = ?")
                                                        : QString()));
        if (!query.isValid())
            return failed(query.error());
        if (onlyId >= 0)
            query.bindInteger(0, onlyId);
        readPart(query, &parts[0], onlyId >= 0 ? 1 : total);
    }
    for (const Part &part : parts) {
        if (!part.error.isEmpty())
            return failed(part.error);
    }

    // The halves put together: the second's communes numbered in the first's pool.
    std::vector<Row> &rows = data.rows;
    data.communes = std::move(parts[0].communes);
    rows = std::move(parts[0].rows);
    const size_t firstCount = rows.size();
    if (parts.size() > 1) {
        NamePool pool(&data.communes, true);
        std::vector<quint32> renumbered;
        renumbered.reserve(size_t(parts[1].communes.size()));
        for (const QString &name : std::as_const(parts[1].communes))
            renumbered.push_back(pool.number(name));
        rows.reserve(rows.size() + parts[1].rows.size());
        for (Row &r : parts[1].rows) {
            r.commune = renumbered[r.commune];
            rows.push_back(std::move(r));
        }
        std::vector<Row>().swap(parts[1].rows);
    }
    // Where row i's key is: in the first part's keys or the second's.
    const auto keyOf = [&parts, firstCount](size_t i) {
        const Part &part = parts[i < firstCount ? 0 : 1];
        const size_t at = i < firstCount ? i : i - firstCount;
        return std::string_view(part.keys).substr(part.offsets[at],
                                                  part.offsets[at + 1] - part.offsets[at]);
    };

    // Most recently updated first: the order of the list before the user picks a column.
    std::vector<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&rows](int a, int b) {
        const Row &ra = rows[size_t(a)];
        const Row &rb = rows[size_t(b)];
        return ra.updatedAt != rb.updatedAt ? ra.updatedAt > rb.updatedAt : ra.id > rb.id;
    });
    // The keys in that order, each followed by a line break: room taken once.
    size_t keyBytes = 0;
    for (const Part &part : parts)
        keyBytes += part.keys.size();
    data.searchKeys.reserve(keyBytes + rows.size());
    data.keyOffsets.reserve(rows.size() + 1);
    data.stages.reserve(rows.size());
    for (int i : order) {
        data.keyOffsets.push_back(quint32(data.searchKeys.size()));
        data.searchKeys += keyOf(size_t(i));
        data.searchKeys.push_back('\n');
        data.stages.push_back(quint8(rows[size_t(i)].stage));
    }
    data.keyOffsets.push_back(quint32(data.searchKeys.size()));
    parts.clear();
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

void ProjectListModel::setParallelReadThreshold(size_t projects)
{
    parallelRows = projects;
}

std::string_view ProjectListModel::titleKey(int r) const
{
    return keyPart(searchKey(r), 0);
}

std::string_view ProjectListModel::holderKey(int r) const
{
    return keyPart(searchKey(r), 1);
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
        for (QStringList *names :
             {&rows->venues, &rows->venueNames, &rows->categories, &rows->communes})
            names->append(QString());
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
    // The fresh row's numbers are into its own read's tables: into these ones instead.
    const auto numberIn = [](QStringList &names, const QString &name) {
        const qsizetype at = names.indexOf(name);
        if (at >= 0)
            return quint32(at);
        names.append(name);
        return quint32(names.size() - 1);
    };
    Row &freshRow = fresh->rows.front();
    {
        const quint16 venue = freshRow.venue;
        freshRow.venue = 0;
        for (qsizetype v = 1; v < data.venues.size() && venue != 0; ++v) {
            if (data.venueNames.at(v) == fresh->venueNames.at(venue) &&
                data.venues.at(v) == fresh->venues.at(venue))
                freshRow.venue = quint16(v);
        }
        if (venue != 0 && freshRow.venue == 0 && data.venues.size() < 0xffff) {
            data.venues.append(fresh->venues.at(venue));
            data.venueNames.append(fresh->venueNames.at(venue));
            freshRow.venue = quint16(data.venues.size() - 1);
        }
        freshRow.category =
            quint16(std::min<quint32>(numberIn(data.categories, fresh->categories.at(freshRow.category)), 0xffff));
        freshRow.commune = numberIn(data.communes, fresh->communes.at(freshRow.commune));
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
            return m_data->venues.at(r.venue);
        case StageColumn:
            return Stages::name(r.stage);
        case CategoryColumn:
            return m_data->categories.at(r.category);
        case UpdatedColumn:
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(r.updatedAt, Qt::UTC).toLocalTime(),
                QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return r.title;
        if (index.column() == VenueColumn)
            return m_data->venueNames.at(r.venue);
        if (index.column() == UpdatedColumn)
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(r.updatedAt, Qt::UTC).toLocalTime(),
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
