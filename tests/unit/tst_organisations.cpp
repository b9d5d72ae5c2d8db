#include "exchange/BundleImport.h"
#include "exchange/BundleWriter.h"
#include "organisations/DirectoryImport.h"
#include "organisations/Organisations.h"
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

using Organisation = Organisations::Organisation;

// The porteurs' structures and the directory's partners: their editor's rules (SIRET and RNA
// read as typed and checked), duplicates found by number and merged, and how they travel.
class TestOrganisations final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QVariant scalar(const Workspace &w, const QString &sql)
    {
        QSqlQuery query(w.database());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

    static qint64 saved(Workspace &w, const Organisation &o)
    {
        const Result<qint64> id = Organisations::save(w, o);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? *id : -1;
    }

    static QJsonObject contentOf(const QString &file)
    {
        return QJsonDocument::fromJson(TestSupport::documentBytes(file))
            .object()
            .value(QLatin1String("content"))
            .toObject();
    }

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void legalForms()
    {
        QVERIFY(Organisations::legalForms().contains(QStringLiteral("scic")));
        QCOMPARE(Organisations::legalFormCode(QStringLiteral("Association loi 1901")),
                 QStringLiteral("association"));
        QCOMPARE(Organisations::legalFormCode(QStringLiteral("SCIC SARL")), QStringLiteral("scic"));
        QCOMPARE(Organisations::legalFormCode(QStringLiteral("Collectif (en cours)")),
                 QStringLiteral("collective"));
        QCOMPARE(Organisations::legalFormCode(QStringLiteral("GIE")), QString());
        QVERIFY(Organisations::essByLaw(QStringLiteral("mutual")));
        QVERIFY(Organisations::essByLaw(QStringLiteral("Association loi 1901")));
        QVERIFY(!Organisations::essByLaw(QStringLiteral("company")));
        QVERIFY(!Organisations::essByLaw(QStringLiteral("collective")));
        // A text that is no code is shown as written.
        QCOMPARE(Organisations::legalFormLabel(QStringLiteral("GIE")), QStringLiteral("GIE"));
    }

    void savedAsTypedAndChecked()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("saved"));
        QVERIFY(w);
        Organisation o;
        o.name = QStringLiteral("  Ressourcerie   du Montreuillois ");
        o.legalForm = QStringLiteral("association");
        o.siret = QStringLiteral("443 061 841 00047");
        o.rna = QStringLiteral("w622001234");
        o.commune = QStringLiteral("Montreuil-sur-Mer");
        o.essStatus = Organisations::EssStatus::ByLaw;
        o.essEvidence = QStringLiteral("Statuts déposés en préfecture");
        const qint64 id = saved(*w, o);
        QVERIFY(id > 0);
        const auto back = Organisations::organisation(*w, id);
        QVERIFY(back);
        QCOMPARE(back->name, QStringLiteral("Ressourcerie du Montreuillois"));
        QCOMPARE(back->siret, QStringLiteral("44306184100047"));
        QCOMPARE(back->rna, QStringLiteral("W622001234"));
        QCOMPARE(back->essStatus, Organisations::EssStatus::ByLaw);
        QCOMPARE(scalar(*w, QStringLiteral("SELECT commune_code FROM organisations WHERE id = %1")
                                .arg(id))
                     .toString(),
                 QStringLiteral("62588"));

        // A wrong check digit, an RNA number that is not one, a bad e-mail: refused, nothing
        // written.
        const QVariant count = scalar(*w, QStringLiteral("SELECT count(*) FROM organisations"));
        for (const auto &[field, value] :
             {std::pair{0, QStringLiteral("443 061 841 00048")},
              std::pair{1, QStringLiteral("W12")}, std::pair{2, QStringLiteral("contact@")}}) {
            Organisation bad = o;
            bad.id = 0;
            (field == 0 ? bad.siret : field == 1 ? bad.rna : bad.contactEmail) = value;
            const Result<qint64> refused = Organisations::save(*w, bad);
            QVERIFY(!refused);
            QVERIFY(!refused.error().isEmpty());
        }
        QCOMPARE(scalar(*w, QStringLiteral("SELECT count(*) FROM organisations")), count);
        Organisation nameless;
        QVERIFY(!Organisations::save(*w, nameless));

        // Another record with the same number is said to the editor.
        Organisation twin;
        twin.name = QStringLiteral("Ressourcerie (doublon)");
        twin.siret = QStringLiteral("44306184100047");
        const auto same = Organisations::sameNumbers(*w, twin);
        QCOMPARE(same.size(), 1);
        QCOMPARE(same.first().id, id);
    }

    void duplicatesAreMerged()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("merge"));
        QVERIFY(w);
        const qint64 kept = scalar(*w, QStringLiteral("SELECT id FROM organisations WHERE name ="
                                                      " 'Ludo''Canche'"))
                                .toLongLong();
        QVERIFY(kept > 0);
        auto k = Organisations::organisation(*w, kept);
        k->siret = QStringLiteral("78467169500087");
        QVERIFY(saved(*w, *k) == kept);
        Organisation twin;
        twin.name = QStringLiteral("Ludo Canche (fiche papier)");
        twin.siret = QStringLiteral("784 671 695 00087");
        twin.address = QStringLiteral("3 rue des Écoles");
        twin.notes = QStringLiteral("Saisie à l'atelier de Saint-Pol.");
        const qint64 gone = saved(*w, twin);
        QVERIFY(gone > 0);
        Organisation rnaA, rnaB;
        rnaA.name = QStringLiteral("Club A");
        rnaA.rna = QStringLiteral("W621000001");
        rnaB.name = QStringLiteral("Club A bis");
        rnaB.rna = QStringLiteral("W621000001");
        QVERIFY(saved(*w, rnaA) > 0 && saved(*w, rnaB) > 0);
        // A holder of the twin.
        QVERIFY(QSqlQuery(w->database())
                    .exec(QStringLiteral("UPDATE holders SET organisation_id = %1 WHERE id ="
                                         " (SELECT min(id) FROM holders)")
                              .arg(gone)));

        const auto duplicates = Organisations::duplicates(*w);
        QVERIFY(duplicates);
        QCOMPARE(duplicates->size(), 2);
        QCOMPARE(duplicates->first().number, QStringLiteral("SIRET 784 671 695 00087"));
        QCOMPARE(duplicates->first().ids.size(), 2);
        QCOMPARE(duplicates->last().number, QStringLiteral("RNA W621000001"));

        const QString goneUuid = Organisations::organisation(*w, gone)->uuid;
        const Result<void> merged = Organisations::merge(*w, kept, gone);
        QVERIFY2(merged, qPrintable(merged.error()));
        QVERIFY(!Organisations::organisation(*w, gone));
        const auto after = Organisations::organisation(*w, kept);
        QCOMPARE(after->name, QStringLiteral("Ludo'Canche"));
        QCOMPARE(after->address, QStringLiteral("3 rue des Écoles")); // taken from the twin
        QVERIFY(after->notes.contains(QStringLiteral("Saint-Pol")));
        QCOMPARE(scalar(*w, QStringLiteral("SELECT organisation_id FROM holders WHERE id ="
                                           " (SELECT min(id) FROM holders)"))
                     .toLongLong(),
                 kept);
        QCOMPARE(scalar(*w, QStringLiteral("SELECT kind FROM tombstones WHERE uuid = '%1'")
                                .arg(goneUuid))
                     .toString(),
                 QStringLiteral("organisation"));
        QCOMPARE(Organisations::duplicates(*w)->size(), 1);
        QVERIFY(!Organisations::merge(*w, kept, kept));
    }

    // A facilitator's file still names the record merged away at the officer's: it is read as
    // the one kept, and never comes back.
    void aMergeHoldsAcrossFiles()
    {
        auto facilitator = TestSupport::createDemo(m_dir, QStringLiteral("facilitator"));
        QVERIFY(facilitator);
        const qint64 project = scalar(*facilitator, QStringLiteral("SELECT id FROM projects WHERE"
                                                                   " organisation_id IS NOT NULL"
                                                                   " ORDER BY id LIMIT 1"))
                                   .toLongLong();
        const qint64 organisation =
            scalar(*facilitator,
                   QStringLiteral("SELECT organisation_id FROM projects WHERE id = %1").arg(project))
                .toLongLong();
        const QString orgUuid = Organisations::organisation(*facilitator, organisation)->uuid;
        QString error;
        const QString file = m_dir.filePath(QStringLiteral("merge-1.comptoir"));
        QVERIFY2(BundleWriter::writeFile(*facilitator, {project}, file, &error), qPrintable(error));

        auto officer = Workspace::create(m_dir.filePath(QStringLiteral("officer.comptoirdb")), &error);
        QVERIFY(officer);
        QVERIFY2(BundleImport::importFile(*officer, file, BundleImport::ConflictChoice::AsPlanned,
                                          &error),
                 qPrintable(error));
        const qint64 theirs =
            scalar(*officer, QStringLiteral("SELECT id FROM organisations WHERE uuid = '%1'")
                                 .arg(orgUuid))
                .toLongLong();
        QVERIFY(theirs > 0);
        Organisation mine;
        mine.name = QStringLiteral("La même structure");
        const qint64 kept = saved(*officer, mine);
        QVERIFY(Organisations::merge(*officer, kept, theirs));

        // The facilitator edits the project and sends it again.
        QTest::qWait(5);
        QVERIFY(QSqlQuery(facilitator->database())
                    .exec(QStringLiteral("UPDATE projects SET summary = 'Revu.', updated_at ="
                                         " strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = %1")
                              .arg(project)));
        const QString again = m_dir.filePath(QStringLiteral("merge-2.comptoir"));
        QVERIFY2(BundleWriter::writeFile(*facilitator, {project}, again, &error),
                 qPrintable(error));
        QVERIFY2(BundleImport::importFile(*officer, again, BundleImport::ConflictChoice::AsPlanned,
                                          &error),
                 qPrintable(error));
        QCOMPARE(scalar(*officer, QStringLiteral("SELECT count(*) FROM organisations WHERE uuid ="
                                                 " '%1'")
                                      .arg(orgUuid))
                     .toInt(),
                 0);
        QCOMPARE(scalar(*officer, QStringLiteral("SELECT summary || '|' || organisation_id FROM"
                                                 " projects"))
                     .toString(),
                 QStringLiteral("Revu.|%1").arg(kept));
    }

    // The directory goes whole in every file, with the comptoirs its partners come to; a
    // contact person's details only with their consent.
    void theDirectoryTravels()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("directory"));
        QVERIFY(w);
        const qint64 venue =
            scalar(*w, QStringLiteral("SELECT id FROM venues ORDER BY id LIMIT 1")).toLongLong();
        Organisation partner;
        partner.name = QStringLiteral("Fondation du Littoral");
        partner.legalForm = QStringLiteral("foundation");
        partner.directoryKind = Organisations::DirectoryKind::Financer;
        partner.themes = {QStringLiteral("Alimentation"), QStringLiteral("Solidarité")};
        partner.communeCodes = {QStringLiteral("62193"), QStringLiteral("62160")};
        partner.venueIds = {venue};
        partner.contactName = QStringLiteral("Claire Dumont");
        partner.contactEmail = QStringLiteral("claire.dumont@example.org");
        partner.contactPhone = QStringLiteral("03 21 00 00 00");
        const qint64 id = saved(*w, partner);
        QVERIFY(id > 0);
        const auto back = Organisations::organisation(*w, id);
        QCOMPARE(back->themes, partner.themes);
        QCOMPARE(back->communeCodes, (QStringList{QStringLiteral("62160"), QStringLiteral("62193")}));
        QCOMPARE(back->venueIds, QList<qint64>{venue});

        const qint64 project =
            scalar(*w, QStringLiteral("SELECT min(id) FROM projects")).toLongLong();
        QString error;
        const QString file = m_dir.filePath(QStringLiteral("directory.comptoir"));
        QVERIFY2(BundleWriter::writeFile(*w, {project}, file, &error), qPrintable(error));
        const auto find = [](const QJsonObject &content, const QString &name) {
            for (const QJsonValue &v : content.value(QLatin1String("organisations")).toArray()) {
                if (v.toObject().value(QLatin1String("name")).toString() == name)
                    return v.toObject();
            }
            return QJsonObject();
        };
        QJsonObject written = find(contentOf(file), partner.name);
        QCOMPARE(written.value(QLatin1String("directoryKind")).toString(),
                 QStringLiteral("financer"));
        QCOMPARE(written.value(QLatin1String("contactEmail")).toString(), QString());
        QCOMPARE(written.value(QLatin1String("contactName")).toString(), QString());
        const auto venuesOf = [](const QJsonObject &content, const QString &organisation) {
            int n = 0;
            for (const QJsonValue &v : content.value(QLatin1String("organisationVenues")).toArray())
                n += v.toObject().value(QLatin1String("organisation")).toString() == organisation;
            return n;
        };
        QCOMPARE(venuesOf(contentOf(file), back->uuid), 1);

        auto withConsent = *back;
        withConsent.contactConsent = true;
        QVERIFY(saved(*w, withConsent) == id);
        QVERIFY2(BundleWriter::writeFile(*w, {project}, file, &error), qPrintable(error));
        written = find(contentOf(file), partner.name);
        QCOMPARE(written.value(QLatin1String("contactEmail")).toString(),
                 QStringLiteral("claire.dumont@example.org"));

        // Another workspace takes it in, with its comptoir; a comptoir no longer chosen goes
        // there too with the next file.
        auto other = Workspace::create(m_dir.filePath(QStringLiteral("dir-other.comptoirdb")),
                                       &error);
        QVERIFY(other);
        QVERIFY2(BundleImport::importFile(*other, file, BundleImport::ConflictChoice::AsPlanned,
                                          &error),
                 qPrintable(error));
        QCOMPARE(scalar(*other, QStringLiteral("SELECT themes || '|' || communes || '|' ||"
                                               " contact_name FROM organisations WHERE"
                                               " name = 'Fondation du Littoral'"))
                     .toString(),
                 QStringLiteral("Alimentation,Solidarité|62160,62193|Claire Dumont"));
        const QString partnerVenues = QStringLiteral(
            "SELECT count(*) FROM organisation_venues v JOIN organisations o ON o.id ="
            " v.organisation_id WHERE o.name = 'Fondation du Littoral'");
        QCOMPARE(scalar(*other, partnerVenues).toInt(), 1);
        QTest::qWait(5);
        withConsent.venueIds.clear();
        QVERIFY(saved(*w, withConsent) == id);
        QVERIFY2(BundleWriter::writeFile(*w, {project}, file, &error), qPrintable(error));
        QVERIFY2(BundleImport::importFile(*other, file, BundleImport::ConflictChoice::AsPlanned,
                                          &error),
                 qPrintable(error));
        QCOMPARE(scalar(*other, partnerVenues).toInt(), 0);
    }

    // A list of partners from a French spreadsheet: semicolons, Windows-1252, a quoted line
    // break; columns mapped by their titles; a known partner updated, a bad SIRET refused.
    void directoryFromCsv()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("csv"));
        QVERIFY(w);
        const QByteArray csv = QString::fromUtf8(
                                   "Nom de la structure;Type;Thématiques;Territoire;Référent;"
                                   "Courriel;Consentement RGPD;SIRET\r\n"
                                   "Banque alimentaire du Calaisis;Partenaire;Alimentation, "
                                   "Solidarité;Calais / Marck / Atlantis;Jean Petit;"
                                   "jean@ba.example;oui;\r\n"
                                   "Fondation du Littoral solidaire;Financeur;Environnement;"
                                   "Tout le département;;;;\r\n"
                                   "\"Club des entrepreneurs\nde l'Artois\";Financeur;;Arras;;;non;"
                                   "443 061 841 00048\r\n")
                                   .toLatin1(); // Windows-1252 for these characters
        DirectoryImport::Preview preview = DirectoryImport::read(csv);
        QVERIFY2(preview.csv.ok, qPrintable(preview.csv.error));
        QCOMPARE(preview.mapping,
                 (QList<DirectoryImport::Field>{
                     DirectoryImport::Field::Name, DirectoryImport::Field::Kind,
                     DirectoryImport::Field::Themes, DirectoryImport::Field::Territory,
                     DirectoryImport::Field::ContactName, DirectoryImport::Field::ContactEmail,
                     DirectoryImport::Field::ContactConsent, DirectoryImport::Field::Siret}));
        DirectoryImport::prepare(*w, &preview);
        QCOMPARE(preview.rows.size(), 3);
        QCOMPARE(preview.good, 2);
        QCOMPARE(preview.updates, 1);
        QCOMPARE(preview.bad, 1);
        QVERIFY(preview.rows.at(0).warnings.join(QString()).contains(QStringLiteral("Atlantis")));
        QCOMPARE(preview.rows.at(2).line, 4);
        QVERIFY(!preview.rows.at(2).problem.isEmpty());

        const QVariant before = scalar(*w, QStringLiteral("SELECT count(*) FROM organisations"));
        const auto report = DirectoryImport::apply(*w, preview);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->added, 1);
        QCOMPARE(report->updated, 1);
        QCOMPARE(report->skipped, 1);
        QCOMPARE(scalar(*w, QStringLiteral("SELECT count(*) FROM organisations")).toInt(),
                 before.toInt() + 1);
        QCOMPARE(scalar(*w, QStringLiteral("SELECT directory_kind || '|' || themes || '|' ||"
                                           " communes || '|' || contact_consent FROM"
                                           " organisations WHERE name = 'Banque alimentaire du"
                                           " Calaisis'"))
                     .toString(),
                 QStringLiteral("partner|Alimentation,Solidarité|62193,62548|1"));
        // The known one keeps its contact person and takes the whole department.
        QCOMPARE(scalar(*w, QStringLiteral("SELECT whole_department || '|' || contact_name FROM"
                                           " organisations WHERE name = 'Fondation du Littoral"
                                           " solidaire'"))
                     .toString(),
                 QStringLiteral("1|Hélène Caron"));

        // Not a CSV: said, nothing written.
        const DirectoryImport::Preview binary = DirectoryImport::read(QByteArray("\x00\x01PK\x03", 5));
        QVERIFY(!binary.csv.ok);
        QVERIFY(!binary.csv.error.isEmpty());
    }

    // To the trash: what referred to it is unlinked, and linked again when it comes back.
    void trashAndRestore()
    {
        auto w = TestSupport::createDemo(m_dir, QStringLiteral("trash"));
        QVERIFY(w);
        const qint64 id = scalar(*w, QStringLiteral("SELECT organisation_id FROM projects WHERE"
                                                    " organisation_id IS NOT NULL LIMIT 1"))
                              .toLongLong();
        const int projects = Organisations::organisation(*w, id)->projects;
        QVERIFY(projects > 0);
        const Result<qint64> entry = Deletions::deleteOrganisation(*w, id);
        QVERIFY2(entry, qPrintable(entry.error()));
        QCOMPARE(scalar(*w, QStringLiteral("SELECT count(*) FROM projects WHERE organisation_id ="
                                           " %1")
                                .arg(id))
                     .toInt(),
                 0);
        QCOMPARE(Deletions::kindLabel(QStringLiteral("organisation")), QStringLiteral("Organisation"));
        const auto restored = Deletions::restore(*w, {*entry});
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(Organisations::organisation(*w, restored->first())->projects, projects);
    }
};

QTEST_GUILESS_MAIN(TestOrganisations)
#include "tst_organisations.moc"
