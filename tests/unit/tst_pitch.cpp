#include "Language.h"
#include "followup/PitchRuns.h"
#include "projects/ProjectAnswers.h"
#include "report/PitchSheet.h"
#include "report/WorkshopReport.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The pitch: runs kept with their length, the time their edition gives, the group's remarks;
// the pitch workshop's report lists them; the « fiche pitch » is one page, read back.
class TestPitch final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QVariant scalar(const Workspace &w, const QString &sql)
    {
        QSqlQuery query(w.database());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    static QString pdfText(const QString &pdf)
    {
        QString t = TestSupport::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        t.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
        return t.simplified();
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
        QVERIFY2(TestSupport::hasTools({QStringLiteral("pdftotext"), QStringLiteral("pdfinfo")}),
                 "poppler-utils (pdftotext, pdfinfo) is missing: install the packages of "
                 "packaging/debian-packages");
    }

    void clock()
    {
        QCOMPARE(PitchRuns::clock(180), QStringLiteral("3:00"));
        QCOMPARE(PitchRuns::clock(7), QStringLiteral("0:07"));
        QCOMPARE(PitchRuns::clock(-12), QStringLiteral("+0:12"));
    }

    void runsAndTheWorkshopReport()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("runs"));
        QVERIFY(w);
        const qint64 project =
            scalar(*w, QStringLiteral("SELECT id FROM projects WHERE title LIKE 'Jardin%'"))
                .toLongLong();
        // The edition's time, three minutes unless it says otherwise.
        QCOMPARE(PitchRuns::allottedSeconds(*w, project), 180);
        QVERIFY(QSqlQuery(w->database())
                    .exec(QStringLiteral("UPDATE editions SET pitch_seconds = 240")));
        QCOMPARE(PitchRuns::allottedSeconds(*w, project), 240);

        const qint64 workshop =
            scalar(*w, QStringLiteral("SELECT id FROM workshops WHERE kind = 'pitch'")).toLongLong();
        const int before = int(PitchRuns::ofWorkshop(*w, workshop)->size());
        QVERIFY(before >= 2); // the demo's
        PitchRuns::Run run;
        run.projectId = project;
        run.workshopId = workshop;
        run.seconds = 251;
        run.allottedSeconds = 240;
        run.remarks = QStringLiteral("RELANCE-FINALE plus courte");
        const auto saved = PitchRuns::save(*w, run);
        QVERIFY2(saved, qPrintable(saved.error()));
        PitchRuns::Run bad = run;
        bad.seconds = -1;
        QVERIFY(!PitchRuns::save(*w, bad));
        QCOMPARE(PitchRuns::ofProject(*w, project)->first().remarks, run.remarks);

        QString error;
        const auto data = WorkshopReport::load(*w, workshop, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->pitchRuns.size(), before + 1);
        const QString pdf = m_dir.filePath(QStringLiteral("compte-rendu-pitch.pdf"));
        QVERIFY2(WorkshopReport::writePdf(*data, pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Passages du pitch")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("RELANCE-FINALE")));
        QVERIFY(text.contains(QStringLiteral("4:11")));
        QVERIFY(text.contains(QStringLiteral("Jardin partagé des Tilleuls")));
    }

    void pitchSheet()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("sheet"));
        QVERIFY(w);
        const qint64 project =
            scalar(*w, QStringLiteral("SELECT id FROM projects WHERE title LIKE 'Jardin%'"))
                .toLongLong();
        QString error;
        QVERIFY(ProjectAnswers::write(*w, project, QStringLiteral("pitch.accroche"),
                                      QStringLiteral("Quarante familles sans jardin"),
                                      QStringLiteral("idee-au-projet"), 1, &error));
        // A long pitch shrinks to fit: the page stays one.
        QVERIFY(ProjectAnswers::write(*w, project, QStringLiteral("pitch.pitch"),
                                      QStringLiteral("Nous voulons cultiver ensemble. ").repeated(60) +
                                          QStringLiteral("FIN-DU-PITCH"),
                                      QStringLiteral("idee-au-projet"), 1, &error));
        const auto data = PitchSheet::load(*w, project, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(data->lastRun); // the demo's runs
        const QString pdf = m_dir.filePath(PitchSheet::suggestedFileName(*data));
        QVERIFY(pdf.endsWith(QStringLiteral("Fiche pitch - Jardin partagé des Tilleuls.pdf")));
        QVERIFY2(PitchSheet::writePdf(*data, pdf, &error), qPrintable(error));
        QCOMPARE(TestSupport::pdfPages(pdf), 1);
        // To look at it: COMPTOIR_KEEP_PDF=folder keeps a copy.
        if (const QString keep = qEnvironmentVariable("COMPTOIR_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(QFileInfo(pdf).fileName()));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Quarante familles sans jardin")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("FIN-DU-PITCH")));
        QVERIFY(text.contains(QStringLiteral("Montant demandé")));
        // (pdftotext reads the two columns of figures side by side.)
        QVERIFY2(text.contains(QStringLiteral("Temps de parole")) &&
                     text.contains(QStringLiteral("3:00")),
                 qPrintable(text.right(500)));
        QVERIFY(text.contains(QStringLiteral("Dernier passage")));
    }
};

QTEST_MAIN(TestPitch)
#include "tst_pitch.moc"
