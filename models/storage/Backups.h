#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Backups of workspaces: consistent copies made with SQLite's online backup API from a
// connection of their own (in one step, on a snapshot of the file: writers are never blocked,
// and the copy never mixes two moments), each checked after it is written (SQLite's quick_check,
// the Comptoir file's identity) before it takes its name. They are kept in the user's
// application data, one folder per workspace (by its origin UUID), each with a small JSON file
// beside it that says when, why, how many projects and from which file; a copy is written under
// a temporary name and renamed once checked, so a crash never leaves half a backup.
//
// Kept: the last ten, and the last of each day for thirty days, within a size budget (the oldest
// go first, the newest always stays).
//
// Thread-safe: everything here uses its own SQLite connections, from the calling thread.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int kKeepLast = 10;
    static constexpr int kKeepDays = 30;
    static constexpr qint64 kDefaultBudget = qint64(4) * 1024 * 1024 * 1024;

    struct Info
    {
        QString path;
        QDateTime at;   // UTC
        QString reason; // opening, changes, import, migration, restore, manual
        qint64 bytes = 0;
        int projects = 0;
        int schemaVersion = 0;
        QString workspacePath; // the file it was made from
        QString origin;        // the workspace's UUID
        // How long it took to write (copied and synced), and to check; 0 when read from a note.
        double copySeconds = 0;
        double checkSeconds = 0;
    };

    // Where the backups of the workspace `origin` go.
    static QString folder(const QString &origin);
    // The folder where every workspace's backups go (its subfolders are the workspaces').
    static QString root();

    // A checked copy of the workspace file `source` (open elsewhere or not) at `target`, which
    // is replaced if it exists.
    static Result<Info> write(const QString &source, const QString &target, const QString &reason);
    // The same from a workspace's own connection: what it has committed, even when its file can
    // no longer be written (a full disk), copied elsewhere.
    static Result<Info> writeFrom(const QSqlDatabase &db, const QString &target,
                                  const QString &reason);
    // A checked copy in the workspace's folder, then the folder pruned.
    static Result<Info> writeToFolder(const QString &source, const QString &reason,
                                      qint64 budget = kDefaultBudget);

    // A workspace's backups, newest first.
    static QList<Info> list(const QString &origin);
    // The newest backup of the workspace, if any.
    static std::optional<Info> latest(const QString &origin);
    // The newest backup made from the file at `path` (whichever workspace it held): for a file
    // that no longer opens.
    static std::optional<Info> latestOfFile(const QString &path);
    // Deletes what the rules do not keep; how many went.
    static int prune(const QString &origin, qint64 budget = kDefaultBudget,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Whether the file is a sound Comptoir workspace: its identity, and SQLite's quick_check
    // (full: its integrity_check). The French reason when it is not.
    static Result<Info> check(const QString &path, bool full = false);
    // Writes a workspace at `target` (which must not exist) from the backup, checked first.
    static Result<void> restore(const QString &backup, const QString &target);
};
