#include "report/CompletePdf.h"
#include "report/PdfModule.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

// The PDF libraries are loaded with the PDF module the first time a PDF is read or joined, not
// with the program: what the module does, and when it comes.
class TestPdfModule final : public QObject
{
    Q_OBJECT

    // A PDF of pages pages, A4 portrait, each saying its number.
    static QByteArray pdf(int pages)
    {
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QPainter painter(&writer);
            for (int page = 1; page <= pages; ++page) {
                if (page > 1)
                    writer.newPage();
                painter.drawText(QPointF(200, 400), QStringLiteral("PAGE%1").arg(page));
            }
        }
        return bytes;
    }

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    // Neither the program nor this test links the PDF libraries: they come with the module.
    void notLoadedBeforeNeeded()
    {
        QVERIFY2(!TestSupport::isMapped("libqpdf") && !TestSupport::isMapped("libQt6Pdf"),
                 "the PDF libraries are mapped before the module was asked for");
        // The program itself does not name them (nor GnuTLS, which qpdf brings).
        QVERIFY(TestSupport::hasTools({QStringLiteral("readelf")}));
        const QString needed = TestSupport::programLibraries();
        QVERIFY2(needed.contains(QLatin1String("libQt6Widgets")), qPrintable(needed));
        QVERIFY2(!needed.contains(QLatin1String("libqpdf")) &&
                     !needed.contains(QLatin1String("libQt6Pdf")),
                 qPrintable(needed));

        QString error;
        QVERIFY2(PdfModule::load(&error), qPrintable(error));
        QVERIFY(TestSupport::isMapped("libqpdf"));
        QVERIFY(TestSupport::isMapped("libQt6Pdf"));
    }

    // The first page drawn to fit the size asked, keeping its proportions; not a PDF: no image.
    void firstPage()
    {
        const QImage image = PdfModule::firstPage(pdf(2), QSize(120, 120));
        QVERIFY(!image.isNull());
        QCOMPARE(image.height(), 120);
        QVERIFY2(qAbs(image.width() - qRound(120 * 210.0 / 297)) <= 1,
                 qPrintable(QString::number(image.width())));
        QVERIFY(PdfModule::firstPage(QByteArrayLiteral("%PDF-1.4 not really"), QSize(64, 64))
                    .isNull());
        QVERIFY(PdfModule::firstPage(QByteArray(), QSize(64, 64)).isNull());
    }

    // Joined by the module: the base's pages, then each piece's; a piece it cannot read left
    // out and said; written through a temporary file.
    void joinedByTheModule()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString base = dir.filePath(QStringLiteral("base.pdf"));
        QFile file(base);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf(1));
        file.close();
        const QString out = dir.filePath(QStringLiteral("complet.pdf"));
        QString error;
        QStringList notes;
        QVERIFY2(CompletePdf::append(base, QStringLiteral("Dossier"),
                                     {{QStringLiteral("Devis"), pdf(2)},
                                      {QStringLiteral("Abîmé"), QByteArrayLiteral("%PDF-1.4")}},
                                     out, &error, &notes),
                 qPrintable(error));
        QCOMPARE(TestSupport::pdfPages(out), 3);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("Abîmé")), qPrintable(notes.first()));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
        // A base that is not there: a message, nothing written.
        QVERIFY(!CompletePdf::append(dir.filePath(QStringLiteral("missing.pdf")),
                                     QStringLiteral("Dossier"), {}, out + QStringLiteral("2"),
                                     &error, &notes));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(out + QStringLiteral("2")));
    }
};

QTEST_MAIN(TestPdfModule)
#include "tst_pdfmodule.moc"
