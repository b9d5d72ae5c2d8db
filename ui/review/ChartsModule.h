#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QWidget;

// The dashboard's charts are drawn by Qt Charts in a module of its own, comptoir_charts
// (ui/charts), loaded when the dashboard is first shown (util/LoadableModule.h says why: Qt
// Charts and the OpenGL libraries it brings took ~2 ms before main at every start).
class ChartsModule final
{
    Q_DECLARE_TR_FUNCTIONS(ChartsModule)

public:
    // Version of the functions the module exports; a module of another version is refused.
    static constexpr int kAbi = 1;

    // A horizontal bar chart, the first label at the top; one set of values per series.
    struct BarChart
    {
        QString title;
        QStringList labels;
        QList<std::pair<QString, QList<double>>> sets;
        QList<QColor> colours;
        double maximum = -1; // -1: from the values, with room for the labels
    };

    // A view for charts (a QChartView); when the module is missing, a label saying so.
    static QWidget *newView(QWidget *parent);
    // Draws chart in a view newView made (the chart it showed deleted); nothing when the module
    // is missing.
    static void show(QWidget *view, const BarChart &chart);
};

// The module's exports, the same declarations on both sides.
extern "C" {
using ComptoirChartsNewViewFunction = QWidget *(*)(QWidget *parent);
using ComptoirChartsShowFunction = void (*)(QWidget *view, const ChartsModule::BarChart &chart);
}
