#pragma once

#include <QWidget>

class QScrollArea;
class QUndoStack;
class ReviewPanel;
class ReviewSearchPane;
class SearchResultModel;
class Settings;
class Workspace;

// The mission officer's page: the search over every project (ReviewSearchPane) and, beside it,
// the review of the chosen project (ReviewPanel). Both are built when the page is first shown
// or used: not at start, where they would delay the window's first paint.
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
    qint64 currentProject() const;
    void focusSearch();
    SearchResultModel *results() const;
    // The review's edits, undoable (status, scores, comments, links; a merge is not).
    QUndoStack *undoStack() const;

    // The projects changed elsewhere: the search runs again when the page is next shown.
    void markStale();

signals:
    void projectActivated(qint64 projectId);
    // Something done, for the status bar.
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build() const;

    Settings *m_settings = nullptr;
    Workspace *m_workspace = nullptr;
    QUndoStack *m_stack = nullptr;
    // Built on first need, from const accessors too.
    mutable bool m_built = false;
    mutable ReviewSearchPane *m_search = nullptr;
    mutable ReviewPanel *m_panel = nullptr;
    mutable QScrollArea *m_scroll = nullptr;
};
