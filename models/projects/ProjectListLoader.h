#pragma once

#include "ProjectListModel.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

// Reads a workspace's project list on a worker thread, through a read-only connection of its
// own (WAL lets it read while the UI thread writes), so a 100,000-project workspace opens with
// the window already on screen. Only the latest request's result is delivered.
class ProjectListLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectListLoader)

public:
    explicit ProjectListLoader(QObject *parent = nullptr);
    ~ProjectListLoader() override;

    // Starts reading filePath; a read already running is abandoned (its result is dropped).
    void start(const QString &filePath);
    // Drops the result of any read still running.
    void cancel();
    bool isLoading() const { return m_loading; }

signals:
    void loaded(std::shared_ptr<ProjectListModel::Rows> rows);
    void failed(const QString &error);

private:
    quint64 m_generation = 0;
    bool m_loading = false;
    struct Read
    {
        std::shared_ptr<ProjectListModel::Rows> rows;
        QString error;
    };
    QList<QPointer<QFutureWatcher<Read>>> m_watchers;
};
