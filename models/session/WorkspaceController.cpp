#include "WorkspaceController.h"

#include "storage/Backups.h"

#include "demo/DemoWorkspace.h"
#include "settings/Settings.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <QStandardPaths>

WorkspaceController::WorkspaceController(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    // Opening checks the file at once as far as it reads it (its identity, format, schema and
    // identity rows); the whole of it, page by page, a little later on another thread.
    m_checkDelay.setSingleShot(true);
    m_checkDelay.setInterval(5000);
    connect(&m_checkDelay, &QTimer::timeout, this, [this] {
        if (!m_workspace || m_check.isRunning())
            return;
        m_checkedPath = m_workspace->filePath();
        const QString path = m_checkedPath;
        m_check.setFuture(QtConcurrent::run([path] { return Backups::check(path, true); }));
    });
    connect(&m_check, &QFutureWatcher<Result<Backups::Info>>::finished, this, [this] {
        const Result<Backups::Info> checked = m_check.result();
        if (!m_workspace || m_workspace->filePath() != m_checkedPath)
            return; // another workspace since
        if (!checked)
            emit damaged(checked.error());
        emit integrityChecked(checked.ok());
    });
}

WorkspaceController::~WorkspaceController()
{
    m_check.waitForFinished();
}

void WorkspaceController::waitForIntegrityCheck()
{
    m_check.waitForFinished();
}

QString WorkspaceController::demoPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("Démonstration.") + Workspace::fileSuffix());
}

QString WorkspaceController::defaultDirectory() const
{
    if (m_workspace)
        return QFileInfo(m_workspace->filePath()).absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

std::optional<WorkspaceLock::Holder> WorkspaceController::heldBy(const QString &path)
{
    return WorkspaceLock::holder(path);
}

Result<void> WorkspaceController::open(const QString &path, Workspace::Access access)
{
    if (m_workspace && QFileInfo(path).absoluteFilePath() == m_workspace->filePath() &&
        (access == Workspace::Access::ReadOnly || !m_workspace->isReadOnly()))
        return {};
    // A write-protected medium: browsed, not written.
    if (QFileInfo(path).isFile() && !Workspace::isWritable(path))
        access = Workspace::Access::ReadOnly;
    std::unique_ptr<WorkspaceLock> lock;
    if (access == Workspace::Access::ReadWrite && QFileInfo(path).isFile()) {
        Result<std::unique_ptr<WorkspaceLock>> acquired = WorkspaceLock::acquire(path);
        if (!acquired)
            return Failure{acquired.error()};
        lock = std::move(*acquired);
    }
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error, access);
    if (!workspace) {
        if (!QFileInfo::exists(path)) {
            m_settings->removeRecentWorkspace(path);
            emit recentChanged();
        }
        return Failure{error};
    }
    return adopt(std::move(workspace), std::move(lock));
}

Result<void> WorkspaceController::create(const QString &path)
{
    QString error;
    return adoptCreated(Workspace::create(path, &error), error);
}

Result<void> WorkspaceController::openDemo()
{
    const QString path = demoPath();
    if (QFileInfo::exists(path))
        return open(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Failure{tr("The folder “%1” cannot be created.")
                           .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))};
    QString error;
    return adoptCreated(DemoWorkspace::create(path, &error), error);
}

// A workspace just made (nobody else can hold it yet): locked for this process and adopted.
Result<void> WorkspaceController::adoptCreated(std::unique_ptr<Workspace> workspace,
                                               const QString &error)
{
    if (!workspace)
        return Failure{error};
    Result<std::unique_ptr<WorkspaceLock>> lock = WorkspaceLock::acquire(workspace->filePath());
    if (!lock)
        return Failure{lock.error()};
    return adopt(std::move(workspace), std::move(*lock));
}

Result<void> WorkspaceController::openLast()
{
    const QString last = m_settings->lastWorkspace();
    if (last.isEmpty() || !QFileInfo::exists(last))
        return {};
    return open(last);
}

Result<void> WorkspaceController::adopt(std::unique_ptr<Workspace> workspace,
                                        std::unique_ptr<WorkspaceLock> lock)
{
    emit aboutToChange();
    // Everyone takes the new workspace before the old one closes (and lets its lock go).
    std::unique_ptr<Workspace> previous = std::exchange(m_workspace, std::move(workspace));
    std::unique_ptr<WorkspaceLock> previousLock = std::exchange(m_lock, std::move(lock));
    m_settings->addRecentWorkspace(m_workspace->filePath());
    m_settings->setLastWorkspace(m_workspace->filePath());
    emit recentChanged();
    emit changed(m_workspace.get());
    previous.reset();
    previousLock.reset();
    m_checkDelay.start();
    return {};
}

void WorkspaceController::close()
{
    if (!m_workspace)
        return;
    m_checkDelay.stop();
    emit aboutToChange();
    std::unique_ptr<Workspace> previous = std::move(m_workspace);
    std::unique_ptr<WorkspaceLock> previousLock = std::move(m_lock);
    m_settings->setLastWorkspace(QString());
    emit changed(nullptr);
    previous.reset();
    previousLock.reset();
}

Result<void> WorkspaceController::replaceWithBackup(const QString &backup)
{
    if (!m_workspace)
        return Failure{tr("No workspace is open.")};
    if (m_workspace->isReadOnly())
        return Failure{tr("This workspace is open read-only: it cannot be replaced.")};
    const QString path = m_workspace->filePath();
    const Result<Backups::Info> checked = Backups::check(backup, true);
    if (!checked)
        return Failure{tr("This backup cannot be restored: %1").arg(checked.error())};
    const QString next = path + QStringLiteral(".restoring");
    QFile::remove(next);
    const Result<void> written = Backups::restore(backup, next);
    if (!written)
        return written;
    const Result<Backups::Info> before = Backups::writeToFolder(path, QStringLiteral("restore"));
    if (!before) {
        QFile::remove(next);
        return Failure{tr("The workspace was not replaced: its own backup could not be written "
                          "first. %1")
                           .arg(before.error())};
    }
    close();
    // The file replaced in one step (the old one's journal went with its closing).
#ifdef Q_OS_WIN
    QFile::remove(path);
    const bool moved = QFile::rename(next, path);
#else
    const bool moved =
        std::rename(QFile::encodeName(next).constData(), QFile::encodeName(path).constData()) == 0;
#endif
    if (!moved) {
        QFile::remove(next);
        const Result<void> reopened = open(path);
        return Failure{tr("The workspace could not be replaced by the backup; it is as it was.")};
    }
    return open(path);
}

Result<Backups::Info> WorkspaceController::saveCopy(const QString &target)
{
    if (!m_workspace)
        return Failure{tr("No workspace is open.")};
    Result<Backups::Info> copied =
        Backups::writeFrom(m_workspace->database(), target, QStringLiteral("manual"));
    QFile::remove(target + QStringLiteral(".json")); // a workspace, not a backup
    return copied;
}
