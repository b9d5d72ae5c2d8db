#include "BundleRowWriter.h"

#include "BundleImport.h"
#include "storage/SqliteStatement.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QStringList>

namespace {

using BundleFormat::Type;

// How a field is written to its column.
enum class Bind
{
    None,     // not a column (a project's history)
    Text,     // string ('' when absent)
    Integer,  // whole number
    Boolean,  // true/false → 1/0
    Nullable, // string or null (dates, timestamps)
    IntegerOrNull,
    Json,     // any JSON value, stored as its compact text
    CodeList, // list of codes → comma-separated
    Ref,      // UUID of another record (or null) → its id in this workspace
};

Bind bindOf(const BundleFormat::Field &field)
{
    if (!field.column)
        return Bind::None;
    switch (field.type) {
    case Type::Ref:
        return Bind::Ref;
    case Type::Text:
    case Type::Sha256:
    case Type::Timestamp:
    case Type::Date:
        return field.nullable() ? Bind::Nullable : Bind::Text;
    case Type::Integer:
    case Type::Cents:
        return field.nullable() ? Bind::IntegerOrNull : Bind::Integer;
    case Type::Boolean:
        return Bind::Boolean;
    case Type::JsonValue:
    case Type::JsonObject:
        return Bind::Json;
    case Type::Codes:
        return Bind::CodeList;
    case Type::Hashes:
        return Bind::None;
    }
    return Bind::None;
}

QString jsonText(const QJsonValue &value)
{
    // Plain text, the most common answer, written directly.
    if (value.isString()) {
        const QString text = value.toString();
        bool plain = true;
        for (const QChar c : text) {
            if (c == u'"' || c == u'\\' || c.unicode() < 0x20 || c.unicode() == 0x7f) {
                plain = false;
                break;
            }
        }
        if (plain)
            return QLatin1Char('"') + text + QLatin1Char('"');
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString codeList(const QJsonValue &value)
{
    QStringList codes;
    for (const QJsonValue &code : value.toArray())
        codes << code.toString();
    return codes.join(QLatin1Char(','));
}

// Walks a record's columns in the list's order, telling sink how each is bound: text(),
// integer(), null(), or ref(list, uuid) for a reference still to resolve.
template<typename Sink>
bool bindFields(Sink &sink, const BundleFormat::List &list, const QJsonObject &record)
{
    for (const BundleFormat::Field &field : list.fields) {
        const QJsonValue v = record.value(field.name());
        switch (bindOf(field)) {
        case Bind::None:
            break;
        case Bind::Text:
            sink.text(v.isString() ? v.toString() : QStringLiteral(""));
            break;
        case Bind::Integer:
            sink.integer(v.isUndefined() ? field.whenAbsent : qint64(v.toDouble()));
            break;
        case Bind::Boolean:
            sink.integer(v.toBool() ? 1 : 0);
            break;
        case Bind::Nullable:
            if (v.isString())
                sink.text(v.toString());
            else
                sink.null();
            break;
        case Bind::IntegerOrNull:
            if (v.isDouble())
                sink.integer(qint64(v.toDouble()));
            else
                sink.null();
            break;
        case Bind::Json:
            sink.text(jsonText(v));
            break;
        case Bind::CodeList:
            sink.text(codeList(v));
            break;
        case Bind::Ref:
            if (v.isString() && !v.toString().isEmpty()) {
                if (!sink.ref(field.refersTo, v.toString()))
                    return false;
            } else {
                sink.null();
            }
            break;
        }
    }
    return true;
}

const char *const kTrackedKeys[] = {"uuid", "createdAt", "updatedAt", "origin"};

QString refersToMissing(const BundleFormat::List &list)
{
    return BundleImport::tr("%1 refers to a record that is not in the workspace.").arg(list.name());
}

} // namespace

std::pair<const BundleRows::Cell *, const BundleRows::Cell *> BundleRows::row(qsizetype i) const
{
    const size_t from = m_starts[size_t(i)];
    const size_t to = size_t(i) + 1 < m_starts.size() ? m_starts[size_t(i) + 1] : m_cells.size();
    return {m_cells.data() + from, m_cells.data() + to};
}

void BundleRows::add(const BundleFormat::List &list, const QJsonObject &record)
{
    m_starts.push_back(m_cells.size());
    struct Sink
    {
        BundleRows &rows;
        void text(const QString &t) { rows.text(t); }
        void integer(qint64 i) { rows.integer(i); }
        void null() { rows.m_cells.push_back(Cell()); }
        bool ref(const char *list, const QString &uuid)
        {
            rows.text(uuid);
            rows.m_cells.back().kind = Kind::Ref;
            rows.m_cells.back().refList = list;
            return true;
        }
    } sink{*this};
    bindFields(sink, list, record);
    if (list.tracked) {
        for (const char *key : kTrackedKeys)
            text(record.value(QLatin1String(key)).toString());
    }
}

void BundleRows::add(const BundleFormat::List &list, const QJsonArray &records)
{
    for (const QJsonValue &v : records)
        add(list, v.toObject());
}

void BundleRows::text(const QString &t)
{
    Cell cell;
    cell.kind = Kind::Text;
    cell.integer = m_text.size();
    m_text.append(t.toUtf8());
    cell.length = m_text.size() - cell.integer;
    m_cells.push_back(cell);
}

void BundleRows::integer(qint64 i)
{
    Cell cell;
    cell.kind = Kind::Integer;
    cell.integer = i;
    m_cells.push_back(cell);
}

BundleRowWriter::BundleRowWriter(QSqlDatabase db)
    : m_db(std::move(db))
{}

BundleRowWriter::~BundleRowWriter() = default;

qint64 BundleRowWriter::idOf(const char *list, const QString &uuid)
{
    if (uuid.isEmpty())
        return 0;
    QHash<QString, qint64> &known = ids(list);
    const auto it = known.constFind(uuid);
    if (it != known.constEnd())
        return *it;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?")
                      .arg(QLatin1String(BundleFormat::list(list).table)));
    query.addBindValue(uuid);
    const qint64 id = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    if (id > 0)
        known.insert(uuid, id);
    return id;
}

SqliteStatement &BundleRowWriter::insertStatement(const BundleFormat::List &list)
{
    std::unique_ptr<SqliteStatement> &statement = m_inserts[std::string_view(list.key)];
    if (!statement) {
        QStringList columns;
        for (const BundleFormat::Field &field : list.fields) {
            if (bindOf(field) != Bind::None)
                columns << QLatin1String(field.column);
        }
        if (list.tracked)
            columns << QStringLiteral("uuid") << QStringLiteral("created_at")
                    << QStringLiteral("updated_at") << QStringLiteral("origin");
        // OR ROLLBACK: a refused row ends the importer's transaction, which undoes all of it
        // anyway; SQLite then keeps no journal to undo each insert alone.
        statement = std::make_unique<SqliteStatement>(
            m_db,
            QStringLiteral("INSERT OR ROLLBACK INTO %1 (%2) VALUES (%3)")
                .arg(QLatin1String(list.table), columns.join(QStringLiteral(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    }
    return *statement;
}

bool BundleRowWriter::run(SqliteStatement &statement, const BundleFormat::List &list,
                          const BundleRows &rows, qsizetype i)
{
    if (!statement.isValid()) {
        m_error = statement.error();
        return false;
    }
    const auto [begin, end] = rows.row(i);
    int index = 0;
    for (const BundleRows::Cell *cell = begin; cell != end; ++cell, ++index) {
        switch (cell->kind) {
        case BundleRows::Kind::Null:
            statement.bindNull(index);
            break;
        case BundleRows::Kind::Integer:
            statement.bindInteger(index, cell->integer);
            break;
        case BundleRows::Kind::Text:
            statement.bindStaticUtf8(index, rows.text(*cell), int(cell->length));
            break;
        case BundleRows::Kind::Ref: {
            const qint64 id =
                idOf(cell->refList, QString::fromUtf8(rows.text(*cell), cell->length));
            if (id <= 0) {
                m_error = refersToMissing(list);
                return false;
            }
            statement.bindInteger(index, id);
            break;
        }
        }
    }
    if (!statement.exec()) {
        m_error = statement.error();
        return false;
    }
    return true;
}

bool BundleRowWriter::insertMany(const BundleFormat::List &list, const BundleRows &rows)
{
    SqliteStatement &statement = insertStatement(list);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!run(statement, list, rows, i))
            return false;
    }
    return true;
}

bool BundleRowWriter::insertRow(const BundleFormat::List &list, const BundleRows &rows, qsizetype i)
{
    return run(insertStatement(list), list, rows, i);
}

qint64 BundleRowWriter::insert(const BundleFormat::List &list, const QJsonObject &record,
                               const BundleRows *rows, qsizetype row)
{
    return insert(list, record.value(QLatin1String("uuid")).toString(), record, rows, row);
}

qint64 BundleRowWriter::insert(const BundleFormat::List &list, const QString &uuid,
                               const QJsonObject &record, const BundleRows *rows, qsizetype row)
{
    BundleRows own;
    if (!rows) {
        own.add(list, record);
        rows = &own;
        row = 0;
    }
    SqliteStatement &statement = insertStatement(list);
    if (!run(statement, list, *rows, row))
        return -1;
    const qint64 id = statement.lastInsertId();
    if (list.tracked)
        ids(list.key).insert(uuid, id);
    return id;
}

bool BundleRowWriter::update(const BundleFormat::List &list, qint64 id, const QJsonObject &record,
                             const QString &updatedAt)
{
    QSqlQuery &query = m_updates[list.name()];
    if (query.lastQuery().isEmpty()) {
        QStringList sets;
        for (const BundleFormat::Field &field : list.fields) {
            if (bindOf(field) != Bind::None)
                sets << QLatin1String(field.column) + QStringLiteral(" = ?");
        }
        sets << QStringLiteral("updated_at = ?");
        query = QSqlQuery(m_db);
        query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                          .arg(QLatin1String(list.table), sets.join(QStringLiteral(", "))));
    }
    struct QuerySink
    {
        BundleRowWriter &writer;
        const BundleFormat::List &list;
        QSqlQuery &query;
        void text(const QString &t) { query.addBindValue(t); }
        void integer(qint64 i) { query.addBindValue(i); }
        void null() { query.addBindValue(QVariant(QMetaType::fromType<QString>())); }
        bool ref(const char *refList, const QString &uuid)
        {
            const qint64 id = writer.idOf(refList, uuid);
            if (id <= 0) {
                writer.m_error = refersToMissing(list);
                return false;
            }
            query.addBindValue(id);
            return true;
        }
    } sink{*this, list, query};
    if (!bindFields(sink, list, record))
        return false;
    query.addBindValue(updatedAt.isEmpty() ? record.value(QLatin1String("updatedAt")).toString()
                                           : updatedAt);
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}
