#include "ChartsModule.h"

#include "util/LoadableModule.h"

#include <QLabel>

namespace {

struct Module
{
    LoadableModule library{"comptoir_charts", ChartsModule::kAbi};
    ComptoirChartsNewViewFunction newView = reinterpret_cast<ComptoirChartsNewViewFunction>(
        library.resolve("comptoirChartsNewView"));
    ComptoirChartsShowFunction show =
        reinterpret_cast<ComptoirChartsShowFunction>(library.resolve("comptoirChartsShow"));
    bool ok() const { return newView && show; }
};

Module &module()
{
    static Module loaded;
    return loaded;
}

} // namespace

QWidget *ChartsModule::newView(QWidget *parent)
{
    Module &loaded = module();
    if (loaded.ok())
        return loaded.newView(parent);
    auto *label = new QLabel(loaded.library.isLoaded()
                                 ? tr("Comptoir's charts module lacks a function: reinstall "
                                      "Comptoir.")
                                 : loaded.library.error(),
                             parent);
    label->setObjectName(QStringLiteral("chartsMissing"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

void ChartsModule::show(QWidget *view, const BarChart &chart)
{
    Module &loaded = module();
    if (loaded.ok())
        loaded.show(view, chart);
}
