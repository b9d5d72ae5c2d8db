#pragma once

#include <QFuture>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>

#include <mutex>

struct sqlite3;

// Copies a workspace's write-ahead log back into its file on another thread.
//
// SQLite's automatic checkpoint runs inside the commit that takes the log past 1,000 pages: the
// edit or import that happens to cross it waits while the whole log is copied and the file
// synced (about 0.15 s after a department's import). The log already holds every committed
// transaction durably (synchronous=FULL), so the copy can wait: attached to a connection, this
// replaces the automatic checkpoint with a passive one on a connection of its own, on another
// thread, started by the commit that crosses the threshold. A passive checkpoint never blocks
// the writer or the readers; pages a reader still needs are left for the next one.
class WalCheckpointer final
{
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    // Log size, in pages, from which a commit starts a checkpoint (SQLite's own default).
    static constexpr int kThresholdPages = 1000;

    WalCheckpointer() = default;
    ~WalCheckpointer(); // waits for a running checkpoint

    // Takes over db's checkpoints (db must be open, on the file at path). False when db is not a
    // SQLite connection.
    bool attach(const QSqlDatabase &db, const QString &path);
    // Waits for a running checkpoint, if any, to end.
    void wait();
    // Checkpoints started so far.
    int started() const;

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int pages);
    // Starts a checkpoint on the checkpointer's own thread pool (never queued behind long work
    // on Qt's global one), unless one is running.
    bool start();

    QString m_path;
    mutable std::mutex m_mutex;
    QThreadPool m_pool;
    QFuture<void> m_running;
    int m_started = 0;
};
