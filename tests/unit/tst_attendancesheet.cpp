#include "Language.h"
#include "report/AttendanceSheet.h"
#include "storage/Workspace.h"
#include "TestSupport.h"
#include "workshops/Attendance.h"
#include "workshops/Holders.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The feuille d'émargement, read back from the PDF with poppler's tools.
class TestAttendanceSheet final : public QObject
{
    Q_OBJECT

private:
    // A workshop at Liévin with `count` registered participants.
    static qint64 workshopWith(Workspace &w, int count)
    {
        Workshops::Workshop workshop;
        for (const Venues::Venue &v : Venues::venues(w)) {
            if (v.commune == QStringLiteral("Liévin"))
                workshop.venueId = v.id;
        }
        workshop.start = QDateTime(QDate(2027, 2, 16), QTime(14, 0));
        workshop.end = QDateTime(QDate(2027, 2, 16), QTime(17, 0));
        workshop.facilitator = QStringLiteral("Claire Dumont");
        QString error;
        const qint64 id = Workshops::save(w, workshop, &error);
        for (int i = 0; i < count; ++i) {
            Holders::Holder h;
            h.firstName = i == 0 ? QStringLiteral("Éloïse") : QStringLiteral("Prénom%1").arg(i);
            h.lastName = i == 0 ? QStringLiteral("Lefèvre") : QStringLiteral("Nom%1").arg(i);
            h.commune = QStringLiteral("Liévin");
            h.email = QStringLiteral("personne%1@exemple.fr").arg(i);
            h.phone = QStringLiteral("06 00 00 00 %1").arg(i % 100, 2, 10, QLatin1Char('0'));
            const qint64 holder = Holders::save(w, h, &error);
            Attendance::registerHolder(w, id, holder, 0, Attendance::Capacity::Exceed, &error);
        }
        return id;
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
        // The PDFs are read back with poppler's tools: a dependency, not an option.
        QVERIFY2(TestSupport::hasTools({QStringLiteral("pdftotext"), QStringLiteral("pdfinfo")}),
                 "poppler-utils (pdftotext, pdfinfo) is missing: install the packages of "
                 "packaging/debian-packages.txt");
    }

    void sheetCarriesTheWorkshopAndEveryParticipant()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        const qint64 id = workshopWith(*w, 5);
        const std::optional<AttendanceSheet::Data> data = AttendanceSheet::load(*w, id);
        QVERIFY(data);
        const QString pdf = dir.filePath(AttendanceSheet::suggestedFileName(*data));
        QCOMPARE(QFileInfo(pdf).fileName(),
                 QStringLiteral("Émargement - Comptoir de Liévin - 2027-02-16.pdf"));
        QString error;
        QVERIFY2(AttendanceSheet::writePdf(*data, pdf, &error), qPrintable(error));
        QCOMPARE(TestSupport::pdfPages(pdf), 1);
        // With COMPTOIR_SCREENSHOTS=dir, the sheet is kept to be looked at (pdftoppm).
        if (const QString keep = qEnvironmentVariable("COMPTOIR_SCREENSHOTS"); !keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(QStringLiteral("emargement.pdf")));

        const QString text = TestSupport::runTool(
            QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        for (const QString &expected :
             {QStringLiteral("Feuille d'émargement"), QStringLiteral("Comptoir de Liévin"),
              QStringLiteral("Maison des associations"), QStringLiteral("De l'idée au projet"),
              QStringLiteral("mardi 16 février 2027"), QStringLiteral("Après-midi"),
              QStringLiteral("14:00"), QStringLiteral("Claire Dumont"), QStringLiteral("Signature"),
              QStringLiteral("Éloïse Lefèvre"), QStringLiteral("Prénom4 Nom4"),
              QStringLiteral("Page 1 sur 1")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n") + text));
        // Contact details never go round the room.
        QVERIFY(!text.contains(QStringLiteral("exemple.fr")));
        QVERIFY(!text.contains(QStringLiteral("06 00")));
        // Three blank rows for those who come unannounced: numbers 6 to 8.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b8\\b"))));

        const QString info = TestSupport::runTool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("Feuille d'émargement")), qPrintable(info));
        // Written the one way Comptoir writes PDFs, as the dossiers and reports are: its
        // author, and PDF/A-1b.
        QVERIFY2(info.contains(QStringLiteral("Budget Citoyen du Pas-de-Calais")),
                 qPrintable(info));
        const QString meta =
            TestSupport::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QVERIFY(meta.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    }

    void longListsGoOnNumberedPages()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        const qint64 id = workshopWith(*w, 40);
        const std::optional<AttendanceSheet::Data> data = AttendanceSheet::load(*w, id);
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        QString error;
        QVERIFY2(AttendanceSheet::writePdf(*data, pdf, &error), qPrintable(error));
        const int count = TestSupport::pdfPages(pdf);
        QVERIFY2(count >= 2, qPrintable(QString::number(count)));
        const QString text =
            TestSupport::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Page %1 sur %1").arg(count)));
        QVERIFY(text.contains(QStringLiteral("(suite)")));
        QVERIFY(text.contains(QStringLiteral("Prénom39 Nom39")));
        // Every participant is on exactly one page.
        QCOMPARE(text.count(QStringLiteral("Prénom1 Nom1\n")) +
                     text.count(QStringLiteral("Prénom1 Nom1 ")),
                 1);
    }

    void anUnwritablePlaceLeavesNothing()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        const std::optional<AttendanceSheet::Data> data =
            AttendanceSheet::load(*w, workshopWith(*w, 1));
        QString error;
        const QString pdf = dir.filePath(QStringLiteral("missing/folder/sheet.pdf"));
        QVERIFY(!AttendanceSheet::writePdf(*data, pdf, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(pdf));
    }
};

QTEST_MAIN(TestAttendanceSheet)
#include "tst_attendancesheet.moc"
