#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "Language.h"
#include "MainWindow.h"
#include "projects/ProjectsPage.h"
#include "report/DossierExportDialog.h"
#include "storage/Workspace.h"
#include "TestSupport.h"
#include "workshops/WorkshopsPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Dossiers from the real main window: the projects chosen in the list written as one PDF each
// and as one combined file behind the progress dialog, a batch stopped from that dialog, the
// print preview of a project's dossier, and a workshop's report.
class TestDossiers final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> window(const QString &path)
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->openWorkspace(path))
            return nullptr;
        window->resize(1366, 768);
        return window;
    }

    static void shot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        widget->grab().save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png")));
    }

    static void choose(QTableView *view, const QList<int> &rows)
    {
        for (int i = 0; i < rows.size(); ++i)
            QTest::mouseClick(view->viewport(), Qt::LeftButton,
                              i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                              view->visualRect(view->model()->index(rows.at(i), 0)).center());
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
        QVERIFY(m_dir.isValid());
        // The PDFs are read back with poppler's tools: a dependency, not an option.
        QVERIFY2(TestSupport::hasTools({QStringLiteral("pdftotext"), QStringLiteral("pdfinfo")}),
                 "poppler-utils (pdftotext, pdfinfo) is missing: install the packages of "
                 "packaging/debian-packages.txt");
    }

    void chosenProjectsWrittenOnePerFileThenCombined()
    {
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("choisis")));
        auto w = window(m_dir.filePath(QStringLiteral("choisis.comptoirdb")));
        QVERIFY(w);
        QTableView *view = w->projectsPage()->view();
        QTRY_COMPARE(view->model()->rowCount(), 14);
        choose(view, {0, 2, 5});
        QCOMPARE(w->projectsPage()->selectedProjectIds().size(), 3);

        // Ctrl+Maj+D: the dialog, with the three chosen projects.
        QTest::keyClick(w.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = w->findChild<DossierExportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *selected = dialog->findChild<QRadioButton *>(QStringLiteral("dossierSelectedRadio"));
        QVERIFY(selected->isChecked());
        QVERIFY(selected->text().contains(QStringLiteral("(3)")));
        QVERIFY(
            dialog->findChild<QRadioButton *>(QStringLiteral("dossierSeparateRadio"))->isChecked());
        shot(dialog, "dossier-export");
        const QString folder = m_dir.filePath(QStringLiteral("dossiers"));
        FileDialog::setNextFileName(folder);
        QSignalSpy finished(dialog, &DossierExportDialog::batchFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("writeDossiersButton")),
                          Qt::LeftButton);
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QTRY_VERIFY(!w->findChild<DossierExportDialog *>());
        const QStringList written = QDir(folder).entryList(QDir::Files);
        QCOMPARE(written.size(), 3);
        for (const QString &name : written)
            QVERIFY2(TestSupport::pdfPages(QDir(folder).filePath(name)) >= 5, qPrintable(name));

        // The same three in one file, chosen with the keyboard in the dialog.
        w->activateWindow();
        QTRY_VERIFY(w->isActiveWindow());
        QTest::keyClick(w.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        dialog = w->findChild<DossierExportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *combined = dialog->findChild<QRadioButton *>(QStringLiteral("dossierCombinedRadio"));
        QTest::mouseClick(combined, Qt::LeftButton);
        QVERIFY(combined->isChecked());
        const QString file = m_dir.filePath(QStringLiteral("trois.pdf"));
        FileDialog::setNextFileName(file);
        QSignalSpy combinedDone(dialog, &DossierExportDialog::batchFinished);
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(combinedDone.count() == 1 || combinedDone.wait(60000));
        QTRY_VERIFY(!w->findChild<DossierExportDialog *>());
        int sum = 0;
        for (const QString &name : written)
            sum += TestSupport::pdfPages(QDir(folder).filePath(name));
        QCOMPARE(TestSupport::pdfPages(file), sum);
    }

    void stoppedFromTheProgressDialog()
    {
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("arret")));
        auto w = window(m_dir.filePath(QStringLiteral("arret.comptoirdb")));
        QVERIFY(w);
        QTableView *view = w->projectsPage()->view();
        QTRY_COMPARE(view->model()->rowCount(), 14);
        w->findChild<QAction *>(QStringLiteral("dossierPdfAction"))->trigger();
        auto *dialog = w->findChild<DossierExportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("dossierShownRadio")),
                          Qt::LeftButton);
        QCOMPARE(dialog->chosenProjects().size(), 14);
        const QString folder = m_dir.filePath(QStringLiteral("arretes"));
        FileDialog::setNextFileName(folder);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QSignalSpy finished(dialog, &DossierExportDialog::batchFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("writeDossiersButton")),
                          Qt::LeftButton);
        // "Arrêter" as soon as the progress dialog shows.
        auto *progress = dialog->findChild<QProgressDialog *>(QStringLiteral("dossierProgress"));
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        QTest::keyClick(progress, Qt::Key_Escape);
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        const DossierBatch::Result result = dialog->result();
        // Whatever was finished before the batch saw the request is complete; nothing else.
        const QStringList left = QDir(folder).entryList(QDir::Files);
        QCOMPARE(left.size(), result.written);
        for (const QString &name : left)
            QVERIFY2(TestSupport::pdfPages(QDir(folder).filePath(name)) >= 5, qPrintable(name));
        QVERIFY(result.cancelled || result.written == 14);
        if (result.cancelled)
            QVERIFY(MessageBox::lastText().contains(QStringLiteral("aucun fichier partiel")));
    }

    void dossierPreviewedForPrinting()
    {
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("apercu")));
        auto w = window(m_dir.filePath(QStringLiteral("apercu.comptoirdb")));
        QVERIFY(w);
        QTableView *view = w->projectsPage()->view();
        QTRY_COMPARE(view->model()->rowCount(), 14);
        choose(view, {0});
        int previewPages = -1;
        bool shown = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget()));
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            shown = preview->objectName() == QStringLiteral("dossierPreview");
            auto *widget = preview->findChild<QPrintPreviewWidget *>();
            QTRY_VERIFY(widget && widget->pageCount() > 0);
            previewPages = widget->pageCount();
            shot(preview, "dossier-preview");
            preview->reject();
        });
        QTest::keyClick(w.get(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(shown);
        QVERIFY2(previewPages >= 5, qPrintable(QString::number(previewPages)));
    }

    void workshopReportFromTheWorkshopsPage()
    {
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("atelier")));
        auto w = window(m_dir.filePath(QStringLiteral("atelier.comptoirdb")));
        QVERIFY(w);
        QTest::keyClick(w.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        WorkshopsPage *page = w->findChild<WorkshopsPage *>();
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QTRY_VERIFY(page->workshopView()->model()->rowCount() > 0);
        page->workshopView()->setFocus();
        page->workshopView()->selectRow(0);
        const QString file = m_dir.filePath(QStringLiteral("compte-rendu.pdf"));
        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(w.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(QFileInfo::exists(file));
        QVERIFY(TestSupport::pdfPages(file) >= 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("compte rendu")));
    }

    // Printing comes with its module (Qt Print Support is not linked with the program): the
    // attendance sheet's print dialog, for A4, cancelled: nothing printed, nothing said.
    void attendanceSheetPrintDialog()
    {
        const QString needed = TestSupport::programLibraries();
        QVERIFY2(needed.contains(QLatin1String("libQt6Widgets")) &&
                     !needed.contains(QLatin1String("libQt6PrintSupport")),
                 qPrintable(needed));

        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("emargement")));
        auto w = window(m_dir.filePath(QStringLiteral("emargement.comptoirdb")));
        QVERIFY(w);
        QTest::keyClick(w.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        WorkshopsPage *page = w->findChild<WorkshopsPage *>();
        QVERIFY(page);
        QTRY_VERIFY(page->workshopView()->model()->rowCount() > 0);
        page->workshopView()->setFocus();
        page->workshopView()->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const QString before = MessageBox::lastText();
        bool shown = false;
        QString title;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QWidget *dialog = QApplication::activeModalWidget();
            shown = dialog->objectName() == QStringLiteral("attendancePrintDialog") &&
                    dialog->inherits("QPrintDialog");
            title = dialog->windowTitle();
            QMetaObject::invokeMethod(dialog, "reject");
        });
        w->findChild<QAction *>(QStringLiteral("printAttendanceAction"))->trigger();
        QVERIFY(shown);
        QCOMPARE(title, QStringLiteral("Imprimer la feuille d'émargement"));
        QCOMPARE(MessageBox::lastText(), before);
    }
};

QTEST_MAIN(TestDossiers)
#include "tst_dossiers.moc"
