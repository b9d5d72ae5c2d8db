// The module comptoir_print: the print preview and the print dialog (dialogs/PrintModule.h says
// why it is apart). It links Qt only, not Comptoir's code: what is printed comes drawn by the
// function it is given.
#include "dialogs/PrintModule.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace {

void setUp(QPrinter &printer, const PrintModule::Job &job)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(job.fullPage);
    if (job.margins.left() >= 0)
        printer.setPageMargins(job.margins, QPageLayout::Millimeter);
    printer.setDocName(job.documentName);
}

} // namespace

extern "C" Q_DECL_EXPORT int comptoirModuleAbi()
{
    return PrintModule::kAbi;
}

extern "C" Q_DECL_EXPORT void comptoirPrintPreview(QWidget *parent, const PrintModule::Job &job,
                                                   const PrintModule::Paint &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, job);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(job.objectName);
    preview.setWindowTitle(job.windowTitle);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&paint](QPrinter *target) { paint(target); });
    preview.exec();
}

extern "C" Q_DECL_EXPORT int comptoirPrint(QWidget *parent, const PrintModule::Job &job,
                                           const PrintModule::Paint &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, job);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(job.objectName);
    dialog.setWindowTitle(job.windowTitle);
    if (dialog.exec() != QDialog::Accepted)
        return PrintModule::kCancelled;
    return paint(&printer);
}
