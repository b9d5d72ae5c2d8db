#include "DemoWorkspace.h"

#include "reference/CommuneCodes.h"
#include "review/ProjectLinks.h"
#include "review/Review.h"
#include "storage/RowInserter.h"
#include "storage/StableUuid.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

constexpr auto kDemoTimestamp = "2026-02-02T09:00:00.000Z";

qint64 cents(const QJsonValue &euros)
{
    return qRound64(euros.toDouble() * 100.0);
}

QVariant nullableId(const QHash<QString, qint64> &ids, const QString &key)
{
    const auto it = ids.constFind(key);
    return it == ids.constEnd() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(*it);
}

// Local wall-clock time of a workshop ("2026-02-10T14:00:00", Paris) to stored UTC. "today
// 14:00:00" is today's date: the demo always has a workshop to run.
QString workshopTime(QString local)
{
    if (local.startsWith(QLatin1String("today ")))
        local = QDate::currentDate().toString(Qt::ISODate) + QLatin1Char('T') + local.mid(6);
    QDateTime dt = QDateTime::fromString(local, Qt::ISODate);
    dt.setTimeZone(QTimeZone("Europe/Paris"));
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

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
    const QString ts = QString::fromLatin1(kDemoTimestamp);
    Transaction transaction(db);
    QString failure;
    const auto check = [&failure](qint64 id, const RowInserter &inserter) {
        if (id < 0 && failure.isEmpty())
            failure = inserter.lastError();
        return id;
    };

    // Edition and categories.
    const QJsonObject e = demo.value(QLatin1String("edition")).toObject();
    RowInserter editions(db, QStringLiteral("editions"),
                         {QStringLiteral("year"), QStringLiteral("name"),
                          QStringLiteral("envelope_cents"), QStringLiteral("comptoirs_start"),
                          QStringLiteral("comptoirs_end"), QStringLiteral("deposit_start"),
                          QStringLiteral("deposit_end"), QStringLiteral("committee_start"),
                          QStringLiteral("committee_end"), QStringLiteral("vote_start"),
                          QStringLiteral("vote_end"), QStringLiteral("results_date")},
                         RowInserter::Tracking::Tracked, origin);
    const QString editionUuid = StableUuid::edition(e.value(QLatin1String("year")).toInt());
    const qint64 editionId =
        check(editions.insert({e.value(QLatin1String("year")).toInt(),
                               e.value(QLatin1String("name")).toString(),
                               cents(e.value(QLatin1String("envelopeEuros"))),
                               e.value(QLatin1String("comptoirsStart")).toString(),
                               e.value(QLatin1String("comptoirsEnd")).toString(),
                               e.value(QLatin1String("depositStart")).toString(),
                               e.value(QLatin1String("depositEnd")).toString(),
                               e.value(QLatin1String("committeeStart")).toString(),
                               e.value(QLatin1String("committeeEnd")).toString(),
                               e.value(QLatin1String("voteStart")).toString(),
                               e.value(QLatin1String("voteEnd")).toString(),
                               e.value(QLatin1String("resultsDate")).toString()},
                              editionUuid, ts),
              editions);

    QHash<QString, qint64> categories;
    RowInserter categoryInserter(db, QStringLiteral("categories"),
                                 {QStringLiteral("edition_id"), QStringLiteral("code"),
                                  QStringLiteral("name"), QStringLiteral("description"),
                                  QStringLiteral("ceiling_cents"), QStringLiteral("position")},
                                 RowInserter::Tracking::Tracked, origin);
    int position = 0;
    for (const QJsonValue &v : demo.value(QLatin1String("categories")).toArray()) {
        const QJsonObject c = v.toObject();
        categories.insert(
            c.value(QLatin1String("code")).toString(),
            check(categoryInserter.insert(
                      {editionId, c.value(QLatin1String("code")).toString(),
                       c.value(QLatin1String("name")).toString(),
                       c.value(QLatin1String("description")).toString(),
                       cents(c.value(QLatin1String("ceilingEuros"))), position++},
                      StableUuid::category(editionUuid, c.value(QLatin1String("code")).toString()),
                      ts),
                  categoryInserter));
    }

    // Comptoirs and their hosts.
    QHash<QString, qint64> hosts;
    RowInserter hostInserter(
        db, QStringLiteral("host_organisations"),
        {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("commune")},
        RowInserter::Tracking::Tracked, origin);
    for (const QJsonValue &v : demo.value(QLatin1String("hostOrganisations")).toArray()) {
        const QJsonObject h = v.toObject();
        hosts.insert(h.value(QLatin1String("key")).toString(),
                     check(hostInserter.insert({h.value(QLatin1String("name")).toString(),
                                                h.value(QLatin1String("kind")).toString(),
                                                h.value(QLatin1String("commune")).toString()},
                                               QString(), ts),
                           hostInserter));
    }
    // The seven comptoirs are already there (every new workspace has them): the demo gives
    // them their address and host.
    QHash<QString, qint64> venues;
    RowInserter venueInserter(db, QStringLiteral("venues"),
                              {QStringLiteral("name"), QStringLiteral("commune"),
                               QStringLiteral("address"), QStringLiteral("host_organisation_id")},
                              RowInserter::Tracking::Tracked, origin);
    QSqlQuery venueUpdate(db);
    venueUpdate.prepare(QStringLiteral(
        "UPDATE venues SET address = ?, host_organisation_id = ? WHERE name = ? RETURNING id"));
    for (const QJsonValue &v : demo.value(QLatin1String("venues")).toArray()) {
        const QJsonObject o = v.toObject();
        const QVariant host = nullableId(hosts, o.value(QLatin1String("host")).toString());
        venueUpdate.addBindValue(o.value(QLatin1String("address")).toString());
        venueUpdate.addBindValue(host);
        venueUpdate.addBindValue(o.value(QLatin1String("name")).toString());
        if (venueUpdate.exec() && venueUpdate.next()) {
            venues.insert(o.value(QLatin1String("key")).toString(),
                          venueUpdate.value(0).toLongLong());
            venueUpdate.finish();
            continue;
        }
        venues.insert(
            o.value(QLatin1String("key")).toString(),
            check(venueInserter.insert({o.value(QLatin1String("name")).toString(),
                                        o.value(QLatin1String("commune")).toString(),
                                        o.value(QLatin1String("address")).toString(), host},
                                       QString(), ts),
                  venueInserter));
    }
    QHash<QString, qint64> workshops;
    RowInserter workshopInserter(db, QStringLiteral("workshops"),
                                 {QStringLiteral("edition_id"), QStringLiteral("venue_id"),
                                  QStringLiteral("kind"), QStringLiteral("starts_at"),
                                  QStringLiteral("ends_at"), QStringLiteral("facilitator"),
                                  QStringLiteral("capacity")},
                                 RowInserter::Tracking::Tracked, origin);
    for (const QJsonValue &v : demo.value(QLatin1String("workshops")).toArray()) {
        const QJsonObject w = v.toObject();
        workshops.insert(
            w.value(QLatin1String("key")).toString(),
            check(workshopInserter.insert(
                      {editionId, nullableId(venues, w.value(QLatin1String("venue")).toString()),
                       w.value(QLatin1String("kind")).toString(),
                       workshopTime(w.value(QLatin1String("startsAt")).toString()),
                       workshopTime(w.value(QLatin1String("endsAt")).toString()),
                       w.value(QLatin1String("facilitator")).toString(),
                       w.value(QLatin1String("capacity")).toInt()},
                      QString(), ts),
                  workshopInserter));
    }

    // Organisations, holders and what they consented to.
    QHash<QString, qint64> organisations;
    RowInserter organisationInserter(db, QStringLiteral("organisations"),
                                     {QStringLiteral("name"), QStringLiteral("legal_form"),
                                      QStringLiteral("ess_declared"), QStringLiteral("commune")},
                                     RowInserter::Tracking::Tracked, origin);
    for (const QJsonValue &v : demo.value(QLatin1String("organisations")).toArray()) {
        const QJsonObject o = v.toObject();
        organisations.insert(o.value(QLatin1String("key")).toString(),
                             check(organisationInserter.insert(
                                       {o.value(QLatin1String("name")).toString(),
                                        o.value(QLatin1String("legalForm")).toString(),
                                        o.value(QLatin1String("essDeclared")).toBool() ? 1 : 0,
                                        o.value(QLatin1String("commune")).toString()},
                                       QString(), ts),
                                   organisationInserter));
    }
    QHash<QString, qint64> holders;
    RowInserter holderInserter(db, QStringLiteral("holders"),
                               {QStringLiteral("kind"), QStringLiteral("first_name"),
                                QStringLiteral("last_name"), QStringLiteral("organisation_id"),
                                QStringLiteral("commune"), QStringLiteral("email"),
                                QStringLiteral("phone")},
                               RowInserter::Tracking::Tracked, origin);
    RowInserter consentInserter(db, QStringLiteral("consents"),
                                {QStringLiteral("holder_id"), QStringLiteral("kind"),
                                 QStringLiteral("granted"), QStringLiteral("given_at"),
                                 QStringLiteral("method")},
                                RowInserter::Tracking::Tracked, origin);
    for (const QJsonValue &v : demo.value(QLatin1String("holders")).toArray()) {
        const QJsonObject h = v.toObject();
        const qint64 id =
            check(holderInserter.insert(
                      {h.value(QLatin1String("kind")).toString(),
                       h.value(QLatin1String("firstName")).toString(),
                       h.value(QLatin1String("lastName")).toString(),
                       nullableId(organisations, h.value(QLatin1String("organisation")).toString()),
                       h.value(QLatin1String("commune")).toString(),
                       h.value(QLatin1String("email")).toString(),
                       h.value(QLatin1String("phone")).toString()},
                      QString(), ts),
                  holderInserter);
        holders.insert(h.value(QLatin1String("key")).toString(), id);
        const QJsonObject consents = h.value(QLatin1String("consents")).toObject();
        for (auto it = consents.constBegin(); it != consents.constEnd(); ++it)
            check(consentInserter.insert(
                      {id, it.key(), it.value().toBool() ? 1 : 0, ts, QStringLiteral("paper_form")},
                      QString(), ts),
                  consentInserter);
    }

    // Projects, their holders, budgets, answers and attendance.
    RowInserter projectInserter(
        db, QStringLiteral("projects"),
        {QStringLiteral("edition_id"), QStringLiteral("venue_id"), QStringLiteral("category_id"),
         QStringLiteral("organisation_id"), QStringLiteral("title"), QStringLiteral("summary"),
         QStringLiteral("stage"), QStringLiteral("theme"), QStringLiteral("commune"),
         QStringLiteral("amount_requested_cents")},
        RowInserter::Tracking::Tracked, origin);
    RowInserter linkInserter(db, QStringLiteral("project_holders"),
                             {QStringLiteral("project_id"), QStringLiteral("holder_id"),
                              QStringLiteral("is_lead"), QStringLiteral("position")},
                             RowInserter::Tracking::Untracked);
    RowInserter budgetInserter(db, QStringLiteral("budget_lines"),
                               {QStringLiteral("project_id"), QStringLiteral("kind"),
                                QStringLiteral("category"), QStringLiteral("label"),
                                QStringLiteral("amount_cents"), QStringLiteral("position")},
                               RowInserter::Tracking::Tracked, origin);
    RowInserter answerInserter(db, QStringLiteral("answers"),
                               {QStringLiteral("project_id"), QStringLiteral("field_key"),
                                QStringLiteral("value"), QStringLiteral("methodology_code"),
                                QStringLiteral("methodology_version")},
                               RowInserter::Tracking::Tracked, origin);
    RowInserter attendanceInserter(db, QStringLiteral("attendance"),
                                   {QStringLiteral("workshop_id"), QStringLiteral("holder_id"),
                                    QStringLiteral("project_id"), QStringLiteral("status")},
                                   RowInserter::Tracking::Tracked, origin);
    QHash<QString, qint64> projectsByTitle;
    for (const QJsonValue &v : demo.value(QLatin1String("projects")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString updated = p.value(QLatin1String("updatedAt")).toString();
        const qint64 projectId =
            check(projectInserter.insert(
                      {editionId, nullableId(venues, p.value(QLatin1String("venue")).toString()),
                       nullableId(categories, p.value(QLatin1String("category")).toString()),
                       nullableId(organisations, p.value(QLatin1String("organisation")).toString()),
                       p.value(QLatin1String("title")).toString(),
                       p.value(QLatin1String("summary")).toString(),
                       p.value(QLatin1String("stage")).toString(),
                       p.value(QLatin1String("theme")).toString(),
                       p.value(QLatin1String("commune")).toString(),
                       cents(p.value(QLatin1String("amountRequestedEuros")))},
                      QString(), ts, updated),
                  projectInserter);
        projectsByTitle.insert(p.value(QLatin1String("title")).toString(), projectId);
        const QJsonArray projectHolders = p.value(QLatin1String("holders")).toArray();
        for (int i = 0; i < projectHolders.size(); ++i)
            check(linkInserter.insert({projectId, holders.value(projectHolders.at(i).toString()),
                                       i == 0 ? 1 : 0, i}),
                  linkInserter);
        int line = 0;
        for (const QJsonValue &b : p.value(QLatin1String("budget")).toArray()) {
            const QJsonObject o = b.toObject();
            check(budgetInserter.insert({projectId, o.value(QLatin1String("kind")).toString(),
                                         o.value(QLatin1String("category")).toString(),
                                         o.value(QLatin1String("label")).toString(),
                                         cents(o.value(QLatin1String("amountEuros"))), line++},
                                        QString(), ts, updated),
                  budgetInserter);
        }
        const QJsonObject answers = p.value(QLatin1String("answers")).toObject();
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
            const QString json = QString::fromUtf8(
                QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact));
            // Stored as a JSON value: strip the array brackets around the single element.
            check(answerInserter.insert({projectId, it.key(), json.mid(1, json.size() - 2),
                                         QStringLiteral("idee-au-projet"), 1},
                                        QString(), ts, updated),
                  answerInserter);
        }
        const qint64 leadHolder =
            projectHolders.isEmpty() ? -1 : holders.value(projectHolders.at(0).toString(), -1);
        for (const QJsonValue &a : p.value(QLatin1String("attendance")).toArray()) {
            const QJsonObject o = a.toObject();
            if (leadHolder < 0)
                break;
            check(attendanceInserter.insert(
                      {workshops.value(o.value(QLatin1String("workshop")).toString()), leadHolder,
                       projectId, o.value(QLatin1String("status")).toString()},
                      QString(), ts),
                  attendanceInserter);
        }
    }

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
            Review::setScore(workspace, projectId, categories.value(it.key()), it.value().toInt(),
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
