#include "SetStageCommand.h"

#include "ProjectRecord.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

SetStageCommand::SetStageCommand(Workspace *workspace, qint64 projectId, Stage oldStage,
                                 const QString &oldReason, Stage newStage, const QString &newReason)
    : m_workspace(workspace)
    , m_projectId(projectId)
    , m_oldStage(oldStage)
    , m_oldReason(oldReason)
    , m_newStage(newStage)
    , m_newReason(newReason)
{
    setText(
        QCoreApplication::translate("SetStageCommand", "stage “%1”").arg(Stages::name(newStage)));
}

bool SetStageCommand::write(Workspace &workspace, qint64 projectId, Stage stage,
                            const QString &reason, QString *error)
{
    return ProjectRecord::setStage(workspace, projectId, stage, reason, error);
}

void SetStageCommand::redo()
{
    apply(m_newStage, m_newReason);
}

void SetStageCommand::undo()
{
    apply(m_oldStage, m_oldReason);
}

void SetStageCommand::apply(Stage stage, const QString &reason)
{
    if (write(*m_workspace, m_projectId, stage, reason, &m_lastError)) {
        m_lastError.clear();
    } else {
        emit m_workspace->writeFailed(m_lastError);
    }
}
