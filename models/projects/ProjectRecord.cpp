#include "ProjectRecord.h"

#include "storage/SqlValues.h"
#include "storage/Timestamp.h"
#include "storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using SqlValues::idOrNull;

namespace {

QString column(ProjectRecord::Link link)
{
    switch (link) {
    case ProjectRecord::Link::Edition:
        return QStringLiteral("edition_id");
    case ProjectRecord::Link::Venue:
        return QStringLiteral("venue_id");
    case ProjectRecord::Link::Category:
        return QStringLiteral("category_id");
    case ProjectRecord::Link::Organisation:
        return QStringLiteral("organisation_id");
    }
    return {};
}

QList<ProjectRecord::Choice> choices(const Workspace &workspace, const QString &sql,
                                     qint64 bound = -1)
{
    QList<ProjectRecord::Choice> result;
    QSqlQuery query(workspace.database());
    query.prepare(sql);
    if (bound >= 0)
        query.addBindValue(bound);
    if (!query.exec())
        return result;
    while (query.next())
        result << ProjectRecord::Choice{query.value(0).toLongLong(), query.value(1).toString(),
                                        query.value(2).toLongLong()};
    return result;
}

// Runs an UPDATE of one project's row and announces it; `failure` takes the database's message
// as %1.
bool updateOne(const Workspace &workspace, QSqlQuery &query, qint64 projectId,
               const QString &failure, QString *error)
{
    if (!query.exec()) {
        *error = failure.arg(query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = ProjectRecord::tr("This project no longer exists.");
        return false;
    }
    workspace.notifyProjectChanged(projectId);
    return true;
}

} // namespace

qint64 ProjectRecord::create(Workspace &workspace, qint64 editionId, qint64 venueId,
                             qint64 methodologyId, QString *error)
{
    const QString now = Timestamp::now();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "INSERT INTO projects (uuid, edition_id, venue_id, methodology_id, title, created_at,"
        "                      updated_at, origin) VALUES (?, ?, ?, ?, '', ?, ?, ?)"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(idOrNull(editionId));
    query.addBindValue(idOrNull(venueId));
    query.addBindValue(idOrNull(methodologyId));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(workspace.origin());
    if (!query.exec()) {
        *error = tr("The project could not be created: %1").arg(query.lastError().text());
        return -1;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    workspace.notifyProjectChanged(id);
    return id;
}

bool ProjectRecord::remove(Workspace &workspace, qint64 projectId, QString *error)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("DELETE FROM projects WHERE id = ?"));
    query.addBindValue(projectId);
    if (!query.exec()) {
        *error = tr("The project could not be deleted: %1").arg(query.lastError().text());
        return false;
    }
    workspace.notifyProjectsChanged();
    return true;
}

qint64 ProjectRecord::link(const Workspace &workspace, qint64 projectId, Link link)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT %1 FROM projects WHERE id = ?").arg(column(link)));
    query.addBindValue(projectId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool ProjectRecord::setLink(Workspace &workspace, qint64 projectId, Link link, qint64 id,
                            QString *error)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("UPDATE projects SET %1 = ?, updated_at = ? WHERE id = ?")
                      .arg(column(link)));
    query.addBindValue(idOrNull(id));
    query.addBindValue(Timestamp::now());
    query.addBindValue(projectId);
    return updateOne(workspace, query, projectId, tr("The change could not be saved: %1"), error);
}

qint64 ProjectRecord::idOf(const Workspace &workspace, const QString &uuid)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT id FROM projects WHERE uuid = ?"));
    query.addBindValue(uuid);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool ProjectRecord::setStage(Workspace &workspace, qint64 projectId, Stage stage,
                             const QString &reason, QString *error)
{
    // One statement: SQLite runs it as its own transaction.
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "UPDATE projects SET stage = ?, stage_override_reason = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(Stages::code(stage));
    // A null QString would bind as SQL NULL: the column holds '' when there is no reason.
    query.addBindValue(reason.isNull() ? QStringLiteral("") : reason.trimmed());
    query.addBindValue(Timestamp::now());
    query.addBindValue(projectId);
    return updateOne(workspace, query, projectId, tr("The stage could not be saved: %1"), error);
}

bool ProjectRecord::setMethodology(Workspace &workspace, qint64 projectId, qint64 methodologyId,
                                   QString *error)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("UPDATE projects SET methodology_id = ? WHERE id = ?"));
    query.addBindValue(idOrNull(methodologyId));
    query.addBindValue(projectId);
    if (!query.exec()) {
        *error = tr("The change could not be saved: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

qint64 ProjectRecord::methodologyId(const Workspace &workspace, qint64 projectId)
{
    Workspace::Statement statement =
        workspace.statement(QStringLiteral("SELECT methodology_id FROM projects WHERE id = ?"));
    QSqlQuery &query = statement.query();
    query.addBindValue(projectId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<ProjectRecord::Choice> ProjectRecord::editions(const Workspace &workspace)
{
    return choices(workspace,
                   QStringLiteral("SELECT id, name, 0 FROM editions ORDER BY year DESC, id DESC"));
}

QList<ProjectRecord::Choice> ProjectRecord::venues(const Workspace &workspace)
{
    return choices(workspace, QStringLiteral("SELECT id, name, 0 FROM venues WHERE active = 1"
                                             " ORDER BY name COLLATE NOCASE"));
}

QList<ProjectRecord::Choice> ProjectRecord::categories(const Workspace &workspace, qint64 editionId)
{
    return choices(workspace,
                   QStringLiteral("SELECT id, name, ceiling_cents FROM categories"
                                  " WHERE edition_id = ? ORDER BY position, id"),
                   editionId);
}

qint64 ProjectRecord::currentEdition(const Workspace &workspace)
{
    const QList<Choice> all = editions(workspace);
    return all.isEmpty() ? 0 : all.first().id;
}

Result<QList<CommuneCodes::Unrecognised>>
ProjectRecord::unrecognisedCommunes(const Workspace &workspace)
{
    return CommuneCodes::unrecognised(workspace.database());
}
