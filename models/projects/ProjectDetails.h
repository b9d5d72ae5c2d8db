#pragma once

#include "methodology/Completeness.h"
#include "Stage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;

// What the details pane shows of one project, read in one go from the workspace.
class ProjectDetails final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDetails)

public:
    qint64 id = 0;
    QString uuid;
    QString title;
    QString summary;
    Stage stage = Stage::Idea;
    QString stageOverrideReason; // why it was marked ready though a check did not pass
    QString theme;
    QString commune;
    QString edition;
    QString venue;
    QString category;
    qint64 categoryCeilingCents = 0;
    qint64 categoryFloorCents = 0;
    qint64 editionId = 0;
    qint64 envelopeCents = 0;
    QString organisation;
    QString organisationLegalForm; // as shown: « Association (loi 1901) »
    bool organisationEssDeclared = false;
    QStringList holders; // the lead first
    qint64 amountRequestedCents = 0;
    qint64 expensesCents = 0;
    qint64 resourcesCents = 0;
    int answerCount = 0;
    int workshopsAttended = 0;
    QString methodology; // name and version, empty when none
    QString createdAt;
    QString updatedAt;

    static std::optional<ProjectDetails> load(const Workspace &workspace, qint64 projectId,
                                              QString *error);
    // How far the project has got through its methodology, counted as the editor counts it
    // (the title, summary and communes kept on the project count as answers).
    static std::optional<Completeness::Count> progress(const Workspace &workspace,
                                                       const ProjectDetails &details,
                                                       qint64 projectId, QString *error);
};
