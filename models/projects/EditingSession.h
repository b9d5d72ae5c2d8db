#pragma once

#include "methodology/Methodology.h"
#include "projects/BudgetLines.h"
#include "projects/ProjectDetails.h"
#include "projects/ProjectRecord.h"
#include "projects/Stage.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QStringList>

#include <optional>

class QUndoGroup;
class QUndoStack;
class Workspace;

// The editing of a workspace's projects, without its widgets (the editor is its view): the
// project open and the definition it follows, the answers as last written and those typed but
// not written yet, the budget as written, and one undo stack per project, kept while the
// workspace is open so that reopening a project keeps its history. Every write goes through
// Commands; a value is recorded as written only once it is, and one that could not be stays
// pending, tried again at the next flush.
class EditingSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditingSession)

public:
    // group: where the open project's stack becomes the active one.
    explicit EditingSession(QUndoGroup *group, QObject *parent = nullptr);
    ~EditingSession() override;

    // Forgets every project and its history (the commands point at the workspace).
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }

    // Opens a project: its details, and the definition it follows (one without any, from the
    // demo or an older Comptoir, is given the newest the workspace holds, or the built-in one).
    // Its answers and budget as written are read; its stack becomes the active one.
    std::optional<ProjectDetails> open(qint64 projectId, QString *error);
    // Leaves the project (its history stays); no stack is active.
    void close();
    qint64 projectId() const { return m_projectId; }
    const Methodology &methodology() const { return m_methodology; }
    QUndoStack *stack();
    QUndoStack *stack(qint64 projectId) const { return m_stacks.value(projectId); }

    // An answer as last written (read at open(), or written since).
    QJsonValue saved(const QString &key) const { return m_saved.value(key); }
    // What an undo or a redo wrote: it is the written value, and nothing is pending for it.
    void takeWritten(const QString &key, const QJsonValue &value);
    // A value typed, to write at the next flush.
    void edit(const QString &key, const QJsonValue &value);
    bool hasPending() const { return !m_pending.isEmpty(); }
    // What is typed and not written yet (a write that failed included).
    QHash<QString, QJsonValue> pending() const { return m_pending; }
    // The next edit of a field is a step of its own (the field was left).
    void newBurst() { ++m_burst; }

    struct Flushed
    {
        QStringList written;            // keys written
        QHash<QString, QString> failed; // key → why, still pending
    };
    // Writes the pending answers that differ from what is written.
    Flushed flush();

    const QList<BudgetLines::Line> &savedLines() const { return m_savedLines; }
    // Reads the budget again (an undo or a redo wrote it).
    void reloadBudget();
    // Writes the budget; on success the lines as written (with their new UUIDs) are savedLines.
    Result<void> writeBudget(const QList<BudgetLines::Line> &lines, const QString &text);
    Result<void> setStage(Stage from, const QString &fromReason, Stage to, const QString &reason);
    Result<void> setLink(ProjectRecord::Link link, qint64 oldId, qint64 newId, const QString &text);

    // A write of this session is being made (rather than an undo or a redo): the views need
    // not be told of what they already show.
    bool isWriting() const { return m_writing; }

private:
    Workspace *m_workspace = nullptr;
    QUndoGroup *m_group;
    QHash<qint64, QUndoStack *> m_stacks;
    qint64 m_projectId = 0;
    Methodology m_methodology;
    QHash<QString, QJsonValue> m_saved;
    QHash<QString, QJsonValue> m_pending;
    QList<BudgetLines::Line> m_savedLines;
    int m_burst = 0;
    bool m_writing = false;
};
