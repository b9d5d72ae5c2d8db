#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include "report/CompletePdf.h"

// What reads PDFs (Qt PDF, for the pieces' thumbnails) and joins them (qpdf, for the dossier
// complet) lives in a module of its own, comptoir_pdf (models/pdf), loaded the first time a
// PDF is read or joined (util/LoadableModule.h says why). Linked with the program, those
// libraries and theirs (GnuTLS, Qt Network, Kerberos, OpenJPEG…, 22 of them) took ~5 ms before
// main at every start, for what few sessions do.
class PdfModule final
{
    Q_DECLARE_TR_FUNCTIONS(PdfModule)

public:
    // Version of the functions the module exports; a module of another version is refused.
    static constexpr int kAbi = 1;

    // Whether the module is loaded (loading it if not yet); why not in error.
    static bool load(QString *error = nullptr);
    // CompletePdf::append, done by the module; false with a French message when it is missing.
    static bool append(const QString &base, const QString &baseTitle,
                       const QList<CompletePdf::Piece> &pieces, const QString &path,
                       QString *error, QStringList *notes);
    // A PDF's first page drawn to fit size; a null image when the bytes are not a PDF it can
    // read, or the module is missing.
    static QImage firstPage(const QByteArray &pdf, QSize size);
};

// The module's exports, the same declarations on both sides.
extern "C" {
using ComptoirPdfAppendFunction = bool (*)(const QString &base, const QString &baseTitle,
                                           const QList<CompletePdf::Piece> &pieces,
                                           const QString &path, QString *error,
                                           QStringList *notes);
using ComptoirPdfFirstPageFunction = QImage (*)(const QByteArray &pdf, QSize size);
}
