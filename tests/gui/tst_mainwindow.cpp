#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/RestoreBackupDialog.h"
#include "dialogs/TrashDialog.h"
#include "editor/FieldEditor.h"
#include "editor/ProjectEditor.h"
#include "Language.h"
#include "MainWindow.h"
#include "rules/Money.h"
#include "projects/ProjectFilterModel.h"
#include "projects/ProjectListModel.h"
#include "projects/ProjectsPage.h"
#include "review/ReviewPage.h"
#include "workshops/HoldersPage.h"
#include "workshops/WorkshopsPage.h"
#include "settings/Settings.h"
#include "storage/Backups.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLock.h"
#include "widgets/ElidedLabel.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// Drives the real main window, offscreen, in French.
// Counts the events of one type any object receives (installed on the application).
class EventCounter final : public QObject
{
public:
    EventCounter(QEvent::Type type, int *count)
        : m_type(type)
        , m_count(count)
    {}
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == m_type)
            ++*m_count;
        return false;
    }

private:
    QEvent::Type m_type;
    int *m_count;
};

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template<typename T> static T *child(QWidget *window, const char *name)
    {
        T *widget = window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no %s", name);
        return widget;
    }

    static QAction *action(QWidget *window, const char *name)
    {
        return child<QAction>(window, name);
    }

    // A demo workspace of its own, closed (its journal in the file): its path, empty on failure.
    QString demoFile(const QString &name)
    {
        auto demo = TestSupport::createDemo(m_dir, name);
        return demo ? demo->filePath() : QString();
    }

    // Opens a workspace file and waits for its list.
    static bool openAndWait(MainWindow &window, const QString &path)
    {
        QSignalSpy loaded(window.projectsPage(), &ProjectsPage::projectsLoaded);
        if (!window.openWorkspace(path))
            return false;
        return loaded.count() > 0 || loaded.wait(10000);
    }

    // Opens the demo workspace and waits for its list.
    static bool openDemo(MainWindow &window)
    {
        QSignalSpy loaded(window.projectsPage(), &ProjectsPage::projectsLoaded);
        if (!window.openDemoWorkspace())
            return false;
        return loaded.count() > 0 || loaded.wait(10000);
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
    }

    void init()
    {
        Settings settings;
        settings.clearRecentWorkspaces();
        settings.setLastWorkspace(QString());
    }

    // A workspace written before Comptoir knew every commune: opening it says which names it
    // could not match, and Entrée opens the project at its commune field.
    void olderWorkspaceListsCommunesToCheck()
    {
        const QString path = m_dir.filePath(QStringLiteral("ancien.comptoirdb"));
        const QString stamp = QStringLiteral("2025-03-01T10:00:00.000Z");
        QCOMPARE(
            TestSupport::writeOlderWorkspace(
                path, 5,
                {QStringLiteral("INSERT INTO projects (id, uuid, title, commune, created_at,"
                                " updated_at, origin) VALUES"
                                " (1, 'p1', 'Ludothèque', 'Montreuil-sur-Mer', '%1', '%1', 'o'),"
                                " (2, 'p2', 'Friperie', 'Arras-sur-Mer', '%1', '%1', 'o')")
                     .arg(stamp)}),
            QString());
        MainWindow window;
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(path));
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("communesToCheckDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *table = child<QTableWidget>(dialog, "communesToCheckTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Friperie"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Arras-sur-Mer"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Arras"));
        QVERIFY2(
            child<QLabel>(dialog, "communesToCheckIntro")->text().contains(QStringLiteral("887")),
            qPrintable(child<QLabel>(dialog, "communesToCheckIntro")->text()));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(window.projectEditor()->isVisible());
        QCOMPARE(window.projectEditor()->projectTitle(), QStringLiteral("Friperie"));
        QWidget *input =
            window.projectEditor()->fieldEditor(QStringLiteral("public.communes"))->input();
        QTRY_VERIFY(input->hasFocus() || QApplication::focusWidget() == input);

        // Projet › Communes à vérifier shows it again; a current workspace opens without it.
        dialog->close();
        action(&window, "communesToCheckAction")->trigger();
        QTRY_VERIFY(dialog->isVisible());
        dialog->close();
        QVERIFY(openDemo(window));
        QVERIFY(!window.findChild<QDialog *>(QStringLiteral("communesToCheckDialog")) ||
                !window.findChild<QDialog *>(QStringLiteral("communesToCheckDialog"))->isVisible());
    }

    void startsOnTheWelcomePageInFrench()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(child<QWidget>(&window, "welcomePage")->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("Comptoir"));
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"),
                                     QStringLiteral("&Projet"), QStringLiteral("A&telier"),
                                     QStringLiteral("&Affichage"), QStringLiteral("Aid&e")}));
        QCOMPARE(action(&window, "openWorkspaceAction")->shortcut(),
                 QKeySequence(QKeySequence::Open));
        // Ctrl+N makes what a facilitator makes most: a project; a workspace is Ctrl+Maj+N.
        QCOMPARE(action(&window, "newProjectAction")->shortcut(), QKeySequence(QKeySequence::New));
        QVERIFY(!action(&window, "newProjectAction")->isEnabled()); // no workspace yet
        QCOMPARE(action(&window, "newWorkspaceAction")->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QVERIFY(!action(&window, "closeWorkspaceAction")->isEnabled());
    }

    void demoButtonOpensTheDemo()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(window.projectsPage(), &ProjectsPage::projectsLoaded);
        QTest::mouseClick(child<QPushButton>(&window, "demoWorkspaceButton"), Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.workspace());
        QCOMPARE(child<QTableView>(&window, "projectView")->model()->rowCount(), 14);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Démonstration")));
        QCOMPARE(child<QLabel>(&window, "projectCountLabel")->text(), QStringLiteral("14 projets"));
        auto *status = child<ElidedLabel>(&window, "workspaceLabel");
        QVERIFY2(status->fullText().contains(QStringLiteral("Démonstration.comptoirdb")),
                 qPrintable(status->fullText()));
        QVERIFY2(status->toolTip().endsWith(QDir::toNativeSeparators(window.workspace()->filePath())),
                 qPrintable(status->toolTip()));
        // The first project is selected and described.
        QVERIFY(!child<QLabel>(&window, "detailsTitleLabel")->text().isEmpty());
    }

    // The pages not seen as the window opens are built once it is painted, in their tabs' places
    // and with their titles; a tab chosen, a key pressed or a project opened before that builds
    // them at once, with the workspace open.
    void pagesNotSeenAreBuiltOnceTheWindowIsShown()
    {
        const QString path = demoFile(QStringLiteral("pages.comptoirdb"));
        QVERIFY(!path.isEmpty());
        {
            MainWindow window;
            QVERIFY(window.openWorkspace(path));
            QVERIFY(!window.pagesBuilt());
            QVERIFY(!window.findChild<QWidget *>(QStringLiteral("workshopsPage")));
            // Nor the project's details before a project is shown (the placeholder meanwhile).
            QVERIFY(!window.findChild<QLabel *>(QStringLiteral("detailsTitleLabel")));
            QVERIFY(child<QLabel>(&window, "detailsPlaceholderLabel")->isVisibleTo(&window));
            auto *tabs = child<QTabWidget>(&window, "homeTabs");
            QCOMPARE(tabs->count(), 7);
            QCOMPARE(tabs->tabText(2), QStringLiteral("Porteurs"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY(window.pagesBuilt());
            // A window that opens on a workspace never lays out the welcome page.
            QVERIFY(!window.findChild<QWidget *>(QStringLiteral("welcomePage")));
            QCOMPARE(tabs->count(), 7);
            QCOMPARE(tabs->currentWidget(), window.projectsPage());
            QCOMPARE(tabs->widget(1), window.workshopsPage());
            QCOMPARE(tabs->widget(5), window.reviewPage());
            QCOMPARE(tabs->tabText(1), QStringLiteral("Ateliers"));
            // The follow-up count the page reads once the list is filled reaches its tab.
            QTRY_VERIFY(tabs->tabText(3).startsWith(QStringLiteral("À relancer (")));
            // The list filled, its first project is described.
            QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("detailsTitleLabel")) &&
                        !child<QLabel>(&window, "detailsTitleLabel")->text().isEmpty());
            QVERIFY(child<QLabel>(&window, "detailsTitleLabel")->isVisible());
            // Ctrl+Shift+A: the workshops page, with the workspace's workshops.
            QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(tabs->currentWidget(), window.workshopsPage());
            QVERIFY(window.workshopsPage()->isVisible());
            QVERIFY(!child<QMenu>(&window, "workshopMenu")->actions().isEmpty());
        }
        {
            // A tab chosen before the first paint: its page is built in its place and shown.
            MainWindow window;
            QSignalSpy loaded(window.projectsPage(), &ProjectsPage::projectsLoaded);
            QVERIFY(window.openWorkspace(path));
            auto *tabs = child<QTabWidget>(&window, "homeTabs");
            QSignalSpy changed(tabs, &QTabWidget::currentChanged);
            QVERIFY(!window.pagesBuilt());
            tabs->setCurrentIndex(2);
            QVERIFY(window.pagesBuilt());
            QCOMPARE(tabs->currentIndex(), 2);
            QCOMPARE(tabs->currentWidget(), window.holdersPage());
            QCOMPARE(changed.count(), 1);
            // A project opened (never shown): the editor has the workspace.
            tabs->setCurrentIndex(0);
            QVERIFY(loaded.count() > 0 || loaded.wait(10000));
            const qint64 id = window.projectsPage()->currentProjectId();
            QVERIFY(id > 0);
            QVERIFY(window.openProject(id));
            QCOMPARE(window.projectEditor()->projectId(), id);
        }
        {
            // At start, the list is read once the window is painted, not beside its building.
            MainWindow window;
            window.holdListUntilPainted();
            QSignalSpy loaded(window.projectsPage(), &ProjectsPage::projectsLoaded);
            QVERIFY(window.openWorkspace(path));
            QVERIFY(window.projectsPage()->isLoading());
            QCOMPARE(child<QLabel>(&window, "projectCountLabel")->text(),
                     QStringLiteral("Chargement des projets…"));
            QVERIFY(!loaded.wait(300)); // held: not read
            QCOMPARE(window.projectsPage()->listModel()->rowCount(), 0);
            window.show();
            QVERIFY(loaded.wait(10000));
            QCOMPARE(window.projectsPage()->listModel()->rowCount(), 14);
            QVERIFY(window.pagesBuilt());
        }
        {
            // Closed before it was ever shown: nothing to build, nothing lost.
            MainWindow window;
            QVERIFY(window.openWorkspace(path));
            QVERIFY(window.close());
            QVERIFY(!window.pagesBuilt());
        }
    }

    // At start, the window is painted first, then the workspace it was given opened: it
    // appears at once on the projects' page saying they are loading (never the welcome page),
    // then the workspace opens and its list is read. A workspace that does not open: the
    // message, then the welcome page.
    void theWorkspaceOpensOnceTheWindowIsPainted()
    {
        const QString path = demoFile(QStringLiteral("painted.comptoirdb"));
        QVERIFY(!path.isEmpty());
        {
            MainWindow window;
            window.holdListUntilPainted();
            QSignalSpy loaded(window.projectsPage(), &ProjectsPage::projectsLoaded);
            int openedWhenPainted = -1; // how many paints the window had when the open ran
            int paints = 0;
            EventCounter counter(QEvent::Paint, &paints);
            qApp->installEventFilter(&counter);
            window.openOncePainted([&] {
                openedWhenPainted = paints;
                QVERIFY(window.openWorkspace(path));
            });
            QCoreApplication::processEvents();
            QCOMPARE(openedWhenPainted, -1); // not before the window is painted
            QVERIFY(!window.workspace());
            QCOMPARE(window.windowTitle(), QStringLiteral("Comptoir"));
            QCOMPARE(child<QLabel>(&window, "projectCountLabel")->text(),
                     QStringLiteral("Chargement des projets…"));
            QCOMPARE(child<QLabel>(&window, "detailsPlaceholderLabel")->text(),
                     QStringLiteral("Chargement des projets…"));
            QCOMPARE(child<ElidedLabel>(&window, "workspaceLabel")->fullText(),
                     QStringLiteral("Ouverture de l'espace de travail…"));
            window.show();
            QVERIFY(loaded.wait(10000));
            qApp->removeEventFilter(&counter);
            QVERIFY(openedWhenPainted > 0);
            QVERIFY(window.workspace());
            QCOMPARE(window.windowTitle(), QStringLiteral("painted.comptoirdb — Comptoir"));
            QCOMPARE(window.projectsPage()->listModel()->rowCount(), 14);
            QCOMPARE(child<QLabel>(&window, "projectCountLabel")->text(),
                     QStringLiteral("14 projets"));
            QVERIFY(!window.findChild<QWidget *>(QStringLiteral("welcomePage")));
            QVERIFY(window.pagesBuilt());
        }
        {
            MainWindow window;
            window.holdListUntilPainted();
            const QString missing = m_dir.filePath(QStringLiteral("gone.comptoirdb"));
            MessageBox::setNextAnswer(QMessageBox::Ok);
            bool ran = false;
            window.openOncePainted([&] { ran = !window.openWorkspace(missing); });
            window.show();
            QTRY_VERIFY(ran);
            QVERIFY2(MessageBox::lastText().contains(QStringLiteral("gone.comptoirdb")),
                     qPrintable(MessageBox::lastText()));
            QVERIFY(!window.workspace());
            QTRY_VERIFY(child<QWidget>(&window, "welcomePage")->isVisible());
            QCOMPARE(child<ElidedLabel>(&window, "workspaceLabel")->fullText(),
                     QStringLiteral("Aucun espace de travail ouvert"));
            QVERIFY(child<QLabel>(&window, "projectCountLabel")->text() !=
                    QStringLiteral("Chargement des projets…"));
        }
    }

    // The scenario: type into the filter and watch the list narrow.
    void typingNarrowsTheList()
    {
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window));
        auto *view = child<QTableView>(&window, "projectView");
        auto *filter = child<QLineEdit>(&window, "filterEdit");

        QTest::keySequence(&window, QKeySequence::Find); // Ctrl+F
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("epice"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(),
                 QStringLiteral("Épicerie solidaire itinérante du Ternois"));
        QCOMPARE(child<QLabel>(&window, "projectCountLabel")->text(),
                 QStringLiteral("1 sur 14 projets"));

        // Down goes to the list, which selects the match and shows it.
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().row(), 0);
        QTRY_COMPARE(child<QLabel>(&window, "detailsTitleLabel")->text(),
                     QStringLiteral("Épicerie solidaire itinérante du Ternois"));
        QCOMPARE(child<QLabel>(&window, "detailsStageLabel")->text(), QStringLiteral("Labellisé"));
        const QString total = Money::format(2570000);
        QVERIFY2(child<QLabel>(&window, "detailsBudgetLabel")->text().contains(total),
                 qPrintable(child<QLabel>(&window, "detailsBudgetLabel")->text()));

        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("zzz"));
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(child<QLabel>(&window, "detailsPlaceholderLabel")->text(),
                 QStringLiteral("Aucun projet ne correspond au filtre."));
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(view->model()->rowCount(), 14);
    }

    void stageFilterAndSorting()
    {
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window));
        auto *view = child<QTableView>(&window, "projectView");
        auto *stages = child<QComboBox>(&window, "stageCombo");
        QCOMPARE(stages->itemText(0), QStringLiteral("Tous les stades"));
        stages->setCurrentIndex(stages->findText(QStringLiteral("Idée")));
        QCOMPARE(view->model()->rowCount(), 3);
        stages->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), 14);

        // Click the "Projet" header: sorted by title.
        QHeaderView *header = view->horizontalHeader();
        QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Projet"));
        const QPoint title(header->sectionViewportPosition(0) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, title);
        QCOMPARE(view->model()->index(0, 0).data().toString(),
                 QStringLiteral("Atelier vélo participatif du Fort-Nieulay"));
    }

    void badFileIsRefusedAndChangesNothing()
    {
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window));
        const QString demoPath = window.workspace()->filePath();
        const QString bad = m_dir.filePath(QStringLiteral("faux.comptoirdb"));
        QVERIFY(QFile::copy(QStringLiteral(COMPTOIR_TEST_DATA_DIR "/not-a-workspace.txt"), bad));
        const QByteArray before = TestSupport::fileBytes(bad);

        FileDialog::setNextFileName(bad);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action(&window, "openWorkspaceAction")->trigger();
        QVERIFY2(MessageBox::lastText().contains(
                     QStringLiteral("n'est pas un espace de travail Comptoir")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(window.workspace()->filePath(), demoPath); // still on the demo
        QCOMPARE(child<QTableView>(&window, "projectView")->model()->rowCount(), 14);
        QCOMPARE(TestSupport::fileBytes(bad), before);
    }

    void newWorkspaceThenRecentThenClose()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = m_dir.filePath(QStringLiteral("Atelier de Liévin"));
        QSignalSpy loaded(window.projectsPage(), &ProjectsPage::projectsLoaded);
        FileDialog::setNextFileName(path);
        action(&window, "newWorkspaceAction")->trigger();
        QVERIFY(loaded.wait(10000));
        QVERIFY(QFile::exists(path + QStringLiteral(".comptoirdb"))); // suffix added
        QCOMPARE(window.windowTitle(), QStringLiteral("Atelier de Liévin — Comptoir"));
        QCOMPARE(child<QLabel>(&window, "projectCountLabel")->text(), QStringLiteral("0 projet"));

        auto *recent = child<QMenu>(&window, "recentMenu");
        QVERIFY(
            recent->actions().constFirst()->text().contains(QStringLiteral("Atelier de Liévin")));

        QTest::keySequence(&window, QKeySequence::Close); // Ctrl+W
        QVERIFY(!window.workspace());
        QVERIFY(child<QWidget>(&window, "welcomePage")->isVisible());
        // The welcome page lists the workspace just closed.
        auto *recentList = child<QListWidget>(&window, "recentWorkspacesList");
        QVERIFY(recentList->count() > 0);
        QVERIFY(recentList->item(0)->text().contains(QStringLiteral("Atelier de Liévin")));

        // Reopen from the recent menu.
        QSignalSpy reloaded(window.projectsPage(), &ProjectsPage::projectsLoaded);
        recent->actions().constFirst()->trigger();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(window.workspace()->displayName(), QStringLiteral("Atelier de Liévin"));
    }

    void windowStateAndLastWorkspaceAreRestored()
    {
        QString demoPath;
        QByteArray splitter;
        {
            MainWindow window;
            window.show();
            QVERIFY(openDemo(window));
            demoPath = window.workspace()->filePath();
            window.resize(900, 640);
            auto *split = child<QSplitter>(&window, "projectsSplitter");
            split->setSizes({600, 300});
            splitter = split->saveState();
            window.close();
        }
        MainWindow again;
        QSignalSpy loaded(again.projectsPage(), &ProjectsPage::projectsLoaded);
        again.openLastWorkspace();
        QVERIFY(loaded.count() || loaded.wait(10000));
        QCOMPARE(again.workspace()->filePath(), demoPath);
        QCOMPARE(again.size(), QSize(900, 640));
        QCOMPARE(child<QSplitter>(&again, "projectsSplitter")->saveState(), splitter);
    }

    void loadingAMethodologyFromAFile()
    {
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window));
        QAction *load = action(&window, "loadMethodologyAction");
        QVERIFY(load->isEnabled());
        const auto count = [&window] {
            QSqlQuery query(window.workspace()->database());
            return query.exec(QStringLiteral("SELECT count(*) FROM methodologies")) && query.next()
                       ? query.value(0).toInt()
                       : -1;
        };
        QFile builtIn(QStringLiteral(":/methodology/idee-au-projet-v1.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        const QByteArray good = builtIn.readAll();

        // A typo: refused with the line and the field at fault, in French; nothing changes.
        QByteArray typo = good;
        typo.replace("\"label\": \"Titre du projet\"", "\"lable\": \"Titre du projet\"");
        const QString typoPath = m_dir.filePath(QStringLiteral("fiche-erronee.json"));
        QFile typoFile(typoPath);
        QVERIFY(typoFile.open(QIODevice::WriteOnly));
        typoFile.write(typo);
        typoFile.close();
        FileDialog::setNextFileName(typoPath);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        load->trigger();
        const QString refusal =
            MessageBox::lastText().replace(QChar(0x00a0), QLatin1Char(' ')); // French spacing
        QVERIFY2(refusal.contains(QStringLiteral("section « idee », champ « titre »")),
                 qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("propriété « lable » inconnue")),
                 qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("ligne ")), qPrintable(refusal));
        QCOMPARE(count(), 0);

        // Not JSON at all.
        FileDialog::setNextFileName(QStringLiteral(COMPTOIR_TEST_DATA_DIR "/not-a-workspace.txt"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        load->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("ce n'est pas du JSON valide")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(count(), 0);

        // A good file is added once.
        const QString goodPath = m_dir.filePath(QStringLiteral("fiche.json"));
        QFile goodFile(goodPath);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(good);
        goodFile.close();
        FileDialog::setNextFileName(goodPath);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        load->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("a été ajoutée")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(count(), 1);
        FileDialog::setNextFileName(goodPath);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        load->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("contient déjà")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(count(), 1);
    }

    void listFollowsChangesToTheWorkspace()
    {
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window));
        QSqlQuery query(window.workspace()->database());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE projects SET title = 'Jardin partagé des Tilleuls et des Lilas'"
                           " WHERE title = 'Jardin partagé des Tilleuls'")));
        QSignalSpy loaded(window.projectsPage(), &ProjectsPage::projectsLoaded);
        emit window.workspace()->projectsChanged();
        QVERIFY(loaded.wait(10000));
        auto *filter = child<QLineEdit>(&window, "filterEdit");
        QTest::keyClicks(filter, QStringLiteral("lilas"));
        QCOMPARE(child<QTableView>(&window, "projectView")->model()->rowCount(), 1);
    }

    // Projet › Supprimer (Suppr in the list): the projects chosen, named in the confirmation, go
    // to the trash; Ctrl+Z brings them back; in the filter, Suppr is the field's. Fichier ›
    // Corbeille restores, or deletes for good.
    void deletingProjectsGoesToTheTrash()
    {
        const QString path = demoFile(QStringLiteral("trash"));
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(openAndWait(window, path));
        auto *view = child<QTableView>(&window, "projectView");
        auto *filter = child<QLineEdit>(&window, "filterEdit");
        QCOMPARE(view->model()->rowCount(), 14);

        // Suppr in the filter edits the filter.
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("ab"));
        QTest::keyClick(filter, Qt::Key_Home);
        QTest::keyClick(filter, Qt::Key_Delete);
        QCOMPARE(filter->text(), QStringLiteral("b"));
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(view->model()->rowCount(), 14);

        // Two projects chosen in the list, Suppr, the confirmation names them.
        view->setFocus();
        view->selectionModel()->select(view->model()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString first = view->model()->index(0, 0).data().toString();
        const QString second = view->model()->index(1, 0).data().toString();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy reloaded(window.projectsPage(), &ProjectsPage::projectsLoaded);
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY2(MessageBox::lastText().contains(first) && MessageBox::lastText().contains(second),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("corbeille")));
        QVERIFY(reloaded.count() > 0 || reloaded.wait(10000));
        QTRY_COMPARE(view->model()->rowCount(), 12);
        TestSupport::typeText(filter, first.left(12));
        QCOMPARE(view->model()->rowCount(), 0);
        QTest::keyClick(filter, Qt::Key_Escape);

        // Édition › Annuler says what it brings back; Ctrl+Z does.
        QAction *undo = action(&window, "undoAction");
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Annuler la suppression de 2 projets"));
        view->setFocus();
        QTest::keySequence(&window, QKeySequence::Undo);
        QTRY_COMPARE(view->model()->rowCount(), 14);

        // Deleted again, then restored from the trash.
        view->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(view->model()->rowCount(), 13);
        {
            TrashDialog dialog(window.workspace(), &window);
            dialog.show();
            auto *trash = child<QTableView>(&dialog, "trashView");
            QCOMPARE(trash->model()->rowCount(), 1);
            QCOMPARE(trash->model()->index(0, 0).data().toString(), QStringLiteral("Projet"));
            QCOMPARE(trash->model()->index(0, 3).data().toString(),
                     QStringLiteral("cet espace de travail"));
            trash->selectRow(0);
            QTest::mouseClick(child<QPushButton>(&dialog, "restoreButton"), Qt::LeftButton);
            QCOMPARE(trash->model()->rowCount(), 0);
            QVERIFY(dialog.changedTrash());
        }
        QTRY_COMPARE(view->model()->rowCount(), 14);

        // Deleted for good: gone, and the trash empty.
        window.activateWindow();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(view->model()->rowCount(), 13);
        {
            TrashDialog dialog(window.workspace(), &window);
            dialog.show();
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(child<QPushButton>(&dialog, "emptyTrashButton"), Qt::LeftButton);
            QVERIFY(MessageBox::lastText().contains(QStringLiteral("définitivement")));
            QCOMPARE(child<QTableView>(&dialog, "trashView")->model()->rowCount(), 0);
            QCOMPARE(child<QLabel>(&dialog, "trashSummary")->text(),
                     QStringLiteral("La corbeille est vide."));
        }
        QCOMPARE(
            TestSupport::readBack(path, QStringLiteral("SELECT count(*) FROM projects")).toInt(),
            13);
        QCOMPARE(TestSupport::readBack(path, QStringLiteral("SELECT count(*) FROM tombstones"
                                                            " WHERE kind = 'project'"))
                     .toInt(),
                 1);
    }

    // Fichier › Restaurer une sauvegarde… lists the workspace's backups and restores one into a
    // new file.
    void restoringABackupIntoANewFile()
    {
        auto demo = TestSupport::createDemo(m_dir, QStringLiteral("backups"));
        QVERIFY(demo);
        const QString origin = demo->origin();
        const QString path = demo->filePath();
        demo.reset();
        QVERIFY(Backups::writeToFolder(path, QStringLiteral("manual")));
        QVERIFY(Backups::writeToFolder(path, QStringLiteral("import")));
        RestoreBackupDialog dialog(origin, m_dir.path());
        dialog.show();
        auto *table = child<QTableWidget>(&dialog, "backupTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("avant un import"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("sur demande"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("14"));
        const QString target = m_dir.filePath(QStringLiteral("restored-from-window.comptoirdb"));
        FileDialog::setNextFileName(target);
        QTest::mouseClick(child<QPushButton>(&dialog, "restoreNewFileButton"), Qt::LeftButton);
        QCOMPARE(dialog.choice(), RestoreBackupDialog::Choice::NewFile);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(
            TestSupport::readBack(target, QStringLiteral("SELECT count(*) FROM projects")).toInt(),
            14);
    }

    // A workspace another Comptoir has open: the window says who, and opens it read-only on
    // request, with a banner; what writes is off, what reads and exports is on.
    void aWorkspaceOpenElsewhereOpensReadOnly()
    {
        const QString path = demoFile(QStringLiteral("elsewhere"));
        QVERIFY(!path.isEmpty());
        QProcess other;
        other.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(other.waitForStarted());
        {
            QFile lock(WorkspaceLock::lockPath(path));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write(QStringLiteral("{\"host\": \"%1\", \"user\": \"dominique\", \"pid\": %2,"
                                      " \"since\": \"2026-11-30T08:00:00.000Z\","
                                      " \"heartbeat\": \"2026-11-30T08:00:00.000Z\"}")
                           .arg(QSysInfo::machineHostName())
                           .arg(other.processId())
                           .toUtf8());
        }
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy loaded(window.projectsPage(), &ProjectsPage::projectsLoaded);
        QVERIFY(window.openWorkspace(path));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("dominique")) &&
                     MessageBox::lastText().contains(QStringLiteral("lecture seule")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(window.workspace()->isReadOnly());
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        auto *banner = child<QLabel>(&window, "readOnlyBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QStringLiteral("Lecture seule")));
        QVERIFY(!action(&window, "newProjectAction")->isEnabled());
        QVERIFY(!action(&window, "deleteProjectsAction")->isEnabled());
        QVERIFY(!action(&window, "importBundleAction")->isEnabled());
        QVERIFY(action(&window, "exportBundleAction")->isEnabled());
        QVERIFY(action(&window, "dossierPdfAction")->isEnabled());
        QCOMPARE(child<QTableView>(&window, "projectView")->model()->rowCount(), 14);
        // The review is read, not written: its status, grid, comments and links are off.
        action(&window, "showReviewAction")->trigger();
        QTRY_VERIFY(window.reviewPage()->isVisible());
        window.reviewPage()->showProject(window.projectsPage()->listModel()->row(0).id);
        for (const char *name : {"reviewStatus", "commentEdit", "addCommentButton",
                                 "linkDuplicateButton", "mergeButton", "unlinkButton"}) {
            QWidget *w = child<QWidget>(&window, name);
            QVERIFY2(w && !w->isEnabled(), name);
        }
        QVERIFY(child<QWidget>(&window, "similarList")->isEnabled()); // browsed
        window.closeWorkspace();
        other.kill();
        other.waitForFinished();
    }

    // A write that fails (a full disk, simulated) is said at once in a banner; what was typed
    // stays on screen; Retry tries again; Save a copy elsewhere goes on in a copy of the
    // workspace, where what was typed is written.
    void aWriteThatFailsIsSaidAndNothingIsLost()
    {
        const QString path = demoFile(QStringLiteral("full-disk"));
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(openAndWait(window, path));
        const qint64 id = window.projectsPage()->listModel()->row(0).id;
        QVERIFY(window.openProject(id));
        // The disk is full: every write of an answer fails.
        QSqlQuery query(window.workspace()->database());
        for (const char *when : {"INSERT", "UPDATE"})
            QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER full_%1 BEFORE %1 ON answers"
                                              " BEGIN SELECT RAISE(ABORT, 'database or disk is"
                                              " full'); END")
                                   .arg(QLatin1String(when))));
        FieldEditor *field = window.projectEditor()->fieldEditor(QStringLiteral("idee.titre"));
        auto *title = qobject_cast<QLineEdit *>(field->input());
        title->setText(QStringLiteral("Titre écrit pendant la panne"));
        emit field->committed();
        auto *banner = child<QFrame>(&window, "writeFailureBanner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(child<QLabel>(&window, "writeFailureText")
                     ->text()
                     .startsWith(QStringLiteral("Non enregistré")),
                 qPrintable(child<QLabel>(&window, "writeFailureText")->text()));
        QCOMPARE(title->text(), QStringLiteral("Titre écrit pendant la panne"));
        QTest::mouseClick(child<QPushButton>(&window, "retryWritesButton"), Qt::LeftButton);
        QVERIFY(banner->isVisible()); // still full

        const QString copy = m_dir.filePath(QStringLiteral("copie-ailleurs.comptoirdb"));
        FileDialog::setNextFileName(copy);
        QTest::mouseClick(child<QPushButton>(&window, "saveCopyElsewhereButton"), Qt::LeftButton);
        QTRY_COMPARE(window.workspace()->filePath(), copy);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(TestSupport::readBack(
                     copy, QStringLiteral("SELECT title FROM projects WHERE id = %1").arg(id))
                     .toString(),
                 QStringLiteral("Titre écrit pendant la panne"));
        window.closeWorkspace();
    }

    // In English, the methodology speaks English too (its sections, labels and the words of
    // its options), the demo is named in English, and answers keep the reference's options.
    void englishShowsTheMethodologyInEnglish()
    {
        QVERIFY(Language::install(*qApp, QStringLiteral("en")));
        const auto backToFrench =
            qScopeGuard([] { Language::install(*qApp, QStringLiteral("fr")); });
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(openDemo(window));
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Demonstration")),
                 qPrintable(window.windowTitle()));
        QSqlQuery query(window.workspace()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects WHERE title LIKE 'Atelier vélo%'")) &&
                query.next());
        const qint64 id = query.value(0).toLongLong();
        QVERIFY(window.openProject(id));
        ProjectEditor *editor = window.projectEditor();
        auto *sections = child<QListWidget>(editor, "sectionList");
        QVERIFY2(sections->item(0)->text().contains(QStringLiteral("The idea")),
                 qPrintable(sections->item(0)->text()));
        FieldEditor *theme = editor->fieldEditor(QStringLiteral("idee.theme"));
        auto *combo = qobject_cast<QComboBox *>(theme->input());
        QVERIFY(combo);
        const int youth = combo->findText(QStringLiteral("Youth"));
        QVERIFY(youth > 0);
        combo->setCurrentIndex(youth);
        emit combo->activated(youth);
        QTRY_COMPARE(TestSupport::readBack(
                         window.workspace()->filePath(),
                         QStringLiteral("SELECT value FROM answers WHERE field_key = 'idee.theme'"
                                        " AND project_id = %1")
                             .arg(id))
                         .toString(),
                     QStringLiteral("\"Jeunesse\""));
        window.closeWorkspace();
    }

    // The window fits a projector: whatever page is shown, it never asks for more than
    // 1024×700, and no home page widens it beyond what the project list needs (the dashboard's
    // summary and edition list did, to 1,061 px at 96 dpi) (issue 17).
    void theWindowFitsAProjector()
    {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(openDemo(window));
        // The window with every page (built once it is painted: until then the others hold
        // their places with empty widgets, and ask for nothing).
        QTRY_VERIFY(window.pagesBuilt());
        const auto needed = [&window] {
            QCoreApplication::processEvents();
            return window.minimumSizeHint().expandedTo(window.minimumSize());
        };
        const QSize list = needed();
        QVERIFY2(list.width() <= 1024 && list.height() <= 700,
                 qPrintable(QStringLiteral("%1x%2").arg(list.width()).arg(list.height())));
        for (const char *name : {"showWorkshopsAction", "showHoldersAction", "showReviewAction",
                                 "showDashboardAction", "showProjectsAction"}) {
            action(&window, name)->trigger();
            const QSize page = needed();
            if (page.width() > list.width()) {
                // Which widget asks for the room, to say so.
                for (QWidget *w : window.findChildren<QWidget *>()) {
                    const auto kids = w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
                    const bool widest =
                        std::none_of(kids.begin(), kids.end(), [&](const QWidget *k) {
                            return k->isVisible() &&
                                   k->minimumSizeHint().width() > list.width() - 40;
                        });
                    if (w->isVisible() && w->minimumSizeHint().width() > list.width() - 40 &&
                        widest)
                        qWarning("%s %s asks for %d px", w->metaObject()->className(),
                                 qPrintable(w->objectName()), w->minimumSizeHint().width());
                }
                auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("homeTabs"));
                for (int i = 0; i < tabs->count(); ++i)
                    qWarning("page %s asks for %d px", qPrintable(tabs->widget(i)->objectName()),
                             tabs->widget(i)->minimumSizeHint().width());
            }
            QVERIFY2(page.width() <= list.width() && page.height() <= 700,
                     qPrintable(QStringLiteral("%1: %2x%3 (the list: %4 wide)")
                                    .arg(QLatin1String(name))
                                    .arg(page.width())
                                    .arg(page.height())
                                    .arg(list.width())));
        }
        QVERIFY(window.openProject(window.projectsPage()->listModel()->row(0).id));
        const QSize editor = needed();
        QVERIFY2(editor.width() <= 1024 && editor.height() <= 700,
                 qPrintable(QStringLiteral("%1x%2").arg(editor.width()).arg(editor.height())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
