#pragma once

#include "util/Result.h"

#include <QWidget>

#include <functional>

class AttachmentsPanel;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QUndoStack;
class Settings;
class Workspace;

// The review of one project, beside the search: its status, the committee's grid, comments,
// the projects most alike, and the links made between them (duplicate, cooperation) or a merge.
// Its edits are undoable (a merge is not).
class ReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPanel)

public:
    // Its edits go to `stack` when one is given (the page's, which exists before the panel is
    // built), else to a stack of its own.
    explicit ReviewPanel(Settings *settings, QWidget *parent = nullptr,
                         QUndoStack *stack = nullptr);

    void setWorkspace(Workspace *workspace);
    // Shows a project's review; title when already known (a hit's).
    void showProject(qint64 projectId, const QString &title = QString());
    qint64 projectId() const { return m_projectId; }
    QUndoStack *undoStack() const { return m_stack; }

signals:
    void projectActivated(qint64 projectId);
    // A similar or linked project was chosen, and is shown here.
    void projectChosen(qint64 projectId);
    // Two projects were merged: the search is to run again.
    void merged();
    void message(const QString &text);

private:
    void showReview();
    void showSimilar();
    void showLinks();
    void addComment();
    void linkSelected(bool duplicate);
    void mergeSelected();
    void unlinkSelected();
    qint64 selectedSimilar() const;
    void fail(const QString &message);
    // Runs one of the Commands as an edit made here (not an undo to show); says why when it
    // could not be written. Whether it was.
    bool write(const std::function<Result<void>()> &edit);
    void projectWritten(qint64 projectId);

    Settings *m_settings = nullptr;
    Workspace *m_workspace = nullptr;
    qint64 m_projectId = 0;
    QString m_knownTitle;
    bool m_writing = false;
    QUndoStack *m_stack = nullptr;

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
    AttachmentsPanel *m_attachments = nullptr;
};
