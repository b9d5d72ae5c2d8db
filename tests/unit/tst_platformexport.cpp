#include "exchange/CsvReader.h"
#include "exchange/PlatformExport.h"
#include "storage/Workspace.h"
#include "Language.h"
#include "TestSupport.h"
#include "attachments/Attachments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The platform file: Decidim's profile as its importer reads it (';', UTF-8, title/fr and
// body/fr, the body as HTML paragraphs on one line), no personal data beyond consented public
// names, the same rows as JSON with identical keys, and another platform's profile read from a
// file.
class TestPlatformExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_demo;

    QList<qint64> allProjects() const
    {
        QList<qint64> ids;
        QSqlQuery query(m_demo->database());
        query.exec(QStringLiteral("SELECT id FROM projects ORDER BY id"));
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }

    QStringList column(const char *sql) const
    {
        QStringList values;
        QSqlQuery query(m_demo->database());
        query.exec(QLatin1String(sql));
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("fr")));
        m_demo = TestSupport::createDemo(m_dir);
        QVERIFY(m_demo);
    }

    void attachmentsGoBesideNeverTheConfidentialOnes()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir, QStringLiteral("pieces"));
        QVERIFY(w);
        QList<qint64> ids;
        QSqlQuery query(w->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects ORDER BY id LIMIT 2")));
        while (query.next())
            ids << query.value(0).toLongLong();
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(bytes);
            return file.fileName();
        };
        const QString quote = write(QStringLiteral("devis.pdf"), "%PDF-1.4 devis du traiteur");
        const QString bank = write(QStringLiteral("rib.pdf"), "%PDF-1.4 relevé bancaire");
        const QString plan = write(QStringLiteral("plan.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + "plan");
        auto first = Attachments::attach(*w, ids.at(0), {quote, bank});
        QVERIFY(first);
        Attachments::Attachment statement = first->attached.at(1);
        statement.confidential = true;
        QVERIFY(Attachments::update(*w, statement));
        Attachments::Attachment quoted = first->attached.at(0);
        quoted.caption = QStringLiteral("Devis du traiteur");
        QVERIFY(Attachments::update(*w, quoted));
        QVERIFY(Attachments::attach(*w, ids.at(1), {plan}));

        const QString path = dir.filePath(QStringLiteral("plateforme.csv"));
        QString error;
        int pieces = 0;
        QVERIFY2(PlatformExport::writeFile(*w, ids, PlatformExport::decidim(),
                                           PlatformExport::Format::Csv, path, &error, &pieces),
                 qPrintable(error));
        QCOMPARE(pieces, 2);
        const QDir folder(PlatformExport::attachmentsFolder(path));
        QCOMPARE(folder.dirName(), QStringLiteral("plateforme - pièces jointes"));
        const QStringList projects = folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(projects.size(), 2);
        QStringList files;
        for (const QString &project : projects) {
            for (const QString &file : QDir(folder.filePath(project)).entryList(QDir::Files))
                files << project + QLatin1Char('/') + file;
        }
        QCOMPARE(files.size(), 2);
        QVERIFY2(std::any_of(files.cbegin(), files.cend(),
                             [](const QString &f) {
                                 return f.endsWith(QLatin1String("/01 - Devis - Devis du traiteur.pdf"));
                             }),
                 qPrintable(files.join(u',')));
        QVERIFY(!files.join(u',').contains(QStringLiteral("rib")));
        QVERIFY(!files.join(u',').contains(QStringLiteral("Autre")));
        for (const QString &f : std::as_const(files)) {
            if (f.endsWith(QLatin1String(".pdf")))
                QCOMPARE(TestSupport::fileBytes(folder.filePath(f)), TestSupport::fileBytes(quote));
        }

        // Exported again after the plan became confidential: the folder is replaced whole.
        Attachments::Attachment planned = Attachments::list(*w, ids.at(1))->first();
        planned.confidential = true;
        QVERIFY(Attachments::update(*w, planned));
        QVERIFY(PlatformExport::writeFile(*w, ids, PlatformExport::decidim(),
                                          PlatformExport::Format::Csv, path, &error, &pieces));
        QCOMPARE(pieces, 1);
        QCOMPARE(folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        QVERIFY(!QFileInfo::exists(folder.path() + QStringLiteral(".part")));
    }

    void decidimCsvIsWhatItsImporterReads()
    {
        const QString path = m_dir.filePath(QStringLiteral("plateforme.csv"));
        QString error;
        QVERIFY2(PlatformExport::writeFile(*m_demo, allProjects(), PlatformExport::decidim(),
                                           PlatformExport::Format::Csv, path, &error),
                 qPrintable(error));
        const QByteArray bytes = TestSupport::fileBytes(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "id;title/fr;body/fr;address;"));

        // Read back as a spreadsheet would: one record per project, every record complete.
        const CsvReader::Result csv = CsvReader::parse(bytes);
        QVERIFY2(csv.ok, qPrintable(csv.error));
        QCOMPARE(csv.separator, QLatin1Char(';'));
        QCOMPARE(csv.records.size(), 15);
        const QStringList header = csv.records.first().fields;
        QVERIFY(header.contains(QStringLiteral("title/fr")));
        QVERIFY(header.contains(QStringLiteral("body/fr")));
        const int title = int(header.indexOf(QStringLiteral("title/fr")));
        const int body = int(header.indexOf(QStringLiteral("body/fr")));
        const QStringList titles = column("SELECT title FROM projects");
        for (qsizetype r = 1; r < csv.records.size(); ++r) {
            const QStringList fields = csv.records.at(r).fields;
            QCOMPARE(fields.size(), header.size());
            QVERIFY(titles.contains(fields.at(title)));
            // HTML paragraphs on one line (line breaks in a field broke Decidim's import).
            QVERIFY2(fields.at(body).startsWith(QStringLiteral("<p>")),
                     qPrintable(fields.at(body)));
            QVERIFY(!fields.at(body).contains(QLatin1Char('\n')));
            QVERIFY(!fields.at(body).contains(QLatin1Char('\r')));
        }
        // A known summary, escaped for HTML, is in its project's body.
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("<p><strong>Catégorie\u00a0:</strong> ")));

        // No contact details at all; names only with the holder's consent to publish them.
        for (const QString &email : column("SELECT email FROM holders WHERE email <> ''"))
            QVERIFY2(!text.contains(email), qPrintable(email));
        for (const QString &phone : column("SELECT phone FROM holders WHERE phone <> ''"))
            QVERIFY2(!text.contains(phone), qPrintable(phone));
        const QStringList consenting = column(
            "SELECT trim(h.first_name || ' ' || h.last_name) FROM holders h JOIN consents c ON "
            "c.holder_id = h.id AND c.kind = 'publish_name' AND c.granted = 1 JOIN project_holders "
            "ph ON ph.holder_id = h.id");
        const QStringList others = column(
            "SELECT trim(h.first_name || ' ' || h.last_name) FROM holders h JOIN project_holders ph"
            " ON ph.holder_id = h.id"
            " WHERE h.kind = 'person' AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.holder_id ="
            " h.id AND c.kind = 'publish_name' AND c.granted = 1)");
        QVERIFY(!consenting.isEmpty());
        QVERIFY(!others.isEmpty());
        const int name = int(header.indexOf(QStringLiteral("holder_public_name")));
        QStringList names;
        for (qsizetype r = 1; r < csv.records.size(); ++r)
            names << csv.records.at(r).fields.at(name);
        for (const QString &n : consenting)
            QVERIFY2(names.join(u'|').contains(n), qPrintable(n));
        for (const QString &n : others)
            QVERIFY2(!names.join(u'|').contains(n), qPrintable(n));
    }

    void jsonRowsCarryTheSameKeys()
    {
        QString error;
        const auto rows =
            PlatformExport::rows(*m_demo, allProjects(), PlatformExport::decidim(), &error);
        QVERIFY2(rows, qPrintable(error));
        const QJsonDocument json = QJsonDocument::fromJson(PlatformExport::json(*rows));
        QVERIFY(json.isArray());
        QCOMPARE(json.array().size(), 14);
        const QStringList keys = json.array().first().toObject().keys();
        QVERIFY(keys.contains(QStringLiteral("title/fr")));
        for (const QJsonValue &v : json.array()) {
            QCOMPARE(v.toObject().keys(), keys); // Decidim takes the columns from the first
            for (const QJsonValue &value : v.toObject())
                QVERIFY(value.isString());
        }
    }

    void anotherPlatformsProfileFromAFile()
    {
        const QString profile = m_dir.filePath(QStringLiteral("autre.json"));
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"comptoir-platform-profile\", \"formatVersion\": 1, "
                   "\"name\": \"Autre plateforme\", \"separator\": \",\", \"bom\": false, "
                   "\"columns\": [{\"header\": \"ref\", \"value\": \"uuid\"}, "
                   "{\"header\": \"Nom\", \"value\": \"title\"}, "
                   "{\"header\": \"Montant\", \"value\": \"amountRequestedCents\"}, "
                   "{\"header\": \"Idée\", \"value\": \"answer:idee.resume\"}, "
                   "{\"header\": \"Texte\", \"value\": \"bodyText\"}], "
                   "\"body\": [{\"title\": \"Résumé\", \"value\": \"summary\"}]} ");
        file.close();
        const QString out = m_dir.filePath(QStringLiteral("autre.csv"));
        QProcess process;
        process.setProcessEnvironment(TestSupport::isolatedEnvironment());
        process.start(TestSupport::comptoirBinary(),
                      {QStringLiteral("export-platform"), QStringLiteral("--workspace"),
                       m_demo->filePath(), QStringLiteral("--out"), out, QStringLiteral("--stage"),
                       QStringLiteral("ready"), QStringLiteral("--profile"), profile});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray bytes = TestSupport::fileBytes(out);
        QVERIFY(bytes.startsWith("ref,Nom,Montant,Id\xC3\xA9"
                                 "e,Texte\r\n"));
        const CsvReader::Result csv = CsvReader::parse(bytes);
        QVERIFY(csv.ok);
        QCOMPARE(csv.records.size(),
                 1 + column("SELECT id FROM projects WHERE stage = 'ready'").size());
        // The plain-text body keeps its line breaks, quoted.
        QVERIFY(csv.records.at(1).fields.at(4).startsWith(QStringLiteral("Résumé\u00a0: ")));
    }

    void badProfilesAreRefusedInFrench_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QByteArray("colonnes: titre") << QStringLiteral("JSON");
        QTest::newRow("not a profile")
            << QByteArray("{\"columns\": []} ") << QStringLiteral("comptoir-platform-profile");
        QTest::newRow("unknown value")
            << QByteArray(
                   "{\"format\": \"comptoir-platform-profile\", \"formatVersion\": 1, "
                   "\"name\": \"x\", \"columns\": [{\"header\": \"a\", \"value\": \"email\"}]} ")
            << QStringLiteral("email");
        QTest::newRow("header twice")
            << QByteArray(
                   "{\"format\": \"comptoir-platform-profile\", \"formatVersion\": 1, "
                   "\"name\": \"x\", \"columns\": [{\"header\": \"a\", \"value\": \"title\"}, "
                   "{\"header\": \"a\", \"value\": \"uuid\"}]} ")
            << QStringLiteral("columns[1]");
        QTest::newRow("no columns")
            << QByteArray("{\"format\": \"comptoir-platform-profile\", \"formatVersion\": 1, "
                          "\"name\": \"x\", \"columns\": []} ")
            << QStringLiteral("columns");
    }

    void badProfilesAreRefusedInFrench()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!PlatformExport::parseProfile(json, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPlatformExport)
#include "tst_platformexport.moc"
