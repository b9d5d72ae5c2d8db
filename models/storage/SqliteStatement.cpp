#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

sqlite3 *SqliteStatement::openReader(const QSqlDatabase &db)
{
    sqlite3 *main = handle(db);
    const char *file = main ? sqlite3_db_filename(main, "main") : nullptr;
    if (!file || !*file)
        return nullptr;
    sqlite3 *reader = nullptr;
    if (sqlite3_open_v2(file, &reader, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(reader);
        return nullptr;
    }
    return reader;
}

void SqliteStatement::close(sqlite3 *db)
{
    sqlite3_close(db);
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    if (!m_db) {
        m_error = QStringLiteral("not an open SQLite database");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr) !=
        SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql)
    : SqliteStatement(handle(db), sql)
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    // Given in UTF-8, the database's encoding, which Qt converts faster than SQLite would.
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index + 1, utf8.isNull() ? "" : utf8.constData(),
                      int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index + 1, utf8.isNull() ? "" : utf8.constData(),
                      int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindStaticUtf8(int index, const char *utf8, int length)
{
    sqlite3_bind_text(m_statement, index + 1, utf8 ? utf8 : "", length, SQLITE_STATIC);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

qint64 SqliteStatement::columnInteger(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::string_view SqliteStatement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int SqliteStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}
