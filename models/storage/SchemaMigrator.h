#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// One numbered step of the schema: the SQL script that brings a workspace to `version`, and
// the data step that follows it when rows must be rewritten by code (in the same transaction).
struct MigrationStep
{
    int version = 0;
    QString scriptPath; // a Qt resource (":/sql/001_initial.sql") or, in tests, a file
    std::function<bool(QSqlDatabase, QString *error)> dataStep = {};
};

// Brings a workspace's schema up to date. Every missing step runs inside one transaction
// together with the PRAGMA user_version update, so a failure anywhere leaves the file exactly
// as it was (SQLite's DDL is transactional).
class SchemaMigrator final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    explicit SchemaMigrator(QSqlDatabase db, QList<MigrationStep> steps = builtInSteps());

    static QList<MigrationStep> builtInSteps();
    static int latestBuiltInVersion();

    int targetVersion() const;
    // The version the last migrate() started from (-1 before any).
    int migratedFrom() const { return m_migratedFrom; }
    // Reads PRAGMA user_version; -1 (and an error) when the file cannot be read.
    int currentVersion(QString *error = nullptr) const;
    bool migrate(QString *error);

    // Splits a script into statements at the semicolons that end them, ignoring those inside
    // quotes, comments and CREATE TRIGGER … END bodies. Comments are dropped.
    static QStringList splitStatements(const QString &script);

private:
    QSqlDatabase m_db;
    QList<MigrationStep> m_steps;
    int m_migratedFrom = -1;
};
