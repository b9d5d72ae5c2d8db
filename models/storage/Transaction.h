#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

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
// A connection is used from one thread only, so the depth per connection needs no lock.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_depth(depth(m_db)++)
        , m_name(QStringLiteral("comptoir_%1").arg(m_depth))
        , m_active(
              exec(m_depth == 0 ? QStringLiteral("BEGIN") : QStringLiteral("SAVEPOINT ") + m_name))
    {
        if (!m_active)
            --depth(m_db);
    }
    ~Transaction()
    {
        if (m_active)
            rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }

    bool commit()
    {
        if (!m_active)
            return false;
        if (exec(m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name)) {
            m_active = false;
            --depth(m_db);
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
        m_active = false;
        --depth(m_db);
    }

    bool exec(const QString &statement)
    {
        QSqlQuery query(m_db);
        return query.exec(statement);
    }

    static int &depth(const QSqlDatabase &db)
    {
        static thread_local QHash<QString, int> depths;
        return depths[db.connectionName()];
    }

    QSqlDatabase m_db;
    int m_depth;
    QString m_name;
    bool m_active;
};
