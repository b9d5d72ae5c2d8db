#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>

// Scoped transaction: rolls back unless commit() succeeded, so an early return or an error path
// never leaves a half-applied change in the workspace.
//
// Built on SQLite savepoints, so transactions nest: saving a holder is one transaction on its
// own, and one step of an import's single transaction when called from the importer. The
// outermost one commits to the file; an inner one that rolls back undoes only its own part.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_name(QStringLiteral("comptoir_%1").arg(++s_counter))
        , m_active(exec(QStringLiteral("SAVEPOINT ") + m_name))
    {}
    ~Transaction()
    {
        if (m_active) {
            exec(QStringLiteral("ROLLBACK TO ") + m_name);
            exec(QStringLiteral("RELEASE ") + m_name);
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }

    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        if (exec(QStringLiteral("RELEASE ") + m_name))
            return true;
        exec(QStringLiteral("ROLLBACK TO ") + m_name);
        exec(QStringLiteral("RELEASE ") + m_name);
        return false;
    }

private:
    bool exec(const QString &statement)
    {
        QSqlQuery query(m_db);
        return query.exec(statement);
    }

    static inline std::atomic<quint64> s_counter{0};
    QSqlDatabase m_db;
    QString m_name;
    bool m_active;
};
