#include "Workshops.h"

#include "storage/SqlValues.h"
#include "storage/Timestamp.h"
#include "storage/Workspace.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using SqlValues::idOrNull;
using SqlValues::text;

namespace {

constexpr int kMaxCapacity = 10000;

} // namespace

QList<Workshops::Kind> Workshops::kinds()
{
    return {Kind::IdeaToProject, Kind::BusinessModel, Kind::Pitch, Kind::SocialInnovation,
            Kind::DiscoverEss};
}

QString Workshops::code(Kind kind)
{
    switch (kind) {
    case Kind::IdeaToProject:
        return QStringLiteral("idea_to_project");
    case Kind::BusinessModel:
        return QStringLiteral("business_model");
    case Kind::Pitch:
        return QStringLiteral("pitch");
    case Kind::SocialInnovation:
        return QStringLiteral("social_innovation");
    case Kind::DiscoverEss:
        return QStringLiteral("discover_ess");
    }
    return {};
}

std::optional<Workshops::Kind> Workshops::kindFromCode(const QString &code)
{
    for (Kind kind : kinds()) {
        if (Workshops::code(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString Workshops::label(Kind kind)
{
    switch (kind) {
    case Kind::IdeaToProject:
        return tr("From the idea to the project");
    case Kind::BusinessModel:
        return tr("Business model");
    case Kind::Pitch:
        return tr("Pitch");
    case Kind::SocialInnovation:
        return tr("Social innovation, cooperation and ESS practices");
    case Kind::DiscoverEss:
        return tr("Discovering the ESS");
    }
    return {};
}

Workshops::HalfDay Workshops::halfDay(const QDateTime &start, const QDateTime &end)
{
    const QTime from = start.time();
    const QTime to = end.isValid() ? end.time() : from;
    if (from < QTime(12, 0) && to > QTime(13, 30))
        return HalfDay::FullDay;
    if (from < QTime(12, 0))
        return HalfDay::Morning;
    if (from < QTime(18, 0))
        return HalfDay::Afternoon;
    return HalfDay::Evening;
}

QString Workshops::label(HalfDay halfDay)
{
    switch (halfDay) {
    case HalfDay::Morning:
        return tr("Morning");
    case HalfDay::Afternoon:
        return tr("Afternoon");
    case HalfDay::Evening:
        return tr("Evening");
    case HalfDay::FullDay:
        return tr("Full day");
    }
    return {};
}

namespace {

// The columns read(): one workshop with its comptoir.
const char kWorkshopColumns[] =
    "SELECT w.id, w.uuid, w.edition_id, w.venue_id, coalesce(v.name, ''),"
    "       coalesce(v.commune, ''), coalesce(v.address, ''), w.kind, w.starts_at, w.ends_at,"
    "       w.facilitator, w.capacity, w.notes"
    "  FROM workshops w LEFT JOIN venues v ON v.id = w.venue_id";

Workshops::Workshop read(const QSqlQuery &query)
{
    Workshops::Workshop w;
    w.id = query.value(0).toLongLong();
    w.uuid = query.value(1).toString();
    w.editionId = query.value(2).toLongLong();
    w.venueId = query.value(3).toLongLong();
    w.venueName = query.value(4).toString();
    w.venueCommune = query.value(5).toString();
    w.venueAddress = query.value(6).toString();
    w.kind =
        Workshops::kindFromCode(query.value(7).toString()).value_or(Workshops::Kind::IdeaToProject);
    w.start = Timestamp::toDateTime(query.value(8).toString()).toLocalTime();
    if (!query.value(9).isNull())
        w.end = Timestamp::toDateTime(query.value(9).toString()).toLocalTime();
    w.facilitator = query.value(10).toString();
    w.capacity = query.value(11).toInt();
    w.notes = query.value(12).toString();
    return w;
}

} // namespace

std::optional<Workshops::Workshop> Workshops::workshop(const Workspace &workspace, qint64 id)
{
    QSqlQuery query(workspace.database());
    query.prepare(QLatin1String(kWorkshopColumns) + QStringLiteral(" WHERE w.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return read(query);
}

QList<Workshops::Workshop> Workshops::recent(const Workspace &workspace, int limit)
{
    QList<Workshop> result;
    QSqlQuery query(workspace.database());
    query.prepare(QLatin1String(kWorkshopColumns) +
                  QStringLiteral(" ORDER BY w.starts_at DESC, w.id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            result.append(read(query));
    }
    return result;
}

qint64 Workshops::save(Workspace &workspace, const Workshop &workshop, QString *error)
{
    if (!workshop.start.isValid()) {
        *error = tr("A workshop needs a date and a start time.");
        return -1;
    }
    if (workshop.end.isValid() && workshop.end <= workshop.start) {
        *error = tr("A workshop must end after it starts.");
        return -1;
    }
    if (workshop.end.isValid() && workshop.start.daysTo(workshop.end) > 1) {
        *error = tr("A workshop lasts a day at most.");
        return -1;
    }
    if (workshop.capacity < 0 || workshop.capacity > kMaxCapacity) {
        *error = tr("The capacity must be between 0 (no limit) and %1.").arg(kMaxCapacity);
        return -1;
    }
    const QString now = Timestamp::now();
    QSqlQuery query(workspace.database());
    if (workshop.id > 0) {
        query.prepare(QStringLiteral(
            "UPDATE workshops SET edition_id = ?, venue_id = ?, kind = ?, starts_at = ?,"
            " ends_at = ?, facilitator = ?, capacity = ?, notes = ?, updated_at = ? WHERE id = ?"));
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO workshops (edition_id, venue_id, kind, starts_at, ends_at, facilitator,"
            " capacity, notes, updated_at, created_at, uuid, origin)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    query.addBindValue(idOrNull(workshop.editionId));
    query.addBindValue(idOrNull(workshop.venueId));
    query.addBindValue(code(workshop.kind));
    query.addBindValue(Timestamp::fromDateTime(workshop.start));
    query.addBindValue(workshop.end.isValid() ? QVariant(Timestamp::fromDateTime(workshop.end))
                                              : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(text(workshop.facilitator));
    query.addBindValue(workshop.capacity > 0 ? QVariant(workshop.capacity)
                                             : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(workshop.notes.isNull() ? QStringLiteral("") : workshop.notes);
    query.addBindValue(now);
    SqlValues::bindIdentity(query, workshop.id, now, workspace.origin());
    if (!query.exec()) {
        *error = tr("The workshop could not be saved: %1").arg(query.lastError().text());
        return -1;
    }
    if (workshop.id > 0 && query.numRowsAffected() == 0) {
        *error = tr("This workshop no longer exists.");
        return -1;
    }
    workspace.notifyProjectsChanged();
    return workshop.id > 0 ? workshop.id : query.lastInsertId().toLongLong();
}

bool Workshops::remove(Workspace &workspace, qint64 id, QString *error)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("DELETE FROM workshops WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = tr("The workshop could not be deleted: %1").arg(query.lastError().text());
        return false;
    }
    workspace.notifyProjectsChanged();
    return true;
}

QString Workshops::when(const Workshop &workshop)
{
    const QLocale locale;
    QString text = locale.toString(workshop.start.date(), QLocale::LongFormat);
    const QString from = locale.toString(workshop.start.time(), QLocale::ShortFormat);
    if (workshop.end.isValid())
        return tr("%1, %2 – %3")
            .arg(text, from, locale.toString(workshop.end.time(), QLocale::ShortFormat));
    return tr("%1, %2").arg(text, from);
}

QString Workshops::title(const Workshop &workshop)
{
    const QString venue = workshop.venueName.isEmpty() ? tr("No comptoir") : workshop.venueName;
    return tr("%1 · %2 · %3")
        .arg(venue, label(workshop.kind),
             QLocale().toString(workshop.start.date(), QLocale::ShortFormat));
}
