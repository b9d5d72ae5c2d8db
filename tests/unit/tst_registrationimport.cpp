#include "exchange/CsvReader.h"
#include "exchange/RegistrationImport.h"
#include "storage/Workspace.h"
#include "TestSupport.h"
#include "workshops/Attendance.h"
#include "workshops/Holders.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Field = RegistrationImport::Field;

// Registration lists as French spreadsheets and the web platform export them.
class TestRegistrationImport final : public QObject
{
    Q_OBJECT

private:
    static int count(const Workspace &w, const QString &sql)
    {
        QSqlQuery query(w.database());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    // What Excel writes for "Enregistrer sous… CSV (séparateur : point-virgule)": Windows-1252,
    // CRLF, a quoted cell with a line break inside.
    static QByteArray excelFile()
    {
        const QString text = QStringLiteral(
            "Nom;Prénom;Courriel;Téléphone;Commune;Structure;Titre du projet;Accord contact\r\n"
            "Ouali;Nadia;nadia.ouali@exemple.fr;06 12 34 56 78;Liévin;Le Panier;\"Épicerie "
            "solidaire\r\nitinérante\";oui\r\n"
            "Lefèvre;Élodie;;;Liévin;;Jardin « partagé » – 2 €;non\r\n"
            "\r\n"
            "Dupont;Jérôme;jerome.dupont@exemple;;Avion;;;\r\n"
            ";;;;;;;\r\n"
            "Kaci;Samir;samir.kaci@exemple.fr;;Liévin;;Atelier vélo;x\r\n");
        QByteArray bytes;
        for (const QChar c : text) {
            // Windows-1252 for the characters used here.
            switch (c.unicode()) {
            case 0x20AC:
                bytes += '\x80';
                break;
            case 0x2013:
                bytes += '\x96';
                break;
            default:
                Q_ASSERT(c.unicode() < 0x100);
                bytes += char(c.unicode());
            }
        }
        return bytes;
    }

    static qint64 workshop(Workspace &w)
    {
        Workshops::Workshop workshop;
        for (const Venues::Venue &v : Venues::venues(w)) {
            if (v.commune == QStringLiteral("Liévin"))
                workshop.venueId = v.id;
        }
        workshop.start = QDateTime(QDate::currentDate(), QTime(14, 0));
        workshop.end = workshop.start.addSecs(3 * 3600);
        workshop.capacity = 2;
        QString error;
        const qint64 id = Workshops::save(w, workshop, &error);
        if (id <= 0)
            qWarning("%s", qPrintable(error));
        return id;
    }

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void decodesWhatSpreadsheetsWrite()
    {
        const CsvReader::Result excel = CsvReader::parse(excelFile());
        QVERIFY2(excel.ok, qPrintable(excel.error));
        QCOMPARE(excel.encoding, CsvReader::Encoding::Windows1252);
        QCOMPARE(excel.separator, QLatin1Char(';'));
        QCOMPARE(excel.records.size(), 5); // blank and empty lines left out
        QCOMPARE(excel.records.at(1).fields.at(6),
                 QStringLiteral("Épicerie solidaire\nitinérante"));
        QCOMPARE(excel.records.at(2).fields.at(6), QStringLiteral("Jardin « partagé » – 2 €"));
        QCOMPARE(excel.records.at(2).line, 4); // the quoted line break counts
        QCOMPARE(excel.records.at(4).line, 8);

        // LibreOffice: UTF-8 with a BOM, commas, doubled quotes.
        const QByteArray libre = "\xEF\xBB\xBFPr\xC3\xA9nom,Nom,Ville\n"
                                 "\"Jean-Pierre\",\"Delattre, dit \"\"JP\"\"\",Li\xC3\xA9vin\n";
        const CsvReader::Result r = CsvReader::parse(libre);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.encoding, CsvReader::Encoding::Utf8WithBom);
        QCOMPARE(r.separator, QLatin1Char(','));
        QCOMPARE(r.records.at(1).fields,
                 (QStringList{QStringLiteral("Jean-Pierre"), QStringLiteral("Delattre, dit \"JP\""),
                              QStringLiteral("Liévin")}));

        // Plain UTF-8, tabs, no final line break.
        const CsvReader::Result tabs = CsvReader::parse("Nom\tPr\xC3\xA9nom\nOuali\tNadia");
        QVERIFY(tabs.ok);
        QCOMPARE(tabs.encoding, CsvReader::Encoding::Utf8);
        QCOMPARE(tabs.separator, QLatin1Char('\t'));
        QCOMPARE(tabs.records.at(1).fields.at(1), QStringLiteral("Nadia"));

        // UTF-16 with its BOM (Excel's "Texte Unicode").
        QByteArray utf16 = "\xFF\xFE";
        const QString u = QStringLiteral("Nom;Prénom\r\nOuali;Nadia\r\n");
        utf16.append(reinterpret_cast<const char *>(u.utf16()), u.size() * 2);
        const CsvReader::Result wide = CsvReader::parse(utf16);
        QVERIFY2(wide.ok, qPrintable(wide.error));
        QCOMPARE(wide.records.at(0).fields.at(1), QStringLiteral("Prénom"));
    }

    void refusesWhatIsNotAList_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank") << QByteArray(" \r\n\r\n") << QStringLiteral("empty");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                             << QStringLiteral("not a text file");
        QTest::newRow("unterminated")
            << QByteArray("Nom;Prénom\nOuali;\"Nadia\nDupont;Jérôme\n") << QStringLiteral("Line 2");
        QTest::newRow("huge field")
            << QByteArray("Nom\n" + QByteArray(20000, 'a')) << QStringLiteral("Line 2");
        QTest::newRow("too many columns")
            << QByteArray(QByteArray("Nom") + QByteArray(300, ';')) << QStringLiteral("columns");
        QTest::newRow("too large")
            << QByteArray(CsvReader::kMaxFileSize + 1, 'a') << QStringLiteral("too large");
        QTest::newRow("bad utf-8 after BOM")
            << QByteArray("\xEF\xBB\xBFNom\n\xC3\x28\n") << QStringLiteral("UTF-8");
    }

    void refusesWhatIsNotAList()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const CsvReader::Result r = CsvReader::parse(bytes);
        QVERIFY(!r.ok);
        QVERIFY(r.records.isEmpty());
        QVERIFY2(r.error.contains(expected, Qt::CaseInsensitive), qPrintable(r.error));
    }

    void mapsColumnsByTheirTitles()
    {
        const QStringList headers = {QStringLiteral("NOM"),
                                     QStringLiteral("Prénom"),
                                     QStringLiteral("Adresse mail"),
                                     QStringLiteral("Tél."),
                                     QStringLiteral("Ville"),
                                     QStringLiteral("Association"),
                                     QStringLiteral("Votre idée"),
                                     QStringLiteral("Consentement RGPD photos"),
                                     QStringLiteral("Horodateur"),
                                     QStringLiteral("Nom"),
                                     QStringLiteral("J'accepte la publication de mon nom")};
        QCOMPARE(RegistrationImport::guessMapping(headers),
                 (QList<Field>{Field::LastName, Field::FirstName, Field::Email, Field::Phone,
                               Field::Commune, Field::Organisation, Field::ProjectTitle,
                               Field::ConsentPhotos, Field::Ignore, Field::Ignore,
                               Field::ConsentPublishName}));
        QCOMPARE(RegistrationImport::guess(QStringLiteral("Nom et prénom")), Field::FullName);
    }

    void previewReportsBadRowsAndDuplicates()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        RegistrationImport::Preview preview = RegistrationImport::read(excelFile());
        QVERIFY2(preview.csv.ok, qPrintable(preview.csv.error));
        RegistrationImport::prepare(*w, &preview);
        QCOMPARE(preview.rows.size(), 4);
        QCOMPARE(preview.good, 3);
        QCOMPARE(preview.bad, 1);
        // Jérôme's e-mail has no domain: his line, 6, is reported.
        const RegistrationImport::Row &bad = preview.rows.at(2);
        QCOMPARE(bad.line, 6);
        QVERIFY(bad.problem.contains(QStringLiteral("jerome.dupont@exemple")));
        // Nadia is in the demo with the same e-mail.
        QVERIFY(preview.rows.at(0).isDuplicate());
        QCOMPARE(preview.duplicates, 1);
        QCOMPARE(preview.rows.at(0).holder.consents.size(), 1);
        QVERIFY(preview.rows.at(0).holder.consents.first().granted);
        QVERIFY(!preview.rows.at(1).holder.consents.first().granted);
    }

    void importIsOneTransactionAndMergesDuplicates()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        const qint64 workshopId = workshop(*w);
        QVERIFY(workshopId > 0);
        const int holdersBefore = count(*w, QStringLiteral("SELECT count(*) FROM holders"));
        const qint64 nadia = count(
            *w, QStringLiteral("SELECT id FROM holders WHERE email = 'nadia.ouali@exemple.fr'"));

        // The same person twice in the file (same name and commune), once already known.
        QByteArray bytes = excelFile();
        bytes += "KACI;samir;;;LIEVIN;;;\r\n";
        RegistrationImport::Preview preview = RegistrationImport::read(bytes);
        RegistrationImport::prepare(*w, &preview);
        QCOMPARE(preview.rows.size(), 5);
        QCOMPARE(preview.rows.at(4).sameAsRow, 3);

        RegistrationImport::Options options;
        options.workshopId = workshopId;
        options.source = QStringLiteral("inscriptions.csv");
        QString error;
        const std::optional<RegistrationImport::Report> report =
            RegistrationImport::apply(*w, preview, options, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->created, 2); // Élodie, Samir
        QCOMPARE(report->merged, 2);  // Nadia (known), Samir's second line
        QCOMPARE(report->bad, 1);
        QCOMPARE(report->registered, 3); // over the capacity of 2: the list is what it is
        QCOMPARE(report->alreadyRegistered, 1);
        QCOMPARE(report->projectsCreated, 3);
        QCOMPARE(count(*w, QStringLiteral("SELECT count(*) FROM holders")), holdersBefore + 2);

        // Nadia was completed, not duplicated; her project is linked for the eligibility rule.
        const QList<Attendance::Participant> participants =
            Attendance::participants(*w, workshopId);
        QCOMPARE(participants.size(), 3);
        QCOMPARE(participants.first().holderId, nadia);
        QCOMPARE(participants.first().projectTitle,
                 QStringLiteral("Épicerie solidaire itinérante")); // a title is one line
        QCOMPARE(
            count(*w, QStringLiteral("SELECT count(*) FROM project_holders ph JOIN projects p"
                                     " ON p.id = ph.project_id WHERE p.title = 'Atelier vélo'")),
            1);
        QCOMPARE(count(*w, QStringLiteral("SELECT count(*) FROM consents WHERE method = "
                                          "'registration list “inscriptions.csv”'")),
                 3);

        // Importing the same file again adds nobody.
        RegistrationImport::Preview again = RegistrationImport::read(bytes);
        RegistrationImport::prepare(*w, &again);
        QCOMPARE(again.duplicates, 4);
        const auto second = RegistrationImport::apply(*w, again, options, &error);
        QVERIFY(second);
        QCOMPARE(second->created, 0);
        QCOMPARE(second->registered, 0);
        QCOMPARE(second->projectsCreated, 0);
        QCOMPARE(count(*w, QStringLiteral("SELECT count(*) FROM holders")), holdersBefore + 2);
    }

    void aDuplicateCanBeKeptApartOrSkipped()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        const int before = count(*w, QStringLiteral("SELECT count(*) FROM holders"));
        RegistrationImport::Preview preview = RegistrationImport::read(excelFile());
        RegistrationImport::prepare(*w, &preview);
        RegistrationImport::Options options;
        options.resolutions.insert(0, RegistrationImport::Resolution::CreateNew);
        options.resolutions.insert(1, RegistrationImport::Resolution::Skip);
        QString error;
        const auto report = RegistrationImport::apply(*w, preview, options, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->created, 2);
        QCOMPARE(report->skipped, 1);
        QCOMPARE(count(*w, QStringLiteral("SELECT count(*) FROM holders")), before + 2);
        QCOMPARE(
            count(*w, QStringLiteral(
                          "SELECT count(*) FROM holders WHERE email = 'nadia.ouali@exemple.fr'")),
            2);
    }

    void aFailureWritesNothing()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        const int holders = count(*w, QStringLiteral("SELECT count(*) FROM holders"));
        const int projects = count(*w, QStringLiteral("SELECT count(*) FROM projects"));
        RegistrationImport::Preview preview = RegistrationImport::read(excelFile());
        RegistrationImport::prepare(*w, &preview);
        // A row made invalid after the preview fails in the middle of the import.
        preview.rows[3].holder.email = QStringLiteral("@");
        RegistrationImport::Options options;
        options.workshopId = workshop(*w);
        QString error;
        QVERIFY(!RegistrationImport::apply(*w, preview, options, &error));
        QVERIFY2(error.contains(QStringLiteral("Line 8")), qPrintable(error));
        QCOMPARE(count(*w, QStringLiteral("SELECT count(*) FROM holders")), holders);
        QCOMPARE(count(*w, QStringLiteral("SELECT count(*) FROM projects")), projects);
        QCOMPARE(Attendance::participants(*w, options.workshopId).size(), 0);
    }

    void aFileWithoutNamesIsRefused()
    {
        const RegistrationImport::Preview preview =
            RegistrationImport::read(QByteArray("Horodateur;Montant\n2026-01-01;12\n"));
        QVERIFY(!preview.csv.ok);
        QVERIFY(preview.csv.error.contains(QStringLiteral("Nom")));
    }
};

QTEST_GUILESS_MAIN(TestRegistrationImport)
#include "tst_registrationimport.moc"
