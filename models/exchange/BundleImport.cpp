#include "BundleImport.h"
#include "util/JsonFields.h"

#include "BundleContainer.h"
#include "BundleFormat.h"
#include "BundleIdentities.h"
#include "BundleReader.h"
#include "BundleRowWriter.h"
#include "BundleWriter.h"
#include "ProjectSnapshot.h"
#include "attachments/AttachmentContent.h"
#include "attachments/Attachments.h"
#include "security/Keys.h"
#include "reference/Communes.h"
#include "session/Deletions.h"
#include "storage/SqliteStatement.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Trash.h"
#include "storage/Workspace.h"
#include "workshops/Holders.h"

#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QtConcurrent/QtConcurrentRun>
#include <QUuid>

#include <algorithm>
#include <array>

using BundleFormat::Role;

namespace {

using JsonFields::str;

// The record without what says when and where it was written.
QJsonObject substance(QJsonObject record)
{
    for (const char *key : {"createdAt", "updatedAt", "origin", "history"})
        record.remove(QLatin1String(key));
    return record;
}

// The lists that make a project's version beside its own record.
QList<const BundleFormat::List *> projectParts()
{
    QList<const BundleFormat::List *> parts;
    for (const BundleFormat::List &list : BundleFormat::lists()) {
        if (list.role == Role::ProjectPart)
            parts << &list;
    }
    return parts;
}

// This workspace's versions of these projects, read as the writer would write them (so the two
// sides of a comparison are alike by construction).
QHash<QString, ProjectSnapshot> localSnapshots(const Workspace &workspace, QList<qint64> ids,
                                               QString *error)
{
    std::sort(ids.begin(), ids.end());
    QJsonObject content;
    for (const BundleFormat::List &list : BundleFormat::lists()) {
        if (list.role != Role::Project && list.role != Role::ProjectPart)
            continue;
        std::optional<QJsonArray> rows = BundleWriter::records(workspace, list.name(), ids, error);
        if (!rows)
            return {};
        content.insert(list.name(), *rows);
    }
    return ProjectSnapshot::fromContent(content);
}

// The versions (hashes) of the given projects, computed on both cores: at a department's scale
// hashing tens of megabytes of projects is most of a plan's time.
QHash<QString, QString> hashesOf(const QHash<QString, ProjectSnapshot> &snapshots,
                                 const QStringList &uuids)
{
    QList<QString> hashes(uuids.size());
    const auto work = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            hashes[i] = snapshots.value(uuids.at(i)).hash();
    };
    const qsizetype half = uuids.size() / 2;
    if (half >= 64) {
        QFuture<void> other = QtConcurrent::run(work, half, uuids.size());
        const auto waitForOther = qScopeGuard([&other] { other.waitForFinished(); });
        work(0, half);
    } else {
        work(0, uuids.size());
    }
    QHash<QString, QString> result;
    result.reserve(uuids.size());
    for (qsizetype i = 0; i < uuids.size(); ++i)
        result.insert(uuids.at(i), hashes.at(i));
    return result;
}

// What files written by older versions lack, filled in as they would be written today.
void upgrade(QJsonObject *object)
{
    QJsonObject &content = *object;
    // Files written before the committee's grid existed: every category counts once.
    {
        QJsonArray categories = content.value(QLatin1String("categories")).toArray();
        bool weighted = false;
        for (qsizetype i = 0; i < categories.size(); ++i) {
            QJsonObject category = categories.at(i).toObject();
            if (!category.contains(QLatin1String("scoreWeight"))) {
                category.insert(QLatin1String("scoreWeight"), 1);
                categories.replace(i, category);
                weighted = true;
            }
        }
        if (weighted)
            content.insert(QLatin1String("categories"), categories);
    }
    // Files written before attachments: an edition's quotes are asked from the first euro (the
    // check applies only where the edition lists it).
    {
        QJsonArray editions = content.value(QLatin1String("editions")).toArray();
        bool filled = false;
        for (qsizetype i = 0; i < editions.size(); ++i) {
            QJsonObject edition = editions.at(i).toObject();
            if (!edition.contains(QLatin1String("quoteThresholdCents"))) {
                edition.insert(QLatin1String("quoteThresholdCents"), 0);
                editions.replace(i, edition);
                filled = true;
            }
        }
        if (filled)
            content.insert(QLatin1String("editions"), editions);
    }
    // Files written before communes had their INSEE code, or naming one the writer's list did
    // not know: the names are matched here.
    for (const char *list : {"venues", "holders", "projects"}) {
        QJsonArray records = content.value(QLatin1String(list)).toArray();
        bool coded = false;
        for (qsizetype i = 0; i < records.size(); ++i) {
            QJsonObject record = records.at(i).toObject();
            if (!str(record, "communeCode").isEmpty() || str(record, "commune").isEmpty())
                continue;
            record.insert(QLatin1String("communeCode"), Communes::codeOf(str(record, "commune")));
            records.replace(i, record);
            coded = true;
        }
        if (coded)
            content.insert(QLatin1String(list), records);
    }
}

// Names to show for the UUIDs a conflict mentions: from the file, else from the workspace.
class Names
{
public:
    Names(const Workspace &workspace, const QJsonObject &content)
        : m_workspace(workspace)
        , m_content(content)
    {}

    QString of(const char *list, const QString &uuid)
    {
        if (uuid.isEmpty())
            return QString();
        const QString key = QLatin1String(list) + QLatin1Char(':') + uuid;
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.constEnd())
            return *cached;
        QString name;
        for (const QJsonValue &v : m_content.value(QLatin1String(list)).toArray()) {
            const QJsonObject record = v.toObject();
            if (str(record, "uuid") == uuid) {
                name = display(list, record);
                break;
            }
        }
        if (name.isEmpty()) {
            QSqlQuery query(m_workspace.database());
            const bool holders = qstrcmp(list, "holders") == 0;
            query.prepare(holders ? QStringLiteral("SELECT trim(first_name || ' ' || last_name)"
                                                   " FROM holders WHERE uuid = ?")
                                  : QStringLiteral("SELECT name FROM %1 WHERE uuid = ?")
                                        .arg(QLatin1String(BundleFormat::list(list).table)));
            query.addBindValue(uuid);
            if (query.exec() && query.next())
                name = query.value(0).toString();
        }
        if (name.isEmpty())
            name = uuid.left(8);
        m_cache.insert(key, name);
        return name;
    }

private:
    static QString display(const char *list, const QJsonObject &record)
    {
        if (qstrcmp(list, "holders") == 0)
            return (str(record, "firstName") + QLatin1Char(' ') + str(record, "lastName"))
                .trimmed();
        return str(record, "name");
    }

    const Workspace &m_workspace;
    const QJsonObject &m_content;
    QHash<QString, QString> m_cache;
};

// A timestamp as the import dialog shows it: local date and time.
QString when(const QString &timestamp)
{
    return QLocale().toString(Timestamp::toDateTime(timestamp).toLocalTime(), QLocale::ShortFormat);
}

// The file's deletions of projects this workspace has: to the trash when the project was not
// edited here since, else a conflict.
bool planDeletions(const QSqlDatabase &db, BundleImport::Plan *plan, QString *error)
{
    QHash<QString, QJsonObject> tombstones;
    for (const QJsonValue &v : plan->content.value(QLatin1String("tombstones")).toArray()) {
        if (str(v.toObject(), "kind") == QLatin1String("project"))
            tombstones.insert(str(v.toObject(), "uuid"), v.toObject());
    }
    if (tombstones.isEmpty())
        return true;
    QHash<QString, QString> updatedAt;
    const QHash<QString, qint64> here =
        BundleIdentities::localIds(db, "projects", tombstones.keys(), error, &updatedAt);
    if (!error->isEmpty())
        return false;
    QStringList uuids = here.keys();
    std::sort(uuids.begin(), uuids.end());
    for (const QString &uuid : std::as_const(uuids)) {
        const QJsonObject tombstone = tombstones.value(uuid);
        BundleImport::ProjectPlan project;
        project.uuid = uuid;
        project.localId = here.value(uuid);
        project.deletedAt = str(tombstone, "deletedAt");
        project.deletedBy = str(tombstone, "origin");
        QSqlQuery title(db);
        title.prepare(QStringLiteral("SELECT title FROM projects WHERE id = ?"));
        title.addBindValue(project.localId);
        if (title.exec() && title.next())
            project.title = title.value(0).toString();
        if (updatedAt.value(uuid) <= project.deletedAt) {
            project.outcome = BundleImport::Outcome::Deleted;
        } else {
            project.outcome = BundleImport::Outcome::Conflict;
            project.deletion = BundleImport::Deletion::There;
            project.fields << BundleImport::Field{
                QStringLiteral("deleted"), BundleImport::tr("Deletion"),
                BundleImport::tr("edited here on %1, after the deletion: keep it")
                    .arg(when(updatedAt.value(uuid))),
                BundleImport::tr("deleted in the file's workspace on %1")
                    .arg(when(project.deletedAt)),
                false};
        }
        plan->projects << project;
    }
    return true;
}

} // namespace

int BundleImport::Plan::count(Outcome outcome) const
{
    return int(std::count_if(projects.cbegin(), projects.cend(),
                             [outcome](const ProjectPlan &p) { return p.outcome == outcome; }));
}

std::optional<BundleImport::Plan> BundleImport::prepare(const Workspace &workspace,
                                                        const QJsonObject &document,
                                                        const QString &fileName, QString *error)
{
    Plan plan;
    plan.fileName = fileName;
    plan.sha256 = str(document, "sha256");
    const QJsonObject producer = document.value(QLatin1String("producer")).toObject();
    plan.producer = str(producer, "workspace");
    plan.producerVersion = str(producer, "version");
    plan.exportedAt = str(document, "exportedAt");
    plan.content = document.value(QLatin1String("content")).toObject();
    upgrade(&plan.content);
    QSqlDatabase db = workspace.database();
    error->clear();
    {
        QSqlQuery previous(db);
        previous.prepare(QStringLiteral(
            "SELECT imported_at FROM imports WHERE sha256 = ? ORDER BY imported_at DESC LIMIT 1"));
        previous.addBindValue(plan.sha256);
        if (previous.exec() && previous.next())
            plan.previousImport = previous.value(0).toString();
    }
    // The file in this workspace's identities: records two workspaces created apart (the same
    // edition year, category code, methodology version, consent, presence, review…) under this
    // workspace's UUIDs, and the projects merged here left out.
    BundleIdentities::remapMergedOrganisations(db, &plan.content, error);
    const BundleIdentities::Recognised recognised =
        BundleIdentities::recognise(db, &plan.content, error);
    plan.mergedAway = BundleIdentities::dropMerged(db, &plan.content, error);
    if (plan.mergedAway > 0)
        plan.warnings << tr("%n project(s) of the file were merged into others here: they are "
                            "left out.",
                            nullptr, plan.mergedAway);
    const BundleIdentities::Deleted deletedHere =
        BundleIdentities::dropDeleted(db, &plan.content, error);
    plan.deletedHere = deletedHere.projects;
    if (deletedHere.projects > 0)
        plan.warnings << tr("%n project(s) of the file were deleted here after the file's "
                            "version: they are left out.",
                            nullptr, deletedHere.projects);
    if (deletedHere.records > 0)
        plan.warnings << tr("%n record(s) of the file (workshops, holders, presences, comments…) "
                            "were deleted here after the file's version: they are left out.",
                            nullptr, deletedHere.records);
    if (!error->isEmpty()) {
        *error = tr("The workspace could not be read: %1").arg(*error);
        return std::nullopt;
    }

    // Project by project: which side is newer.
    const QJsonArray projects = plan.content.value(QLatin1String("projects")).toArray();
    const QStringList uuids = BundleIdentities::uuidsOf(projects);
    QHash<QString, QString> updatedHere;
    const QHash<QString, qint64> known =
        BundleIdentities::localIds(db, "projects", uuids, error, &updatedHere);
    const QHash<QString, QStringList> versions =
        BundleWriter::versions(workspace, known.keys(), error);
    plan.incoming = ProjectSnapshot::fromContent(plan.content);
    const QHash<QString, ProjectSnapshot> &incoming = plan.incoming;
    // The file's versions of the projects known here (of all when identities were remapped).
    const QHash<QString, QString> incomingHashes =
        hashesOf(incoming, recognised.identities.isEmpty() ? known.keys() : uuids);
    // A version this workspace has already exchanged is settled without reading the project:
    // only the others are read and compared (re-importing a department's file stays quick).
    QList<qint64> toCompare;
    for (const QJsonValue &v : projects) {
        const QJsonObject record = v.toObject();
        ProjectPlan project;
        project.uuid = str(record, "uuid");
        project.title = str(record, "title");
        project.localId = known.value(project.uuid);
        if (project.localId <= 0 && deletedHere.projectsEditedSince.contains(project.uuid)) {
            // Deleted here, edited there since: kept deleted unless the file's side is chosen.
            project.outcome = Outcome::Conflict;
            project.deletion = Deletion::Here;
            project.deletedAt = deletedHere.projectsEditedSince.value(project.uuid);
            project.incomingHash = incomingHashes.value(project.uuid);
            project.fields << Field{QStringLiteral("deleted"), tr("Deletion"),
                                    tr("deleted here on %1").arg(when(project.deletedAt)),
                                    tr("edited in the file on %1, after the deletion: restore it")
                                        .arg(when(str(record, "updatedAt"))),
                                    false};
            plan.projects << project;
            continue;
        }
        if (project.localId <= 0) {
            // A new project's version is remembered from the file's history, which holds it;
            // unless its references were recognised under this workspace's identities, which
            // makes it a version of its own here.
            project.outcome = Outcome::Added;
            if (!recognised.identities.isEmpty())
                project.incomingHash = incomingHashes.value(project.uuid);
            plan.projects << project;
            continue;
        }
        project.incomingHash = incomingHashes.value(project.uuid);
        if (versions.value(project.uuid).contains(project.incomingHash)) {
            project.outcome = updatedHere.value(project.uuid) == str(record, "updatedAt")
                                  ? Outcome::Identical
                                  : Outcome::Older;
        } else {
            project.outcome = Outcome::Conflict; // until compared below
            toCompare << project.localId;
        }
        plan.projects << project;
    }
    std::sort(toCompare.begin(), toCompare.end());
    const QHash<QString, ProjectSnapshot> local = localSnapshots(workspace, toCompare, error);
    if (!error->isEmpty()) {
        *error = tr("The workspace could not be read: %1").arg(*error);
        return std::nullopt;
    }
    QHash<QString, QSet<QString>> histories;
    for (const QJsonValue &v : projects) {
        const QJsonObject record = v.toObject();
        if (!local.contains(str(record, "uuid")))
            continue;
        QSet<QString> &history = histories[str(record, "uuid")];
        for (const QJsonValue &h : record.value(QLatin1String("history")).toArray())
            history.insert(h.toString());
    }
    // Structures merged here: a version that differs from one the file knows only by naming
    // the structure kept instead of the one merged into it is that version (a merge of
    // organisations is not an edit of their projects).
    QMultiHash<QString, QString> mergedInto; // kept → merged away
    if (!local.isEmpty()) {
        QSqlQuery merged(db);
        if (merged.exec(QStringLiteral("SELECT o.uuid, m.uuid FROM merged_organisations m"
                                       " JOIN organisations o ON o.id = m.into_organisation_id"))) {
            while (merged.next())
                mergedInto.insert(merged.value(0).toString(), merged.value(1).toString());
        }
    }
    const auto knownBeforeMerge = [&mergedInto](ProjectSnapshot mine,
                                                const QSet<QString> &history) {
        const QString organisation = str(mine.project, "organisation");
        for (auto it = mergedInto.constFind(organisation);
             it != mergedInto.constEnd() && it.key() == organisation; ++it) {
            mine.project.insert(QLatin1String("organisation"), it.value());
            if (history.contains(mine.hash()))
                return true;
        }
        return false;
    };
    Names names(workspace, plan.content);
    for (ProjectPlan &project : plan.projects) {
        const auto mine = local.constFind(project.uuid);
        if (project.deletion != Deletion::None)
            continue;
        if (project.localId <= 0 || mine == local.constEnd())
            continue;
        const QString mineHash = mine->hash();
        if (mineHash == project.incomingHash)
            project.outcome = Outcome::Identical;
        else if (histories.value(project.uuid).contains(mineHash) ||
                 knownBeforeMerge(*mine, histories.value(project.uuid)))
            project.outcome = Outcome::Newer;
        else
            project.outcome = Outcome::Conflict;
        if (project.outcome == Outcome::Conflict) {
            project.title = str(mine->project, "title");
            project.fields = ProjectMerge::differences(
                *mine, incoming.value(project.uuid),
                [&names](const char *list, const QString &uuid) { return names.of(list, uuid); });
        }
    }
    if (!planDeletions(db, &plan, error)) {
        *error = tr("The workspace could not be read: %1").arg(*error);
        return std::nullopt;
    }
    return plan;
}

void BundleImport::chooseAll(Plan *plan, bool takeIncoming)
{
    for (ProjectPlan &project : plan->projects) {
        for (Field &field : project.fields)
            field.takeIncoming = takeIncoming;
    }
}

namespace {

// One import written into a workspace, in one transaction, as a sequence of steps: the import's
// own record, what the projects refer to, the projects, their parts, the attendance, the review,
// the import's counts. A step that fails says why in m_error and the transaction is rolled back.
class ImportRun
{
public:
    ImportRun(Workspace &workspace, const BundleImport::Plan &plan)
        : m_workspace(workspace)
        , m_plan(plan)
        , m_db(workspace.database())
        , m_rows(m_db)
        , m_now(Timestamp::now())
    {
        m_report.warnings = plan.warnings;
    }
    ~ImportRun()
    {
        // Should a step end early, the other core finishes before what it reads goes away.
        m_preparedParts.waitForFinished();
    }

    std::optional<BundleImport::Report> run(QString *error);

private:
    using Outcome = BundleImport::Outcome;
    using ProjectPlan = BundleImport::ProjectPlan;

    // Rows converted for SQLite on the other core while this one writes.
    struct PreparedProjects
    {
        BundleRows rows;
        QHash<QString, qsizetype> row; // project UUID → its row
    };
    struct PreparedParts
    {
        QList<BundleRows> parts; // of the projects added or replaced, by projectParts()
        BundleRows attendance;   // in the file's order
    };

    bool recordImport();
    // A bulk load: see run().
    bool isBulkLoad() const;
    bool checkReferencesWritten();
    void startPreparing();
    bool applyReferences();
    bool storeContents();
    bool applyProjects();
    bool applyProjectParts();
    bool applyAttendance();
    bool applyReviews();
    bool bringsNothing() const;
    const PreparedParts &preparedParts()
    {
        if (!m_parts)
            m_parts = m_preparedParts.result();
        return *m_parts;
    }
    bool finishImport();

    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }
    bool failWith(const QString &what)
    {
        return fail(BundleImport::tr("%1: %2").arg(what, m_rows.error()));
    }
    static bool isWritten(const ProjectPlan &project)
    {
        return project.outcome == Outcome::Added || project.outcome == Outcome::Newer ||
               (project.outcome == Outcome::Conflict &&
                project.deletion == BundleImport::Deletion::Here && project.takesFileSide());
    }
    bool trashProject(const ProjectPlan &project);
    bool applyTombstones();
    bool replaceProject(qint64 id, const ProjectSnapshot &snapshot, const QString &updatedAt);
    // This workspace's records of a list, read for these ids as the writer writes them, by UUID;
    // none (and m_error set) when they cannot be read.
    std::optional<QHash<QString, QJsonObject>> localRecords(const BundleFormat::List &list,
                                                            const QList<qint64> &ids);

    Workspace &m_workspace;
    const BundleImport::Plan &m_plan;
    QSqlDatabase m_db;
    BundleRowWriter m_rows;
    const QString m_now;
    BundleImport::Report m_report;
    QString m_error;
    int m_versionsLearnt = 0;
    int m_tombstonesLearnt = 0;
    // What the projects refer to, list by list in the format's order (each ready as soon as it
    // is converted), then the projects, then their parts: one after the other on the other core.
    // Shared, so that reading a result copies no rows.
    std::vector<std::pair<const BundleFormat::List *, QFuture<std::shared_ptr<const BundleRows>>>>
        m_preparedReferences;
    QFuture<std::shared_ptr<const PreparedProjects>> m_preparedProjects;
    QFuture<std::shared_ptr<const PreparedParts>> m_preparedParts;
    std::shared_ptr<const PreparedParts> m_parts;
    QList<BundleRows> m_mergedParts; // of the projects merged here, by projectParts()
};

std::optional<BundleImport::Report> ImportRun::run(QString *error)
{
    // Statement journals in memory for the length of the import: an insert into projects (whose
    // trigger marks it for the search index) may fail after it wrote, so it first saves the
    // pages it changes, and on disk that went to a temporary file on every insert (0.4 s per
    // 10,000 projects). Only here: the sorts of the dashboard's queries, which use the same
    // temporary storage, are twice as slow in memory. (Set outside a transaction only; inside
    // one, SQLite refuses and the import is merely slower.)
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    const auto defaultTempStore = qScopeGuard(
        [db = m_db] { QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = DEFAULT")); });
    // A file imported into a workspace that holds no project yet, and deleting nothing (the
    // department's file into a mission officer's new workspace), is a bulk load: it can only
    // add rows (and update what the projects refer to), so nothing it does needs the foreign
    // keys' cascades, and its references are checked once, over the tables it wrote, before it
    // commits (checkReferencesWritten), rather than by SQLite at each of its rows — which cost
    // as much again as inserting them (0.3 s for 10,000 projects; the check, 0.06 s). Set
    // outside a transaction only, and on again whatever happens.
    const bool bulk = isBulkLoad();
    if (bulk)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto keysOn = qScopeGuard([db = m_db, bulk] {
        if (bulk)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    Transaction transaction(m_db);
    bool ok = transaction.isActive() || fail(m_db.lastError().text());
    // Nothing of an import stays unless all of it does: a row SQLite refuses ends the whole
    // transaction at once (INSERT OR ROLLBACK: BundleRowWriter), and the references are checked
    // as it commits, so that no insert keeps a journal to undo itself alone (they did: 7 % of
    // applying a department's file). Reset by SQLite when the transaction ends.
    if (ok && !bulk)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    ok = ok && recordImport();
    if (ok)
        startPreparing();
    ok = ok && applyReferences() && storeContents() && applyProjects() && applyProjectParts() &&
         applyAttendance() &&
         applyReviews() && applyTombstones();
    // A file that brings nothing new (imported before, or all identical) leaves the workspace
    // exactly as it was: the transaction is rolled back, the report still says what was seen.
    if (ok && bringsNothing()) {
        m_report.importId = 0;
        return m_report;
    }
    ok = ok && finishImport() && (!bulk || checkReferencesWritten()) &&
         (transaction.commit() || fail(transaction.error()));
    if (!ok) {
        *error = BundleImport::tr("The file could not be imported; the workspace is unchanged. %1")
                     .arg(m_error);
        return std::nullopt;
    }
    m_workspace.notifyProjectsChanged();
    return m_report;
}

// The attachments' contents the workspace lacks, streamed from the container into it, each
// checked against its SHA-256 and its media type's signature (before the records that need
// them). Those of projects the import leaves as they are go with the sweep at the end.
bool ImportRun::storeContents()
{
    const QJsonArray pieces = m_plan.content.value(QLatin1String("attachments")).toArray();
    std::unique_ptr<BundleContainer::Reader> container;
    QSet<QString> done;
    for (const QJsonValue &v : pieces) {
        const QJsonObject piece = v.toObject();
        const QString sha256 = str(piece, "sha256");
        if (done.contains(sha256) || Attachments::hasContent(m_db, sha256))
            continue;
        done.insert(sha256);
        if (!container) {
            if (m_plan.containerPath.isEmpty())
                return fail(BundleImport::tr("The file lists attachments but does not carry their "
                                             "contents (it is not a container)."));
            auto opened = BundleContainer::Reader::open(m_plan.containerPath);
            if (!opened)
                return fail(opened.error());
            container = std::move(opened.value());
        }
        const std::unique_ptr<QIODevice> in = container->openContent(sha256);
        if (!in)
            return fail(BundleImport::tr("The content %1 of an attachment is missing from the "
                                         "file.")
                            .arg(Attachments::fingerprint(sha256)));
        const QString mediaType = str(piece, "mediaType");
        const qint64 size = qint64(piece.value(QLatin1String("size")).toDouble());
        const Result<void> stored = Attachments::storeContent(m_db, *in, size, sha256, mediaType);
        if (!stored)
            return fail(BundleImport::tr("“%1”: %2").arg(str(piece, "fileName"), stored.error()));
        Attachments::ContentReader check(m_db, sha256);
        QByteArray head(int(qMin<qint64>(16, size)), Qt::Uninitialized);
        if (!check.read(0, head.data(), int(head.size())) ||
            !AttachmentContent::signatureFits(mediaType, head))
            return fail(BundleImport::tr("“%1” is not the %2 its record says.")
                            .arg(str(piece, "fileName"), AttachmentContent::label(mediaType)));
    }
    return true;
}

bool ImportRun::isBulkLoad() const
{
    if (!m_plan.content.value(QLatin1String("tombstones")).toArray().isEmpty())
        return false;
    for (const ProjectPlan &project : m_plan.projects) {
        if (project.localId > 0 || project.deletion != BundleImport::Deletion::None)
            return false;
    }
    QSqlQuery none(m_db);
    return none.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM projects)")) &&
           none.next() && none.value(0).toBool();
}

// A bulk load's references, as SQLite would have checked them: every row of every table it
// may have written (those of the file's lists, the projects' provenance) refers to a row that
// is there. The workspace held no project before: these tables hold the file's rows and what
// the projects refer to, no more.
bool ImportRun::checkReferencesWritten()
{
    QSet<QString> tables{QStringLiteral("project_imports"), QStringLiteral("attachments")};
    for (const BundleFormat::List &list : BundleFormat::lists()) {
        if (m_plan.content.contains(list.name()))
            tables.insert(QLatin1String(list.table));
    }
    QStringList sorted(tables.cbegin(), tables.cend());
    sorted.sort();
    QSqlQuery check(m_db);
    for (const QString &table : std::as_const(sorted)) {
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check(\"%1\")").arg(table)))
            return fail(check.lastError().text());
        if (check.next())
            return fail(BundleImport::tr("FOREIGN KEY constraint failed: %1 refers to a row of "
                                         "%2 that is not there.")
                            .arg(table, check.value(2).toString()));
    }
    return true;
}

// The import itself, for the report and the provenance.
bool ImportRun::recordImport()
{
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO imports (uuid, file_name, sha256, producer, producer_version,"
                       " exported_at, imported_at, signer_key, signer_name, sealed)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    insert.addBindValue(m_plan.fileName);
    insert.addBindValue(m_plan.sha256);
    insert.addBindValue(m_plan.producer);
    insert.addBindValue(m_plan.producerVersion);
    insert.addBindValue(m_plan.exportedAt);
    insert.addBindValue(m_now);
    insert.addBindValue(m_plan.signer ? QVariant(m_plan.signer->publicKey)
                                      : QVariant(QMetaType::fromType<QByteArray>()));
    insert.addBindValue(m_plan.signer ? m_plan.signer->name : QStringLiteral(""));
    insert.addBindValue(m_plan.sealed ? 1 : 0);
    if (!insert.exec())
        return fail(insert.lastError().text());
    m_report.importId = insert.lastInsertId().toLongLong();
    // The file's signer, accepted with the file (not when the import is cancelled).
    if (m_plan.signer && m_plan.signerStanding != KnownSigners::Standing::Yours) {
        if (const Result<void> recorded = KnownSigners::record(m_workspace, *m_plan.signer);
            !recorded)
            return fail(recorded.error());
    }
    return true;
}

// The rows of what the projects refer to first, list by list (this thread needs them first),
// then those of the projects added or replaced, then their parts and the attendance, converted
// on the other core while this one writes.
void ImportRun::startPreparing()
{
    const BundleImport::Plan &plan = m_plan;
    QFuture<void> previous = QtFuture::makeReadyFuture();
    for (const BundleFormat::List &list : BundleFormat::lists()) {
        if (list.role != Role::Reference || !plan.content.contains(list.name()))
            continue;
        const BundleFormat::List *of = &list;
        auto rows = previous.then(QtFuture::Launch::Async, [&plan, of] {
            auto converted = std::make_shared<BundleRows>();
            converted->add(*of, plan.content.value(of->name()).toArray());
            return std::shared_ptr<const BundleRows>(std::move(converted));
        });
        m_preparedReferences.emplace_back(of, rows);
        previous = rows.then(QtFuture::Launch::Sync, [](const std::shared_ptr<const BundleRows> &) {});
    }
    m_preparedProjects = previous.then(QtFuture::Launch::Async, [&plan] {
        auto prepared = std::make_shared<PreparedProjects>();
        PreparedProjects &projects = *prepared;
        for (const ProjectPlan &project : plan.projects) {
            if (!isWritten(project))
                continue;
            projects.row.insert(project.uuid, projects.rows.size());
            projects.rows.add(BundleFormat::list("projects"),
                              plan.incoming.value(project.uuid).project);
        }
        return std::shared_ptr<const PreparedProjects>(std::move(prepared));
    });
    m_preparedParts = m_preparedProjects.then(
        QtFuture::Launch::Sync, [&plan](const std::shared_ptr<const PreparedProjects> &) {
            const QList<const BundleFormat::List *> lists = projectParts();
            auto shared = std::make_shared<PreparedParts>();
            PreparedParts &prepared = *shared;
            prepared.parts.resize(lists.size());
            for (const ProjectPlan &project : plan.projects) {
                if (!isWritten(project))
                    continue;
                const ProjectSnapshot snapshot = plan.incoming.value(project.uuid);
                for (qsizetype i = 0; i < lists.size(); ++i)
                    prepared.parts[i].add(*lists.at(i), snapshot.part(lists.at(i)->name()));
            }
            prepared.attendance.add(BundleFormat::list("attendance"),
                                    plan.content.value(QLatin1String("attendance")).toArray());
            return std::shared_ptr<const PreparedParts>(std::move(shared));
        });
    m_mergedParts.resize(projectParts().size());
}

// What the projects refer to: added when unknown, replaced by a newer edit.
bool ImportRun::applyReferences()
{
    for (const BundleFormat::List &list : BundleFormat::lists()) {
        if (list.role != Role::Reference)
            continue;
        const QJsonArray records = m_plan.content.value(list.name()).toArray();
        if (records.isEmpty())
            continue;
        QHash<QString, qint64> &ids = m_rows.ids(list.key);
        QString readError;
        QHash<QString, QString> updatedAt;
        const QStringList uuids = BundleIdentities::uuidsOf(records); // in the records' order
        ids = BundleIdentities::localIds(m_db, list.table, uuids, &readError, &updatedAt);
        // A record known here in the very version the file carries (the same updatedAt: every
        // edit stamps it) is settled without being read; the others are read as the writer
        // would write them, to be compared.
        QSet<QString> stale;
        if (!ids.isEmpty()) {
            for (qsizetype i = 0; i < records.size(); ++i) {
                const QString &uuid = uuids.at(i);
                if (ids.contains(uuid) &&
                    updatedAt.value(uuid) != str(records.at(i).toObject(), "updatedAt"))
                    stale.insert(uuid);
            }
        }
        // The writer reads a list by its own ids, or by its parent's (a category by its
        // edition's, a consent by its holder's).
        const BundleFormat::Field *parent = nullptr;
        for (const BundleFormat::Field &field : list.fields) {
            if (field.column && qstrcmp(field.column, list.selectedBy.constFirst()) == 0)
                parent = &field;
        }
        QList<qint64> readFor;
        for (qsizetype i = 0; i < records.size() && !stale.isEmpty(); ++i) {
            const QString &uuid = uuids.at(i);
            if (!stale.contains(uuid))
                continue;
            const qint64 id =
                parent ? m_rows.idOf(parent->refersTo, str(records.at(i).toObject(), parent->key))
                       : ids.value(uuid);
            if (id > 0)
                readFor << id;
        }
        const std::optional<QHash<QString, QJsonObject>> local = localRecords(list, readFor);
        if (!local)
            return false;

        // The list's rows, converted on the other core meanwhile.
        std::shared_ptr<const BundleRows> prepared;
        for (const auto &[of, rows] : m_preparedReferences) {
            if (of == &list)
                prepared = rows.result();
        }
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString &uuid = uuids.at(i);
            const qint64 id = ids.value(uuid);
            if (id <= 0) {
                if (m_rows.insert(list, uuid, records.at(i).toObject(), prepared.get(), i) < 0)
                    return failWith(list.name());
                ++m_report.recordsAdded;
                continue;
            }
            QJsonObject record = records.at(i).toObject();
            if (!stale.contains(uuid))
                continue;
            const QJsonObject theirs = substance(record);
            const QJsonObject ours = substance(local->value(uuid));
            if (theirs == ours)
                continue;
            if (list.name() == QLatin1String("methodologies")) {
                // A definition is never changed under its version number.
                m_report.warnings << BundleImport::tr("The file's “%1”, version %2, differs from "
                                                      "this workspace's; the workspace's is kept.")
                                         .arg(str(record, "name"))
                                         .arg(record.value(QLatin1String("version")).toInt());
                continue;
            }
            if (list.name() == QLatin1String("holders")) {
                const bool erasedHere =
                    !local->value(uuid).value(QLatin1String("erasedAt")).isNull();
                const bool erasedThere = !record.value(QLatin1String("erasedAt")).isNull();
                if (erasedHere)
                    continue; // someone asked to be forgotten: never brought back
                if (erasedThere) {
                    QString eraseError;
                    if (!Holders::erase(m_workspace, id, &eraseError))
                        return fail(eraseError);
                    ++m_report.recordsUpdated;
                    continue;
                }
                // A file leaves contact details blank without consent: that is not an edit.
                for (const BundleFormat::Field &field : list.fields) {
                    if (!(field.flags & BundleFormat::Contact) || !str(record, field.key).isEmpty())
                        continue;
                    QSqlQuery current(m_db);
                    current.prepare(QStringLiteral("SELECT %1 FROM holders WHERE id = ?")
                                        .arg(QLatin1String(field.column)));
                    current.addBindValue(id);
                    if (current.exec() && current.next())
                        record.insert(field.name(), current.value(0).toString());
                }
            }
            if (str(record, "updatedAt") <= str(local->value(uuid), "updatedAt"))
                continue; // ours is the newer edit
            if (!m_rows.update(list, id, record))
                return failWith(list.name());
            ++m_report.recordsUpdated;
        }
    }
    return true;
}

std::optional<QHash<QString, QJsonObject>> ImportRun::localRecords(const BundleFormat::List &list,
                                                                   const QList<qint64> &ids)
{
    QString error;
    const std::optional<QJsonArray> mine =
        BundleWriter::records(m_workspace, list.name(), ids, &error);
    if (!mine) {
        fail(error);
        return std::nullopt;
    }
    QHash<QString, QJsonObject> local;
    for (const QJsonValue &v : *mine)
        local.insert(str(v.toObject(), "uuid"), v.toObject());
    return local;
}

// Writes a version of a project over the workspace's: its row, and its parts removed (to be
// written again with those of the other projects).
bool ImportRun::replaceProject(qint64 id, const ProjectSnapshot &snapshot, const QString &updatedAt)
{
    if (!m_rows.update(BundleFormat::list("projects"), id, snapshot.project, updatedAt))
        return false;
    for (const BundleFormat::List *list : projectParts()) {
        QSqlQuery remove(m_db);
        remove.prepare(
            QStringLiteral("DELETE FROM %1 WHERE project_id = ?").arg(QLatin1String(list->table)));
        remove.addBindValue(id);
        if (!remove.exec()) {
            m_rows.setError(remove.lastError().text());
            return false;
        }
    }
    return true;
}

// The projects, as planned and chosen, with their versions and where they came from.
bool ImportRun::applyProjects()
{
    QHash<QString, QJsonArray> histories;
    for (const QJsonValue &v : m_plan.content.value(QLatin1String("projects")).toArray())
        histories.insert(str(v.toObject(), "uuid"),
                         v.toObject().value(QLatin1String("history")).toArray());
    SqliteStatement version(
        m_db, QStringLiteral(
                  "INSERT OR IGNORE INTO project_versions (project_uuid, hash) VALUES (?, ?)"));
    SqliteStatement provenance(
        m_db, QStringLiteral("INSERT OR REPLACE INTO project_imports (project_id, import_id,"
                             " action) VALUES (?, ?, ?)"));
    if (!version.isValid() || !provenance.isValid())
        return fail(version.isValid() ? provenance.error() : version.error());
    QList<qint64> conflictIds;
    for (const ProjectPlan &project : m_plan.projects)
        if (project.outcome == Outcome::Conflict &&
            project.deletion == BundleImport::Deletion::None)
            conflictIds << project.localId;
    QHash<QString, ProjectSnapshot> localConflicts;
    if (!conflictIds.isEmpty()) {
        QString readError;
        localConflicts = localSnapshots(m_workspace, conflictIds, &readError);
        if (!readError.isEmpty())
            return fail(readError);
    }
    const BundleFormat::List &projects = BundleFormat::list("projects");
    const QList<const BundleFormat::List *> parts = projectParts();
    std::shared_ptr<const PreparedProjects> prepared;
    QHash<QString, qint64> &ids = m_rows.ids("projects");
    for (const ProjectPlan &project : m_plan.projects) {
        const ProjectSnapshot theirs = m_plan.incoming.value(project.uuid);
        QStringList hashes;
        for (const QJsonValue &h : histories.value(project.uuid))
            hashes << h.toString();
        if (!project.incomingHash.isEmpty())
            hashes << project.incomingHash;
        qint64 id = project.localId;
        QString action;
        const auto failed = [&] {
            return fail(BundleImport::tr("project “%1”: %2").arg(project.title, m_rows.error()));
        };
        // A deletion met by an edit: the file's deletion applied, or the project it deleted
        // here written again with the file's version (as an added one), or nothing.
        Outcome outcome = project.outcome;
        if (project.deletion == BundleImport::Deletion::There) {
            ++m_report.conflicts;
            if (project.takesFileSide()) {
                if (!trashProject(project))
                    return false;
                ++m_report.deleted;
            }
            continue;
        }
        if (project.deletion == BundleImport::Deletion::Here) {
            ++m_report.conflicts;
            if (!project.takesFileSide())
                continue; // stays deleted
            outcome = Outcome::Added;
        }
        switch (outcome) {
        case Outcome::Deleted:
            if (!trashProject(project))
                return false;
            ++m_report.deleted;
            break;
        case Outcome::Added:
            if (!prepared)
                prepared = m_preparedProjects.result();
            id = m_rows.insert(projects, project.uuid, theirs.project, &prepared->rows,
                               prepared->row.value(project.uuid));
            if (id < 0)
                return failed();
            action = QStringLiteral("added");
            ++m_report.added;
            break;
        case Outcome::Identical:
        case Outcome::Older:
            ++m_report.skipped;
            break;
        case Outcome::Newer:
            ids.insert(project.uuid, id);
            if (!replaceProject(id, theirs, QString()))
                return failed();
            action = QStringLiteral("updated");
            ++m_report.updated;
            break;
        case Outcome::Conflict: {
            ids.insert(project.uuid, id);
            const ProjectSnapshot &mine = localConflicts[project.uuid];
            const ProjectSnapshot result = ProjectMerge::merged(mine, theirs, project.fields);
            hashes << mine.hash();
            if (result.hash() != mine.hash()) {
                if (!replaceProject(id, result, m_now))
                    return failed();
                // Its parts are prepared here (those of the projects added or replaced were
                // prepared on the other core).
                for (qsizetype i = 0; i < parts.size(); ++i)
                    m_mergedParts[i].add(*parts.at(i), result.part(parts.at(i)->name()));
                action = QStringLiteral("merged");
            }
            ++m_report.conflicts;
            break;
        }
        }
        for (const QString &hash : std::as_const(hashes)) {
            version.bindText(0, project.uuid);
            version.bindText(1, hash);
            if (!version.exec())
                return fail(version.error());
            m_versionsLearnt += version.changes() > 0 ? 1 : 0;
        }
        if (!action.isEmpty()) {
            provenance.bindInteger(0, id);
            provenance.bindInteger(1, m_report.importId);
            provenance.bindText(2, action);
            if (!provenance.exec())
                return fail(provenance.error());
        }
    }
    return true;
}

// The answers, budget lines and holder links of the projects written, together.
bool ImportRun::applyProjectParts()
{
    const PreparedParts &prepared = preparedParts();
    const QList<const BundleFormat::List *> parts = projectParts();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!m_rows.insertMany(*parts.at(i), prepared.parts.at(i)) ||
            !m_rows.insertMany(*parts.at(i), m_mergedParts.at(i)))
            return fail(m_rows.error());
    }
    return true;
}

// Who came to which workshop, and on which project.
bool ImportRun::applyAttendance()
{
    const BundleFormat::List &list = BundleFormat::list("attendance");
    const QJsonArray records = m_plan.content.value(list.name()).toArray();
    QString readError;
    QHash<QString, QString> updatedAt;
    const QHash<QString, qint64> ids = BundleIdentities::localIds(
        m_db, list.table, BundleIdentities::uuidsOf(records), &readError, &updatedAt);
    if (!readError.isEmpty())
        return fail(readError);
    // As for what the projects refer to: a presence known here in the very version the file
    // carries is settled without being read.
    QList<qint64> readFor;
    for (const QJsonValue &v : records) {
        const QString uuid = str(v.toObject(), "uuid");
        const qint64 id = ids.value(uuid);
        if (id > 0 && updatedAt.value(uuid) != str(v.toObject(), "updatedAt"))
            readFor << id;
    }
    const std::optional<QHash<QString, QJsonObject>> local = localRecords(list, readFor);
    if (!local)
        return false;
    const BundleRows &prepared = preparedParts().attendance;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject record = records.at(i).toObject();
        const QString uuid = str(record, "uuid");
        const qint64 id = ids.value(uuid);
        if (id <= 0) {
            if (!m_rows.insertRow(list, prepared, i))
                return fail(BundleImport::tr("attendance: %1").arg(m_rows.error()));
            ++m_report.recordsAdded;
        } else if (local->contains(uuid) && substance(record) != substance(local->value(uuid)) &&
                   str(record, "updatedAt") > str(local->value(uuid), "updatedAt")) {
            if (!m_rows.update(list, id, record))
                return fail(BundleImport::tr("attendance: %1").arg(m_rows.error()));
            ++m_report.recordsUpdated;
        }
    }
    return true;
}

// The mission officers' reviews, comments, scores and links: added when unknown, replaced by a
// newer edit (the newer updatedAt wins, as for what the projects refer to), and only about
// projects this workspace has (a project the file brings as a conflict resolved for the local
// side is still here).
bool ImportRun::applyReviews()
{
    for (const BundleFormat::List &list : BundleFormat::lists()) {
        if (list.role != Role::Review)
            continue;
        const QJsonArray records = m_plan.content.value(list.name()).toArray();
        if (records.isEmpty())
            continue;
        QString readError;
        QHash<QString, QString> updatedAt;
        const QHash<QString, qint64> ids = BundleIdentities::localIds(
            m_db, list.table, BundleIdentities::uuidsOf(records), &readError, &updatedAt);
        if (!readError.isEmpty())
            return fail(readError);
        for (const QJsonValue &v : records) {
            const QJsonObject record = v.toObject();
            const bool aboutProjectsHere =
                std::all_of(list.fields.cbegin(), list.fields.cend(), [&](const auto &field) {
                    return field.type != BundleFormat::Type::Ref ||
                           qstrcmp(field.refersTo, "projects") != 0 ||
                           m_rows.idOf("projects", str(record, field.key)) > 0;
                });
            if (!aboutProjectsHere)
                continue;
            const qint64 id = ids.value(str(record, "uuid"));
            if (id <= 0) {
                if (m_rows.insert(list, record) < 0)
                    return failWith(list.name());
                ++m_report.recordsAdded;
            } else if (str(record, "updatedAt") > updatedAt.value(str(record, "uuid"))) {
                if (!m_rows.update(list, id, record))
                    return failWith(list.name());
                ++m_report.recordsUpdated;
            }
        }
    }
    return true;
}

// A project the file's workspace deleted: to the trash here, with the deletion's date and
// workspace.
bool ImportRun::trashProject(const ProjectPlan &project)
{
    const Result<qint64> entry =
        Trash::put(m_db, QStringLiteral("project"), QStringLiteral("projects"), project.localId,
                   project.title.isEmpty() ? BundleImport::tr("Untitled project") : project.title,
                   project.deletedBy, project.deletedAt);
    if (!entry)
        return fail(BundleImport::tr("project “%1”: %2").arg(project.title, entry.error()));
    m_workspace.notifyProjectRemoved(project.localId);
    return true;
}

// The file's deletions of everything but projects (settled with the plan): what was not edited
// here since goes (workshops and holders to the trash), what was is kept; and every deletion is
// remembered here, unless what it deleted is here (kept, or brought again by an edit made
// after it), so that it travels on.
bool ImportRun::applyTombstones()
{
    const QJsonArray tombstones = m_plan.content.value(QLatin1String("tombstones")).toArray();
    if (tombstones.isEmpty())
        return true;
    struct Kind
    {
        const char *kind;
        const char *table;
        bool trash;   // to the trash, else deleted
        bool delete_; // deleted here at all (a budget line travels with its project's version)
    };
    static const std::array<Kind, 15> kinds = {{
        {"project", "projects", true, false}, // settled by the plan
        {"workshop", "workshops", true, true},
        {"holder", "holders", true, true},
        {"venue", "venues", true, true},
        {"attendance", "attendance", false, true},
        {"budget_line", "budget_lines", false, false},
        {"attachment", "attachments", false, false},
        {"comment", "review_comments", false, true},
        {"link", "project_links", false, true},
        {"score", "review_scores", false, true},
        {"organisation", "organisations", true, true},
        {"organisation_venue", "organisation_venues", false, true},
        {"follow_up", "follow_ups", false, true},
        {"next_step", "next_steps", false, true},
        {"pitch_run", "pitch_runs", false, true},
    }};
    SqliteStatement remember(
        m_db, QStringLiteral("INSERT OR IGNORE INTO tombstones (uuid, kind, deleted_at, origin)"
                             " VALUES (?, ?, ?, ?)"));
    SqliteStatement replace(
        m_db, QStringLiteral("INSERT OR REPLACE INTO tombstones (uuid, kind, deleted_at, origin)"
                             " VALUES (?, ?, ?, ?)"));
    if (!remember.isValid() || !replace.isValid())
        return fail(remember.isValid() ? replace.error() : remember.error());
    for (const Kind &kind : kinds) {
        QList<QJsonObject> ofKind;
        QStringList uuids;
        for (const QJsonValue &v : tombstones) {
            if (str(v.toObject(), "kind") == QLatin1String(kind.kind)) {
                ofKind << v.toObject();
                uuids << str(v.toObject(), "uuid");
            }
        }
        if (ofKind.isEmpty())
            continue;
        QString readError;
        QHash<QString, QString> updatedAt;
        const QHash<QString, qint64> here =
            BundleIdentities::localIds(m_db, kind.table, uuids, &readError, &updatedAt);
        if (!readError.isEmpty())
            return fail(readError);
        for (const QJsonObject &tombstone : std::as_const(ofKind)) {
            const QString uuid = str(tombstone, "uuid");
            const QString deletedAt = str(tombstone, "deletedAt");
            const QString origin = str(tombstone, "origin");
            const qint64 id = here.value(uuid);
            if (id > 0 && kind.delete_ && updatedAt.value(uuid) <= deletedAt) {
                if (kind.trash) {
                    const Result<qint64> entry =
                        Trash::put(m_db, QLatin1String(kind.kind), QLatin1String(kind.table), id,
                                   Deletions::label(m_workspace, QLatin1String(kind.kind), id),
                                   origin, deletedAt);
                    if (!entry)
                        return fail(entry.error());
                } else {
                    replace.bindText(0, uuid);
                    replace.bindText(1, QLatin1String(kind.kind));
                    replace.bindText(2, deletedAt);
                    replace.bindText(3, origin);
                    QSqlQuery remove(m_db);
                    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?")
                                       .arg(QLatin1String(kind.table)));
                    remove.addBindValue(id);
                    if (!replace.exec() || !remove.exec())
                        return fail(replace.error().isEmpty() ? remove.lastError().text()
                                                              : replace.error());
                }
                ++m_report.recordsDeleted;
                continue;
            }
            if (id > 0)
                continue; // kept here: edited since, or a project whose conflict kept it
            remember.bindText(0, uuid);
            remember.bindText(1, QLatin1String(kind.kind));
            remember.bindText(2, deletedAt);
            remember.bindText(3, origin);
            if (!remember.exec())
                return fail(remember.error());
            m_tombstonesLearnt += remember.changes() > 0 ? 1 : 0;
        }
    }
    return true;
}

bool ImportRun::bringsNothing() const
{
    return m_report.added + m_report.updated + m_report.conflicts + m_report.recordsAdded +
               m_report.recordsUpdated + m_report.deleted + m_report.recordsDeleted +
               m_versionsLearnt + m_tombstonesLearnt ==
           0;
}

// The import's counts, beside its record.
bool ImportRun::finishImport()
{
    // Contents no attachment holds any more (a piece replaced by the file's version).
    if (const Result<int> swept = Attachments::sweepContents(m_db); !swept)
        return fail(swept.error());
    // What the trash held and is here again (brought back by an edit made after its deletion)
    // can no longer be restored over itself.
    QSqlQuery stale(m_db);
    if (!stale.exec(
            QStringLiteral("DELETE FROM trash WHERE uuid IN (SELECT uuid FROM projects) OR uuid IN"
                           " (SELECT uuid FROM workshops) OR uuid IN (SELECT uuid FROM holders) OR uuid IN"
                           " (SELECT uuid FROM organisations)")))
        return fail(stale.lastError().text());
    QSqlQuery counts(m_db);
    counts.prepare(QStringLiteral("UPDATE imports SET added = ?, updated = ?, skipped = ?,"
                                  " conflicts = ? WHERE id = ?"));
    counts.addBindValue(m_report.added);
    counts.addBindValue(m_report.updated);
    counts.addBindValue(m_report.skipped);
    counts.addBindValue(m_report.conflicts);
    counts.addBindValue(m_report.importId);
    if (!counts.exec())
        return fail(counts.lastError().text());
    return true;
}

} // namespace

std::optional<BundleImport::Plan> BundleImport::prepare(const Workspace &workspace,
                                                        const BundleReader::Result &read,
                                                        const QString &fileName, QString *error)
{
    std::optional<Plan> plan = prepare(workspace, read.document, fileName, error);
    if (!plan)
        return std::nullopt;
    plan->containerPath = read.containerPath;
    plan->openedFile = read.openedFile;
    plan->sealed = read.sealed;
    plan->signer = read.signer;
    if (plan->signer) {
        Result<KnownSigners::Verdict> verdict = KnownSigners::judge(workspace, *plan->signer);
        if (!verdict) {
            *error = verdict.error();
            return std::nullopt;
        }
        plan->signerVerdict = *verdict;
        plan->signerStanding = verdict->standing;
    }
    return plan;
}

QString BundleImport::signerSummary(const Plan &plan)
{
    if (!plan.signer)
        return tr("The file is not signed: it was written by a version of Comptoir older than "
                  "signatures, and nothing says who wrote it.");
    const SignerIdentity &signer = *plan.signer;
    QString said;
    switch (plan.signerStanding) {
    case KnownSigners::Standing::Yours:
        said = tr("Signed by this very workspace (key %1).").arg(signer.fingerprint());
        break;
    case KnownSigners::Standing::Known:
        said = plan.signerVerdict.known &&
                       plan.signerVerdict.known->identity.name != signer.name
                   ? tr("Signed by « %1 », a workspace known here as « %2 » (key %3, %n "
                        "file(s) imported).",
                        nullptr, plan.signerVerdict.known->files)
                         .arg(signer.name, plan.signerVerdict.known->identity.name,
                              signer.fingerprint())
                   : tr("Signed by « %1 », a workspace known here (key %2, %n file(s) "
                        "imported).",
                        nullptr, plan.signerVerdict.known ? plan.signerVerdict.known->files : 0)
                         .arg(signer.name, signer.fingerprint());
        break;
    case KnownSigners::Standing::New:
        said = tr("Signed by « %1 », a workspace never seen here (key %2): it is accepted with "
                  "this import.")
                   .arg(signer.name, signer.fingerprint());
        break;
    case KnownSigners::Standing::NameClash:
        said = signerWarning(plan);
        break;
    }
    if (plan.sealed)
        said += QLatin1Char(' ') + tr("It came sealed for the Department.");
    return said;
}

QString BundleImport::signerWarning(const Plan &plan)
{
    if (!plan.signer || plan.signerVerdict.clashes.isEmpty())
        return {};
    const KnownSigners::Signer &known = plan.signerVerdict.clashes.constFirst();
    return tr("Warning: « %1 » is known here with another key (%2, accepted on %3); this file "
              "is signed with the key %4. Someone may be passing for that workspace, or it was "
              "made again on another computer: check with its facilitator, reading the "
              "fingerprints out, before importing.")
        .arg(plan.signer->name, known.identity.fingerprint(),
             QLocale().toString(Timestamp::toDateTime(known.acceptedAt).toLocalTime().date(),
                                QLocale::ShortFormat),
             plan.signer->fingerprint());
}

std::optional<BundleImport::Report> BundleImport::apply(Workspace &workspace, const Plan &plan,
                                                        QString *error)
{
    return ImportRun(workspace, plan).run(error);
}
std::optional<BundleImport::Report> BundleImport::importFile(Workspace &workspace,
                                                             const QString &path,
                                                             ConflictChoice choice, QString *error,
                                                             Plan *planOut,
                                                             const FileOptions &options)
{
    const BundleReader::Result read = BundleReader::readFile(path, options.key);
    if (!read.ok) {
        *error = tr("“%1” cannot be imported:\n%2")
                     .arg(QFileInfo(path).fileName(), read.problems.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    std::optional<Plan> plan = prepare(workspace, read, QFileInfo(path).fileName(), error);
    if (!plan)
        return std::nullopt;
    // A known name with another key is someone passing for a workspace known here, or a
    // workspace that was made again: refused unless the caller has checked.
    if (plan->signerStanding == KnownSigners::Standing::NameClash && !options.acceptNameClash) {
        *error = signerWarning(*plan);
        if (planOut)
            *planOut = *plan;
        return std::nullopt;
    }
    if (choice != ConflictChoice::AsPlanned)
        chooseAll(&*plan, choice == ConflictChoice::TakeFile);
    else if (plan->hasConflicts()) {
        QStringList titles;
        for (const ProjectPlan &project : std::as_const(plan->projects))
            if (project.outcome == Outcome::Conflict)
                titles << QStringLiteral("« %1 »").arg(project.title);
        *error = tr("“%1” was not imported: %n project(s) changed both here and in the file "
                    "since they last met (%2). Choose which version to keep.",
                    nullptr, int(titles.size()))
                     .arg(QFileInfo(path).fileName(), titles.join(QStringLiteral(", ")));
        if (planOut)
            *planOut = *plan;
        return std::nullopt;
    }
    if (planOut)
        *planOut = *plan;
    return apply(workspace, *plan, error);
}

QList<BundleImport::Provenance> BundleImport::provenance(const Workspace &workspace,
                                                         qint64 projectId)
{
    QList<Provenance> result;
    QSqlQuery query(workspace.database());
    query.prepare(
        QStringLiteral("SELECT i.file_name, i.imported_at, i.exported_at, i.producer, pi.action"
                       "  FROM project_imports pi JOIN imports i ON i.id = pi.import_id"
                       " WHERE pi.project_id = ? ORDER BY i.imported_at DESC, i.id DESC"));
    query.addBindValue(projectId);
    if (query.exec()) {
        while (query.next())
            result << Provenance{query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString(), query.value(3).toString(),
                                 query.value(4).toString()};
    }
    return result;
}
