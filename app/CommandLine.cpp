#include "CommandLine.h"

#include "Commands.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

#include <termios.h>
#include <unistd.h>

namespace CommandLine {

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

int parse(QCommandLineParser &parser, const QStringList &arguments, bool positional, int skip)
{
    QStringList rest = arguments;
    rest.remove(1, skip); // the command's name (and its sub-command's)
    if (!parser.parse(rest)) {
        print(stderr, parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return Success;
    }
    if (!positional && !parser.positionalArguments().isEmpty()) {
        print(
            stderr,
            Commands::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    return kGoOn;
}

std::unique_ptr<Workspace> openForWriting(const QString &path, std::unique_ptr<WorkspaceLock> *lock,
                                          const QString &whileOpen, const QString &otherwise)
{
    if (Workspace::isWritable(path)) {
        Result<std::unique_ptr<WorkspaceLock>> acquired = WorkspaceLock::acquire(path);
        if (!acquired) {
            print(stderr, (WorkspaceLock::holder(path) ? whileOpen : otherwise)
                              .arg(acquired.error()));
            return nullptr;
        }
        *lock = std::move(acquired.value());
    }
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace)
        print(stderr, error);
    return workspace;
}

namespace {

// One line typed at the terminal, not shown.
std::optional<QString> typed(const QString &prompt)
{
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    termios before{};
    const bool terminal = tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios hidden = before;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
        std::fputc('\n', stderr);
    }
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line);
}

} // namespace

std::optional<QString> passphrase(const QString &file, bool confirm)
{
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            print(stderr, Commands::tr("“%1” cannot be read: %2")
                              .arg(QDir::toNativeSeparators(file), in.errorString()));
            return std::nullopt;
        }
        QByteArray line = in.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    if (!isatty(STDIN_FILENO)) {
        print(stderr, Commands::tr("Give the passphrase with --passphrase-file (a file whose "
                                   "first line it is), or type it at a terminal."));
        return std::nullopt;
    }
    const std::optional<QString> first = typed(Commands::tr("Passphrase: "));
    if (!first || !confirm)
        return first;
    const std::optional<QString> again = typed(Commands::tr("The same passphrase again: "));
    if (!again || *again != *first) {
        print(stderr, Commands::tr("The two passphrases differ; nothing was done."));
        return std::nullopt;
    }
    return first;
}

} // namespace CommandLine
