#pragma once

#include "storage/Backups.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class Settings;
class Workspace;

// The workspace the window works on: opening, creating (the demo too) and closing it, the
// recent files and the last one, in one place; the window and its pages only hear of it, once
// per change. Whoever holds edits not yet written writes them when told the workspace is about
// to change; the one going away is closed after everyone was given the new one.
class WorkspaceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceController)

public:
    explicit WorkspaceController(Settings *settings, QObject *parent = nullptr);
    ~WorkspaceController() override;

    Workspace *workspace() const { return m_workspace.get(); }

    // Each says why in French when it could not (and changes nothing). Opening the workspace
    // already open does nothing.
    // Read-write, the workspace is locked for this process (storage/WorkspaceLock.h): refused
    // when another Comptoir has it open, which heldBy() says beforehand. A file on a
    // write-protected medium opens read-only.
    Result<void> open(const QString &path, Workspace::Access access = Workspace::Access::ReadWrite);
    // Who has the workspace open for writing, if another Comptoir does.
    static std::optional<WorkspaceLock::Holder> heldBy(const QString &path);
    Result<void> create(const QString &path);
    // The demo workspace, made first when it does not exist yet.
    Result<void> openDemo();
    // The workspace open when the application last closed, if there is one.
    Result<void> openLast();
    void close();
    // Puts the backup in place of the open workspace, which is backed up first, then opens it
    // again. The backup is checked before anything changes; a failure leaves the workspace as it
    // was (and open).
    Result<void> replaceWithBackup(const QString &backup);
    // A checked copy of what the open workspace has committed, at `target`, made from its own
    // connection: for a file that can no longer be written (a full disk, a stick pulled out).
    Result<Backups::Info> saveCopy(const QString &target);

    // How long after an opening the file's full integrity check starts, on another thread
    // (five seconds: the list and the page are read first).
    void setIntegrityCheckDelay(int milliseconds) { m_checkDelay.setInterval(milliseconds); }
    // Waits for a running integrity check.
    void waitForIntegrityCheck();

    static QString demoPath();
    // Where file dialogs start: the open workspace's folder, else the documents.
    QString defaultDirectory() const;

signals:
    // The workspace is about to change: edits not yet written are to be written now.
    void aboutToChange();
    // A workspace was opened or created, or (nullptr) closed.
    void changed(Workspace *workspace);
    // The recent workspaces changed (one opened, one found missing).
    void recentChanged();
    // The open workspace failed its full integrity check: what is wrong, in French.
    void damaged(const QString &message);
    // The open workspace's full integrity check ended (damaged() came first if it failed).
    void integrityChecked(bool sound);

private:
    Result<void> adopt(std::unique_ptr<Workspace> workspace, std::unique_ptr<WorkspaceLock> lock);
    Result<void> adoptCreated(std::unique_ptr<Workspace> workspace, const QString &error);

    Settings *m_settings;
    // Declared first, destroyed last: the lock goes after the workspace it protects.
    std::unique_ptr<WorkspaceLock> m_lock; // none when read-only
    std::unique_ptr<Workspace> m_workspace;
    QTimer m_checkDelay;
    QFutureWatcher<Result<Backups::Info>> m_check;
    QString m_checkedPath;
};
