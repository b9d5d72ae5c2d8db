#include "EditingSession.h"

#include "commands/Commands.h"
#include "methodology/MethodologyStore.h"
#include "projects/ProjectAnswers.h"
#include "storage/Workspace.h"

#include <QScopeGuard>
#include <QUndoGroup>
#include <QUndoStack>

EditingSession::EditingSession(QUndoGroup *group, QObject *parent)
    : QObject(parent)
    , m_group(group)
{}

EditingSession::~EditingSession()
{
    setWorkspace(nullptr);
}

void EditingSession::setWorkspace(Workspace *workspace)
{
    // Commands point at the workspace: they go with it.
    qDeleteAll(m_stacks);
    m_stacks.clear();
    m_projectId = 0;
    m_pending.clear();
    m_saved.clear();
    m_savedLines.clear();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    // A project that left the workspace takes its history with it: its steps would write to a
    // project that is not there (or, restored under another id, to another one).
    if (m_workspace)
        connect(m_workspace, &Workspace::projectRemoved, this, [this](qint64 projectId) {
            if (projectId != m_projectId)
                delete m_stacks.take(projectId);
        });
}

QUndoStack *EditingSession::stack()
{
    QUndoStack *&stack = m_stacks[m_projectId];
    if (!stack) {
        stack = new QUndoStack(this);
        m_group->addStack(stack);
    }
    return stack;
}

std::optional<ProjectDetails> EditingSession::open(qint64 projectId, QString *error)
{
    if (!m_workspace)
        return std::nullopt;
    std::optional<ProjectDetails> details = ProjectDetails::load(*m_workspace, projectId, error);
    if (!details)
        return std::nullopt;
    qint64 methodologyId = ProjectRecord::methodologyId(*m_workspace, projectId);
    if (methodologyId == 0) {
        const std::optional<MethodologyStore::Entry> latest =
            MethodologyStore::latest(*m_workspace, Methodology::builtIn().code, error);
        methodologyId = latest
                            ? latest->id
                            : MethodologyStore::store(*m_workspace, Methodology::builtIn(), error);
        if (methodologyId <= 0 ||
            !ProjectRecord::setMethodology(*m_workspace, projectId, methodologyId, error))
            return std::nullopt;
    }
    std::optional<Methodology> methodology =
        MethodologyStore::load(*m_workspace, methodologyId, error);
    if (!methodology)
        return std::nullopt;

    m_projectId = projectId;
    m_methodology = std::move(*methodology);
    m_pending.clear();
    m_saved.clear();
    QString readError;
    const auto answers = ProjectAnswers::all(*m_workspace, projectId, &readError);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        m_saved.insert(it.key(), it.value().value);
    m_savedLines = BudgetLines::load(*m_workspace, projectId, &readError);
    m_group->setActiveStack(stack());
    return details;
}

void EditingSession::close()
{
    m_group->setActiveStack(nullptr);
}

void EditingSession::takeWritten(const QString &key, const QJsonValue &value)
{
    m_pending.remove(key);
    m_saved.insert(key, value);
}

void EditingSession::edit(const QString &key, const QJsonValue &value)
{
    m_pending.insert(key, value);
}

EditingSession::Flushed EditingSession::flush()
{
    Flushed flushed;
    if (!m_workspace || m_projectId == 0 || m_pending.isEmpty())
        return flushed;
    m_writing = true;
    const auto done = qScopeGuard([this] { m_writing = false; });
    const QHash<QString, QJsonValue> pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        const QJsonValue old = m_saved.value(key);
        if (value == old || (ProjectAnswers::isEmpty(value) && ProjectAnswers::isEmpty(old)))
            continue;
        const Methodology::Field *field = m_methodology.field(key);
        const Result<void> written =
            Commands::setAnswer(stack(), m_workspace, m_projectId, key, field ? field->label : key,
                                old, value, m_methodology.code, m_methodology.version, m_burst);
        if (!written) {
            m_pending.insert(key, value); // tried again at the next flush
            flushed.failed.insert(key, written.error());
            continue;
        }
        m_saved.insert(key, value);
        flushed.written << key;
    }
    return flushed;
}

void EditingSession::reloadBudget()
{
    QString error;
    if (m_workspace && m_projectId > 0)
        m_savedLines = BudgetLines::load(*m_workspace, m_projectId, &error);
}

Result<void> EditingSession::writeBudget(const QList<BudgetLines::Line> &lines, const QString &text)
{
    if (!m_workspace || m_projectId == 0)
        return Failure{tr("No project is open.")};
    m_writing = true;
    const Result<void> written =
        Commands::setBudget(stack(), m_workspace, m_projectId, m_savedLines, lines, text);
    m_writing = false;
    if (written)
        reloadBudget(); // new lines got their UUIDs
    return written;
}

Result<void> EditingSession::setStage(Stage from, const QString &fromReason, Stage to,
                                      const QString &reason)
{
    return Commands::setStage(stack(), m_workspace, m_projectId, from, fromReason, to, reason);
}

Result<void> EditingSession::setLink(ProjectRecord::Link link, qint64 oldId, qint64 newId,
                                     const QString &text)
{
    return Commands::setLink(stack(), m_workspace, m_projectId, link, oldId, newId, text);
}
