#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Workspace;

// Who a project could meet: the directory's partners and financers whose themes and territory
// meet the project's (each with why it is suggested), and — cooperation being one of the
// scheme's three criteria — other porteurs' projects alike in text (SimilarProjects), only those
// whose holders agreed to be named, to meet at the next comptoir.
class PartnerSuggestions final
{
    Q_DECLARE_TR_FUNCTIONS(PartnerSuggestions)

public:
    struct Partner
    {
        qint64 organisationId = 0;
        QString uuid;
        QString name;
        QString kind; // as shown: « Financeur »
        QStringList reasons;
        int score = 0;
    };
    // Those already in the project's « Partenaires » table (by name) are left out.
    static Result<QList<Partner>> partners(const Workspace &workspace, qint64 projectId,
                                           int limit = 8);

    struct Project
    {
        qint64 id = 0;
        QString title;
        QString venue;
        QStringList holders; // the names they agreed to publish
        int percent = 0;
    };
    static Result<QList<Project>> projects(Workspace &workspace, qint64 projectId, int limit = 5);
};
