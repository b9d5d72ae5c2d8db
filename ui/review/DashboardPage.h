#pragma once

#include "review/Dashboard.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QSplitter;
class QTableView;
class Workspace;

// The committee's dashboard: for the chosen edition, counts and amounts per comptoir, stage,
// category, commune and review status, subsidies requested and estimated against the envelope,
// and where the calendar stands, each as a chart (Qt Charts) above the table behind it. The
// chart shown exports as PNG, its table as CSV.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setWorkspace(Workspace *workspace);
    // Reads the figures again and redraws; false (the message shown on the page) when they
    // cannot be read.
    bool reload();
    const std::optional<Dashboard> &dashboard() const { return m_dashboard; }

    // The chart and the table of the tab shown.
    bool exportChart(const QString &path, QString *error) const;
    bool exportTable(const QString &path, QString *error) const;

    QList<QAction *> dashboardActions() const;

protected:
    // The figures are read each time the page is shown: they follow every edit and import.
    void showEvent(QShowEvent *event) override;

private:
    enum Tab
    {
        VenueTab,
        StageTab,
        CategoryTab,
        CommuneTab,
        ArrondissementTab,
        EpciTab,
        StatusTab,
        SubsidyTab,
        CalendarTab,
        TabCount
    };
    void fillEditions();
    void showFigures();
    void showTab(int tab);
    void showSubsidies();
    void showCalendar();
    void exportChartDialog();
    void exportTableDialog();
    // Makes a tab's chart and table, the first time it is drawn.
    void buildTab(int tab);

    Workspace *m_workspace = nullptr;
    std::optional<Dashboard> m_dashboard;
    QComboBox *m_edition = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QSplitter *> m_splitters;
    QList<QWidget *> m_charts; // nullptr until the tab is first drawn (ChartsModule's views)
    QList<QTableView *> m_tables; // likewise
    QList<bool> m_built; // per tab: drawn for the figures read last
    QAction *m_reloadAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_exportTableAction = nullptr;
};
