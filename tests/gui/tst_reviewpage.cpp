#include "demo/SyntheticWorkspace.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "exchange/BundleImport.h"
#include "exchange/BundleWriter.h"
#include "Language.h"
#include "MainWindow.h"
#include "projects/ProjectAnswers.h"
#include "projects/ProjectRecord.h"
#include "review/DashboardPage.h"
#include "review/ProjectSearch.h"
#include "review/ReviewPage.h"
#include "review/SearchResultModel.h"
#include "rules/Edition.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImageReader>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The mission officer's morning, in the real main window: three facilitators' files imported,
// every project about food in one commune found in a keystroke or two, reviews marked with the
// keyboard, two near-duplicates spotted, linked and merged, and the committee's dashboard
// exported.
class TestReviewPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void shot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        widget->grab().save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png")));
    }

    struct Idea
    {
        const char *title;
        const char *summary;
        const char *commune;
    };

    // A facilitator's workspace with its projects, exported to a .comptoir file.
    QString facilitatorFile(const QString &name, int venue, const QList<Idea> &ideas)
    {
        QString error;
        auto w = Workspace::create(m_dir.filePath(name + QStringLiteral(".comptoirdb")), &error);
        if (!w)
            return {};
        const qint64 edition = Edition::save(*w, Edition::forYear(2027), &error);
        const qint64 venueId = ProjectRecord::venues(*w).at(venue).id;
        QList<qint64> ids;
        for (const Idea &idea : ideas) {
            const qint64 id = ProjectRecord::create(*w, edition, venueId, 0, &error);
            const QList<std::pair<const char *, QJsonValue>> answers = {
                {"idee.titre", QString::fromUtf8(idea.title)},
                {"idee.resume", QString::fromUtf8(idea.summary)},
                {"public.communes", QJsonArray{QString::fromUtf8(idea.commune)}}};
            for (const auto &[key, value] : answers) {
                if (!ProjectAnswers::write(*w, id, QLatin1String(key), value,
                                           QStringLiteral("idee-au-projet"), 1, &error))
                    return {};
            }
            ids << id;
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".comptoir"));
        return BundleWriter::writeFile(*w, ids, path, &error) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
        QVERIFY(m_dir.isValid());
    }

    void missionOfficerMorning()
    {
        const QStringList files = {
            facilitatorFile(QStringLiteral("outreau"), 0,
                            {{"Épicerie solidaire d'Arras",
                              "Une épicerie pour l'alimentation des "
                              "familles modestes.",
                              "Arras"},
                             {"Jardin partagé", "Des légumes cultivés ensemble.", "Outreau"}}),
            facilitatorFile(
                QStringLiteral("lievin"), 1,
                {{"Cantine alimentaire du centre", "Des repas à prix libre.", "Arras"},
                 {"Ludothèque", "Des jeux pour tous.", "Liévin"},
                 {"Alimentation bio pour les écoles", "Des producteurs locaux.", "Lens"}}),
            facilitatorFile(QStringLiteral("arleux"), 4,
                            {{"Épicerie solidaire à Arras",
                              "Une épicerie solidaire pour l'alimentation des familles modestes "
                              "du quartier.",
                              "Arras"},
                             {"Atelier vélo", "Réparer son vélo.", "Arras"}}),
        };
        for (const QString &file : files)
            QVERIFY(!file.isEmpty());

        QString error;
        auto officer =
            Workspace::create(m_dir.filePath(QStringLiteral("officer.comptoirdb")), &error);
        QVERIFY2(officer, qPrintable(error));
        for (const QString &file : files)
            QVERIFY2(BundleImport::importFile(*officer, file,
                                              BundleImport::ConflictChoice::AsPlanned, &error),
                     qPrintable(error));
        officer.reset();

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("officer.comptoirdb"))));
        window.resize(1366, 800);

        // Ctrl+Maj+F: the search, focused.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        ReviewPage *page = window.reviewPage();
        QTRY_VERIFY(page->isVisible());
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("reviewSearch"));
        QTRY_VERIFY(search->hasFocus());
        auto *count = page->findChild<QLabel *>(QStringLiteral("reviewCount"));
        QTRY_COMPARE(count->text(), QStringLiteral("7 projets trouvés."));

        // "alimentation" without its accent or ending, then only in Arras.
        TestSupport::typeText(search, QStringLiteral("alimentation"));
        QTRY_COMPARE(count->text(), QStringLiteral("4 projets trouvés."));
        // ↓ goes to the hits, the first one chosen and its review shown.
        QTest::keyClick(search, Qt::Key_Down);
        auto *hits = page->findChild<QListView *>(QStringLiteral("reviewResults"));
        QTRY_VERIFY(hits->hasFocus());
        QCOMPARE(hits->currentIndex().row(), 0);
        QCOMPARE(page->currentProject(),
                 hits->currentIndex().data(SearchResultModel::IdRole).toLongLong());
        QVERIFY(page->findChild<QWidget *>(QStringLiteral("reviewPanel"))->isEnabled());
        // By territory: the arrondissement of Lens holds Lens and Liévin.
        auto *arrondissement = page->findChild<QComboBox *>(QStringLiteral("arrondissementFilter"));
        arrondissement->setCurrentIndex(arrondissement->findText(QStringLiteral("Lens")));
        QTRY_COMPARE(count->text(), QStringLiteral("1 projet trouvé."));
        arrondissement->setCurrentIndex(0);
        QTRY_COMPARE(count->text(), QStringLiteral("4 projets trouvés."));
        auto *commune = page->findChild<QComboBox *>(QStringLiteral("communeFilter"));
        commune->setFocus();
        QTest::keyClicks(commune, QStringLiteral("Arras"));
        QTRY_COMPARE(count->text(), QStringLiteral("3 projets trouvés."));
        // Failing an eligibility check: checked off the UI thread on a reader of its own, the
        // page said to be checking meanwhile; none of these has met a comptoir's rules yet.
        auto *failing = page->findChild<QCheckBox *>(QStringLiteral("failingFilter"));
        failing->setChecked(true);
        QCOMPARE(count->text(), QStringLiteral("Vérification de l’éligibilité…"));
        QTRY_COMPARE(count->text(), QStringLiteral("3 projets trouvés."));
        failing->setChecked(false);
        QTRY_COMPARE(count->text(), QStringLiteral("3 projets trouvés."));
        auto *view = page->findChild<QListView *>(QStringLiteral("reviewResults"));
        QStringList titles;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            titles << view->model()->index(row, 0).data().toString();
        QCOMPARE(QSet<QString>(titles.cbegin(), titles.cend()),
                 (QSet<QString>{QStringLiteral("Cantine alimentaire du centre"),
                                QStringLiteral("Épicerie solidaire à Arras"),
                                QStringLiteral("Épicerie solidaire d'Arras")}));
        const QString snippet =
            view->model()->index(0, 0).data(SearchResultModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(QLatin1String("<b>alimenta")) ||
                     snippet.contains(QLatin1String("<b>Alimenta")),
                 qPrintable(snippet));
        shot(&window, "review-search");

        // The first hit's review: status by keyboard, a comment with Ctrl+Entrée, the grid.
        const int epicerie = [&] {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                if (view->model()->index(row, 0).data().toString() ==
                    QStringLiteral("Épicerie solidaire d'Arras"))
                    return row;
            }
            return -1;
        }();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          view->visualRect(view->model()->index(epicerie, 0)).center());
        const qint64 kept = page->currentProject();
        QVERIFY(kept > 0);
        auto *reviewer = page->findChild<QLineEdit *>(QStringLiteral("reviewerName"));
        reviewer->setFocus();
        TestSupport::typeText(reviewer, QStringLiteral("Inès Ouali"));
        auto *status = page->findChild<QComboBox *>(QStringLiteral("reviewStatus"));
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(status->currentText(), QStringLiteral("Recevable"));
        const QString workspacePath = window.workspace()->filePath();
        QTRY_COMPARE(TestSupport::readBack(workspacePath,
                                           QStringLiteral("SELECT status || '/' || reviewer FROM "
                                                          "reviews WHERE project_id = %1")
                                               .arg(kept)),
                     QVariant(QStringLiteral("admissible/Inès Ouali")));
        // Ctrl+Z and Ctrl+Maj+Z act on the review too.
        QTest::keyClick(status, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(
            TestSupport::readBack(workspacePath, QStringLiteral("SELECT status FROM reviews WHERE "
                                                                "project_id = %1")
                                                     .arg(kept)),
            QVariant(QStringLiteral("to_review")));
        QTRY_COMPARE(status->currentText(), QStringLiteral("À instruire"));
        QTest::keyClick(status, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(status->currentText(), QStringLiteral("Recevable"));
        QCOMPARE(
            TestSupport::readBack(workspacePath, QStringLiteral("SELECT status FROM reviews WHERE "
                                                                "project_id = %1")
                                                     .arg(kept)),
            QVariant(QStringLiteral("admissible")));
        auto *comment = page->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"));
        comment->setFocus();
        TestSupport::typeText(comment, QStringLiteral("Budget à préciser avant le comité."));
        QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
        auto *comments = page->findChild<QListWidget *>(QStringLiteral("reviewComments"));
        QTRY_COMPARE(comments->count(), 1);
        QVERIFY(comments->item(0)->text().contains(QStringLiteral("Inès Ouali")));
        QVERIFY(comment->toPlainText().isEmpty());
        // Undone from the list of hits, then redone.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(comments->count(), 0);
        QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
        QTRY_COMPARE(comments->count(), 1);
        for (const char *code : {"cooperation", "innovation_sociale", "valeurs_ess"}) {
            auto *spin =
                page->findChild<QSpinBox *>(QStringLiteral("score_") + QLatin1String(code));
            QVERIFY2(spin, code);
            spin->setFocus();
            spin->selectAll();
            QTest::keyClicks(spin, QStringLiteral("4"));
            QCOMPARE(spin->value(), 4);
        }
        QTRY_COMPARE(page->findChild<QLabel *>(QStringLiteral("reviewTotal"))->text(),
                     QStringLiteral("<b>80 / 100</b>"));

        // The near-duplicate from another comptoir comes first among the similar projects.
        auto *similar = page->findChild<QTreeWidget *>(QStringLiteral("similarList"));
        QTRY_VERIFY(similar->topLevelItemCount() > 0);
        QVERIFY2(similar->topLevelItem(0)->text(0).startsWith(
                     QStringLiteral("Épicerie solidaire à Arras\n")),
                 qPrintable(similar->topLevelItem(0)->text(0)));
        QVERIFY(similar->topLevelItem(0)->text(2).contains(QStringLiteral("épicerie")));
        shot(&window, "review-panel");
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("linkDuplicateButton")),
                          Qt::LeftButton);
        auto *links = page->findChild<QListWidget *>(QStringLiteral("linksList"));
        QTRY_COMPARE(links->count(), 1);
        QVERIFY(links->item(0)->text().contains(QStringLiteral("Épicerie solidaire à Arras")));

        // Merged after confirming: one project less, its differing answers kept in a comment.
        similar->setCurrentItem(similar->topLevelItem(0));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mergeButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(
            TestSupport::readBack(workspacePath, QStringLiteral("SELECT count(*) FROM projects")),
            QVariant(6));
        QTRY_COMPARE(comments->count(), 2);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("a été fusionné")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(comments->item(1)->text().contains(QLatin1String("du quartier")));
        QCOMPARE(links->count(), 0);

        // Ctrl+Maj+B: the dashboard, its charts and tables, exported.
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        DashboardPage *dashboard = window.dashboardPage();
        QTRY_VERIFY(dashboard->isVisible());
        QTRY_VERIFY(dashboard->dashboard().has_value());
        QCOMPARE(dashboard->dashboard()->total.count, 6);
        QVERIFY(dashboard->findChild<QLabel *>(QStringLiteral("dashboardSummary"))
                    ->text()
                    .contains(QLatin1String("6 projets")));
        auto *tabs = dashboard->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"));
        // A tab's chart and table are made when it is first drawn.
        QVERIFY(!dashboard->findChild<QTableView *>(QStringLiteral("table_commune")));
        tabs->setCurrentIndex(3);
        auto *communes = dashboard->findChild<QTableView *>(QStringLiteral("table_commune"));
        QVERIFY(communes);
        QVERIFY(communes->isVisible());
        QCOMPARE(communes->model()->index(0, 0).data().toString(), QStringLiteral("Arras"));
        QCOMPARE(communes->model()->index(0, 1).data().toString(), QStringLiteral("3"));
        shot(&window, "dashboard");

        const QString png = m_dir.filePath(QStringLiteral("communes.png"));
        FileDialog::setNextFileName(png);
        QTest::mouseClick(dashboard->findChild<QPushButton *>(QStringLiteral("exportChartButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(QFileInfo::exists(png));
        QImageReader reader(png);
        QCOMPARE(reader.format(), QByteArray("png"));
        QVERIFY(reader.size().width() > 200);
        const QString csv = m_dir.filePath(QStringLiteral("communes.csv"));
        FileDialog::setNextFileName(csv);
        QTest::mouseClick(dashboard->findChild<QPushButton *>(QStringLiteral("exportTableButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(QFileInfo::exists(csv));
        const QByteArray bytes = TestSupport::fileBytes(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Commune;Projets;"));
        QVERIFY(bytes.contains("\r\nArras;3;"));

        tabs->setCurrentIndex(5);
        shot(&window, "dashboard-subsidies");
        tabs->setCurrentIndex(6);
        shot(&window, "dashboard-calendar");
    }

    // Thousands of projects not yet in the search index (a migrated workspace, a large import):
    // the first search says it is preparing, then finds them.
    void firstSearchOfManyProjectsSaysSo()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("many.comptoirdb"));
        {
            auto w = Workspace::create(path, &error);
            QVERIFY2(w, qPrintable(error));
            QVERIFY2(SyntheticWorkspace::populate(*w, 2500, 7, &error), qPrintable(error));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(path));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        ReviewPage *page = window.reviewPage();
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("reviewSearch"));
        QTRY_VERIFY(search->hasFocus());
        QSignalSpy said(page, &ReviewPage::message);
        TestSupport::typeText(search, QStringLiteral("jardin"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!said.isEmpty());
        QCOMPARE(said.first().first().toString(),
                 QStringLiteral("Préparation de la recherche dans 2\u202f500 projets…"));
        auto *count = page->findChild<QLabel *>(QStringLiteral("reviewCount"));
        QVERIFY2(count->text().contains(QStringLiteral("trouvés")), qPrintable(count->text()));
        QCOMPARE(ProjectSearch::staleCount(*window.workspace()), 0);
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
