#include "DossierBatch.h"

#include "Dossier.h"
#include "PdfFile.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>

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
        QStringList names;
        for (int i = 0; i < total; ++i) {
            const std::optional<Dossier::Data> data =
                Dossier::load(*workspace, options.projectIds.at(i), &error, &methodologies);
            if (!data) {
                result.error = error;
                return result;
            }
            const QString path =
                folder.filePath(uniqueFileName(Dossier::suggestedFileName(*data), &names));
            const bool written =
                options.complete
                    ? Dossier::writeCompletePdf(*workspace, *data, path, &error, &result.notes)
                    : Dossier::writePdf(*data, path, &error);
            if (!written) {
                result.error = error;
                return result;
            }
            result.files << path;
            ++result.written;
            if (progress && !progress(i + 1, total, data->details.title)) {
                result.cancelled = i + 1 < total;
                result.ok = !result.cancelled;
                return result;
            }
        }
        result.ok = true;
        return result;
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
