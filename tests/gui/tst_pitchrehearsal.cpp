#include "Language.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/FileDialog.h"
#include "followup/PitchRehearsal.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The pitch rehearsed from the window with its key (F6): the project's pitch in large print, the
// countdown started with Space, time's up shown in red (no sound), the run ended with Enter, the
// group's remarks typed and the run kept; the « fiche pitch » written from the Projet menu.
class TestPitchRehearsal final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
    }

    void aPorteurRehearses()
    {
        const QString path = m_dir.filePath(QStringLiteral("pitch.comptoirdb"));
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("pitch")));
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(path));
        const qint64 project =
            TestSupport::readBack(path, QStringLiteral("SELECT id FROM projects WHERE title LIKE"
                                                       " 'Sport adapt%'"))
                .toLongLong();
        QVERIFY(window.openProject(project));
        const int runs = TestSupport::readBack(path, QStringLiteral("SELECT count(*) FROM"
                                                                    " pitch_runs"))
                             .toInt();

        bool rehearsed = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<PitchRehearsal *>(QApplication::activeModalWidget()));
            auto *r = qobject_cast<PitchRehearsal *>(QApplication::activeModalWidget());
            QVERIFY(r->windowState() & Qt::WindowFullScreen);
            auto *countdown = r->findChild<QLabel *>(QStringLiteral("pitchCountdown"));
            QCOMPARE(countdown->text(), QStringLiteral("3:00"));
            QVERIFY(!r->findChild<QLabel *>(QStringLiteral("pitchHook"))->text().isEmpty());
            QVERIFY(countdown->font().pointSizeF() > 3 * QApplication::font().pointSizeF());
            QTest::keyClick(r, Qt::Key_Space);
            QVERIFY(r->running());
            r->advanceForTest(192); // the porteur talks past the three minutes
            QTRY_VERIFY(countdown->text().startsWith(QLatin1Char('+')));
            QCOMPARE(r->findChild<QLabel *>(QStringLiteral("pitchState"))->text(),
                     QStringLiteral("Temps écoulé"));
            QVERIFY(countdown->styleSheet().contains(QStringLiteral("#a4000f")));
            QTest::keyClick(r, Qt::Key_Return);
            QVERIFY(!r->running());
            auto *result = r->findChild<QLabel *>(QStringLiteral("pitchResult"));
            QTRY_VERIFY(result->isVisible());
            QVERIFY2(result->text().contains(QStringLiteral("de trop")), qPrintable(result->text()));
            auto *remarks = r->findChild<QPlainTextEdit *>(QStringLiteral("pitchRemarks"));
            QCOMPARE(r->focusWidget(), remarks);
            QTest::keyClicks(remarks, QStringLiteral("Couper l'historique, garder la fin."));
            QTest::mouseClick(r->findChild<QPushButton *>(QStringLiteral("keepPitchRunButton")),
                              Qt::LeftButton);
            rehearsed = true;
        });
        QTest::keyClick(&window, Qt::Key_F6);
        QTRY_VERIFY(rehearsed);
        QCOMPARE(TestSupport::readBack(path, QStringLiteral("SELECT count(*) FROM pitch_runs"))
                     .toInt(),
                 runs + 1);
        QVERIFY(TestSupport::readBack(path, QStringLiteral("SELECT seconds FROM pitch_runs"
                                                           " ORDER BY id DESC LIMIT 1"))
                    .toInt() >= 192);
        QCOMPARE(TestSupport::readBack(path, QStringLiteral("SELECT remarks || '|' ||"
                                                            " allotted_seconds FROM pitch_runs"
                                                            " ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("Couper l'historique, garder la fin.|180"));

        // The pitch sheet, from the menu.
        const QString sheet = m_dir.filePath(QStringLiteral("fiche.pdf"));
        FileDialog::setNextFileName(sheet);
        window.findChild<QAction *>(QStringLiteral("pitchSheetAction"))->trigger();
        QTRY_VERIFY(QFile::exists(sheet));
        QCOMPARE(TestSupport::pdfPages(sheet), 1);
    }
};

QTEST_MAIN(TestPitchRehearsal)
#include "tst_pitchrehearsal.moc"
