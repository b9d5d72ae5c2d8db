#pragma once

#include "reference/CommuneCodes.h"
#include "util/Result.h"

#include "Stage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Workspace;

// A project's own row: creating one, and the links a facilitator sets in the editor (its
// edition, comptoir and category). The answers and budget have their own classes.
class ProjectRecord final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectRecord)

public:
    enum class Link
    {
        Edition,
        Venue,
        Category,
        Organisation, // the structure that carries the project
    };

    struct Choice
    {
        qint64 id = 0;
        QString name;
        qint64 ceilingCents = 0; // categories only
    };

    // A new, empty project in the given edition and venue (0: none), following methodologyId
    // (0: none yet); returns its id, or -1 with error set.
    static qint64 create(Workspace &workspace, qint64 editionId, qint64 venueId,
                         qint64 methodologyId, QString *error);
    static bool remove(Workspace &workspace, qint64 projectId, QString *error);

    // The linked id (0 when none).
    static qint64 link(const Workspace &workspace, qint64 projectId, Link link);
    // Sets one link (0 clears it) in one statement that stamps updated_at.
    static bool setLink(Workspace &workspace, qint64 projectId, Link link, qint64 id,
                        QString *error);
    // The id of the project of that UUID in this workspace; 0 when there is none.
    static qint64 idOf(const Workspace &workspace, const QString &uuid);
    // The communes named in projects and comptoirs that are not the department's (Projet ›
    // Communes à vérifier…).
    static Result<QList<CommuneCodes::Unrecognised>>
    unrecognisedCommunes(const Workspace &workspace);
    // The stage, with the reason it was chosen against the checks ('' when none).
    static bool setStage(Workspace &workspace, qint64 projectId, Stage stage, const QString &reason,
                         QString *error);
    static bool setMethodology(Workspace &workspace, qint64 projectId, qint64 methodologyId,
                               QString *error);
    static qint64 methodologyId(const Workspace &workspace, qint64 projectId);

    // What each link can be set to: every edition (newest first), every active venue, the
    // categories of an edition.
    static QList<Choice> editions(const Workspace &workspace);
    static QList<Choice> venues(const Workspace &workspace);
    static QList<Choice> categories(const Workspace &workspace, qint64 editionId);
    // The newest edition, 0 when the workspace has none.
    static qint64 currentEdition(const Workspace &workspace);
};
