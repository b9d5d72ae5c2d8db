#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class ParticipantListModel;
class ParticipantsPane;
class WorkshopListModel;
class QUndoStack;
class Workspace;

// The workshops of the workspace (newest first) and, beside the selected one, its participants
// with their presence and project. Everything a facilitator prepares before a comptoir happens
// here: the workshop itself, registrations (one by one or from a file), the attendance sheet;
// F5 starts the live workshop.
class WorkshopsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopsPage)

public:
    // Narrower than this, the participants go under the workshops rather than beside them.
    static constexpr int kSideBySideWidth = 1200;

    explicit WorkshopsPage(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // Where deletions become steps (the window's workspace history).
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    void reload();
    qint64 currentWorkshopId() const;
    void selectWorkshop(qint64 workshopId);
    QTableView *workshopView() const { return m_workshopView; }
    QTableView *participantView() const;
    ParticipantListModel *participants() const;
    // The page's commands, also shown in the main window's "Atelier" menu.
    QList<QAction *> workshopActions() const;
    QAction *startLiveAction() const { return m_startLive; }

    bool newWorkshop();
    bool importRegistrations(const QString &path);
    bool exportAttendanceSheet(const QString &path);
    bool exportReport(const QString &path);

signals:
    void startLiveRequested(qint64 workshopId);
    void projectActivated(qint64 projectId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void workshopChanged();
    void updateActions();
    void editWorkshop();
    void deleteWorkshop();
    void importDialog();
    void attendancePdfDialog();
    void reportPdfDialog();
    void printAttendanceSheet();
    void venuesDialog();

    void load();

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    bool m_loaded = false; // read when first shown, not when the workspace opens
    WorkshopListModel *m_workshops = nullptr;
    QSortFilterProxyModel *m_workshopProxy = nullptr;
    QTableView *m_workshopView = nullptr;
    ParticipantsPane *m_pane = nullptr; // the selected workshop and its participants
    QSplitter *m_splitter = nullptr;

    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_pdf = nullptr;
    QAction *m_report = nullptr;
    QAction *m_print = nullptr;
    QAction *m_startLive = nullptr;
    QAction *m_venues = nullptr;
};
