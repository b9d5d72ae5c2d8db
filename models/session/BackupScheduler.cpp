#include "BackupScheduler.h"

#include "storage/Workspace.h"

#include <QtConcurrent/QtConcurrentRun>

BackupScheduler::BackupScheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(10 * 60 * 1000);
    m_openingDelay.setSingleShot(true);
    m_openingDelay.setInterval(20 * 1000);
    connect(&m_openingDelay, &QTimer::timeout, this, [this] {
        if (isRunning())
            return;
        start(QStringLiteral("opening"));
    });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_dirty && !isRunning())
            start(QStringLiteral("changes"));
    });
    connect(&m_watcher, &QFutureWatcher<Result<Backups::Info>>::finished, this, [this] {
        const Result<Backups::Info> result = m_watcher.result();
        if (result)
            emit backupWritten(*result);
        else
            emit backupFailed(result.error());
    });
}

BackupScheduler::~BackupScheduler()
{
    m_watcher.waitForFinished();
}

void BackupScheduler::setWorkspace(Workspace *workspace)
{
    waitForFinished();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_dirty = false;
    m_timer.stop();
    m_openingDelay.stop();
    if (!m_workspace)
        return;
    connect(m_workspace, &Workspace::projectsChanged, this, &BackupScheduler::changed);
    connect(m_workspace, &Workspace::projectChanged, this, &BackupScheduler::changed);
    connect(m_workspace, &Workspace::answerChanged, this, &BackupScheduler::changed);
    connect(m_workspace, &Workspace::budgetChanged, this, &BackupScheduler::changed);
    m_timer.start();
    m_openingDelay.start();
}

void BackupScheduler::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

bool BackupScheduler::isRunning() const
{
    return m_watcher.isRunning();
}

void BackupScheduler::waitForFinished()
{
    if (!m_watcher.isRunning())
        return;
    m_watcher.waitForFinished();
}

void BackupScheduler::changed()
{
    m_dirty = true;
}

void BackupScheduler::start(const QString &reason)
{
    if (!m_workspace)
        return;
    m_dirty = false;
    const QString path = m_workspace->filePath();
    m_watcher.setFuture(
        QtConcurrent::run([path, reason] { return Backups::writeToFolder(path, reason); }));
}

Result<Backups::Info> BackupScheduler::backupNow(const QString &reason)
{
    if (!m_workspace)
        return Failure{Backups::tr("No workspace is open.")};
    waitForFinished();
    return Backups::writeToFolder(m_workspace->filePath(), reason);
}
