#include "WorkspaceLock.h"
#include "util/SaveFile.h"

#include "Timestamp.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

QString userName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("?");
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true; // the heartbeat decides
#endif
}

std::optional<WorkspaceLock::Holder> read(const QString &lockPath)
{
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    WorkspaceLock::Holder holder;
    holder.host = o.value(QStringLiteral("host")).toString();
    holder.user = o.value(QStringLiteral("user")).toString();
    holder.pid = o.value(QStringLiteral("pid")).toInteger();
    holder.since = Timestamp::toDateTime(o.value(QStringLiteral("since")).toString());
    holder.heartbeat = Timestamp::toDateTime(o.value(QStringLiteral("heartbeat")).toString());
    return holder;
}

bool isStale(const WorkspaceLock::Holder &holder, const QDateTime &now)
{
    if (holder.host == QSysInfo::machineHostName())
        return !processAlive(holder.pid);
    return !holder.heartbeat.isValid() ||
           holder.heartbeat.secsTo(now) > WorkspaceLock::kStaleSeconds;
}

bool isThisProcess(const WorkspaceLock::Holder &holder)
{
    return holder.host == QSysInfo::machineHostName() &&
           holder.pid == QCoreApplication::applicationPid();
}

} // namespace

QString WorkspaceLock::lockPath(const QString &workspacePath)
{
    return QFileInfo(workspacePath).absoluteFilePath() + QStringLiteral(".lock");
}

std::optional<WorkspaceLock::Holder> WorkspaceLock::holder(const QString &workspacePath,
                                                           const QDateTime &now)
{
    const std::optional<Holder> found = read(lockPath(workspacePath));
    if (!found || isThisProcess(*found) || isStale(*found, now))
        return std::nullopt;
    return found;
}

WorkspaceLock::WorkspaceLock(QString path)
    : m_path(std::move(path))
    , m_since(QDateTime::currentDateTimeUtc())
{
    m_heartbeat.setInterval(kHeartbeatSeconds * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] { write(false); });
}

WorkspaceLock::~WorkspaceLock()
{
    // Only a lock that is still this process's goes.
    const std::optional<Holder> found = read(m_path);
    if (found && isThisProcess(*found))
        QFile::remove(m_path);
}

bool WorkspaceLock::write(bool create)
{
    const QJsonObject o{{QStringLiteral("host"), QSysInfo::machineHostName()},
                        {QStringLiteral("user"), userName()},
                        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                        {QStringLiteral("since"), Timestamp::fromDateTime(m_since)},
                        {QStringLiteral("heartbeat"), Timestamp::now()},
                        {QStringLiteral("application"), QStringLiteral("Comptoir")}};
    const QByteArray bytes = QJsonDocument(o).toJson();
    if (create) {
        // Created only if absent: of two Comptoirs opening the file at once, one wins.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return false;
        if (file.write(bytes) == bytes.size() && file.flush())
            return true;
        file.remove(); // a lock cut short would say nothing
        return false;
    }
    QSaveFile file(m_path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) > 0 && commitWritten(file);
}

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString &workspacePath)
{
    const QString path = lockPath(workspacePath);
    if (const std::optional<Holder> held = holder(workspacePath))
        return Failure{tr("The workspace is already open: %1.").arg(describe(*held))};
    std::unique_ptr<WorkspaceLock> lock(new WorkspaceLock(path));
    // A stale lock (or this process's own, from a workspace opened again) is taken over.
    if (QFile::exists(path))
        QFile::remove(path);
    if (!lock->write(true)) {
        if (const std::optional<Holder> held = holder(workspacePath))
            return Failure{tr("The workspace is already open: %1.").arg(describe(*held))};
        return Failure{tr("The lock file “%1” cannot be written.").arg(path)};
    }
    lock->m_heartbeat.start();
    return lock;
}

QString WorkspaceLock::describe(const Holder &holder)
{
    const QLocale locale;
    return tr("by %1 on %2, since %3")
        .arg(holder.user, holder.host,
             locale.toString(holder.since.toLocalTime(), QLocale::ShortFormat));
}
