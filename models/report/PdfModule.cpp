#include "PdfModule.h"

#include <QDir>
#include <QLibrary>

namespace {

struct Module
{
    QLibrary library;
    ComptoirPdfAppendFunction append = nullptr;
    ComptoirPdfFirstPageFunction firstPage = nullptr;
    QString error;

    Module()
    {
        QStringList tried;
        QStringList folders{QCoreApplication::applicationDirPath() +
                            QStringLiteral("/" COMPTOIR_MODULE_DIR)};
#ifdef COMPTOIR_MODULE_BUILD_DIR
        folders << QStringLiteral(COMPTOIR_MODULE_BUILD_DIR);
#endif
        for (const QString &folder : std::as_const(folders)) {
            library.setFileName(QDir::cleanPath(folder + QStringLiteral("/comptoir_pdf")));
            tried << QDir::toNativeSeparators(library.fileName());
            if (!library.load())
                continue;
            const auto abi = reinterpret_cast<ComptoirPdfAbiFunction>(
                library.resolve("comptoirPdfAbi"));
            append = reinterpret_cast<ComptoirPdfAppendFunction>(
                library.resolve("comptoirPdfAppend"));
            firstPage = reinterpret_cast<ComptoirPdfFirstPageFunction>(
                library.resolve("comptoirPdfFirstPage"));
            if (abi && abi() == PdfModule::kAbi && append && firstPage)
                return;
            append = nullptr;
            firstPage = nullptr;
            error = PdfModule::tr("Comptoir's PDF module (%1) is not the one this program "
                                  "was built with: reinstall Comptoir.")
                        .arg(QDir::toNativeSeparators(library.fileName()));
            library.unload();
            return;
        }
        error = PdfModule::tr("Comptoir's PDF module (comptoir_pdf) cannot be found (looked "
                              "for as %1): reinstall Comptoir.")
                    .arg(tried.join(QStringLiteral(", ")));
    }
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
    if (!loaded.append && error)
        *error = loaded.error;
    return loaded.append != nullptr;
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
