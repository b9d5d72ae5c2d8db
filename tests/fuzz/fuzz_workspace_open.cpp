// libFuzzer target: opening a workspace file that came from anywhere (a USB key, an e-mail).
// Whatever the bytes, Comptoir must not crash, and a refused file must come out byte-for-byte
// unchanged with nothing left beside it. An accepted file must give its project list and
// details, or a clean error.

#include "projects/ProjectDetails.h"
#include "projects/ProjectListModel.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_workspace_open";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;

    const QString path = dir.filePath(QStringLiteral("input.comptoirdb"));
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(input);
    }

    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace) {
        if (error.isEmpty()) {
            std::fprintf(stderr, "refused without a message\n");
            std::abort();
        }
        if (readAll(path) != input) {
            std::fprintf(stderr, "a refused file was changed: %s\n", qPrintable(error));
            std::abort();
        }
        if (QFile::exists(path + QStringLiteral("-wal")) ||
            QFile::exists(path + QStringLiteral("-shm"))) {
            std::fprintf(stderr, "a refused file left a -wal or -shm file behind\n");
            std::abort();
        }
    } else {
        if (auto rows = ProjectListModel::read(workspace->database(), &error)) {
            for (size_t i = 0; i < rows->rows.size() && i < 3; ++i)
                ProjectDetails::load(*workspace, rows->rows[i].id, &error);
        }
        workspace.reset();
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
    return 0;
}
