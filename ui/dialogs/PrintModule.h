#pragma once

#include <QCoreApplication>
#include <QMarginsF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

// Printing (Qt Print Support: the print preview, the print dialog) lives in a module of its own,
// comptoir_print (ui/print), loaded the first time something is printed (util/LoadableModule.h
// says why: Qt Print Support took ~1 ms before main at every start).
class PrintModule final
{
    Q_DECLARE_TR_FUNCTIONS(PrintModule)

public:
    // Version of the functions the module exports; a module of another version is refused.
    static constexpr int kAbi = 1;

    // An A4 document at the printer's high resolution.
    struct Job
    {
        QString documentName;
        QString windowTitle;
        QString objectName; // the dialog's
        bool fullPage = false;
        QMarginsF margins{-1, -1, -1, -1}; // millimetres; negative: the printer's own
    };
    using Paint = std::function<int(QPagedPaintDevice *device)>; // the pages drawn

    // The print preview (from which it prints), drawn by paint; returns once closed. False with
    // a French message when the module is missing.
    static bool preview(QWidget *parent, const Job &job, const Paint &paint, QString *error);
    // The print dialog, then paint on the printer chosen: the pages printed (0: the printer
    // could not be used), kCancelled, or -1 with a French message when the module is missing.
    static constexpr int kCancelled = -2;
    static int print(QWidget *parent, const Job &job, const Paint &paint, QString *error);
};

// The module's exports, the same declarations on both sides.
extern "C" {
using ComptoirPrintPreviewFunction = void (*)(QWidget *parent, const PrintModule::Job &job,
                                              const PrintModule::Paint &paint);
using ComptoirPrintFunction = int (*)(QWidget *parent, const PrintModule::Job &job,
                                      const PrintModule::Paint &paint);
}
