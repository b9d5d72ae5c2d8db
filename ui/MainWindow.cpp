#include "MainWindow.h"

#include "followup/FollowUpPage.h"
#include "followup/PitchRehearsal.h"
#include "followup/PitchRuns.h"
#include "report/PitchSheet.h"
#include "followup/FollowUps.h"
#include "organisations/DirectoryPage.h"

#include "session/WorkspaceController.h"

#include "projects/CommunesToCheckDialog.h"

#include "commands/Commands.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/PrintModule.h"
#include "dialogs/RestoreBackupDialog.h"
#include "dialogs/TrashDialog.h"
#include "editions/EditionDialog.h"
#include "editor/ProjectEditor.h"
#include "exchange/BundleImport.h"
#include "exchange/BundleImportDialog.h"
#include "exchange/BundleReader.h"
#include "exchange/ExportBundleDialog.h"
#include "exchange/PlatformExport.h"
#include "methodology/Methodology.h"
#include "methodology/MethodologyStore.h"
#include "projects/ProjectRecord.h"
#include "projects/ProjectsPage.h"
#include "report/Dossier.h"
#include "report/DossierExportDialog.h"
#include "review/DashboardPage.h"
#include "review/ReviewPage.h"
#include "security/DepartmentKeyDialog.h"
#include "security/Envelope.h"
#include "security/Keys.h"
#include "security/PassphraseDialog.h"
#include "security/WorkspaceInfoDialog.h"
#include "session/BackupScheduler.h"
#include "session/Deletions.h"
#include "settings/Settings.h"
#include "storage/Workspace.h"
#include "WelcomePage.h"
#include "widgets/ElidedLabel.h"
#include "workshops/HoldersPage.h"
#include "workshops/LiveWorkshopPanel.h"
#include "workshops/WorkshopsPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QUndoGroup>
#include <QFutureWatcher>
#include <QPointer>
#include <QUndoStack>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<Settings>())
    , m_controller(std::make_unique<WorkspaceController>(m_settings.get()))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    qApp->installEventFilter(this); // until the first paint (eventFilter)

    m_pages = new QStackedWidget(this);
    // (the welcome page is built when it is first shown: welcomePage; a window opening on a
    // workspace never lays it out)
    // Home: the projects, the workshops and the holders of the workspace. Only the projects'
    // page is built before the window is shown; the others hold their place until buildPages.
    m_home = new QTabWidget(m_pages);
    m_home->setObjectName(QStringLiteral("homeTabs"));
    m_home->setDocumentMode(true);
    m_projectsPage = new ProjectsPage(m_home);
    m_home->addTab(m_projectsPage, tr("Projects"));
    for (const QString &title : {tr("Workshops"), tr("Holders"), tr("To follow up"), tr("Directory"),
                                 tr("Review"), tr("Dashboard")})
        m_home->addTab(new QWidget(m_home), title);
    m_pages->addWidget(m_home);
    // Above the pages, the banner of a workspace open read-only.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; padding: 6px 10px;"
                       " border-bottom: 1px solid #e0c97f; }"));
    m_readOnlyBanner->hide();
    centralLayout->addWidget(m_readOnlyBanner);
    m_writeFailureBanner = new QFrame(central);
    m_writeFailureBanner->setObjectName(QStringLiteral("writeFailureBanner"));
    m_writeFailureBanner->setStyleSheet(QStringLiteral(
        "#writeFailureBanner { background: #fde7e9; border-bottom: 1px solid #e8a5ad; }"
        " #writeFailureBanner QLabel { color: #5c0011; }"));
    m_writeFailureText = new QLabel(m_writeFailureBanner);
    m_writeFailureText->setObjectName(QStringLiteral("writeFailureText"));
    m_writeFailureText->setWordWrap(true);
    auto *retry = new QPushButton(tr("&Retry"), m_writeFailureBanner);
    retry->setObjectName(QStringLiteral("retryWritesButton"));
    auto *copy = new QPushButton(tr("Save a &copy elsewhere…"), m_writeFailureBanner);
    copy->setObjectName(QStringLiteral("saveCopyElsewhereButton"));
    auto *bannerLayout = new QHBoxLayout(m_writeFailureBanner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_writeFailureText, 1);
    bannerLayout->addWidget(retry);
    bannerLayout->addWidget(copy);
    connect(retry, &QPushButton::clicked, this, &MainWindow::retryWrites);
    connect(copy, &QPushButton::clicked, this, &MainWindow::saveCopyElsewhere);
    m_writeFailureBanner->hide();
    centralLayout->addWidget(m_writeFailureBanner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_workspaceLabel = new ElidedLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createActions();
    createMenus();

    connect(m_projectsPage, &ProjectsPage::projectActivated, this, &MainWindow::openProject);
    connect(m_home, &QTabWidget::currentChanged, this, [this] {
        // A tab chosen before the pages were built: built now, in its place.
        if (m_home->currentIndex() != ProjectsTab)
            buildPages();
        // Each page shows what the others changed.
        // (the holders page reads itself again when shown, if something changed)
        if (m_home->currentWidget() == m_workshopsPage)
            m_workshopsPage->reload();
        updateActiveStack();
        updateTitle();
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateTitle);
    // After the editor has let go of its project's history (closeProject comes first).
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateActiveStack,
            Qt::QueuedConnection);
    m_backups = new BackupScheduler(this);
    connect(m_backups, &BackupScheduler::backupFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(message), 15000);
    });
    m_workspaceStack = new QUndoStack(this);
    m_undoGroup->addStack(m_workspaceStack);
    // A workshop deleted or brought back by Ctrl+Z shows at once (the other pages listen to
    // the workspace).
    connect(m_workspaceStack, &QUndoStack::indexChanged, this, [this] {
        if (m_home->currentWidget() == m_workshopsPage)
            m_workshopsPage->reload();
    });
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, &MainWindow::updateUndoActions);

    connect(m_controller.get(), &WorkspaceController::aboutToChange, this,
            &MainWindow::workspaceAboutToChange);
    connect(m_controller.get(), &WorkspaceController::changed, this,
            &MainWindow::workspaceSwitched);
    connect(m_controller.get(), &WorkspaceController::recentChanged, this,
            &MainWindow::updateRecentMenu);
    connect(m_controller.get(), &WorkspaceController::damaged, this,
            [this](const QString &message) {
                offerBackup(message,
                            m_workspace ? Backups::latest(m_workspace->origin()) : std::nullopt);
            });

    restoreWindowState();
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The workspace (the controller's) goes before the child widgets: detach them from it first.
    disconnect(m_workspaceStack, nullptr, this, nullptr);
    m_workspaceStack->clear();
    m_backups->setWorkspace(nullptr);
    if (!m_pagesBuilt)
        return;
    m_editor->flush();
    m_livePanel->stop();
    m_livePanel->setWorkspace(nullptr);
    m_editor->setWorkspace(nullptr);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Once the window is painted for the first time (any of its widgets: the window itself
    // may have nothing of its own to paint), what it did not wait for follows: the pages not
    // seen yet are built (a third of its start), before anyone can reach them.
    if (event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == this &&
        !std::exchange(m_firstPaintSeen, true)) {
        qApp->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::afterFirstPaint);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    // A window shown with no workspace shows the welcome page (built now, before it paints),
    // unless one is opened once it is painted.
    if (!m_workspace && !m_openOncePainted)
        m_pages->setCurrentWidget(welcomePage());
    QMainWindow::showEvent(event);
}

WelcomePage *MainWindow::welcomePage()
{
    if (m_welcomePage)
        return m_welcomePage;
    m_welcomePage = new WelcomePage(m_pages);
    m_pages->addWidget(m_welcomePage);
    m_welcomePage->setRecentWorkspaces(m_settings->recentWorkspaces());
    connect(m_welcomePage, &WelcomePage::newWorkspaceRequested, this,
            &MainWindow::newWorkspaceDialog);
    connect(m_welcomePage, &WelcomePage::openWorkspaceRequested, this,
            &MainWindow::openWorkspaceDialog);
    connect(m_welcomePage, &WelcomePage::demoWorkspaceRequested, this,
            &MainWindow::openDemoWorkspace);
    connect(m_welcomePage, &WelcomePage::recentWorkspaceRequested, this,
            &MainWindow::openWorkspace);
    return m_welcomePage;
}

void MainWindow::showWelcomePage()
{
    // Before the window is shown, showEvent does it (if no workspace is open by then).
    if (isVisible() || m_welcomePage)
        m_pages->setCurrentWidget(welcomePage());
}

void MainWindow::holdListUntilPainted()
{
    if (!m_firstPaintSeen)
        m_projectsPage->setReadingHeld(true);
}

void MainWindow::openOncePainted(std::function<void()> open)
{
    if (!m_firstPaintSeen) {
        m_openOncePainted = std::move(open);
        m_projectsPage->setReadingHeld(true); // « Loading the projects… » meanwhile
        updateTitle();                         // « Opening the workspace… »
        return;
    }
    open();
    if (!m_workspace)
        updateTitle(); // the welcome page, « No workspace open »
}

void MainWindow::afterFirstPaint()
{
    if (std::function<void()> open = std::exchange(m_openOncePainted, {})) {
        open();
        if (!m_workspace)
            updateTitle(); // the welcome page, « No workspace open »
    }
    m_projectsPage->setReadingHeld(false);
    buildPages();
}

void MainWindow::buildPages()
{
    if (std::exchange(m_pagesBuilt, true))
        return;
    // The program's icon, for this window and the dialogs: not before the first paint either
    // (reading an SVG loads Qt's SVG icon engine and image plugins).
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/comptoir.svg")));
    // The pages take the place of the empty widgets holding it, each with its tab's title
    // (the follow-up count may be in it), the tab shown staying shown.
    m_workshopsPage = new WorkshopsPage(m_home);
    m_holdersPage = new HoldersPage(m_home);
    m_followUpPage = new FollowUpPage(m_home);
    m_directoryPage = new DirectoryPage(m_home);
    m_reviewPage = new ReviewPage(m_settings.get(), m_home);
    m_dashboardPage = new DashboardPage(m_home);
    {
        const QSignalBlocker blocker(m_home);
        const int current = m_home->currentIndex();
        const std::pair<HomeTab, QWidget *> pages[] = {
            {WorkshopsTab, m_workshopsPage}, {HoldersTab, m_holdersPage},
            {FollowUpTab, m_followUpPage},   {DirectoryTab, m_directoryPage},
            {ReviewTab, m_reviewPage},       {DashboardTab, m_dashboardPage}};
        for (const auto &[tab, page] : pages) {
            QWidget *placeholder = m_home->widget(tab);
            const QString title = m_home->tabText(tab);
            m_home->removeTab(tab);
            m_home->insertTab(tab, page, title);
            delete placeholder;
        }
        m_home->setCurrentIndex(current);
    }
    connect(m_followUpPage, &FollowUpPage::counted, this, &MainWindow::showFollowUpCount);
    connect(m_followUpPage, &FollowUpPage::openProject, this, [this](qint64 projectId) {
        if (openProject(projectId))
            m_editor->showFollowUp();
    });
    connect(m_workshopsPage, &WorkshopsPage::projectActivated, this, &MainWindow::openProject);
    connect(m_reviewPage, &ReviewPage::projectActivated, this, &MainWindow::openProject);
    connect(m_reviewPage, &ReviewPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_workshopsPage, &WorkshopsPage::startLiveRequested, this,
            &MainWindow::startLiveWorkshop);
    m_undoGroup->addStack(m_reviewPage->undoStack());
    m_workshopsPage->setUndoStack(m_workspaceStack);
    m_holdersPage->setUndoStack(m_workspaceStack);

    // The editor, with the live workshop's participants beside it while a workshop runs.
    m_editorPage = new QSplitter(m_pages);
    m_editorPage->setObjectName(QStringLiteral("editorPage"));
    m_livePanel = new LiveWorkshopPanel(m_editorPage);
    m_livePanel->hide();
    m_editor = new ProjectEditor(m_undoGroup, m_editorPage);
    m_editorPage->addWidget(m_livePanel);
    m_editorPage->addWidget(m_editor);
    m_editorPage->setStretchFactor(0, 0);
    m_editorPage->setStretchFactor(1, 1);
    m_editorPage->setSizes({260, 1000});
    m_editorPage->setChildrenCollapsible(false);
    m_pages->addWidget(m_editorPage);
    connect(m_livePanel, &LiveWorkshopPanel::projectChosen, this, &MainWindow::openProject);
    connect(m_livePanel, &LiveWorkshopPanel::finishRequested, this, &MainWindow::endLiveWorkshop);
    connect(m_livePanel, &LiveWorkshopPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_editor, &ProjectEditor::closeRequested, this, &MainWindow::showProjectList);
    connect(m_editor, &ProjectEditor::titleChanged, this, &MainWindow::updateTitle);

    // The Workshop menu: the workshops page's actions, then the live workshop's.
    for (QAction *action : m_workshopsPage->workshopActions()) {
        if (action)
            m_workshopMenu->addAction(action);
        else
            m_workshopMenu->addSeparator();
    }
    m_workshopMenu->addSeparator();
    m_workshopMenu->addActions(m_livePanel->liveActions());
    // The live workshop's keys work in presentation mode too, when its panel is hidden (they are
    // disabled while no workshop runs); so do the Workshop menu's, the menu bar hidden.
    addActions(m_livePanel->actions());
    keepShortcuts(m_workshopMenu);

    if (m_workspace) {
        m_livePanel->setWorkspace(m_workspace);
        m_editor->setWorkspace(m_workspace);
        m_workshopsPage->setWorkspace(m_workspace);
        m_holdersPage->setWorkspace(m_workspace);
        m_directoryPage->setWorkspace(m_workspace);
        m_followUpPage->setWorkspace(m_workspace);
        m_reviewPage->setWorkspace(m_workspace);
        m_dashboardPage->setWorkspace(m_workspace);
        // The count to follow up, once the list is read (or as soon as it is).
        if (m_announceFollowUp && !m_projectsPage->isLoading())
            m_followUpPage->reload();
    }
    updateActiveStack();
    updateTitle();
}

WorkshopsPage *MainWindow::workshopsPage()
{
    buildPages();
    return m_workshopsPage;
}

HoldersPage *MainWindow::holdersPage()
{
    buildPages();
    return m_holdersPage;
}

DirectoryPage *MainWindow::directoryPage()
{
    buildPages();
    return m_directoryPage;
}

FollowUpPage *MainWindow::followUpPage()
{
    buildPages();
    return m_followUpPage;
}

ReviewPage *MainWindow::reviewPage()
{
    buildPages();
    return m_reviewPage;
}

DashboardPage *MainWindow::dashboardPage()
{
    buildPages();
    return m_dashboardPage;
}

LiveWorkshopPanel *MainWindow::livePanel()
{
    buildPages();
    return m_livePanel;
}

ProjectEditor *MainWindow::projectEditor()
{
    buildPages();
    return m_editor;
}

void MainWindow::flushEdits()
{
    if (m_editor)
        m_editor->flush();
}

bool MainWindow::liveWorkshopRunning() const
{
    return m_livePanel && m_livePanel->isRunning();
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &objectName, const QString &text,
                             const QKeySequence &shortcut, const QString &icon) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(objectName);
        action->setShortcut(shortcut);
        return action;
    };

    m_newAction =
        make(QStringLiteral("newWorkspaceAction"), tr("New &workspace…"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QStringLiteral("document-new"));
    m_newAction->setStatusTip(tr("Create an empty workspace file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspaceDialog);

    m_openAction = make(QStringLiteral("openWorkspaceAction"), tr("&Open…"), QKeySequence::Open,
                        QStringLiteral("document-open"));
    m_openAction->setStatusTip(tr("Open an existing workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_demoAction = make(QStringLiteral("openDemoAction"), tr("Open the &demo workspace"),
                        QKeySequence(), QStringLiteral("help-about"));
    m_demoAction->setStatusTip(
        tr("Open a workspace filled with fictional projects, to try Comptoir"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoWorkspace);

    m_loadMethodologyAction =
        make(QStringLiteral("loadMethodologyAction"), tr("Load a &methodology…"), QKeySequence(),
             QStringLiteral("document-import"));
    m_loadMethodologyAction->setStatusTip(
        tr("Add a methodology definition (JSON file) to this workspace"));
    connect(m_loadMethodologyAction, &QAction::triggered, this, &MainWindow::loadMethodologyDialog);

    m_exportBundleAction =
        make(QStringLiteral("exportBundleAction"), tr("&Export a deposit file…"),
             QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("document-export"));
    m_exportBundleAction->setStatusTip(
        tr("Write the chosen, shown or ready projects to a .comptoir file for the mission "
           "officers"));
    connect(m_exportBundleAction, &QAction::triggered, this, [this] { exportBundleDialog(false); });

    m_exportPlatformAction = make(QStringLiteral("exportPlatformAction"),
                                  tr("Export for the &platform…"), QKeySequence(), QString());
    m_exportPlatformAction->setStatusTip(
        tr("Write the projects as a CSV or JSON file for the participatory platform's import"));
    connect(m_exportPlatformAction, &QAction::triggered, this,
            [this] { exportBundleDialog(true); });

    m_importBundleAction =
        make(QStringLiteral("importBundleAction"), tr("&Import a deposit file…"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), QStringLiteral("document-import"));
    m_importBundleAction->setStatusTip(
        tr("Add or update projects from a facilitator's .comptoir file"));
    connect(m_importBundleAction, &QAction::triggered, this, &MainWindow::importBundleDialog);

    m_departmentKeyAction = make(QStringLiteral("departmentKeyAction"),
                                 tr("The &Department's key…"), QKeySequence(), QString());
    m_departmentKeyAction->setStatusTip(
        tr("Import or create the key deposit files are sealed for"));
    connect(m_departmentKeyAction, &QAction::triggered, this, &MainWindow::departmentKeyDialog);
    m_workspaceInfoAction = make(QStringLiteral("workspaceInfoAction"),
                                 tr("About this &workspace…"), QKeySequence(), QString());
    m_workspaceInfoAction->setStatusTip(
        tr("The workspace's file, its signing key's fingerprint, the workspaces it trusts"));
    connect(m_workspaceInfoAction, &QAction::triggered, this, &MainWindow::workspaceInfoDialog);

    m_closeAction = make(QStringLiteral("closeWorkspaceAction"), tr("&Close workspace"),
                         QKeySequence::Close, QStringLiteral("document-close"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);

    m_quitAction = make(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence::Quit,
                        QStringLiteral("application-exit"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Undo and redo act on the open project's history. Edits still waiting for the autosave
    // delay are written first, so Ctrl+Z right after typing undoes that typing.
    m_undoAction = make(QStringLiteral("undoAction"), tr("&Undo"), QKeySequence::Undo,
                        QStringLiteral("edit-undo"));
    connect(m_undoAction, &QAction::triggered, this, [this] {
        flushEdits();
        m_undoGroup->undo();
    });
    m_redoAction = make(QStringLiteral("redoAction"), tr("&Redo"), QKeySequence::Redo,
                        QStringLiteral("edit-redo"));
    // Ctrl+Y and Ctrl+Maj+Z everywhere; a sequence listed twice would make it ambiguous.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    m_redoAction->setShortcuts(redoKeys);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        flushEdits();
        m_undoGroup->redo();
    });

    m_newProjectAction = make(QStringLiteral("newProjectAction"), tr("&New project"),
                              QKeySequence::New, QStringLiteral("document-new"));
    m_newProjectAction->setStatusTip(tr("Create a project and open it in the editor"));
    connect(m_newProjectAction, &QAction::triggered, this, &MainWindow::newProject);
    m_backToListAction = make(QStringLiteral("backToListAction"), tr("Back to the &list"),
                              QKeySequence(Qt::ALT | Qt::Key_Left), QStringLiteral("go-previous"));
    connect(m_backToListAction, &QAction::triggered, this, &MainWindow::showProjectList);
    // Delete works in the list (and its menu item in the editor, on the open project); in a
    // text field, the key is the field's.
    m_deleteProjectsAction = make(QStringLiteral("deleteProjectsAction"), tr("&Delete…"),
                                  QKeySequence::Delete, QStringLiteral("edit-delete"));
    m_deleteProjectsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteProjectsAction->setStatusTip(
        tr("Move the chosen projects (or the open one) to the trash"));
    m_projectsPage->view()->addAction(m_deleteProjectsAction);
    connect(m_deleteProjectsAction, &QAction::triggered, this, &MainWindow::deleteProjects);
    m_trashAction = make(QStringLiteral("trashAction"), tr("T&rash…"), QKeySequence(),
                         QStringLiteral("user-trash"));
    m_trashAction->setStatusTip(tr("What was deleted: restore it, or delete it for good"));
    connect(m_trashAction, &QAction::triggered, this, &MainWindow::trashDialog);
    m_restoreBackupAction = make(QStringLiteral("restoreBackupAction"), tr("Restore a &backup…"),
                                 QKeySequence(), QStringLiteral("document-revert"));
    m_restoreBackupAction->setStatusTip(
        tr("The automatic backups of this workspace: restore one into a new file or in its place"));
    connect(m_restoreBackupAction, &QAction::triggered, this, &MainWindow::restoreBackupDialog);
    m_dossierPdfAction =
        make(QStringLiteral("dossierPdfAction"), tr("&Dossiers as PDF…"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), QStringLiteral("document-export"));
    m_dossierPdfAction->setStatusTip(
        tr("The dossiers of the chosen, shown or ready projects, as PDF for the committee"));
    connect(m_dossierPdfAction, &QAction::triggered, this, &MainWindow::dossierExportDialog);
    m_dossierPreviewAction = make(
        QStringLiteral("dossierPreviewAction"), tr("Dossier: &preview and print…"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P), QStringLiteral("document-print-preview"));
    m_dossierPreviewAction->setStatusTip(tr("The open or chosen project's dossier, to print"));
    connect(m_dossierPreviewAction, &QAction::triggered, this, &MainWindow::previewDossier);
    m_pitchRehearsalAction = make(QStringLiteral("pitchRehearsalAction"), tr("&Rehearse the pitch"),
                                  QKeySequence(Qt::Key_F6), QString());
    m_pitchRehearsalAction->setStatusTip(
        tr("The open or chosen project's pitch in large print, with a countdown"));
    connect(m_pitchRehearsalAction, &QAction::triggered, this, &MainWindow::rehearsePitch);
    m_pitchSheetAction = make(QStringLiteral("pitchSheetAction"), tr("Pitch s&heet (PDF)…"),
                              QKeySequence(), QString());
    m_pitchSheetAction->setStatusTip(
        tr("One page with the hook phrase, the pitch and the key figures, to print for the group"));
    connect(m_pitchSheetAction, &QAction::triggered, this, &MainWindow::exportPitchSheet);
    m_editionRulesAction = make(QStringLiteral("editionRulesAction"), tr("Edition &rules…"),
                                QKeySequence(), QString());
    m_editionRulesAction->setStatusTip(
        tr("Calendar, envelope, categories and eligibility checks of an edition"));
    connect(m_editionRulesAction, &QAction::triggered, this, &MainWindow::editionRulesDialog);
    m_communesToCheckAction = make(QStringLiteral("communesToCheckAction"),
                                   tr("&Communes to check…"), QKeySequence(), QString());
    m_communesToCheckAction->setStatusTip(
        tr("The communes named in this workspace that are not communes of the Pas-de-Calais"));
    connect(m_communesToCheckAction, &QAction::triggered, this,
            [this] { showCommunesToCheck(false); });

    m_findAction = make(QStringLiteral("findAction"), tr("&Find a project"), QKeySequence::Find,
                        QStringLiteral("edit-find"));
    connect(m_findAction, &QAction::triggered, m_projectsPage, &ProjectsPage::focusFilter);

    m_detailsAction = make(QStringLiteral("detailsPaneAction"), tr("Project &details"),
                           QKeySequence(Qt::Key_F9), QString());
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    connect(m_detailsAction, &QAction::toggled, m_projectsPage, &ProjectsPage::setDetailsVisible);

    m_showProjectsAction = make(QStringLiteral("showProjectsAction"), tr("&Projects"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QString());
    connect(m_showProjectsAction, &QAction::triggered, this, [this] { showHome(m_projectsPage); });
    m_showWorkshopsAction = make(QStringLiteral("showWorkshopsAction"), tr("&Workshops"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QString());
    connect(m_showWorkshopsAction, &QAction::triggered, this,
            [this] { showHome(workshopsPage()); });
    m_showHoldersAction = make(QStringLiteral("showHoldersAction"), tr("&Holders"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QString());
    connect(m_showHoldersAction, &QAction::triggered, this, [this] { showHome(holdersPage()); });
    m_showFollowUpAction = make(QStringLiteral("showFollowUpAction"), tr("Projects to &follow up"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), QString());
    connect(m_showFollowUpAction, &QAction::triggered, this, [this] { showHome(followUpPage()); });
    m_showDirectoryAction = make(QStringLiteral("showDirectoryAction"),
                                 tr("Di&rectory of structures and partners"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), QString());
    connect(m_showDirectoryAction, &QAction::triggered, this,
            [this] { showHome(directoryPage()); });
    m_showReviewAction = make(QStringLiteral("showReviewAction"), tr("&Search every project"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QString());
    connect(m_showReviewAction, &QAction::triggered, this, [this] {
        showHome(reviewPage());
        m_reviewPage->focusSearch();
    });
    m_showDashboardAction = make(QStringLiteral("showDashboardAction"), tr("Das&hboard"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), QString());
    connect(m_showDashboardAction, &QAction::triggered, this,
            [this] { showHome(dashboardPage()); });

    m_presentationAction = make(QStringLiteral("presentationAction"), tr("&Presentation mode"),
                                QKeySequence(Qt::Key_F11), QStringLiteral("view-fullscreen"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setStatusTip(
        tr("For a projector: full screen, the current section only, in large print"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    // The help and the checklist beside the form: F9 folds them away or brings them back (as it
    // does the details beside the list);
    // until then they fold by themselves when the room is short.
    m_sidePanelAction = make(QStringLiteral("sidePanelAction"),
                             tr("&Help and eligibility beside the form"),
                             QKeySequence(Qt::Key_F9), QString());
    m_sidePanelAction->setCheckable(true);
    m_sidePanelAction->setStatusTip(
        tr("Shows or folds away the help, the eligibility checklist and the subsidy estimate"));
    connect(m_sidePanelAction, &QAction::triggered, this, [this] {
        // The opposite of what is seen, whether it was chosen or followed the room.
        ProjectEditor *editor = projectEditor();
        editor->setSidePanelChoice(!editor->isSidePanelShown());
        m_sidePanelAction->setChecked(editor->isSidePanelShown());
    });
    m_zoomInAction = make(QStringLiteral("zoomInAction"), tr("&Larger text"), QKeySequence::ZoomIn,
                          QStringLiteral("zoom-in"));
    connect(m_zoomInAction, &QAction::triggered, this, [this] { zoomPresentation(1); });
    m_zoomOutAction = make(QStringLiteral("zoomOutAction"), tr("&Smaller text"),
                           QKeySequence::ZoomOut, QStringLiteral("zoom-out"));
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { zoomPresentation(-1); });
    // Esc leaves the presentation as F11 does; outside it the action is off and Esc is the
    // focused widget's (a completer, a dialog).
    m_leavePresentationAction = new QAction(tr("Leave the presentation"), this);
    m_leavePresentationAction->setObjectName(QStringLiteral("leavePresentationAction"));
    m_leavePresentationAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leavePresentationAction->setEnabled(false);
    addAction(m_leavePresentationAction);
    connect(m_leavePresentationAction, &QAction::triggered, this,
            [this] { setPresentationMode(false); });

    m_clearRecentAction = new QAction(tr("&Clear the list"), this);
    m_clearRecentAction->setObjectName(QStringLiteral("clearRecentAction"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_settings->clearRecentWorkspaces();
        updateRecentMenu();
    });

    m_aboutAction = make(QStringLiteral("aboutAction"), tr("&About Comptoir"), QKeySequence(),
                         QStringLiteral("help-about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction =
        make(QStringLiteral("aboutQtAction"), tr("About &Qt"), QKeySequence(), QString());
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    const QString current = m_settings->language();
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("Follow the system")},
        {QStringLiteral("fr"), QStringLiteral("Français")}, // each language in its own words
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    for (const auto &[code, name] : languages) {
        auto *action = new QAction(name, m_languageGroup);
        action->setObjectName(QStringLiteral("language%1Action")
                                  .arg(code.isEmpty() ? QStringLiteral("System") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_loadMethodologyAction);
    file->addSeparator();
    file->addAction(m_importBundleAction);
    file->addAction(m_exportBundleAction);
    file->addAction(m_exportPlatformAction);
    file->addAction(m_departmentKeyAction);
    file->addSeparator();
    file->addAction(m_trashAction);
    file->addAction(m_restoreBackupAction);
    file->addAction(m_workspaceInfoAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->setObjectName(QStringLiteral("projectMenu"));
    project->addAction(m_newProjectAction);
    project->addAction(m_backToListAction);
    project->addAction(m_deleteProjectsAction);
    project->addSeparator();
    project->addAction(m_dossierPdfAction);
    project->addAction(m_dossierPreviewAction);
    project->addAction(m_pitchRehearsalAction);
    project->addAction(m_pitchSheetAction);
    project->addSeparator();
    project->addAction(m_editionRulesAction);
    project->addAction(m_communesToCheckAction);

    m_workshopMenu = menuBar()->addMenu(tr("&Workshop"));
    m_workshopMenu->setObjectName(QStringLiteral("workshopMenu"));
    // (filled by buildPages: its actions are the workshops page's and the live panel's)

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_showProjectsAction);
    view->addAction(m_showWorkshopsAction);
    view->addAction(m_showHoldersAction);
    view->addAction(m_showFollowUpAction);
    view->addAction(m_showDirectoryAction);
    view->addAction(m_showReviewAction);
    view->addAction(m_showDashboardAction);
    view->addSeparator();
    view->addAction(m_detailsAction);
    view->addAction(m_sidePanelAction);
    connect(view, &QMenu::aboutToShow, this,
            [this] { m_sidePanelAction->setChecked(m_editor && m_editor->isSidePanelShown()); });
    view->addSeparator();
    view->addAction(m_presentationAction);
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    language->addActions(m_languageGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    // The menu bar is hidden in presentation mode: the window keeps every shortcut.
    for (QMenu *menu : menuBar()->findChildren<QMenu *>())
        keepShortcuts(menu);
}

void MainWindow::keepShortcuts(QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && !action->menu() && !action->shortcut().isEmpty() &&
            action->shortcutContext() == Qt::WindowShortcut)
            addAction(action);
    }
}

QString MainWindow::demoWorkspacePath()
{
    return WorkspaceController::demoPath();
}

QString MainWindow::defaultDirectory() const
{
    return m_controller->defaultDirectory();
}

bool MainWindow::openWorkspace(const QString &path)
{
    Workspace::Access access = Workspace::Access::ReadWrite;
    if (const auto holder = WorkspaceController::heldBy(path)) {
        if (MessageBox::question(
                this, tr("Workspace already open"),
                tr("“%1” is already open %2. Only one Comptoir at a time can write to it.\n\n"
                   "Open it read-only, to browse, search and export?")
                    .arg(QFileInfo(path).fileName(), WorkspaceLock::describe(*holder)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
            return false;
        access = Workspace::Access::ReadOnly;
    }
    const Result<void> opened = m_controller->open(path, access);
    if (!opened) {
        // A file that no longer opens, with a backup: never left at that.
        const std::optional<Backups::Info> backup = Backups::latestOfFile(path);
        if (backup && QFileInfo::exists(path))
            offerBackup(opened.error(), backup);
        else
            MessageBox::critical(this, tr("Cannot open the workspace"), opened.error());
    }
    return opened.ok();
}

bool MainWindow::createWorkspace(const QString &path)
{
    const Result<void> created = m_controller->create(path);
    if (!created)
        MessageBox::critical(this, tr("Cannot create the workspace"), created.error());
    return created.ok();
}

bool MainWindow::openDemoWorkspace()
{
    const Result<void> opened = m_controller->openDemo();
    if (!opened)
        MessageBox::critical(this, tr("Cannot create the demo workspace"), opened.error());
    return opened.ok();
}

// Edits not yet written are written, and the live workshop ends, before the workspace changes.
qint64 MainWindow::projectAtHand() const
{
    return editing() ? m_editor->projectId() : m_projectsPage->currentProjectId();
}

void MainWindow::rehearsePitch()
{
    const qint64 project = projectAtHand();
    if (!m_workspace || project <= 0) {
        MessageBox::information(this, tr("Rehearse the pitch"),
                                tr("Open a project, or choose one in the list, first."));
        return;
    }
    flushEdits(); // the pitch as just typed
    PitchRehearsal rehearsal(m_workspace, project,
                             liveWorkshopRunning() ? m_livePanel->workshopId() : 0, this);
    rehearsal.setWindowState(rehearsal.windowState() | Qt::WindowFullScreen);
    if (rehearsal.exec() == QDialog::Accepted && rehearsal.savedRun() > 0)
        statusBar()->showMessage(tr("Pitch run kept: %1").arg(PitchRuns::clock(
                                     rehearsal.elapsedSeconds())),
                                 10000);
}

void MainWindow::exportPitchSheet()
{
    const qint64 project = projectAtHand();
    if (!m_workspace || project <= 0) {
        MessageBox::information(this, tr("Pitch sheet"),
                                tr("Open a project, or choose one in the list, first."));
        return;
    }
    flushEdits();
    QString error;
    const auto data = PitchSheet::load(*m_workspace, project, &error);
    if (!data) {
        MessageBox::critical(this, tr("Pitch sheet"), error);
        return;
    }
    const QString path = FileDialog::getSaveFileName(
        this, tr("Pitch sheet"),
        QDir(defaultDirectory()).filePath(PitchSheet::suggestedFileName(*data)),
        tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    if (!PitchSheet::writePdf(*data, path, &error)) {
        MessageBox::critical(this, tr("Pitch sheet"), error);
        return;
    }
    statusBar()->showMessage(tr("Pitch sheet written: %1").arg(QFileInfo(path).fileName()), 10000);
}

void MainWindow::showFollowUpCount(int count)
{
    m_home->setTabText(FollowUpTab, count > 0 ? tr("To follow up (%1)").arg(count) : tr("To follow up"));
    // Said in the status bar once, when the workspace opens.
    if (count >= 0 && std::exchange(m_announceFollowUp, false) && count > 0)
        statusBar()->showMessage(tr("%n project(s) to follow up (Ctrl+Shift+U)", nullptr, count),
                                 15000);
}

void MainWindow::workspaceAboutToChange()
{
    flushEdits();
    endLiveWorkshop();
    m_workspaceStack->clear();        // its steps point at the workspace that goes
    m_backups->setWorkspace(nullptr); // a backup being written ends first
}

// Every page takes the workspace the controller announces (none when it was closed).
void MainWindow::workspaceSwitched(Workspace *workspace)
{
    m_projectsPage->setWorkspace(workspace);
    if (m_pagesBuilt) { // else they take it as they are built
        m_livePanel->setWorkspace(workspace);
        m_editor->setWorkspace(workspace);
        m_workshopsPage->setWorkspace(workspace);
        m_holdersPage->setWorkspace(workspace);
        m_directoryPage->setWorkspace(workspace);
        m_followUpPage->setWorkspace(workspace);
        m_reviewPage->setWorkspace(workspace);
        m_dashboardPage->setWorkspace(workspace);
    }
    showFollowUpCount(-1);
    m_workspace = workspace;
    m_writeFailureBanner->hide();       // what failed was the previous workspace's
    m_backups->setWorkspace(workspace); // backed up as it opens, in the background
    if (!m_workspace) {
        showWelcomePage();
        updateTitle();
        emit workspaceChanged();
        return;
    }
    // A write that could not be made is said at once (the field or page that made it says it
    // too, and keeps what was typed).
    connect(m_workspace, &Workspace::writeFailed, this, &MainWindow::writeFailed);
    m_home->setCurrentWidget(m_projectsPage);
    m_pages->setCurrentWidget(m_home);
    updateTitle();
    m_projectsPage->view()->setFocus();
    emit workspaceChanged();
    // How many projects are to follow up: read on another thread once the list is filled (the
    // two reads would compete for the disk and the window's first paint), said when known.
    m_announceFollowUp = true;
    connect(
        m_projectsPage, &ProjectsPage::projectsLoaded, this,
        [this] {
            // (the page is built once the window is painted: then, if not yet)
            if (m_announceFollowUp && m_workspace && m_pagesBuilt)
                m_followUpPage->reload();
        },
        Qt::SingleShotConnection);
    // A workspace written before Comptoir knew every commune: what it could not match is shown.
    if (m_workspace->migratedFrom() > 0 && m_workspace->migratedFrom() < 6)
        showCommunesToCheck(true);
}

void MainWindow::showCommunesToCheck(bool onlyIfAny)
{
    if (!m_workspace)
        return;
    if (!m_communesDialog) {
        m_communesDialog = new CommunesToCheckDialog(m_workspace, Methodology::builtIn(), this);
        connect(m_communesDialog, &CommunesToCheckDialog::projectChosen, this,
                [this](qint64 projectId, const QString &fieldKey) {
                    if (openProject(projectId))
                        m_editor->focusField(fieldKey);
                });
        connect(this, &MainWindow::workspaceChanged, m_communesDialog, [this] {
            m_communesDialog->close();
            m_communesDialog->deleteLater();
            m_communesDialog = nullptr;
        });
    } else {
        m_communesDialog->reload();
    }
    if (onlyIfAny && m_communesDialog->rowCount() == 0)
        return;
    m_communesDialog->show();
    m_communesDialog->raise();
    m_communesDialog->activateWindow();
}

void MainWindow::closeWorkspace()
{
    m_controller->close();
}

void MainWindow::openLastWorkspace()
{
    // At start, a workspace another Comptoir has open is not taken: the welcome page says so.
    if (const auto holder = WorkspaceController::heldBy(m_settings->lastWorkspace())) {
        statusBar()->showMessage(tr("The last workspace is open %1: open it from the welcome "
                                    "page to browse it read-only.")
                                     .arg(WorkspaceLock::describe(*holder)),
                                 15000);
        return;
    }
    const Result<void> opened = m_controller->openLast();
    if (!opened)
        statusBar()->showMessage(opened.error(), 10000);
}

void MainWindow::newWorkspaceDialog()
{
    const QString suffix = Workspace::fileSuffix();
    const QString path = FileDialog::getSaveFileName(
        this, tr("New workspace"),
        QDir(defaultDirectory()).filePath(tr("Comptoir") + QLatin1Char('.') + suffix),
        tr("Comptoir workspaces (*.%1)").arg(suffix), suffix);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // The dialog asked whether to replace it. Never delete: the old file goes to the trash.
        if (m_workspace && QFileInfo(path).absoluteFilePath() == m_workspace->filePath()) {
            MessageBox::critical(this, tr("Cannot create the workspace"),
                                 tr("“%1” is the workspace open now; it cannot be replaced.")
                                     .arg(QDir::toNativeSeparators(path)));
            return;
        }
        if (!QFile::moveToTrash(path)) {
            MessageBox::critical(this, tr("Cannot create the workspace"),
                                 tr("“%1” already exists and could not be moved to the trash. "
                                    "Choose another name.")
                                     .arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    createWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open a workspace"), defaultDirectory(),
        tr("Comptoir workspaces (*.%1);;All files (*)").arg(Workspace::fileSuffix()));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::loadMethodologyDialog()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Load a methodology"), defaultDirectory(),
                                    tr("Methodology definitions (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadMethodology(path);
}

void MainWindow::exportBundleDialog(bool platform)
{
    if (!m_workspace)
        return;
    flushEdits();
    QList<qint64> selected;
    if (editing())
        selected << m_editor->projectId();
    else
        selected = m_projectsPage->selectedProjectIds();
    auto *dialog = new ExportBundleDialog(
        m_workspace, selected, m_projectsPage->shownProjectIds(),
        platform ? ExportBundleDialog::Target::Platform : ExportBundleDialog::Target::Bundle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString message =
            tr("%n project(s) written to %1", nullptr, int(dialog->chosenProjects().size()))
                .arg(QDir::toNativeSeparators(dialog->writtenFile()));
        // The platform's importer does not take files: they are beside it, to upload by hand.
        if (dialog->writtenPieces() > 0)
            message += QLatin1Char(' ') +
                       tr("Their attachments (%n file(s), never the confidential ones) are in "
                          "%1, to upload by hand.",
                          nullptr, dialog->writtenPieces())
                           .arg(QDir::toNativeSeparators(
                               PlatformExport::attachmentsFolder(dialog->writtenFile())));
        statusBar()->showMessage(message, 20000);
    });
    dialog->open();
}

void MainWindow::dossierExportDialog()
{
    if (!m_workspace)
        return;
    flushEdits(); // the worker reads the file: every edit is in it first
    QList<qint64> selected;
    if (editing())
        selected << m_editor->projectId();
    else
        selected = m_projectsPage->selectedProjectIds();
    auto *dialog =
        new DossierExportDialog(m_workspace, selected, m_projectsPage->shownProjectIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DossierBatch::Result result = dialog->result();
        statusBar()->showMessage(
            tr("%n dossier(s) written to %1", nullptr, result.written)
                .arg(QDir::toNativeSeparators(
                    result.files.size() == 1 ? result.files.constFirst()
                                             : QFileInfo(result.files.value(0)).absolutePath())),
            10000);
    });
    dialog->open();
}

void MainWindow::previewDossier()
{
    if (!m_workspace)
        return;
    flushEdits();
    qint64 projectId = editing() ? m_editor->projectId() : 0;
    if (projectId == 0 && !m_projectsPage->selectedProjectIds().isEmpty())
        projectId = m_projectsPage->selectedProjectIds().constFirst();
    if (projectId == 0) {
        MessageBox::information(this, tr("Dossier"),
                                tr("Choose a project in the list, or open it, first."));
        return;
    }
    QString error;
    const std::optional<Dossier::Data> data = Dossier::load(*m_workspace, projectId, &error);
    if (!data) {
        MessageBox::critical(this, tr("Dossier"), error);
        return;
    }
    PrintModule::Job job;
    job.documentName = Dossier::documentTitle(*data);
    job.windowTitle = job.documentName;
    job.objectName = QStringLiteral("dossierPreview");
    job.fullPage = true;
    if (!PrintModule::preview(
            this, job, [&data](QPagedPaintDevice *target) { return Dossier::render(*data, target); },
            &error))
        MessageBox::critical(this, tr("Dossier"), error);
}

void MainWindow::importBundleDialog()
{
    if (!m_workspace)
        return;
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import a deposit file"), defaultDirectory(),
                                    tr("Comptoir deposit files (*.comptoir);;All files (*)"));
    if (!path.isEmpty())
        importBundle(path);
}

bool MainWindow::importBundle(const QString &path)
{
    if (!m_workspace)
        return false;
    // The open project may change: it is saved and closed first.
    if (editing())
        showProjectList();
    const QString title = tr("Cannot import the file");
    const QString fileName = QFileInfo(path).fileName();
    // A sealed file is opened with the Department's secret key: its passphrase is asked once.
    const DepartmentKey::Unlocked *key = nullptr;
    if (const Result<Envelope::Header> header = Envelope::readHeaderOf(path);
        header && header->isSealed()) {
        const auto stored = DepartmentKey::load(*m_workspace);
        const QString sealedFor = Sodium::fingerprint(header->recipient);
        QString refusal;
        if (!stored)
            refusal = stored.error();
        else if (!stored->has_value() || !(*stored)->hasSecret())
            refusal = tr("“%1” is sealed for the Department (key %2): it is opened by the "
                         "mission officers' workspace that holds the key's secret half, not by "
                         "this one. Nothing was changed.")
                          .arg(fileName, sealedFor);
        else if ((*stored)->publicHalf.key != header->recipient)
            refusal = tr("“%1” is sealed for another key (fingerprint %2), not for the "
                         "Department's key of this workspace (%3): it cannot be opened here. "
                         "Nothing was changed.")
                          .arg(fileName, sealedFor, (*stored)->publicHalf.fingerprint());
        if (!refusal.isEmpty()) {
            MessageBox::critical(this, title, refusal);
            return false;
        }
        key = KeySession::find(header->recipient);
        if (!key) {
            const Result<DepartmentKey::Locked> locked = (*stored)->lockedHalf();
            if (!locked) {
                MessageBox::critical(this, title, locked.error());
                return false;
            }
            key = PassphraseDialog::unlock(
                this, *locked,
                tr("“%1” is sealed for the Department. Type the passphrase of its key to open "
                   "it.")
                    .arg(fileName));
            if (!key)
                return false;
        }
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const BundleReader::Result read = BundleReader::readFile(path, key);
    QString error;
    std::optional<BundleImport::Plan> plan;
    if (read.ok)
        plan = BundleImport::prepare(*m_workspace, read, fileName, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!read.ok || !plan) {
        MessageBox::critical(this, title,
                             read.ok ? error
                                     : tr("“%1” cannot be imported; nothing was changed.\n\n%2")
                                           .arg(QDir::toNativeSeparators(path),
                                                read.problems.join(QLatin1Char('\n'))));
        return false;
    }
    // Before an import, the workspace as it is is backed up (an import is undone by restoring).
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Backups::Info> backup = m_backups->backupNow(QStringLiteral("import"));
    QGuiApplication::restoreOverrideCursor();
    if (!backup) {
        MessageBox::critical(this, tr("Cannot import the file"),
                             tr("Nothing was imported: the backup before the import could not be "
                                "written.\n\n%1")
                                 .arg(backup.error()));
        return false;
    }
    auto *dialog = new BundleImportDialog(m_workspace, std::move(*plan), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BundleImportDialog::projectActivated, this, [this, dialog](qint64 id) {
        dialog->close();
        openProject(id);
    });
    dialog->open();
    return true;
}

void MainWindow::departmentKeyDialog()
{
    if (!m_workspace)
        return;
    auto *dialog = new DepartmentKeyDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::workspaceInfoDialog()
{
    if (!m_workspace)
        return;
    auto *dialog = new WorkspaceInfoDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::loadMethodology(const QString &path)
{
    if (!m_workspace)
        return false;
    const QString title = tr("Cannot load the methodology");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(
            this, title,
            tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (file.size() > Methodology::kMaxFileSize) {
        MessageBox::critical(this, title,
                             tr("“%1” is too large for a methodology definition.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QStringList errors;
    const std::optional<Methodology> methodology = Methodology::parse(file.readAll(), &errors);
    if (!methodology) {
        constexpr int shown = 8;
        QStringList lines = errors.mid(0, shown);
        if (errors.size() > shown)
            lines << tr("… and %n more problem(s).", nullptr, int(errors.size() - shown));
        MessageBox::critical(this, title,
                             tr("“%1” was not loaded; the workspace is unchanged.\n\n%2")
                                 .arg(QFileInfo(path).fileName(), lines.join(QLatin1Char('\n'))));
        return false;
    }
    QString error;
    const int before = int(MethodologyStore::list(*m_workspace, &error).size());
    if (MethodologyStore::store(*m_workspace, *methodology, &error) < 0) {
        MessageBox::critical(this, title, error);
        return false;
    }
    const bool added = MethodologyStore::list(*m_workspace, &error).size() > before;
    MessageBox::information(this, tr("Methodology"),
                            added ? tr("“%1”, version %2, was added to the workspace.")
                                        .arg(methodology->name)
                                        .arg(methodology->version)
                                  : tr("The workspace already holds “%1”, version %2.")
                                        .arg(methodology->name)
                                        .arg(methodology->version));
    return true;
}

bool MainWindow::openProject(qint64 projectId)
{
    if (!m_workspace || projectId <= 0)
        return false;
    buildPages();
    QString error;
    if (!m_editor->openProject(projectId, &error)) {
        MessageBox::critical(this, tr("Cannot open the project"), error);
        return false;
    }
    if (m_pages->currentWidget() == m_home)
        m_returnPage = m_home->currentWidget();
    m_pages->setCurrentWidget(m_editorPage);
    updateTitle();
    return true;
}

bool MainWindow::newProject()
{
    if (!m_workspace)
        return false;
    QString error;
    // A facilitator works at one comptoir: the new project takes the venue of the project at hand.
    const qint64 current = editing() ? m_editor->projectId() : m_projectsPage->currentProjectId();
    const qint64 venue =
        current > 0 ? ProjectRecord::link(*m_workspace, current, ProjectRecord::Link::Venue) : 0;
    const qint64 id = ProjectRecord::create(
        *m_workspace, ProjectRecord::currentEdition(*m_workspace), venue, 0, &error);
    if (id < 0) {
        MessageBox::critical(this, tr("Cannot create the project"), error);
        return false;
    }
    return openProject(id);
}

void MainWindow::showProjectList()
{
    if (!m_workspace)
        return;
    if (liveWorkshopRunning()) {
        endLiveWorkshop();
        return;
    }
    buildPages();
    const qint64 id = m_editor->projectId();
    m_editor->closeProject();
    // Back where the project was opened from: the search of the review page stays as it was.
    if (m_returnPage == m_reviewPage) {
        showHome(m_reviewPage);
    } else {
        showHome(m_projectsPage);
        if (id > 0)
            m_projectsPage->selectProject(id);
    }
    updateTitle();
}

void MainWindow::updateActiveStack()
{
    if (m_pages->currentWidget() != m_home)
        return; // the editor sets its project's history
    QWidget *page = m_home->currentWidget();
    m_undoGroup->setActiveStack(page == m_reviewPage ? m_reviewPage->undoStack()
                                : page == m_projectsPage || page == m_workshopsPage ||
                                        page == m_holdersPage
                                    ? m_workspaceStack
                                    : nullptr);
}

void MainWindow::showHome(QWidget *page)
{
    if (!m_workspace)
        return;
    if (m_pages->currentWidget() == m_editorPage) {
        if (liveWorkshopRunning())
            endLiveWorkshop();
        m_editor->closeProject();
    }
    m_home->setCurrentWidget(page);
    m_pages->setCurrentWidget(m_home);
    if (page == m_projectsPage)
        m_projectsPage->view()->setFocus();
    else if (page == m_workshopsPage)
        m_workshopsPage->workshopView()->setFocus();
    else if (page == m_holdersPage)
        m_holdersPage->focusFilter();
    else if (page == m_directoryPage)
        m_directoryPage->focusFilter();
    else if (page == m_followUpPage)
        m_followUpPage->view()->setFocus();
    updateTitle();
}

bool MainWindow::editing() const
{
    return m_workspace && m_pages->currentWidget() == m_editorPage;
}

bool MainWindow::startLiveWorkshop(qint64 workshopId)
{
    if (!m_workspace)
        return false;
    buildPages();
    flushEdits();
    QString error;
    m_livePanel->show();
    if (!m_livePanel->start(workshopId, &error)) {
        m_livePanel->hide();
        MessageBox::warning(this, tr("Start the workshop"), error);
        return false;
    }
    m_editor->setBackToWorkshop(true);
    m_pages->setCurrentWidget(m_editorPage);
    m_livePanel->view()->setFocus();
    updateTitle();
    return true;
}

void MainWindow::endLiveWorkshop()
{
    if (!liveWorkshopRunning())
        return;
    const qint64 workshop = m_livePanel->workshopId();
    flushEdits();
    m_livePanel->stop();
    m_livePanel->hide();
    m_editor->setBackToWorkshop(false);
    setPresentationMode(false);
    m_editor->closeProject();
    m_home->setCurrentWidget(m_workshopsPage);
    m_pages->setCurrentWidget(m_home);
    m_workshopsPage->reload();
    m_workshopsPage->selectWorkshop(workshop);
    m_workshopsPage->participantView()->setFocus();
    updateTitle();
}

bool MainWindow::isPresentationMode() const
{
    return m_editor && m_editor->isPresentationMode();
}

void MainWindow::setPresentationMode(bool on)
{
    if (on && !editing()) {
        // Only a project is presented.
        const QSignalBlocker blocker(m_presentationAction);
        m_presentationAction->setChecked(false);
        statusBar()->showMessage(tr("Open a project first: the presentation shows its current "
                                    "section."),
                                 6000);
        return;
    }
    if (on == isPresentationMode())
        return;
    {
        const QSignalBlocker blocker(m_presentationAction);
        m_presentationAction->setChecked(on);
    }
    m_editor->setPresentationMode(on, m_settings->presentationZoom());
    m_livePanel->setVisible(!on && m_livePanel->isRunning());
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    if (on) {
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else if (isFullScreen()) {
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    }
    m_leavePresentationAction->setEnabled(on);
    m_zoomInAction->setEnabled(on);
    m_zoomOutAction->setEnabled(on);
}

void MainWindow::zoomPresentation(int steps)
{
    if (!isPresentationMode())
        return;
    const int zoom = qBound(ProjectEditor::kMinZoom, m_settings->presentationZoom() + steps * 25,
                            ProjectEditor::kMaxZoom);
    m_settings->setPresentationZoom(zoom);
    m_editor->setPresentationMode(true, zoom);
    statusBar()->showMessage(tr("Text at %1 %").arg(zoom), 3000);
}

void MainWindow::editionRulesDialog()
{
    if (!m_workspace)
        return;
    flushEdits();
    auto *dialog = new EditionDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // Ceilings and checks changed (the edition said so to the views): the open project's
        // checklist and estimate are read again.
        if (editing())
            openProject(m_editor->projectId());
    });
    dialog->open();
}

void MainWindow::deleteProjects()
{
    if (!m_workspace || liveWorkshopRunning())
        return;
    QList<qint64> ids;
    const bool editing = m_pages->currentWidget() == m_editorPage;
    if (editing) {
        ids = {m_editor->projectId()};
    } else if (m_pages->currentWidget() == m_home && m_home->currentWidget() == m_projectsPage) {
        ids = m_projectsPage->selectedProjectIds();
        if (ids.isEmpty() && m_projectsPage->currentProjectId() > 0)
            ids = {m_projectsPage->currentProjectId()};
    }
    ids.removeAll(0);
    if (ids.isEmpty())
        return;
    QStringList names;
    for (qint64 id : ids.mid(0, 8))
        names << tr("“%1”").arg(Deletions::label(*m_workspace, QStringLiteral("project"), id));
    if (ids.size() > 8)
        names << tr("and %n other(s)", nullptr, int(ids.size() - 8));
    const QString question =
        tr("Move %n project(s) to the trash: %1?", nullptr, int(ids.size()))
            .arg(names.join(QStringLiteral(", "))) +
        QStringLiteral("\n\n") +
        tr("They leave the lists, the search, the dashboard and the exports. Ctrl+Z, or File › "
           "Trash, brings them back as they were.");
    if (MessageBox::question(this, tr("Delete projects", nullptr, int(ids.size())), question) !=
        QMessageBox::Yes)
        return;
    if (editing)
        showProjectList(); // the editor lets go of the project (what was typed is written)
    const Result<void> deleted =
        Commands::deleteProjects(m_workspaceStack, m_workspace, ids,
                                 tr("the deletion of %n project(s)", nullptr, int(ids.size())));
    if (!deleted) {
        MessageBox::critical(this, tr("Delete projects", nullptr, int(ids.size())),
                             deleted.error());
        return;
    }
    updateActiveStack();
    statusBar()->showMessage(
        tr("%n project(s) moved to the trash. Ctrl+Z brings them back.", nullptr, int(ids.size())),
        10000);
}

void MainWindow::trashDialog()
{
    if (!m_workspace)
        return;
    TrashDialog dialog(m_workspace, this);
    dialog.exec();
    // What the history would undo may no longer be in the trash.
    if (dialog.changedTrash())
        m_workspaceStack->clear();
}

void MainWindow::offerBackup(const QString &message, const std::optional<Backups::Info> &backup)
{
    if (!backup) {
        MessageBox::critical(
            this, tr("Damaged workspace"),
            message + QStringLiteral("\n\n") +
                tr("There is no backup of it on this computer. Export what can still be read "
                   "(deposit file, dossiers) and keep the file as it is for someone who can "
                   "repair it."));
        return;
    }
    const QString when = QLocale().toString(backup->at.toLocalTime(), QLocale::ShortFormat);
    if (MessageBox::question(
            this, tr("Damaged workspace"),
            message + QStringLiteral("\n\n") +
                tr("Its latest backup was made on %1 (%n project(s)). Restore it into a new "
                   "file and open it?",
                   nullptr, backup->projects)
                    .arg(when),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    const QString name = QFileInfo(backup->workspacePath).completeBaseName() +
                         RestoreBackupDialog::tr(" (restored)");
    const QString target = FileDialog::getSaveFileName(
        this, RestoreBackupDialog::tr("Restore into a new file"),
        QDir(QFileInfo(backup->workspacePath).absolutePath()).filePath(name),
        RestoreBackupDialog::tr("Comptoir workspaces (*.comptoirdb)"), Workspace::fileSuffix());
    if (target.isEmpty())
        return;
    const Result<void> restored = Backups::restore(backup->path, target);
    if (!restored) {
        MessageBox::critical(this, tr("Restore a backup"), restored.error());
        return;
    }
    openWorkspace(target);
}

void MainWindow::writeFailed(const QString &message)
{
    statusBar()->showMessage(tr("Not saved: %1").arg(message), 15000);
    m_writeFailureText->setText(
        tr("Not saved: %1 What you typed stays on screen, waiting to be written: retry (once "
           "there is room on the disk, or the USB stick is back), or save a copy of the "
           "workspace elsewhere and go on there.")
            .arg(message.trimmed().endsWith(QLatin1Char('.'))
                     ? message.trimmed()
                     : message.trimmed() + QLatin1Char('.')));
    m_writeFailureBanner->show();
}

void MainWindow::retryWrites()
{
    flushEdits();
    if (!editing() || !m_editor->hasUnsavedAnswers()) {
        m_writeFailureBanner->hide();
        statusBar()->showMessage(tr("Everything is saved."), 5000);
    }
}

void MainWindow::saveCopyElsewhere()
{
    if (!m_workspace)
        return;
    const QString target = FileDialog::getSaveFileName(
        this, tr("Save a copy elsewhere"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_workspace->displayName() + QLatin1Char('.') + Workspace::fileSuffix()),
        RestoreBackupDialog::tr("Comptoir workspaces (*.comptoirdb)"), Workspace::fileSuffix());
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == m_workspace->filePath()) {
        MessageBox::warning(this, tr("Save a copy elsewhere"),
                            tr("Choose another place than the workspace itself."));
        return;
    }
    // What was committed, from the open connection (its file may be past writing); then the
    // copy is opened, and what was typed and not written is written there.
    const qint64 project = editing() ? m_editor->projectId() : 0;
    const QHash<QString, QJsonValue> pending =
        project > 0 ? m_editor->pendingAnswers() : QHash<QString, QJsonValue>();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Backups::Info> copied = m_controller->saveCopy(target);
    QGuiApplication::restoreOverrideCursor();
    if (!copied) {
        MessageBox::critical(this, tr("Save a copy elsewhere"), copied.error());
        return;
    }
    if (!openWorkspace(target))
        return;
    if (project > 0 && openProject(project) && !pending.isEmpty())
        m_editor->applyPending(pending);
    if (!editing() || !m_editor->hasUnsavedAnswers()) {
        m_writeFailureBanner->hide();
        statusBar()->showMessage(tr("The workspace goes on in “%1”; everything is saved there.")
                                     .arg(QDir::toNativeSeparators(target)),
                                 10000);
    }
}

void MainWindow::restoreBackupDialog()
{
    if (!m_workspace)
        return;
    flushEdits();
    RestoreBackupDialog dialog(m_workspace->origin(), defaultDirectory(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.choice() == RestoreBackupDialog::Choice::NewFile) {
        if (MessageBox::question(this, tr("Restore a backup"),
                                 tr("The backup was restored into “%1”. Open it now?")
                                     .arg(QDir::toNativeSeparators(dialog.targetPath())),
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes) == QMessageBox::Yes)
            openWorkspace(dialog.targetPath());
        return;
    }
    if (dialog.choice() != RestoreBackupDialog::Choice::Replace)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> replaced = m_controller->replaceWithBackup(dialog.backupPath());
    QGuiApplication::restoreOverrideCursor();
    if (!replaced) {
        MessageBox::critical(this, tr("Restore a backup"), replaced.error());
        return;
    }
    statusBar()->showMessage(tr("The backup is in place; the workspace as it was is among the "
                                "backups."),
                             10000);
}

void MainWindow::updateUndoActions()
{
    const bool editing = this->editing();
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    // While editing, Undo stays available: it first writes what was just typed.
    m_undoAction->setEnabled(editing || m_undoGroup->canUndo());
    m_redoAction->setEnabled(m_undoGroup->canRedo());
}

void MainWindow::updateRecentMenu()
{
    const QStringList recent = m_settings->recentWorkspaces();
    m_recentMenu->clear();
    int number = 1;
    for (const QString &path : recent) {
        const QFileInfo info(path);
        const QString text = number < 10
                                 ? QStringLiteral("&%1 %2").arg(number).arg(info.completeBaseName())
                                 : info.completeBaseName();
        QAction *action = m_recentMenu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(info.exists());
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
        ++number;
    }
    if (recent.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent workspace"));
        none->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(m_clearRecentAction);
    }
    if (m_welcomePage)
        m_welcomePage->setRecentWorkspaces(recent);
}

void MainWindow::updateTitle()
{
    const bool open = m_workspace != nullptr;
    // Read-only: browsed, searched and exported; nothing that writes.
    const bool writable = open && !m_workspace->isReadOnly();
    m_closeAction->setEnabled(open);
    m_loadMethodologyAction->setEnabled(writable);
    m_exportBundleAction->setEnabled(open);
    m_dossierPdfAction->setEnabled(open);
    m_dossierPreviewAction->setEnabled(open);
    m_pitchRehearsalAction->setEnabled(open);
    m_pitchSheetAction->setEnabled(open);
    m_exportPlatformAction->setEnabled(open);
    m_importBundleAction->setEnabled(writable);
    m_departmentKeyAction->setEnabled(open);
    m_workspaceInfoAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_newProjectAction->setEnabled(writable);
    m_editionRulesAction->setEnabled(writable);
    m_communesToCheckAction->setEnabled(open);
    m_trashAction->setEnabled(writable);
    m_restoreBackupAction->setEnabled(writable);
    m_deleteProjectsAction->setEnabled(writable && !liveWorkshopRunning());
    m_readOnlyBanner->setVisible(open && !writable);
    if (open && !writable)
        m_readOnlyBanner->setText(
            Workspace::isWritable(m_workspace->filePath())
                ? tr("Read-only: another Comptoir has this workspace open. You can browse, "
                     "search and export; edits are off.")
                : tr("Read-only: this workspace is on a write-protected medium. You can browse, "
                     "search and export; edits are off."));
    const bool editing = this->editing();
    m_backToListAction->setEnabled(editing);
    m_backToListAction->setText(liveWorkshopRunning() ? tr("Back to the &workshops")
                                                         : tr("Back to the &list"));
    for (QAction *action : {m_showProjectsAction, m_showWorkshopsAction, m_showHoldersAction,
                            m_showFollowUpAction, m_showDirectoryAction})
        action->setEnabled(open);
    m_presentationAction->setEnabled(editing);
    m_sidePanelAction->setEnabled(editing);
    // F9 folds the pane beside what is shown: the project's details beside the list, the help
    // beside the editor.
    m_detailsAction->setEnabled(open && !editing);
    m_zoomInAction->setEnabled(isPresentationMode());
    m_zoomOutAction->setEnabled(isPresentationMode());
    updateUndoActions();
    if (open) {
        // The demo is named in the interface's language (its file keeps one name).
        const QString name =
            QFileInfo(m_workspace->filePath()) == QFileInfo(demoWorkspacePath())
                ? tr("Demonstration")
                : m_workspace->displayName();
        setWindowTitle(editing ? tr("%1 — %2 — Comptoir").arg(m_editor->projectTitle(), name)
                               : tr("%1 — Comptoir").arg(name));
        // The file name only: a deep path would stop the window from shrinking on a small screen.
        m_workspaceLabel->setFullText(
            writable ? tr("Workspace: %1 · every change is saved as it is made")
                           .arg(QFileInfo(m_workspace->filePath()).fileName())
                     : tr("Workspace: %1 · read-only")
                           .arg(QFileInfo(m_workspace->filePath()).fileName()),
            QDir::toNativeSeparators(m_workspace->filePath()));
    } else {
        setWindowTitle(tr("Comptoir"));
        m_workspaceLabel->setFullText(m_openOncePainted ? tr("Opening the workspace…")
                                                        : tr("No workspace open"));
        const QList<QAction *> workshopActions =
            m_workshopsPage ? m_workshopsPage->workshopActions() : QList<QAction *>();
        for (QAction *action : workshopActions) {
            if (action)
                action->setEnabled(false);
        }
        showWelcomePage();
    }
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (code == m_settings->language())
        return;
    m_settings->setLanguage(code);
    MessageBox::information(this, tr("Language"),
                            tr("Comptoir will use this language the next time it starts."));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Comptoir"),
        tr("<h3>Comptoir %1</h3>"
           "<p>Offline companion of the “de l'idée au projet” workshops of the Budget Citoyen of "
           "the Pas-de-Calais: facilitators walk holders through the methodology, mission "
           "officers review the projects and export their dossiers.</p>"
           "<p>Every change is written to the workspace file as soon as it is made.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings->mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: laptops and projectors (1366×768, 1280×800…) get the whole screen.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(QSize(1280, 800).boundedTo(available.size() * 0.9));
        if (available.width() < 1600)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(m_settings->mainWindowState());
    m_projectsPage->restoreSplitterState(m_settings->projectsSplitterState());
    m_projectsPage->restoreHeaderState(m_settings->projectListHeaderState());
}

void MainWindow::saveWindowState()
{
    m_settings->setMainWindowGeometry(saveGeometry());
    m_settings->setMainWindowState(saveState());
    m_settings->setProjectsSplitterState(m_projectsPage->splitterState());
    m_settings->setProjectListHeaderState(m_projectsPage->headerState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    flushEdits();
    if (m_livePanel)
        m_livePanel->stop(); // writes the running timer
    setPresentationMode(false);
    saveWindowState();
    event->accept();
}
