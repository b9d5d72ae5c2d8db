#include "Deletions.h"

#include "attachments/Attachments.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tableOf(const QString &kind)
{
    if (kind == QLatin1String("project"))
        return QStringLiteral("projects");
    if (kind == QLatin1String("workshop"))
        return QStringLiteral("workshops");
    if (kind == QLatin1String("holder"))
        return QStringLiteral("holders");
    if (kind == QLatin1String("venue"))
        return QStringLiteral("venues");
    if (kind == QLatin1String("attachment"))
        return QStringLiteral("attachments");
    if (kind == QLatin1String("organisation"))
        return QStringLiteral("organisations");
    if (kind == QLatin1String("follow_up"))
        return QStringLiteral("follow_ups");
    if (kind == QLatin1String("next_step"))
        return QStringLiteral("next_steps");
    if (kind == QLatin1String("pitch_run"))
        return QStringLiteral("pitch_runs");
    return {};
}

bool ofProject(const QString &kind)
{
    return kind == QLatin1String("attachment") || kind == QLatin1String("follow_up") ||
           kind == QLatin1String("next_step") || kind == QLatin1String("pitch_run");
}

// An attachment taken out or put back: its project is a newer version (it travels).
void announceAttachment(const Workspace &workspace, qint64 projectId)
{
    QSqlQuery stamp(workspace.database());
    stamp.prepare(QStringLiteral("UPDATE projects SET updated_at = ? WHERE id = ?"));
    stamp.addBindValue(Timestamp::now());
    stamp.addBindValue(projectId);
    stamp.exec();
    workspace.notifyAttachmentsChanged(projectId);
    workspace.notifyProjectChanged(projectId);
}

// Announces what a change to the trash's records changed in the workspace.
void announce(const Workspace &workspace, const QString &kind, qint64 id, bool removed)
{
    if (kind == QLatin1String("attachment")) {
        // id is the attachment's: announced (and its project made newer) from its project.
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("SELECT project_id FROM attachments WHERE id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next())
            announceAttachment(workspace, query.value(0).toLongLong());
        return;
    }
    if (ofProject(kind)) {
        // A follow-up's record: its project's follow-up changed (not the project's version).
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("SELECT project_id FROM %1 WHERE id = ?").arg(tableOf(kind)));
        query.addBindValue(id);
        if (query.exec() && query.next())
            workspace.notifyFollowUpChanged(query.value(0).toLongLong());
        return;
    }
    if (kind == QLatin1String("organisation"))
        workspace.notifyOrganisationsChanged();
    if (kind == QLatin1String("project") && removed)
        workspace.notifyProjectRemoved(id);
    else
        workspace.notifyProjectsChanged(); // workshops and holders pages listen to it too
}

Result<qint64> trashOne(Workspace &workspace, const QString &kind, qint64 id)
{
    if (ofProject(kind)) {
        // Announced before it goes: afterwards its row no longer says its project.
        announce(workspace, kind, id, true);
    }
    const Result<qint64> entry =
        Trash::put(workspace.database(), kind, tableOf(kind), id,
                   Deletions::label(workspace, kind, id), workspace.origin(), QString());
    if (entry && !ofProject(kind))
        announce(workspace, kind, id, true);
    return entry;
}

// Moves records of one kind to the trash in one transaction; the entries, in the same order.
// `failed` says what could not be done, with %1 for the reason.
Result<QList<qint64>> trashMany(Workspace &workspace, const QString &kind, const QList<qint64> &ids,
                                const QString &failed)
{
    Transaction transaction(workspace.database());
    QList<qint64> entries;
    for (qint64 id : ids) {
        const Result<qint64> entry = trashOne(workspace, kind, id);
        if (!entry)
            return Failure{failed.arg(entry.error())};
        entries << *entry;
    }
    if (!transaction.commit())
        return Failure{failed.arg(workspace.database().lastError().text())};
    return entries;
}

} // namespace

Result<QList<qint64>> Deletions::deleteProjects(Workspace &workspace, const QList<qint64> &ids)
{
    return trashMany(workspace, QStringLiteral("project"), ids,
                     tr("The projects could not be deleted: %1"));
}

Result<QList<qint64>> Deletions::deleteAttachments(Workspace &workspace,
                                                  const QList<qint64> &ids)
{
    return trashMany(workspace, QStringLiteral("attachment"), ids,
                     tr("The attachment could not be deleted: %1"));
}

Result<qint64> Deletions::deleteWorkshop(Workspace &workspace, qint64 id)
{
    const Result<qint64> entry = trashOne(workspace, QStringLiteral("workshop"), id);
    if (!entry)
        return Failure{tr("The workshop could not be deleted: %1").arg(entry.error())};
    return entry;
}

Result<qint64> Deletions::deleteHolder(Workspace &workspace, qint64 id)
{
    const Result<qint64> entry = trashOne(workspace, QStringLiteral("holder"), id);
    if (!entry)
        return Failure{tr("The holder could not be deleted: %1").arg(entry.error())};
    return entry;
}

Result<qint64> Deletions::deleteOrganisation(Workspace &workspace, qint64 id)
{
    const Result<qint64> entry = trashOne(workspace, QStringLiteral("organisation"), id);
    if (!entry)
        return Failure{tr("The organisation could not be deleted: %1").arg(entry.error())};
    return entry;
}

Result<qint64> Deletions::deleteFollowUpRecord(Workspace &workspace, const QString &kind, qint64 id)
{
    if (!ofProject(kind) || kind == QLatin1String("attachment"))
        return Failure{tr("Unknown kind of record: %1").arg(kind)};
    const Result<qint64> entry = trashOne(workspace, kind, id);
    if (!entry)
        return Failure{tr("The entry could not be deleted: %1").arg(entry.error())};
    return entry;
}

Result<qint64> Deletions::trashForImport(Workspace &workspace, const QString &kind, qint64 id,
                                         const QString &deletedAt, const QString &origin)
{
    const QString table = tableOf(kind);
    if (table.isEmpty())
        return Failure{tr("Unknown kind of record: %1").arg(kind)};
    const Result<qint64> entry = Trash::put(workspace.database(), kind, table, id,
                                            label(workspace, kind, id), origin, deletedAt);
    if (entry)
        announce(workspace, kind, id, true);
    return entry;
}

Result<QList<qint64>> Deletions::restore(Workspace &workspace, const QList<qint64> &entryIds)
{
    Transaction transaction(workspace.database());
    QList<qint64> ids;
    for (qint64 entryId : entryIds) {
        const std::optional<Trash::Entry> entry = Trash::entry(workspace.database(), entryId);
        const Result<qint64> id = Trash::restore(workspace.database(), entryId);
        if (!id)
            return Failure{entry
                               ? tr("“%1” could not be restored: %2").arg(entry->label, id.error())
                               : id.error()};
        ids << *id;
        announce(workspace, entry ? entry->kind : QString(), *id, false);
    }
    if (!transaction.commit())
        return Failure{
            tr("The trash could not be written: %1").arg(workspace.database().lastError().text())};
    return ids;
}

Result<void> Deletions::purge(Workspace &workspace, const QList<qint64> &entryIds)
{
    Transaction transaction(workspace.database());
    for (qint64 entryId : entryIds) {
        const Result<void> done = Trash::purge(workspace.database(), entryId);
        if (!done)
            return done;
    }
    // The contents that only the purged entries held go with them.
    const Result<int> swept = Attachments::sweepContents(workspace.database());
    if (!swept)
        return Failure{swept.error()};
    if (!transaction.commit())
        return Failure{
            tr("The trash could not be written: %1").arg(workspace.database().lastError().text())};
    return {};
}

Result<int> Deletions::emptyTrash(Workspace &workspace)
{
    Transaction transaction(workspace.database());
    const Result<int> emptied = Trash::empty(workspace.database());
    if (!emptied)
        return emptied;
    const Result<int> swept = Attachments::sweepContents(workspace.database());
    if (!swept)
        return Failure{swept.error()};
    if (!transaction.commit())
        return Failure{
            tr("The trash could not be written: %1").arg(workspace.database().lastError().text())};
    return emptied;
}

QString Deletions::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("project"))
        return tr("Project");
    if (kind == QLatin1String("workshop"))
        return tr("Workshop");
    if (kind == QLatin1String("holder"))
        return tr("Holder");
    if (kind == QLatin1String("venue"))
        return tr("Comptoir");
    if (kind == QLatin1String("attachment"))
        return tr("Attachment");
    if (kind == QLatin1String("organisation"))
        return tr("Organisation");
    if (kind == QLatin1String("follow_up"))
        return tr("Follow-up contact");
    if (kind == QLatin1String("next_step"))
        return tr("Next step");
    if (kind == QLatin1String("pitch_run"))
        return tr("Pitch run");
    return kind;
}

QString Deletions::label(const Workspace &workspace, const QString &kind, qint64 id)
{
    QSqlQuery query(workspace.database());
    if (kind == QLatin1String("project")) {
        query.prepare(QStringLiteral("SELECT title FROM projects WHERE id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next())
            return query.value(0).toString().isEmpty() ? tr("Untitled project")
                                                       : query.value(0).toString();
    } else if (kind == QLatin1String("workshop")) {
        query.prepare(QStringLiteral("SELECT w.starts_at, coalesce(v.name, '') FROM workshops w"
                                     " LEFT JOIN venues v ON v.id = w.venue_id WHERE w.id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next()) {
            const QDateTime start =
                QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs).toLocalTime();
            const QString when = QLocale().toString(start, QLocale::ShortFormat);
            return query.value(1).toString().isEmpty()
                       ? tr("Workshop of %1").arg(when)
                       : tr("Workshop of %1, %2").arg(when, query.value(1).toString());
        }
    } else if (kind == QLatin1String("venue")) {
        query.prepare(QStringLiteral("SELECT name FROM venues WHERE id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next())
            return query.value(0).toString();
    } else if (kind == QLatin1String("attachment")) {
        query.prepare(QStringLiteral("SELECT a.file_name, coalesce(p.title, '') FROM attachments"
                                     " a LEFT JOIN projects p ON p.id = a.project_id WHERE a.id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next())
            return query.value(1).toString().isEmpty()
                       ? query.value(0).toString()
                       : tr("%1 (of “%2”)").arg(query.value(0).toString(), query.value(1).toString());
    } else if (kind == QLatin1String("organisation")) {
        query.prepare(QStringLiteral("SELECT name FROM organisations WHERE id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next())
            return query.value(0).toString();
    } else if (kind == QLatin1String("follow_up") || kind == QLatin1String("next_step") ||
               kind == QLatin1String("pitch_run")) {
        const QString what = kind == QLatin1String("follow_up")
                                 ? QStringLiteral("t.happened_on || ' ' || t.notes")
                             : kind == QLatin1String("next_step")
                                 ? QStringLiteral("t.description")
                                 : QStringLiteral("substr(t.ran_at, 1, 10)");
        query.prepare(QStringLiteral("SELECT %1, coalesce(p.title, '') FROM %2 t LEFT JOIN"
                                     " projects p ON p.id = t.project_id WHERE t.id = ?")
                          .arg(what, tableOf(kind)));
        query.addBindValue(id);
        if (query.exec() && query.next())
            return tr("%1 (of “%2”)")
                .arg(query.value(0).toString().simplified().left(60), query.value(1).toString());
    } else if (kind == QLatin1String("holder")) {
        query.prepare(QStringLiteral("SELECT trim(first_name || ' ' || last_name) FROM holders"
                                     " WHERE id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next())
            return query.value(0).toString();
    }
    return QString();
}
