#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "editor/ProjectEditor.h"
#include "exchange/BundleImportDialog.h"
#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"
#include "exchange/ExportBundleDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "projects/ProjectListModel.h"
#include "projects/ProjectsPage.h"
#include "storage/Timestamp.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The mission officer's side of exchange, in the real main window: a facilitator's file
// imported through the dialog, a conflict settled field by field with the mouse, the report,
// the provenance in the project, an export of the projects chosen in the list, and a refused
// file that changes nothing.
class TestExchange final : public QObject
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
        window->showNormal();
        window->resize(1366, 768);
        return window;
    }

    static void shot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(200);
        widget->grab().save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png")));
    }

    static QList<qint64> allProjects(const Workspace &workspace)
    {
        QList<qint64> ids;
        QSqlQuery query(workspace.database());
        query.exec(QStringLiteral("SELECT id FROM projects"));
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }

    static void edit(Workspace &workspace, const QString &uuid, const QString &column,
                     const QString &text)
    {
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("UPDATE projects SET %1 = ?, updated_at = ? WHERE uuid = ?")
                          .arg(column));
        query.addBindValue(text);
        query.addBindValue(Timestamp::now());
        query.addBindValue(uuid);
        QVERIFY(query.exec());
    }

    static void clickCell(QTreeWidget *tree, QTreeWidgetItem *item, int column)
    {
        const QRect rect = tree->visualItemRect(item);
        const int x = tree->header()->sectionViewportPosition(column) + 30;
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(x, rect.center().y()));
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
        QVERIFY(m_dir.isValid());
    }

    void officerImportsSettlesAConflictAndSeesWhereProjectsCameFrom()
    {
        // A facilitator's laptop and its first file.
        QTemporaryDir laptop;
        auto facilitator = TestSupport::createDemo(laptop, QStringLiteral("atelier"));
        QVERIFY(facilitator);
        QString error;
        const QString first = laptop.filePath(QStringLiteral("liévin-1.comptoir"));
        QVERIFY2(BundleWriter::writeFile(*facilitator, allProjects(*facilitator), first, &error),
                 qPrintable(error));

        // The officer's new workspace, in the window.
        const QString path = m_dir.filePath(QStringLiteral("mission.comptoirdb"));
        {
            auto created = Workspace::create(path, &error);
            QVERIFY2(created, qPrintable(error));
        }
        auto w = window(path);
        QVERIFY(w);
        QVERIFY(w->importBundle(first));
        auto *dialog = w->findChild<BundleImportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("importSummary"))
                    ->text()
                    .contains(QStringLiteral("14 nouveaux projets")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        auto *report = dialog->findChild<QLabel *>(QStringLiteral("importReport"));
        QTRY_VERIFY(report->isVisible());
        QVERIFY2(report->text().contains(QStringLiteral("Ajoutés\u00a0: 14")),
                 qPrintable(report->text()));
        QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("reportProjects"))->rowCount(),
                 14);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeReportButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!w->findChild<BundleImportDialog *>());
        QTRY_COMPARE(w->projectsPage()->listModel()->rowCount(), 14);

        // Both sides change the same project.
        const QString uuid =
            TestSupport::readBack(path, QStringLiteral("SELECT uuid FROM projects ORDER BY uuid "
                                                       "LIMIT 1"))
                .toString();
        edit(*w->workspace(), uuid, QStringLiteral("summary"),
             QStringLiteral("Résumé relu par la mission."));
        edit(*facilitator, uuid, QStringLiteral("title"), QStringLiteral("Épicerie à vélo"));
        edit(*facilitator, uuid, QStringLiteral("summary"), QStringLiteral("Résumé de l'atelier."));
        const QString second = laptop.filePath(QStringLiteral("liévin-2.comptoir"));
        QVERIFY(BundleWriter::writeFile(*facilitator, allProjects(*facilitator), second, &error));

        QVERIFY(w->importBundle(second));
        dialog = w->findChild<BundleImportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The conflict comes first, its fields side by side.
        auto *projects = dialog->findChild<QTableWidget *>(QStringLiteral("importProjects"));
        QCOMPARE(projects->item(0, 1)->text(), QStringLiteral("Modifié des deux côtés"));
        auto *fields = dialog->findChild<QTreeWidget *>(QStringLiteral("conflictFields"));
        QTRY_VERIFY(fields->isVisible());
        QCOMPARE(fields->topLevelItemCount(), 2);
        QCOMPARE(fields->topLevelItem(0)->text(0), QStringLiteral("Titre"));
        QCOMPARE(fields->topLevelItem(0)->text(2), QStringLiteral("Épicerie à vélo"));
        QCOMPARE(fields->topLevelItem(1)->text(1), QStringLiteral("Résumé relu par la mission."));
        // This workspace's side is chosen until someone picks the file's.
        QCOMPARE(fields->topLevelItem(0)->checkState(1), Qt::Checked);
        shot(dialog, "import-conflict");
        // The file's title, with the mouse.
        clickCell(fields, fields->topLevelItem(0), 2);
        QTRY_COMPARE(fields->topLevelItem(0)->checkState(2), Qt::Checked);
        QCOMPARE(fields->topLevelItem(0)->checkState(1), Qt::Unchecked);
        QCOMPARE(fields->topLevelItem(1)->checkState(1), Qt::Checked);
        // The keyboard too: Space switches the summary to the file's, Left brings it back.
        fields->setFocus();
        fields->setCurrentItem(fields->topLevelItem(1));
        QTest::keyClick(fields, Qt::Key_Space);
        QCOMPARE(fields->topLevelItem(1)->checkState(2), Qt::Checked);
        QTest::keyClick(fields, Qt::Key_Left);
        QCOMPARE(fields->topLevelItem(1)->checkState(1), Qt::Checked);
        QCOMPARE(fields->topLevelItem(0)->checkState(2), Qt::Checked);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        report = dialog->findChild<QLabel *>(QStringLiteral("importReport"));
        QTRY_VERIFY(report->isVisible());
        QVERIFY2(report->text().contains(QStringLiteral("Conflits réglés\u00a0: 1")),
                 qPrintable(report->text()));
        shot(dialog, "import-report");
        QCOMPARE(TestSupport::readBack(path, QStringLiteral("SELECT title || ' / ' || summary FROM "
                                                            "projects WHERE uuid = '%1'")
                                                 .arg(uuid))
                     .toString(),
                 QStringLiteral("Épicerie à vélo / Résumé relu par la mission."));

        // Enter on the project in the report opens it; it says where it came from.
        auto *done = dialog->findChild<QTableWidget *>(QStringLiteral("reportProjects"));
        QCOMPARE(done->rowCount(), 1);
        done->setCurrentCell(0, 0);
        QTest::keyClick(done, Qt::Key_Return);
        QTRY_VERIFY(w->projectEditor()->isVisible());
        auto *provenance = w->findChild<QLabel *>(QStringLiteral("provenanceLabel"));
        QTRY_VERIFY(provenance->text().contains(QStringLiteral("liévin-2.comptoir")));
        QVERIFY(provenance->text().contains(QStringLiteral("fusionné")));
        QVERIFY(provenance->toolTip().contains(QStringLiteral("liévin-1.comptoir")));
        shot(w.get(), "provenance");
    }

    void chosenProjectsExportedFromTheList()
    {
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("export")));
        auto w = window(m_dir.filePath(QStringLiteral("export.comptoirdb")));
        QVERIFY(w);
        QTableView *view = w->projectsPage()->view();
        QTRY_COMPARE(view->model()->rowCount(), 14);
        // Two projects, chosen with the mouse (click, then Ctrl+click).
        const auto click = [view](int row, Qt::KeyboardModifiers modifiers) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                              view->visualRect(view->model()->index(row, 0)).center());
        };
        click(1, Qt::NoModifier);
        click(4, Qt::ControlModifier);
        QCOMPARE(w->projectsPage()->selectedProjectIds().size(), 2);

        QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier);
        auto *dialog = w->findChild<ExportBundleDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *selected = dialog->findChild<QRadioButton *>(QStringLiteral("exportSelectedRadio"));
        QVERIFY(selected->isChecked());
        QVERIFY(selected->text().contains(QStringLiteral("(2)")));
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("exportShownRadio"))
                    ->text()
                    .contains(QStringLiteral("(14)")));
        const QString file = m_dir.filePath(QStringLiteral("choisis.comptoir"));
        FileDialog::setNextFileName(file);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("writeBundleButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!w->findChild<ExportBundleDialog *>());
        const BundleReader::Result read = BundleReader::readFile(file);
        QVERIFY2(read.ok, qPrintable(read.problems.join(u'\n')));
        QCOMPARE(read.content().value(QStringLiteral("projects")).toArray().size(), 2);

        // The same two for the platform, as JSON, from the File menu.
        w->findChild<QAction *>(QStringLiteral("exportPlatformAction"))->trigger();
        auto *platform = w->findChild<ExportBundleDialog *>(QStringLiteral("exportPlatformDialog"));
        QVERIFY(platform);
        QTRY_VERIFY(platform->isVisible());
        QVERIFY(platform->findChild<QLabel *>(QStringLiteral("profileLabel"))
                    ->text()
                    .contains(QStringLiteral("Decidim")));
        auto *format = platform->findChild<QComboBox *>(QStringLiteral("platformFormatCombo"));
        format->setFocus();
        QTest::keyClick(format, Qt::Key_Down);
        QCOMPARE(format->currentText(), QStringLiteral("JSON"));
        const QString json = m_dir.filePath(QStringLiteral("plateforme.json"));
        FileDialog::setNextFileName(json);
        QTest::mouseClick(platform->findChild<QPushButton *>(QStringLiteral("writeBundleButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!w->findChild<ExportBundleDialog *>());
        const QJsonDocument rows = QJsonDocument::fromJson(TestSupport::fileBytes(json));
        QVERIFY2(rows.isArray(), TestSupport::fileBytes(json).left(200).constData());
        QCOMPARE(rows.array().size(), 2);
        QVERIFY(rows.array().first().toObject().contains(QStringLiteral("title/fr")));
    }

    void refusedFileChangesNothing()
    {
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("refuse")));
        const QString path = m_dir.filePath(QStringLiteral("refuse.comptoirdb"));
        auto w = window(path);
        QVERIFY(w);
        const QString bad = m_dir.filePath(QStringLiteral("photo.comptoir"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
        file.close();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!w->importBundle(bad));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("ne peut pas être importé")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("pas du JSON")));
        QVERIFY(!w->findChild<BundleImportDialog *>());
        QCOMPARE(
            TestSupport::readBack(path, QStringLiteral("SELECT count(*) FROM imports")).toInt(), 0);
    }
};

QTEST_MAIN(TestExchange)
#include "tst_exchange.moc"
