#include "Language.h"
#include "exchange/BundleImport.h"
#include "exchange/BundleWriter.h"
#include "followup/FollowUps.h"
#include "report/Dossier.h"
#include "session/Deletions.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A project's follow-up after the comptoir: contacts, next steps, the workshops attended by
// themselves; « À relancer » by due step or silence, as each edition sets it; internal notes
// never in a file; the rest travels and merges with its tombstones; the dossier's section.
class TestFollowUp final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QVariant scalar(const Workspace &w, const QString &sql)
    {
        QSqlQuery query(w.database());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    static bool exec(Workspace &w, const QString &sql)
    {
        QSqlQuery query(w.database());
        if (!query.exec(sql))
            qWarning("%s", qPrintable(query.lastError().text()));
        return query.isActive();
    }
    static qint64 epicerie(const Workspace &w)
    {
        return scalar(w, QStringLiteral("SELECT id FROM projects WHERE title ="
                                        " 'Épicerie solidaire itinérante du Ternois'"))
            .toLongLong();
    }
    static bool listed(const QList<FollowUps::ToFollowUp> &list, qint64 id,
                       FollowUps::ToFollowUp *found = nullptr)
    {
        for (const FollowUps::ToFollowUp &t : list) {
            if (t.projectId == id) {
                if (found)
                    *found = t;
                return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
    }

    void contactsStepsAndWorkshops()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("timeline"));
        QVERIFY(w);
        const qint64 id = epicerie(*w);
        FollowUps::Contact call;
        call.projectId = id;
        call.kind = FollowUps::ContactKind::Phone;
        call.date = QDate(2027, 3, 2);
        call.facilitator = QStringLiteral("Dominique");
        call.notes = QStringLiteral("Le devis du camion est arrivé.");
        const auto saved = FollowUps::saveContact(*w, call);
        QVERIFY2(saved, qPrintable(saved.error()));
        FollowUps::Contact undated = call;
        undated.date = QDate();
        QVERIFY(!FollowUps::saveContact(*w, undated));

        FollowUps::Step step;
        step.projectId = id;
        step.description = QStringLiteral("Demander une salle à la mairie");
        step.due = QDate(2027, 3, 20);
        step.assignee = QStringLiteral("Camille");
        const auto stepId = FollowUps::saveStep(*w, step);
        QVERIFY(stepId);
        FollowUps::Step empty = step;
        empty.description = QStringLiteral("  ");
        QVERIFY(!FollowUps::saveStep(*w, empty));
        QVERIFY(FollowUps::setStepDone(*w, *stepId, QDate(2027, 3, 18)));

        const auto contacts = FollowUps::contacts(*w, id);
        QCOMPARE(contacts->size(), 1);
        QCOMPARE(contacts->first().notes, call.notes);
        const auto steps = FollowUps::steps(*w, id);
        QCOMPARE(steps->first().done, QDate(2027, 3, 18));
        // The workshops its holders attended come by themselves.
        const auto workshops = FollowUps::workshops(*w, id);
        QVERIFY(workshops && !workshops->isEmpty());
        QVERIFY(!workshops->first().holders.isEmpty());
        const auto summary = FollowUps::summary(*w, id);
        QCOMPARE(summary->contacts, 1);
        QCOMPARE(summary->workshops, int(workshops->size()));
        // Writing the follow-up is not an edit of the project (its version stays).
        QVERIFY(scalar(*w, QStringLiteral("SELECT updated_at FROM projects WHERE id = %1").arg(id))
                    .toString() < QStringLiteral("2027"));
    }

    // Due steps and silences, by the weeks each edition sets, the most urgent first; only the
    // projects still accompanied.
    void toFollowUp()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("relancer"));
        QVERIFY(w);
        const QDate today(2027, 4, 1);
        QVERIFY(exec(*w, QStringLiteral("UPDATE editions SET deposit_end = NULL,"
                                        " follow_up_weeks = 6")));
        QVERIFY(exec(*w, QStringLiteral("UPDATE projects SET stage = 'structuring', created_at ="
                                        " '2027-03-25T10:00:00.000Z'")));
        QVERIFY(exec(*w, QStringLiteral("UPDATE workshops SET starts_at ="
                                        " '2027-03-20T09:00:00.000Z'")));
        // Without the demo's follow-up, to tell each case apart.
        QVERIFY(exec(*w, QStringLiteral("DELETE FROM next_steps")));
        QVERIFY(exec(*w, QStringLiteral("DELETE FROM follow_ups")));
        const qint64 id = epicerie(*w);
        auto list = FollowUps::toFollowUp(*w, today);
        QVERIFY(list);
        QVERIFY(list->isEmpty()); // everyone met within six weeks

        // A step due today.
        FollowUps::Step step;
        step.projectId = id;
        step.description = QStringLiteral("Envoyer le budget");
        step.due = today;
        QVERIFY(FollowUps::saveStep(*w, step));
        FollowUps::ToFollowUp found;
        list = FollowUps::toFollowUp(*w, today);
        QVERIFY(listed(*list, id, &found));
        QVERIFY(found.stepDue);
        QCOMPARE(found.nextStep, QStringLiteral("Envoyer le budget"));
        QCOMPARE(found.daysLate, 0);

        // Ten weeks later everyone is silent; the step is the most late.
        const QDate later = today.addDays(70);
        list = FollowUps::toFollowUp(*w, later);
        QCOMPARE(list->first().projectId, id);
        QCOMPARE(list->first().daysLate, 70);
        const qint64 other = list->last().projectId;
        QVERIFY(other != id);
        QVERIFY(!list->last().stepDue);
        // A recent contact takes a project off; an edition that allows twelve weeks too.
        FollowUps::Contact met;
        met.projectId = other;
        met.date = later.addDays(-3);
        QVERIFY(FollowUps::saveContact(*w, met));
        QVERIFY(!listed(*FollowUps::toFollowUp(*w, later), other));
        const int before = int(FollowUps::toFollowUp(*w, later)->size());
        QVERIFY(exec(*w, QStringLiteral("UPDATE editions SET follow_up_weeks = 12")));
        QCOMPARE(FollowUps::toFollowUp(*w, later)->size(), 1); // the due step only
        QVERIFY(before > 1);
        // Deposited, or past its edition's deposit: no longer accompanied.
        QVERIFY(exec(*w, QStringLiteral("UPDATE projects SET stage = 'deposited' WHERE id = %1")
                             .arg(id)));
        QVERIFY(FollowUps::toFollowUp(*w, later)->isEmpty());
        QVERIFY(exec(*w, QStringLiteral("UPDATE projects SET stage = 'ready'")));
        QVERIFY(exec(*w, QStringLiteral("UPDATE editions SET deposit_end = '2027-05-01'")));
        QVERIFY(FollowUps::toFollowUp(*w, later)->isEmpty());
        // Counted on another thread, as when a workspace opens.
        QVERIFY(exec(*w, QStringLiteral("UPDATE editions SET deposit_end = NULL")));
        QFuture<int> counted = FollowUps::countInBackground(w->filePath(), later);
        counted.waitForFinished();
        QCOMPARE(counted.result(), int(FollowUps::toFollowUp(*w, later)->size()));
    }

    // Internal notes never leave; the rest travels, merges, and its deletions follow.
    void travelsWithoutInternalNotes()
    {
        auto facilitator = TestSupport::createDemo(m_dir, QStringLiteral("fac"));
        QVERIFY(facilitator);
        const qint64 id = epicerie(*facilitator);
        FollowUps::Contact shared;
        shared.projectId = id;
        shared.kind = FollowUps::ContactKind::Meeting;
        shared.date = QDate(2027, 2, 10);
        shared.notes = QStringLiteral("Rendez-vous au local : PARTAGÉ");
        const qint64 sharedId = *FollowUps::saveContact(*facilitator, shared);
        FollowUps::Contact internal = shared;
        internal.notes = QStringLiteral("Tensions dans le collectif : INTERNE");
        internal.internal = true;
        QVERIFY(FollowUps::saveContact(*facilitator, internal));
        FollowUps::Step step;
        step.projectId = id;
        step.description = QStringLiteral("Rencontrer la Fondation du Littoral");
        step.due = QDate(2027, 3, 1);
        QVERIFY(FollowUps::saveStep(*facilitator, step));

        QString error;
        const QString file = m_dir.filePath(QStringLiteral("suivi.comptoir"));
        QVERIFY2(BundleWriter::writeFile(*facilitator, {id}, file, &error), qPrintable(error));
        QByteArray bytes;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes = f.readAll();
        }
        QVERIFY(bytes.contains("PARTAG"));
        QVERIFY(!bytes.contains("INTERNE"));
        QVERIFY(!bytes.contains("Tensions"));

        auto officer = Workspace::create(m_dir.filePath(QStringLiteral("off.comptoirdb")), &error);
        QVERIFY(officer);
        QVERIFY2(BundleImport::importFile(*officer, file, BundleImport::ConflictChoice::AsPlanned,
                                          &error),
                 qPrintable(error));
        QCOMPARE(scalar(*officer, QStringLiteral("SELECT count(*) FROM follow_ups")).toInt(), 1);
        QCOMPARE(scalar(*officer, QStringLiteral("SELECT description FROM next_steps")).toString(),
                 step.description);

        // The facilitator deletes the shared contact (to the trash): the next file deletes it
        // there too.
        QVERIFY(Deletions::deleteFollowUpRecord(*facilitator, QStringLiteral("follow_up"),
                                                sharedId));
        QVERIFY2(BundleWriter::writeFile(*facilitator, {id}, file, &error), qPrintable(error));
        QVERIFY2(BundleImport::importFile(*officer, file, BundleImport::ConflictChoice::AsPlanned,
                                          &error),
                 qPrintable(error));
        QCOMPARE(scalar(*officer, QStringLiteral("SELECT count(*) FROM follow_ups")).toInt(), 0);
        QCOMPARE(scalar(*officer, QStringLiteral("SELECT kind FROM tombstones WHERE kind ="
                                                 " 'follow_up'"))
                     .toString(),
                 QStringLiteral("follow_up"));
    }

    // The dossier's « Suivi de l'accompagnement », read back from the PDF.
    void dossierSection()
    {
        QVERIFY2(TestSupport::hasTools({QStringLiteral("pdftotext")}),
                 "poppler-utils (pdftotext) is missing: install the packages of "
                 "packaging/debian-packages");
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("dossier"));
        QVERIFY(w);
        const qint64 id = epicerie(*w);
        FollowUps::Contact call;
        call.projectId = id;
        call.kind = FollowUps::ContactKind::Phone;
        call.date = QDate(2027, 3, 2);
        QVERIFY(FollowUps::saveContact(*w, call));
        call.internal = true;
        call.notes = QStringLiteral("NOTE-INTERNE");
        QVERIFY(FollowUps::saveContact(*w, call));
        FollowUps::Step step;
        step.projectId = id;
        step.description = QStringLiteral("Déposer le dossier en ligne");
        step.due = QDate(2027, 4, 15);
        step.assignee = QStringLiteral("Camille");
        QVERIFY(FollowUps::saveStep(*w, step));

        QString error;
        const auto data = Dossier::load(*w, id, &error);
        QVERIFY2(data, qPrintable(error));
        const QString pdf = m_dir.filePath(QStringLiteral("suivi.pdf"));
        QVERIFY2(Dossier::writePdf(*data, pdf, &error), qPrintable(error));
        QString text = TestSupport::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
        text = text.simplified();
        QVERIFY2(text.contains(QStringLiteral("Suivi de l'accompagnement")), qPrintable(text.right(800)));
        QVERIFY2(text.contains(QStringLiteral("1 contact avec les animateurs")),
                 qPrintable(text.right(800)));
        QVERIFY(text.contains(QStringLiteral("atelier suivi")));
        QVERIFY(text.contains(QStringLiteral("Déposer le dossier en ligne")));
        QVERIFY(text.contains(QStringLiteral("15/04/2027")));
        QVERIFY(text.contains(QStringLiteral("à faire")));
        QVERIFY(!text.contains(QStringLiteral("NOTE-INTERNE")));
    }
};

QTEST_MAIN(TestFollowUp)
#include "tst_followup.moc"
