#include "Attendance.h"

#include "Holders.h"
#include "projects/ProjectRecord.h"
#include "storage/SqlValues.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "Workshops.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using SqlValues::idOrNull;

QList<Attendance::Status> Attendance::statuses()
{
    return {Status::Registered, Status::Present, Status::Absent, Status::Excused};
}

QString Attendance::code(Status status)
{
    switch (status) {
    case Status::Registered:
        return QStringLiteral("registered");
    case Status::Present:
        return QStringLiteral("present");
    case Status::Absent:
        return QStringLiteral("absent");
    case Status::Excused:
        return QStringLiteral("excused");
    }
    return {};
}

std::optional<Attendance::Status> Attendance::statusFromCode(const QString &code)
{
    for (Status status : statuses()) {
        if (Attendance::code(status) == code)
            return status;
    }
    return std::nullopt;
}

QString Attendance::label(Status status)
{
    switch (status) {
    case Status::Registered:
        return tr("Registered");
    case Status::Present:
        return tr("Present");
    case Status::Absent:
        return tr("Absent");
    case Status::Excused:
        return tr("Excused");
    }
    return {};
}

QList<Attendance::Participant> Attendance::participants(const Workspace &workspace,
                                                        qint64 workshopId)
{
    QList<Participant> result;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.id, h.id, h.kind, h.first_name, h.last_name, h.commune, coalesce(o.name, ''),"
        "       h.erased_at IS NOT NULL, a.project_id, coalesce(p.title, ''), a.status,"
        "       a.seconds_spent"
        "  FROM attendance a JOIN holders h ON h.id = a.holder_id"
        "  LEFT JOIN organisations o ON o.id = h.organisation_id"
        "  LEFT JOIN projects p ON p.id = a.project_id"
        " WHERE a.workshop_id = ? ORDER BY a.id"));
    query.addBindValue(workshopId);
    if (!query.exec())
        return result;
    while (query.next()) {
        Participant p;
        p.attendanceId = query.value(0).toLongLong();
        p.holderId = query.value(1).toLongLong();
        p.erased = query.value(7).toBool();
        if (p.erased) {
            p.name = Holders::erasedName();
        } else if (query.value(2).toString() == QLatin1String("collective")) {
            p.name = query.value(4).toString();
        } else {
            p.name = (query.value(3).toString() + QLatin1Char(' ') + query.value(4).toString())
                         .trimmed();
        }
        p.commune = query.value(5).toString();
        p.organisation = query.value(6).toString();
        p.projectId = query.value(8).toLongLong();
        p.projectTitle = query.value(9).toString();
        p.status = statusFromCode(query.value(10).toString()).value_or(Status::Registered);
        p.secondsSpent = query.value(11).toInt();
        result << p;
    }
    return result;
}

Attendance::Counts Attendance::counts(const Workspace &workspace, qint64 workshopId)
{
    QSqlQuery query(workspace.database());
    query.prepare(
        QStringLiteral("SELECT count(*), coalesce(sum(status = 'present'), 0) FROM attendance"
                       " WHERE workshop_id = ?"));
    query.addBindValue(workshopId);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toInt(), query.value(1).toInt()};
}

qint64 Attendance::registerHolder(Workspace &workspace, qint64 workshopId, qint64 holderId,
                                  qint64 projectId, Capacity capacity, QString *error)
{
    QSqlDatabase db = workspace.database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT (SELECT erased_at IS NOT NULL FROM holders WHERE id = ?),"
        "       (SELECT count(*) FROM attendance WHERE workshop_id = ? AND holder_id = ?),"
        "       (SELECT count(*) FROM attendance WHERE workshop_id = ?),"
        "       (SELECT capacity FROM workshops WHERE id = ?),"
        "       (SELECT count(*) FROM workshops WHERE id = ?)"));
    for (qint64 id : {holderId, workshopId, holderId, workshopId, workshopId, workshopId})
        query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        *error = tr("The registration could not be recorded: %1").arg(query.lastError().text());
        return -1;
    }
    if (query.value(4).toInt() == 0 || query.value(0).isNull()) {
        *error = tr("This workshop or this holder no longer exists.");
        return -1;
    }
    if (query.value(0).toBool()) {
        *error = tr("This holder was erased: they cannot be registered again.");
        return -1;
    }
    if (query.value(1).toInt() > 0) {
        *error = tr("This holder is already registered for this workshop.");
        return -1;
    }
    const int capacityValue = query.value(3).toInt();
    if (capacity == Capacity::Enforce && capacityValue > 0 &&
        query.value(2).toInt() >= capacityValue) {
        *error = tr("The workshop is full (%n place(s)).", nullptr, capacityValue);
        return -1;
    }

    Transaction transaction(db);
    const QString now = Timestamp::now();
    query.prepare(QStringLiteral(
        "INSERT INTO attendance (uuid, workshop_id, holder_id, project_id, status, created_at,"
        "                        updated_at, origin) VALUES (?, ?, ?, ?, 'registered', ?, ?, ?)"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(workshopId);
    query.addBindValue(holderId);
    query.addBindValue(idOrNull(projectId));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(workspace.origin());
    if (!query.exec()) {
        *error = tr("The registration could not be recorded: %1").arg(query.lastError().text());
        return -1;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (projectId > 0 && !Holders::linkToProject(workspace, holderId, projectId, error))
        return -1;
    if (!transaction.commit()) {
        *error = tr("The registration could not be recorded: %1").arg(db.lastError().text());
        return -1;
    }
    if (projectId > 0)
        workspace.notifyProjectChanged(projectId); // its holders and workshops
    return id;
}

bool Attendance::unregister(Workspace &workspace, qint64 attendanceId, QString *error)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("DELETE FROM attendance WHERE id = ? RETURNING project_id"));
    query.addBindValue(attendanceId);
    if (!query.exec()) {
        *error = tr("The registration could not be removed: %1").arg(query.lastError().text());
        return false;
    }
    const qint64 projectId = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (projectId > 0)
        workspace.notifyProjectChanged(projectId); // a workshop attended no longer
    return true;
}

bool Attendance::setStatus(Workspace &workspace, qint64 attendanceId, Status status,
                           const QDate &today, QString *error)
{
    QSqlQuery query(workspace.database());
    if (status == Status::Present || status == Status::Absent) {
        query.prepare(QStringLiteral(
            "SELECT w.starts_at FROM attendance a JOIN workshops w ON w.id = a.workshop_id"
            " WHERE a.id = ?"));
        query.addBindValue(attendanceId);
        if (!query.exec() || !query.next()) {
            *error = tr("This registration no longer exists.");
            return false;
        }
        const QDate day = Timestamp::toDateTime(query.value(0).toString()).toLocalTime().date();
        if (day > today) {
            *error = tr("The workshop takes place on %1: presence is recorded on the day.")
                         .arg(QLocale().toString(day, QLocale::LongFormat));
            return false;
        }
    }
    query.prepare(QStringLiteral("UPDATE attendance SET status = ?, updated_at = ?"
                                 " WHERE id = ? AND status <> ? RETURNING project_id"));
    query.addBindValue(code(status));
    query.addBindValue(Timestamp::now());
    query.addBindValue(attendanceId);
    query.addBindValue(code(status));
    if (!query.exec()) {
        *error = tr("The presence could not be recorded: %1").arg(query.lastError().text());
        return false;
    }
    // A presence counts for the project's eligibility: that one project is said changed.
    const qint64 projectId = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (projectId > 0)
        workspace.notifyProjectChanged(projectId);
    return true;
}

bool Attendance::setProject(Workspace &workspace, qint64 attendanceId, qint64 projectId,
                            QString *error)
{
    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT project_id FROM attendance WHERE id = ?"));
    query.addBindValue(attendanceId);
    const qint64 previous = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    query.prepare(QStringLiteral(
        "UPDATE attendance SET project_id = ?, updated_at = ? WHERE id = ? RETURNING holder_id"));
    query.addBindValue(idOrNull(projectId));
    query.addBindValue(Timestamp::now());
    query.addBindValue(attendanceId);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().isValid()
                     ? tr("The project could not be set: %1").arg(query.lastError().text())
                     : tr("This registration no longer exists.");
        return false;
    }
    const qint64 holderId = query.value(0).toLongLong();
    query.finish();
    if (projectId > 0 && !Holders::linkToProject(workspace, holderId, projectId, error))
        return false;
    if (previous > 0 && previous != projectId)
        workspace.notifyProjectChanged(previous);
    if (projectId > 0)
        workspace.notifyProjectChanged(projectId);
    if (!transaction.commit()) {
        *error = tr("The project could not be set: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

Result<qint64> Attendance::startProject(Workspace &workspace, qint64 attendanceId)
{
    QSqlDatabase db = workspace.database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT workshop_id FROM attendance WHERE id = ?"));
    query.addBindValue(attendanceId);
    if (!query.exec() || !query.next())
        return Failure{tr("This registration no longer exists.")};
    const auto w = Workshops::workshop(workspace, query.value(0).toLongLong());
    query.finish();
    Transaction transaction(db);
    const qint64 edition =
        w && w->editionId > 0 ? w->editionId : ProjectRecord::currentEdition(workspace);
    QString error;
    const qint64 project = ProjectRecord::create(workspace, edition, w ? w->venueId : 0, 0, &error);
    if (project <= 0 || !setProject(workspace, attendanceId, project, &error))
        return Failure{error};
    if (!transaction.commit())
        return Failure{tr("The project could not be set: %1").arg(db.lastError().text())};
    return project;
}

bool Attendance::addSeconds(Workspace &workspace, qint64 attendanceId, int seconds, QString *error)
{
    if (seconds <= 0)
        return true;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "UPDATE attendance SET seconds_spent = seconds_spent + ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(qMin(seconds, 24 * 3600));
    query.addBindValue(Timestamp::now());
    query.addBindValue(attendanceId);
    if (!query.exec()) {
        *error = tr("The time spent could not be recorded: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}
