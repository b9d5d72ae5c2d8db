#include "ProjectListLoader.h"

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace {

std::shared_ptr<ProjectListModel::Rows> readOnWorker(const QString &filePath, QString *error)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("comptoir-list-reader-%1").arg(++counter);
    std::shared_ptr<ProjectListModel::Rows> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        Workspace::configureReader(db, filePath);
        if (!db.open())
            *error = ProjectListModel::tr("The list of projects cannot be read: %1")
                         .arg(db.lastError().text());
        else
            rows = ProjectListModel::read(db, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

ProjectListLoader::ProjectListLoader(QObject *parent)
    : QObject(parent)

{
    qRegisterMetaType<std::shared_ptr<ProjectListModel::Rows>>();
}

ProjectListLoader::~ProjectListLoader()
{
    // A read still running uses Qt SQL: let it finish before the application goes away.
    for (const QPointer<QFutureWatcher<Read>> &watcher : std::as_const(m_watchers)) {
        if (watcher)
            watcher->waitForFinished();
    }
}

void ProjectListLoader::start(const QString &filePath)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    // Long work, the one way: QtConcurrent on Qt's thread pool, the result back on this thread
    // through a QFutureWatcher.
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        const Read read = watcher->future().result();
        if (read.rows)
            emit loaded(read.rows);
        else
            emit failed(read.error);
    });
    m_watchers.removeAll(nullptr);
    m_watchers.append(watcher);
    watcher->setFuture(QtConcurrent::run([filePath] {
        Read read;
        read.rows = readOnWorker(filePath, &read.error);
        return read;
    }));
}

void ProjectListLoader::cancel()
{
    ++m_generation;
    m_loading = false;
}
