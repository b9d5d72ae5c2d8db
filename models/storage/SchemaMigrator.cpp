#include "SchemaMigrator.h"

#include "Timestamp.h"
#include "Transaction.h"
#include "crypto/Sodium.h"
#include "reference/CommuneCodes.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

SchemaMigrator::SchemaMigrator(QSqlDatabase db, QList<MigrationStep> steps)
    : m_db(std::move(db))
    , m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(),
              [](const MigrationStep &a, const MigrationStep &b) { return a.version < b.version; });
}

namespace {

bool runScript(QSqlDatabase db, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SchemaMigrator::tr("The script %1 is missing.").arg(path);
        return false;
    }
    for (const QString &statement :
         SchemaMigrator::splitStatements(QString::fromUtf8(file.readAll()))) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// A data step that is a script of its own: what a new workspace starts with, as data.
std::function<bool(QSqlDatabase, QString *)> script(const QString &path)
{
    return [path](QSqlDatabase db, QString *error) {
        return runScript(db, path, error);
    };
}

// The workspace's signing key (schema 10): a random seed and its public half.
bool makeSigningKey(QSqlDatabase db, QString *error)
{
    QByteArray seed;
    QByteArray publicKey;
    if (!Sodium::newSigningSeed(&seed, &publicKey)) {
        *error = SchemaMigrator::tr("The cryptography library cannot start.");
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO signing_key (id, seed, public_key, created_at) VALUES (1, ?, ?, ?)"));
    insert.addBindValue(seed);
    insert.addBindValue(publicKey);
    insert.addBindValue(Timestamp::now());
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    return true;
}

} // namespace

QList<MigrationStep> SchemaMigrator::builtInSteps()
{
    return {
        // Version 1 only ever runs when a workspace is created: its data are the seed.
        {1, QStringLiteral(":/sql/001_initial.sql"), script(QStringLiteral(":/sql/001_seed.sql"))},
        {2, QStringLiteral(":/sql/002_edition_checks.sql")},
        {3, QStringLiteral(":/sql/003_live_workshop.sql")},
        {4, QStringLiteral(":/sql/004_exchange.sql")},
        {5, QStringLiteral(":/sql/005_review.sql")},
        // Reference data (the communes) is a leaf of the models: no domain folder.
        {6, QStringLiteral(":/sql/006_communes.sql"), &CommuneCodes::fillIn},
        {7, QStringLiteral(":/sql/007_trash.sql")},
        {8, QStringLiteral(":/sql/008_attachments.sql")},
        {9, QStringLiteral(":/sql/009_follow_up.sql")},
        // The workspace's signing key: random bytes from libsodium, not from SQL.
        {10, QStringLiteral(":/sql/010_keys.sql"), &makeSigningKey},
    };
}

int SchemaMigrator::latestBuiltInVersion()
{
    return builtInSteps().constLast().version;
}

int SchemaMigrator::targetVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

int SchemaMigrator::currentVersion(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = tr("The schema version cannot be read: %1").arg(query.lastError().text());
        return -1;
    }
    return query.value(0).toInt();
}

bool SchemaMigrator::migrate(QString *error)
{
    const int from = currentVersion(error);
    if (from < 0)
        return false;
    if (from >= targetVersion())
        return true;
    m_migratedFrom = from;

    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = tr("The update of the workspace could not start: %1").arg(m_db.lastError().text());
        return false;
    }
    for (const MigrationStep &step : std::as_const(m_steps)) {
        if (step.version <= from)
            continue;
        if (!QFile::exists(step.scriptPath)) {
            *error = tr("The update script for version %1 is missing (%2).")
                         .arg(step.version)
                         .arg(step.scriptPath);
            return false;
        }
        QString failure;
        if (!runScript(m_db, step.scriptPath, &failure)) {
            *error = tr("The update to version %1 failed: %2").arg(step.version).arg(failure);
            return false;
        }
        if (step.dataStep && !step.dataStep(m_db, error)) {
            *error = tr("The update to version %1 failed: %2").arg(step.version).arg(*error);
            return false;
        }
        QSqlQuery pragma(m_db);
        if (!pragma.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))) {
            *error = tr("The update to version %1 failed: %2")
                         .arg(step.version)
                         .arg(pragma.lastError().text());
            return false;
        }
    }
    if (!transaction.commit()) {
        *error =
            tr("The update of the workspace could not be saved: %1").arg(m_db.lastError().text());
        return false;
    }
    return true;
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    static const QRegularExpression triggerStart(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endsWithEnd(QStringLiteral("\\bEND\\s*$"),
                                                QRegularExpression::CaseInsensitiveOption);

    QStringList statements;
    QString current;
    const auto flush = [&]() {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements.append(trimmed);
        current.clear();
    };

    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current.append(QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            i += 2;
            while (i + 1 < n &&
                   !(script.at(i) == QLatin1Char('*') && script.at(i + 1) == QLatin1Char('/')))
                ++i;
            ++i;
            current.append(QLatin1Char(' '));
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            // Quoted text or identifier; a doubled quote inside is an escaped quote.
            current.append(c);
            ++i;
            while (i < n) {
                current.append(script.at(i));
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        current.append(c);
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char(';')) {
            if (triggerStart.match(current).hasMatch() && !endsWithEnd.match(current).hasMatch()) {
                current.append(c);
                continue;
            }
            flush();
            continue;
        }
        current.append(c);
    }
    flush();
    return statements;
}
