#include "CompletePdf.h"

#include "PdfModule.h"

// Done by the PDF module (models/pdf), loaded the first time.
bool CompletePdf::append(const QString &base, const QString &baseTitle, const QList<Piece> &pieces,
                         const QString &path, QString *error, QStringList *notes)
{
    return PdfModule::append(base, baseTitle, pieces, path, error, notes);
}
