#include "Language.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "editor/ProjectEditor.h"
#include "organisations/DirectoryPage.h"
#include "organisations/SuggestionsPanel.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>


// The directory of structures and partners, driven as a mission officer would: found as typed,
// opened with Enter, a SIRET typed wrong then right, the ESS status and its evidence recorded; a
// second record of the same number merged; a project's structure taken away and back (Annuler).
class TestDirectory final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    template<typename T> static T *child(QWidget *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }
    QVariant readBack(MainWindow &window, const QString &sql)
    {
        return TestSupport::readBack(window.workspace()->filePath(), sql);
    }
    static void clickOk(QDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
    }

    void anOfficerRecordsAStructureAndMergesItsTwin()
    {
        const QString path = m_dir.filePath(QStringLiteral("directory.comptoirdb"));
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("directory")));
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(path));

        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
        DirectoryPage *page = window.directoryPage();
        QTRY_VERIFY(page->isVisible());
        auto *filter = child<QLineEdit>(page, QStringLiteral("organisationFilter"));
        QTRY_VERIFY(filter->hasFocus());
        const int all = page->view()->model()->rowCount();
        QVERIFY(all >= 10);
        QVERIFY(child<QLabel>(page, QStringLiteral("organisationCountLabel"))
                    ->text()
                    .contains(QStringLiteral("structures")));
        QTest::keyClicks(filter, QStringLiteral("ludo canche"));
        QCOMPARE(page->view()->model()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(page->view()->hasFocus());

        // Enter opens it: a SIRET with a wrong check digit is said as typed, then corrected.
        bool edited = false;
        TestSupport::whenModal(
            [](QDialog *dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("organisationDialog"));
                auto *siret = child<QLineEdit>(dialog, QStringLiteral("organisationSiret"));
                auto *problem = child<QLabel>(dialog, QStringLiteral("organisationNumberProblem"));
                QTest::keyClicks(siret, QStringLiteral("784 671 695 00088"));
                QVERIFY(problem->isVisible());
                QVERIFY2(problem->text().contains(QStringLiteral("SIRET")),
                         qPrintable(problem->text()));
                QTest::keyClick(siret, Qt::Key_Backspace);
                QTest::keyClicks(siret, QStringLiteral("7"));
                QVERIFY(!problem->isVisible());
                auto *status = child<QComboBox>(dialog, QStringLiteral("organisationEssStatus"));
                status->setFocus();
                QTest::keyClick(status, Qt::Key_Down); // « De l'ESS par sa forme juridique »
                QCOMPARE(status->currentIndex(), 1);
                QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("organisationEssEvidence")),
                                 QStringLiteral("Statuts, article 2"));
                clickOk(dialog);
            },
            &edited);
        QTest::keyClick(page->view(), Qt::Key_Return);
        QTRY_VERIFY(edited);
        QCOMPARE(readBack(window, QStringLiteral("SELECT siret || '|' || ess_status || '|' ||"
                                                 " ess_evidence FROM organisations WHERE name ="
                                                 " 'Ludo''Canche'"))
                     .toString(),
                 QStringLiteral("78467169500087|by_law|Statuts, article 2"));
        const qint64 kept = readBack(window, QStringLiteral("SELECT id FROM organisations WHERE"
                                                            " siret = '78467169500087'"))
                                .toLongLong();

        // A second record of the same number: said, then merged into the first on OK.
        bool created = false;
        TestSupport::whenModal(
            [](QDialog *dialog) {
                QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("organisationName")),
                                 QStringLiteral("Ludo Canche (fiche papier)"));
                QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("organisationSiret")),
                                 QStringLiteral("78467169500087"));
                auto *problem = child<QLabel>(dialog, QStringLiteral("organisationNumberProblem"));
                QVERIFY(problem->isVisible());
                QVERIFY2(problem->text().contains(QStringLiteral("Ludo'Canche")),
                         qPrintable(problem->text()));
                MessageBox::setNextAnswer(QMessageBox::Yes);
                clickOk(dialog);
            },
            &created);
        child<QAction>(page, QStringLiteral("newOrganisationAction"))->trigger();
        QTRY_VERIFY(created);
        QCOMPARE(readBack(window, QStringLiteral("SELECT count(*) FROM organisations WHERE siret ="
                                                 " '78467169500087'"))
                     .toInt(),
                 1);
        QCOMPARE(readBack(window, QStringLiteral("SELECT count(*) FROM merged_organisations WHERE"
                                                 " into_organisation_id = %1")
                                      .arg(kept))
                     .toInt(),
                 1);

        // The project carried by it shows it; taken away, and back with Ctrl+Z.
        const qint64 project = readBack(window, QStringLiteral("SELECT min(id) FROM projects"
                                                               " WHERE organisation_id = %1")
                                                    .arg(kept))
                                   .toLongLong();
        QVERIFY(project > 0);
        QVERIFY(window.openProject(project));
        ProjectEditor *editor = window.projectEditor();
        auto *button = child<QPushButton>(editor, QStringLiteral("projectStructureButton"));
        QTRY_COMPARE(button->text(), QStringLiteral("Ludo'Canche"));
        child<QAction>(editor, QStringLiteral("clearStructureAction"))->trigger();
        QCOMPARE(button->text(), QStringLiteral("Aucune"));
        QVERIFY(readBack(window, QStringLiteral("SELECT organisation_id FROM projects WHERE id = %1")
                                     .arg(project))
                    .isNull());
        QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("structure")), qPrintable(undo->text()));
        undo->trigger();
        QTRY_COMPARE(readBack(window, QStringLiteral("SELECT organisation_id FROM projects WHERE"
                                                     " id = %1")
                                          .arg(project))
                         .toLongLong(),
                     kept);
        QTRY_COMPARE(button->text(), QStringLiteral("Ludo'Canche"));

        // Chosen again through the picker, found as typed.
        child<QAction>(editor, QStringLiteral("clearStructureAction"))->trigger();
        bool picked = false;
        TestSupport::whenModal(
            [](QDialog *dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("organisationPickerDialog"));
                QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("organisationPickerFilter")),
                                 QStringLiteral("ludo canche"));
                clickOk(dialog);
            },
            &picked);
        child<QAction>(editor, QStringLiteral("chooseStructureAction"))->trigger();
        QTRY_VERIFY(picked);
        QTRY_COMPARE(button->text(), QStringLiteral("Ludo'Canche"));
    }

    // Under « Partenaires et coopération »: the directory's partners that meet the project's
    // theme and territory, with why; one added to the table with a click.
    void suggestedPartnersFillTheTable()
    {
        const QString path = m_dir.filePath(QStringLiteral("suggestions.comptoirdb"));
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("suggestions")));
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(path));
        const qint64 project = readBack(window, QStringLiteral("SELECT id FROM projects WHERE"
                                                               " title LIKE 'Jardin%'"))
                                   .toLongLong();
        QVERIFY(window.openProject(project));
        ProjectEditor *editor = window.projectEditor();
        auto *panel = editor->suggestionsPanel();
        QVERIFY(panel);
        auto *partners = panel->partnerList();
        QVERIFY(partners->count() >= 2);
        // The town hall of Liévin: the project's theme, its commune and its comptoir.
        QListWidgetItem *first = partners->item(0);
        QVERIFY2(first->text().startsWith(QStringLiteral("Mairie de Liévin")),
                 qPrintable(first->text()));
        QVERIFY(first->text().contains(QStringLiteral("«\u00a0Environnement\u00a0»")));
        QVERIFY(first->text().contains(QStringLiteral("Liévin")));
        partners->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("addSuggestedPartner")),
                          Qt::LeftButton);
        QTRY_VERIFY(readBack(window, QStringLiteral("SELECT value FROM answers WHERE project_id ="
                                                    " %1 AND field_key ="
                                                    " 'partenaires.partenaires'")
                                         .arg(project))
                        .toString()
                        .contains(QStringLiteral("Mairie de Liévin")));
        // Now in the table, no longer suggested.
        QTRY_VERIFY(!partners->item(0)->text().startsWith(QStringLiteral("Mairie de Liévin")));
        QVERIFY(panel->projectList()->count() >= 1);
    }

    // Partners imported from a spreadsheet's CSV: the dialog says what each line becomes.
    void partnersImportedFromACsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("import.comptoirdb"));
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("import")));
        const QString csv = m_dir.filePath(QStringLiteral("partenaires.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QString::fromUtf8("Nom;Type;Thèmes;Communes\r\n"
                                      "Épicerie sociale d'Arques;partenaire;Alimentation;Arques\r\n"
                                      ";financeur;;\r\n")
                        .toLatin1());
        }
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(path));
        window.findChild<QAction *>(QStringLiteral("showDirectoryAction"))->trigger();
        DirectoryPage *page = window.directoryPage();
        QTRY_VERIFY(page->isVisible());
        bool imported = false;
        TestSupport::whenModal(
            [](QDialog *dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("directoryImportDialog"));
                const QString summary =
                    child<QLabel>(dialog, QStringLiteral("directoryImportSummary"))->text();
                QVERIFY2(summary.contains(QStringLiteral("1 partenaire à ajouter")) &&
                             summary.contains(QStringLiteral("1 ligne refusée")),
                         qPrintable(summary));
                MessageBox::setNextAnswer(QMessageBox::Ok); // the report that follows
                QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("importDirectoryButton")),
                                  Qt::LeftButton);
            },
            &imported);
        FileDialog::setNextFileName(csv);
        child<QAction>(page, QStringLiteral("importDirectoryAction"))->trigger();
        QTRY_VERIFY(imported);
        QCOMPARE(readBack(window, QStringLiteral("SELECT directory_kind || '|' || communes FROM"
                                                 " organisations WHERE name = 'Épicerie sociale"
                                                 " d''Arques'"))
                     .toString(),
                 QStringLiteral("partner|62040"));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("1 partenaire ajouté")));
    }
};

QTEST_MAIN(TestDirectory)
#include "tst_directory.moc"
