#include "Commands.h"

#include "projects/ProjectAnswers.h"
#include "session/Deletions.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace {

// A step that writes at once: redo() the new state, undo() the old one, each through the model
// that owns the data. A write that fails is announced (Workspace::writeFailed); when it is the
// first, the step makes itself obsolete, so the stack drops it, and the failure goes back to the
// facade's caller.
class WriteCommand : public QUndoCommand
{
public:
    void redo() final
    {
        const bool first = !m_done;
        m_done = true;
        run(true, first);
    }
    void undo() final { run(false, false); }

    bool failed() const { return !m_lastError.isEmpty(); }
    // Where the first write's failure goes, until the step is pushed.
    void reportFirstFailureTo(QString *failure) { m_firstFailure = failure; }

protected:
    explicit WriteCommand(Workspace *workspace)
        : m_workspace(workspace)
    {}
    // Writes the step's new (forward) or old state; false with error set when it could not.
    virtual bool write(bool forward, QString *error) = 0;
    // A step merges only with the next one of the same kind that was written.
    template<typename C> const C *mergeable(const QUndoCommand *other) const
    {
        const auto *next = static_cast<const C *>(other);
        return next->m_workspace == m_workspace && !next->failed() ? next : nullptr;
    }

    Workspace *m_workspace;

private:
    void run(bool forward, bool first)
    {
        QString error;
        if (write(forward, &error)) {
            m_lastError.clear();
            return;
        }
        m_lastError = error.isEmpty() ? QStringLiteral("?") : error;
        emit m_workspace->writeFailed(m_lastError);
        if (first) {
            setObsolete(true);
            if (m_firstFailure)
                *m_firstFailure = m_lastError;
        }
    }

    QString m_lastError;
    QString *m_firstFailure = nullptr;
    bool m_done = false;
};

class SetAnswerCommand final : public WriteCommand
{
public:
    SetAnswerCommand(Workspace *workspace, qint64 projectId, const QString &key,
                     const QString &label, const QJsonValue &oldValue, const QJsonValue &newValue,
                     const QString &methodologyCode, int methodologyVersion, int burst)
        : WriteCommand(workspace)
        , m_projectId(projectId)
        , m_key(key)
        , m_oldValue(oldValue)
        , m_newValue(newValue)
        , m_methodologyCode(methodologyCode)
        , m_methodologyVersion(methodologyVersion)
        , m_burst(burst)
    {
        setText(QCoreApplication::translate("SetAnswerCommand", "edit “%1”").arg(label));
    }
    int id() const override { return 0x41; } // 'A'
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = mergeable<SetAnswerCommand>(other);
        if (!next || next->m_projectId != m_projectId || next->m_key != m_key ||
            next->m_burst != m_burst)
            return false;
        m_newValue = next->m_newValue;
        setObsolete(m_newValue == m_oldValue); // typed and typed back: nothing to undo
        return true;
    }

private:
    bool write(bool forward, QString *error) override
    {
        return ProjectAnswers::write(*m_workspace, m_projectId, m_key,
                                     forward ? m_newValue : m_oldValue, m_methodologyCode,
                                     m_methodologyVersion, error);
    }

    qint64 m_projectId;
    QString m_key;
    QJsonValue m_oldValue;
    QJsonValue m_newValue;
    QString m_methodologyCode;
    int m_methodologyVersion;
    int m_burst;
};

class SetBudgetCommand final : public WriteCommand
{
public:
    SetBudgetCommand(Workspace *workspace, qint64 projectId, QList<BudgetLines::Line> oldLines,
                     QList<BudgetLines::Line> newLines, const QString &text)
        : WriteCommand(workspace)
        , m_projectId(projectId)
        , m_oldLines(std::move(oldLines))
        , m_newLines(std::move(newLines))
    {
        setText(text);
    }

private:
    bool write(bool forward, QString *error) override
    {
        QList<BudgetLines::Line> &lines = forward ? m_newLines : m_oldLines;
        if (!BudgetLines::replace(*m_workspace, m_projectId, lines, error))
            return false;
        // Lines written for the first time got their UUID: read back, so that undo and redo
        // keep the same identities instead of making new lines each time.
        QString readError;
        const QList<BudgetLines::Line> written =
            BudgetLines::load(*m_workspace, m_projectId, &readError);
        if (readError.isEmpty() && written.size() == lines.size())
            lines = written;
        return true;
    }

    qint64 m_projectId;
    QList<BudgetLines::Line> m_oldLines;
    QList<BudgetLines::Line> m_newLines;
};

class SetStageCommand final : public WriteCommand
{
public:
    SetStageCommand(Workspace *workspace, qint64 projectId, Stage oldStage,
                    const QString &oldReason, Stage newStage, const QString &newReason)
        : WriteCommand(workspace)
        , m_projectId(projectId)
        , m_oldStage(oldStage)
        , m_oldReason(oldReason)
        , m_newStage(newStage)
        , m_newReason(newReason)
    {
        setText(QCoreApplication::translate("SetStageCommand", "stage “%1”")
                    .arg(Stages::name(newStage)));
    }

private:
    bool write(bool forward, QString *error) override
    {
        return ProjectRecord::setStage(*m_workspace, m_projectId, forward ? m_newStage : m_oldStage,
                                       forward ? m_newReason : m_oldReason, error);
    }

    qint64 m_projectId;
    Stage m_oldStage;
    QString m_oldReason;
    Stage m_newStage;
    QString m_newReason;
};

class SetLinkCommand final : public WriteCommand
{
public:
    SetLinkCommand(Workspace *workspace, qint64 projectId, ProjectRecord::Link link, qint64 oldId,
                   qint64 newId, const QString &text)
        : WriteCommand(workspace)
        , m_projectId(projectId)
        , m_link(link)
        , m_oldId(oldId)
        , m_newId(newId)
    {
        setText(text);
    }

private:
    bool write(bool forward, QString *error) override
    {
        return ProjectRecord::setLink(*m_workspace, m_projectId, m_link,
                                      forward ? m_newId : m_oldId, error);
    }

    qint64 m_projectId;
    ProjectRecord::Link m_link;
    qint64 m_oldId;
    qint64 m_newId;
};

// A new edition and no category, in one step: categories belong to an edition. Undo puts both
// back; a failed write of either is a failed step.
class SetEditionCommand final : public WriteCommand
{
public:
    SetEditionCommand(Workspace *workspace, qint64 projectId, qint64 oldEdition, qint64 newEdition,
                      qint64 oldCategory, const QString &text)
        : WriteCommand(workspace)
        , m_projectId(projectId)
        , m_oldEdition(oldEdition)
        , m_newEdition(newEdition)
        , m_oldCategory(oldCategory)
    {
        setText(text);
    }

private:
    bool write(bool forward, QString *error) override
    {
        using Link = ProjectRecord::Link;
        if (forward)
            return ProjectRecord::setLink(*m_workspace, m_projectId, Link::Category, 0, error) &&
                   ProjectRecord::setLink(*m_workspace, m_projectId, Link::Edition, m_newEdition,
                                          error);
        return ProjectRecord::setLink(*m_workspace, m_projectId, Link::Edition, m_oldEdition,
                                      error) &&
               ProjectRecord::setLink(*m_workspace, m_projectId, Link::Category, m_oldCategory,
                                      error);
    }

    qint64 m_projectId;
    qint64 m_oldEdition;
    qint64 m_newEdition;
    qint64 m_oldCategory;
};

class SetReviewStatusCommand final : public WriteCommand
{
public:
    SetReviewStatusCommand(Workspace *workspace, qint64 projectId, const QString &title,
                           Review::Status oldStatus, Review::Status newStatus,
                           const QString &reviewer)
        : WriteCommand(workspace)
        , m_projectId(projectId)
        , m_old(oldStatus)
        , m_new(newStatus)
        , m_reviewer(reviewer)
    {
        setText(QCoreApplication::translate("SetReviewStatusCommand", "the review status of “%1”")
                    .arg(title));
    }
    int id() const override { return 0x52; } // 'R'
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = mergeable<SetReviewStatusCommand>(other);
        if (!next || next->m_projectId != m_projectId)
            return false;
        m_new = next->m_new;
        return true;
    }

private:
    bool write(bool forward, QString *error) override
    {
        return Review::setStatus(*m_workspace, m_projectId, forward ? m_new : m_old, m_reviewer,
                                 error);
    }

    qint64 m_projectId;
    Review::Status m_old;
    Review::Status m_new;
    QString m_reviewer;
};

class SetScoreCommand final : public WriteCommand
{
public:
    SetScoreCommand(Workspace *workspace, qint64 projectId, qint64 categoryId,
                    const QString &criterion, std::optional<int> oldScore,
                    std::optional<int> newScore, const QString &author)
        : WriteCommand(workspace)
        , m_projectId(projectId)
        , m_categoryId(categoryId)
        , m_old(oldScore)
        , m_new(newScore)
        , m_author(author)
    {
        setText(QCoreApplication::translate("SetScoreCommand", "the score “%1”").arg(criterion));
    }
    int id() const override { return 0x53; } // 'S'
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = mergeable<SetScoreCommand>(other);
        if (!next || next->m_projectId != m_projectId || next->m_categoryId != m_categoryId)
            return false;
        m_new = next->m_new;
        setObsolete(m_new == m_old);
        return true;
    }

private:
    bool write(bool forward, QString *error) override
    {
        return Review::setScore(*m_workspace, m_projectId, m_categoryId, forward ? m_new : m_old,
                                m_author, error);
    }

    qint64 m_projectId;
    qint64 m_categoryId;
    std::optional<int> m_old;
    std::optional<int> m_new;
    QString m_author;
};

class AddCommentCommand final : public WriteCommand
{
public:
    AddCommentCommand(Workspace *workspace, qint64 projectId, const QString &author,
                      const QString &body, qint64 *written)
        : WriteCommand(workspace)
        , m_projectId(projectId)
        , m_author(author)
        , m_body(body)
        , m_written(written)
    {
        setText(QCoreApplication::translate("AddCommentCommand", "the comment"));
    }

private:
    bool write(bool forward, QString *error) override
    {
        if (forward) {
            m_commentId = Review::addComment(*m_workspace, m_projectId, m_author, m_body, error);
            if (m_commentId <= 0)
                return false;
            if (m_written) // the first time only: the facade reads it
                *std::exchange(m_written, nullptr) = m_commentId;
            return true;
        }
        const bool ok = m_commentId <= 0 || Review::removeComment(*m_workspace, m_commentId, error);
        m_commentId = 0;
        return ok;
    }

    qint64 m_projectId;
    QString m_author;
    QString m_body;
    qint64 *m_written;
    qint64 m_commentId = 0;
};

class LinkProjectsCommand final : public WriteCommand
{
public:
    LinkProjectsCommand(Workspace *workspace, qint64 projectId, qint64 otherId,
                        const QString &otherTitle, std::optional<ProjectLinks::Kind> newKind)
        : WriteCommand(workspace)
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
        setText(newKind ? QCoreApplication::translate("LinkProjectsCommand", "the link with “%1”")
                              .arg(otherTitle)
                        : QCoreApplication::translate("LinkProjectsCommand",
                                                      "the removal of the link with “%1”")
                              .arg(otherTitle));
    }

private:
    bool write(bool forward, QString *error) override
    {
        const std::optional<ProjectLinks::Kind> kind = forward ? m_new : m_old;
        const QString note = !forward || m_new == m_old ? m_oldNote : QString();
        if (kind)
            return ProjectLinks::link(*m_workspace, m_projectId, m_otherId, *kind, note, error);
        const auto links = ProjectLinks::links(*m_workspace, m_projectId, error);
        if (!links)
            return false;
        bool ok = true;
        for (const ProjectLinks::Link &link : *links) {
            if (link.otherId == m_otherId)
                ok = ProjectLinks::unlink(*m_workspace, link.id, error) && ok;
        }
        return ok;
    }

    qint64 m_projectId;
    qint64 m_otherId;
    std::optional<ProjectLinks::Kind> m_old;
    QString m_oldNote;
    std::optional<ProjectLinks::Kind> m_new;
};

// Records moved to the trash: undo restores them as they were, redo moves them again. (A
// record restored under another id, because a new one took its own meanwhile, is followed.)
class DeleteCommand final : public WriteCommand
{
public:
    DeleteCommand(Workspace *workspace, QString kind, QList<qint64> ids, const QString &text)
        : WriteCommand(workspace)
        , m_kind(std::move(kind))
        , m_ids(std::move(ids))
    {
        setText(text);
    }

private:
    bool write(bool forward, QString *error) override
    {
        if (!forward) {
            const Result<QList<qint64>> restored = Deletions::restore(*m_workspace, m_entries);
            if (!restored) {
                *error = restored.error();
                return false;
            }
            m_ids = *restored;
            return true;
        }
        Result<QList<qint64>> entries = Failure{};
        if (m_kind == QLatin1String("project")) {
            entries = Deletions::deleteProjects(*m_workspace, m_ids);
        } else {
            const Result<qint64> entry =
                m_kind == QLatin1String("workshop")
                    ? Deletions::deleteWorkshop(*m_workspace, m_ids.value(0))
                    : Deletions::deleteHolder(*m_workspace, m_ids.value(0));
            entries = entry ? Result<QList<qint64>>(QList<qint64>{*entry})
                            : Result<QList<qint64>>(Failure{entry.error()});
        }
        if (!entries) {
            *error = entries.error();
            return false;
        }
        m_entries = *entries;
        return true;
    }

    QString m_kind;
    QList<qint64> m_ids;
    QList<qint64> m_entries;
};

// Pushes a step (which writes it); the first write's failure, if any.
Result<void> push(QUndoStack *stack, WriteCommand *command)
{
    QString failure;
    command->reportFirstFailureTo(&failure);
    stack->push(command); // dropped (deleted) when its first write failed, or merged
    if (!failure.isEmpty())
        return Failure{failure};
    return {};
}

} // namespace

namespace Commands {

Result<void> setAnswer(QUndoStack *stack, Workspace *workspace, qint64 projectId,
                       const QString &key, const QString &label, const QJsonValue &oldValue,
                       const QJsonValue &newValue, const QString &methodologyCode,
                       int methodologyVersion, int burst)
{
    return push(stack, new SetAnswerCommand(workspace, projectId, key, label, oldValue, newValue,
                                            methodologyCode, methodologyVersion, burst));
}

Result<void> setBudget(QUndoStack *stack, Workspace *workspace, qint64 projectId,
                       const QList<BudgetLines::Line> &oldLines,
                       const QList<BudgetLines::Line> &newLines, const QString &text)
{
    return push(stack, new SetBudgetCommand(workspace, projectId, oldLines, newLines, text));
}

Result<void> setStage(QUndoStack *stack, Workspace *workspace, qint64 projectId, Stage oldStage,
                      const QString &oldReason, Stage newStage, const QString &newReason)
{
    return push(
        stack, new SetStageCommand(workspace, projectId, oldStage, oldReason, newStage, newReason));
}

Result<void> setLink(QUndoStack *stack, Workspace *workspace, qint64 projectId,
                     ProjectRecord::Link link, qint64 oldId, qint64 newId, const QString &text)
{
    if (link == ProjectRecord::Link::Edition) {
        const qint64 category =
            ProjectRecord::link(*workspace, projectId, ProjectRecord::Link::Category);
        if (category != 0)
            return push(stack,
                        new SetEditionCommand(workspace, projectId, oldId, newId, category, text));
    }
    return push(stack, new SetLinkCommand(workspace, projectId, link, oldId, newId, text));
}

Result<void> setReviewStatus(QUndoStack *stack, Workspace *workspace, qint64 projectId,
                             const QString &title, Review::Status oldStatus,
                             Review::Status newStatus, const QString &reviewer)
{
    return push(stack, new SetReviewStatusCommand(workspace, projectId, title, oldStatus, newStatus,
                                                  reviewer));
}

Result<void> setScore(QUndoStack *stack, Workspace *workspace, qint64 projectId, qint64 categoryId,
                      const QString &criterion, std::optional<int> oldScore,
                      std::optional<int> newScore, const QString &author)
{
    return push(stack, new SetScoreCommand(workspace, projectId, categoryId, criterion, oldScore,
                                           newScore, author));
}

Result<qint64> addComment(QUndoStack *stack, Workspace *workspace, qint64 projectId,
                          const QString &author, const QString &body)
{
    qint64 id = 0;
    const Result<void> pushed =
        push(stack, new AddCommentCommand(workspace, projectId, author, body, &id));
    if (!pushed)
        return Failure{pushed.error()};
    return id;
}

Result<void> linkProjects(QUndoStack *stack, Workspace *workspace, qint64 projectId, qint64 otherId,
                          const QString &otherTitle, std::optional<ProjectLinks::Kind> newKind)
{
    return push(stack, new LinkProjectsCommand(workspace, projectId, otherId, otherTitle, newKind));
}

Result<void> deleteProjects(QUndoStack *stack, Workspace *workspace,
                            const QList<qint64> &projectIds, const QString &text)
{
    if (projectIds.isEmpty())
        return {};
    return push(stack, new DeleteCommand(workspace, QStringLiteral("project"), projectIds, text));
}

Result<void> deleteWorkshop(QUndoStack *stack, Workspace *workspace, qint64 workshopId,
                            const QString &text)
{
    return push(stack,
                new DeleteCommand(workspace, QStringLiteral("workshop"), {workshopId}, text));
}

Result<void> deleteHolder(QUndoStack *stack, Workspace *workspace, qint64 holderId,
                          const QString &text)
{
    return push(stack, new DeleteCommand(workspace, QStringLiteral("holder"), {holderId}, text));
}

} // namespace Commands
