// The module comptoir_charts: the dashboard's charts drawn by Qt Charts (review/ChartsModule.h
// says why it is apart). It links Qt only, not Comptoir's code.
#include "review/ChartsModule.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

extern "C" Q_DECL_EXPORT int comptoirModuleAbi()
{
    return ChartsModule::kAbi;
}

extern "C" Q_DECL_EXPORT QWidget *comptoirChartsNewView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

// A horizontal bar chart, the first label at the top; QChartView::setChart gives up the chart
// it had without deleting it.
extern "C" Q_DECL_EXPORT void comptoirChartsShow(QWidget *widget,
                                                 const ChartsModule::BarChart &bars)
{
    auto *view = qobject_cast<QChartView *>(widget);
    if (!view)
        return;
    const QColor fallback(0x1f, 0x3a, 0x5f);
    auto *chart = new QChart;
    chart->setTitle(bars.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QHorizontalBarSeries;
    for (qsizetype i = 0; i < bars.sets.size(); ++i) {
        auto *set = new QBarSet(bars.sets.at(i).first);
        QList<double> values = bars.sets.at(i).second;
        std::reverse(values.begin(), values.end());
        set->append(values);
        set->setColor(bars.colours.value(i, fallback));
        set->setBorderColor(bars.colours.value(i, fallback));
        series->append(set);
    }
    // A single series carries its values on its bars; several would crowd them.
    if (bars.sets.size() == 1) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(6);
        for (QBarSet *set : series->barSets())
            set->setLabelColor(Qt::white);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    QStringList reversed = bars.labels;
    std::reverse(reversed.begin(), reversed.end());
    categories->append(reversed);
    categories->setTruncateLabels(false); // "Comptoir de Saint-Pol-sur-Ternoise" in full
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    double top = bars.maximum;
    if (top < 0) {
        top = 1;
        for (const auto &set : bars.sets) {
            for (double v : set.second)
                top = std::max(top, v);
        }
        top *= 1.15; // room for the labels
    }
    values->setRange(0, top);
    values->setLabelFormat(QStringLiteral("%.0f"));
    if (bars.maximum < 0)
        values->applyNiceNumbers(); // whole, round steps
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setVisible(bars.sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}
