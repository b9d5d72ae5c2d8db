#include "Backups.h"
#include "util/SaveFile.h"

#include "SqliteStatement.h"
#include "Timestamp.h"
#include "Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <algorithm>
#include <memory>

namespace {

const QString kSuffix = QStringLiteral(".comptoirdb");

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Connection openFile(const QString &path, int flags, QString *error)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    Connection connection(db);
    if (rc != SQLITE_OK) {
        *error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    return connection;
}

// The first column of the first row of sql, as text; empty with error set when it fails.
QString scalar(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    QString result;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return result;
    }
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        result =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    else if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return result;
}

// What a sound file says of itself; a failure when it is not sound.
Result<Backups::Info> inspect(sqlite3 *db, const QString &path, bool full)
{
    QString error;
    const qint64 id = scalar(db, "PRAGMA application_id", &error).toLongLong();
    if (!error.isEmpty() || quint32(id) != Workspace::kApplicationId)
        return Failure{Backups::tr("“%1” is not a Comptoir workspace.").arg(nativePath(path))};
    const QString verdict =
        scalar(db, full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)", &error);
    if (!error.isEmpty() || verdict != QLatin1String("ok"))
        return Failure{Backups::tr("“%1” is damaged: %2")
                           .arg(nativePath(path), error.isEmpty() ? verdict : error)};
    Backups::Info info;
    info.path = path;
    info.schemaVersion = scalar(db, "PRAGMA user_version", &error).toInt();
    info.projects = scalar(db, "SELECT count(*) FROM projects", &error).toInt();
    info.origin = scalar(db, "SELECT value FROM workspace_info WHERE key = 'origin'", &error);
    if (!error.isEmpty())
        return Failure{Backups::tr("“%1” cannot be read: %2").arg(nativePath(path), error)};
    info.bytes = QFileInfo(path).size();
    return info;
}

// Reads db's file through memory-mapped pages, as much of it as SQLite maps at most (its
// default SQLITE_MAX_MMAP_SIZE); without effect, and harmless, where mapping is not available.
void mapWhole(sqlite3 *db)
{
    QString ignored;
    scalar(db, "PRAGMA mmap_size = 2147418112", &ignored);
}

bool syncToDisk(QFile &file)
{
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return file.flush();
#endif
}

QString sidecar(const QString &backup)
{
    return backup + QStringLiteral(".json");
}

bool writeSidecar(const Backups::Info &info)
{
    const QJsonObject object{{QStringLiteral("at"), Timestamp::fromDateTime(info.at)},
                             {QStringLiteral("reason"), info.reason},
                             {QStringLiteral("bytes"), info.bytes},
                             {QStringLiteral("projects"), info.projects},
                             {QStringLiteral("schemaVersion"), info.schemaVersion},
                             {QStringLiteral("workspace"), info.workspacePath},
                             {QStringLiteral("origin"), info.origin}};
    QSaveFile file(sidecar(info.path));
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) > 0 &&
           commitWritten(file);
}

std::optional<Backups::Info> readSidecar(const QString &backup)
{
    QFile file(sidecar(backup));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    Backups::Info info;
    info.path = backup;
    info.at = Timestamp::toDateTime(o.value(QStringLiteral("at")).toString());
    if (!info.at.isValid())
        return std::nullopt;
    info.reason = o.value(QStringLiteral("reason")).toString();
    info.bytes = QFileInfo(backup).size();
    info.projects = o.value(QStringLiteral("projects")).toInt();
    info.schemaVersion = o.value(QStringLiteral("schemaVersion")).toInt();
    info.workspacePath = o.value(QStringLiteral("workspace")).toString();
    info.origin = o.value(QStringLiteral("origin")).toString();
    return info;
}

void removeBackup(const QString &path)
{
    QFile::remove(path);
    QFile::remove(sidecar(path));
}

} // namespace

QString Backups::root()
{
    const QString forced = qEnvironmentVariable("COMPTOIR_BACKUP_DIR");
    if (!forced.isEmpty())
        return forced;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/backups");
}

QString Backups::folder(const QString &origin)
{
    return root() + QLatin1Char('/') + origin;
}

namespace {

// Copies the database of `from` (its main schema) to `target`, checked, under a temporary name
// then renamed; what it holds.
Result<Backups::Info> copyInto(sqlite3 *from, const QString &source, const QString &target,
                               const QString &reason)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    double copySeconds = 0;
    double checkSeconds = 0;
    QString error;
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    {
        Connection to = openFile(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &error);
        if (!to)
            return Failure{Backups::tr("The backup “%1” cannot be written: %2")
                               .arg(nativePath(target), error)};
        // Written without a journal or a sync per page (the copy is a new file under a temporary
        // name: a crash leaves only that), synced once at the end.
        scalar(to.get(), "PRAGMA journal_mode = OFF", &error);
        scalar(to.get(), "PRAGMA synchronous = OFF", &error);
        scalar(to.get(), "PRAGMA cache_size = -8192", &error);
        error.clear();
        // In one step: the source's snapshot is read whole, writers go on meanwhile (WAL).
        sqlite3_backup *backup = sqlite3_backup_init(to.get(), "main", from, "main");
        int rc = SQLITE_ERROR;
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        if (rc != SQLITE_DONE) {
            error = QString::fromUtf8(sqlite3_errmsg(to.get()));
            to.reset();
            QFile::remove(part);
            return Failure{Backups::tr("The backup “%1” could not be written: %2")
                               .arg(nativePath(target), error)};
        }
        // A backup is one file on its own, not a write-ahead log's companion.
        scalar(to.get(), "PRAGMA journal_mode = DELETE", &error);
        copySeconds = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        // Checked where its pages lie, as the workspace was read (see Backups::write).
        mapWhole(to.get());
        Result<Backups::Info> checked = inspect(to.get(), part, false);
        checkSeconds = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        if (!checked || !error.isEmpty()) {
            to.reset();
            QFile::remove(part);
            return Failure{Backups::tr("The backup “%1” failed its check: %2")
                               .arg(nativePath(target), checked ? error : checked.error())};
        }
    }
    {
        // On the disk before it takes its name.
        QFile written(part);
        if (!written.open(QIODevice::ReadWrite) || !syncToDisk(written)) {
            QFile::remove(part);
            return Failure{Backups::tr("The backup “%1” could not be written to the disk.")
                               .arg(nativePath(target))};
        }
    }
    QFile::remove(target);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return Failure{
            Backups::tr("The backup “%1” could not be put in place.").arg(nativePath(target))};
    }
    Backups::Info info;
    {
        Connection written = openFile(target, SQLITE_OPEN_READONLY, &error);
        if (!written)
            return Failure{Backups::tr("The backup “%1” cannot be read back: %2")
                               .arg(nativePath(target), error)};
        QString readError;
        info.schemaVersion = scalar(written.get(), "PRAGMA user_version", &readError).toInt();
        info.projects = scalar(written.get(), "SELECT count(*) FROM projects", &readError).toInt();
        info.origin = scalar(written.get(), "SELECT value FROM workspace_info WHERE key = 'origin'",
                             &readError);
    }
    info.path = target;
    info.at = at;
    info.copySeconds = copySeconds + double(timer.nsecsElapsed()) / 1e9; // with its sync
    info.checkSeconds = checkSeconds;
    info.reason = reason;
    info.bytes = QFileInfo(target).size();
    info.workspacePath = QFileInfo(source).absoluteFilePath();
    writeSidecar(info);
    return info;
}

} // namespace

Result<Backups::Info> Backups::write(const QString &source, const QString &target,
                                     const QString &reason)
{
    QString error;
    Connection from = openFile(source, SQLITE_OPEN_READONLY, &error);
    if (!from)
        return Failure{tr("The workspace “%1” cannot be read for its backup: %2")
                           .arg(nativePath(source), error)};
    // Its pages read where they lie, mapped into memory, instead of copied out of the system's
    // cache one read at a time.
    mapWhole(from.get());
    return copyInto(from.get(), source, target, reason);
}

Result<Backups::Info> Backups::writeFrom(const QSqlDatabase &db, const QString &target,
                                         const QString &reason)
{
    sqlite3 *from = SqliteStatement::handle(db);
    if (!from)
        return Failure{tr("The workspace is not open.")};
    return copyInto(from, db.databaseName(), target, reason);
}

Result<Backups::Info> Backups::writeToFolder(const QString &source, const QString &reason,
                                             qint64 budget)
{
    QString error;
    QString origin;
    {
        Connection from = openFile(source, SQLITE_OPEN_READONLY, &error);
        if (from)
            origin =
                scalar(from.get(), "SELECT value FROM workspace_info WHERE key = 'origin'", &error);
    }
    if (origin.isEmpty())
        return Failure{tr("The workspace “%1” cannot be read for its backup: %2")
                           .arg(nativePath(source), error)};
    const QString dir = folder(origin);
    if (!QDir().mkpath(dir))
        return Failure{
            tr("The folder of the backups “%1” cannot be created.").arg(nativePath(dir))};
    const QString name =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
        QLatin1Char('-') + reason + kSuffix;
    Result<Info> written = write(source, dir + QLatin1Char('/') + name, reason);
    if (written)
        prune(origin, budget);
    return written;
}

QList<Backups::Info> Backups::list(const QString &origin)
{
    QList<Info> result;
    if (origin.isEmpty())
        return result;
    const QDir dir(folder(origin));
    const QStringList names =
        dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (std::optional<Info> info = readSidecar(dir.filePath(name)))
            result << *info;
    }
    std::sort(result.begin(), result.end(),
              [](const Info &a, const Info &b) { return a.at > b.at; });
    return result;
}

std::optional<Backups::Info> Backups::latest(const QString &origin)
{
    const QList<Info> all = list(origin);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

std::optional<Backups::Info> Backups::latestOfFile(const QString &path)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    std::optional<Info> newest;
    const QStringList origins = QDir(root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &origin : origins) {
        for (const Info &info : list(origin)) {
            if (info.workspacePath == file && (!newest || info.at > newest->at))
                newest = info;
        }
    }
    return newest;
}

int Backups::prune(const QString &origin, qint64 budget, const QDateTime &now)
{
    const QList<Info> all = list(origin); // newest first
    QList<Info> kept;
    QSet<QDate> days;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Info &info = all.at(i);
        const QDate day = info.at.toLocalTime().date();
        const bool recent = i < kKeepLast;
        const bool dayLast = !days.contains(day) && info.at.daysTo(now) < kKeepDays;
        days.insert(day);
        if (recent || dayLast)
            kept << info;
    }
    // Within the budget: the oldest go first, the newest stays whatever its size.
    qint64 total = 0;
    for (const Info &info : std::as_const(kept))
        total += info.bytes;
    while (kept.size() > 1 && total > budget) {
        total -= kept.constLast().bytes;
        kept.removeLast();
    }
    QSet<QString> keep;
    for (const Info &info : std::as_const(kept))
        keep.insert(info.path);
    int removed = 0;
    for (const Info &info : all) {
        if (!keep.contains(info.path)) {
            removeBackup(info.path);
            ++removed;
        }
    }
    return removed;
}

Result<Backups::Info> Backups::check(const QString &path, bool full)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("“%1” cannot be read: %2").arg(nativePath(path), file.errorString())};
    if (!file.read(16).startsWith(QByteArrayLiteral("SQLite format 3")))
        return Failure{tr("“%1” is not a Comptoir workspace.").arg(nativePath(path))};
    file.close();
    QString error;
    Connection db = openFile(path, SQLITE_OPEN_READONLY, &error);
    if (!db)
        return Failure{tr("“%1” cannot be read: %2").arg(nativePath(path), error)};
    return inspect(db.get(), path, full);
}

Result<void> Backups::restore(const QString &backup, const QString &target)
{
    if (QFileInfo::exists(target))
        return Failure{tr("“%1” already exists: a backup is restored into a new file, never over "
                          "an existing one.")
                           .arg(nativePath(target))};
    const Result<Info> checked = check(backup, true);
    if (!checked)
        return Failure{tr("This backup cannot be restored: %1").arg(checked.error())};
    // Copied through the backup API too, under a temporary name, then renamed: a crash leaves
    // no half-written workspace.
    const Result<Info> written =
        write(backup, target + QStringLiteral(".restoring"), QStringLiteral("restore"));
    QFile::remove(target + QStringLiteral(".restoring.json"));
    if (!written)
        return Failure{written.error()};
    if (!QFile::rename(target + QStringLiteral(".restoring"), target)) {
        QFile::remove(target + QStringLiteral(".restoring"));
        return Failure{tr("“%1” could not be written.").arg(nativePath(target))};
    }
    return {};
}
