#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class ProjectDetailsPane;
class ProjectFilterModel;
class ProjectListLoader;
class ProjectListModel;
class Workspace;

// The project list of a workspace: filter-as-you-type, stage filter, sortable columns, and the
// details of the selected project beside it.
class ProjectsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsPage)

public:
    explicit ProjectsPage(QWidget *parent = nullptr);
    ~ProjectsPage() override;

    // Shows the workspace's projects (nullptr clears the page). The list is read in the
    // background: projectsLoaded() or loadFailed() follows.
    void setWorkspace(Workspace *workspace);
    // Whether the list is being read, or waits to be (held).
    bool isLoading() const;
    // While held, the list waits to be read until released: the main window holds it until its
    // first paint at start, which the reading thread would otherwise slow down.
    void setReadingHeld(bool held);

    ProjectListModel *listModel() const { return m_listModel; }
    ProjectFilterModel *filterModel() const { return m_filterModel; }
    QTableView *view() const { return m_view; }

    void focusFilter();
    // The project under the cursor, 0 when none.
    qint64 currentProjectId() const;
    // The projects selected (Ctrl/Shift+click), and those the filter shows, in list order.
    QList<qint64> selectedProjectIds() const;
    QList<qint64> shownProjectIds() const;
    // Makes the project current (when the list shows it) and gives the list the focus.
    void selectProject(qint64 projectId);
    void setDetailsVisible(bool visible);

    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void projectsLoaded();
    // Enter or a double click on a project: open it in the editor.
    void projectActivated(qint64 projectId);
    void loadFailed(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    void updateDetails();
    void applyStageFilter();
    void reload();
    // Reads the workspace's list now, or once released when held.
    void startReading();

    Workspace *m_workspace = nullptr;
    bool m_readingHeld = false;
    bool m_readPending = false;
    ProjectListModel *m_listModel = nullptr;
    ProjectFilterModel *m_filterModel = nullptr;
    ProjectListLoader *m_loader = nullptr;
    qint64 m_reselectId = -1; // the project to select again once a reload is done
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_stageCombo = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    ProjectDetailsPane *m_details = nullptr;
};
