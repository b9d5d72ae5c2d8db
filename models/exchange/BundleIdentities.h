#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Who is who between a file and a workspace: the ids here of a file's records by UUID, the
// records two workspaces created apart (recognised by their natural keys, BundleFormat), and the
// projects merged here into another, which a file never brings back.
namespace BundleIdentities {

// The records recognised under another UUID: the file's UUID → this workspace's.
struct Recognised
{
    QHash<QString, QString> identities; // what a project's version may refer to (an edition…)
    QHash<QString, QString> reviews;    // one per project whoever made it (a review, a score…)
};

// Rewrites content's UUIDs of the records recognised by their natural keys to this workspace's,
// in the records and wherever they are referred to; says which were.
Recognised recognise(const QSqlDatabase &db, QJsonObject *content, QString *error);

// Rewrites the UUIDs of map's keys to its values, in the records and wherever referred to.
void remap(QJsonObject *content, const QHash<QString, QString> &map);

// Leaves out the file's projects merged here into another, and all that is theirs; their
// attendance goes to the project they were merged into. The number left out.
int dropMerged(const QSqlDatabase &db, QJsonObject *content, QString *error);

// The file's organisations merged here into another: left out, and wherever the file refers to
// them (a project's or a holder's structure), the one they were merged into. The number left out.
int remapMergedOrganisations(const QSqlDatabase &db, QJsonObject *content, QString *error);

// What this workspace deleted after the file's version of it: left out of the content, with
// what cannot be without it (a presence at a deleted workshop; a link to a deleted holder is
// emptied where it may be). A project's parts go with it, never on their own (a budget line's
// deletion travels with its project's version). Projects deleted here but edited in the file
// since are kept, to be settled as conflicts.
struct Deleted
{
    int projects = 0;                            // left out
    int records = 0;                             // other records left out
    QHash<QString, QString> projectsEditedSince; // UUID → when it was deleted here
};
Deleted dropDeleted(const QSqlDatabase &db, QJsonObject *content, QString *error);

// uuid → id in this workspace for these UUIDs of a table's records (and their updated_at).
QHash<QString, qint64> localIds(const QSqlDatabase &db, const char *table, const QStringList &uuids,
                                QString *error, QHash<QString, QString> *updatedAt = nullptr);

// The UUIDs (or another key's values) of records.
QStringList uuidsOf(const QJsonArray &records, const char *key = "uuid");

// "'uuid1','uuid2'" for an IN list: the UUIDs were checked by BundleReader or come from the
// workspace (lower-case hex and dashes only).
QString inList(const QStringList &uuids);

} // namespace BundleIdentities
