#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class ToFollowUpModel;
class Workspace;

// « À relancer »: the projects still accompanied whose next step is due, or that had no contact
// for the weeks their edition sets, the most urgent first. Enter opens the project on its
// follow-up page. Read when shown, and again when a follow-up or a project changes.
class FollowUpPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpPage)

public:
    explicit FollowUpPage(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // Reads the list again on another thread; counted() follows.
    void reload();
    bool isLoading() const { return m_loading; }
    QTableView *view() const { return m_view; }
    void focusFilter();
    int count() const;

signals:
    void openProject(qint64 projectId);
    // After the list was read: how many projects are to follow up.
    void counted(int count);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();
    void updateCount();

    Workspace *m_workspace = nullptr;
    bool m_stale = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    ToFollowUpModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
};
