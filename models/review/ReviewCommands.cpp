#include "ReviewCommands.h"

#include "storage/Workspace.h"

SetReviewStatusCommand::SetReviewStatusCommand(Workspace *workspace, qint64 projectId,
                                               const QString &title, Review::Status oldStatus,
                                               Review::Status newStatus, const QString &reviewer)
    : m_workspace(workspace)
    , m_projectId(projectId)
    , m_old(oldStatus)
    , m_new(newStatus)
    , m_reviewer(reviewer)
{
    setText(tr("the review status of “%1”").arg(title));
}

void SetReviewStatusCommand::redo()
{
    apply(m_new);
}

void SetReviewStatusCommand::undo()
{
    apply(m_old);
}

bool SetReviewStatusCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetReviewStatusCommand *>(other);
    if (next->m_workspace != m_workspace || next->m_projectId != m_projectId)
        return false;
    m_new = next->m_new;
    return true;
}

void SetReviewStatusCommand::apply(Review::Status status)
{
    QString error;
    if (!Review::setStatus(*m_workspace, m_projectId, status, m_reviewer, &error))
        emit m_workspace->writeFailed(error);
}

SetScoreCommand::SetScoreCommand(Workspace *workspace, qint64 projectId, qint64 categoryId,
                                 const QString &criterion, std::optional<int> oldScore,
                                 std::optional<int> newScore, const QString &author)
    : m_workspace(workspace)
    , m_projectId(projectId)
    , m_categoryId(categoryId)
    , m_old(oldScore)
    , m_new(newScore)
    , m_author(author)
{
    setText(tr("the score “%1”").arg(criterion));
}

void SetScoreCommand::redo()
{
    apply(m_new);
}

void SetScoreCommand::undo()
{
    apply(m_old);
}

bool SetScoreCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetScoreCommand *>(other);
    if (next->m_workspace != m_workspace || next->m_projectId != m_projectId ||
        next->m_categoryId != m_categoryId)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

void SetScoreCommand::apply(std::optional<int> score)
{
    QString error;
    if (!Review::setScore(*m_workspace, m_projectId, m_categoryId, score, m_author, &error))
        emit m_workspace->writeFailed(error);
}

AddCommentCommand::AddCommentCommand(Workspace *workspace, qint64 projectId, const QString &author,
                                     const QString &body)
    : m_workspace(workspace)
    , m_projectId(projectId)
    , m_author(author)
    , m_body(body)
{
    setText(tr("the comment"));
}

void AddCommentCommand::redo()
{
    QString error;
    m_commentId = Review::addComment(*m_workspace, m_projectId, m_author, m_body, &error);
    if (m_commentId < 0) {
        m_commentId = 0;
        emit m_workspace->writeFailed(error);
    }
}

void AddCommentCommand::undo()
{
    QString error;
    if (m_commentId > 0 && !Review::removeComment(*m_workspace, m_commentId, &error))
        emit m_workspace->writeFailed(error);
    m_commentId = 0;
}

LinkProjectsCommand::LinkProjectsCommand(Workspace *workspace, qint64 projectId, qint64 otherId,
                                         const QString &otherTitle,
                                         std::optional<ProjectLinks::Kind> newKind)
    : m_workspace(workspace)
    , m_projectId(projectId)
    , m_otherId(otherId)
    , m_new(newKind)
{
    QString error;
    if (const auto links = ProjectLinks::links(*workspace, projectId, &error)) {
        for (const ProjectLinks::Link &link : *links) {
            if (link.otherId == otherId) {
                m_old = link.kind;
                m_oldNote = link.note;
            }
        }
    }
    setText(newKind ? tr("the link with “%1”").arg(otherTitle)
                    : tr("the removal of the link with “%1”").arg(otherTitle));
}

void LinkProjectsCommand::redo()
{
    apply(m_new, m_new == m_old ? m_oldNote : QString());
}

void LinkProjectsCommand::undo()
{
    apply(m_old, m_oldNote);
}

void LinkProjectsCommand::apply(std::optional<ProjectLinks::Kind> kind, const QString &note)
{
    QString error;
    bool ok = true;
    if (kind) {
        ok = ProjectLinks::link(*m_workspace, m_projectId, m_otherId, *kind, note, &error);
    } else if (const auto links = ProjectLinks::links(*m_workspace, m_projectId, &error)) {
        for (const ProjectLinks::Link &link : *links) {
            if (link.otherId == m_otherId)
                ok = ProjectLinks::unlink(*m_workspace, link.id, &error) && ok;
        }
    } else {
        ok = false;
    }
    if (!ok)
        emit m_workspace->writeFailed(error);
}
