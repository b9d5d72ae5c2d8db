#pragma once

#include "projects/BudgetLines.h"
#include "projects/ProjectRecord.h"
#include "projects/Stage.h"
#include "review/ProjectLinks.h"
#include "review/Review.h"
#include "util/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

class QUndoStack;
class Workspace;

// The workspace's undoable edits, one function each (as Subsurface's commands/): the window and
// its pages call these, never the command classes, which stay private to this folder. Each
// edit is written at once, in a transaction, by the model that owns the data (the commands hold
// no SQL), and becomes a step of the given undo stack; undo and redo write again.
//
// A write that fails is never recorded as done: no step is pushed, the failure comes back in
// French (the caller keeps the value as not saved and says why), and
// Workspace::writeFailed announces it too, as it does for a failed undo or redo. The steps do
// not own the workspace: the stack must be cleared before the workspace is closed.
namespace Commands {

// One answer. Successive edits of the same field in the same burst make one step, so Ctrl+Z
// undoes a burst of typing, not a character; the editor starts a new burst when the field is
// left.
Result<void> setAnswer(QUndoStack *stack, Workspace *workspace, qint64 projectId,
                       const QString &key, const QString &label, const QJsonValue &oldValue,
                       const QJsonValue &newValue, const QString &methodologyCode,
                       int methodologyVersion, int burst = 0);
// A project's budget lines, all together.
Result<void> setBudget(QUndoStack *stack, Workspace *workspace, qint64 projectId,
                       const QList<BudgetLines::Line> &oldLines,
                       const QList<BudgetLines::Line> &newLines, const QString &text);
// A project's stage, with the reason given for overriding the checks (empty when none was
// needed). The caller checks StageRules first.
Result<void> setStage(QUndoStack *stack, Workspace *workspace, qint64 projectId, Stage oldStage,
                      const QString &oldReason, Stage newStage, const QString &newReason);
// One link of a project (edition, comptoir, category); 0 for none.
Result<void> setLink(QUndoStack *stack, Workspace *workspace, qint64 projectId,
                     ProjectRecord::Link link, qint64 oldId, qint64 newId, const QString &text);

// The review's status of a project; successive changes of the same project make one step.
Result<void> setReviewStatus(QUndoStack *stack, Workspace *workspace, qint64 projectId,
                             const QString &title, Review::Status oldStatus,
                             Review::Status newStatus, const QString &reviewer);
// One criterion of the committee's grid; successive changes of the same criterion make one step.
Result<void> setScore(QUndoStack *stack, Workspace *workspace, qint64 projectId, qint64 categoryId,
                      const QString &criterion, std::optional<int> oldScore,
                      std::optional<int> newScore, const QString &author);
// A comment on a project; its id.
Result<qint64> addComment(QUndoStack *stack, Workspace *workspace, qint64 projectId,
                          const QString &author, const QString &body);
// Links two projects, or (no kind) removes their link; undo puts back what was there.
Result<void> linkProjects(QUndoStack *stack, Workspace *workspace, qint64 projectId, qint64 otherId,
                          const QString &otherTitle, std::optional<ProjectLinks::Kind> newKind);

// Moves projects (a workshop, a holder) to the trash; undo restores them as they were. `text`
// is what Édition › Annuler says ("la suppression de 3 projets").
Result<void> deleteProjects(QUndoStack *stack, Workspace *workspace,
                            const QList<qint64> &projectIds, const QString &text);
Result<void> deleteWorkshop(QUndoStack *stack, Workspace *workspace, qint64 workshopId,
                            const QString &text);
Result<void> deleteHolder(QUndoStack *stack, Workspace *workspace, qint64 holderId,
                          const QString &text);

} // namespace Commands
