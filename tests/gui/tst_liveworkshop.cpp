#include "dialogs/MessageBox.h"
#include "editor/ProjectEditor.h"
#include "Language.h"
#include "MainWindow.h"
#include "settings/Settings.h"
#include "storage/Workspace.h"
#include "TestSupport.h"
#include "workshops/LiveWorkshopPanel.h"
#include "workshops/ParticipantListModel.h"
#include "workshops/RegistrationImportDialog.h"
#include "workshops/WorkshopDialog.h"
#include "workshops/WorkshopsPage.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

// A facilitator's day, in the real main window: a workshop prepared from a registration list,
// run with the keyboard while switching between porteurs, its attendance sheet printed, and
// everything found again after a restart.
class TestLiveWorkshop final : public QObject
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
        return window;
    }

    // With COMPTOIR_SCREENSHOTS=dir, the window is saved as it looks at each step.
    static void shot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        // Let pending layouts settle, as a person looking at the screen would.
        QTest::qWait(200);
        if (!dir.isEmpty())
            widget->grab().save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png")));
    }

    static void key(QWidget *target, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
    }

    void switchingPorteursWithTheKeyboard()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.comptoirdb"));
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("live")));
        auto w = window(path);
        QVERIFY(w);
        w->showNormal();
        w->resize(1366, 768);

        // Ctrl+Maj+A: the workshops; today's workshop at Liévin is the one selected.
        key(w.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(w->workshopsPage()->isVisible());
        QVERIFY(w->workshopsPage()->participants()->rowCount() == 5);
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("workshopTitleLabel"))
                    ->text()
                    .contains(QStringLiteral("Liévin")));
        shot(w.get(), "workshops");

        // F5 starts it: the first porteur's project is open beside the list.
        key(w->workshopsPage()->workshopView(), Qt::Key_F5);
        LiveWorkshopPanel *panel = w->livePanel();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(w->projectEditor()->isVisible());
        const auto project = [&](int row) {
            return panel->model()->participant(row).projectId;
        };
        QCOMPARE(w->projectEditor()->projectId(), project(0));
        QCOMPARE(w->findChild<QPushButton *>(QStringLiteral("backButton"))->text(),
                 QStringLiteral("← &Atelier"));
        shot(w.get(), "live");

        // Ctrl+2, Ctrl+5, Ctrl+3: each porteur's project, instantly.
        for (int n : {2, 5, 3}) {
            key(panel->view(), Qt::Key_0 + n, Qt::ControlModifier);
            QCOMPARE(panel->currentRow(), n - 1);
            QCOMPARE(w->projectEditor()->projectId(), project(n - 1));
            QVERIFY(w->windowTitle().contains(w->projectEditor()->projectTitle()));
        }
        // From inside a field of the editor too.
        w->projectEditor()->setFocus();
        key(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w->projectEditor()->projectId(), project(0));

        // F7: present, written at once; F7 again: back to registered.
        key(panel->view(), Qt::Key_F7);
        const QString status = QStringLiteral("SELECT status FROM attendance WHERE id = %1")
                                   .arg(panel->model()->participant(0).attendanceId);
        QCOMPARE(TestSupport::readBack(path, status).toString(), QStringLiteral("present"));
        QCOMPARE(panel->model()->index(0, ParticipantListModel::StatusColumn).data().toString(),
                 QStringLiteral("Présent·e"));
        key(panel->view(), Qt::Key_F7);
        QCOMPARE(TestSupport::readBack(path, status).toString(), QStringLiteral("registered"));
        key(panel->view(), Qt::Key_F7);

        // F8 starts the timer, which counts; F8 pauses it and writes the time.
        auto *clock = w->findChild<QLabel *>(QStringLiteral("liveClockLabel"));
        QCOMPARE(clock->text(), QStringLiteral("00:00"));
        key(panel->view(), Qt::Key_F8);
        QVERIFY(panel->isTimerRunning());
        QTRY_COMPARE_WITH_TIMEOUT(clock->text(), QStringLiteral("00:01"), 3000);
        key(panel->view(), Qt::Key_F8);
        QVERIFY(!panel->isTimerRunning());
        const QString seconds = QStringLiteral("SELECT seconds_spent FROM attendance WHERE id = %1")
                                    .arg(panel->model()->participant(0).attendanceId);
        QVERIFY(TestSupport::readBack(path, seconds).toInt() >= 1);

        // F11: presentation mode, the current section alone, large; Ctrl++ is remembered.
        const int zoom = Settings().presentationZoom();
        key(panel->view(), Qt::Key_F11);
        QVERIFY(w->isPresentationMode());
        QVERIFY(!w->findChild<QListWidget *>(QStringLiteral("sectionList"))->isVisible());
        QVERIFY(!panel->isVisible());
        key(w.get(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(Settings().presentationZoom(), zoom + 25);
        shot(w.get(), "presentation");
        // Switching still works while presenting.
        key(w.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(w->projectEditor()->projectId(), project(3));
        key(w.get(), Qt::Key_F11);
        QVERIFY(!w->isPresentationMode());
        QVERIFY(panel->isVisible());
        QVERIFY(w->findChild<QListWidget *>(QStringLiteral("sectionList"))->isVisible());
        // Esc leaves it too; outside it, Esc does nothing to the window.
        key(panel->view(), Qt::Key_F11);
        QVERIFY(w->isPresentationMode());
        key(w->focusWidget() ? w->focusWidget() : w.get(), Qt::Key_Escape);
        QVERIFY(!w->isPresentationMode());
        QVERIFY(panel->isVisible());
        key(w.get(), Qt::Key_Escape);
        QVERIFY(!w->isPresentationMode());

        // Ending the workshop returns to it, presence shown.
        panel->findChild<QPushButton *>(QStringLiteral("liveFinishButton"))->click();
        QTRY_VERIFY(w->workshopsPage()->isVisible());
        QVERIFY(!panel->isRunning());
        QCOMPARE(w->workshopsPage()
                     ->participants()
                     ->index(0, ParticipantListModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Présent·e"));
    }

    void aRefusedListChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("refused.comptoirdb"));
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("refused")));
        auto w = window(path);
        QVERIFY(w);
        key(w.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(w->workshopsPage()->isVisible());
        const QVariant holders =
            TestSupport::readBack(path, QStringLiteral("SELECT count(*) FROM holders"));
        // A spreadsheet saved as .xlsx and renamed: binary.
        const QString file = m_dir.filePath(QStringLiteral("inscriptions-xlsx.csv"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QByteArray::fromHex("504b03041400060008000000210000000000"));
        }
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!w->workshopsPage()->importRegistrations(file));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("n'est pas un fichier texte")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("rien n'a été modifié")));
        QVERIFY(!w->findChild<RegistrationImportDialog *>());
        QCOMPARE(TestSupport::readBack(path, QStringLiteral("SELECT count(*) FROM holders")),
                 holders);
    }

    void aWorkshopPreparedFromAListIsFoundAfterARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("lievin.comptoirdb"));
        {
            QString error;
            QVERIFY(Workspace::create(path, &error));
        }
        auto w = window(path);
        QVERIFY(w);
        key(w.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(w->workshopsPage()->isVisible());

        // A workshop at Liévin, this afternoon.
        {
            WorkshopDialog dialog(w->workspace(), 0, w.get());
            auto *venue = dialog.findChild<QComboBox *>(QStringLiteral("workshopVenue"));
            venue->setCurrentIndex(venue->findText(QStringLiteral("Comptoir de Liévin")));
            QVERIFY(venue->currentIndex() > 0);
            auto *facilitator =
                dialog.findChild<QLineEdit *>(QStringLiteral("workshopFacilitator"));
            facilitator->setFocus();
            TestSupport::typeText(facilitator, QStringLiteral("Claire Dumont"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            w->workshopsPage()->reload();
            w->workshopsPage()->selectWorkshop(dialog.workshopId());
        }

        // The registration list as the spreadsheet exported it: five porteurs.
        const QString csv = m_dir.filePath(QStringLiteral("inscriptions.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // Windows-1252, semicolons, CRLF.
            file.write("Pr\xe9nom;Nom;Commune;Courriel;Projet\r\n"
                       "Nadia;Ouali;Li\xe9vin;nadia@exemple.fr;\xc9picerie mobile\r\n"
                       "Hugo;Martin;Avion;hugo@exemple.fr;Jardin partag\xe9\r\n"
                       "L\xe9"
                       "a;Petit;Lens;;Repair caf\xe9\r\n"
                       "Samir;Kaci;Li\xe9vin;samir@exemple;V\xe9lo-\xe9"
                       "cole\r\n"
                       "Samir;Kaci;Li\xe9vin;samir@exemple.fr;V\xe9lo-\xe9"
                       "cole\r\n"
                       "Zo\xe9;Leroy;Harnes;zoe@exemple.fr;\r\n");
        }
        QVERIFY(w->workshopsPage()->importRegistrations(csv));
        auto *import = w->findChild<RegistrationImportDialog *>();
        QVERIFY(import);
        QTRY_VERIFY(import->isVisible());
        auto *summary = import->findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("5 lignes prêtes")),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("1 ligne avec un problème")));
        shot(import, "import");
        MessageBox::setNextAnswer(QMessageBox::Ok);
        import->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        QTRY_COMPARE(w->workshopsPage()->participants()->rowCount(), 5);

        // The sheet, for the porteurs to sign.
        const QString pdf = m_dir.filePath(QStringLiteral("emargement.pdf"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(w->workshopsPage()->exportAttendanceSheet(pdf));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess pdftotext;
            pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(pdftotext.waitForFinished());
            const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
            for (const char *name : {"Nadia Ouali", "Hugo Martin", "Léa Petit", "Samir Kaci",
                                     "Zoé Leroy", "Claire Dumont"})
                QVERIFY2(text.contains(QString::fromUtf8(name)), name);
        }

        // Run it: all five, marked present one after the other.
        key(w->workshopsPage()->workshopView(), Qt::Key_F5);
        LiveWorkshopPanel *panel = w->livePanel();
        QTRY_VERIFY(panel->isRunning());
        for (int n = 1; n <= 5; ++n) {
            key(panel->view(), Qt::Key_0 + n, Qt::ControlModifier);
            QCOMPARE(panel->currentRow(), n - 1);
            QVERIFY(w->projectEditor()->projectId() > 0); // Zoé's project starts on the spot
            key(panel->view(), Qt::Key_F7);
        }
        w->close();
        w.reset();

        // A restart: the last workspace opens again, everything is there.
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.openLastWorkspace();
        QVERIFY(again.workspace());
        QCOMPARE(again.workspace()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(TestSupport::readBack(
                     path, QStringLiteral("SELECT count(*) FROM attendance WHERE status = "
                                          "'present'"))
                     .toInt(),
                 5);
        QCOMPARE(TestSupport::readBack(
                     path, QStringLiteral("SELECT count(DISTINCT project_id) FROM attendance"))
                     .toInt(),
                 5);
        again.findChild<QAction *>(QStringLiteral("showWorkshopsAction"))->trigger();
        QTRY_VERIFY(again.workshopsPage()->isVisible());
        QCOMPARE(again.workshopsPage()->participants()->rowCount(), 5);
    }
};

QTEST_MAIN(TestLiveWorkshop)
#include "tst_liveworkshop.moc"
