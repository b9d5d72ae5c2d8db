#pragma once

#include <QCoreApplication>
#include <QStringList>

// The headless sub-commands: the same binary builds workspaces without a display, for batch
// work, tests and benchmarks.
//   comptoir create-demo --out FILE
//   comptoir generate --out FILE --projects N [--seed S]
//   comptoir export-bundle --workspace FILE --out FILE [--stage S] [--project UUID]...
//            [--seal-for PUBLICKEY | --no-seal]
//   comptoir export-platform --workspace FILE --out FILE [--format csv|json] [--profile FILE]
//            [--stage S] [--project UUID]...
//   comptoir import --workspace FILE [--keep-local | --take-file] [--passphrase-file F]
//            [--key-file KEYFILE] [--accept-new-key] FILE.comptoir
//   comptoir keys create | export-public | import-public | show (KeyCommands.cpp)
//   comptoir export-pdf --workspace FILE --out FOLDER [--stage S] [--project UUID]...
//            [--combined | --complete]
//   comptoir backup --workspace FILE [--out FILE]
//   comptoir restore --backup FILE --out FILE
//   comptoir attach --workspace FILE --project UUID FILE... [--kind K] [--caption C]
//   comptoir attachments --workspace FILE --project UUID
class Commands final
{
    Q_DECLARE_TR_FUNCTIONS(Commands)

public:
    static bool isCommand(const QString &argument);
    // Commands that draw (PDF): they need a QGuiApplication, offscreen when there is no display.
    static bool needsGui(const QString &argument);
    // Runs the command named in arguments[1]; returns the process exit code.
    static int run(const QStringList &arguments);

private:
    //   comptoir export-bundle --workspace W --out F [--stage S] [--project UUID]...
    // and export-platform, the same with --format and --profile.
    static int exportBundle(const QStringList &arguments);
    //   comptoir import --workspace W [--keep-local | --take-file] F
    static int importBundle(const QStringList &arguments);
    //   comptoir export-pdf --workspace W --out DIR [--stage S] [--project UUID]... [--combined]
    static int exportPdf(const QStringList &arguments);
    static int backup(const QStringList &arguments);
    static int restore(const QStringList &arguments);
    static int attach(const QStringList &arguments);
    static int listAttachments(const QStringList &arguments);
    static int keys(const QStringList &arguments);
};
