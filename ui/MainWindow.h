#pragma once

#include "storage/Backups.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QFrame;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class CommunesToCheckDialog;
class DashboardPage;
class ElidedLabel;
class DirectoryPage;
class FollowUpPage;
class HoldersPage;
class ReviewPage;
class LiveWorkshopPanel;
class WorkshopsPage;
class BackupScheduler;
class QUndoGroup;
class QUndoStack;
class ProjectEditor;
class ProjectsPage;
class Settings;
class WorkspaceController;
class WelcomePage;
class Workspace;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each returns false (after telling the user why) and leaves the current workspace open when
    // the file cannot be used.
    bool openWorkspace(const QString &path);
    bool createWorkspace(const QString &path);
    bool openDemoWorkspace();
    // Adds the methodology definition in file to the workspace; false (after telling the user
    // why, line and field at fault) when the file is refused, and then nothing changes.
    bool loadMethodology(const QString &file);
    // Reads a .comptoir file and opens the import dialog (nothing is written before Import is
    // pressed there); false with a French message when the file is refused.
    bool importBundle(const QString &file);
    void closeWorkspace();

    // Reopens the last workspace if there is one and it still opens; quietly shows the welcome
    // page otherwise.
    void openLastWorkspace();

    Workspace *workspace() const { return m_workspace; }
    ProjectsPage *projectsPage() const { return m_projectsPage; }
    // The pages not seen as the window opens are built once it is on screen (buildPages), or
    // as soon as one is asked for: these build them when they are not yet.
    WorkshopsPage *workshopsPage();
    HoldersPage *holdersPage();
    DirectoryPage *directoryPage();
    FollowUpPage *followUpPage();
    ReviewPage *reviewPage();
    DashboardPage *dashboardPage();
    LiveWorkshopPanel *livePanel();
    ProjectEditor *projectEditor();
    bool pagesBuilt() const { return m_pagesBuilt; }
    // At start, before the workspace opens: its project list is read once the window is first
    // painted, not beside its construction (the reading thread slows the first paint down).
    void holdListUntilPainted();
    // At start: runs open (which opens a workspace, or tries to) once the window has been
    // painted for the first time, before the list is read and the other pages are built. The
    // window appears at once, on the projects' page saying they are loading, however long the
    // opening takes (a lock to check, a file on a slow stick, a question to ask); with no
    // workspace open afterwards, it shows the welcome page. Run at once once painted.
    void openOncePainted(std::function<void()> open);
    QUndoGroup *undoGroup() const { return m_undoGroup; }

    // Opens the project in the editor; false (after telling the user why) when it cannot.
    bool openProject(qint64 projectId);
    // Creates an empty project in the current edition and opens it.
    bool newProject();
    // The communes this workspace names that the list of the department does not know; with
    // onlyIfAny, nothing is shown when there are none.
    void showCommunesToCheck(bool onlyIfAny);
    // Leaves the editor for the list, the project selected (for the workshops when a workshop
    // was running).
    void showProjectList();

    // The live workshop: its participants beside the editor; false (after telling the user
    // why) when it cannot start.
    bool startLiveWorkshop(qint64 workshopId);
    void endLiveWorkshop();
    // Presentation mode for a projector (F11): full screen, the current section only, large.
    void setPresentationMode(bool on);
    bool isPresentationMode() const;
    void zoomPresentation(int steps);

    static QString demoWorkspacePath();

signals:
    void workspaceChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The home tabs in their order; until buildPages, every tab but the projects' holds an empty
    // widget in the page's place.
    enum HomeTab { ProjectsTab, WorkshopsTab, HoldersTab, FollowUpTab, DirectoryTab, ReviewTab,
                   DashboardTab };
    // Builds the home pages but the projects', the editor and the live workshop's panel, hands
    // them the open workspace and fills the Workshop menu; once (later calls return at once).
    void buildPages();
    // What the first paint need not wait for: the list's reading (when held), the pages.
    void afterFirstPaint();
    // The welcome page, built the first time it is asked for; shown when no workspace is open.
    WelcomePage *welcomePage();
    void showWelcomePage();
    // The open project's edits still waiting for the autosave delay written (none before the
    // editor is built).
    void flushEdits();
    bool liveWorkshopRunning() const;
    void createActions();
    void createMenus();
    // The window takes the menu's shortcuts as its own, so that they work with the menu bar
    // hidden (presentation mode).
    void keepShortcuts(QMenu *menu);
    void restoreWindowState();
    void saveWindowState();
    void workspaceAboutToChange();
    // The « À relancer » tab's title with its count (-1: not known yet).
    void showFollowUpCount(int count);
    // The project opened in the editor, else the one chosen in the list (0: none).
    qint64 projectAtHand() const;
    void rehearsePitch();
    void exportPitchSheet();
    void workspaceSwitched(Workspace *workspace);
    void updateRecentMenu();
    void updateTitle();
    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void loadMethodologyDialog();
    void exportBundleDialog(bool platform = false);
    void dossierExportDialog();
    // The open (or first chosen) project's dossier in a print preview, from which it prints.
    void previewDossier();
    void importBundleDialog();
    void departmentKeyDialog();
    void workspaceInfoDialog();
    void editionRulesDialog();
    void updateUndoActions();
    void deleteProjects();
    void trashDialog();
    void restoreBackupDialog();
    void writeFailed(const QString &message);
    void retryWrites();
    void saveCopyElsewhere();
    // A workspace that is damaged: what is wrong, and its latest backup to restore if any.
    void offerBackup(const QString &message, const std::optional<Backups::Info> &backup);
    void showHome(QWidget *page);
    // The review page's history is the one Ctrl+Z acts on while that page is shown.
    void updateActiveStack();
    bool editing() const;
    void chooseLanguage(const QString &code);
    void about();
    QString defaultDirectory() const;

    std::unique_ptr<Settings> m_settings;
    // Opens, creates and closes the workspace, and owns it.
    std::unique_ptr<WorkspaceController> m_controller;
    Workspace *m_workspace = nullptr; // the controller's, as every page has it
    QUndoGroup *m_undoGroup = nullptr;
    // The workspace's own history: deletions (of projects, workshops, holders) from the pages.
    QUndoStack *m_workspaceStack = nullptr;
    ProjectEditor *m_editor = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    ProjectsPage *m_projectsPage = nullptr;
    QTabWidget *m_home = nullptr;
    WorkshopsPage *m_workshopsPage = nullptr;
    HoldersPage *m_holdersPage = nullptr;
    DirectoryPage *m_directoryPage = nullptr;
    FollowUpPage *m_followUpPage = nullptr;
    bool m_announceFollowUp = false; // the count is said once the workspace's first read ends
    ReviewPage *m_reviewPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    QWidget *m_returnPage = nullptr; // the home page a project was opened from
    QSplitter *m_editorPage = nullptr;
    LiveWorkshopPanel *m_livePanel = nullptr;
    bool m_wasMaximized = false;
    bool m_pagesBuilt = false;
    bool m_firstPaintSeen = false;
    std::function<void()> m_openOncePainted; // openOncePainted's, until the first paint
    ElidedLabel *m_workspaceLabel = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_loadMethodologyAction = nullptr;
    QAction *m_exportBundleAction = nullptr;
    QAction *m_importBundleAction = nullptr;
    QAction *m_departmentKeyAction = nullptr;
    QAction *m_workspaceInfoAction = nullptr;
    QAction *m_exportPlatformAction = nullptr;
    QAction *m_dossierPdfAction = nullptr;
    QAction *m_dossierPreviewAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newProjectAction = nullptr;
    QAction *m_backToListAction = nullptr;
    QAction *m_deleteProjectsAction = nullptr;
    QAction *m_trashAction = nullptr;
    QAction *m_restoreBackupAction = nullptr;
    BackupScheduler *m_backups = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    // Said at once when a write fails: what, and Retry / Save a copy elsewhere.
    QFrame *m_writeFailureBanner = nullptr;
    QLabel *m_writeFailureText = nullptr;
    QAction *m_editionRulesAction = nullptr;
    QAction *m_communesToCheckAction = nullptr;
    CommunesToCheckDialog *m_communesDialog = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_showProjectsAction = nullptr;
    QAction *m_showWorkshopsAction = nullptr;
    QAction *m_showHoldersAction = nullptr;
    QAction *m_showDirectoryAction = nullptr;
    QAction *m_showFollowUpAction = nullptr;
    QAction *m_pitchRehearsalAction = nullptr;
    QAction *m_pitchSheetAction = nullptr;
    QAction *m_showReviewAction = nullptr;
    QAction *m_showDashboardAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_sidePanelAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_leavePresentationAction = nullptr;
    QMenu *m_workshopMenu = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
};
