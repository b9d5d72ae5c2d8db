// comptoir keys create | export-public | import-public | show: the Department's key and the
// workspace's signing key from the command line (resources/exchange/README.md, "The envelope").
#include "CommandLine.h"
#include "Commands.h"

#include "security/Keys.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace CommandLine;

namespace {

QCommandLineOption workspaceOption()
{
    return {QStringList{QStringLiteral("w"), QStringLiteral("workspace")},
            Commands::tr("The workspace."), Commands::tr("file")};
}

QCommandLineOption langOption()
{
    return {QStringLiteral("lang"), Commands::tr("Language of the messages: fr or en."),
            Commands::tr("code")};
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

int create(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Commands::tr(
        "Creates the Department's key pair. Its secret half, locked by a passphrase, goes to the "
        "file --out (keep it safe: without it and its passphrase, files sealed for the key "
        "cannot be opened); with --workspace, that workspace opens the files sealed for it."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                 Commands::tr("The secret key file to write."),
                                 Commands::tr("file"));
    const QCommandLineOption label(QStringLiteral("label"), Commands::tr("The key's name."),
                                   Commands::tr("text"),
                                   Commands::tr("Département du Pas-de-Calais"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        Commands::tr("A file whose first line is the passphrase (else it is typed)."),
        Commands::tr("file"));
    const QCommandLineOption workspace = workspaceOption();
    parser.addOptions({out, label, passphraseFile, workspace, langOption()});
    if (const int code = parse(parser, arguments, false, 2); code != kGoOn)
        return code;
    if (parser.value(out).isEmpty()) {
        print(stderr, Commands::tr("Say which key file to write with --out."));
        return UsageError;
    }
    if (QFileInfo::exists(parser.value(out))) {
        print(stderr, Commands::tr("“%1” already exists: a key file is never overwritten.")
                          .arg(shown(parser.value(out))));
        return Failed;
    }
    std::unique_ptr<WorkspaceLock> lock;
    std::unique_ptr<Workspace> target;
    if (parser.isSet(workspace)) {
        target = openForWriting(parser.value(workspace), &lock,
                                Commands::tr("No key was made: %1 Use File › The Department’s key… "
                                             "in that window, or close it first."),
                                Commands::tr("No key was made: %1"));
        if (!target)
            return Failed;
    }
    const std::optional<QString> passphrase =
        CommandLine::passphrase(parser.value(passphraseFile), true);
    if (!passphrase)
        return Failed;
    const Result<DepartmentKey::Locked> locked =
        DepartmentKey::create(parser.value(label), *passphrase);
    if (!locked) {
        print(stderr, locked.error());
        return Failed;
    }
    if (const Result<void> written = locked->writeFile(parser.value(out)); !written) {
        print(stderr, written.error());
        return Failed;
    }
    if (target) {
        if (const Result<void> stored = DepartmentKey::store(*target, locked->publicHalf, nullptr,
                                                             parser.value(out));
            !stored) {
            print(stderr, stored.error());
            return Failed;
        }
    }
    print(stdout, Commands::tr("The Department's key was made: %1").arg(shown(parser.value(out))));
    print(stdout, Commands::tr("Fingerprint: %1").arg(locked->publicHalf.fingerprint()));
    return Success;
}

int exportPublic(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Commands::tr(
        "Writes the Department's public key, the file facilitators import, from a workspace "
        "that knows it or from the secret key file."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                 Commands::tr("The public key file to write."),
                                 Commands::tr("file"));
    const QCommandLineOption key(QStringLiteral("key"), Commands::tr("The secret key file."),
                                 Commands::tr("file"));
    const QCommandLineOption workspace = workspaceOption();
    parser.addOptions({out, key, workspace, langOption()});
    if (const int code = parse(parser, arguments, false, 2); code != kGoOn)
        return code;
    if (parser.value(out).isEmpty() || parser.isSet(key) == parser.isSet(workspace)) {
        print(stderr, Commands::tr("Say which file to write with --out, and where the key is "
                                   "with --workspace or --key."));
        return UsageError;
    }
    DepartmentKey::Public publicHalf;
    if (parser.isSet(key)) {
        const Result<DepartmentKey::Locked> locked =
            DepartmentKey::Locked::readFile(parser.value(key));
        if (!locked) {
            print(stderr, locked.error());
            return Failed;
        }
        publicHalf = locked->publicHalf;
    } else {
        QString error;
        const std::unique_ptr<Workspace> opened =
            Workspace::open(parser.value(workspace), &error, Workspace::Access::ReadOnly);
        if (!opened) {
            print(stderr, error);
            return Failed;
        }
        const auto stored = DepartmentKey::load(*opened);
        if (!stored || !stored->has_value()) {
            print(stderr, stored ? Commands::tr("This workspace knows no Department key.")
                                 : stored.error());
            return Failed;
        }
        publicHalf = (*stored)->publicHalf;
    }
    if (const Result<void> written = publicHalf.writeFile(parser.value(out)); !written) {
        print(stderr, written.error());
        return Failed;
    }
    print(stdout, Commands::tr("The Department's public key was written: %1")
                      .arg(shown(parser.value(out))));
    print(stdout, Commands::tr("Fingerprint: %1").arg(publicHalf.fingerprint()));
    return Success;
}

int importPublic(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Commands::tr(
        "Records the Department's public key in a workspace: the files it writes are then "
        "sealed for the Department. Compare the fingerprint printed with the one the "
        "Department gave you."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    parser.addOptions({workspace, langOption()});
    parser.addPositionalArgument(QStringLiteral("file"), Commands::tr("The public key file."));
    if (const int code = parse(parser, arguments, true, 2); code != kGoOn)
        return code;
    if (parser.value(workspace).isEmpty() || parser.positionalArguments().size() != 1) {
        print(stderr, Commands::tr("Say which workspace with --workspace, and give one public "
                                   "key file."));
        return UsageError;
    }
    const Result<DepartmentKey::Public> publicHalf =
        DepartmentKey::Public::readFile(parser.positionalArguments().constFirst());
    if (!publicHalf) {
        print(stderr, publicHalf.error());
        return Failed;
    }
    std::unique_ptr<WorkspaceLock> lock;
    std::unique_ptr<Workspace> target = openForWriting(
        parser.value(workspace), &lock,
        Commands::tr("The key was not recorded: %1 Use File › The Department’s key… in that "
                     "window, or close it first."),
        Commands::tr("The key was not recorded: %1"));
    if (!target)
        return Failed;
    const auto stored = DepartmentKey::load(*target);
    if (stored && stored->has_value() && (*stored)->hasSecret() &&
        (*stored)->publicHalf.key != publicHalf->key) {
        print(stderr, Commands::tr("This workspace holds the secret half of another Department "
                                   "key (%1): remove it first, from the window.")
                          .arg((*stored)->publicHalf.fingerprint()));
        return Failed;
    }
    if (stored && stored->has_value() && (*stored)->publicHalf.key == publicHalf->key) {
        print(stdout, Commands::tr("This workspace already knows this key (%1).")
                          .arg(publicHalf->fingerprint()));
        return Success;
    }
    if (const Result<void> written = DepartmentKey::store(*target, *publicHalf); !written) {
        print(stderr, written.error());
        return Failed;
    }
    print(stdout, Commands::tr("The Department's key “%1” was recorded; the files this workspace "
                               "writes are now sealed for it.")
                      .arg(publicHalf->label));
    print(stdout, Commands::tr("Fingerprint: %1").arg(publicHalf->fingerprint()));
    return Success;
}

int show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Commands::tr("Prints the workspace's signing key, its Department key and the "
                     "workspaces whose files it accepted."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption();
    parser.addOptions({workspace, langOption()});
    if (const int code = parse(parser, arguments, false, 2); code != kGoOn)
        return code;
    if (parser.value(workspace).isEmpty()) {
        print(stderr, Commands::tr("Say which workspace with --workspace."));
        return UsageError;
    }
    QString error;
    const std::unique_ptr<Workspace> opened =
        Workspace::open(parser.value(workspace), &error, Workspace::Access::ReadOnly);
    if (!opened) {
        print(stderr, error);
        return Failed;
    }
    const Result<SigningKey> signing = SigningKey::ofWorkspace(*opened);
    if (!signing) {
        print(stderr, signing.error());
        return Failed;
    }
    print(stdout, Commands::tr("Signs as: %1 (%2)").arg(signing->identity.name,
                                                        signing->identity.workspace));
    print(stdout, Commands::tr("Signing key: %1").arg(signing->fingerprint()));
    const auto stored = DepartmentKey::load(*opened);
    if (!stored) {
        print(stderr, stored.error());
        return Failed;
    }
    if (!stored->has_value())
        print(stdout, Commands::tr("Department key: none (files are signed, not sealed)"));
    else
        print(stdout,
              Commands::tr("Department key: %1 (%2), %3")
                  .arg((*stored)->publicHalf.fingerprint(), (*stored)->publicHalf.label,
                       (*stored)->locked ? Commands::tr("secret half in this workspace")
                       : !(*stored)->secretFile.isEmpty()
                           ? Commands::tr("secret half in %1")
                                 .arg(QDir::toNativeSeparators((*stored)->secretFile))
                           : Commands::tr("public half only")));
    const auto signers = KnownSigners::all(*opened);
    for (const KnownSigners::Signer &signer : signers.valueOr({}))
        print(stdout, Commands::tr("Known workspace: %1\t%2\t%n file(s)", nullptr, signer.files)
                          .arg(signer.identity.name, signer.identity.fingerprint()));
    return Success;
}

} // namespace

int Commands::keys(const QStringList &arguments)
{
    const QString sub = arguments.value(2);
    if (sub == QLatin1String("create"))
        return create(arguments);
    if (sub == QLatin1String("export-public"))
        return exportPublic(arguments);
    if (sub == QLatin1String("import-public"))
        return importPublic(arguments);
    if (sub == QLatin1String("show"))
        return show(arguments);
    print(sub.isEmpty() || sub == QLatin1String("--help") ? stdout : stderr,
          tr("comptoir keys create --out KEYFILE [--workspace W] [--label L] "
             "[--passphrase-file F]\n"
             "comptoir keys export-public --out FILE (--workspace W | --key KEYFILE)\n"
             "comptoir keys import-public FILE --workspace W\n"
             "comptoir keys show --workspace W"));
    return sub.isEmpty() || sub == QLatin1String("--help") ? Success : UsageError;
}
