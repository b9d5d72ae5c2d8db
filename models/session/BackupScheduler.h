#pragma once

#include "storage/Backups.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

class Workspace;

// The open workspace's automatic backups (storage/Backups.h): one when it opens, then at most
// one every ten minutes while changes are made, each written on a worker thread (typing goes
// on); and one at once, waited for, before an import or a restore.
class BackupScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)

public:
    explicit BackupScheduler(QObject *parent = nullptr);
    ~BackupScheduler() override;

    // Starts with the opening's backup (none for nullptr).
    void setWorkspace(Workspace *workspace);
    // How often changes are backed up (ten minutes; tests make it shorter).
    void setInterval(int milliseconds);
    // How long after the opening its backup starts (twenty seconds: the list is read first).
    void setOpeningDelay(int milliseconds) { m_openingDelay.setInterval(milliseconds); }
    // A backup now, on this thread, after the one running (if any) ended.
    Result<Backups::Info> backupNow(const QString &reason);
    bool isRunning() const;
    // Waits for the backup running, if any.
    void waitForFinished();

signals:
    void backupWritten(const Backups::Info &info);
    void backupFailed(const QString &message);

private:
    void changed();
    void start(const QString &reason);

    QPointer<Workspace> m_workspace;
    QTimer m_timer;
    QTimer m_openingDelay;
    bool m_dirty = false;
    QFutureWatcher<Result<Backups::Info>> m_watcher;
};
