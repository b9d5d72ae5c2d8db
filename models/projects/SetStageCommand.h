#pragma once

#include "Stage.h"

#include <QString>
#include <QUndoCommand>

class Workspace;

// Undoable change of a project's stage, written at once in one transaction with the reason
// given for overriding the eligibility checks (empty when none was needed). The caller checks
// StageRules first. Like SetAnswerCommand, it does not own the workspace.
class SetStageCommand final : public QUndoCommand
{
public:
    SetStageCommand(Workspace *workspace, qint64 projectId, Stage oldStage,
                    const QString &oldReason, Stage newStage, const QString &newReason);

    void redo() override;
    void undo() override;
    QString lastError() const { return m_lastError; }

    // Writes stage and reason; false with error set when it could not.
    static bool write(Workspace &workspace, qint64 projectId, Stage stage, const QString &reason,
                      QString *error);

private:
    void apply(Stage stage, const QString &reason);

    Workspace *m_workspace;
    qint64 m_projectId;
    Stage m_oldStage;
    QString m_oldReason;
    Stage m_newStage;
    QString m_newReason;
    QString m_lastError;
};
