#include "WalCheckpointer.h"

#include "SqliteStatement.h"

#include <sqlite3.h>

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

WalCheckpointer::~WalCheckpointer()
{
    wait();
}

bool WalCheckpointer::attach(const QSqlDatabase &db, const QString &path)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    if (!handle)
        return false;
    m_path = path;
    sqlite3_wal_hook(handle, &WalCheckpointer::onCommit, this);
    return true;
}

void WalCheckpointer::wait()
{
    QFuture<void> running;
    {
        const std::lock_guard lock(m_mutex);
        running = std::exchange(m_running, QFuture<void>());
    }
    running.waitForFinished();
}

int WalCheckpointer::started() const
{
    const std::lock_guard lock(m_mutex);
    return m_started;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *schema, int pages)
{
    // Should no thread be had, the commit checkpoints in place, as SQLite's own hook would.
    if (pages >= kThresholdPages && !static_cast<WalCheckpointer *>(self)->start())
        sqlite3_wal_checkpoint(db, schema);
    return SQLITE_OK;
}

bool WalCheckpointer::start()
{
    const std::lock_guard lock(m_mutex);
    // One at a time: a commit made while one runs leaves the log to it, or to the next commit.
    if (m_running.isValid() && !m_running.isFinished())
        return true;
    // On a pool of its own (one thread, kept a while), never queued behind long work.
    {
        m_running = QtConcurrent::run(&m_pool, [path = m_path.toUtf8()] {
            sqlite3 *db = nullptr;
            if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
                SQLITE_OK) {
                sqlite3_busy_timeout(db, 1000);
                // A connection sees the log only once it has read the file (SQLite 3.40
                // checkpoints nothing before that); then PASSIVE copies as much as the readers
                // allow, without waiting for them or for the writer.
                if (sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr) ==
                    SQLITE_OK)
                    sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                              nullptr);
            }
            sqlite3_close(db); // NULL-safe; a failed open still allocates a handle to close
        });
    }
    ++m_started;
    return true;
}
