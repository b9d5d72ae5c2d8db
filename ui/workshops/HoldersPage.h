#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class HolderListModel;
class QUndoStack;
class Workspace;

// Every holder of the workspace, filter-as-you-type; their details and consents open with
// Enter; their personal data can be erased on request.
class HoldersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldersPage)

public:
    explicit HoldersPage(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // Where deletions become steps (the window's workspace history).
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    void reload();
    QTableView *view() const { return m_view; }
    HolderListModel *model() const { return m_model; }
    void focusFilter();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void openHolder();
    void newHolder();
    void deleteHolder();
    void updateCount();

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    bool m_stale = false; // read again when next shown
    HolderListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_delete = nullptr;
};
