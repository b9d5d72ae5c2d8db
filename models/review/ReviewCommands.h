#pragma once

#include "ProjectLinks.h"
#include "Review.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

class Workspace;

// The review's edits as undoable steps (Ctrl+Z on the review page). Like SetAnswerCommand,
// redo() and undo() write to the workspace at once, each in its own transaction; a failed
// write is announced by Workspace::writeFailed. The commands do not own the workspace: the stack
// holding them is cleared before the workspace is closed. A merge is not among them: it is
// confirmed instead, and cannot be undone.
class SetReviewStatusCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetReviewStatusCommand)

public:
    SetReviewStatusCommand(Workspace *workspace, qint64 projectId, const QString &title,
                           Review::Status oldStatus, Review::Status newStatus,
                           const QString &reviewer);
    void redo() override;
    void undo() override;
    // Successive changes of the same project's status (going through the list with the
    // arrows) make one step.
    int id() const override { return 0x52; } // 'R'
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(Review::Status status);
    Workspace *m_workspace;
    qint64 m_projectId;
    Review::Status m_old;
    Review::Status m_new;
    QString m_reviewer;
};

// One criterion of the grid; successive changes of the same criterion (the spin box's arrows)
// make one step.
class SetScoreCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetScoreCommand)

public:
    SetScoreCommand(Workspace *workspace, qint64 projectId, qint64 categoryId,
                    const QString &criterion, std::optional<int> oldScore,
                    std::optional<int> newScore, const QString &author);
    void redo() override;
    void undo() override;
    int id() const override { return 0x53; } // 'S'
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(std::optional<int> score);
    Workspace *m_workspace;
    qint64 m_projectId;
    qint64 m_categoryId;
    std::optional<int> m_old;
    std::optional<int> m_new;
    QString m_author;
};

class AddCommentCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCommentCommand)

public:
    AddCommentCommand(Workspace *workspace, qint64 projectId, const QString &author,
                      const QString &body);
    void redo() override;
    void undo() override;
    // The comment written by the last redo(), 0 when it failed.
    qint64 commentId() const { return m_commentId; }

private:
    Workspace *m_workspace;
    qint64 m_projectId;
    QString m_author;
    QString m_body;
    qint64 m_commentId = 0;
};

// Links two projects, or (kind none) removes their link; undo puts back what was there.
class LinkProjectsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(LinkProjectsCommand)

public:
    LinkProjectsCommand(Workspace *workspace, qint64 projectId, qint64 otherId,
                        const QString &otherTitle, std::optional<ProjectLinks::Kind> newKind);
    void redo() override;
    void undo() override;

private:
    void apply(std::optional<ProjectLinks::Kind> kind, const QString &note);
    Workspace *m_workspace;
    qint64 m_projectId;
    qint64 m_otherId;
    std::optional<ProjectLinks::Kind> m_old;
    QString m_oldNote;
    std::optional<ProjectLinks::Kind> m_new;
};
