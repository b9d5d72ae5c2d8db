#include "Venues.h"

#include "reference/Communes.h"

#include "storage/SqlValues.h"
#include "storage/Timestamp.h"
#include "storage/Trash.h"
#include "storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using SqlValues::idOrNull;
using SqlValues::text;

QList<Venues::Venue> Venues::venues(const Workspace &workspace, bool activeOnly)
{
    QList<Venue> result;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral(
                "SELECT v.id, v.uuid, v.name, v.commune, v.address, v.host_organisation_id,"
                "       coalesce(h.name, ''), v.active,"
                "       (SELECT count(*) FROM workshops w WHERE w.venue_id = v.id)"
                "  FROM venues v LEFT JOIN host_organisations h ON h.id = v.host_organisation_id"
                "%1 ORDER BY v.name COLLATE NOCASE")
                .arg(activeOnly ? QStringLiteral(" WHERE v.active = 1") : QString())))
        return result;
    while (query.next()) {
        Venue v;
        v.id = query.value(0).toLongLong();
        v.uuid = query.value(1).toString();
        v.name = query.value(2).toString();
        v.commune = query.value(3).toString();
        v.address = query.value(4).toString();
        v.hostId = query.value(5).toLongLong();
        v.hostName = query.value(6).toString();
        v.active = query.value(7).toBool();
        v.workshopCount = query.value(8).toInt();
        result << v;
    }
    return result;
}

std::optional<Venues::Venue> Venues::venue(const Workspace &workspace, qint64 id)
{
    const QList<Venue> all = venues(workspace);
    for (const Venue &v : all) {
        if (v.id == id)
            return v;
    }
    return std::nullopt;
}

qint64 Venues::save(Workspace &workspace, const Venue &venue, QString *error)
{
    const QString name = venue.name.simplified();
    if (name.isEmpty()) {
        *error = tr("A comptoir needs a name.");
        return -1;
    }
    const QString now = Timestamp::now();
    QSqlQuery query(workspace.database());
    if (venue.id > 0) {
        query.prepare(
            QStringLiteral("UPDATE venues SET name = ?, commune = ?, commune_code = ?, address = ?,"
                           " host_organisation_id = ?, active = ?, updated_at = ? WHERE id = ?"));
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO venues (name, commune, commune_code, address, host_organisation_id,"
            " active, updated_at, created_at, uuid, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"));
    }
    query.addBindValue(name);
    query.addBindValue(text(venue.commune));
    query.addBindValue(text(Communes::codeOf(venue.commune)));
    query.addBindValue(text(venue.address));
    query.addBindValue(idOrNull(venue.hostId));
    query.addBindValue(venue.active ? 1 : 0);
    query.addBindValue(now);
    SqlValues::bindIdentity(query, venue.id, now, workspace.origin());
    if (!query.exec()) {
        *error = tr("The comptoir could not be saved: %1").arg(query.lastError().text());
        return -1;
    }
    workspace.notifyProjectsChanged();
    return venue.id > 0 ? venue.id : query.lastInsertId().toLongLong();
}

bool Venues::remove(Workspace &workspace, qint64 id, bool *deactivated, QString *error)
{
    *deactivated = false;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM workshops WHERE venue_id = ?) +"
                                 "       (SELECT count(*) FROM projects WHERE venue_id = ?)"));
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        *error = tr("The comptoir could not be deleted: %1").arg(query.lastError().text());
        return false;
    }
    const bool used = query.value(0).toLongLong() > 0;
    if (!used) {
        // Unused: to the trash, whence it comes back as it was.
        query.prepare(QStringLiteral("SELECT name FROM venues WHERE id = ?"));
        query.addBindValue(id);
        const QString name = query.exec() && query.next() ? query.value(0).toString() : QString();
        const Result<qint64> entry =
            Trash::put(workspace.database(), QStringLiteral("venue"), QStringLiteral("venues"), id,
                       name, workspace.origin(), QString());
        if (!entry) {
            *error = tr("The comptoir could not be deleted: %1").arg(entry.error());
            return false;
        }
        workspace.notifyProjectsChanged();
        return true;
    }
    query.prepare(QStringLiteral("UPDATE venues SET active = 0, updated_at = ? WHERE id = ?"));
    query.addBindValue(Timestamp::now());
    query.addBindValue(id);
    if (!query.exec()) {
        *error = tr("The comptoir could not be deleted: %1").arg(query.lastError().text());
        return false;
    }
    *deactivated = used;
    workspace.notifyProjectsChanged();
    return true;
}

QList<Venues::HostOrganisation> Venues::hosts(const Workspace &workspace)
{
    QList<HostOrganisation> result;
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT id, name, kind, commune, address, contact"
                                   "  FROM host_organisations ORDER BY name COLLATE NOCASE")))
        return result;
    while (query.next())
        result << HostOrganisation{query.value(0).toLongLong(), query.value(1).toString(),
                                   query.value(2).toString(),   query.value(3).toString(),
                                   query.value(4).toString(),   query.value(5).toString()};
    return result;
}

qint64 Venues::saveHost(Workspace &workspace, const HostOrganisation &host, QString *error)
{
    const QString name = host.name.simplified();
    if (name.isEmpty()) {
        *error = tr("A host structure needs a name.");
        return -1;
    }
    const QString kind = host.kind == QLatin1String("ess_ambassador")
                             ? QStringLiteral("ess_ambassador")
                             : QStringLiteral("partner");
    const QString now = Timestamp::now();
    QSqlQuery query(workspace.database());
    if (host.id > 0) {
        query.prepare(QStringLiteral(
            "UPDATE host_organisations SET name = ?, kind = ?, commune = ?, address = ?,"
            " contact = ?, updated_at = ? WHERE id = ?"));
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO host_organisations (name, kind, commune, address, contact, updated_at,"
            " created_at, uuid, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    query.addBindValue(name);
    query.addBindValue(kind);
    query.addBindValue(text(host.commune));
    query.addBindValue(text(host.address));
    query.addBindValue(text(host.contact));
    query.addBindValue(now);
    SqlValues::bindIdentity(query, host.id, now, workspace.origin());
    if (!query.exec()) {
        *error = tr("The host structure could not be saved: %1").arg(query.lastError().text());
        return -1;
    }
    workspace.notifyProjectsChanged();
    return host.id > 0 ? host.id : query.lastInsertId().toLongLong();
}

bool Venues::removeHost(Workspace &workspace, qint64 id, QString *error)
{
    // Venues it hosted keep their place and lose their host (ON DELETE SET NULL).
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("DELETE FROM host_organisations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = tr("The host structure could not be deleted: %1").arg(query.lastError().text());
        return false;
    }
    workspace.notifyProjectsChanged();
    return true;
}

QString Venues::hostKindLabel(const QString &kind)
{
    return kind == QLatin1String("ess_ambassador") ? tr("ESS ambassador") : tr("Partner structure");
}
