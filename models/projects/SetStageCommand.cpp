#include "SetStageCommand.h"

#include "storage/Timestamp.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

SetStageCommand::SetStageCommand(Workspace *workspace, qint64 projectId, Stage oldStage,
                                 const QString &oldReason, Stage newStage, const QString &newReason)
    : m_workspace(workspace)
    , m_projectId(projectId)
    , m_oldStage(oldStage)
    , m_oldReason(oldReason)
    , m_newStage(newStage)
    , m_newReason(newReason)
{
    setText(
        QCoreApplication::translate("SetStageCommand", "stage “%1”").arg(Stages::name(newStage)));
}

bool SetStageCommand::write(Workspace &workspace, qint64 projectId, Stage stage,
                            const QString &reason, QString *error)
{
    // One statement: SQLite runs it as its own transaction.
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "UPDATE projects SET stage = ?, stage_override_reason = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(Stages::code(stage));
    // A null QString would bind as SQL NULL: the column holds '' when there is no reason.
    query.addBindValue(reason.isNull() ? QStringLiteral("") : reason.trimmed());
    query.addBindValue(Timestamp::now());
    query.addBindValue(projectId);
    if (!query.exec()) {
        *error = QCoreApplication::translate("SetStageCommand", "The stage could not be saved: %1")
                     .arg(query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("SetStageCommand", "This project no longer exists.");
        return false;
    }
    return true;
}

void SetStageCommand::redo()
{
    apply(m_newStage, m_newReason);
}

void SetStageCommand::undo()
{
    apply(m_oldStage, m_oldReason);
}

void SetStageCommand::apply(Stage stage, const QString &reason)
{
    if (write(*m_workspace, m_projectId, stage, reason, &m_lastError)) {
        m_lastError.clear();
        emit m_workspace->projectChanged(m_projectId);
    } else {
        emit m_workspace->writeFailed(m_lastError);
    }
}
