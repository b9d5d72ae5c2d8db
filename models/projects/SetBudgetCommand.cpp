#include "SetBudgetCommand.h"

#include "storage/Workspace.h"

SetBudgetCommand::SetBudgetCommand(Workspace *workspace, qint64 projectId,
                                   QList<BudgetLines::Line> oldLines,
                                   QList<BudgetLines::Line> newLines, const QString &text)
    : m_workspace(workspace)
    , m_projectId(projectId)
    , m_oldLines(std::move(oldLines))
    , m_newLines(std::move(newLines))
{
    setText(text);
}

void SetBudgetCommand::redo()
{
    apply(&m_newLines);
}

void SetBudgetCommand::undo()
{
    apply(&m_oldLines);
}

void SetBudgetCommand::apply(QList<BudgetLines::Line> *lines)
{
    if (!BudgetLines::replace(*m_workspace, m_projectId, *lines, &m_lastError)) {
        emit m_workspace->writeFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    // Lines written for the first time got their UUID: read them back so that undo and redo
    // keep the same identities instead of making new lines each time.
    QString error;
    const QList<BudgetLines::Line> written = BudgetLines::load(*m_workspace, m_projectId, &error);
    if (error.isEmpty() && written.size() == lines->size())
        *lines = written;
}
