#include "DashboardPage.h"
#include "util/SaveFile.h"

#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "projects/ProjectRecord.h"
#include "review/ChartsModule.h"
#include "rules/Money.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

constexpr int kChartRows = 15; // bars in a chart; the table holds every row

QColor navy()
{
    return QColor(0x1f, 0x3a, 0x5f);
}

QColor teal()
{
    return QColor(0x2a, 0x9d, 0x8f);
}

QColor amber()
{
    return QColor(0xe9, 0xa2, 0x3b);
}

// A horizontal bar chart, the first label at the top (drawn by the charts module).
ChartsModule::BarChart barChart(const QString &title, const QStringList &labels,
                                const QList<std::pair<QString, QList<double>>> &sets,
                                const QList<QColor> &colours, double maximum = -1)
{
    return ChartsModule::BarChart{title, labels, sets, colours, maximum};
}

QStandardItemModel *tableModel(QObject *parent, const QStringList &headers,
                               const QList<QStringList> &rows)
{
    auto *model = new QStandardItemModel(int(rows.size()), int(headers.size()), parent);
    model->setHorizontalHeaderLabels(headers);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            auto *item = new QStandardItem(rows.at(r).at(c));
            item->setEditable(false);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            model->setItem(int(r), int(c), item);
        }
    }
    return model;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !commitWritten(file)) {
        *error = DashboardPage::tr("“%1” cannot be written: %2")
                     .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *editionLabel = new QLabel(tr("&Edition:"), this);
    m_edition = new QComboBox(this);
    m_edition->setObjectName(QStringLiteral("dashboardEdition"));
    // A long edition name is shortened (its full name in the list), not a wider window.
    m_edition->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_edition->setMinimumContentsLength(16);
    editionLabel->setBuddy(m_edition);
    bar->addWidget(editionLabel);
    bar->addWidget(m_edition);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setTextFormat(Qt::RichText);
    // Wraps on a narrow screen rather than widening the window.
    m_summary->setWordWrap(true);
    auto *pngButton = new QPushButton(tr("Chart as &PNG…"), this);
    pngButton->setObjectName(QStringLiteral("exportChartButton"));
    auto *csvButton = new QPushButton(tr("Table as &CSV…"), this);
    csvButton->setObjectName(QStringLiteral("exportTableButton"));
    bar->addStretch();
    bar->addWidget(pngButton);
    bar->addWidget(csvButton);
    layout->addLayout(bar);
    // The figures on a line of their own, under the edition: read whole on a projector.
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    const QStringList names = {tr("Comptoirs"), tr("Stages"),          tr("Categories"),
                               tr("Communes"),  tr("Arrondissements"), tr("EPCI"),
                               tr("Reviews"),   tr("Subsidies"),       tr("Calendar")};
    // Each tab's chart and table are made when it is first drawn: nine charts built at start
    // would delay the window's first paint.
    for (int i = 0; i < TabCount; ++i) {
        auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
        m_splitters << splitter;
        m_charts << nullptr;
        m_tables << nullptr;
        m_tabs->addTab(splitter, names.at(i));
    }
    layout->addWidget(m_tabs, 1);

    m_reloadAction = new QAction(tr("&Refresh the dashboard"), this);
    m_reloadAction->setObjectName(QStringLiteral("dashboardReloadAction"));
    connect(m_reloadAction, &QAction::triggered, this, &DashboardPage::reload);
    m_exportChartAction = new QAction(tr("Export the chart as &PNG…"), this);
    m_exportChartAction->setObjectName(QStringLiteral("exportChartAction"));
    connect(m_exportChartAction, &QAction::triggered, this, &DashboardPage::exportChartDialog);
    m_exportTableAction = new QAction(tr("Export the table as &CSV…"), this);
    m_exportTableAction->setObjectName(QStringLiteral("exportTableAction"));
    connect(m_exportTableAction, &QAction::triggered, this, &DashboardPage::exportTableDialog);
    connect(pngButton, &QPushButton::clicked, m_exportChartAction, &QAction::trigger);
    connect(csvButton, &QPushButton::clicked, m_exportTableAction, &QAction::trigger);
    connect(m_edition, &QComboBox::activated, this, &DashboardPage::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardPage::showTab);
}

DashboardPage::~DashboardPage() = default;

QList<QAction *> DashboardPage::dashboardActions() const
{
    return {m_reloadAction, m_exportChartAction, m_exportTableAction};
}

void DashboardPage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_dashboard.reset();
    m_edition->clear(); // filled when the page is shown (reload)
    if (m_workspace && isVisible())
        reload();
}

void DashboardPage::buildTab(int tab)
{
    if (m_charts.at(tab))
        return;
    static const char *const keys[] = {"venue",          "stage", "category", "commune",
                                       "arrondissement", "epci",  "status",   "subsidy",
                                       "calendar"};
    QSplitter *splitter = m_splitters.at(tab);
    QWidget *chart = ChartsModule::newView(splitter);
    chart->setObjectName(QStringLiteral("chart_") + QLatin1String(keys[tab]));
    chart->setMinimumHeight(240);
    auto *table = new QTableView(splitter);
    table->setObjectName(QStringLiteral("table_") + QLatin1String(keys[tab]));
    table->setAccessibleName(tr("Figures: %1").arg(m_tabs->tabText(tab).remove(u'&')));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(false);
    splitter->addWidget(chart);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    chart->show();
    table->show();
    m_charts[tab] = chart;
    m_tables[tab] = table;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_workspace)
        reload();
}

void DashboardPage::fillEditions()
{
    const qint64 current = m_edition->currentData().toLongLong();
    m_edition->clear();
    if (!m_workspace)
        return;
    for (const ProjectRecord::Choice &edition : ProjectRecord::editions(*m_workspace))
        m_edition->addItem(edition.name, edition.id);
    m_edition->addItem(tr("Every edition"), qint64(0));
    const int index = m_edition->findData(current);
    m_edition->setCurrentIndex(current > 0 && index >= 0 ? index : 0);
}

bool DashboardPage::reload()
{
    if (!m_workspace)
        return false;
    if (m_edition->count() == 0)
        fillEditions();
    QString error;
    m_dashboard = Dashboard::compute(*m_workspace, m_edition->currentData().toLongLong(),
                                     QDate::currentDate(), &error);
    if (!m_dashboard) {
        m_summary->setText(error.toHtmlEscaped());
        return false;
    }
    showFigures();
    return true;
}

void DashboardPage::showFigures()
{
    const Dashboard &d = *m_dashboard;
    QString summary =
        tr("<b>%n project(s)</b>", nullptr, d.total.count) +
        tr(" · %1 requested · %2 estimated")
            .arg(Money::format(d.total.requestedCents), Money::format(d.total.estimatedCents));
    if (d.envelopeCents > 0)
        summary +=
            tr(" · the estimates take %2 % of the envelope of %1")
                .arg(Money::format(d.envelopeCents))
                .arg(QLocale().toString(
                    100.0 * double(d.total.estimatedCents) / double(d.envelopeCents), 'f', 0));
    m_summary->setText(summary);
    // Only the tab shown is drawn; the others when they are chosen.
    m_built.fill(false, TabCount);
    showTab(m_tabs->currentIndex());
}

void DashboardPage::showTab(int tab)
{
    if (!m_dashboard || tab < 0 || tab >= TabCount || m_built.at(tab))
        return;
    m_built[tab] = true;
    buildTab(tab);
    const Dashboard &d = *m_dashboard;
    const QStringList amountHeaders = {tr("Projects"), tr("Requested"), tr("Estimated")};
    const auto axisTab = [&](Tab tab, Dashboard::Axis axis) {
        const QList<Dashboard::Row> &rows = d.rows(axis);
        QStringList labels;
        QList<double> counts;
        QList<QStringList> table;
        int others = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Dashboard::Row &row = rows.at(i);
            table << QStringList{row.label, QLocale().toString(row.count),
                                 Money::format(row.requestedCents),
                                 Money::format(row.estimatedCents)};
            if (i < kChartRows) {
                labels << row.label;
                counts << row.count;
            } else {
                others += row.count;
            }
        }
        if (others > 0) {
            labels << tr("Others (%n)", nullptr, int(rows.size() - kChartRows));
            counts << others;
        }
        table << QStringList{d.total.label, QLocale().toString(d.total.count),
                             Money::format(d.total.requestedCents),
                             Money::format(d.total.estimatedCents)};
        ChartsModule::show(m_charts.at(tab),
                     barChart(tr("Projects by %1").arg(Dashboard::axisName(axis).toLower()), labels,
                              {{tr("Projects"), counts}}, {navy()}));
        QAbstractItemModel *old = m_tables.at(tab)->model();
        m_tables.at(tab)->setModel(tableModel(
            m_tables.at(tab), QStringList{Dashboard::axisName(axis)} + amountHeaders, table));
        delete old;
    };
    switch (Tab(tab)) {
    case VenueTab:
        axisTab(VenueTab, Dashboard::Axis::Venue);
        break;
    case StageTab:
        axisTab(StageTab, Dashboard::Axis::Stage);
        break;
    case CategoryTab:
        axisTab(CategoryTab, Dashboard::Axis::Category);
        break;
    case CommuneTab:
        axisTab(CommuneTab, Dashboard::Axis::Commune);
        break;
    case ArrondissementTab:
        axisTab(ArrondissementTab, Dashboard::Axis::Arrondissement);
        break;
    case EpciTab:
        axisTab(EpciTab, Dashboard::Axis::Epci);
        break;
    case StatusTab:
        axisTab(StatusTab, Dashboard::Axis::Status);
        break;
    case SubsidyTab:
        showSubsidies();
        break;
    case CalendarTab:
    case TabCount:
        showCalendar();
        break;
    }
    m_tables.at(tab)->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void DashboardPage::showSubsidies()
{
    // Requested and estimated per category, against the envelope.
    const Dashboard &d = *m_dashboard;
    {
        QStringList labels;
        QList<double> requested;
        QList<double> estimated;
        for (const Dashboard::Row &row : d.byCategory) {
            labels << row.label;
            requested << double(row.requestedCents) / 100'000.0;
            estimated << double(row.estimatedCents) / 100'000.0;
        }
        labels << tr("All projects");
        requested << double(d.total.requestedCents) / 100'000.0;
        estimated << double(d.total.estimatedCents) / 100'000.0;
        QList<double> envelope(labels.size(), 0.0);
        envelope.last() = double(d.envelopeCents) / 100'000.0;
        ChartsModule::show(m_charts.at(SubsidyTab),
                     barChart(tr("Subsidies in thousands of euros"), labels,
                              {{tr("Requested"), requested},
                               {tr("Estimated"), estimated},
                               {tr("Envelope"), envelope}},
                              {navy(), teal(), amber()}));
        QList<QStringList> table;
        for (const Dashboard::Row &row : d.byCategory)
            table << QStringList{row.label, Money::format(row.requestedCents),
                                 Money::format(row.estimatedCents), QString()};
        table << QStringList{tr("All projects"), Money::format(d.total.requestedCents),
                             Money::format(d.total.estimatedCents), Money::format(d.envelopeCents)};
        QAbstractItemModel *old = m_tables.at(SubsidyTab)->model();
        m_tables.at(SubsidyTab)
            ->setModel(tableModel(
                m_tables.at(SubsidyTab),
                {tr("Category"), tr("Requested"), tr("Estimated"), tr("Envelope")}, table));
        delete old;
    }
}

void DashboardPage::showCalendar()
{
    // How far each phase has gone.
    const Dashboard &d = *m_dashboard;
    {
        QStringList labels;
        QList<double> percents;
        QList<QStringList> table;
        for (const Dashboard::Phase &phase : d.calendar) {
            labels << phase.name;
            percents << std::max(0, phase.percent);
            table << QStringList{phase.name, QLocale().toString(phase.start, QLocale::ShortFormat),
                                 QLocale().toString(phase.end, QLocale::ShortFormat),
                                 phase.percent < 0 ? tr("dates not set")
                                                   : QStringLiteral("%1 %").arg(phase.percent)};
        }
        ChartsModule::show(m_charts.at(CalendarTab),
                     barChart(d.calendar.isEmpty()
                                  ? tr("Choose an edition to see its calendar")
                                  : tr("Calendar of %1: elapsed, in %, on %2")
                                        .arg(d.editionName,
                                             QLocale().toString(d.today, QLocale::LongFormat)),
                              labels, {{tr("Elapsed"), percents}}, {teal()}, 100));
        QAbstractItemModel *old = m_tables.at(CalendarTab)->model();
        m_tables.at(CalendarTab)
            ->setModel(tableModel(m_tables.at(CalendarTab),
                                  {tr("Phase"), tr("Start"), tr("End"), tr("Elapsed")}, table));
        delete old;
    }
}

bool DashboardPage::exportChart(const QString &path, QString *error) const
{
    QWidget *view = m_charts.at(m_tabs->currentIndex());
    if (!view) {
        *error = tr("There is no dashboard to export.");
        return false;
    }
    const QImage image = view->grab().toImage();
    QSaveFile file(path);
    if (image.isNull() || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") ||
        !commitWritten(file)) {
        *error =
            tr("“%1” cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

bool DashboardPage::exportTable(const QString &path, QString *error) const
{
    if (!m_dashboard) {
        *error = tr("There is no dashboard to export.");
        return false;
    }
    const Dashboard &d = *m_dashboard;
    QByteArray bytes;
    switch (Tab(m_tabs->currentIndex())) {
    case VenueTab:
        bytes = d.csv(Dashboard::Axis::Venue);
        break;
    case StageTab:
        bytes = d.csv(Dashboard::Axis::Stage);
        break;
    case CategoryTab:
        bytes = d.csv(Dashboard::Axis::Category);
        break;
    case CommuneTab:
        bytes = d.csv(Dashboard::Axis::Commune);
        break;
    case ArrondissementTab:
        bytes = d.csv(Dashboard::Axis::Arrondissement);
        break;
    case EpciTab:
        bytes = d.csv(Dashboard::Axis::Epci);
        break;
    case StatusTab:
        bytes = d.csv(Dashboard::Axis::Status);
        break;
    case SubsidyTab:
        bytes = d.budgetCsv();
        break;
    case CalendarTab:
    case TabCount:
        bytes = d.calendarCsv();
        break;
    }
    return writeFile(path, bytes, error);
}

void DashboardPage::exportChartDialog()
{
    const QString name = QStringLiteral("%1.png").arg(
        m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')).toLower());
    const QString path =
        FileDialog::getSaveFileName(this, tr("Export the chart"), QDir::home().filePath(name),
                                    tr("PNG images (*.png)"), QStringLiteral("png"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChart(path, &error))
        MessageBox::critical(this, tr("Export the chart"), error);
}

void DashboardPage::exportTableDialog()
{
    const QString name = QStringLiteral("%1.csv").arg(
        m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')).toLower());
    const QString path =
        FileDialog::getSaveFileName(this, tr("Export the table"), QDir::home().filePath(name),
                                    tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTable(path, &error))
        MessageBox::critical(this, tr("Export the table"), error);
}
