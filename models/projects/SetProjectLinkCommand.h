#pragma once

#include "ProjectRecord.h"

#include <QUndoCommand>

class Workspace;

// Undoable change of one link of a project (edition, comptoir, category), written at once.
// Like SetAnswerCommand, it does not own the workspace.
class SetProjectLinkCommand final : public QUndoCommand
{
public:
    SetProjectLinkCommand(Workspace *workspace, qint64 projectId, ProjectRecord::Link link,
                          qint64 oldId, qint64 newId, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(qint64 id);

    Workspace *m_workspace;
    qint64 m_projectId;
    ProjectRecord::Link m_link;
    qint64 m_oldId;
    qint64 m_newId;
};
