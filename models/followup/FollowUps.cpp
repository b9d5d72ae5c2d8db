#include "FollowUps.h"

#include "storage/SqlValues.h"
#include "storage/Timestamp.h"
#include "storage/Workspace.h"
#include "workshops/Workshops.h"

#include <QSqlError>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

#include <algorithm>

namespace {

using SqlValues::text;

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

Failure failed(const QString &what, const QSqlQuery &query)
{
    return Failure{FollowUps::tr("%1: %2").arg(what, query.lastError().text())};
}

// The accompanied projects, when each was last met (a contact, a workshop attended, its
// creation) and its earliest open step, and how late it is by the more urgent of the two: all in
// one statement (each subquery on its index: follow_ups_project, attendance_project,
// next_steps_project), the late ones only, the latest first.
const char *const kToFollowUp =
    "WITH today(d) AS (SELECT ?) "
    "SELECT id, title, venue, weeks, last, next, late, step_late >= 0 FROM ("
    " SELECT id, title, venue, weeks, last, next, step_late,"
    "        max(julianday((SELECT d FROM today)) - julianday(last) - 7 * weeks, coalesce(step_late, -1)) AS late"
    "   FROM ("
    "   SELECT id, title, venue, weeks, last, next,"
    "          julianday((SELECT d FROM today)) - julianday(substr(next, 1, 10)) AS step_late"
    "     FROM ("
    "     SELECT p.id, p.title, coalesce(v.name, '') AS venue,"
    "            coalesce(e.follow_up_weeks, 6) AS weeks,"
    "            max(substr(p.created_at, 1, 10),"
    "                coalesce((SELECT max(happened_on) FROM follow_ups f"
    "                           WHERE f.project_id = p.id), ''),"
    "                coalesce((SELECT max(substr(w.starts_at, 1, 10)) FROM attendance t"
    "                            CROSS JOIN workshops w ON w.id = t.workshop_id"
    "                           WHERE t.project_id = p.id AND t.status = 'present'), '')) AS last,"
    "            (SELECT due_on || char(9) || description FROM next_steps s"
    "              WHERE s.project_id = p.id AND s.done_on IS NULL AND s.due_on IS NOT NULL"
    "              ORDER BY s.due_on LIMIT 1) AS next"
    "       FROM projects p"
    "       LEFT JOIN editions e ON e.id = p.edition_id"
    "       LEFT JOIN venues v ON v.id = p.venue_id"
    "      WHERE p.stage IN ('idea', 'structuring', 'ready')"
    "        AND (e.id IS NULL OR e.deposit_end IS NULL OR e.deposit_end >= (SELECT d FROM today)))))"
    " WHERE late >= 0 ORDER BY late DESC, id";

// « 2027-03-14 » without QDate's parser: tens of thousands of rows.
QDate isoDate(QStringView text)
{
    if (text.size() < 10)
        return {};
    return QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
}

} // namespace

QList<FollowUps::ContactKind> FollowUps::contactKinds()
{
    return {ContactKind::Meeting, ContactKind::Phone, ContactKind::Email, ContactKind::Workshop};
}

QString FollowUps::code(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Meeting:
        return QStringLiteral("meeting");
    case ContactKind::Phone:
        return QStringLiteral("phone");
    case ContactKind::Email:
        return QStringLiteral("email");
    case ContactKind::Workshop:
        return QStringLiteral("workshop");
    }
    return {};
}

FollowUps::ContactKind FollowUps::contactKindFromCode(const QString &code)
{
    for (ContactKind k : contactKinds()) {
        if (FollowUps::code(k) == code)
            return k;
    }
    return ContactKind::Meeting;
}

QString FollowUps::label(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Meeting:
        return tr("Meeting");
    case ContactKind::Phone:
        return tr("Phone call");
    case ContactKind::Email:
        return tr("E-mail");
    case ContactKind::Workshop:
        return tr("Workshop");
    }
    return {};
}

Result<QList<FollowUps::Contact>> FollowUps::contacts(const Workspace &workspace, qint64 projectId)
{
    Workspace::Statement statement = workspace.statement(
        QStringLiteral("SELECT id, kind, happened_on, facilitator, notes, internal FROM"
                       " follow_ups WHERE project_id = ? ORDER BY happened_on DESC, id"
                       " DESC"));
    QSqlQuery &query = statement.query();
    query.addBindValue(projectId);
    if (!query.exec())
        return failed(tr("The follow-up could not be read"), query);
    QList<Contact> result;
    while (query.next()) {
        Contact c;
        c.id = query.value(0).toLongLong();
        c.projectId = projectId;
        c.kind = contactKindFromCode(query.value(1).toString());
        c.date = dateOf(query.value(2));
        c.facilitator = query.value(3).toString();
        c.notes = query.value(4).toString();
        c.internal = query.value(5).toBool();
        result << c;
    }
    return result;
}

Result<QList<FollowUps::Step>> FollowUps::steps(const Workspace &workspace, qint64 projectId)
{
    // The open steps first, the nearest due first (those without a date after them); then the
    // steps done, the latest first.
    Workspace::Statement statement = workspace.statement(QStringLiteral(
        "SELECT id, description, due_on, assignee, done_on FROM next_steps WHERE project_id = ?"
        " ORDER BY done_on IS NOT NULL, CASE WHEN done_on IS NULL THEN due_on IS NULL END,"
        " CASE WHEN done_on IS NULL THEN due_on END, done_on DESC, id"));
    QSqlQuery &query = statement.query();
    query.addBindValue(projectId);
    if (!query.exec())
        return failed(tr("The follow-up could not be read"), query);
    QList<Step> result;
    while (query.next()) {
        Step s;
        s.id = query.value(0).toLongLong();
        s.projectId = projectId;
        s.description = query.value(1).toString();
        s.due = dateOf(query.value(2));
        s.assignee = query.value(3).toString();
        s.done = dateOf(query.value(4));
        result << s;
    }
    return result;
}

Result<QList<FollowUps::Workshop>> FollowUps::workshops(const Workspace &workspace,
                                                        qint64 projectId)
{
    // Present on this project, or present on none while a holder of it.
    Workspace::Statement statement = workspace.statement(QStringLiteral(
        "SELECT w.id, w.starts_at, w.kind, coalesce(v.name, ''),"
        "       trim(h.first_name || ' ' || h.last_name)"
        "  FROM attendance t"
        "  JOIN workshops w ON w.id = t.workshop_id"
        "  LEFT JOIN venues v ON v.id = w.venue_id"
        "  JOIN holders h ON h.id = t.holder_id"
        " WHERE t.status = 'present' AND (t.project_id = ? OR (t.project_id IS NULL AND"
        "       t.holder_id IN (SELECT holder_id FROM project_holders WHERE project_id = ?)))"
        " ORDER BY w.starts_at DESC, w.id, h.last_name"));
    QSqlQuery &query = statement.query();
    query.addBindValue(projectId);
    query.addBindValue(projectId);
    if (!query.exec())
        return failed(tr("The follow-up could not be read"), query);
    QList<Workshop> result;
    qint64 last = 0;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != last) {
            Workshop w;
            w.date = Timestamp::toDateTime(query.value(1).toString()).toLocalTime().date();
            if (const auto kind = Workshops::kindFromCode(query.value(2).toString()))
                w.kind = Workshops::label(*kind);
            w.venue = query.value(3).toString();
            result << w;
            last = id;
        }
        const QString holder = query.value(4).toString();
        if (!holder.isEmpty())
            result.last().holders << holder;
    }
    return result;
}

Result<qint64> FollowUps::saveContact(Workspace &workspace, const Contact &c)
{
    if (!c.date.isValid())
        return Failure{tr("A contact needs its date.")};
    if (c.facilitator.size() > kMaxText)
        return Failure{tr("The facilitator's name is too long (%1 characters at most).").arg(kMaxText)};
    if (c.notes.size() > kMaxNotes)
        return Failure{tr("The notes are too long (%1 characters at most).").arg(kMaxNotes)};
    QSqlQuery query(workspace.database());
    const QString now = Timestamp::now();
    if (c.id > 0)
        query.prepare(QStringLiteral("UPDATE follow_ups SET kind = ?, happened_on = ?,"
                                     " facilitator = ?, notes = ?, internal = ?, updated_at = ?"
                                     " WHERE id = ? AND project_id = ?"));
    else
        query.prepare(QStringLiteral("INSERT INTO follow_ups (kind, happened_on, facilitator,"
                                     " notes, internal, updated_at, created_at, uuid, origin,"
                                     " project_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(code(c.kind));
    query.addBindValue(c.date.toString(Qt::ISODate));
    query.addBindValue(text(c.facilitator));
    query.addBindValue(c.notes.isNull() ? QStringLiteral("") : c.notes.trimmed());
    query.addBindValue(c.internal ? 1 : 0);
    query.addBindValue(now);
    SqlValues::bindIdentity(query, c.id, now, workspace.origin());
    query.addBindValue(c.projectId);
    if (!query.exec())
        return failed(tr("The contact could not be saved"), query);
    if (c.id > 0 && query.numRowsAffected() == 0)
        return Failure{tr("This contact no longer exists.")};
    workspace.notifyFollowUpChanged(c.projectId);
    return c.id > 0 ? c.id : query.lastInsertId().toLongLong();
}

Result<qint64> FollowUps::saveStep(Workspace &workspace, const Step &s)
{
    if (s.description.simplified().isEmpty())
        return Failure{tr("A next step needs a description.")};
    if (s.description.size() > kMaxText * 2 || s.assignee.size() > kMaxText)
        return Failure{tr("The step is too long (%1 characters at most).").arg(kMaxText * 2)};
    QSqlQuery query(workspace.database());
    const QString now = Timestamp::now();
    if (s.id > 0)
        query.prepare(QStringLiteral("UPDATE next_steps SET description = ?, due_on = ?,"
                                     " assignee = ?, done_on = ?, updated_at = ? WHERE id = ? AND"
                                     " project_id = ?"));
    else
        query.prepare(QStringLiteral("INSERT INTO next_steps (description, due_on, assignee,"
                                     " done_on, updated_at, created_at, uuid, origin, project_id)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(s.description));
    query.addBindValue(dateOrNull(s.due));
    query.addBindValue(text(s.assignee));
    query.addBindValue(dateOrNull(s.done));
    query.addBindValue(now);
    SqlValues::bindIdentity(query, s.id, now, workspace.origin());
    query.addBindValue(s.projectId);
    if (!query.exec())
        return failed(tr("The step could not be saved"), query);
    if (s.id > 0 && query.numRowsAffected() == 0)
        return Failure{tr("This step no longer exists.")};
    workspace.notifyFollowUpChanged(s.projectId);
    return s.id > 0 ? s.id : query.lastInsertId().toLongLong();
}

Result<void> FollowUps::setStepDone(Workspace &workspace, qint64 stepId, const QDate &done)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("UPDATE next_steps SET done_on = ?, updated_at = ? WHERE id = ?"
                                 " RETURNING project_id"));
    query.addBindValue(dateOrNull(done));
    query.addBindValue(Timestamp::now());
    query.addBindValue(stepId);
    if (!query.exec())
        return failed(tr("The step could not be saved"), query);
    if (!query.next())
        return Failure{tr("This step no longer exists.")};
    workspace.notifyFollowUpChanged(query.value(0).toLongLong());
    return {};
}

Result<FollowUps::Summary> FollowUps::summary(const Workspace &workspace, qint64 projectId)
{
    const auto contacts = FollowUps::contacts(workspace, projectId);
    const auto workshops = FollowUps::workshops(workspace, projectId);
    const auto steps = FollowUps::steps(workspace, projectId);
    if (!contacts)
        return Failure{contacts.error()};
    if (!workshops)
        return Failure{workshops.error()};
    if (!steps)
        return Failure{steps.error()};
    return summarise(*contacts, *workshops, *steps);
}

FollowUps::Summary FollowUps::summarise(const QList<Contact> &contacts,
                                        const QList<Workshop> &workshops,
                                        const QList<Step> &steps)
{
    Summary s;
    for (const Contact &c : contacts) {
        if (c.internal)
            continue;
        ++s.contacts;
        s.lastContact = std::max(s.lastContact, c.date);
    }
    s.workshops = int(workshops.size());
    for (const Workshop &w : workshops)
        s.lastContact = std::max(s.lastContact, w.date);
    s.steps = steps;
    return s;
}

Result<QList<FollowUps::ToFollowUp>> FollowUps::toFollowUp(const Workspace &workspace,
                                                          const QDate &today)
{
    return toFollowUp(workspace.database(), today);
}

Result<QList<FollowUps::ToFollowUp>> FollowUps::toFollowUp(const QSqlDatabase &db,
                                                          const QDate &today)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kToFollowUp));
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec())
        return failed(tr("The projects to follow up could not be read"), query);
    QList<ToFollowUp> result;
    while (query.next()) {
        ToFollowUp t;
        t.projectId = query.value(0).toLongLong();
        t.title = query.value(1).toString();
        t.venue = query.value(2).toString();
        t.weeks = std::max(1, query.value(3).toInt());
        t.lastContact = isoDate(query.value(4).toString());
        const QString next = query.value(5).toString();
        if (!next.isEmpty()) {
            t.nextDue = isoDate(next);
            t.nextStep = next.mid(11);
        }
        t.daysLate = int(query.value(6).toDouble());
        t.stepDue = query.value(7).toBool();
        result << t;
    }
    return result;
}

QFuture<FollowUps::Read> FollowUps::readInBackground(const QString &filePath,
                                                     const QDate &today)
{
    return QtConcurrent::run([filePath, today] {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("comptoir-follow-up-%1").arg(++counter);
        Read read;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            Workspace::configureReader(db, filePath);
            if (!db.open()) {
                read.error = tr("The projects to follow up could not be read: %1")
                                 .arg(db.lastError().text());
            } else if (auto rows = toFollowUp(db, today)) {
                read.rows = std::move(*rows);
            } else {
                read.error = rows.error();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return read;
    });
}

QFuture<int> FollowUps::countInBackground(const QString &filePath, const QDate &today)
{
    return readInBackground(filePath, today).then([](const Read &read) {
        return read.error.isEmpty() ? int(read.rows.size()) : -1;
    });
}
