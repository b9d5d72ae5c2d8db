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
// the review of the chosen project (ReviewPanel).
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

private:
    ReviewSearchPane *m_search = nullptr;
    ReviewPanel *m_panel = nullptr;
    QScrollArea *m_scroll = nullptr;
};
