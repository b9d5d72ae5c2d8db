#include "PrintModule.h"

#include "util/LoadableModule.h"

namespace {

struct Module
{
    LoadableModule library{"comptoir_print", PrintModule::kAbi};
    ComptoirPrintPreviewFunction preview = reinterpret_cast<ComptoirPrintPreviewFunction>(
        library.resolve("comptoirPrintPreview"));
    ComptoirPrintFunction print =
        reinterpret_cast<ComptoirPrintFunction>(library.resolve("comptoirPrint"));
    bool ok() const { return preview && print; }
    QString error() const
    {
        return library.isLoaded()
                   ? PrintModule::tr("Comptoir's printing module lacks a function: reinstall "
                                     "Comptoir.")
                   : library.error();
    }
};

Module &module()
{
    static Module loaded;
    return loaded;
}

} // namespace

bool PrintModule::preview(QWidget *parent, const Job &job, const Paint &paint, QString *error)
{
    Module &loaded = module();
    if (!loaded.ok()) {
        *error = loaded.error();
        return false;
    }
    loaded.preview(parent, job, paint);
    return true;
}

int PrintModule::print(QWidget *parent, const Job &job, const Paint &paint, QString *error)
{
    Module &loaded = module();
    if (!loaded.ok()) {
        *error = loaded.error();
        return -1;
    }
    return loaded.print(parent, job, paint);
}
