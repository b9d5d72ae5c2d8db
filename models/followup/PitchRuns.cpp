#include "PitchRuns.h"

#include "storage/SqlValues.h"
#include "storage/Timestamp.h"
#include "storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

Failure failed(const QString &what, const QSqlQuery &query)
{
    return Failure{PitchRuns::tr("%1: %2").arg(what, query.lastError().text())};
}

Result<QList<PitchRuns::Run>> read(QSqlQuery &query)
{
    if (!query.exec())
        return failed(PitchRuns::tr("The pitch runs could not be read"), query);
    QList<PitchRuns::Run> result;
    while (query.next()) {
        PitchRuns::Run r;
        r.id = query.value(0).toLongLong();
        r.projectId = query.value(1).toLongLong();
        r.workshopId = query.value(2).toLongLong();
        r.ranAt = Timestamp::toDateTime(query.value(3).toString());
        r.seconds = query.value(4).toInt();
        r.allottedSeconds = query.value(5).toInt();
        r.remarks = query.value(6).toString();
        r.projectTitle = query.value(7).toString();
        result << r;
    }
    return result;
}

const char *const kColumns =
    "SELECT r.id, r.project_id, coalesce(r.workshop_id, 0), r.ran_at, r.seconds,"
    "       r.allotted_seconds, r.remarks, p.title FROM pitch_runs r"
    "  JOIN projects p ON p.id = r.project_id ";

} // namespace

int PitchRuns::allottedSeconds(const Workspace &workspace, qint64 projectId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT e.pitch_seconds FROM projects p JOIN editions e ON"
                                 " e.id = p.edition_id WHERE p.id = ?"));
    query.addBindValue(projectId);
    return query.exec() && query.next() && query.value(0).toInt() > 0 ? query.value(0).toInt()
                                                                       : kDefaultSeconds;
}

Result<QList<PitchRuns::Run>> PitchRuns::ofProject(const Workspace &workspace, qint64 projectId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QLatin1String(kColumns) +
                  QStringLiteral("WHERE r.project_id = ? ORDER BY r.ran_at DESC, r.id DESC"));
    query.addBindValue(projectId);
    return read(query);
}

Result<QList<PitchRuns::Run>> PitchRuns::ofWorkshop(const Workspace &workspace, qint64 workshopId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QLatin1String(kColumns) +
                  QStringLiteral("WHERE r.workshop_id = ? ORDER BY r.ran_at, r.id"));
    query.addBindValue(workshopId);
    return read(query);
}

Result<qint64> PitchRuns::save(Workspace &workspace, const Run &run)
{
    if (run.seconds < 0 || run.seconds > 24 * 3600 || run.allottedSeconds <= 0)
        return Failure{tr("A pitch run needs its length.")};
    if (run.remarks.size() > kMaxRemarks)
        return Failure{tr("The remarks are too long (%1 characters at most).").arg(kMaxRemarks)};
    QSqlQuery query(workspace.database());
    const QString now = Timestamp::now();
    if (run.id > 0)
        query.prepare(QStringLiteral("UPDATE pitch_runs SET workshop_id = ?, ran_at = ?,"
                                     " seconds = ?, allotted_seconds = ?, remarks = ?,"
                                     " updated_at = ? WHERE id = ? AND project_id = ?"));
    else
        query.prepare(QStringLiteral("INSERT INTO pitch_runs (workshop_id, ran_at, seconds,"
                                     " allotted_seconds, remarks, updated_at, created_at, uuid,"
                                     " origin, project_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(SqlValues::idOrNull(run.workshopId));
    query.addBindValue(Timestamp::fromDateTime(run.ranAt.isValid() ? run.ranAt
                                                                   : QDateTime::currentDateTimeUtc()));
    query.addBindValue(run.seconds);
    query.addBindValue(run.allottedSeconds);
    query.addBindValue(run.remarks.isNull() ? QStringLiteral("") : run.remarks.trimmed());
    query.addBindValue(now);
    SqlValues::bindIdentity(query, run.id, now, workspace.origin());
    query.addBindValue(run.projectId);
    if (!query.exec())
        return failed(tr("The pitch run could not be saved"), query);
    if (run.id > 0 && query.numRowsAffected() == 0)
        return Failure{tr("This pitch run no longer exists.")};
    workspace.notifyFollowUpChanged(run.projectId);
    return run.id > 0 ? run.id : query.lastInsertId().toLongLong();
}

QString PitchRuns::clock(int seconds)
{
    const int s = std::abs(seconds);
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("+") : QString())
        .arg(s / 60)
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
