#include "Language.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "attachments/AttachmentsPanel.h"
#include "attachments/Thumbnails.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "editor/BudgetEditor.h"
#include "editor/ProjectEditor.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// The editor's « Pièces jointes » page, driven as a facilitator would: files chosen or dropped,
// a refused one said, kind, caption, budget line and confidentiality written as chosen, the
// budget showing the quoted line, a piece opened with the system's viewer, removed to the trash;
// thumbnails drawn from the content.
class TestAttachmentsPanel final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<QUrl> m_opened;

    template<typename T> T *child(QWidget &parent, const QString &name)
    {
        return parent.findChild<T *>(name);
    }
    QString writePdf(const QString &name)
    {
        const QString file = m_dir.filePath(name);
        QPdfWriter writer(file);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 40));
        painter.drawText(QRect(200, 200, 8000, 2000), QStringLiteral("DEVIS"));
        return file;
    }
    QString writePng(const QString &name)
    {
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(QColor(0x2e, 0x7d, 0x32));
        const QString file = m_dir.filePath(name);
        return image.save(file, "PNG") ? file : QString();
    }
    QVariant readBack(MainWindow &window, const QString &sql)
    {
        return TestSupport::readBack(window.workspace()->filePath(), sql);
    }

public slots:
    void openFile(const QUrl &url) { m_opened << url; }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openFile");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void aFacilitatorAttachesDescribesOpensAndRemoves()
    {
        const QString path = m_dir.filePath(QStringLiteral("panel.comptoirdb"));
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("panel")));
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(path));
        QSqlQuery query(window.workspace()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT p.id FROM projects p WHERE EXISTS (SELECT 1 FROM"
                                          " budget_lines b WHERE b.project_id = p.id AND b.kind ="
                                          " 'expense') ORDER BY p.id LIMIT 1")) &&
                query.next());
        const qint64 project = query.value(0).toLongLong();
        QVERIFY(window.openProject(project));
        ProjectEditor *editor = window.projectEditor();

        // The last entry of the navigator is the page of the pieces.
        auto *sections = child<QListWidget>(*editor, QStringLiteral("sectionList"));
        QListWidgetItem *entry = sections->item(sections->count() - 1);
        QVERIFY(entry->text().startsWith(QStringLiteral("Pièces jointes")));
        QVERIFY(entry->text().contains(QStringLiteral("0 pièce")));
        QTest::mouseClick(sections->viewport(), Qt::LeftButton, {},
                          sections->visualItemRect(entry).center());
        AttachmentsPanel *panel = editor->attachmentsPanel();
        QTRY_VERIFY(panel->isVisible());
        auto *list = child<QListWidget>(*panel, QStringLiteral("attachmentList"));
        QVERIFY(child<QWidget>(*panel, QStringLiteral("attachmentsHint"))->isVisible());

        // Two files chosen at once.
        const QString pdf = writePdf(QStringLiteral("devis-menuiserie.pdf"));
        const QString png = writePng(QStringLiteral("local.png"));
        FileDialog::setNextFileName(pdf + QLatin1Char('\n') + png);
        QTest::mouseClick(child<QPushButton>(*panel, QStringLiteral("addAttachments")),
                          Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(readBack(window, QStringLiteral("SELECT count(*) FROM attachments WHERE"
                                                 " project_id = %1")
                                      .arg(project))
                     .toInt(),
                 2);
        QVERIFY(entry->text().contains(QStringLiteral("2 pièces")));
        QVERIFY(!child<QWidget>(*panel, QStringLiteral("attachmentsHint"))->isVisible());

        // Dropped: a program is refused, said in French; nothing of it is written.
        const QString program = m_dir.filePath(QStringLiteral("installer.pdf"));
        {
            QFile f(program);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("MZ\x90\0\x03\0\0\0", 8);
        }
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(program)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(panel, &enter);
        QVERIFY(enter.isAccepted());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(panel, &drop);
        delete mime;
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("installer.pdf")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("n’est pas accepté")));
        QCOMPARE(list->count(), 2);

        // The quote: its kind guessed, its caption typed, the line it backs chosen.
        list->setFocus();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        auto *kind = child<QComboBox>(*panel, QStringLiteral("attachmentKind"));
        QCOMPARE(kind->currentData().toString(), QStringLiteral("quote"));
        auto *caption = child<QLineEdit>(*panel, QStringLiteral("attachmentCaption"));
        caption->setFocus();
        TestSupport::typeText(caption, QStringLiteral("Étagères en chêne"));
        QTest::keyClick(caption, Qt::Key_Return);
        QTRY_COMPARE(readBack(window, QStringLiteral("SELECT caption FROM attachments WHERE"
                                                     " file_name = 'devis-menuiserie.pdf'"))
                         .toString(),
                     QStringLiteral("Étagères en chêne"));
        auto *line = child<QComboBox>(*panel, QStringLiteral("attachmentBudgetLine"));
        QVERIFY(line->isEnabled());
        QVERIFY(line->count() > 1);
        line->setFocus();
        QTest::keyClick(line, Qt::Key_Down);
        const QString lineUuid = line->currentData().toString();
        QVERIFY(!lineUuid.isEmpty());
        QTRY_COMPARE(readBack(window, QStringLiteral("SELECT budget_line_uuid FROM attachments"
                                                     " WHERE file_name = 'devis-menuiserie.pdf'"))
                         .toString(),
                     lineUuid);
        // The budget shows that line quoted.
        auto *budget = editor->findChild<BudgetEditor *>();
        QVERIFY(budget);
        auto *expenses = budget->findChildren<QTableWidget *>().constFirst();
        bool marked = false;
        for (int r = 0; r < expenses->rowCount(); ++r)
            marked = marked || !expenses->item(r, 1)->icon().isNull();
        QVERIFY(marked);

        // The photo made confidential with the keyboard.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(1)).center());
        QCOMPARE(kind->currentData().toString(), QStringLiteral("photo"));
        QVERIFY(!line->isEnabled());
        auto *confidential = child<QCheckBox>(*panel, QStringLiteral("attachmentConfidential"));
        confidential->setFocus();
        QTest::keyClick(confidential, Qt::Key_Space);
        QTRY_COMPARE(readBack(window, QStringLiteral("SELECT confidential FROM attachments WHERE"
                                                     " file_name = 'local.png'"))
                         .toInt(),
                     1);
        QVERIFY(list->item(1)->text().contains(QStringLiteral("confidentielle")));

        // Opened with the system's viewer: the same bytes, under the file's name.
        m_opened.clear();
        QTest::mouseClick(child<QPushButton>(*panel, QStringLiteral("openAttachment")),
                          Qt::LeftButton);
        QCOMPARE(m_opened.size(), 1);
        QVERIFY(m_opened.first().toLocalFile().endsWith(QLatin1String("/local.png")));
        QCOMPARE(TestSupport::fileBytes(m_opened.first().toLocalFile()),
                 TestSupport::fileBytes(png));

        // Thumbnails: drawn from the content (the PDF's first page: white, not the placeholder).
        const auto pieces = Attachments::list(*window.workspace(), project);
        QVERIFY(pieces);
        QImage first;
        QTRY_VERIFY(!(first = Thumbnails::instance().thumbnail(*window.workspace(),
                                                               pieces->at(0).sha256,
                                                               pieces->at(0).mediaType))
                         .isNull());
        QCOMPARE(first.pixelColor(3, 3).alpha(), 255);
        const QImage photo = Thumbnails::instance().thumbnail(
            *window.workspace(), pieces->at(1).sha256, pieces->at(1).mediaType);
        if (!photo.isNull())
            QCOMPARE(photo.pixelColor(photo.width() / 2, photo.height() / 2),
                     QColor(0x2e, 0x7d, 0x32));

        // Removed with Suppr: to the trash.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->count(), 1);
        QCOMPARE(readBack(window, QStringLiteral("SELECT count(*) FROM trash WHERE kind ="
                                                 " 'attachment'"))
                     .toInt(),
                 1);
        QVERIFY(entry->text().contains(QStringLiteral("1 pièce")));
    }
};

QTEST_MAIN(TestAttachmentsPanel)
#include "tst_attachmentspanel.moc"
