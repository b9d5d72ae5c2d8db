#pragma once

#include "util/Result.h"

#include <functional>

#include "review/ProjectSearch.h"

#include <QFutureWatcherBase>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QUndoCommand;
class QUndoStack;
class QFormLayout;
class SearchResultModel;
class Settings;
class Workspace;

// The mission officer's page: a full-text search over every project (titles, summaries,
// answers), combined with filters, the hits shown with the passage where the words were found;
// beside it, the review of the chosen project (status, the committee's grid, comments), the
// projects most alike, and the links made between them (duplicate, cooperation) or a merge.
class ReviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(Settings *settings, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void setWorkspace(Workspace *workspace);
    // Runs the search again with the text and filters shown.
    void search();
    // Shows the review of a project (it need not be among the hits).
    void showProject(qint64 projectId);
    qint64 currentProject() const { return m_projectId; }
    void focusSearch();
    SearchResultModel *results() const { return m_results; }
    // The review's edits, undoable (status, scores, comments, links; a merge is not).
    QUndoStack *undoStack() const { return m_stack; }

    // The projects changed elsewhere: the search runs again when the page is next shown.
    void markStale();

signals:
    void projectActivated(qint64 projectId);
    // Something done, for the status bar.
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillFilters();
    // Focus on the hits, the first one chosen when none is.
    void goToResults();
    void fillCategories();
    void showReview();
    void showSimilar();
    void showLinks();
    void addComment();
    void linkSelected(bool duplicate);
    void mergeSelected();
    void unlinkSelected();
    qint64 selectedSimilar() const;
    void fail(const QString &message);
    // Pushes an edit of the review; the page shows it without being rebuilt under the cursor.
    // Runs one of the Commands as an edit made here (not an undo to show); says why when it
    // could not be written. Whether it was.
    bool write(const std::function<Result<void>()> &edit);
    void searchFailing(const ProjectSearch::Query &query);
    void showResult(const ProjectSearch::Result &result);
    void projectWritten(qint64 projectId);

    Settings *m_settings = nullptr;
    Workspace *m_workspace = nullptr;
    qint64 m_projectId = 0;
    bool m_stale = false;
    bool m_filling = false;
    bool m_writing = false;
    QUndoStack *m_stack = nullptr;

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

    QWidget *m_panel = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QComboBox *m_reviewStatus = nullptr;
    QFormLayout *m_grid = nullptr;
    QList<QSpinBox *> m_scores;
    QLabel *m_total = nullptr;
    QListWidget *m_comments = nullptr;
    QPlainTextEdit *m_commentEdit = nullptr;
    QPushButton *m_addComment = nullptr;
    QTreeWidget *m_similar = nullptr;
    QListWidget *m_links = nullptr;
};
