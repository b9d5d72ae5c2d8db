#pragma once

#include "BundleFormat.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

class SqliteStatement;

// A list's records as their columns are bound (BundleFormat says how each field becomes a
// column), converted from JSON ahead of time — on another core while the importer writes what
// they refer to — and kept flat: one list of cells and one buffer of UTF-8 text for thousands of
// rows, rather than an allocation per value. References stay UUIDs until they are bound.
class BundleRows
{
public:
    enum class Kind : quint8
    {
        Null,
        Integer,
        Text,
        Ref
    };
    struct Cell
    {
        Kind kind = Kind::Null;
        qint64 integer = 0;   // an integer; the offset of a text or UUID in the buffer
        qsizetype length = 0; // of the text
        const char *refList = nullptr;
    };

    qsizetype size() const { return qsizetype(m_starts.size()); }
    bool isEmpty() const { return m_starts.empty(); }
    // The cells of row i.
    std::pair<const Cell *, const Cell *> row(qsizetype i) const;
    const char *text(const Cell &cell) const { return m_text.constData() + cell.integer; }

    void add(const BundleFormat::List &list, const QJsonObject &record);
    void add(const BundleFormat::List &list, const QJsonArray &records);

private:
    void text(const QString &t);
    void integer(qint64 i);

    std::vector<Cell> m_cells;
    std::vector<size_t> m_starts;
    QByteArray m_text;
};

// Writes a file's records into a workspace's tables, inside the importer's transaction: the
// INSERT of each list prepared once and run straight on SQLite (a department's file holds tens
// of thousands of rows, and binding them through QSqlQuery cost more than SQLite), references
// resolved to this workspace's ids as they are bound.
class BundleRowWriter
{
public:
    explicit BundleRowWriter(QSqlDatabase db);
    ~BundleRowWriter();

    // The id here of a record of a list by UUID (0 when unknown); ids(list) is what is known.
    qint64 idOf(const char *list, const QString &uuid);
    QHash<QString, qint64> &ids(const char *list) { return m_ids[QLatin1String(list)]; }

    // Many records whose ids nobody refers to (answers, budget lines, attendance…).
    bool insertMany(const BundleFormat::List &list, const BundleRows &rows);
    // Row i of rows.
    bool insertRow(const BundleFormat::List &list, const BundleRows &rows, qsizetype i);
    // One record, prepared beforehand (row of rows) or here; its id, -1 on failure.
    qint64 insert(const BundleFormat::List &list, const QJsonObject &record,
                  const BundleRows *rows = nullptr, qsizetype row = 0);
    // The same, for a record whose UUID its caller has already read.
    qint64 insert(const BundleFormat::List &list, const QString &uuid, const QJsonObject &record,
                  const BundleRows *rows, qsizetype row);
    // Replaces the row's fields by the record's, its updated_at included (the row then is the
    // record's version), or by updatedAt when given.
    bool update(const BundleFormat::List &list, qint64 id, const QJsonObject &record,
                const QString &updatedAt = QString());

    // The last failure, in words.
    QString error() const { return m_error; }
    void setError(const QString &error) { m_error = error; }

private:
    SqliteStatement &insertStatement(const BundleFormat::List &list);
    bool run(SqliteStatement &statement, const BundleFormat::List &list, const BundleRows &rows,
             qsizetype i);

    QSqlDatabase m_db;
    QHash<QLatin1String, QHash<QString, qint64>> m_ids; // list → uuid → id
    std::unordered_map<std::string_view, std::unique_ptr<SqliteStatement>> m_inserts;
    QHash<QLatin1String, QSqlQuery> m_updates;
    QString m_error;
};
