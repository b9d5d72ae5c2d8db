#include "DemoWorkspace.h"

#include "attachments/Attachments.h"
#include "followup/FollowUps.h"
#include "followup/PitchRuns.h"
#include "reference/Communes.h"
#include "organisations/Organisations.h"
#include "projects/BudgetLines.h"
#include "reference/CommuneCodes.h"
#include "review/ProjectLinks.h"
#include "review/Review.h"
#include "SeedRows.h"
#include "storage/StableUuid.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

// When the demo's records were first written: before last year's comptoirs, so that every
// record is created before it is modified.
constexpr auto kDemoTimestamp = "2025-01-15T09:00:00.000Z";

qint64 cents(const QJsonValue &euros)
{
    return qRound64(euros.toDouble() * 100.0);
}

QVariant nullableId(const QHash<QString, qint64> &ids, const QString &key)
{
    const auto it = ids.constFind(key);
    return it == ids.constEnd() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(*it);
}

// The demo is written as of one day (its "writtenAsOf"): every date in it moves by as many
// days as separate that day from the one the demo is created, so that it always tells the same
// story today (the comptoirs under way, the deposit open, last year's results known, a workshop
// to run this afternoon).
class Calendar
{
public:
    explicit Calendar(const QString &writtenAsOf)
        : m_days(QDate::fromString(writtenAsOf, Qt::ISODate).isValid()
                     ? QDate::fromString(writtenAsOf, Qt::ISODate).daysTo(QDate::currentDate())
                     : 0)
    {}

    // "2026-03-17" moved.
    QString date(const QString &iso) const
    {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        return d.isValid() ? d.addDays(m_days).toString(Qt::ISODate) : iso;
    }
    // A stored UTC timestamp ("2026-03-17T09:00:00.000Z") moved.
    QString timestamp(const QString &iso) const
    {
        QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!t.isValid())
            return iso;
        return t.toUTC().addDays(m_days).toString(Qt::ISODateWithMs);
    }
    // Local wall-clock time of a workshop ("2026-02-10T14:00:00", Paris) moved, to stored UTC.
    // "today 14:00:00" is today's date: the demo always has a workshop to run.
    QString workshopTime(QString local) const
    {
        QDate day;
        if (local.startsWith(QLatin1String("today "))) {
            day = QDate::currentDate();
            local = local.mid(6);
        } else {
            day = QDate::fromString(local.left(10), Qt::ISODate).addDays(m_days);
            local = local.mid(11);
        }
        QDateTime dt(day, QTime::fromString(local, Qt::ISODate), QTimeZone("Europe/Paris"));
        return dt.toUTC().toString(Qt::ISODateWithMs);
    }
    // Dates inside answers (an action's start and end, the planned start) moved.
    QJsonValue answer(const QJsonValue &value) const
    {
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (value.isString() && isoDate.match(value.toString()).hasMatch())
            return date(value.toString());
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue &v : value.toArray())
                array.append(answer(v));
            return array;
        }
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                it.value() = answer(it.value());
            return object;
        }
        return value;
    }
    // An edition's year and name follow its comptoirs' first day.
    int year(const QJsonObject &edition) const
    {
        const QDate start = QDate::fromString(
            date(edition.value(QLatin1String("comptoirsStart")).toString()), Qt::ISODate);
        return start.isValid() ? start.year() : edition.value(QLatin1String("year")).toInt();
    }

private:
    qint64 m_days;
};

} // namespace

std::unique_ptr<Workspace> DemoWorkspace::create(const QString &path, QString *error)
{
    std::unique_ptr<Workspace> workspace = Workspace::create(path, error);
    if (!workspace)
        return nullptr;
    if (!populate(*workspace, error)) {
        workspace.reset();
        QFile::remove(path);
        return nullptr;
    }
    return workspace;
}

bool DemoWorkspace::populate(Workspace &workspace, QString *error)
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The demo data is missing from this build of Comptoir.");
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The demo data is damaged: %1").arg(parseError.errorString());
        return false;
    }

    QSqlDatabase db = workspace.database();
    const QString origin = workspace.origin();
    const Calendar calendar(demo.value(QLatin1String("writtenAsOf")).toString());
    const QString ts = calendar.timestamp(QString::fromLatin1(kDemoTimestamp));
    Transaction transaction(db);
    SeedRows rows(workspace);
    const SeedRows::Stamp stamp{QString(), ts, QString()};
    const auto text = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toString();
    };

    // This year's edition, whose comptoirs are under way, and last year's, whose results are
    // known; each with the three categories.
    QHash<QString, qint64> editionIds;                 // "current", "previous"
    QHash<QString, QHash<QString, qint64>> categories; // edition → code → id
    for (const auto &[which, key] : {std::pair{"previous", "previousEdition"},
                                     std::pair{"current", "edition"}}) {
        const QJsonObject e = demo.value(QLatin1String(key)).toObject();
        if (e.isEmpty())
            continue;
        const int year = calendar.year(e);
        const QString editionUuid = StableUuid::edition(year);
        QString name = text(e, "name");
        name.replace(QString::number(e.value(QLatin1String("year")).toInt()),
                     QString::number(year));
        const auto day = [&](const char *field) { return calendar.date(text(e, field)); };
        const qint64 editionId = rows.edition(
            {year, name, cents(e.value(QLatin1String("envelopeEuros"))), day("comptoirsStart"),
             day("comptoirsEnd"), day("depositStart"), day("depositEnd"), day("committeeStart"),
             day("committeeEnd"), day("voteStart"), day("voteEnd"), day("resultsDate")},
            {editionUuid, ts, QString()});
        editionIds.insert(QLatin1String(which), editionId);
        int position = 0;
        for (const QJsonValue &v : demo.value(QLatin1String("categories")).toArray()) {
            const QJsonObject c = v.toObject();
            categories[QLatin1String(which)].insert(
                text(c, "code"),
                rows.category({editionId, text(c, "code"), text(c, "name"),
                               text(c, "description"),
                               cents(c.value(QLatin1String("ceilingEuros"))), position++},
                              {StableUuid::category(editionUuid, text(c, "code")), ts,
                               QString()}));
        }
    }
    // A workshop or a project belongs to this year's edition unless it says "previous".
    const auto editionOf = [](const QJsonObject &o) {
        return o.value(QLatin1String("edition")).toString() == QLatin1String("previous")
                   ? QStringLiteral("previous")
                   : QStringLiteral("current");
    };

    // Comptoirs and their hosts.
    QHash<QString, qint64> hosts;
    for (const QJsonValue &v : demo.value(QLatin1String("hostOrganisations")).toArray()) {
        const QJsonObject h = v.toObject();
        hosts.insert(text(h, "key"),
                     rows.host(text(h, "name"), text(h, "kind"), text(h, "commune"), stamp));
    }
    // The seven comptoirs are already there (every new workspace has them): the demo gives
    // them their address and host.
    QHash<QString, qint64> venues;
    QSqlQuery venueUpdate(db);
    venueUpdate.prepare(QStringLiteral(
        "UPDATE venues SET address = ?, host_organisation_id = ? WHERE name = ? RETURNING id"));
    for (const QJsonValue &v : demo.value(QLatin1String("venues")).toArray()) {
        const QJsonObject o = v.toObject();
        const QVariant host = nullableId(hosts, text(o, "host"));
        venueUpdate.addBindValue(text(o, "address"));
        venueUpdate.addBindValue(host);
        venueUpdate.addBindValue(text(o, "name"));
        if (venueUpdate.exec() && venueUpdate.next()) {
            venues.insert(text(o, "key"), venueUpdate.value(0).toLongLong());
            venueUpdate.finish();
            continue;
        }
        venues.insert(text(o, "key"), rows.venue({text(o, "name"), text(o, "commune"), QString(),
                                                  text(o, "address"), hosts.value(text(o, "host"))},
                                                 stamp));
    }
    QHash<QString, qint64> workshops;
    for (const QJsonValue &v : demo.value(QLatin1String("workshops")).toArray()) {
        const QJsonObject w = v.toObject();
        workshops.insert(
            text(w, "key"),
            rows.workshop({editionIds.value(editionOf(w)), venues.value(text(w, "venue")),
                           text(w, "kind"), calendar.workshopTime(text(w, "startsAt")),
                           calendar.workshopTime(text(w, "endsAt")),
                           text(w, "facilitator"), w.value(QLatin1String("capacity")).toInt()},
                          stamp));
    }

    // Organisations, holders and what they consented to.
    QHash<QString, qint64> organisations;
    for (const QJsonValue &v : demo.value(QLatin1String("organisations")).toArray()) {
        const QJsonObject o = v.toObject();
        organisations.insert(
            text(o, "key"),
            rows.organisation({text(o, "name"), text(o, "legalForm"),
                               o.value(QLatin1String("essDeclared")).toBool(), text(o, "commune")},
                              stamp));
    }
    QHash<QString, qint64> holders;
    for (const QJsonValue &v : demo.value(QLatin1String("holders")).toArray()) {
        const QJsonObject h = v.toObject();
        const qint64 id =
            rows.holder({text(h, "kind"), text(h, "firstName"), text(h, "lastName"),
                         organisations.value(text(h, "organisation")), text(h, "commune"),
                         QString(), text(h, "email"), text(h, "phone")},
                        stamp);
        holders.insert(text(h, "key"), id);
        const QJsonObject consents = h.value(QLatin1String("consents")).toObject();
        for (auto it = consents.constBegin(); it != consents.constEnd(); ++it)
            rows.consent(id, it.key(), it.value().toBool(), ts, QStringLiteral("paper_form"),
                         stamp);
    }

    // Projects, their holders, budgets, answers and attendance.
    QHash<QString, qint64> projectsByTitle;
    QHash<QString, QString> editionOfTitle;
    for (const QJsonValue &v : demo.value(QLatin1String("projects")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString updated = calendar.timestamp(text(p, "updatedAt"));
        const SeedRows::Stamp edited{QString(), ts, updated};
        const qint64 projectId = rows.project(
            {editionIds.value(editionOf(p)), venues.value(text(p, "venue")),
             categories.value(editionOf(p)).value(text(p, "category")),
             organisations.value(text(p, "organisation")), text(p, "title"), text(p, "summary"),
             text(p, "stage"), text(p, "theme"), text(p, "commune"), QString(),
             cents(p.value(QLatin1String("amountRequestedEuros")))},
            edited);
        projectsByTitle.insert(text(p, "title"), projectId);
        editionOfTitle.insert(text(p, "title"), editionOf(p));
        const QJsonArray projectHolders = p.value(QLatin1String("holders")).toArray();
        for (int i = 0; i < projectHolders.size(); ++i)
            rows.projectHolder(projectId, holders.value(projectHolders.at(i).toString()), i == 0,
                               i);
        int line = 0;
        for (const QJsonValue &b : p.value(QLatin1String("budget")).toArray()) {
            const QJsonObject o = b.toObject();
            rows.budgetLine(projectId,
                            {text(o, "kind"), text(o, "category"), text(o, "label"),
                             cents(o.value(QLatin1String("amountEuros"))), line++},
                            edited);
        }
        const QJsonObject answers = p.value(QLatin1String("answers")).toObject();
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
            const QString json = QString::fromUtf8(
                QJsonDocument(QJsonArray{calendar.answer(it.value())})
                    .toJson(QJsonDocument::Compact));
            // Stored as a JSON value: strip the array brackets around the single element.
            rows.answer(projectId, it.key(), json.mid(1, json.size() - 2),
                        QStringLiteral("idee-au-projet"), 1, edited);
        }
        const qint64 leadHolder =
            projectHolders.isEmpty() ? -1 : holders.value(projectHolders.at(0).toString(), -1);
        for (const QJsonValue &a : p.value(QLatin1String("attendance")).toArray()) {
            const QJsonObject o = a.toObject();
            if (leadHolder < 0)
                break;
            rows.attendance(workshops.value(text(o, "workshop")), leadHolder, projectId,
                            text(o, "status"), stamp);
        }
    }
    QString failure = rows.failure();

    // A mission officer's first reviews: a status, the committee's grid, comments, a link.
    for (const QJsonValue &v : demo.value(QLatin1String("reviews")).toArray()) {
        if (!failure.isEmpty())
            break;
        const QJsonObject r = v.toObject();
        const qint64 projectId =
            projectsByTitle.value(r.value(QLatin1String("project")).toString());
        const QString reviewer = r.value(QLatin1String("reviewer")).toString();
        const std::optional<Review::Status> status =
            Review::statusFromCode(r.value(QLatin1String("status")).toString());
        if (projectId <= 0 || !status ||
            !Review::setStatus(workspace, projectId, *status, reviewer, &failure)) {
            if (failure.isEmpty())
                failure = QStringLiteral("review of %1")
                              .arg(r.value(QLatin1String("project")).toString());
            break;
        }
        const QJsonObject scores = r.value(QLatin1String("scores")).toObject();
        for (auto it = scores.constBegin(); it != scores.constEnd() && failure.isEmpty(); ++it)
            Review::setScore(workspace, projectId,
                             categories.value(editionOfTitle.value(
                                                  r.value(QLatin1String("project")).toString()))
                                 .value(it.key()),
                             it.value().toInt(),
                             reviewer, &failure);
        for (const QJsonValue &c : r.value(QLatin1String("comments")).toArray()) {
            if (failure.isEmpty())
                Review::addComment(workspace, projectId, reviewer, c.toString(), &failure);
        }
    }
    for (const QJsonValue &v : demo.value(QLatin1String("links")).toArray()) {
        const QJsonObject l = v.toObject();
        const std::optional<ProjectLinks::Kind> kind =
            ProjectLinks::kindFromCode(l.value(QLatin1String("kind")).toString());
        if (failure.isEmpty() && kind)
            ProjectLinks::link(workspace,
                               projectsByTitle.value(l.value(QLatin1String("project")).toString()),
                               projectsByTitle.value(l.value(QLatin1String("other")).toString()),
                               *kind, l.value(QLatin1String("note")).toString(), &failure);
    }

    // The structures' numbers and ESS status, and the directory of partners and financers over
    // the seven comptoirs' territories, as a mission officer records them.
    for (const QJsonValue &v : demo.value(QLatin1String("organisations")).toArray()) {
        const QJsonObject o = v.toObject();
        if (!failure.isEmpty())
            break;
        if (!o.contains(QLatin1String("siret")) && !o.contains(QLatin1String("essStatus")) &&
            !o.contains(QLatin1String("directoryKind")))
            continue;
        auto record = Organisations::organisation(workspace, organisations.value(text(o, "key")));
        if (!record)
            continue;
        record->siret = text(o, "siret");
        record->rna = text(o, "rna");
        record->address = text(o, "address");
        record->essStatus = Organisations::essStatusFromCode(text(o, "essStatus"));
        record->essEvidence = text(o, "essEvidence");
        record->directoryKind = Organisations::directoryKindFromCode(text(o, "directoryKind"));
        for (const QJsonValue &theme : o.value(QLatin1String("themes")).toArray())
            record->themes << theme.toString();
        record->wholeDepartment = o.value(QLatin1String("wholeDepartment")).toBool();
        for (const QJsonValue &commune : o.value(QLatin1String("communes")).toArray())
            record->communeCodes << Communes::codeOf(commune.toString());
        for (const QJsonValue &venue : o.value(QLatin1String("venues")).toArray())
            record->venueIds << venues.value(venue.toString());
        const QJsonObject contact = o.value(QLatin1String("contact")).toObject();
        record->contactName = text(contact, "name");
        record->contactEmail = text(contact, "email");
        record->contactPhone = text(contact, "phone");
        record->contactConsent = contact.value(QLatin1String("consent")).toBool();
        if (const Result<qint64> saved = Organisations::save(workspace, *record); !saved)
            failure = saved.error();
    }

    // The follow-up after the comptoirs: contacts (one internal), next steps, some overdue.
    for (const QJsonValue &v : demo.value(QLatin1String("followUps")).toArray()) {
        const QJsonObject f = v.toObject();
        const qint64 projectId = projectsByTitle.value(text(f, "project"));
        if (!failure.isEmpty() || projectId <= 0)
            continue;
        for (const QJsonValue &c : f.value(QLatin1String("contacts")).toArray()) {
            const QJsonObject o = c.toObject();
            FollowUps::Contact contact;
            contact.projectId = projectId;
            contact.kind = FollowUps::contactKindFromCode(text(o, "kind"));
            contact.date = QDate::fromString(calendar.date(text(o, "date")), Qt::ISODate);
            contact.facilitator = text(o, "facilitator");
            contact.notes = text(o, "notes");
            contact.internal = o.value(QLatin1String("internal")).toBool();
            if (const auto saved = FollowUps::saveContact(workspace, contact); !saved)
                failure = saved.error();
        }
        for (const QJsonValue &st : f.value(QLatin1String("steps")).toArray()) {
            const QJsonObject o = st.toObject();
            FollowUps::Step step;
            step.projectId = projectId;
            step.description = text(o, "description");
            step.due = QDate::fromString(calendar.date(text(o, "due")), Qt::ISODate);
            step.assignee = text(o, "assignee");
            step.done = QDate::fromString(calendar.date(text(o, "done")), Qt::ISODate);
            if (const auto saved = FollowUps::saveStep(workspace, step); !saved)
                failure = saved.error();
        }
    }

    // The pitches rehearsed at the pitch workshop, with the group's remarks.
    for (const QJsonValue &v : demo.value(QLatin1String("pitchRuns")).toArray()) {
        const QJsonObject r = v.toObject();
        const qint64 projectId = projectsByTitle.value(text(r, "project"));
        if (!failure.isEmpty() || projectId <= 0)
            continue;
        PitchRuns::Run run;
        run.projectId = projectId;
        run.workshopId = workshops.value(text(r, "workshop"));
        run.ranAt = QDateTime::fromString(calendar.timestamp(text(r, "ranAt")), Qt::ISODateWithMs);
        run.seconds = r.value(QLatin1String("seconds")).toInt();
        run.allottedSeconds = PitchRuns::allottedSeconds(workspace, projectId);
        run.remarks = text(r, "remarks");
        if (const auto saved = PitchRuns::save(workspace, run); !saved)
            failure = saved.error();
    }

    // The pièces jointes (resources/demo/pieces/), as a facilitator attaches them; the projects
    // keep the date of their last edit, the pieces take the demo's.
    for (const QJsonValue &v : demo.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject a = v.toObject();
        const qint64 projectId = projectsByTitle.value(a.value(QLatin1String("project")).toString());
        if (!failure.isEmpty() || projectId <= 0)
            continue;
        QSqlQuery stamp(db);
        stamp.prepare(QStringLiteral("SELECT updated_at FROM projects WHERE id = ?"));
        stamp.addBindValue(projectId);
        const QString updatedAt = stamp.exec() && stamp.next() ? stamp.value(0).toString() : ts;
        const auto added = Attachments::attach(
            workspace, projectId,
            {QStringLiteral(":/demo/pieces/") + a.value(QLatin1String("file")).toString()},
            a.value(QLatin1String("kind")).toString(), a.value(QLatin1String("caption")).toString(),
            true);
        if (!added) {
            failure = added.error();
            continue;
        }
        Attachments::Attachment piece = added->attached.constFirst();
        const QString line = a.value(QLatin1String("budgetLine")).toString();
        if (!line.isEmpty()) {
            QString ignored;
            for (const BudgetLines::Line &l : BudgetLines::load(workspace, projectId, &ignored)) {
                if (l.label == line)
                    piece.budgetLineUuid = l.uuid;
            }
            if (const Result<void> linked = Attachments::update(workspace, piece); !linked)
                failure = linked.error();
        }
        QSqlQuery restore(db);
        restore.prepare(QStringLiteral("UPDATE projects SET updated_at = ? WHERE id = ?"));
        restore.addBindValue(updatedAt);
        restore.addBindValue(projectId);
        restore.exec();
        restore.prepare(QStringLiteral(
            "UPDATE attachments SET created_at = ?, updated_at = ? WHERE project_id = ?"));
        restore.addBindValue(ts);
        restore.addBindValue(ts);
        restore.addBindValue(projectId);
        restore.exec();
    }

    // The communes named above, given their INSEE code as an edit would give them.
    if (failure.isEmpty())
        CommuneCodes::fillIn(db, &failure);
    if (!failure.isEmpty()) {
        *error = tr("The demo workspace could not be filled: %1").arg(failure);
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("The demo workspace could not be filled: %1").arg(db.lastError().text());
        return false;
    }
    workspace.notifyProjectsChanged();
    return true;
}
