#pragma once

#include "review/ProjectSearch.h"

#include <QFutureWatcherBase>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class SearchResultModel;
class Workspace;

// The review page's search: a full-text search over every project (titles, summaries,
// answers), combined with filters, the hits shown with the passage where the words were found.
// Choosing a hit tells the page, which shows its review beside.
class ReviewSearchPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewSearchPane)

public:
    explicit ReviewSearchPane(QWidget *parent = nullptr);
    ~ReviewSearchPane() override;

    void setWorkspace(Workspace *workspace);
    // Runs the search again with the text and filters shown.
    void search();
    void focusSearch();
    // The projects changed elsewhere: the search runs again when the pane is next shown.
    void markStale();
    // The project whose review is shown: chosen again among the hits after a new search.
    void setCurrentProject(qint64 projectId) { m_current = projectId; }
    SearchResultModel *results() const { return m_results; }
    // A project's title among the hits; empty when it is not one of them.
    QString hitTitle(qint64 projectId) const;

signals:
    void projectChosen(qint64 projectId);
    void projectActivated(qint64 projectId);
    // Something done, for the status bar.
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillFilters();
    void fillCategories();
    // Focus on the hits, the first one chosen when none is.
    void goToResults();
    void searchFailing(const ProjectSearch::Query &query);
    void showResult(const ProjectSearch::Result &result);

    Workspace *m_workspace = nullptr;
    qint64 m_current = 0;
    bool m_stale = false;
    bool m_filling = false;

    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_edition = nullptr;
    QComboBox *m_venue = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_commune = nullptr;
    QComboBox *m_arrondissement = nullptr;
    QComboBox *m_epci = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_import = nullptr;
    QCheckBox *m_failing = nullptr;
    QPointer<QFutureWatcherBase> m_failingSearch; // checking eligibility off the UI thread
    QLabel *m_count = nullptr;
    QListView *m_view = nullptr;
    SearchResultModel *m_results = nullptr;
    QTimer *m_typingTimer = nullptr;
};
