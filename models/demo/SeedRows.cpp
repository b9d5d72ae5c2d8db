#include "SeedRows.h"

#include "storage/Workspace.h"

namespace {

// A reference to none, or a date or time not given: SQL NULL.
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Text never NULL (a QString() would bind as NULL).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result << QLatin1String(name);
    return result;
}

} // namespace

struct SeedRows::Inserters
{
    Inserters(QSqlDatabase db, const QString &origin)
        : editions(db, QStringLiteral("editions"),
                   columns({"year", "name", "envelope_cents", "comptoirs_start", "comptoirs_end",
                            "deposit_start", "deposit_end", "committee_start", "committee_end",
                            "vote_start", "vote_end", "results_date"}),
                   RowInserter::Tracking::Tracked, origin)
        , categories(
              db, QStringLiteral("categories"),
              columns({"edition_id", "code", "name", "description", "ceiling_cents", "position"}),
              RowInserter::Tracking::Tracked, origin)
        , hosts(db, QStringLiteral("host_organisations"), columns({"name", "kind", "commune"}),
                RowInserter::Tracking::Tracked, origin)
        , venues(db, QStringLiteral("venues"),
                 columns({"name", "commune", "commune_code", "address", "host_organisation_id"}),
                 RowInserter::Tracking::Tracked, origin)
        , workshops(db, QStringLiteral("workshops"),
                    columns({"edition_id", "venue_id", "kind", "starts_at", "ends_at",
                             "facilitator", "capacity"}),
                    RowInserter::Tracking::Tracked, origin)
        , organisations(db, QStringLiteral("organisations"),
                        columns({"name", "legal_form", "ess_declared", "commune"}),
                        RowInserter::Tracking::Tracked, origin)
        , holders(db, QStringLiteral("holders"),
                  columns({"kind", "first_name", "last_name", "organisation_id", "commune",
                           "commune_code", "email", "phone"}),
                  RowInserter::Tracking::Tracked, origin)
        , consents(db, QStringLiteral("consents"),
                   columns({"holder_id", "kind", "granted", "given_at", "method"}),
                   RowInserter::Tracking::Tracked, origin)
        , projects(db, QStringLiteral("projects"),
                   columns({"edition_id", "venue_id", "category_id", "organisation_id", "title",
                            "summary", "stage", "theme", "commune", "commune_code",
                            "amount_requested_cents"}),
                   RowInserter::Tracking::Tracked, origin)
        , projectHolders(db, QStringLiteral("project_holders"),
                         columns({"project_id", "holder_id", "is_lead", "position"}),
                         RowInserter::Tracking::Untracked)
        , answers(db, QStringLiteral("answers"),
                  columns({"project_id", "field_key", "value", "methodology_code",
                           "methodology_version"}),
                  RowInserter::Tracking::Tracked, origin)
        , budgetLines(
              db, QStringLiteral("budget_lines"),
              columns({"project_id", "kind", "category", "label", "amount_cents", "position"}),
              RowInserter::Tracking::Tracked, origin)
        , attendance(db, QStringLiteral("attendance"),
                     columns({"workshop_id", "holder_id", "project_id", "status"}),
                     RowInserter::Tracking::Tracked, origin)
    {}

    RowInserter editions, categories, hosts, venues, workshops, organisations, holders, consents,
        projects, projectHolders, answers, budgetLines, attendance;
};

SeedRows::SeedRows(Workspace &workspace)
    : m_inserters(std::make_unique<Inserters>(workspace.database(), workspace.origin()))
{}

SeedRows::~SeedRows() = default;

qint64 SeedRows::insert(RowInserter &inserter, const QVariantList &values, const Stamp &stamp)
{
    if (!m_failure.isEmpty())
        return -1;
    const qint64 id = inserter.insert(values, stamp.uuid, stamp.createdAt, stamp.updatedAt);
    if (id < 0)
        m_failure = inserter.lastError();
    return id;
}

qint64 SeedRows::edition(const Edition &e, const Stamp &stamp)
{
    return insert(m_inserters->editions,
                  {e.year, text(e.name), e.envelopeCents, textOrNull(e.comptoirsStart),
                   textOrNull(e.comptoirsEnd), textOrNull(e.depositStart), textOrNull(e.depositEnd),
                   textOrNull(e.committeeStart), textOrNull(e.committeeEnd),
                   textOrNull(e.voteStart), textOrNull(e.voteEnd), textOrNull(e.resultsDate)},
                  stamp);
}

qint64 SeedRows::category(const Category &c, const Stamp &stamp)
{
    return insert(
        m_inserters->categories,
        {c.editionId, text(c.code), text(c.name), text(c.description), c.ceilingCents, c.position},
        stamp);
}

qint64 SeedRows::host(const QString &name, const QString &kind, const QString &commune,
                      const Stamp &stamp)
{
    return insert(m_inserters->hosts, {text(name), text(kind), text(commune)}, stamp);
}

qint64 SeedRows::venue(const Venue &v, const Stamp &stamp)
{
    return insert(
        m_inserters->venues,
        {text(v.name), text(v.commune), text(v.communeCode), text(v.address), idOrNull(v.hostId)},
        stamp);
}

qint64 SeedRows::workshop(const Workshop &w, const Stamp &stamp)
{
    return insert(m_inserters->workshops,
                  {idOrNull(w.editionId), idOrNull(w.venueId), text(w.kind), text(w.startsAt),
                   textOrNull(w.endsAt), text(w.facilitator), w.capacity},
                  stamp);
}

qint64 SeedRows::organisation(const Organisation &o, const Stamp &stamp)
{
    return insert(m_inserters->organisations,
                  {text(o.name), text(o.legalForm), o.essDeclared ? 1 : 0, text(o.commune)}, stamp);
}

qint64 SeedRows::holder(const Holder &h, const Stamp &stamp)
{
    return insert(m_inserters->holders,
                  {text(h.kind), text(h.firstName), text(h.lastName), idOrNull(h.organisationId),
                   text(h.commune), text(h.communeCode), text(h.email), text(h.phone)},
                  stamp);
}

qint64 SeedRows::consent(qint64 holderId, const QString &kind, bool granted, const QString &givenAt,
                         const QString &method, const Stamp &stamp)
{
    return insert(m_inserters->consents,
                  {holderId, text(kind), granted ? 1 : 0, text(givenAt), text(method)}, stamp);
}

qint64 SeedRows::project(const Project &p, const Stamp &stamp)
{
    return insert(m_inserters->projects,
                  {idOrNull(p.editionId), idOrNull(p.venueId), idOrNull(p.categoryId),
                   idOrNull(p.organisationId), text(p.title), text(p.summary), text(p.stage),
                   text(p.theme), text(p.commune), text(p.communeCode), p.amountRequestedCents},
                  stamp);
}

qint64 SeedRows::projectHolder(qint64 projectId, qint64 holderId, bool lead, int position)
{
    return insert(m_inserters->projectHolders, {projectId, holderId, lead ? 1 : 0, position}, {});
}

qint64 SeedRows::answer(qint64 projectId, const QString &key, const QString &value,
                        const QString &methodologyCode, int methodologyVersion, const Stamp &stamp)
{
    return insert(m_inserters->answers,
                  {projectId, text(key), text(value), text(methodologyCode), methodologyVersion},
                  stamp);
}

qint64 SeedRows::budgetLine(qint64 projectId, const BudgetLine &line, const Stamp &stamp)
{
    return insert(m_inserters->budgetLines,
                  {projectId, text(line.kind), text(line.category), text(line.label),
                   line.amountCents, line.position},
                  stamp);
}

qint64 SeedRows::attendance(qint64 workshopId, qint64 holderId, qint64 projectId,
                            const QString &status, const Stamp &stamp)
{
    return insert(m_inserters->attendance,
                  {workshopId, holderId, idOrNull(projectId), text(status)}, stamp);
}
