#include "methodology/Methodology.h"
#include "projects/ProjectAnswers.h"
#include "projects/ProjectRecord.h"
#include "reference/Communes.h"
#include "rules/Eligibility.h"
#include "storage/StableUuid.h"
#include "storage/Workspace.h"
#include "TestSupport.h"
#include "workshops/Attendance.h"
#include "workshops/HolderListModel.h"
#include "workshops/Holders.h"
#include "workshops/ParticipantListModel.h"
#include "workshops/Venues.h"
#include "workshops/WorkshopListModel.h"
#include "workshops/Workshops.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Comptoirs, workshops, holders, consent and attendance, through their models, on real files.
class TestWorkshops final : public QObject
{
    Q_OBJECT

private:
    static QVariant scalar(const Workspace &w, const QString &sql, qint64 id = -1)
    {
        QSqlQuery query(w.database());
        query.prepare(sql);
        if (id >= 0)
            query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0) : QVariant();
    }

    static std::unique_ptr<Workspace> fresh(const QTemporaryDir &dir)
    {
        QString error;
        auto w = Workspace::create(dir.filePath(QStringLiteral("w.comptoirdb")), &error);
        if (!w)
            qWarning("%s", qPrintable(error));
        return w;
    }

    static qint64 workshopAt(Workspace &w, const QDateTime &start, int capacity = 0)
    {
        Workshops::Workshop workshop;
        workshop.venueId = Venues::venues(w).first().id;
        workshop.start = start;
        workshop.end = start.addSecs(3 * 3600);
        workshop.facilitator = QStringLiteral("Claire Dumont");
        workshop.capacity = capacity;
        QString error;
        const qint64 id = Workshops::save(w, workshop, &error);
        if (id <= 0)
            qWarning("%s", qPrintable(error));
        return id;
    }

    static qint64 person(Workspace &w, const QString &first, const QString &last,
                         const QString &commune = QStringLiteral("Liévin"),
                         const QString &email = QString())
    {
        Holders::Holder h;
        h.firstName = first;
        h.lastName = last;
        h.commune = commune;
        h.email = email;
        QString error;
        const qint64 id = Holders::save(w, h, &error);
        if (id <= 0)
            qWarning("%s", qPrintable(error));
        return id;
    }

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    // The record tables share one base: every row found again by its record, the model's
    // contract held through a reload.
    void recordTablesFindRowsByRecord()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        HolderListModel holders;
        WorkshopListModel workshops;
        QAbstractItemModelTester holdersTester(
            &holders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester workshopsTester(
            &workshops, QAbstractItemModelTester::FailureReportingMode::QtTest);
        holders.setWorkspace(w.get());
        workshops.setWorkspace(w.get());
        QVERIFY(holders.rowCount() > 0);
        QVERIFY(workshops.rowCount() > 0);
        for (int row = 0; row < holders.rowCount(); ++row)
            QCOMPARE(holders.rowOf(holders.holderId(row)), row);
        for (int row = 0; row < workshops.rowCount(); ++row)
            QCOMPARE(workshops.rowOf(workshops.workshopId(row)), row);
        QCOMPARE(holders.rowOf(-5), -1);
        QCOMPARE(holders.holderId(holders.rowCount()), 0);
        holders.setWorkspace(nullptr);
        QCOMPARE(holders.rowCount(), 0);
    }

    void newWorkspaceHasTheSevenComptoirs()
    {
        QTemporaryDir dir;
        auto w = fresh(dir);
        QVERIFY(w);
        const QList<Venues::Venue> venues = Venues::venues(*w);
        QCOMPARE(venues.size(), 7);
        QStringList communes;
        for (const Venues::Venue &v : venues)
            communes << v.commune;
        for (const char *commune :
             {"Outreau", "Liévin", "Calais", "Saint-Pol-sur-Ternoise", "Arleux-en-Gohelle",
              "Beaurainville", "Saint-Martin-lez-Tatinghem"})
            QVERIFY2(communes.contains(QString::fromUtf8(commune)), commune);
        // The same comptoir has the same UUID in every workspace, so files merge.
        QTemporaryDir other;
        auto w2 = fresh(other);
        QCOMPARE(Venues::venues(*w2).first().uuid, venues.first().uuid);
        // The seed (resources/sql/001_seed.sql) writes the identities StableUuid derives, with
        // their communes' codes.
        for (const Venues::Venue &v : venues) {
            QCOMPARE(v.uuid, StableUuid::venue(v.commune));
            QCOMPARE(TestSupport::readBack(w->filePath(),
                                           QStringLiteral("SELECT commune_code || origin FROM"
                                                          " venues WHERE uuid = '%1'")
                                               .arg(v.uuid))
                         .toString(),
                     Communes::codeOf(v.commune) + StableUuid::schemeOrigin());
        }
        // The demo completes them rather than adding seven more.
        QTemporaryDir demoDir;
        auto demo = TestSupport::createDemo(demoDir);
        QCOMPARE(Venues::venues(*demo).size(), 7);
        QCOMPARE(
            scalar(*demo, QStringLiteral("SELECT count(*) FROM venues WHERE address = ''")).toInt(),
            0);
    }

    void venuesAndHostsAreEditable()
    {
        QTemporaryDir dir;
        auto w = fresh(dir);
        QString error;
        Venues::HostOrganisation host;
        host.name = QStringLiteral("Tiers-lieu du Portel");
        host.kind = QStringLiteral("ess_ambassador");
        const qint64 hostId = Venues::saveHost(*w, host, &error);
        QVERIFY2(hostId > 0, qPrintable(error));

        Venues::Venue venue;
        venue.name = QStringLiteral("  Comptoir du   Portel ");
        venue.commune = QStringLiteral("Le Portel");
        venue.hostId = hostId;
        const qint64 id = Venues::save(*w, venue, &error);
        QVERIFY2(id > 0, qPrintable(error));
        std::optional<Venues::Venue> read = Venues::venue(*w, id);
        QVERIFY(read);
        QCOMPARE(read->name, QStringLiteral("Comptoir du Portel"));
        QCOMPARE(read->hostName, QStringLiteral("Tiers-lieu du Portel"));
        QCOMPARE(Venues::venues(*w).size(), 8);

        venue.id = id;
        venue.name.clear();
        QCOMPARE(Venues::save(*w, venue, &error), -1);
        QVERIFY(!error.isEmpty());
        QCOMPARE(Venues::venue(*w, id)->name, QStringLiteral("Comptoir du Portel"));

        // Unused: deleted. Used by a workshop: kept, made inactive.
        bool deactivated = true;
        QVERIFY(Venues::remove(*w, id, &deactivated, &error));
        QVERIFY(!deactivated);
        QCOMPARE(Venues::venues(*w).size(), 7);
        const qint64 used = Venues::venues(*w).first().id;
        Workshops::Workshop workshop;
        workshop.venueId = used;
        workshop.start = QDateTime(QDate(2027, 2, 9), QTime(14, 0));
        QVERIFY(Workshops::save(*w, workshop, &error) > 0);
        QVERIFY(Venues::remove(*w, used, &deactivated, &error));
        QVERIFY(deactivated);
        QCOMPARE(Venues::venues(*w).size(), 7);
        QCOMPARE(Venues::venues(*w, true).size(), 6);

        // Removing a host leaves its venues without one.
        QVERIFY(Venues::removeHost(*w, hostId, &error));
        QVERIFY(Venues::hosts(*w).isEmpty());
    }

    void workshopIsValidatedSavedAndListed()
    {
        QTemporaryDir dir;
        auto w = fresh(dir);
        QString error;
        Workshops::Workshop workshop;
        workshop.venueId = Venues::venues(*w).at(2).id;
        workshop.kind = Workshops::Kind::Pitch;
        workshop.facilitator = QStringLiteral("Mehdi Benali");
        QCOMPARE(Workshops::save(*w, workshop, &error), -1); // no date
        workshop.start = QDateTime(QDate(2027, 3, 3), QTime(9, 30));
        workshop.end = QDateTime(QDate(2027, 3, 3), QTime(9, 0));
        QCOMPARE(Workshops::save(*w, workshop, &error), -1); // ends before it starts
        workshop.end = QDateTime(QDate(2027, 3, 3), QTime(12, 30));
        workshop.capacity = -3;
        QCOMPARE(Workshops::save(*w, workshop, &error), -1);
        QCOMPARE(scalar(*w, QStringLiteral("SELECT count(*) FROM workshops")).toInt(), 0);
        workshop.capacity = 10;
        const qint64 id = Workshops::save(*w, workshop, &error);
        QVERIFY2(id > 0, qPrintable(error));

        std::optional<Workshops::Workshop> read = Workshops::workshop(*w, id);
        QVERIFY(read);
        QCOMPARE(read->start, workshop.start);
        QCOMPARE(read->end, workshop.end);
        QCOMPARE(read->kind, Workshops::Kind::Pitch);
        QCOMPARE(read->capacity, 10);
        QCOMPARE(read->venueCommune, Venues::venues(*w).at(2).commune);
        QCOMPARE(Workshops::halfDay(read->start, read->end), Workshops::HalfDay::Morning);
        QCOMPARE(Workshops::halfDay(QDateTime(QDate(2027, 1, 1), QTime(14, 0)),
                                    QDateTime(QDate(2027, 1, 1), QTime(17, 0))),
                 Workshops::HalfDay::Afternoon);
        QCOMPARE(Workshops::halfDay(QDateTime(QDate(2027, 1, 1), QTime(9, 0)),
                                    QDateTime(QDate(2027, 1, 1), QTime(17, 0))),
                 Workshops::HalfDay::FullDay);

        WorkshopListModel model;
        QAbstractItemModelTester tester(&model);
        model.setWorkspace(w.get());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.workshopId(0), id);
        QCOMPARE(model.index(0, WorkshopListModel::FacilitatorColumn).data().toString(),
                 QStringLiteral("Mehdi Benali"));

        read->facilitator = QStringLiteral("Sophie Lemaire");
        QVERIFY(Workshops::save(*w, *read, &error) == id);
        model.reload();
        QCOMPARE(model.index(0, WorkshopListModel::FacilitatorColumn).data().toString(),
                 QStringLiteral("Sophie Lemaire"));
        QVERIFY(Workshops::remove(*w, id, &error));
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }

    void holderIsCheckedAndSavedWithConsents()
    {
        QTemporaryDir dir;
        auto w = fresh(dir);
        QString error;
        Holders::Holder h;
        QCOMPARE(Holders::save(*w, h, &error), -1);
        h.firstName = QStringLiteral("Nadia");
        h.lastName = QStringLiteral("Ouali");
        h.email = QStringLiteral("pas une adresse");
        QCOMPARE(Holders::save(*w, h, &error), -1);
        QVERIFY(error.contains(QStringLiteral("pas une adresse")));
        h.email = QStringLiteral("Nadia.Ouali@Exemple.fr");
        h.lastName = QString(300, QLatin1Char('x'));
        QCOMPARE(Holders::save(*w, h, &error), -1);
        QCOMPARE(scalar(*w, QStringLiteral("SELECT count(*) FROM holders")).toInt(), 0);

        h.lastName = QStringLiteral("Ouali");
        h.organisationName = QStringLiteral("Association Le Panier du Ternois");
        h.consents << Holders::Consent{Holders::ConsentKind::Contact,
                                       true,
                                       {},
                                       QStringLiteral("paper_form")}
                   << Holders::Consent{Holders::ConsentKind::PublishName,
                                       false,
                                       {},
                                       QStringLiteral("paper_form")};
        const qint64 id = Holders::save(*w, h, &error);
        QVERIFY2(id > 0, qPrintable(error));
        std::optional<Holders::Holder> read = Holders::holder(*w, id);
        QCOMPARE(read->email, QStringLiteral("nadia.ouali@exemple.fr"));
        QVERIFY(read->organisationId > 0);
        QCOMPARE(read->organisationName, h.organisationName);
        QCOMPARE(read->consents.size(), 2);
        QVERIFY(Holders::hasConsent(*w, id, Holders::ConsentKind::Contact));
        QVERIFY(!Holders::hasConsent(*w, id, Holders::ConsentKind::PublishName));
        QVERIFY(!Holders::hasConsent(*w, id, Holders::ConsentKind::Photos));
        // The public name only with consent.
        QVERIFY(Holders::publicName(*w, id).isEmpty());
        const QString givenAt = scalar(*w,
                                       QStringLiteral("SELECT given_at FROM consents WHERE "
                                                      "holder_id = ? AND kind = 'contact'"),
                                       id)
                                    .toString();
        QVERIFY(Holders::setConsent(*w, id, Holders::ConsentKind::PublishName, true,
                                    QStringLiteral("oral"), &error));
        QCOMPARE(Holders::publicName(*w, id), QStringLiteral("Nadia Ouali"));
        QCOMPARE(scalar(*w,
                        QStringLiteral("SELECT method FROM consents WHERE holder_id = ? AND "
                                       "kind = 'publish_name'"),
                        id)
                     .toString(),
                 QStringLiteral("oral"));
        // An unchanged consent keeps the date it was given.
        QCOMPARE(scalar(*w,
                        QStringLiteral("SELECT given_at FROM consents WHERE holder_id = ? AND "
                                       "kind = 'contact'"),
                        id)
                     .toString(),
                 givenAt);
        // A second holder of the same structure reuses it.
        Holders::Holder other;
        other.firstName = QStringLiteral("Hugo");
        other.organisationName = QStringLiteral("association le panier du ternois");
        const qint64 otherId = Holders::save(*w, other, &error);
        QCOMPARE(Holders::holder(*w, otherId)->organisationId, read->organisationId);
    }

    void duplicatesAreFoundByEmailOrNameAndCommune()
    {
        QTemporaryDir dir;
        auto w = fresh(dir);
        const qint64 a = person(*w, QStringLiteral("Élodie"), QStringLiteral("Lefèvre"),
                                QStringLiteral("Liévin"), QStringLiteral("elodie@exemple.fr"));
        person(*w, QStringLiteral("Élodie"), QStringLiteral("Lefèvre"), QStringLiteral("Calais"));
        Holders::Holder probe;
        probe.firstName = QStringLiteral("ELODIE");
        probe.lastName = QStringLiteral("lefevre");
        probe.commune = QStringLiteral("LIEVIN");
        QCOMPARE(Holders::duplicatesOf(*w, probe), QList<qint64>{a});
        probe.firstName = QStringLiteral("Autre");
        probe.email = QStringLiteral(" Elodie@Exemple.FR ");
        QCOMPARE(Holders::duplicatesOf(*w, probe), QList<qint64>{a});
        probe.email.clear();
        QVERIFY(Holders::duplicatesOf(*w, probe).isEmpty());
    }

    void attendanceRules()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QString error;
        const QDate today = QDate::currentDate();
        const qint64 past = workshopAt(*w, QDateTime(today.addDays(-7), QTime(14, 0)), 2);
        const qint64 future = workshopAt(*w, QDateTime(today.addDays(7), QTime(14, 0)));
        QSqlQuery(w->database())
            .exec(
                QStringLiteral("UPDATE workshops SET edition_id = (SELECT max(id) FROM editions)"));
        const qint64 nadia = person(*w, QStringLiteral("Nadia"), QStringLiteral("Ouali"));
        const qint64 hugo = person(*w, QStringLiteral("Hugo"), QStringLiteral("Martin"));
        const qint64 lea = person(*w, QStringLiteral("Léa"), QStringLiteral("Petit"));
        const qint64 project = ProjectRecord::create(*w, ProjectRecord::currentEdition(*w),
                                                     Venues::venues(*w).first().id, 0, &error);

        const qint64 a =
            Attendance::registerHolder(*w, past, nadia, 0, Attendance::Capacity::Enforce, &error);
        QVERIFY2(a > 0, qPrintable(error));
        QCOMPARE(
            Attendance::registerHolder(*w, past, nadia, 0, Attendance::Capacity::Enforce, &error),
            -1); // already registered
        QVERIFY(Attendance::registerHolder(*w, past, hugo, 0, Attendance::Capacity::Enforce,
                                           &error) > 0);
        // Full: two places. The facilitator may go over.
        QCOMPARE(
            Attendance::registerHolder(*w, past, lea, 0, Attendance::Capacity::Enforce, &error),
            -1);
        QVERIFY(error.contains(QLatin1Char('2')));
        QVERIFY(Attendance::registerHolder(*w, past, lea, 0, Attendance::Capacity::Exceed, &error) >
                0);
        QCOMPARE(Attendance::counts(*w, past).registered, 3);

        // Presence is recorded on the day, not before; excused at any time.
        const qint64 f =
            Attendance::registerHolder(*w, future, nadia, 0, Attendance::Capacity::Enforce, &error);
        QVERIFY(!Attendance::setStatus(*w, f, Attendance::Status::Present, today, &error));
        QVERIFY(Attendance::setStatus(*w, f, Attendance::Status::Excused, today, &error));

        // The rule "attended a comptoir" reads: present + holder of the project + same edition.
        const auto attended = [&] {
            const auto checks =
                Eligibility::evaluate(*w, project, Methodology::builtIn(), today, &error);
            for (const Eligibility::Check &c : *checks) {
                if (c.rule == Eligibility::Rule::AttendedComptoir)
                    return c.result == Eligibility::Result::Passed;
            }
            return false;
        };
        QVERIFY(!attended());
        QVERIFY(Attendance::setProject(*w, a, project, &error));
        QCOMPARE(scalar(*w,
                        QStringLiteral("SELECT is_lead FROM project_holders WHERE project_id = ?"),
                        project)
                     .toInt(),
                 1);
        QVERIFY(!attended()); // registered only
        QVERIFY(Attendance::setStatus(*w, a, Attendance::Status::Present, today, &error));
        QVERIFY(attended());
        QVERIFY(Attendance::setStatus(*w, a, Attendance::Status::Absent, today, &error));
        QVERIFY(!attended());

        // The time spent accumulates.
        QVERIFY(Attendance::addSeconds(*w, a, 90, &error));
        QVERIFY(Attendance::addSeconds(*w, a, 30, &error));
        QCOMPARE(Attendance::participants(*w, past).first().secondsSpent, 120);

        ParticipantListModel model;
        QAbstractItemModelTester tester(&model);
        model.setWorkspace(w.get());
        model.setWorkshop(past);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ParticipantListModel::NameColumn).data().toString(),
                 QStringLiteral("1. Nadia Ouali"));
        QCOMPARE(model.index(0, ParticipantListModel::TimeColumn).data().toString(),
                 QStringLiteral("02:00"));
        QVERIFY(Attendance::unregister(*w, a, &error));
        model.reload();
        QCOMPARE(model.rowCount(), 2);
    }

    void erasingAHolderKeepsProjectsAnonymised()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QString error;
        // Nadia Ouali carries the demo's first project.
        const qint64 nadia =
            scalar(*w,
                   QStringLiteral("SELECT id FROM holders WHERE email = 'nadia.ouali@exemple.fr'"))
                .toLongLong();
        QVERIFY(nadia > 0);
        const qint64 project = scalar(*w,
                                      QStringLiteral("SELECT project_id FROM project_holders "
                                                     "WHERE holder_id = ? AND is_lead = 1"),
                                      nadia)
                                   .toLongLong();
        QVERIFY(project > 0);
        // Her name in an answer, as a porteur might write it.
        QVERIFY(ProjectAnswers::write(*w, project, QStringLiteral("pitch.texte"),
                                      QStringLiteral("Je suis Nadia Ouali (nadia.ouali@exemple.fr)"
                                                     ", j'habite Saint-Pol."),
                                      QStringLiteral("idee-au-projet"), 1, &error));
        const int projectsBefore =
            scalar(*w, QStringLiteral("SELECT count(*) FROM projects")).toInt();

        QVERIFY2(Holders::erase(*w, nadia, &error), qPrintable(error));
        std::optional<Holders::Holder> h = Holders::holder(*w, nadia);
        QVERIFY(h->erased);
        QVERIFY(h->firstName.isEmpty() && h->lastName.isEmpty() && h->email.isEmpty() &&
                h->phone.isEmpty());
        QCOMPARE(h->displayName(), Holders::erasedName());
        QVERIFY(h->consents.isEmpty());
        QCOMPARE(scalar(*w, QStringLiteral("SELECT count(*) FROM projects")).toInt(),
                 projectsBefore);
        QCOMPARE(scalar(*w,
                        QStringLiteral("SELECT count(*) FROM project_holders WHERE holder_id = ?"),
                        nadia)
                     .toInt(),
                 1);
        const QString answer = ProjectAnswers::all(*w, project, &error)
                                   .value(QStringLiteral("pitch.texte"))
                                   .value.toString();
        QVERIFY2(!answer.contains(QStringLiteral("Ouali")), qPrintable(answer));
        QVERIFY(!answer.contains(QStringLiteral("exemple.fr")));
        QVERIFY(answer.contains(QStringLiteral("Saint-Pol")));
        // Nothing of her is left anywhere in the file.
        w.reset();
        auto reopened = Workspace::open(dir.filePath(QStringLiteral("demo.comptoirdb")), &error);
        QVERIFY(reopened);
        QCOMPARE(scalar(*reopened,
                        QStringLiteral("SELECT count(*) FROM holders WHERE first_name = 'Nadia'"))
                     .toInt(),
                 0);
        // An erased holder cannot be registered again nor edited.
        Holders::Holder again = *Holders::holder(*reopened, nadia);
        again.firstName = QStringLiteral("Nadia");
        QCOMPARE(Holders::save(*reopened, again, &error), -1);
        HolderListModel model;
        QAbstractItemModelTester tester(&model);
        model.setWorkspace(reopened.get());
        const int row = model.rowOf(nadia);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, HolderListModel::NameColumn).data().toString(),
                 Holders::erasedName());
    }
};

QTEST_GUILESS_MAIN(TestWorkshops)
#include "tst_workshops.moc"
