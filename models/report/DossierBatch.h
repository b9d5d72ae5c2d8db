#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Workspace;

// Dossiers written for many projects at once: one PDF each in a folder (named from the titles,
// made safe and unique) or one combined PDF. Runs in the thread that calls it, on a workspace
// connection of its own, so the window can run it on a worker thread while it stays usable;
// one PDF per project is written on every core (the calling thread reads, others write).
//
// Every file is written through a temporary file: a batch stopped half-way leaves the dossiers
// already finished and nothing of the one under way; a combined file is all or nothing.
class DossierBatch final
{
    Q_DECLARE_TR_FUNCTIONS(DossierBatch)

public:
    enum class Mode
    {
        OnePerProject, // target is a folder
        Combined,      // target is a file
    };
    struct Options
    {
        QString workspacePath;
        QList<qint64> projectIds;
        Mode mode = Mode::OnePerProject;
        QString target;
        // One PDF per project only: each dossier followed by its PDF pieces (dossier complet).
        bool complete = false;
        // One PDF per project only: the threads that write them (0: one per core).
        int threads = 0;
    };
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        int written = 0;   // dossiers finished
        QStringList files; // the files left behind, complete
        QString error;     // in French when !ok and not cancelled
        QStringList notes; // pieces left out of a dossier complet, and why
    };
    // Told after each dossier (done of total, the project's title); returning false stops the
    // batch before the next one.
    using Progress = std::function<bool(int done, int total, const QString &title)>;

    static Result run(const Options &options, const Progress &progress = Progress());

    // The file name of a dossier in a folder where names already holds the others' (a number
    // is added to a title met before).
    static QString uniqueFileName(const QString &suggested, QStringList *names);

private:
    static Result writeEach(const Workspace &workspace, const Options &options,
                            const Progress &progress);
};
