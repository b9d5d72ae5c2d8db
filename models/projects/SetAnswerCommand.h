#pragma once

#include <QJsonValue>
#include <QString>
#include <QUndoCommand>

class Workspace;

// Undoable change of one answer. redo() and undo() write to the workspace at once (each in its
// own transaction): the undo stack never holds unsaved state. Consecutive edits of the same
// field in the same burst merge into one step, so Ctrl+Z undoes a whole burst of typing, not a
// character; the editor starts a new burst when the field is left.
//
// The command does not own the workspace; the stack holding it must be cleared before the
// workspace is closed.
class SetAnswerCommand final : public QUndoCommand
{
public:
    SetAnswerCommand(Workspace *workspace, qint64 projectId, const QString &key,
                     const QString &label, const QJsonValue &oldValue, const QJsonValue &newValue,
                     const QString &methodologyCode, int methodologyVersion, int burst = 0);

    void redo() override;
    void undo() override;
    int id() const override { return 0x41; } // 'A'
    bool mergeWith(const QUndoCommand *other) override;

    qint64 projectId() const { return m_projectId; }
    QString key() const { return m_key; }
    // The last write error, empty when every write succeeded.
    QString lastError() const { return m_lastError; }

private:
    void apply(const QJsonValue &value);

    Workspace *m_workspace;
    qint64 m_projectId;
    QString m_key;
    QJsonValue m_oldValue;
    QJsonValue m_newValue;
    QString m_methodologyCode;
    int m_methodologyVersion;
    int m_burst;
    QString m_lastError;
    bool m_done = false; // redone at least once (pushed)
};
