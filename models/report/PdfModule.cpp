#include "PdfModule.h"

#include "util/LoadableModule.h"

namespace {

struct Module
{
    LoadableModule library{"comptoir_pdf", PdfModule::kAbi};
    ComptoirPdfAppendFunction append = reinterpret_cast<ComptoirPdfAppendFunction>(
        library.resolve("comptoirPdfAppend"));
    ComptoirPdfFirstPageFunction firstPage = reinterpret_cast<ComptoirPdfFirstPageFunction>(
        library.resolve("comptoirPdfFirstPage"));
    bool ok() const { return append && firstPage; }
};

Module &module()
{
    static Module loaded; // once, whichever thread asks first
    return loaded;
}

} // namespace

bool PdfModule::load(QString *error)
{
    Module &loaded = module();
    if (!loaded.ok() && error)
        *error = loaded.library.isLoaded() ? tr("Comptoir's PDF module lacks a function: "
                                                "reinstall Comptoir.")
                                           : loaded.library.error();
    return loaded.ok();
}

bool PdfModule::append(const QString &base, const QString &baseTitle,
                       const QList<CompletePdf::Piece> &pieces, const QString &path,
                       QString *error, QStringList *notes)
{
    if (!load(error))
        return false;
    return module().append(base, baseTitle, pieces, path, error, notes);
}

QImage PdfModule::firstPage(const QByteArray &pdf, QSize size)
{
    return load() ? module().firstPage(pdf, size) : QImage();
}
