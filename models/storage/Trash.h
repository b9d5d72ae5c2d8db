#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The trash of a workspace (table `trash`, schema 7): a record taken out of its table with every
// row that went with it, kept to be restored as it was, or deleted for good.
//
// It knows no domain: what goes with a record is read from the schema's foreign keys. Rows that
// refer to the record with ON DELETE CASCADE (and, in turn, those that refer to them) are kept
// and written back; rows that referred to it with ON DELETE SET NULL (a participant's project)
// are linked to it again if they still exist and are still unlinked. The record's tombstone is
// written by the schema's triggers when it leaves its table, and taken away when it comes back.
//
// Every function runs in one transaction (a savepoint inside the caller's), so a failure changes
// nothing.
class Trash final
{
    Q_DECLARE_TR_FUNCTIONS(Trash)

public:
    struct Entry
    {
        qint64 id = 0;
        QString kind;  // project, workshop, holder
        QString uuid;  // the record's
        QString label; // its title or name when it was deleted
        QString deletedAt;
        QString origin; // the workspace that deleted it
    };

    // Moves the record `id` of `table` (which has `id` and `uuid` columns) into the trash; the
    // entry's id. `deletedAt` and `origin` are those of the tombstone, when one is already there
    // (a deletion a file brought); else now and this workspace.
    static Result<qint64> put(QSqlDatabase db, const QString &kind, const QString &table, qint64 id,
                              const QString &label, const QString &origin,
                              const QString &deletedAt);
    // Writes the entry's record back, with what went with it, and empties the entry; the
    // record's id (the same one unless another record took it meanwhile). A record whose UUID is
    // back in the workspace (imported again since) is refused. What it referred to and is gone
    // since (a workshop deleted for good) is left unlinked, or the row that needs it left out.
    // The record's updated_at becomes now: a restore is an edit, which travels.
    static Result<qint64> restore(QSqlDatabase db, qint64 entryId);
    // Deletes the entry for good (the tombstone stays).
    static Result<void> purge(QSqlDatabase db, qint64 entryId);
    // Deletes every entry for good; how many there were.
    static Result<int> empty(QSqlDatabase db);

    static QList<Entry> entries(QSqlDatabase db, QString *error = nullptr);
    static std::optional<Entry> entry(QSqlDatabase db, qint64 entryId);
    static int count(QSqlDatabase db);
};
