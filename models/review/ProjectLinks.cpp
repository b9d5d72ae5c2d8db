#include "ProjectLinks.h"

#include "methodology/Methodology.h"
#include "methodology/MethodologyStore.h"
#include "projects/ProjectAnswers.h"
#include "projects/ProjectRecord.h"
#include "storage/SqlValues.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// An answer as a person reads it in a comment: text as it is, lists one item per line.
QString readable(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? ProjectLinks::tr("yes") : ProjectLinks::tr("no");
    QStringList parts;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            parts << readable(v);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << readable(it.value());
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" ; "));
}

} // namespace

QString ProjectLinks::code(Kind kind)
{
    return kind == Kind::Duplicate ? QStringLiteral("duplicate") : QStringLiteral("cooperation");
}

std::optional<ProjectLinks::Kind> ProjectLinks::kindFromCode(const QString &code)
{
    if (code == QLatin1String("duplicate"))
        return Kind::Duplicate;
    if (code == QLatin1String("cooperation"))
        return Kind::Cooperation;
    return std::nullopt;
}

QString ProjectLinks::label(Kind kind)
{
    return kind == Kind::Duplicate ? tr("Possible duplicate") : tr("Possible cooperation");
}

bool ProjectLinks::link(Workspace &workspace, qint64 projectId, qint64 otherId, Kind kind,
                        const QString &note, QString *error)
{
    if (projectId == otherId) {
        *error = tr("A project cannot be linked to itself.");
        return false;
    }
    const QString now = Timestamp::now();
    Transaction transaction(workspace.database());
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("UPDATE project_links SET kind = ?, note = ?, updated_at = ?"
                                 " WHERE (project_id = ? AND other_project_id = ?)"
                                 "    OR (project_id = ? AND other_project_id = ?)"));
    query.addBindValue(code(kind));
    query.addBindValue(SqlValues::text(note));
    query.addBindValue(now);
    query.addBindValue(projectId);
    query.addBindValue(otherId);
    query.addBindValue(otherId);
    query.addBindValue(projectId);
    bool ok = query.exec();
    if (ok && query.numRowsAffected() == 0) {
        query.prepare(QStringLiteral(
            "INSERT INTO project_links (uuid, project_id, other_project_id, kind, note,"
            " created_at, updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(SqlValues::newUuid());
        query.addBindValue(projectId);
        query.addBindValue(otherId);
        query.addBindValue(code(kind));
        query.addBindValue(SqlValues::text(note));
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(workspace.origin());
        ok = query.exec();
    }
    if (!ok || !transaction.commit()) {
        *error = tr("The link cannot be saved: %1").arg(query.lastError().text());
        return false;
    }
    workspace.notifyProjectChanged(projectId);
    workspace.notifyProjectChanged(otherId);
    return true;
}

bool ProjectLinks::unlink(Workspace &workspace, qint64 linkId, QString *error)
{
    Transaction transaction(workspace.database());
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("DELETE FROM project_links WHERE id = ?"));
    query.addBindValue(linkId);
    if (!query.exec() || !transaction.commit()) {
        *error = tr("The link cannot be removed: %1").arg(query.lastError().text());
        return false;
    }
    workspace.notifyProjectsChanged();
    return true;
}

std::optional<QList<ProjectLinks::Link>> ProjectLinks::links(const Workspace &workspace,
                                                             qint64 projectId, QString *error)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "SELECT l.id, o.id, o.title, l.kind, l.note FROM project_links l"
        "  JOIN projects o ON o.id = CASE WHEN l.project_id = ? THEN l.other_project_id"
        "                                 ELSE l.project_id END"
        " WHERE l.project_id = ? OR l.other_project_id = ? ORDER BY o.title, o.id"));
    for (int i = 0; i < 3; ++i)
        query.addBindValue(projectId);
    if (!query.exec()) {
        *error = tr("The links cannot be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<Link> result;
    while (query.next())
        result << Link{query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toString(),
                       kindFromCode(query.value(3).toString()).value_or(Kind::Duplicate),
                       query.value(4).toString()};
    return result;
}

std::optional<ProjectLinks::MergeReport> ProjectLinks::merge(Workspace &workspace, qint64 keptId,
                                                             qint64 goneId, const QString &author,
                                                             QString *error)
{
    if (keptId == goneId) {
        *error = tr("A project cannot be merged into itself.");
        return std::nullopt;
    }
    const QSqlDatabase db = workspace.database();
    MergeReport report;
    QString failure;
    QSqlQuery query(db);
    const auto run = [&](const QString &sql, const QVariantList &binds = {}) {
        if (!failure.isEmpty())
            return false;
        query.prepare(sql);
        for (const QVariant &v : binds)
            query.addBindValue(v);
        if (!query.exec()) {
            failure = query.lastError().text();
            return false;
        }
        return true;
    };

    // The two projects as they are.
    struct Side
    {
        QString uuid, title, summary, venue;
        qint64 amount = 0;
    };
    const auto side = [&](qint64 id) -> std::optional<Side> {
        if (!run(QStringLiteral("SELECT p.uuid, p.title, p.summary, coalesce(v.name, ''),"
                                " p.amount_requested_cents FROM projects p"
                                " LEFT JOIN venues v ON v.id = p.venue_id WHERE p.id = ?"),
                 {id}) ||
            !query.next())
            return std::nullopt;
        return Side{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString(), query.value(4).toLongLong()};
    };
    const std::optional<Side> kept = side(keptId);
    const std::optional<Side> gone = side(goneId);
    if (!kept || !gone) {
        *error = failure.isEmpty() ? tr("This project no longer exists.")
                                   : tr("The projects cannot be merged: %1").arg(failure);
        return std::nullopt;
    }
    query.finish();

    QString readError;
    const QHash<QString, ProjectAnswers::Answer> keptAnswers =
        ProjectAnswers::all(workspace, keptId, &readError);
    const QHash<QString, ProjectAnswers::Answer> goneAnswers =
        ProjectAnswers::all(workspace, goneId, &readError);
    if (!readError.isEmpty()) {
        *error = tr("The projects cannot be merged: %1").arg(readError);
        return std::nullopt;
    }
    // Field labels for the comment, from the kept project's methodology.
    Methodology methodology = Methodology::builtIn();
    if (const qint64 mid = ProjectRecord::methodologyId(workspace, keptId); mid > 0) {
        if (std::optional<Methodology> m = MethodologyStore::load(workspace, mid, &readError))
            methodology = *m;
    }

    const QString now = Timestamp::now();
    Transaction transaction(db);
    QStringList setAside;
    QStringList keys = goneAnswers.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue theirs = goneAnswers.value(key).value;
        if (ProjectAnswers::isEmpty(theirs))
            continue;
        const bool keptHas = keptAnswers.contains(key);
        const QJsonValue ours = keptAnswers.value(key).value;
        if (keptHas && !ProjectAnswers::isEmpty(ours)) {
            if (ours != theirs) {
                const Methodology::Field *field = methodology.field(key);
                setAside << QStringLiteral("%1 : %2").arg(field ? field->label : key,
                                                          readable(theirs));
                ++report.answersSetAside;
            }
            continue;
        }
        if (keptHas)
            run(QStringLiteral("DELETE FROM answers WHERE project_id = ? AND field_key = ?"),
                {keptId, key});
        run(QStringLiteral("UPDATE answers SET project_id = ?, updated_at = ?"
                           " WHERE project_id = ? AND field_key = ?"),
            {keptId, now, goneId, key});
        ++report.answersTaken;
    }

    // Holders join the kept project (never as a second lead).
    if (run(QStringLiteral("INSERT OR IGNORE INTO project_holders (project_id, holder_id, is_lead,"
                           " position) SELECT ?, holder_id, 0, 100 + position FROM project_holders"
                           " WHERE project_id = ?"),
            {keptId, goneId}))
        report.holdersAdded = query.numRowsAffected();
    run(QStringLiteral("UPDATE attendance SET project_id = ?, updated_at = ? WHERE project_id = ?"),
        {keptId, now, goneId});

    // The budget: taken when the kept project has none, otherwise set aside in the comment.
    if (run(QStringLiteral("SELECT count(*) FROM budget_lines WHERE project_id = ?"), {keptId}) &&
        query.next() && query.value(0).toInt() == 0) {
        query.finish();
        if (run(QStringLiteral("UPDATE budget_lines SET project_id = ?, updated_at = ?"
                               " WHERE project_id = ?"),
                {keptId, now, goneId}))
            report.budgetLinesTaken = query.numRowsAffected();
    } else if (run(QStringLiteral("SELECT kind, label, amount_cents FROM budget_lines"
                                  " WHERE project_id = ? ORDER BY kind, position"),
                   {goneId})) {
        while (query.next())
            setAside << QStringLiteral("%1 : %2 — %3 €")
                            .arg(query.value(0).toString() == QLatin1String("expense")
                                     ? tr("Expense")
                                     : tr("Resource"),
                                 query.value(1).toString(),
                                 QString::number(query.value(2).toLongLong() / 100.0, 'f', 2));
    }
    query.finish();

    if (run(QStringLiteral("UPDATE review_comments SET project_id = ? WHERE project_id = ?"),
            {keptId, goneId}))
        report.commentsMoved = query.numRowsAffected();
    run(QStringLiteral("UPDATE OR IGNORE review_scores SET project_id = ? WHERE project_id = ?"),
        {keptId, goneId});
    run(QStringLiteral("UPDATE OR IGNORE project_links SET project_id = ? WHERE project_id = ?"),
        {keptId, goneId});
    run(QStringLiteral(
            "UPDATE OR IGNORE project_links SET other_project_id = ? WHERE other_project_id = ?"),
        {keptId, goneId});
    run(QStringLiteral("INSERT OR IGNORE INTO project_imports (project_id, import_id, action)"
                       " SELECT ?, import_id, 'merged' FROM project_imports WHERE project_id = ?"),
        {keptId, goneId});
    run(QStringLiteral("UPDATE merged_projects SET into_project_id = ? WHERE into_project_id = ?"),
        {keptId, goneId});
    run(QStringLiteral("INSERT OR REPLACE INTO merged_projects (uuid, into_project_id, title,"
                       " merged_at) VALUES (?, ?, ?, ?)"),
        {gone->uuid, keptId, gone->title, now});
    run(QStringLiteral(
            "UPDATE projects SET summary = CASE WHEN summary = '' THEN ? ELSE summary END,"
            " amount_requested_cents = CASE WHEN amount_requested_cents = 0 THEN ?"
            " ELSE amount_requested_cents END, updated_at = ? WHERE id = ?"),
        {gone->summary, gone->amount, now, keptId});

    // What was merged, and what could not be, said where the committee reads.
    QString note =
        tr("Merged into this project: “%1” (%2, %3).")
            .arg(gone->title, gone->venue.isEmpty() ? tr("no comptoir") : gone->venue, gone->uuid);
    if (!setAside.isEmpty())
        note += QLatin1Char('\n') + tr("Its answers that differed from this project's:") +
                QLatin1Char('\n') + setAside.join(QLatin1Char('\n'));
    run(QStringLiteral("INSERT INTO review_comments (uuid, project_id, author, body, created_at,"
                       " updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {SqlValues::newUuid(), keptId, SqlValues::text(author), note, now, now,
         workspace.origin()});
    run(QStringLiteral("DELETE FROM projects WHERE id = ?"), {goneId});

    if (!failure.isEmpty() || !transaction.commit()) {
        *error = tr("The projects cannot be merged: %1")
                     .arg(failure.isEmpty() ? db.lastError().text() : failure);
        return std::nullopt;
    }
    workspace.notifyProjectsChanged();
    return report;
}
