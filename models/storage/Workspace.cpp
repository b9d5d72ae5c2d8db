#include "Workspace.h"

#include "Backups.h"

#include "SchemaMigrator.h"
#include "Timestamp.h"
#include "Transaction.h"
#include "WalCheckpointer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QUrl>
#include <QUuid>

#include <atomic>

namespace {

constexpr qint64 kSqliteHeaderSize = 100;

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("comptoir-workspace-%1").arg(++counter);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *sqlError)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *sqlError = query.lastError().text();
    return false;
}

// Removes a connection once no QSqlDatabase handle to it is left in this scope.
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

int Workspace::latestSchemaVersion()
{
    return SchemaMigrator::latestBuiltInVersion();
}

Workspace::Workspace(QString filePath, QString connectionName)
    : m_filePath(std::move(filePath))
    , m_connectionName(std::move(connectionName))
    , m_checkpointer(std::make_unique<WalCheckpointer>())
{}

struct Workspace::KeptStatement
{
    QSqlQuery query;
    bool lent = false;
};

Workspace::~Workspace()
{
    // The checkpoint's connection closes first: this one, the last, then empties the log. Its
    // kept statements go before it.
    m_checkpointer->wait();
    m_statements.clear();
    dropConnection(m_connectionName);
}

Workspace::Statement::Statement(QSqlQuery *kept, bool *lent)
    : m_query(kept)
    , m_lent(lent)
{
    *m_lent = true;
}

Workspace::Statement::Statement(std::unique_ptr<QSqlQuery> own)
    : m_own(std::move(own))
    , m_query(m_own.get())
{}

Workspace::Statement::~Statement()
{
    // Reset: a statement stopped before its last row would otherwise keep the connection
    // reading the file as it was, blind to what other connections commit.
    m_query->finish();
    if (m_lent)
        *m_lent = false;
}

Workspace::Statement Workspace::statement(const QString &sql) const
{
    constexpr size_t kKept = 64;
    const auto found = m_statements.find(sql);
    if (found != m_statements.end() && !found->second->lent)
        return Statement(&found->second->query, &found->second->lent);
    auto fresh = std::make_unique<QSqlQuery>(database());
    fresh->setForwardOnly(true);
    // Kept only once it compiles (what does not keeps its error for the borrower to read).
    if (!fresh->prepare(sql) || found != m_statements.end() || m_statements.size() >= kKept)
        return Statement(std::move(fresh));
    auto kept = std::make_unique<KeptStatement>(KeptStatement{std::move(*fresh), false});
    KeptStatement *entry = m_statements.emplace(sql, std::move(kept)).first->second.get();
    return Statement(&entry->query, &entry->lent);
}

void Workspace::waitForCheckpoint()
{
    m_checkpointer->wait();
}

int Workspace::checkpointsStarted() const
{
    return m_checkpointer->started();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Workspace::info(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM workspace_info WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QString Workspace::displayName() const
{
    return QFileInfo(m_filePath).completeBaseName();
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists()) {
        *error = tr("A file named “%1” already exists.").arg(nativePath(path));
        return nullptr;
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        *error = tr("The folder “%1” cannot be written to.").arg(nativePath(info.absolutePath()));
        return nullptr;
    }

    const QString partial = info.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partial);
    const QString connection = newConnectionName();
    bool built = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(partial);
        QString sqlError;
        if (!db.open()) {
            sqlError = db.lastError().text();
        } else if (exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                        &sqlError) &&
                   exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError)) {
            SchemaMigrator migrator(db);
            if (!migrator.migrate(&sqlError)) {
                // sqlError holds the migrator's message
            } else {
                Transaction transaction(db);
                QSqlQuery insert(db);
                insert.prepare(
                    QStringLiteral("INSERT INTO workspace_info (key, value) VALUES (?, ?)"));
                const QString origin = QUuid::createUuid().toString(QUuid::WithoutBraces);
                const QList<QPair<QString, QString>> values = {
                    {QStringLiteral("origin"), origin},
                    {QStringLiteral("created_at"), Timestamp::now()},
                    {QStringLiteral("created_by"), QCoreApplication::applicationName() +
                                                       QLatin1Char(' ') +
                                                       QCoreApplication::applicationVersion()},
                };
                bool ok = true;
                for (const auto &[key, value] : values) {
                    insert.addBindValue(key);
                    insert.addBindValue(value);
                    if (!insert.exec()) {
                        sqlError = insert.lastError().text();
                        ok = false;
                        break;
                    }
                }
                built = ok && transaction.commit();
                if (ok && !built)
                    sqlError = db.lastError().text();
            }
        }
        if (!built)
            *error =
                tr("The workspace “%1” could not be created: %2").arg(nativePath(path), sqlError);
    }
    dropConnection(connection);

    if (!built) {
        QFile::remove(partial);
        return nullptr;
    }
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        QFile::remove(partial);
        *error = tr("The workspace “%1” could not be created: the file could not be put in place.")
                     .arg(nativePath(path));
        return nullptr;
    }
    return open(info.absoluteFilePath(), error);
}

bool Workspace::isWritable(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

void Workspace::configureReader(QSqlDatabase &db, const QString &path)
{
    if (isWritable(path)) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        return;
    }
    // Nobody writes a file on a write-protected medium: SQLite may read it as immutable, with
    // no shared memory beside it (which it could not create there).
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setScheme(QStringLiteral("file"));
    url.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error, Access access)
{
    const QFileInfo info(path);
    const QString shown = nativePath(path);
    if (!info.exists()) {
        *error = tr("The file “%1” does not exist.").arg(shown);
        return nullptr;
    }
    if (!info.isFile()) {
        *error = tr("“%1” is not a file.").arg(shown);
        return nullptr;
    }

    // Look at the 100-byte SQLite header before SQLite itself touches the file: a foreign or
    // newer file must come out of this byte-for-byte unchanged (no journal mode switch, no
    // -wal or -shm file left beside it).
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The file “%1” cannot be read: %2").arg(shown, file.errorString());
            return nullptr;
        }
        const QByteArray header = file.read(kSqliteHeaderSize);
        if (header.size() < kSqliteHeaderSize ||
            !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
            *error =
                tr("“%1” is not a Comptoir workspace (the file is empty, damaged or of another "
                   "kind).")
                    .arg(shown);
            return nullptr;
        }
        const quint32 applicationId = qFromBigEndian<quint32>(header.constData() + 68);
        if (applicationId != kApplicationId) {
            *error = tr("“%1” is a database of another application, not a Comptoir workspace.")
                         .arg(shown);
            return nullptr;
        }
        const quint32 version = qFromBigEndian<quint32>(header.constData() + 60);
        if (version > quint32(latestSchemaVersion())) {
            *error = tr("“%1” was made by a newer version of Comptoir (format %2; this version "
                        "reads up to format %3). Update Comptoir to open it.")
                         .arg(shown)
                         .arg(version)
                         .arg(latestSchemaVersion());
            return nullptr;
        }
        if (access == Access::ReadOnly && version < quint32(latestSchemaVersion())) {
            *error = tr("“%1” was made by an earlier version of Comptoir and needs an update, "
                        "which cannot be made while it is open read-only.")
                         .arg(shown);
            return nullptr;
        }
        if (access == Access::ReadWrite && !isWritable(path)) {
            *error = tr("The workspace “%1” is read-only: Comptoir writes every change as it is "
                        "made and needs to be able to write to it.")
                         .arg(shown);
            return nullptr;
        }
        // An update of the format is the one change no undo takes back: the file as it was is
        // backed up first, and stays untouched if that cannot be done.
        if (access == Access::ReadWrite && version > 0 &&
            version < quint32(latestSchemaVersion())) {
            file.close();
            const Result<Backups::Info> backup =
                Backups::writeToFolder(info.absoluteFilePath(), QStringLiteral("migration"));
            if (!backup) {
                *error = tr("“%1” needs updating to this version of Comptoir, and its backup "
                            "before the update could not be written: %2")
                             .arg(shown, backup.error());
                return nullptr;
            }
        }
    }

    std::unique_ptr<Workspace> workspace(
        new Workspace(info.absoluteFilePath(), newConnectionName()));
    workspace->m_readOnly = access == Access::ReadOnly;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), workspace->m_connectionName);
        if (workspace->m_readOnly) {
            configureReader(db, workspace->m_filePath);
        } else {
            db.setDatabaseName(workspace->m_filePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
    }
    if (!workspace->initialise(error))
        return nullptr;
    return workspace;
}

std::unique_ptr<Workspace> Workspace::openReader(const QString &path, QString *error)
{
    const QString shown = nativePath(path);
    std::unique_ptr<Workspace> workspace(
        new Workspace(QFileInfo(path).absoluteFilePath(), newConnectionName()));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), workspace->m_connectionName);
    configureReader(db, workspace->m_filePath);
    if (!db.open()) {
        *error = tr("The workspace “%1” cannot be opened: %2").arg(shown, db.lastError().text());
        return nullptr;
    }
    QString sqlError;
    const int version = SchemaMigrator(db).currentVersion(&sqlError);
    if (version != latestSchemaVersion()) {
        *error = tr("The workspace “%1” cannot be opened: %2")
                     .arg(shown,
                          sqlError.isEmpty() ? tr("its format is not this version's.") : sqlError);
        return nullptr;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM workspace_info WHERE key = 'origin'")) ||
        !query.next()) {
        *error = tr("The workspace “%1” cannot be opened: %2").arg(shown, query.lastError().text());
        return nullptr;
    }
    workspace->m_origin = query.value(0).toString();
    workspace->m_schemaVersion = version;
    query.finish();
    exec(db, QStringLiteral("PRAGMA cache_size = -32768"), &sqlError);
    return workspace;
}

bool Workspace::initialise(QString *error)
{
    QSqlDatabase db = database();
    const QString shown = nativePath(m_filePath);
    if (!db.open()) {
        *error = tr("The workspace “%1” cannot be opened: %2").arg(shown, db.lastError().text());
        return false;
    }

    // Nothing is written until the file has proven readable and ours: a refused file keeps
    // every byte (the journal mode lives in the header too).
    QString sqlError;
    SchemaMigrator migrator(db);
    const int version = migrator.currentVersion(&sqlError); // authoritative: may sit in the WAL
    if (version < 0) {
        *error = tr("The workspace “%1” is damaged and cannot be opened: %2").arg(shown, sqlError);
        return false;
    }
    if (version > migrator.targetVersion()) {
        *error = tr("“%1” was made by a newer version of Comptoir (format %2; this version reads "
                    "up to format %3). Update Comptoir to open it.")
                     .arg(shown)
                     .arg(version)
                     .arg(migrator.targetVersion());
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM workspace_info WHERE key = 'origin'")) ||
        !query.next() || query.value(0).toString().isEmpty()) {
        *error = tr("The workspace “%1” is damaged and cannot be opened: %2")
                     .arg(shown, query.lastError().isValid() ? query.lastError().text()
                                                             : tr("its identity is missing."));
        return false;
    }
    m_origin = query.value(0).toString();
    query.finish();

    if (m_readOnly) {
        // Read as it is: no journal mode to set, nothing to migrate, no log to copy back.
        if (!exec(db, QStringLiteral("PRAGMA cache_size = -32768"), &sqlError)) {
            *error = tr("The workspace “%1” cannot be opened: %2").arg(shown, sqlError);
            return false;
        }
        m_schemaVersion = version;
        return true;
    }

    // synchronous=FULL makes every committed edit survive a power cut, not only a crash.
    // A 32 MB page cache (SQLite's default is 2 MB) keeps a department's workspace in memory
    // once read: lists and pages read again come from it instead of the disk.
    if (!exec(db, QStringLiteral("PRAGMA synchronous = FULL"), &sqlError) ||
        !exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError) ||
        !exec(db, QStringLiteral("PRAGMA cache_size = -32768"), &sqlError)) {
        *error = tr("The workspace “%1” cannot be opened: %2").arg(shown, sqlError);
        return false;
    }
    if (version < migrator.targetVersion() && !migrator.migrate(&sqlError)) {
        *error = tr("The workspace “%1” could not be brought up to date; it was left unchanged. %2")
                     .arg(shown, sqlError);
        return false;
    }
    if (version < migrator.targetVersion())
        m_migratedFrom = version;
    m_schemaVersion = migrator.targetVersion();

    // WAL keeps readers (the list loader) and the writer apart and makes each commit a single
    // append. A no-op for files Comptoir made, which are in WAL mode from their first opening.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = tr("The workspace “%1” cannot be opened for writing: %2")
                     .arg(shown, query.lastError().text());
        return false;
    }
    // Commits no longer copy the log back into the file themselves: another thread does.
    m_checkpointer->attach(db, m_filePath);
    return true;
}

void Workspace::notifyProjectsChanged() const
{
    Transaction::afterCommit(database(), QStringLiteral("projects"),
                             [self = QPointer<Workspace>(const_cast<Workspace *>(this))] {
                                 if (self)
                                     emit self->projectsChanged();
                             });
}

void Workspace::notifyProjectChanged(qint64 projectId) const
{
    Transaction::afterCommit(
        database(), QStringLiteral("project:%1").arg(projectId),
        [self = QPointer<Workspace>(const_cast<Workspace *>(this)), projectId] {
            if (self)
                emit self->projectChanged(projectId);
        });
}

void Workspace::notifyBudgetChanged(qint64 projectId) const
{
    Transaction::afterCommit(
        database(), QStringLiteral("budget:%1").arg(projectId),
        [self = QPointer<Workspace>(const_cast<Workspace *>(this)), projectId] {
            if (self)
                emit self->budgetChanged(projectId);
        });
}

void Workspace::notifyAnswerChanged(qint64 projectId, const QString &key) const
{
    Transaction::afterCommit(
        database(), QStringLiteral("answer:%1:%2").arg(projectId).arg(key),
        [self = QPointer<Workspace>(const_cast<Workspace *>(this)), projectId, key] {
            if (self)
                emit self->answerChanged(projectId, key);
        });
}

void Workspace::notifyOrganisationsChanged() const
{
    Transaction::afterCommit(database(), QStringLiteral("organisations"),
                             [self = QPointer<Workspace>(const_cast<Workspace *>(this))] {
                                 if (self)
                                     emit self->organisationsChanged();
                             });
}

void Workspace::notifyFollowUpChanged(qint64 projectId) const
{
    Transaction::afterCommit(
        database(), QStringLiteral("followUp:%1").arg(projectId),
        [self = QPointer<Workspace>(const_cast<Workspace *>(this)), projectId] {
            if (self)
                emit self->followUpChanged(projectId);
        });
}

void Workspace::notifyAttachmentsChanged(qint64 projectId) const
{
    Transaction::afterCommit(
        database(), QStringLiteral("attachments:%1").arg(projectId),
        [self = QPointer<Workspace>(const_cast<Workspace *>(this)), projectId] {
            if (self)
                emit self->attachmentsChanged(projectId);
        });
}

void Workspace::notifyProjectRemoved(qint64 projectId) const
{
    Transaction::afterCommit(
        database(), QStringLiteral("removed:%1").arg(projectId),
        [self = QPointer<Workspace>(const_cast<Workspace *>(this)), projectId] {
            if (self)
                emit self->projectRemoved(projectId);
        });
    notifyProjectsChanged();
}
