#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

class Workspace;

// Reading and writing a project's answers. Each write is one transaction that also stamps the
// project's updated_at: once write() returns true the answer survives a crash. An answer is a
// JSON value (text, number, array of rows, object of parts); an empty value removes the answer.
class ProjectAnswers final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectAnswers)

public:
    struct Answer
    {
        QJsonValue value;
        QString methodologyCode;
        int methodologyVersion = 0;
        QString updatedAt;
    };

    static QHash<QString, Answer> all(const Workspace &workspace, qint64 projectId, QString *error);
    static QJsonValue value(const Workspace &workspace, qint64 projectId, const QString &key);

    static bool write(Workspace &workspace, qint64 projectId, const QString &key,
                      const QJsonValue &value, const QString &methodologyCode,
                      int methodologyVersion, QString *error);

    // Empty text, empty array or object, null: nothing was answered.
    static bool isEmpty(const QJsonValue &value);
};
