#include "SetProjectLinkCommand.h"

#include "storage/Workspace.h"

SetProjectLinkCommand::SetProjectLinkCommand(Workspace *workspace, qint64 projectId,
                                             ProjectRecord::Link link, qint64 oldId, qint64 newId,
                                             const QString &text)
    : m_workspace(workspace)
    , m_projectId(projectId)
    , m_link(link)
    , m_oldId(oldId)
    , m_newId(newId)
{
    setText(text);
}

void SetProjectLinkCommand::redo()
{
    apply(m_newId);
}

void SetProjectLinkCommand::undo()
{
    apply(m_oldId);
}

void SetProjectLinkCommand::apply(qint64 id)
{
    QString error;
    if (!ProjectRecord::setLink(*m_workspace, m_projectId, m_link, id, &error))
        emit m_workspace->writeFailed(error);
}
