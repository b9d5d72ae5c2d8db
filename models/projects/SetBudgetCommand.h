#pragma once

#include "BudgetLines.h"

#include <QUndoCommand>

class Workspace;

// Undoable change of a project's budget lines: redo() writes the new set, undo() the old one,
// each in one transaction, at once. Like SetAnswerCommand, it does not own the workspace.
class SetBudgetCommand final : public QUndoCommand
{
public:
    SetBudgetCommand(Workspace *workspace, qint64 projectId, QList<BudgetLines::Line> oldLines,
                     QList<BudgetLines::Line> newLines, const QString &text);

    void redo() override;
    void undo() override;
    QString lastError() const { return m_lastError; }

private:
    void apply(QList<BudgetLines::Line> *lines);

    Workspace *m_workspace;
    qint64 m_projectId;
    QList<BudgetLines::Line> m_oldLines;
    QList<BudgetLines::Line> m_newLines;
    QString m_lastError;
};
