#include "SetAnswerCommand.h"

#include "ProjectAnswers.h"
#include "storage/Workspace.h"

SetAnswerCommand::SetAnswerCommand(Workspace *workspace, qint64 projectId, const QString &key,
                                   const QString &label, const QJsonValue &oldValue,
                                   const QJsonValue &newValue, const QString &methodologyCode,
                                   int methodologyVersion, int burst)
    : m_workspace(workspace)
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

void SetAnswerCommand::redo()
{
    apply(m_newValue);
    // A first write that failed is not a step to undo: the stack drops the command, and the
    // editor keeps the value as not saved.
    if (!m_done && !m_lastError.isEmpty())
        setObsolete(true);
    m_done = true;
}

void SetAnswerCommand::undo()
{
    apply(m_oldValue);
}

bool SetAnswerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetAnswerCommand *>(other);
    if (next->m_workspace != m_workspace || next->m_projectId != m_projectId ||
        next->m_key != m_key || next->m_burst != m_burst || !next->m_lastError.isEmpty())
        return false;
    m_newValue = next->m_newValue;
    setObsolete(m_newValue == m_oldValue); // typed and typed back: nothing to undo
    return true;
}

void SetAnswerCommand::apply(const QJsonValue &value)
{
    QString error;
    if (ProjectAnswers::write(*m_workspace, m_projectId, m_key, value, m_methodologyCode,
                              m_methodologyVersion, &error)) {
        m_lastError.clear(); // ProjectAnswers::write announced the change
    } else {
        m_lastError = error;
        emit m_workspace->writeFailed(error);
    }
}
