#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Appends PDF documents after a PDF, with bookmarks: the first document's, then one per piece
// at its first page (libqpdf, which copies pages between documents faithfully; in the PDF
// module, report/PdfModule.h). What a dossier complet is made of: the dossier, then its PDF
// pieces.
class CompletePdf final
{
    Q_DECLARE_TR_FUNCTIONS(CompletePdf)

public:
    struct Piece
    {
        QString title; // its bookmark
        QByteArray pdf;
    };
    // Writes `base` followed by the pieces to `path`, through a temporary file. A piece qpdf
    // cannot read (damaged, protected by a password) is left out and said in `notes`.
    static bool append(const QString &base, const QString &baseTitle, const QList<Piece> &pieces,
                       const QString &path, QString *error, QStringList *notes = nullptr);
};
