#pragma once

#include "storage/Trash.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Workspace;

// Deleting projects, workshops and holders: into the trash first (storage/Trash.h), from which
// they are restored as they were or deleted for good. A deletion leaves a tombstone, which
// travels in .comptoir files. (Erasing a holder's personal data on request is not a deletion:
// Holders::erase, immediate and final.) Each function is one transaction and announces what
// changed once it is committed.
class Deletions final
{
    Q_DECLARE_TR_FUNCTIONS(Deletions)

public:
    // Moves the projects to the trash; the trash entries, in the same order.
    static Result<QList<qint64>> deleteProjects(Workspace &workspace, const QList<qint64> &ids);
    // Moves attachments to the trash (their contents stay until the trash is emptied).
    static Result<QList<qint64>> deleteAttachments(Workspace &workspace, const QList<qint64> &ids);
    static Result<qint64> deleteWorkshop(Workspace &workspace, qint64 id);
    static Result<qint64> deleteHolder(Workspace &workspace, qint64 id);
    // An organisation: what referred to it is unlinked, and linked again on restore.
    static Result<qint64> deleteOrganisation(Workspace &workspace, qint64 id);
    // A follow-up contact, a next step or a pitch run (kind follow_up, next_step, pitch_run).
    static Result<qint64> deleteFollowUpRecord(Workspace &workspace, const QString &kind,
                                               qint64 id);
    // Moves one record to the trash for a deletion a file brought (its tombstone's date and
    // workspace); announces nothing (the import does).
    static Result<qint64> trashForImport(Workspace &workspace, const QString &kind, qint64 id,
                                         const QString &deletedAt, const QString &origin);

    // Restores the entries; the records' ids, in the same order. All or nothing.
    static Result<QList<qint64>> restore(Workspace &workspace, const QList<qint64> &entryIds);
    // Deletes the entries for good; all or nothing.
    static Result<void> purge(Workspace &workspace, const QList<qint64> &entryIds);
    static Result<int> emptyTrash(Workspace &workspace);

    // "Projet", "Atelier", "Porteur" for a trash entry's kind.
    static QString kindLabel(const QString &kind);
    // The record's name as the trash shows it.
    static QString label(const Workspace &workspace, const QString &kind, qint64 id);
};
