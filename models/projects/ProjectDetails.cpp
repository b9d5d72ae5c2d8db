#include "ProjectDetails.h"

#include "methodology/MethodologyStore.h"
#include "organisations/Organisations.h"
#include "ProjectAnswers.h"
#include "ProjectRecord.h"
#include "storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

std::optional<ProjectDetails> ProjectDetails::load(const Workspace &workspace, qint64 projectId,
                                                   QString *error)
{
    Workspace::Statement statement = workspace.statement(QStringLiteral(
        "SELECT p.uuid, p.title, p.summary, p.stage, p.theme, p.commune,"
        "       p.amount_requested_cents, p.created_at, p.updated_at,"
        "       e.name, v.name, c.name, c.ceiling_cents,"
        "       o.name, o.legal_form, o.ess_declared,"
        "       m.name, m.version,"
        "       (SELECT count(*) FROM answers a WHERE a.project_id = p.id),"
        "       (SELECT coalesce(sum(amount_cents), 0) FROM budget_lines b"
        "         WHERE b.project_id = p.id AND b.kind = 'expense'),"
        "       (SELECT coalesce(sum(amount_cents), 0) FROM budget_lines b"
        "         WHERE b.project_id = p.id AND b.kind = 'resource'),"
        "       (SELECT count(DISTINCT t.workshop_id) FROM attendance t"
        "         WHERE t.project_id = p.id AND t.status = 'present'),"
        "       p.stage_override_reason, p.edition_id, c.floor_cents, e.envelope_cents"
        "  FROM projects p"
        "  LEFT JOIN editions e ON e.id = p.edition_id"
        "  LEFT JOIN venues v ON v.id = p.venue_id"
        "  LEFT JOIN categories c ON c.id = p.category_id"
        "  LEFT JOIN organisations o ON o.id = p.organisation_id"
        "  LEFT JOIN methodologies m ON m.id = p.methodology_id"
        " WHERE p.id = ?"));
    QSqlQuery &query = statement.query();
    query.addBindValue(projectId);
    if (!query.exec()) {
        *error = tr("The project cannot be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("This project no longer exists.");
        return std::nullopt;
    }

    ProjectDetails d;
    d.id = projectId;
    d.uuid = query.value(0).toString();
    d.title = query.value(1).toString();
    d.summary = query.value(2).toString();
    d.stage = Stages::fromCode(query.value(3).toString()).value_or(Stage::Idea);
    d.theme = query.value(4).toString();
    d.commune = query.value(5).toString();
    d.amountRequestedCents = query.value(6).toLongLong();
    d.createdAt = query.value(7).toString();
    d.updatedAt = query.value(8).toString();
    d.edition = query.value(9).toString();
    d.venue = query.value(10).toString();
    d.category = query.value(11).toString();
    d.categoryCeilingCents = query.value(12).toLongLong();
    d.organisation = query.value(13).toString();
    d.organisationLegalForm = Organisations::legalFormLabel(query.value(14).toString());
    d.organisationEssDeclared = query.value(15).toBool();
    if (!query.value(16).isNull())
        d.methodology =
            tr("%1, version %2").arg(query.value(16).toString()).arg(query.value(17).toInt());
    d.answerCount = query.value(18).toInt();
    d.expensesCents = query.value(19).toLongLong();
    d.resourcesCents = query.value(20).toLongLong();
    d.stageOverrideReason = query.value(22).toString();
    d.editionId = query.value(23).toLongLong();
    d.categoryFloorCents = query.value(24).toLongLong();
    d.envelopeCents = query.value(25).toLongLong();
    d.workshopsAttended = query.value(21).toInt();

    Workspace::Statement holdersStatement = workspace.statement(
        QStringLiteral("SELECT h.first_name, h.last_name, h.erased_at IS NOT NULL"
                       "  FROM project_holders ph JOIN holders h ON h.id = ph.holder_id"
                       " WHERE ph.project_id = ? ORDER BY ph.is_lead DESC, ph.position, h.id"));
    QSqlQuery &holders = holdersStatement.query();
    holders.addBindValue(projectId);
    if (!holders.exec()) {
        *error = tr("The project cannot be read: %1").arg(holders.lastError().text());
        return std::nullopt;
    }
    while (holders.next()) {
        if (holders.value(2).toBool()) {
            d.holders << tr("Anonymised holder");
            continue;
        }
        const QString name =
            (holders.value(0).toString() + QLatin1Char(' ') + holders.value(1).toString())
                .trimmed();
        d.holders << name;
    }
    return d;
}

std::optional<Completeness::Count> ProjectDetails::progress(const Workspace &workspace,
                                                           const ProjectDetails &details,
                                                           qint64 projectId, QString *error)
{
    // The project's own version of the methodology; the built-in one for a project never
    // opened (the editor gives it that one when it is).
    const qint64 methodologyId = ProjectRecord::methodologyId(workspace, projectId);
    std::optional<Methodology> methodology =
        methodologyId > 0 ? MethodologyStore::load(workspace, methodologyId, error)
                          : std::optional<Methodology>(Methodology::builtIn());
    if (!methodology)
        return std::nullopt;
    QString readError;
    const auto answers = ProjectAnswers::all(workspace, projectId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    return Completeness::project(*methodology, answers,
                                 details.expensesCents > 0 && details.resourcesCents > 0);
}
