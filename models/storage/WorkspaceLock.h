#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

// One writer per workspace file: a lock file beside it (`W.comptoirdb.lock`) says which
// Comptoir has it open for writing — machine, user, process, since when — and is refreshed every
// minute while it does. A second Comptoir, on this machine or through a shared folder, reads it
// and is told who has the file; a lock left by a process that is gone (on this machine: no such
// process; elsewhere: not refreshed for ten minutes) is stale, and taken over.
class WorkspaceLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceLock)

public:
    struct Holder
    {
        QString host;
        QString user;
        qint64 pid = 0;
        QDateTime since;     // UTC
        QDateTime heartbeat; // UTC: the last time it said it was there
    };

    static constexpr int kHeartbeatSeconds = 60;
    static constexpr int kStaleSeconds = 10 * 60;

    ~WorkspaceLock() override;

    static QString lockPath(const QString &workspacePath);
    // Who holds the workspace, when a live Comptoir other than this process does.
    static std::optional<Holder> holder(const QString &workspacePath,
                                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Takes the lock (a stale one is taken over); refused when a live Comptoir holds it.
    static Result<std::unique_ptr<WorkspaceLock>> acquire(const QString &workspacePath);
    // "Camille on PC-ACCUEIL, since 14:05" in French, for the messages.
    static QString describe(const Holder &holder);

private:
    explicit WorkspaceLock(QString path);
    bool write(bool create);

    QString m_path;
    QDateTime m_since;
    QTimer m_heartbeat;
};
