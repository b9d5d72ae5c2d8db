#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

class Workspace;

// Reading and writing a project's answers. Each write is one transaction that also stamps the
// project's updated_at: once write() returns true the answer survives a crash. An answer is a
// JSON value (text, number, array of rows, object of parts); an empty value removes the answer.
//
// A few answers are mirrored in the project's own row, which the list, the filters, the
// eligibility checks and the exports read without parsing answers: the title (idee.titre), the
// summary (idee.resume), the theme (idee.theme), the first commune (public.communes) and the
// amount requested (budget.montant_demande, euros in the answer, cents in the row). Writing such
// an answer updates the row in the same transaction; a project whose row holds a value but no
// answer (made by the demo, an import, an older Comptoir) reads it back as its answer.
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

    // The project column an answer is mirrored in, or an empty string.
    static QString mirroredColumn(const QString &key);

    // Empty text, empty array or object, null: nothing was answered.
    static bool isEmpty(const QJsonValue &value);
};
