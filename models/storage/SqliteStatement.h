#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement run straight on the SQLite connection behind a QSqlDatabase, for bulk
// writes (an import's tens of thousands of rows) where QSqlQuery's binding through QVariant
// and named placeholders costs more than SQLite itself. The same connection, so it takes part
// in the transaction open on the database. Parameters are numbered from 0, as QSqlQuery's.
//
// Each exec() steps the statement once, then resets it and clears its bindings.
class SqliteStatement final
{
public:
    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    // On a connection of SQLite's own (openReader).
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // False when the database is not SQLite or the statement did not compile (see error()).
    bool isValid() const { return m_statement != nullptr; }

    void bindText(int index, const QString &text);
    void bindUtf8(int index, const QByteArray &utf8);
    // UTF-8 text that stays where it is until exec() returns: SQLite does not copy it.
    void bindStaticUtf8(int index, const char *utf8, int length);
    void bindInteger(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement; false with error() set when SQLite refused it.
    bool exec();

    // Reading, for lists read whole (100,000 rows, where QSqlQuery's QVariant per value and
    // UTF-16 conversion per text cost more than SQLite's own work): steps to the next row;
    // false at the end, or on an error (error() set).
    bool next();
    qint64 columnInteger(int column) const;
    bool columnIsNull(int column) const;
    // The text of a column in UTF-8, valid until the next step.
    std::string_view columnUtf8(int column) const;
    qint64 lastInsertId() const;
    // The rows the last exec() inserted, changed or deleted.
    int changes() const;
    QString error() const { return m_error; }

    // The SQLite connection of db, or nullptr when it is not an open SQLite database.
    static sqlite3 *handle(const QSqlDatabase &db);
    // Another read-only connection to db's file, for a second thread to read beside it
    // (WAL lets readers share the file); nullptr when db has no file or it cannot be opened.
    // Closed by close().
    static sqlite3 *openReader(const QSqlDatabase &db);
    static void close(sqlite3 *db);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};
