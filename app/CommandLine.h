#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <optional>

class QCommandLineParser;
class Workspace;
class WorkspaceLock;

// What the headless commands share: how they speak, parse and open a workspace to write it.
namespace CommandLine {

enum ExitCode
{
    Success = 0,
    Failed = 1,
    UsageError = 2
};
constexpr int kGoOn = -1;

void print(FILE *stream, const QString &text);

// Parses the arguments after the command's name (arguments[1]; a sub-command's name too with
// skip 2); kGoOn, or the exit code (help printed, or a wrong command line said). Positional
// arguments are refused unless the command takes some.
int parse(QCommandLineParser &parser, const QStringList &arguments, bool positional = false,
          int skip = 1);

// Opens a workspace to write it, holding its lock: refused while a Comptoir has it open (the
// message `whileOpen` says so, `otherwise` for any other reason, both with %1), by its opening
// when it cannot be written. Nothing, with the reason printed, when it cannot.
std::unique_ptr<Workspace> openForWriting(const QString &path, std::unique_ptr<WorkspaceLock> *lock,
                                          const QString &whileOpen, const QString &otherwise);

// A passphrase: the first line of file when one is named, else typed at the terminal without
// echo (asked twice when confirm). Nothing, with the reason printed, when there is none.
std::optional<QString> passphrase(const QString &file, bool confirm = false);

} // namespace CommandLine
