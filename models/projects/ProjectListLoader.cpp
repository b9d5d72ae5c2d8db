#include "ProjectListLoader.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

#include <atomic>

namespace {

std::shared_ptr<ProjectListModel::Rows> readOnWorker(const QString &filePath, QString *error)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("comptoir-list-reader-%1").arg(++counter);
    std::shared_ptr<ProjectListModel::Rows> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
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
    // A worker still reading uses Qt SQL: let it finish before the application goes away.
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void ProjectListLoader::start(const QString &filePath)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    QPointer<ProjectListLoader> self(this);
    QThread *thread = QThread::create([self, filePath, generation] {
        QString error;
        std::shared_ptr<ProjectListModel::Rows> rows = readOnWorker(filePath, &error);
        // Deliver on the loader's thread; QPointer is only dereferenced there.
        QMetaObject::invokeMethod(
            qApp,
            [self, rows = std::move(rows), error, generation]() mutable {
                if (!self || generation != self->m_generation)
                    return;
                self->m_loading = false;
                if (rows)
                    emit self->loaded(std::move(rows));
                else
                    emit self->failed(error);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("ProjectListLoader"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start();
}

void ProjectListLoader::cancel()
{
    ++m_generation;
    m_loading = false;
}
