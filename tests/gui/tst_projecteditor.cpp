#include "dialogs/MessageBox.h"
#include "editions/EditionDialog.h"
#include "editor/BudgetEditor.h"
#include "editor/FieldEditor.h"
#include "editor/ProjectEditor.h"
#include "editor/StageOverrideDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "methodology/Methodology.h"
#include "projects/ProjectsPage.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoGroup>
#include <QUndoStack>

// The project editor in the real main window, driven with the keyboard and the mouse; what it
// writes is read back from the workspace file through a connection of the test's own.
class TestProjectEditor final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> windowOnDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".comptoirdb"));
        auto window = std::make_unique<MainWindow>();
        {
            auto demo = TestSupport::createDemo(m_dir, name);
            if (!demo)
                return nullptr;
        }
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->openWorkspace(path))
            return nullptr;
        return window;
    }

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }

    template<typename T> static T *child(QWidget &parent, const QString &name)
    {
        return parent.findChild<T *>(name);
    }

    static QString answerSql(const QString &key)
    {
        return QStringLiteral("SELECT value FROM answers WHERE field_key = '%1'"
                              " AND project_id = (SELECT max(id) FROM projects)")
            .arg(key);
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(m_dir.isValid());
        // As a facilitator sees it: in French (the screenshots too).
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
    }

    void everyFieldHasItsEditor()
    {
        auto window = windowOnDemo(QStringLiteral("fields"));
        QVERIFY(window);
        action(*window, "newProjectAction")->trigger();
        ProjectEditor *editor = window->projectEditor();
        QVERIFY(editor->isVisible());
        const Methodology &m = editor->methodology();
        QCOMPARE(editor->sectionCount(), 11 + 2); // the sections, the follow-up, the attachments
        QSet<Methodology::FieldType> types;
        for (const Methodology::Section &section : m.sections) {
            for (const Methodology::Field &field : section.fields) {
                FieldEditor *fe = editor->fieldEditor(field.qualifiedKey);
                QVERIFY2(fe, qPrintable(field.qualifiedKey));
                QVERIFY2(fe->input(), qPrintable(field.qualifiedKey));
                QCOMPARE(fe->objectName(), field.qualifiedKey + QStringLiteral("Field"));
                types.insert(field.type);
            }
        }
        QCOMPARE(types.size(), 13); // the shipped definition uses every type

        // The navigator walks the sections, with the keyboard too.
        QCOMPARE(editor->currentSection(), 0);
        QTest::keyClick(editor, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(editor->currentSection(), 1);
        QTest::mouseClick(child<QPushButton>(*editor, QStringLiteral("nextButton")),
                          Qt::LeftButton);
        QCOMPARE(editor->currentSection(), 2);
        QTest::keyClick(editor, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(editor->currentSection(), 1);
        QVERIFY(child<QLabel>(*editor, QStringLiteral("sectionPositionLabel"))
                    ->text()
                    .contains(QStringLiteral("2")));
        // The focused field's help is shown.
        QVERIFY(child<QTextBrowser>(*editor, QStringLiteral("helpPanel"))
                    ->toPlainText()
                    .contains(m.sections.at(1).fields.first().label));
    }

    // A write that fails is never shown as saved: the field says so and keeps the value, no
    // undo step is recorded, and the window's status bar says it too.
    void aFailedWriteIsNotRecordedAsDone()
    {
        auto window = windowOnDemo(QStringLiteral("failed"));
        QVERIFY(window);
        const QString path = window->workspace()->filePath();
        QVERIFY(window->newProject());
        ProjectEditor *editor = window->projectEditor();
        QTRY_VERIFY(editor->isVisible());
        const qint64 id = editor->projectId();
        QUndoStack *stack = editor->undoStack(id);
        QVERIFY(stack);
        const int steps = stack->count();
        // Meanwhile the project goes away (another window, another program).
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("elsewhere"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DELETE FROM projects WHERE id = %1").arg(id)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("elsewhere"));

        FieldEditor *field = editor->fieldEditor(QStringLiteral("idee.titre"));
        auto *title = qobject_cast<QLineEdit *>(field->input());
        title->setFocus();
        TestSupport::typeText(title, QStringLiteral("Un titre perdu ?"));
        QTest::keyClick(title, Qt::Key_Tab);
        QTRY_VERIFY(field->message().startsWith(QStringLiteral("Non enregistré")));
        QVERIFY2(field->message().contains(QStringLiteral("n'existe plus")),
                 qPrintable(field->message()));
        QCOMPARE(stack->count(), steps);
        QCOMPARE(title->text(), QStringLiteral("Un titre perdu ?"));
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Non enregistré")),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    void fillingASectionWithTheKeyboard()
    {
        auto window = windowOnDemo(QStringLiteral("keyboard"));
        QVERIFY(window);
        const QString path = window->workspace()->filePath();
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier); // new project
        ProjectEditor *editor = window->projectEditor();
        QTRY_VERIFY(editor->isVisible());
        QWidget *title = editor->fieldEditor(QStringLiteral("idee.titre"))->input();
        QTRY_COMPARE(QApplication::focusWidget(), title);

        TestSupport::typeText(QApplication::focusWidget(), QStringLiteral("Repair café à Outreau"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        TestSupport::typeText(QApplication::focusWidget(),
                              QStringLiteral("Réparer ensemble plutôt que jeter."));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        TestSupport::typeText(QApplication::focusWidget(),
                              QStringLiteral("Un grille-pain en panne."));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *theme = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(theme);
        QTest::keyClick(theme, Qt::Key_Down); // the first theme
        QTest::keyClick(theme, Qt::Key_Tab);

        QCOMPARE(TestSupport::readBack(path, answerSql(QStringLiteral("idee.titre"))).toString(),
                 QStringLiteral("\"Repair café à Outreau\""));
        QCOMPARE(TestSupport::readBack(path, answerSql(QStringLiteral("idee.resume"))).toString(),
                 QStringLiteral("\"Réparer ensemble plutôt que jeter.\""));
        QCOMPARE(
            TestSupport::readBack(path, answerSql(QStringLiteral("idee.declencheur"))).toString(),
            QStringLiteral("\"Un grille-pain en panne.\""));
        const Methodology::Field *themeField =
            editor->methodology().field(QStringLiteral("idee.theme"));
        QCOMPARE(TestSupport::readBack(path, answerSql(QStringLiteral("idee.theme"))).toString(),
                 QStringLiteral("\"%1\"").arg(themeField->options.first()));
        // The project row follows: the list shows the title.
        QCOMPARE(TestSupport::readBack(
                     path, QStringLiteral("SELECT title FROM projects ORDER BY id DESC")),
                 QVariant(QStringLiteral("Repair café à Outreau")));
        // The navigator counts the required fields answered.
        auto *sections = child<QListWidget>(*editor, QStringLiteral("sectionList"));
        QTRY_VERIFY2(sections->item(0)->text().contains(QStringLiteral("3/3")),
                     qPrintable(sections->item(0)->text()));
        QVERIFY(sections->item(1)->text().contains(QStringLiteral("0/")));

        // Back to the list: the new project is there, selected, with its title.
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        QTRY_VERIFY(window->projectsPage()->isVisible());
        const QModelIndex current = window->projectsPage()->view()->currentIndex();
        QCOMPARE(current.data().toString(), QStringLiteral("Repair café à Outreau"));
    }

    void typingIsSavedWithinASecond()
    {
        auto window = windowOnDemo(QStringLiteral("autosave"));
        QVERIFY(window);
        const QString path = window->workspace()->filePath();
        QVERIFY(window->newProject());
        ProjectEditor *editor = window->projectEditor();
        QWidget *resume = editor->fieldEditor(QStringLiteral("idee.resume"))->input();
        resume->setFocus();
        TestSupport::typeText(resume, QStringLiteral("Une épicerie qui roule"));
        // Not left, not committed: written by the autosave, without any other action.
        QVERIFY(TestSupport::readBack(path, answerSql(QStringLiteral("idee.resume"))).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(
            TestSupport::readBack(path, answerSql(QStringLiteral("idee.resume"))),
            QVariant(QStringLiteral("\"Une épicerie qui roule\"")), 1500);

        // Closed and reopened, the workspace shows the answer in the editor.
        const qint64 id = editor->projectId();
        window->closeWorkspace();
        QVERIFY(window->openWorkspace(path));
        QVERIFY(window->openProject(id));
        auto *box = qobject_cast<QPlainTextEdit *>(
            window->projectEditor()->fieldEditor(QStringLiteral("idee.resume"))->input());
        QCOMPARE(box->toPlainText(), QStringLiteral("Une épicerie qui roule"));
    }

    void undoAndRedoAcrossReopening()
    {
        auto window = windowOnDemo(QStringLiteral("undo"));
        QVERIFY(window);
        const QString path = window->workspace()->filePath();
        QVERIFY(window->newProject());
        ProjectEditor *editor = window->projectEditor();
        auto *title =
            qobject_cast<QLineEdit *>(editor->fieldEditor(QStringLiteral("idee.titre"))->input());
        title->setFocus();
        TestSupport::typeText(title, QStringLiteral("Ciné-débat"));
        QTest::keyClick(title, Qt::Key_Tab);
        QAction *undo = action(*window, "undoAction");
        QVERIFY2(undo->text().contains(QStringLiteral("Titre du projet")),
                 qPrintable(undo->text()));

        // Ctrl+Z in another field undoes the project's last edit, not that field's typing.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(title->text(), QString());
        QVERIFY(TestSupport::readBack(path, answerSql(QStringLiteral("idee.titre"))).isNull());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(title->text(), QStringLiteral("Ciné-débat"));
        QCOMPARE(TestSupport::readBack(path, answerSql(QStringLiteral("idee.titre"))).toString(),
                 QStringLiteral("\"Ciné-débat\""));

        // Typing then Ctrl+Z at once: the typing is written, then undone.
        title->setFocus();
        title->selectAll();
        TestSupport::typeText(title, QStringLiteral("Ciné-club"));
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(title->text(), QStringLiteral("Ciné-débat"));

        // The history survives going back to the list and reopening the project.
        const qint64 id = editor->projectId();
        window->showProjectList();
        QVERIFY(!undo->isEnabled());
        QVERIFY(window->openProject(id));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(
            qobject_cast<QLineEdit *>(editor->fieldEditor(QStringLiteral("idee.titre"))->input())
                ->text(),
            QString());
    }

    void budgetBalanceAndEligibilityLive()
    {
        auto window = windowOnDemo(QStringLiteral("budget"));
        QVERIFY(window);
        const QString path = window->workspace()->filePath();
        QVERIFY(window->newProject());
        ProjectEditor *editor = window->projectEditor();
        auto *budget = qobject_cast<BudgetEditor *>(
            editor->fieldEditor(QStringLiteral("budget.previsionnel")));
        QVERIFY(budget);
        editor->showSection(6);
        auto *expenses = child<QTableWidget>(*budget, QStringLiteral("expenseTable"));
        QTest::mouseClick(child<QPushButton>(*budget, QStringLiteral("addExpenseButton")),
                          Qt::LeftButton);
        // The category cell is being edited: type, then move to the amount.
        TestSupport::typeText(QApplication::focusWidget(), QStringLiteral("Outils"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        expenses->setFocus();
        expenses->setCurrentCell(0, 2);
        QTest::keyClick(expenses, Qt::Key_F2);
        TestSupport::typeText(QApplication::focusWidget(), QStringLiteral("1 200"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // The item view commits a cell's editor on its next turn of the event loop.
        QTRY_COMPARE(
            TestSupport::readBack(path, QStringLiteral("SELECT category || '|' || amount_cents"
                                                       " FROM budget_lines WHERE project_id ="
                                                       " (SELECT max(id) FROM projects)"))
                .toString(),
            QStringLiteral("Outils|120000"));
        auto *balance = child<QLabel>(*budget, QStringLiteral("budgetBalanceLabel"));
        QVERIFY2(balance->text().contains(QStringLiteral("1")), qPrintable(balance->text()));
        QVERIFY(!balance->text().contains(QStringLiteral("✔")));

        // The checklist follows the answers.
        auto *checks = child<QTextBrowser>(*editor, QStringLiteral("eligibilityView"));
        const auto territory = [checks] {
            for (const QString &line : checks->toPlainText().split(QLatin1Char('\n'))) {
                if (line.contains(QStringLiteral("Outreau")))
                    return line;
            }
            return checks->toPlainText();
        };
        editor->showSection(2);
        auto *commune = qobject_cast<QLineEdit *>(
            editor->fieldEditor(QStringLiteral("public.communes"))->input());
        commune->setFocus();
        TestSupport::typeText(commune, QStringLiteral("Outreau"));
        QTest::keyClick(commune, Qt::Key_Return);
        QTRY_VERIFY2(territory().contains(QStringLiteral("Outreau")), qPrintable(territory()));
        // Stored with its INSEE code.
        QCOMPARE(
            TestSupport::readBack(path, answerSql(QStringLiteral("public.communes"))).toString(),
            QStringLiteral("[{\"code\":\"62643\",\"name\":\"Outreau\"}]"));
    }

    // A commune field completes on any word of a name, accents ignored, and on a postal code;
    // a former name brings the commune it belongs to, and says so.
    void communesCompleteOnNamesAndPostalCodes()
    {
        auto window = windowOnDemo(QStringLiteral("communes"));
        QVERIFY(window);
        const QString path = window->workspace()->filePath();
        QVERIFY(window->newProject());
        ProjectEditor *editor = window->projectEditor();
        editor->showSection(2);
        FieldEditor *field = editor->fieldEditor(QStringLiteral("public.communes"));
        auto *commune = qobject_cast<QLineEdit *>(field->input());
        QVERIFY(commune && commune->completer());
        commune->setFocus();
        QCompleter *completer = commune->completer();
        const auto offered = [completer] {
            QStringList rows;
            for (int i = 0; i < completer->completionCount(); ++i) {
                completer->setCurrentRow(i);
                rows << completer->currentCompletion();
            }
            return rows;
        };

        TestSupport::typeText(commune, QStringLiteral("62170"));
        QTRY_VERIFY(completer->completionCount() > 1);
        QVERIFY2(offered().contains(QStringLiteral("Montreuil-sur-Mer")),
                 qPrintable(offered().join(QLatin1Char(','))));
        QVERIFY(offered().contains(QStringLiteral("Neuville-sous-Montreuil")));
        commune->clear();
        TestSupport::typeText(commune, QStringLiteral("auxi le chateau"));
        QTRY_COMPARE(offered(), QStringList{QStringLiteral("Auxi-le-Château")});
        QTest::keyClick(commune, Qt::Key_Return);
        commune->clear();
        TestSupport::typeText(commune, QStringLiteral("hesdin"));
        QTest::keyClick(commune, Qt::Key_Return);
        QTRY_COMPARE(
            TestSupport::readBack(path, answerSql(QStringLiteral("public.communes"))).toString(),
            QStringLiteral("[{\"code\":\"62060\",\"name\":\"Auxi-le-Château\"},"
                           "{\"code\":\"62447\",\"name\":\"Hesdin-la-Forêt\"}]"));
        auto *message = field->findChild<QLabel *>(QStringLiteral("public.communesMessage"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(QStringLiteral("Hesdin-la-Forêt")),
                 qPrintable(message->text()));

        // A place outside the department stays as written, flagged.
        commune->clear();
        TestSupport::typeText(commune, QStringLiteral("Lille"));
        QTest::keyClick(commune, Qt::Key_Return);
        QTRY_VERIFY(TestSupport::readBack(path, answerSql(QStringLiteral("public.communes")))
                        .toString()
                        .endsWith(QStringLiteral(",\"Lille\"]")));
        QVERIFY2(message->text().contains(QStringLiteral("Lille")), qPrintable(message->text()));
    }

    // The help and the checklist fold away when the form would be too narrow beside them (a
    // laptop in the live workshop, a projector), and F9 brings them back or folds them.
    void sidePanelFoldsWhenTheRoomIsShort()
    {
        auto window = windowOnDemo(QStringLiteral("side"));
        QVERIFY(window);
        window->resize(1366, 768);
        QVERIFY(window->newProject());
        ProjectEditor *editor = window->projectEditor();
        auto *help = child<QWidget>(*editor, QStringLiteral("helpPanel"));
        QTRY_VERIFY2(help->isVisible(), qPrintable(QString::number(editor->width())));
        window->resize(1024, 768);
        QTRY_VERIFY(!help->isVisible());
        QVERIFY(!editor->isSidePanelShown());
        QTest::keyClick(window.get(), Qt::Key_F9);
        QTRY_VERIFY(help->isVisible());
        QCOMPARE(editor->sidePanelChoice(), std::optional<bool>(true));
        QTest::keyClick(window.get(), Qt::Key_F9);
        QTRY_VERIFY(!help->isVisible());
        window->resize(1366, 768);
        QTest::qWait(0);
        QVERIFY(!help->isVisible()); // the user's choice holds
    }

    // Tab walks each section's inputs in reading order, and each says what it is to a screen
    // reader: its label (a buddy) or a name of its own. A nameless input fails.
    void focusChainIsNamedAndInReadingOrder()
    {
        auto window = windowOnDemo(QStringLiteral("focus"));
        QVERIFY(window);
        window->resize(1366, 768);
        QSqlQuery query(window->workspace()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects WHERE title LIKE 'Épicerie%'")) &&
                query.next());
        QVERIFY(window->openProject(query.value(0).toLongLong()));
        ProjectEditor *editor = window->projectEditor();
        QStringList problems;
        int inputs = 0;
        for (int i = 0; i < editor->sectionCount(); ++i) {
            editor->showSection(i);
            auto *page = qobject_cast<QScrollArea *>(
                child<QStackedWidget>(*editor, QStringLiteral("sectionPages"))->currentWidget());
            QVERIFY(page);
            QWidget *first = page->widget()->nextInFocusChain();
            while (first && !(first->focusPolicy() & Qt::TabFocus && first->isVisible() &&
                              page->widget()->isAncestorOf(first)))
                first = first->nextInFocusChain();
            QVERIFY(first);
            first->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(first->hasFocus());
            QPoint previous(-1, -1);
            QSet<QWidget *> seen;
            for (QWidget *w = QApplication::focusWidget();
                 w && page->widget()->isAncestorOf(w) && !seen.contains(w);
                 w = QApplication::focusWidget()) {
                seen.insert(w);
                ++inputs;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                const QString name = a ? a->text(QAccessible::Name) : QString();
                if (name.trimmed().isEmpty())
                    problems << QStringLiteral("section %1: %2 %3 has no accessible name")
                                    .arg(i + 1)
                                    .arg(QLatin1String(w->metaObject()->className()),
                                         w->objectName());
                // Reading order: down the page, and left to right along a line.
                const QPoint at = w->mapTo(page->widget(), QPoint(0, 0));
                if (at.y() < previous.y() - 4 ||
                    (qAbs(at.y() - previous.y()) <= 4 && at.x() < previous.x()))
                    problems << QStringLiteral("section %1: %2 comes before what is above or "
                                               "left of it")
                                    .arg(i + 1)
                                    .arg(w->objectName());
                previous = at;
                QTest::keyClick(w, Qt::Key_Tab);
            }
        }
        QVERIFY(inputs > 40);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void readyNeedsTheChecksOrAReason()
    {
        auto window = windowOnDemo(QStringLiteral("stage"));
        QVERIFY(window);
        window->resize(1366, 768); // room for the checklist beside the form
        const QString path = window->workspace()->filePath();
        QVERIFY(window->newProject());
        ProjectEditor *editor = window->projectEditor();
        auto *stage = child<QComboBox>(*editor, QStringLiteral("projectStageCombo"));
        const int ready = stage->findData(int(Stage::Ready));
        stage->setCurrentIndex(ready);
        emit stage->activated(ready);
        StageOverrideDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<StageOverrideDialog *>()) != nullptr);
        auto *ok = child<QPushButton>(*dialog, QStringLiteral("overrideOkButton"));
        QVERIFY(!ok->isEnabled()); // no reason, no override
        QCOMPARE(stage->currentData().toInt(), int(Stage::Idea));
        TestSupport::typeText(child<QPlainTextEdit>(*dialog, QStringLiteral("overrideReasonEdit")),
                              QStringLiteral("Budget voté en conseil le 12 mars"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(TestSupport::readBack(
                         path, QStringLiteral("SELECT stage || '|' || stage_override_reason"
                                              " FROM projects ORDER BY id DESC"))
                         .toString(),
                     QStringLiteral("ready|Budget voté en conseil le 12 mars"));
        QTRY_COMPARE(stage->currentData().toInt(), int(Stage::Ready));
        QVERIFY(child<QLabel>(*editor, QStringLiteral("overrideReasonLabel"))->isVisible());

        // Deposited then back to idea is refused with the reason, and nothing changes.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const int labelled = stage->findData(int(Stage::Labelled));
        stage->setCurrentIndex(labelled);
        emit stage->activated(labelled);
        QVERIFY(!MessageBox::lastText().isEmpty());
        QCOMPARE(stage->currentData().toInt(), int(Stage::Ready));
    }

    void editionRulesAreEditedInADialog()
    {
        auto window = windowOnDemo(QStringLiteral("edition"));
        QVERIFY(window);
        const QString path = window->workspace()->filePath();
        // The current edition's (the demo's year moves with the day it is made).
        const QString current = QStringLiteral(" FROM editions ORDER BY year DESC LIMIT 1");
        const QString before =
            TestSupport::readBack(path, QStringLiteral("SELECT name") + current).toString();
        QVERIFY(before.startsWith(QStringLiteral("Budget Citoyen ")));
        action(*window, "editionRulesAction")->trigger();
        EditionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<EditionDialog *>()) != nullptr);
        auto *table = child<QTableWidget>(*dialog, QStringLiteral("categoryTable"));
        QCOMPARE(table->rowCount(), 3);
        // A bad value is named in the dialog, which stays open, and nothing is written.
        auto *name = child<QLineEdit>(*dialog, QStringLiteral("editionNameEdit"));
        name->clear();
        QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("saveEditionButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(*dialog, QStringLiteral("editionProblemLabel"))->isVisible());
        QCOMPARE(TestSupport::readBack(path, QStringLiteral("SELECT name") + current).toString(),
                 before);

        TestSupport::typeText(name, before + QStringLiteral(" (révisé)"));
        table->item(2, 2)->setText(QStringLiteral("5 000"));
        child<QCheckBox>(*dialog, QStringLiteral("deposit_periodCheckBox"))->setChecked(false);
        QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("saveEditionButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<EditionDialog *>());
        QCOMPARE(TestSupport::readBack(
                     path, QStringLiteral("SELECT name || '|' || eligibility_checks") + current)
                     .toString(),
                 before + QStringLiteral(" (révisé)|ess_structure,attended_comptoir,"
                                         "in_pas_de_calais,required_complete,budget_balanced,"
                                         "within_ceiling"));
        QCOMPARE(TestSupport::readBack(
                     path, QStringLiteral("SELECT max(ceiling_cents) FROM categories WHERE "
                                          "code = 'valeurs_ess'"))
                     .toLongLong(),
                 500000);
    }

    // Every section rendered; with COMPTOIR_SCREENSHOTS=dir, saved as PNG to look at.
    void everySectionRenders()
    {
        auto window = windowOnDemo(QStringLiteral("shots"));
        QVERIFY(window);
        window->resize(1366, 768);
        QTableView *view = window->projectsPage()->view();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QVERIFY(
            window->openProject(view->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong()));
        ProjectEditor *editor = window->projectEditor();
        const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOTS");
        for (int i = 0; i < editor->sectionCount(); ++i) {
            editor->showSection(i);
            QCoreApplication::processEvents();
            const QImage image = window->grab().toImage();
            QVERIFY(!image.isNull());
            if (!dir.isEmpty())
                image.save(QDir(dir).filePath(
                    QStringLiteral("section-%1.png").arg(i + 1, 2, 10, QLatin1Char('0'))));
        }
    }
};

QTEST_MAIN(TestProjectEditor)
#include "tst_projecteditor.moc"
