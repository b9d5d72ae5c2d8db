#include "report/CompletePdf.h"
#include "report/PdfModule.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The PDF libraries are loaded with the PDF module the first time a PDF is read or joined, not
// with the program: what the module does, and when it comes.
class TestPdfModule final : public QObject
{
    Q_OBJECT

    // Whether a library whose file name starts with prefix is mapped in this process.
    static bool mapped(const char *prefix)
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = maps.readAll();
        return text.contains(QByteArray("/") + prefix);
    }

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
        QVERIFY2(!mapped("libqpdf") && !mapped("libQt6Pdf"),
                 "the PDF libraries are mapped before the module was asked for");
        // The program itself does not name them (nor GnuTLS, which qpdf brings).
        QVERIFY(TestSupport::hasTools({QStringLiteral("readelf")}));
        QProcess readelf;
        readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), TestSupport::comptoirBinary()});
        QVERIFY(readelf.waitForFinished(10000));
        const QByteArray needed = readelf.readAllStandardOutput();
        QVERIFY2(needed.contains("libQt6Widgets"), needed.constData());
        QVERIFY2(!needed.contains("libqpdf") && !needed.contains("libQt6Pdf"), needed.constData());

        QString error;
        QVERIFY2(PdfModule::load(&error), qPrintable(error));
        QVERIFY(mapped("libqpdf"));
        QVERIFY(mapped("libQt6Pdf"));
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
