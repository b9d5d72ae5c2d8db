#include "PartnerSuggestions.h"

#include "Organisations.h"
#include "projects/ProjectAnswers.h"
#include "reference/CommuneValue.h"
#include "reference/Communes.h"
#include "review/SimilarProjects.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

Result<QList<PartnerSuggestions::Partner>>
PartnerSuggestions::partners(const Workspace &workspace, qint64 projectId, int limit)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT theme, commune_code, coalesce(venue_id, 0) FROM"
                                 " projects WHERE id = ?"));
    query.addBindValue(projectId);
    if (!query.exec() || !query.next())
        return Failure{tr("This project no longer exists.")};
    QString theme = query.value(0).toString();
    if (theme.isEmpty())
        theme = ProjectAnswers::value(workspace, projectId, QStringLiteral("idee.theme")).toString();
    // The project's territory: its main commune and every commune its answer names.
    QSet<QString> communes;
    if (!query.value(1).toString().isEmpty())
        communes.insert(query.value(1).toString());
    for (const CommuneValue::Entry &e : CommuneValue::entries(
             ProjectAnswers::value(workspace, projectId, QStringLiteral("public.communes")))) {
        if (!e.code.isEmpty())
            communes.insert(e.code);
    }
    const qint64 venue = query.value(2).toLongLong();
    // Those already in its table.
    QSet<QString> already;
    for (const QJsonValue &row :
         ProjectAnswers::value(workspace, projectId, QStringLiteral("partenaires.partenaires"))
             .toArray())
        already.insert(TextFolding::fold(
            row.toObject().value(QLatin1String("partenaire")).toString().simplified()));

    if (!query.exec(QStringLiteral(
            "SELECT o.id, o.uuid, o.name, o.directory_kind, o.themes, o.whole_department,"
            "       o.communes, coalesce(v.name, ''),"
            "       EXISTS (SELECT 1 FROM organisation_venues ov WHERE ov.organisation_id = o.id"
            "                  AND ov.venue_id = %1)"
            "  FROM organisations o LEFT JOIN venues v ON v.id = %1"
            " WHERE o.directory_kind <> ''")
                        .arg(venue)))
        return Failure{tr("The directory could not be read: %1").arg(query.lastError().text())};
    QList<Partner> result;
    const QString foldedTheme = TextFolding::fold(theme);
    while (query.next()) {
        Partner p;
        p.organisationId = query.value(0).toLongLong();
        p.uuid = query.value(1).toString();
        p.name = query.value(2).toString();
        if (already.contains(TextFolding::fold(p.name.simplified())))
            continue;
        p.kind = Organisations::label(
            Organisations::directoryKindFromCode(query.value(3).toString()));
        bool themeMet = false;
        for (const QString &t : query.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!foldedTheme.isEmpty() && TextFolding::fold(t) == foldedTheme) {
                p.reasons << tr("supports « %1 »").arg(t);
                p.score += 3;
                themeMet = true;
            }
        }
        bool territoryMet = false;
        if (query.value(5).toBool()) {
            p.reasons << tr("works in the whole department");
            p.score += 1;
            territoryMet = true;
        } else {
            QStringList where;
            for (const QString &code :
                 query.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (communes.contains(code)) {
                    const Commune *c = Communes::byCode(code);
                    where << (c ? c->name : code);
                }
            }
            if (!where.isEmpty()) {
                p.reasons << tr("works in %1").arg(where.join(QStringLiteral(", ")));
                p.score += 2;
                territoryMet = true;
            }
        }
        if (query.value(8).toBool()) {
            p.reasons << tr("comes to the %1").arg(query.value(7).toString());
            p.score += 2;
            territoryMet = true;
        }
        // By theme and territory: a partner of another theme elsewhere is no suggestion.
        if (!themeMet && !territoryMet)
            continue;
        result << p;
    }
    std::sort(result.begin(), result.end(), [](const Partner &a, const Partner &b) {
        return a.score != b.score ? a.score > b.score
                                  : QString::localeAwareCompare(a.name, b.name) < 0;
    });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

Result<QList<PartnerSuggestions::Project>>
PartnerSuggestions::projects(Workspace &workspace, qint64 projectId, int limit)
{
    QString error;
    // More than asked: those whose holders did not agree to be named are left out.
    const auto matches = SimilarProjects::find(workspace, projectId, limit * 4, &error);
    if (!matches)
        return Failure{error};
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "SELECT trim(h.first_name || ' ' || h.last_name) FROM project_holders ph"
        "  JOIN holders h ON h.id = ph.holder_id"
        "  JOIN consents c ON c.holder_id = h.id AND c.kind = 'publish_name' AND c.granted = 1"
        " WHERE ph.project_id = ? AND h.erased_at IS NULL ORDER BY ph.position"));
    QList<Project> result;
    for (const SimilarProjects::Match &m : *matches) {
        query.addBindValue(m.id);
        if (!query.exec())
            return Failure{tr("The holders could not be read: %1").arg(query.lastError().text())};
        QStringList named;
        while (query.next())
            named << query.value(0).toString();
        if (named.isEmpty())
            continue;
        result << Project{m.id, m.title, m.venue, named, m.percent};
        if (result.size() >= limit)
            break;
    }
    return result;
}
