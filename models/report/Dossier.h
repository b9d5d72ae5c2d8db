#pragma once

#include "attachments/Attachments.h"
#include "CompletePdf.h"
#include "followup/FollowUps.h"
#include "methodology/Methodology.h"
#include "projects/BudgetLines.h"
#include "projects/ProjectAnswers.h"
#include "projects/ProjectDetails.h"
#include "rules/Eligibility.h"
#include "rules/SubsidyEstimate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class PageFlow;
class QSaveFile;
class QPagedPaintDevice;
class QPainter;
class Workspace;

// A project's dossier: the A4 document in French a mission officer files and a committee reads.
// A cover (title, organisation, holders as their consent allows, commune, category, stage,
// subsidy requested and estimated, comptoirs attended), a summary page, every section of the
// methodology with its answers laid out for reading (grids as tables, the problem tree and the
// business model canvas drawn), the budget with its totals and balance, the eligibility checks
// with their results, the methodology version and the date it was produced. Empty answers are
// shown as such. Page numbers and a running header on every page.
//
// Contact details never appear in a dossier; a holder's name only with their consent to publish
// it (otherwise "Porteur·se 1 (nom non publié)").
class Dossier final
{
    Q_DECLARE_TR_FUNCTIONS(Dossier)

public:
    struct Workshop
    {
        QString venue;
        QDate date;
    };
    struct Data
    {
        ProjectDetails details;
        Methodology methodology;
        QHash<QString, ProjectAnswers::Answer> answers;
        QList<BudgetLines::Line> budget;
        QList<Eligibility::Check> checks;
        SubsidyEstimate estimate;
        QStringList holders; // as their consent allows, the lead first
        QList<Workshop> workshops;
        // The pièces jointes, with what the dossier shows of them: the budget line a quote
        // backs, a photo scaled for print.
        struct Piece
        {
            Attachments::Attachment attachment;
            QString budgetLine; // its label and amount; empty for none
            QImage photo;       // photos only
        };
        QList<Piece> pieces;
        // The follow-up after the comptoir, as the committee reads it (never the internal
        // contacts).
        FollowUps::Summary followUp;
        QDateTime producedAt; // local time
    };

    // Definitions already read, by id: a batch reads each one once.
    using Methodologies = QHash<qint64, Methodology>;

    // Reads everything the dossier shows; nothing is written to the workspace.
    static std::optional<Data> load(const Workspace &workspace, qint64 projectId, QString *error,
                                    Methodologies *cache = nullptr);

    // The document, ready to be rendered on any paged device (a PDF, a printer, a preview).
    static std::unique_ptr<PageFlow> layout(const Data &data);
    // Renders it with its running header and footer; returns the number of pages (0: failed).
    static int render(const Data &data, QPagedPaintDevice *device);
    static int render(const Data &data, QPainter *painter, QPagedPaintDevice *device);

    // Writes one dossier as a PDF through a temporary file: a failed or cancelled export
    // leaves nothing behind.
    static bool writePdf(const Data &data, const QString &path, QString *error);
    // The same, the file finished but not put in place: a batch commits its files in order on
    // the thread that reports them (PdfFile::finish), so that its writers never wait for the
    // disk. Null with error set when it could not be written (nothing left behind).
    static std::unique_ptr<QSaveFile> finishPdf(const Data &data, const QString &path,
                                                QString *error);
    // The dossier complet: the dossier, then the pages of each PDF piece, with a bookmark for
    // the dossier and one per piece (libqpdf). A piece that cannot be read as a PDF is left
    // out and said in `notes`. Written through a temporary file.
    static bool writeCompletePdf(const Workspace &workspace, const Data &data, const QString &path,
                                 QString *error, QStringList *notes = nullptr);
    // The same in two steps, so that a batch reads the pieces on its connection and writes on
    // another thread: the PDF pieces' contents (those that cannot be read said in `notes`), then
    // the file, which needs no workspace.
    static QList<CompletePdf::Piece> completePieces(const Workspace &workspace, const Data &data,
                                                    QStringList *notes = nullptr);
    static bool writeCompletePdf(const Data &data, const QList<CompletePdf::Piece> &pieces,
                                 const QString &path, QString *error,
                                 QStringList *notes = nullptr);

    // "Dossier - Épicerie solidaire à Liévin.pdf": the title made safe for any file system.
    static QString suggestedFileName(const Data &data);
    static QString safeFileName(QString name);
    // The PDF's title ("Dossier · <project>") and author.
    static QString documentTitle(const Data &data);
    static QString author();
};
