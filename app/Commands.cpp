#include "Commands.h"
#include "CommandLine.h"

#include "attachments/Attachments.h"
#include "demo/DemoWorkspace.h"
#include "demo/SyntheticWorkspace.h"
#include "exchange/BundleImport.h"
#include "exchange/BundleWriter.h"
#include "exchange/PlatformExport.h"
#include "report/DossierBatch.h"
#include "security/Envelope.h"
#include "security/Keys.h"
#include "storage/Backups.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace CommandLine;

namespace {

const QStringList &stageCodes()
{
    static const QStringList stages = {QStringLiteral("idea"),     QStringLiteral("structuring"),
                                       QStringLiteral("ready"),    QStringLiteral("deposited"),
                                       QStringLiteral("labelled"), QStringLiteral("not_selected")};
    return stages;
}

// The options choosing projects: --stage S, --project UUID (repeated).
struct Selection
{
    QCommandLineOption stage{
        QStringLiteral("stage"),
        Commands::tr("Every project at this stage (idea, structuring, ready, deposited, "
                     "labelled, not_selected)."),
        Commands::tr("stage")};
    QCommandLineOption project{QStringLiteral("project"),
                               Commands::tr("A project, by its UUID (may be repeated)."),
                               Commands::tr("uuid")};

    bool any(const QCommandLineParser &parser) const
    {
        return parser.isSet(stage) || parser.isSet(project);
    }
    // kGoOn, or UsageError with the reason said.
    int check(const QCommandLineParser &parser) const
    {
        if (parser.isSet(stage) && !stageCodes().contains(parser.value(stage))) {
            print(stderr, Commands::tr("Unknown stage “%1”: use one of %2.")
                              .arg(parser.value(stage), stageCodes().join(QStringLiteral(", "))));
            return UsageError;
        }
        return kGoOn;
    }
    // The projects chosen; nothing, with the reason said, when a UUID is unknown.
    std::optional<QList<qint64>> projects(const Workspace &workspace,
                                          const QCommandLineParser &parser) const
    {
        QList<qint64> ids;
        if (parser.isSet(stage))
            ids = BundleWriter::projectsAtStage(workspace, parser.value(stage));
        QStringList missing;
        ids += BundleWriter::projectsByUuid(workspace, parser.values(project), &missing);
        if (!missing.isEmpty()) {
            print(stderr,
                  Commands::tr("No project has the UUID %1 in this workspace; nothing was written.")
                      .arg(missing.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return ids;
    }
};

// The reading commands (exports) work on a workspace they cannot write (a write-protected
// medium): they open it read-only then.
Workspace::Access readingAccess(const QString &path)
{
    return Workspace::isWritable(path) ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly;
}

// The options of the commands about one project's attachments.
struct ProjectOptions
{
    QCommandLineOption workspace{QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
                                 Commands::tr("The workspace."), Commands::tr("file")};
    QCommandLineOption project{QStringLiteral("project"), Commands::tr("The project, by its UUID."),
                               Commands::tr("uuid")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            Commands::tr("Language of the messages: fr or en."),
                            Commands::tr("code")};
};

// The project of a UUID; 0 with the reason printed.
qint64 projectByUuid(const Workspace &workspace, const QString &uuid)
{
    QStringList missing;
    const QList<qint64> ids = BundleWriter::projectsByUuid(workspace, {uuid}, &missing);
    if (ids.size() != 1) {
        print(stderr, Commands::tr("No project has the UUID %1 in this workspace.").arg(uuid));
        return 0;
    }
    return ids.constFirst();
}

// One line per piece: SHA-256, kind, size in bytes, name (tab-separated).
void printAttachment(const Attachments::Attachment &a)
{
    print(stdout, QStringLiteral("%1\t%2\t%3\t%4").arg(a.sha256, a.kind).arg(a.size).arg(a.fileName));
}

} // namespace

bool Commands::isCommand(const QString &argument)
{
    return argument == QLatin1String("create-demo") || argument == QLatin1String("generate") ||
           argument == QLatin1String("export-bundle") ||
           argument == QLatin1String("export-platform") || argument == QLatin1String("import") ||
           argument == QLatin1String("export-pdf") || argument == QLatin1String("backup") ||
           argument == QLatin1String("restore") || argument == QLatin1String("attach") ||
           argument == QLatin1String("attachments") || argument == QLatin1String("keys");
}

bool Commands::needsGui(const QString &argument)
{
    return argument == QLatin1String("export-pdf");
}

int Commands::exportBundle(const QStringList &arguments)
{
    const bool platform = arguments.value(1) == QLatin1String("export-platform");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        platform ? tr("Writes the chosen projects as a platform file (CSV or JSON), one row per "
                      "project, as a profile describes (Decidim's by default).")
                 : tr("Writes the chosen projects, with what they refer to, to a .comptoir "
                      "file."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(
        QStringList{QStringLiteral("w"), QStringLiteral("workspace")}, tr("The workspace to read."),
        tr("file"));
    const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                 tr("The .comptoir file to write."), tr("file"));
    const Selection selection;
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages: fr or en."),
                                  tr("code"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (the default) or json."),
                                    tr("format"), QStringLiteral("csv"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("A platform profile (JSON) instead of Decidim's."),
                                           tr("file"));
    const QCommandLineOption sealFor(
        QStringLiteral("seal-for"),
        tr("Seal the file for this public key (a Department key file), not for the workspace's."),
        tr("file"));
    const QCommandLineOption noSeal(
        QStringLiteral("no-seal"),
        tr("Do not seal the file (it is still signed): only for a file without personal data."));
    parser.addOptions({workspaceOption, out, selection.stage, selection.project, lang});
    if (platform)
        parser.addOptions({format, profileOption});
    else
        parser.addOptions({sealFor, noSeal});
    if (const int code = parse(parser, arguments); code != kGoOn)
        return code;
    if (parser.value(workspaceOption).isEmpty() || parser.value(out).isEmpty()) {
        print(stderr, tr("Say which workspace to read with --workspace and which file to write "
                         "with --out."));
        return UsageError;
    }
    if (const int code = selection.check(parser); code != kGoOn)
        return code;
    if (!selection.any(parser)) {
        print(stderr, tr("Say which projects to write with --stage or --project."));
        return UsageError;
    }
    if (platform && parser.value(format) != QLatin1String("csv") &&
        parser.value(format) != QLatin1String("json")) {
        print(stderr, tr("Unknown format “%1”: use csv or json.").arg(parser.value(format)));
        return UsageError;
    }
    QString error;
    PlatformExport::Profile profile;
    if (platform) {
        std::optional<PlatformExport::Profile> loaded =
            parser.isSet(profileOption)
                ? PlatformExport::loadProfile(parser.value(profileOption), &error)
                : std::optional<PlatformExport::Profile>(PlatformExport::decidim());
        if (!loaded) {
            print(stderr, error);
            return Failed;
        }
        profile = *loaded;
    }
    std::unique_ptr<Workspace> workspace = Workspace::open(
        parser.value(workspaceOption), &error, readingAccess(parser.value(workspaceOption)));
    if (!workspace) {
        print(stderr, error);
        return Failed;
    }
    const std::optional<QList<qint64>> chosen = selection.projects(*workspace, parser);
    if (!chosen)
        return Failed;
    const QList<qint64> &ids = *chosen;
    // Sealed for the Department's key the workspace knows, unless said otherwise.
    DepartmentKey::Public recipient;
    if (!platform && parser.isSet(sealFor) && parser.isSet(noSeal)) {
        print(stderr, tr("--seal-for and --no-seal cannot be used together."));
        return UsageError;
    }
    if (!platform && parser.isSet(sealFor)) {
        const Result<DepartmentKey::Public> key =
            DepartmentKey::Public::readFile(parser.value(sealFor));
        if (!key) {
            print(stderr, key.error());
            return Failed;
        }
        recipient = *key;
    } else if (!platform && !parser.isSet(noSeal)) {
        const auto stored = DepartmentKey::load(*workspace);
        if (!stored) {
            print(stderr, stored.error());
            return Failed;
        }
        if (stored->has_value())
            recipient = (*stored)->publicHalf;
    }
    int pieces = 0;
    const bool written =
        platform ? PlatformExport::writeFile(*workspace, ids, profile,
                                             parser.value(format) == QLatin1String("json")
                                                 ? PlatformExport::Format::Json
                                                 : PlatformExport::Format::Csv,
                                             parser.value(out), &error, &pieces)
                 : BundleWriter::writeFile(*workspace, ids, parser.value(out), &error,
                                           recipient.key);
    if (!written) {
        print(stderr, error);
        return Failed;
    }
    if (!platform)
        print(stdout, recipient.key.isEmpty()
                          ? tr("Signed by this workspace, not sealed.")
                          : tr("Sealed for “%1” (key %2) and signed by this workspace.")
                                .arg(recipient.label, recipient.fingerprint()));
    print(stdout, tr("%n project(s) written to %1", nullptr, int(ids.size()))
                      .arg(QFileInfo(parser.value(out)).absoluteFilePath()));
    if (pieces > 0)
        print(stdout, tr("Their attachments, to upload by hand (never the confidential ones): %n "
                         "file(s) in %1",
                         nullptr, pieces)
                          .arg(QDir::toNativeSeparators(
                              PlatformExport::attachmentsFolder(
                                  QFileInfo(parser.value(out)).absoluteFilePath()))));
    return Success;
}

int Commands::importBundle(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a .comptoir file into a workspace: new projects are added, newer versions "
           "replace older ones, the rest is skipped."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(
        QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
        tr("The workspace to import into."), tr("file"));
    const QCommandLineOption keepLocal(
        QStringLiteral("keep-local"),
        tr("Where a project changed on both sides, keep the workspace's version."));
    const QCommandLineOption takeFile(
        QStringLiteral("take-file"),
        tr("Where a project changed on both sides, take the file's version."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages: fr or en."),
                                  tr("code"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        tr("For a sealed file: a file whose first line is the passphrase of the Department's "
           "key (else it is typed)."),
        tr("file"));
    const QCommandLineOption keyFile(
        QStringLiteral("key-file"),
        tr("For a sealed file: the Department's secret key file, when the workspace does not "
           "say where it is."),
        tr("file"));
    const QCommandLineOption acceptNewKey(
        QStringLiteral("accept-new-key"),
        tr("Import even if a workspace of the same name is known here with another key "
           "(checked with its facilitator)."));
    parser.addOptions({workspaceOption, keepLocal, takeFile, passphraseFile, keyFile,
                       acceptNewKey, lang});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .comptoir file to import."));
    if (const int code = parse(parser, arguments, true); code != kGoOn)
        return code;
    if (parser.value(workspaceOption).isEmpty() || parser.positionalArguments().size() != 1) {
        print(stderr, tr("Say which workspace to import into with --workspace, and give one "
                         ".comptoir file."));
        return UsageError;
    }
    if (parser.isSet(keepLocal) && parser.isSet(takeFile)) {
        print(stderr, tr("--keep-local and --take-file cannot be used together."));
        return UsageError;
    }
    // One writer per workspace: an import waits for no one, and is refused while a Comptoir
    // has the workspace open (nothing written; the window's import is the way then).
    std::unique_ptr<WorkspaceLock> lock;
    std::unique_ptr<Workspace> workspace = openForWriting(
        parser.value(workspaceOption), &lock,
        tr("Nothing was imported: %1 Import the file from that window, or close it first."),
        tr("Nothing was imported: %1"));
    if (!workspace)
        return Failed;
    QString error;
    const BundleImport::ConflictChoice choice =
        parser.isSet(keepLocal)  ? BundleImport::ConflictChoice::KeepLocal
        : parser.isSet(takeFile) ? BundleImport::ConflictChoice::TakeFile
                                 : BundleImport::ConflictChoice::AsPlanned;
    // Before an import, the workspace as it was is backed up.
    const Result<Backups::Info> before =
        Backups::writeToFolder(workspace->filePath(), QStringLiteral("import"));
    if (!before) {
        print(stderr, tr("Nothing was imported: the backup before the import could not be "
                         "written. %1")
                          .arg(before.error()));
        return Failed;
    }
    const QString file = parser.positionalArguments().constFirst();
    // A sealed file is opened with the Department's secret key: its passphrase is asked.
    BundleImport::FileOptions options;
    options.acceptNameClash = parser.isSet(acceptNewKey);
    std::optional<DepartmentKey::Unlocked> unlocked;
    if (const Result<Envelope::Header> header = Envelope::readHeaderOf(file);
        header && header->isSealed()) {
        const auto stored = DepartmentKey::load(*workspace);
        Result<DepartmentKey::Locked> locked =
            parser.isSet(keyFile) ? DepartmentKey::Locked::readFile(parser.value(keyFile))
            : !stored             ? Result<DepartmentKey::Locked>(Failure{stored.error()})
            : !stored->has_value()
                ? Result<DepartmentKey::Locked>(Failure{
                      tr("The file is sealed for the Department (key %1), and this workspace "
                         "has no Department key: give its key file with --key-file.")
                          .arg(Sodium::fingerprint(header->recipient))})
                : (*stored)->lockedHalf();
        if (!locked) {
            print(stderr, tr("Nothing was imported: %1").arg(locked.error()));
            return Failed;
        }
        if (locked->publicHalf.key != header->recipient) {
            print(stderr, tr("Nothing was imported: the file is sealed for another key "
                             "(fingerprint %1), not for the Department's key (%2).")
                              .arg(Sodium::fingerprint(header->recipient),
                                   locked->publicHalf.fingerprint()));
            return Failed;
        }
        const std::optional<QString> passphrase =
            CommandLine::passphrase(parser.value(passphraseFile));
        if (!passphrase)
            return Failed;
        Result<DepartmentKey::Unlocked> opened = DepartmentKey::unlock(*locked, *passphrase);
        if (!opened) {
            print(stderr, tr("Nothing was imported: %1").arg(opened.error()));
            return Failed;
        }
        unlocked = std::move(*opened);
        options.key = &*unlocked;
    }
    BundleImport::Plan plan;
    const std::optional<BundleImport::Report> report =
        BundleImport::importFile(*workspace, file, choice, &error, &plan, options);
    if (!report) {
        print(stderr, error);
        return Failed;
    }
    print(stdout, BundleImport::signerSummary(plan));
    print(stdout, tr("Added: %1, updated: %2, skipped: %3, conflicts settled: %4.")
                      .arg(report->added)
                      .arg(report->updated)
                      .arg(report->skipped)
                      .arg(report->conflicts));
    print(stdout, tr("Other records (comptoirs, holders, workshops, reviews…): %1, %2.")
                      .arg(tr("%n added", nullptr, report->recordsAdded),
                           tr("%n updated", nullptr, report->recordsUpdated)));
    if (report->deleted + report->recordsDeleted > 0)
        print(stdout, tr("Deleted as in the file: %1 project(s) (in the trash), %2 other "
                         "record(s).")
                          .arg(report->deleted)
                          .arg(report->recordsDeleted));
    for (const QString &warning : report->warnings)
        print(stdout, warning);
    return Success;
}

int Commands::attach(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Attaches files to a project: PDF, JPEG, PNG, ODT, ODS, DOCX or XLSX, 25 MB each at "
           "most, 200 MB per project. All or nothing: one file refused, none is attached."));
    parser.addHelpOption();
    const ProjectOptions options;
    const QCommandLineOption &workspaceOption = options.workspace;
    const QCommandLineOption &projectOption = options.project;
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        tr("What the files are: %1 (guessed from each file when not said).")
            .arg(Attachments::kinds().join(QStringLiteral(", "))),
        tr("kind"));
    const QCommandLineOption captionOption(QStringLiteral("caption"), tr("Their caption."),
                                           tr("text"));
    parser.addOptions({workspaceOption, projectOption, kindOption, captionOption, options.lang});
    parser.addPositionalArgument(QStringLiteral("files"), tr("The files to attach."),
                                 QStringLiteral("FILE..."));
    if (const int code = parse(parser, arguments, true); code != kGoOn)
        return code;
    if (parser.value(workspaceOption).isEmpty() || parser.value(projectOption).isEmpty() ||
        parser.positionalArguments().isEmpty()) {
        print(stderr, tr("Say which workspace with --workspace, which project with --project, "
                         "and give at least one file."));
        return UsageError;
    }
    if (parser.isSet(kindOption) && !Attachments::kinds().contains(parser.value(kindOption))) {
        print(stderr, tr("Unknown kind “%1”: use one of %2.")
                          .arg(parser.value(kindOption),
                               Attachments::kinds().join(QStringLiteral(", "))));
        return UsageError;
    }
    std::unique_ptr<WorkspaceLock> lock;
    std::unique_ptr<Workspace> workspace = openForWriting(
        parser.value(workspaceOption), &lock,
        tr("Nothing was attached: %1 Attach the files from that window, or close it first."),
        tr("Nothing was attached: %1"));
    if (!workspace)
        return Failed;
    const qint64 project = projectByUuid(*workspace, parser.value(projectOption));
    if (!project)
        return Failed;
    const Result<Attachments::Added> added =
        Attachments::attach(*workspace, project, parser.positionalArguments(),
                            parser.value(kindOption), parser.value(captionOption), true);
    if (!added) {
        print(stderr, tr("Nothing was attached:\n%1").arg(added.error()));
        return Failed;
    }
    for (const Attachments::Attachment &a : added->attached)
        printAttachment(a);
    return Success;
}

int Commands::listAttachments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists a project's attachments, one per line: SHA-256, kind, size in bytes, name."));
    parser.addHelpOption();
    const ProjectOptions options;
    const QCommandLineOption &workspaceOption = options.workspace;
    const QCommandLineOption &projectOption = options.project;
    parser.addOptions({workspaceOption, projectOption, options.lang});
    if (const int code = parse(parser, arguments); code != kGoOn)
        return code;
    if (parser.value(workspaceOption).isEmpty() || parser.value(projectOption).isEmpty()) {
        print(stderr, tr("Say which workspace with --workspace and which project with --project."));
        return UsageError;
    }
    QString error;
    const QString path = parser.value(workspaceOption);
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error, readingAccess(path));
    if (!workspace) {
        print(stderr, error);
        return Failed;
    }
    const qint64 project = projectByUuid(*workspace, parser.value(projectOption));
    if (!project)
        return Failed;
    const auto attachments = Attachments::list(*workspace, project);
    if (!attachments) {
        print(stderr, attachments.error());
        return Failed;
    }
    for (const Attachments::Attachment &a : *attachments)
        printAttachment(a);
    return Success;
}

int Commands::exportPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the dossiers of the chosen projects as PDF: one file each in a folder, or "
           "all in one file with --combined. Every project when none is chosen."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(
        QStringList{QStringLiteral("w"), QStringLiteral("workspace")}, tr("The workspace to read."),
        tr("file"));
    const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                 tr("The folder to write the dossiers in (the file with "
                                    "--combined)."),
                                 tr("folder"));
    const Selection selection;
    const QCommandLineOption combined(QStringLiteral("combined"),
                                      tr("One PDF holding every dossier."));
    const QCommandLineOption complete(
        QStringLiteral("complete"),
        tr("Each dossier followed by its PDF attachments, with bookmarks (dossier complet; not "
           "with --combined)."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages: fr or en."),
                                  tr("code"));
    parser.addOptions(
        {workspaceOption, out, selection.stage, selection.project, combined, complete, lang});
    if (const int code = parse(parser, arguments); code != kGoOn)
        return code;
    if (parser.value(workspaceOption).isEmpty() || parser.value(out).isEmpty()) {
        print(stderr, tr("Say which workspace to read with --workspace and where to write with "
                         "--out."));
        return UsageError;
    }
    if (const int code = selection.check(parser); code != kGoOn)
        return code;
    const QString target = parser.value(out);
    if (parser.isSet(combined) && parser.isSet(complete)) {
        print(stderr, tr("--complete writes one PDF per project: it cannot be used with "
                         "--combined."));
        return UsageError;
    }
    if (parser.isSet(combined) && QFileInfo(target).isDir()) {
        print(stderr, tr("“%1” is a folder: with --combined, --out names the PDF file to write.")
                          .arg(target));
        return UsageError;
    }
    if (!parser.isSet(combined) && QFileInfo(target).exists() && !QFileInfo(target).isDir()) {
        print(stderr, tr("“%1” is a file: --out names the folder to write the dossiers in (or "
                         "use --combined).")
                          .arg(target));
        return UsageError;
    }
    QString error;
    DossierBatch::Options options;
    {
        std::unique_ptr<Workspace> workspace = Workspace::open(
            parser.value(workspaceOption), &error, readingAccess(parser.value(workspaceOption)));
        if (!workspace) {
            print(stderr, error);
            return Failed;
        }
        const std::optional<QList<qint64>> chosen = selection.projects(*workspace, parser);
        if (!chosen)
            return Failed;
        options.projectIds = *chosen;
        if (!selection.any(parser)) {
            for (const QString &code : stageCodes())
                options.projectIds += BundleWriter::projectsAtStage(*workspace, code);
        }
        options.workspacePath = workspace->filePath();
    }
    if (options.projectIds.isEmpty()) {
        print(stderr, tr("No project to write: nothing was written."));
        return Failed;
    }
    options.mode =
        parser.isSet(combined) ? DossierBatch::Mode::Combined : DossierBatch::Mode::OnePerProject;
    options.target = target;
    options.complete = parser.isSet(complete);
    const DossierBatch::Result result =
        DossierBatch::run(options, [](int done, int total, const QString &) {
            if (total >= 100 && (done % 100 == 0 || done == total))
                print(stderr, tr("%1 of %2 dossiers…").arg(done).arg(total));
            return true;
        });
    if (!result.ok) {
        print(stderr, result.error);
        return Failed;
    }
    print(stdout, tr("%n dossier(s) written to %1", nullptr, result.written)
                      .arg(QFileInfo(target).absoluteFilePath()));
    for (const QString &note : result.notes)
        print(stdout, note);
    return Success;
}

int Commands::backup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a checked backup of a workspace, to the workspace's folder of backups unless "
           "--out says where."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(
        QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
        tr("The workspace to back up."), tr("file"));
    const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                 tr("The backup file to write (replaced if it exists)."),
                                 tr("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages: fr or en."),
                                  tr("code"));
    parser.addOptions({workspaceOption, out, lang});
    if (const int code = parse(parser, arguments); code != kGoOn)
        return code;
    const QString path = parser.value(workspaceOption);
    if (path.isEmpty()) {
        print(stderr, tr("Say which workspace to back up with --workspace."));
        return UsageError;
    }
    // The file must be a sound workspace: a backup of a damaged one would only hide the damage.
    const Result<Backups::Info> sound = Backups::check(path);
    if (!sound) {
        print(stderr, sound.error());
        return Failed;
    }
    const Result<Backups::Info> written =
        parser.isSet(out) ? Backups::write(path, parser.value(out), QStringLiteral("manual"))
                          : Backups::writeToFolder(path, QStringLiteral("manual"));
    if (!written) {
        print(stderr, written.error());
        return Failed;
    }
    print(stdout, tr("Backup written and checked (%n project(s)): %1", nullptr, written->projects)
                      .arg(QDir::toNativeSeparators(written->path)));
    return Success;
}

int Commands::restore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a workspace from a backup, into a new file (never over an existing one)."));
    parser.addHelpOption();
    const QCommandLineOption backupOption(
        QStringList{QStringLiteral("b"), QStringLiteral("backup")}, tr("The backup to restore."),
        tr("file"));
    const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                 tr("The workspace file to write; it must not exist."), tr("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages: fr or en."),
                                  tr("code"));
    parser.addOptions({backupOption, out, lang});
    if (const int code = parse(parser, arguments); code != kGoOn)
        return code;
    if (parser.value(backupOption).isEmpty() || parser.value(out).isEmpty()) {
        print(stderr, tr("Say which backup to restore with --backup, and where with --out."));
        return UsageError;
    }
    const Result<void> restored = Backups::restore(parser.value(backupOption), parser.value(out));
    if (!restored) {
        print(stderr, restored.error());
        return Failed;
    }
    print(stdout,
          tr("Workspace restored: %1")
              .arg(QDir::toNativeSeparators(QFileInfo(parser.value(out)).absoluteFilePath())));
    return Success;
}

int Commands::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("export-bundle") || command == QLatin1String("export-platform"))
        return exportBundle(arguments);
    if (command == QLatin1String("import"))
        return importBundle(arguments);
    if (command == QLatin1String("export-pdf"))
        return exportPdf(arguments);
    if (command == QLatin1String("backup"))
        return backup(arguments);
    if (command == QLatin1String("restore"))
        return restore(arguments);
    if (command == QLatin1String("attach"))
        return attach(arguments);
    if (command == QLatin1String("attachments"))
        return listAttachments(arguments);
    if (command == QLatin1String("keys"))
        return keys(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(command == QLatin1String("generate")
                                         ? tr("Creates a workspace filled with synthetic projects.")
                                         : tr("Creates the demo workspace."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                 tr("The workspace file to create."), tr("file"));
    const QCommandLineOption projects(QStringList{QStringLiteral("n"), QStringLiteral("projects")},
                                      tr("Number of projects (up to 10,000,000)."), tr("count"),
                                      QStringLiteral("1000"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("Seed of the generator: the same seed gives the same content."),
        tr("number"), QStringLiteral("62"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages: fr or en."),
                                  tr("code"));
    parser.addOption(out);
    parser.addOption(lang);
    if (command == QLatin1String("generate")) {
        parser.addOption(projects);
        parser.addOption(seed);
    }
    if (const int code = parse(parser, arguments); code != kGoOn)
        return code;
    const QString path = parser.value(out);
    if (path.isEmpty()) {
        print(stderr, tr("Say which file to create with --out."));
        return UsageError;
    }

    QString error;
    QElapsedTimer timer;
    timer.start();
    if (command == QLatin1String("create-demo")) {
        if (!DemoWorkspace::create(path, &error)) {
            print(stderr, error);
            return Failed;
        }
        print(stdout, tr("Demo workspace created: %1").arg(QFileInfo(path).absoluteFilePath()));
        return Success;
    }

    bool ok = false;
    const int count = parser.value(projects).toInt(&ok);
    if (!ok || count < 0 || count > 10'000'000) {
        print(stderr,
              tr("The number of projects must be a whole number between 0 and 10,000,000."));
        return UsageError;
    }
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        print(stderr, tr("The seed must be a whole number."));
        return UsageError;
    }
    std::unique_ptr<Workspace> workspace = Workspace::create(path, &error);
    if (!workspace) {
        print(stderr, error);
        return Failed;
    }
    const bool generated =
        SyntheticWorkspace::populate(*workspace, count, seedValue, &error, [](int done, int total) {
            if (total >= 10000 && done % 10000 == 0)
                print(stderr, tr("%1 of %2 projects…").arg(done).arg(total));
            return true;
        });
    if (!generated) {
        workspace.reset();
        QFile::remove(path);
        print(stderr, error);
        return Failed;
    }
    print(stdout, tr("%1 projects generated in %2 s: %3")
                      .arg(count)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                      .arg(QFileInfo(path).absoluteFilePath()));
    return Success;
}
