#include "DossierBatch.h"

#include "Dossier.h"
#include "PdfFile.h"
#include "storage/Workspace.h"
#include "util/SaveFile.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

QString DossierBatch::uniqueFileName(const QString &suggested, QStringList *names)
{
    const QFileInfo info(suggested);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix();
    QString name = suggested;
    for (int n = 2; names->contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1 (%2).%3").arg(base).arg(n).arg(suffix);
    names->append(name);
    return name;
}

namespace {

// One dossier of a batch, from its reading to its file.
struct Job
{
    int index = 0;
    Dossier::Data data;               // released once written
    QList<CompletePdf::Piece> pieces; // dossier complet only
    QString path;
    QString title;
    // Set by the worker that wrote it.
    bool done = false;
    bool written = false;
    std::unique_ptr<QSaveFile> finished; // written, not yet put in place (dossiers alone)
    QString error;
    QStringList notes;
    // Set by the thread that puts the files in place, in order.
    bool settled = false;
    bool inPlace = false;
};

} // namespace

// One PDF per project, on every core: this thread reads each project (its connection is its
// own) and names its file, in order; workers lay out and write the dossiers, which is where the
// time goes (the fonts embedded, the pages compressed); another thread puts each file in place
// in order — synced to the disk, then renamed —; this one reports each once it is in place.
// Neither the writers nor the reading wait for the disk: a sync that takes half a second (a
// slow stick, a busy disk) holds back only the reports. Whatever was not reported when the
// batch stops is not left behind.
// At most two dossiers a worker are read ahead and not yet written, so memory stays flat however
// long the batch; a written one waiting for its turn holds only its open file.
DossierBatch::Result DossierBatch::writeEach(const Workspace &workspace, const Options &options,
                                             const Progress &progress)
{
    Result result;
    const int total = int(options.projectIds.size());
    // One writer a core. (One more kept the cores busy while each writer synced its own file:
    // 65 dossiers a second against 55. The writers no longer wait for the disk, and a third
    // is no quicker — 100 dossiers on two cores in 1.13–1.33 s with two, 1.16–1.26 s with
    // three, 22–23 ms of processor time each either way, alternating — but holds a font cache
    // and a document more.)
    const int threads = std::clamp(
        options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1, std::max(1, total));
    const int ahead = 2 * threads; // read, not yet written
    constexpr int kHeld = 64;      // read, not yet reported: a sync may stall half a second
    const QDir folder(options.target);

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::shared_ptr<Job>> waiting;  // read, not yet taken by a worker
    std::deque<std::shared_ptr<Job>> toSettle; // read, not yet put in place
    std::deque<std::shared_ptr<Job>> inOrder;  // read, not yet reported
    int unwritten = 0;                         // read, not yet written
    bool closing = false;

    // QThreads rather than bare threads: each has its own font cache, freed when it ends.
    std::vector<std::unique_ptr<QThread>> workers;
    workers.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&] {
            for (;;) {
                std::shared_ptr<Job> job;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return closing || !waiting.empty(); });
                    if (waiting.empty())
                        return;
                    job = waiting.front();
                    waiting.pop_front();
                }
                QString error;
                QStringList notes;
                std::unique_ptr<QSaveFile> finished;
                if (!options.complete)
                    finished = Dossier::finishPdf(job->data, job->path, &error);
                const bool written = options.complete
                                         ? Dossier::writeCompletePdf(job->data, job->pieces,
                                                                     job->path, &error, &notes)
                                         : bool(finished);
                job->pieces.clear();
                job->data = {};
                {
                    std::lock_guard lock(mutex);
                    job->done = true;
                    job->written = written;
                    job->finished = std::move(finished);
                    job->error = error;
                    job->notes += notes;
                    --unwritten;
                }
                changed.notify_all();
            }
        }));
        workers.back()->start();
    }
    // The files put in place in order as they are written; the first that cannot be, or was
    // not written, ends it.
    std::unique_ptr<QThread> settler(QThread::create([&] {
        for (;;) {
            std::shared_ptr<Job> job;
            {
                std::unique_lock lock(mutex);
                changed.wait(
                    lock, [&] { return closing || (!toSettle.empty() && toSettle.front()->done); });
                if (closing)
                    return;
                job = toSettle.front();
                toSettle.pop_front();
            }
            QString error = job->error;
            bool inPlace = job->written;
            if (job->finished) {
                inPlace = commitWritten(*job->finished);
                if (!inPlace)
                    error = PdfFile::tr("“%1” cannot be written: %2")
                                .arg(QFileInfo(job->path).fileName(), job->finished->errorString());
                job->finished.reset();
            }
            {
                std::lock_guard lock(mutex);
                job->settled = true;
                job->inPlace = inPlace;
                job->error = error;
            }
            changed.notify_all();
            if (!inPlace)
                return;
        }
    }));
    settler->start();
    // Whatever happens below, the threads finish what they hold and stop.
    const auto join = qScopeGuard([&] {
        {
            std::lock_guard lock(mutex);
            closing = true;
            waiting.clear(); // read but not started: nothing was written
        }
        changed.notify_all();
        for (const std::unique_ptr<QThread> &worker : workers)
            worker->wait();
        settler->wait();
        // Written or put in place after the batch stopped: not reported, so not left behind (a
        // dossier's file not yet in place is destroyed with its job and leaves nothing).
        for (const std::shared_ptr<Job> &job : inOrder) {
            if (job->written && !job->finished)
                QFile::remove(job->path);
        }
    });

    Dossier::Methodologies methodologies;
    QStringList names;
    QString error;
    int read = 0;
    const auto roomToRead = [&] {
        return read < total && unwritten < ahead && int(inOrder.size()) < kHeld;
    };
    while (result.written < total) {
        // Read ahead while there is room.
        for (;;) {
            {
                std::lock_guard lock(mutex);
                if (!roomToRead())
                    break;
            }
            auto job = std::make_shared<Job>();
            job->index = read;
            std::optional<Dossier::Data> data =
                Dossier::load(workspace, options.projectIds.at(read), &error, &methodologies);
            if (!data) {
                result.error = error;
                return result;
            }
            job->data = std::move(*data);
            job->title = job->data.details.title;
            job->path =
                folder.filePath(uniqueFileName(Dossier::suggestedFileName(job->data), &names));
            if (options.complete)
                job->pieces = Dossier::completePieces(workspace, job->data, &job->notes);
            {
                std::lock_guard lock(mutex);
                inOrder.push_back(job);
                toSettle.push_back(job);
                waiting.push_back(job);
                ++unwritten;
                ++read;
            }
            changed.notify_all();
        }
        // The next one in order once in place — or, meanwhile, room to read again.
        std::shared_ptr<Job> job;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] {
                return (!inOrder.empty() && inOrder.front()->settled) || roomToRead();
            });
            if (inOrder.empty() || !inOrder.front()->settled)
                continue;
            job = inOrder.front();
            inOrder.pop_front();
        }
        if (!job->inPlace) {
            result.error = job->error;
            return result;
        }
        result.files << job->path;
        result.notes += job->notes;
        ++result.written;
        if (progress && !progress(result.written, total, job->title)) {
            result.cancelled = result.written < total;
            result.ok = !result.cancelled;
            return result;
        }
    }
    result.ok = true;
    return result;
}

DossierBatch::Result DossierBatch::run(const Options &options, const Progress &progress)
{
    Result result;
    QString error;
    // Its own connection, read-only: the batch runs beside the window, and on files Comptoir
    // may not write.
    std::unique_ptr<Workspace> workspace = Workspace::openReader(options.workspacePath, &error);
    if (!workspace) {
        result.error = error;
        return result;
    }
    // Each project is read once: a small page cache keeps the batch's memory flat however many
    // dossiers it writes.
    QSqlQuery(workspace->database()).exec(QStringLiteral("PRAGMA cache_size = -2048"));
    const int total = int(options.projectIds.size());
    Dossier::Methodologies methodologies;

    if (options.mode == Mode::OnePerProject) {
        const QDir folder(options.target);
        if (!folder.exists() && !QDir().mkpath(options.target)) {
            result.error = tr("The folder “%1” cannot be created.")
                               .arg(QDir::toNativeSeparators(options.target));
            return result;
        }
        return writeEach(*workspace, options, progress);
    }

    PdfFile file(options.target, tr("Project dossiers (%n project(s))", nullptr, total),
                 Dossier::author());
    if (!file.open(&error)) {
        result.error = error;
        return result;
    }
    QPainter painter;
    if (!painter.begin(file.writer())) {
        file.cancel();
        result.error = tr("The dossiers could not be drawn.");
        return result;
    }
    for (int i = 0; i < total; ++i) {
        const std::optional<Dossier::Data> data =
            Dossier::load(*workspace, options.projectIds.at(i), &error, &methodologies);
        if (!data) {
            painter.end();
            file.cancel();
            result.error = error;
            return result;
        }
        if (i > 0)
            file.writer()->newPage();
        if (Dossier::render(*data, &painter, file.writer()) == 0) {
            painter.end();
            file.cancel();
            result.error = tr("The dossiers could not be drawn.");
            return result;
        }
        if (progress && !progress(i + 1, total, data->details.title) && i + 1 < total) {
            painter.end();
            file.cancel();
            result.cancelled = true;
            return result;
        }
    }
    painter.end();
    if (!file.commit(&error)) {
        result.error = error;
        return result;
    }
    result.files << options.target;
    result.written = total;
    result.ok = true;
    return result;
}
