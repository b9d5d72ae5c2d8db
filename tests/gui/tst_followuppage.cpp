#include "Language.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/MessageBox.h"
#include "editor/ProjectEditor.h"
#include "followup/FollowUpPage.h"
#include "followup/FollowUpPanel.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>


// « À relancer » and a project's « Suivi », driven as a facilitator would the morning after a
// comptoir: the count said when the workspace opens, the most urgent first, a project opened on
// its follow-up with Enter, a step added and one done, an internal contact recorded.
class TestFollowUpPage final : public QObject
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
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
    }

    void aFacilitatorFollowsUp()
    {
        const QString path = m_dir.filePath(QStringLiteral("suivi.comptoirdb"));
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("suivi")));
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(path));

        // Counted as the workspace opens (on another thread), said on the tab.
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("homeTabs"));
        FollowUpPage *page = window.followUpPage();
        const int tab = tabs->indexOf(page);
        QTRY_VERIFY(tabs->tabText(tab).startsWith(QStringLiteral("À relancer (")));

        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(page->isVisible());
        QTRY_VERIFY(!page->isLoading()); // read on another thread
        QAbstractItemModel *rows = page->view()->model();
        QVERIFY(rows->rowCount() >= 3);
        QCOMPARE(tabs->tabText(tab), QStringLiteral("À relancer (%1)").arg(rows->rowCount()));
        // The most urgent first.
        for (int r = 1; r < rows->rowCount(); ++r)
            QVERIFY(rows->index(r - 1, 3).data(Qt::UserRole).toInt() >=
                    rows->index(r, 3).data(Qt::UserRole).toInt());
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("followUpFilter")),
                         QStringLiteral("jardin"));
        QCOMPARE(rows->rowCount(), 1);
        QVERIFY2(rows->index(0, 2).data().toString().contains(QStringLiteral("convention")),
                 qPrintable(rows->index(0, 2).data().toString()));
        page->view()->setFocus();
        page->view()->setCurrentIndex(rows->index(0, 0));
        QTest::keyClick(page->view(), Qt::Key_Return);

        // Opened on its follow-up.
        ProjectEditor *editor = window.projectEditor();
        FollowUpPanel *panel = editor->followUpPanel();
        QTRY_VERIFY(panel->isVisible());
        auto *steps = child<QTableWidget>(panel, QStringLiteral("stepTable"));
        QCOMPARE(steps->rowCount(), 3);
        QVERIFY(steps->item(0, 0)->text().contains(QStringLiteral("convention")));
        auto *history = child<QListWidget>(panel, QStringLiteral("followUpHistory"));
        const int contacts = history->count();
        QVERIFY(contacts >= 3); // three contacts and the workshops attended

        // The due step done.
        steps->setCurrentCell(0, 0);
        QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("doneStepButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(readBack(window, QStringLiteral("SELECT count(*) FROM next_steps WHERE"
                                                     " description LIKE '%convention%' AND"
                                                     " done_on IS NOT NULL"))
                         .toInt(),
                     1);

        // A new step, typed in its dialog.
        bool added = false;
        TestSupport::whenModal(
            [](QDialog *dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("stepDialog"));
                QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("stepDescription")),
                                 QStringLiteral("Installer la cuve"));
                QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("stepAssignee")),
                                 QStringLiteral("Kevin"));
                clickOk(dialog);
            },
            &added);
        QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("addStepButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(added);
        QTRY_COMPARE(steps->rowCount(), 4);

        // An internal contact: said as internal in the history.
        bool recorded = false;
        TestSupport::whenModal(
            [](QDialog *dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("contactDialog"));
                auto *notes = child<QPlainTextEdit>(dialog, QStringLiteral("contactNotes"));
                notes->setFocus();
                QTest::keyClicks(notes, QStringLiteral("Le voisin s'est calme."));
                QTest::mouseClick(child<QCheckBox>(dialog, QStringLiteral("contactInternal")),
                                  Qt::LeftButton);
                clickOk(dialog);
            },
            &recorded);
        QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("addContactButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(recorded);
        QTRY_COMPARE(history->count(), contacts + 1);
        QVERIFY(history->item(0)->text().contains(QStringLiteral("interne")));
        QCOMPARE(readBack(window, QStringLiteral("SELECT internal FROM follow_ups WHERE notes ="
                                                 " 'Le voisin s''est calme.'"))
                     .toInt(),
                 1);

        // Back on the list: met today, nothing due, it is no longer to follow up.
        window.findChild<QAction *>(QStringLiteral("showFollowUpAction"))->trigger();
        QTRY_VERIFY(page->isVisible());
        QTRY_COMPARE(rows->rowCount(), 0); // the filter « jardin » still typed
    }
};

QTEST_MAIN(TestFollowUpPage)
#include "tst_followuppage.moc"
