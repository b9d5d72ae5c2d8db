#pragma once

#include "BundleReader.h"
#include "ProjectMerge.h"
#include "ProjectSnapshot.h"
#include "security/Keys.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Workspace;

// Applies a .comptoir file (already checked by BundleReader) to a workspace, in two steps:
//
// prepare() reads the workspace and decides, project by project, what the file brings:
//   - a project the workspace does not know is added;
//   - the same version is skipped (identical);
//   - a version the workspace has already exchanged is older than its own: skipped;
//   - a file whose project history holds the workspace's version is newer: it replaces it;
//   - otherwise both sides changed the project since they last met: a conflict, with the
//     fields that differ, for someone to choose field by field (never decided silently).
// The records the projects refer to are merged by UUID (the newer edit wins; an erased holder
// stays erased; contact details a file leaves blank for lack of consent are not blanked), and
// editions, their categories and methodology versions that two workspaces created apart are
// recognised by year, code and version instead of being duplicated.
//
// apply() then writes everything in one transaction with the choices made, records the import
// (report, provenance of each project, exchanged versions) and returns the report. A failure
// writes nothing.
class BundleImport final
{
    Q_DECLARE_TR_FUNCTIONS(BundleImport)

public:
    enum class Outcome
    {
        Added,
        Identical,
        Older,
        Newer,
        Conflict,
        Deleted, // deleted in the file's workspace, not edited here since: to the trash
    };

    // A conflict between a deletion and an edit (a project deleted on one side and edited on
    // the other since): settled by its one field, "deleted", whose file side is the file's.
    enum class Deletion
    {
        None,
        Here,  // deleted here, edited in the file since: restored with the file's version?
        There, // deleted in the file's workspace, edited here since: deleted here too?
    };

    // One field of a project in conflict.
    using Field = ProjectMerge::Field;

    struct ProjectPlan
    {
        QString uuid;
        QString title;
        Outcome outcome = Outcome::Added;
        qint64 localId = 0;   // 0 when added
        QString incomingHash; // the file's version (ProjectSnapshot::hash)
        QList<Field> fields;  // conflicts only: the fields that differ
        Deletion deletion = Deletion::None;
        QString deletedAt; // Deleted, or a conflict with a deletion: when, and by which workspace
        QString deletedBy;

        // Whether the file's side wins a deletion's conflict.
        bool takesFileSide() const { return !fields.isEmpty() && fields.first().takeIncoming; }
    };

    struct Plan
    {
        QString fileName;
        QString containerPath; // the file, when a container: its contents are read from it
        QString sha256;
        QString producer; // the producing workspace's UUID
        QString producerVersion;
        QString exportedAt;
        QString previousImport; // when this very file was imported before, else empty
        int mergedAway = 0;     // the file's projects left out: merged here into another
        int deletedHere = 0;    // the file's projects left out: deleted here after its version
        QJsonObject content;    // the file's content in this workspace's identities
        QHash<QString, ProjectSnapshot> incoming; // the file's projects, by UUID
        QList<ProjectPlan> projects;
        QStringList warnings;
        // Who signed the file (files written before signatures have none), whether it came
        // sealed, and how this workspace knows the signer. The signer is accepted when the
        // import is applied.
        std::optional<SignerIdentity> signer;
        bool sealed = false;
        KnownSigners::Standing signerStanding = KnownSigners::Standing::New;
        KnownSigners::Verdict signerVerdict;
        std::shared_ptr<QTemporaryFile> openedFile; // a sealed or signed file's content

        int count(Outcome outcome) const;
        bool hasConflicts() const { return count(Outcome::Conflict) > 0; }
    };

    struct Report
    {
        qint64 importId = 0;
        int added = 0;
        int updated = 0;
        int skipped = 0;
        int conflicts = 0;
        int deleted = 0;        // projects the file deleted (moved to the trash)
        int recordsDeleted = 0; // workshops, holders, presences, comments… the file deleted
        int recordsAdded = 0;   // editions, comptoirs, holders… the projects refer to
        int recordsUpdated = 0; // the same, replaced by a newer edit
        QStringList warnings;
    };

    enum class ConflictChoice
    {
        AsPlanned, // each field as Field::takeIncoming says
        KeepLocal,
        TakeFile,
    };

    // document is BundleReader's validated document.
    static std::optional<Plan> prepare(const Workspace &workspace, const QJsonObject &document,
                                       const QString &fileName, QString *error);
    // The same from a file read (its container, its signer).
    static std::optional<Plan> prepare(const Workspace &workspace,
                                       const BundleReader::Result &read, const QString &fileName,
                                       QString *error);
    // Who signed the file, in a sentence (« Signé par … »); the warning for a known name or
    // workspace that comes with another key.
    static QString signerSummary(const Plan &plan);
    static QString signerWarning(const Plan &plan);
    static void chooseAll(Plan *plan, bool takeIncoming);
    static std::optional<Report> apply(Workspace &workspace, const Plan &plan, QString *error);

    // Read, check, prepare and apply a file in one go (command line, tests). Conflicts are
    // settled by choice; with AsPlanned a file with conflicts is refused. A refused file leaves
    // the workspace untouched; error says why, in French.
    // key: the Department's secret, opened, for a sealed file. A signer whose name or
    // workspace is known here with another key is refused unless acceptNameClash.
    struct FileOptions
    {
        const DepartmentKey::Unlocked *key = nullptr;
        bool acceptNameClash = false;
    };
    static std::optional<Report> importFile(Workspace &workspace, const QString &path,
                                            ConflictChoice choice, QString *error,
                                            Plan *planOut, const FileOptions &options);
    static std::optional<Report> importFile(Workspace &workspace, const QString &path,
                                            ConflictChoice choice, QString *error,
                                            Plan *planOut = nullptr)
    {
        return importFile(workspace, path, choice, error, planOut, FileOptions());
    }

    // Where a project came from: the imports that added, updated or merged it, newest first.
    struct Provenance
    {
        QString fileName;
        QString importedAt;
        QString exportedAt;
        QString producer;
        QString action; // added, updated, merged
    };
    static QList<Provenance> provenance(const Workspace &workspace, qint64 projectId);
};
