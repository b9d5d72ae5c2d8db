#pragma once

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <vector>

// Scoped transaction: rolls back unless commit() succeeded, so an early return or an error path
// never leaves a half-applied change in the workspace.
//
// Transactions nest: the outermost one is a real transaction (BEGIN … COMMIT or ROLLBACK), the
// ones opened inside it are savepoints. Saving a holder is one transaction on its own, and one
// step of an import's single transaction when called from the importer; an inner one that
// rolls back undoes only its own part. (A savepoint as the outermost transaction would not do:
// rolling it back and releasing it commits an empty transaction, which rewrites the file's
// header, and a refused file must stay byte-for-byte as it was.)
//
// What a change announces (the workspace's change signals) waits for the change to be in the
// file: afterCommit() runs its function at once outside a transaction, else when the outermost
// transaction commits; a rollback forgets what was queued since the transaction (or savepoint)
// it undoes began. So a view never reads back a change that is not there, and an import's
// thousands of writes announce themselves once, after its commit.
//
// A connection is used from one thread only, so the depth per connection needs no lock.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_depth(depth(m_db)++)
        , m_name(QStringLiteral("comptoir_%1").arg(m_depth))
        , m_queued(pending(m_db).items.size())
        , m_active(
              exec(m_depth == 0 ? QStringLiteral("BEGIN") : QStringLiteral("SAVEPOINT ") + m_name))
    {
        if (!m_active)
            --depth(m_db);
    }

    // Runs `announce` once what is being written on db is committed (at once when no transaction
    // is open on it); never when it is rolled back. Announcements of the same key queued in one
    // transaction are made once (an import saving 500 holders says "projects changed" once).
    static void afterCommit(const QSqlDatabase &db, const QString &key,
                            std::function<void()> announce)
    {
        if (depth(db) == 0) {
            announce();
            return;
        }
        Queue &queue = pending(db);
        if (queue.keys.contains(key))
            return;
        queue.keys.insert(key);
        queue.items.push_back({key, std::move(announce)});
    }
    ~Transaction()
    {
        if (m_active)
            rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // Why the last statement this transaction ran was refused (its commit, most often: the
    // references checked as it commits), in SQLite's words; empty when none was.
    QString error() const { return m_error; }

    bool commit()
    {
        if (!m_active)
            return false;
        if (exec(m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name)) {
            m_active = false;
            --depth(m_db);
            if (m_depth == 0) {
                // Announced in order; an announcement may write (and announce) in its turn.
                Queue queued;
                std::swap(queued, pending(m_db));
                for (const auto &item : queued.items)
                    item.announce();
            }
            return true;
        }
        rollback();
        return false;
    }

private:
    void rollback()
    {
        if (m_depth == 0) {
            exec(QStringLiteral("ROLLBACK"));
        } else {
            exec(QStringLiteral("ROLLBACK TO ") + m_name);
            exec(QStringLiteral("RELEASE ") + m_name);
        }
        Queue &queue = pending(m_db);
        while (queue.items.size() > m_queued) {
            queue.keys.remove(queue.items.back().key);
            queue.items.pop_back();
        }
        m_active = false;
        --depth(m_db);
    }

    bool exec(const QString &statement)
    {
        QSqlQuery query(m_db);
        if (query.exec(statement))
            return true;
        m_error = query.lastError().text();
        return false;
    }

    static int &depth(const QSqlDatabase &db)
    {
        static thread_local QHash<QString, int> depths;
        return depths[db.connectionName()];
    }
    struct Queue
    {
        struct Item
        {
            QString key;
            std::function<void()> announce;
        };
        std::vector<Item> items;
        QSet<QString> keys;
    };
    static Queue &pending(const QSqlDatabase &db)
    {
        static thread_local QHash<QString, Queue> queues;
        return queues[db.connectionName()];
    }

    QSqlDatabase m_db;
    int m_depth;
    QString m_name;
    size_t m_queued; // announcements queued before this transaction began
    QString m_error; // (before m_active: the constructor's BEGIN may set it)
    bool m_active;
};
