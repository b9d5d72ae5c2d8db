#include "exchange/BundleImport.h"
#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"
#include "exchange/PlatformExport.h"
#include "projects/ProjectAnswers.h"
#include "projects/ProjectRecord.h"
#include "reference/CommuneCodes.h"
#include "reference/CommuneListModel.h"
#include "reference/Communes.h"
#include "reference/CommuneValue.h"
#include "review/Dashboard.h"
#include "review/ProjectSearch.h"
#include "storage/SchemaMigrator.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The communes of the Pas-de-Calais: the shipped list, commune answers with their INSEE code,
// the migration of older workspaces, files without codes, territory filters and axes.
class TestCommunes final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QVariant scalar(const Workspace &workspace, const QString &sql)
    {
        QSqlQuery query(workspace.database());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

    static QList<qint64> allProjects(const Workspace &workspace)
    {
        QList<qint64> ids;
        QSqlQuery query(workspace.database());
        if (query.exec(QStringLiteral("SELECT id FROM projects ORDER BY id"))) {
            while (query.next())
                ids << query.value(0).toLongLong();
        }
        return ids;
    }

    static QJsonObject commune(const char *code, const QString &name)
    {
        return {{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("name"), name}};
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(m_dir.isValid());
    }

    // What the issue asks of the file: 887 communes with unique codes, the comptoirs' towns,
    // postal codes of the department, every arrondissement and EPCI known.
    void theShippedList()
    {
        const QList<Commune> &all = Communes::all();
        QCOMPARE(all.size(), 887);
        QSet<QString> codes;
        QSet<QString> names;
        const QRegularExpression postal(QStringLiteral("^62\\d{3}$"));
        QSet<QString> arrondissements;
        for (const Territory &t : Communes::arrondissements())
            arrondissements.insert(t.code);
        QCOMPARE(arrondissements.size(), 7);
        QSet<QString> epcis;
        for (const Territory &t : Communes::epcis()) {
            QVERIFY(!t.name.isEmpty());
            epcis.insert(t.code);
        }
        QVERIFY(epcis.size() >= 15);
        for (const Commune &c : all) {
            QVERIFY2(c.code.size() == 5 && c.code.startsWith(QLatin1String("62")),
                     qPrintable(c.code));
            codes.insert(c.code);
            names.insert(c.name);
            QVERIFY2(!c.postalCodes.isEmpty(), qPrintable(c.name));
            for (const QString &p : c.postalCodes)
                QVERIFY2(postal.match(p).hasMatch(), qPrintable(c.name + QLatin1Char(' ') + p));
            QVERIFY2(arrondissements.contains(c.arrondissement), qPrintable(c.name));
            QVERIFY2(epcis.contains(c.epci), qPrintable(c.name));
            QCOMPARE(Communes::byCode(c.code), &c);
            QCOMPARE(Communes::find(c.name).commune, &c);
        }
        QCOMPARE(codes.size(), 887);
        QCOMPARE(names.size(), 887);
        for (const char *town :
             {"Outreau", "Liévin", "Calais", "Saint-Pol-sur-Ternoise", "Arleux-en-Gohelle",
              "Beaurainville", "Saint-Martin-lez-Tatinghem", "Le Portel", "Mont-Saint-Éloi"})
            QVERIFY2(Communes::find(QString::fromUtf8(town)), town);
        QCOMPARE(Communes::source(), QStringLiteral("@etalab/decoupage-administratif 6.0.0"));
    }

    void lookUps()
    {
        // Accents, case and hyphens ignored.
        QCOMPARE(Communes::find(QStringLiteral("  auxi LE chateau ")).commune->code,
                 QStringLiteral("62060"));
        QVERIFY(Communes::find(QStringLiteral("Auxi-le-Château")).formerName.isEmpty());
        // A former name finds the commune nouvelle, and says which name it was.
        const Communes::Match hesdin = Communes::find(QStringLiteral("hesdin"));
        QVERIFY(hesdin);
        QCOMPARE(hesdin.commune->name, QStringLiteral("Hesdin-la-Forêt"));
        QCOMPARE(hesdin.formerName, QStringLiteral("Hesdin"));
        QCOMPARE(Communes::find(QStringLiteral("Molinghem")).commune->name,
                 QStringLiteral("Isbergues"));
        // A code merged away leads to its commune; codes of elsewhere lead nowhere.
        QCOMPARE(Communes::byCode(u"62807")->name, QStringLiteral("Saint-Martin-lez-Tatinghem"));
        QVERIFY(!Communes::byCode(u"59350"));
        QVERIFY(!Communes::find(QStringLiteral("Lille")));
        QCOMPARE(Communes::codeOf(QStringLiteral("Lille")), QStringLiteral(""));
        QVERIFY(!Communes::codeOf(QStringLiteral("Lille")).isNull()); // NOT NULL columns
        // What a name the list does not know may have meant.
        const auto names = [](const QList<const Commune *> &communes) {
            QStringList result;
            for (const Commune *c : communes)
                result << c->name;
            return result;
        };
        QCOMPARE(names(Communes::suggestions(QStringLiteral("Boulogne"))).value(0),
                 QStringLiteral("Boulogne-sur-Mer"));
        QCOMPARE(names(Communes::suggestions(QStringLiteral("Lievn"))).value(0),
                 QStringLiteral("Liévin"));
        QVERIFY(Communes::suggestions(QStringLiteral("Lille-la-Grande-Ville")).isEmpty());
        // A postal code serves several communes.
        QStringList montreuil;
        for (const Commune *c : Communes::byPostalCode(u"62170"))
            montreuil << c->name;
        QVERIFY(montreuil.contains(QStringLiteral("Montreuil-sur-Mer")));
        QVERIFY(montreuil.contains(QStringLiteral("Neuville-sous-Montreuil")));
        QCOMPARE(Communes::arrondissementName(u"624"), QStringLiteral("Montreuil"));
        QCOMPARE(Communes::codesInArrondissement(u"624").size() +
                     Communes::codesInArrondissement(u"621").size() +
                     Communes::codesInArrondissement(u"622").size() +
                     Communes::codesInArrondissement(u"623").size() +
                     Communes::codesInArrondissement(u"625").size() +
                     Communes::codesInArrondissement(u"626").size() +
                     Communes::codesInArrondissement(u"627").size(),
                 887);
    }

    void answerValues()
    {
        using CommuneValue::Entry;
        // Strings matched by name (as written), objects as they are.
        const QJsonArray value{QStringLiteral("montreuil sur mer"),
                               commune("62060", QStringLiteral("Auxi")), QStringLiteral("Lille"),
                               QStringLiteral(" ")};
        const QList<Entry> entries = CommuneValue::entries(value);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0),
                 (Entry{QStringLiteral("62588"), QStringLiteral("montreuil sur mer")}));
        QCOMPARE(entries.at(1), (Entry{QStringLiteral("62060"), QStringLiteral("Auxi")}));
        QCOMPARE(entries.at(2), (Entry{QString(), QStringLiteral("Lille")}));
        // Typed text takes the commune's own name.
        QCOMPARE(CommuneValue::fromTyped(QStringLiteral("hesdin")),
                 (Entry{QStringLiteral("62447"), QStringLiteral("Hesdin-la-Forêt")}));
        QCOMPARE(CommuneValue::toJson(CommuneValue::fromTyped(QStringLiteral("Lille"))),
                 QJsonValue(QStringLiteral("Lille")));
        QCOMPARE(CommuneValue::toJson(entries, true),
                 QJsonValue(QJsonArray{commune("62588", QStringLiteral("montreuil sur mer")),
                                       commune("62060", QStringLiteral("Auxi")),
                                       QStringLiteral("Lille")}));
        QCOMPARE(CommuneValue::text(value), QStringLiteral("montreuil sur mer, Auxi, Lille"));
        QCOMPARE(CommuneValue::withNames(QJsonArray{commune("62060", QStringLiteral("Auxi"))}),
                 QJsonValue(QJsonArray{QStringLiteral("Auxi")}));
        QVERIFY(!CommuneValue::isCommune(QJsonObject{
            {QStringLiteral("code"), 1}, {QStringLiteral("name"), QStringLiteral("x")}}));
    }

    void completionModel()
    {
        CommuneListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 887 + int(Communes::formerNames().size()));
        bool montreuil = false;
        bool hesdin = false;
        for (int i = 0; i < model.rowCount(); ++i) {
            const QModelIndex index = model.index(i);
            const QString key = index.data(CommuneListModel::KeyRole).toString();
            if (index.data(CommuneListModel::CodeRole).toString() == QLatin1String("62588") &&
                index.data(CommuneListModel::FormerNameRole).toString().isEmpty()) {
                montreuil = true;
                QCOMPARE(index.data().toString(), QStringLiteral("Montreuil-sur-Mer (62170)"));
                QCOMPARE(key, QStringLiteral(" montreuil sur mer 62170"));
            }
            if (index.data(CommuneListModel::FormerNameRole).toString() ==
                QLatin1String("Hesdin")) {
                hesdin = true;
                QCOMPARE(index.data(CommuneListModel::NameRole).toString(),
                         QStringLiteral("Hesdin-la-Forêt"));
            }
        }
        QVERIFY(montreuil);
        QVERIFY(hesdin);
    }

    // A workspace of schema 5 is brought to 6: names that match get their code (the names stay
    // as written, nothing looks edited), the others stay as they were and are listed.
    void olderWorkspacesAreMigrated()
    {
        const QString path = m_dir.filePath(QStringLiteral("v5.comptoirdb"));
        const QString stamp = QStringLiteral("2025-03-01T10:00:00.000Z");
        const QStringList statements = {
            QStringLiteral("INSERT INTO venues (uuid, name, commune, created_at, updated_at,"
                           " origin) VALUES ('v1', 'Comptoir de Montreuil', 'Montreuil-sur-Mer',"
                           " '%1', '%1', 'o'), ('v2', 'Comptoir d''ailleurs', 'Lile', '%1',"
                           " '%1', 'o')")
                .arg(stamp),
            QStringLiteral("INSERT INTO holders (uuid, last_name, commune, created_at,"
                           " updated_at, origin) VALUES ('h1', 'Caron', 'aubigny en artois',"
                           " '%1', '%1', 'o')")
                .arg(stamp),
            QStringLiteral("INSERT INTO projects (id, uuid, title, commune, created_at,"
                           " updated_at, origin) VALUES"
                           " (1, 'p1', 'Ludothèque', 'Montreuil-sur-Mer', '%1', '%1', 'o'),"
                           " (2, 'p2', 'Navette', 'Hesdin', '%1', '%1', 'o'),"
                           " (3, 'p3', 'Friperie', 'Arras-sur-Mer', '%1', '%1', 'o')")
                .arg(stamp),
            QStringLiteral("INSERT INTO answers (uuid, project_id, field_key, value,"
                           " methodology_code, methodology_version, created_at, updated_at,"
                           " origin) VALUES"
                           " ('a1', 1, 'public.communes', '[\"Montreuil-sur-Mer\",\"Lile\"]',"
                           "  'idee-au-projet', 1, '%1', '%1', 'o'),"
                           " ('a2', 2, 'public.communes', '[\"Hesdin\"]', 'idee-au-projet', 1,"
                           "  '%1', '%1', 'o')")
                .arg(stamp),
        };
        QCOMPARE(TestSupport::writeOlderWorkspace(path, 5, statements), QString());

        QString error;
        auto w = Workspace::open(path, &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->migratedFrom(), 5);
        QCOMPARE(w->schemaVersion(), Workspace::latestSchemaVersion());
        QCOMPARE(scalar(*w, QStringLiteral("SELECT group_concat(commune_code, ',') FROM"
                                           " (SELECT commune_code FROM projects ORDER BY id)"))
                     .toString(),
                 QStringLiteral("62588,62447,"));
        QCOMPARE(scalar(*w, QStringLiteral("SELECT commune_code FROM holders")).toString(),
                 QStringLiteral("62045"));
        QCOMPARE(
            scalar(
                *w,
                QStringLiteral(
                    "SELECT group_concat(commune_code, ',') FROM"
                    " (SELECT commune_code FROM venues WHERE uuid IN ('v1', 'v2') ORDER BY uuid)"))
                .toString(),
            QStringLiteral("62588,"));
        QCOMPARE(
            scalar(*w, QStringLiteral("SELECT value FROM answers WHERE uuid = 'a1'")).toString(),
            QStringLiteral("[{\"code\":\"62588\",\"name\":\"Montreuil-sur-Mer\"},\"Lile\"]"));
        QCOMPARE(
            scalar(*w, QStringLiteral("SELECT value FROM answers WHERE uuid = 'a2'")).toString(),
            QStringLiteral("[{\"code\":\"62447\",\"name\":\"Hesdin\"}]"));
        // Nothing looks edited.
        QCOMPARE(scalar(*w, QStringLiteral("SELECT count(*) FROM projects WHERE updated_at <> '%1'")
                                .arg(stamp))
                     .toInt(),
                 0);
        QCOMPARE(scalar(*w, QStringLiteral("SELECT count(*) FROM answers WHERE updated_at <> '%1'")
                                .arg(stamp))
                     .toInt(),
                 0);

        // What is left for the facilitator: each unknown name once, with where it is written.
        const auto left = ProjectRecord::unrecognisedCommunes(*w);
        QVERIFY2(left, qPrintable(left.error()));
        QStringList said;
        for (const CommuneCodes::Unrecognised &u : *left)
            said << QStringLiteral("%1|%2|%3").arg(u.title, u.fieldKey, u.name);
        said.sort();
        QCOMPARE(said, (QStringList{QStringLiteral("Comptoir d'ailleurs||Lile"),
                                    QStringLiteral("Friperie|public.communes|Arras-sur-Mer"),
                                    QStringLiteral("Ludothèque|public.communes|Lile")}));

        // Fixing one through an edit takes it off the list.
        QVERIFY2(ProjectAnswers::write(*w, 3, QStringLiteral("public.communes"),
                                       QJsonArray{commune("62041", QStringLiteral("Arras"))},
                                       QStringLiteral("idee-au-projet"), 1, &error),
                 qPrintable(error));
        QCOMPARE(scalar(*w, QStringLiteral("SELECT commune || ' ' || commune_code FROM projects"
                                           " WHERE id = 3"))
                     .toString(),
                 QStringLiteral("Arras 62041"));
        QCOMPARE(ProjectRecord::unrecognisedCommunes(*w)->size(), 2);
        w.reset();
        // Opening again migrates nothing.
        auto again = Workspace::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->migratedFrom(), 0);
    }

    // A file written before codes existed: the names are matched on import; and giving a
    // commune its code makes no new version of a project (no conflict with such a file).
    void filesWithoutCodesStillImport()
    {
        auto facilitator = TestSupport::createDemo(m_dir, QStringLiteral("facilitator"));
        QVERIFY(facilitator);
        QString error;
        const QList<qint64> ids = allProjects(*facilitator);
        const auto bytes = BundleWriter::write(*facilitator, ids, &error);
        QVERIFY2(bytes, qPrintable(error));
        QJsonObject document = QJsonDocument::fromJson(*bytes).object();
        QJsonObject content = document.value(QStringLiteral("content")).toObject();
        // As Comptoir wrote it before: no "communeCode", commune answers as names.
        for (const char *list : {"venues", "holders", "projects", "organisations"}) {
            QJsonArray records = content.value(QLatin1String(list)).toArray();
            for (qsizetype i = 0; i < records.size(); ++i) {
                QJsonObject r = records.at(i).toObject();
                r.remove(QStringLiteral("communeCode"));
                records.replace(i, r);
            }
            content.insert(QLatin1String(list), records);
        }
        QJsonArray answers = content.value(QStringLiteral("answers")).toArray();
        for (qsizetype i = 0; i < answers.size(); ++i) {
            QJsonObject a = answers.at(i).toObject();
            if (a.value(QStringLiteral("key")).toString() == QLatin1String("public.communes")) {
                a.insert(QStringLiteral("value"),
                         CommuneValue::withNames(a.value(QStringLiteral("value"))));
                answers.replace(i, a);
            }
        }
        content.insert(QStringLiteral("answers"), answers);
        QVERIFY(!QJsonDocument(content).toJson().contains("communeCode"));
        QVERIFY(!QJsonDocument(content).toJson(QJsonDocument::Compact).contains("\"code\":\"62"));
        document.insert(QStringLiteral("content"), content);
        document.insert(QStringLiteral("sha256"),
                        QString::fromLatin1(BundleWriter::sha256(content)));
        const QString old = m_dir.filePath(QStringLiteral("old.comptoir"));
        {
            QFile file(old);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(document).toJson(QJsonDocument::Compact));
        }

        auto officer =
            Workspace::create(m_dir.filePath(QStringLiteral("officer.comptoirdb")), &error);
        QVERIFY2(officer, qPrintable(error));
        BundleImport::Plan plan;
        auto report = BundleImport::importFile(
            *officer, old, BundleImport::ConflictChoice::AsPlanned, &error, &plan);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->added, int(ids.size()));
        QCOMPARE(
            scalar(*officer, QStringLiteral("SELECT commune_code FROM projects WHERE title ="
                                            " 'Navette solidaire vers les marchés du Ternois'"))
                .toString(),
            QStringLiteral("62060"));
        QCOMPARE(scalar(*officer, QStringLiteral("SELECT count(*) FROM holders WHERE commune <> ''"
                                                 " AND commune_code = ''"))
                     .toInt(),
                 0);
        // The facilitator's own file, with codes, is the same version of every project.
        const QString current = m_dir.filePath(QStringLiteral("current.comptoir"));
        QVERIFY2(BundleWriter::writeFile(*facilitator, ids, current, &error), qPrintable(error));
        report = BundleImport::importFile(*officer, current,
                                          BundleImport::ConflictChoice::AsPlanned, &error, &plan);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->conflicts, 0);
        QCOMPARE(plan.count(BundleImport::Outcome::Conflict), 0);
        QCOMPARE(plan.count(BundleImport::Outcome::Added), 0);
    }

    // Officers filter and count by arrondissement and EPCI.
    void territoryFiltersAndAxes()
    {
        auto demo = TestSupport::createDemo(m_dir, QStringLiteral("territory"));
        QVERIFY(demo);
        QString error;
        const auto titles = [&](ProjectSearch::Query query) {
            const auto result = ProjectSearch::run(*demo, query, &error);
            QStringList found;
            for (const ProjectSearch::Hit &hit :
                 result ? result->hits : QList<ProjectSearch::Hit>())
                found << hit.title;
            found.sort();
            return found;
        };
        ProjectSearch::Query montreuil;
        montreuil.arrondissement = QStringLiteral("624");
        QCOMPARE(titles(montreuil),
                 QStringList{QStringLiteral(
                     "Ludothèque mobile pour les villages de la vallée de la Canche")});
        ProjectSearch::Query arras;
        arras.arrondissement = QStringLiteral("621");
        QCOMPARE(titles(arras),
                 (QStringList{QStringLiteral("Café des aidants familiaux"),
                              QStringLiteral("Friperie solidaire étudiante"),
                              QStringLiteral("Navette solidaire vers les marchés du Ternois"),
                              QStringLiteral("Épicerie solidaire itinérante du Ternois")}));
        // With text too, and by EPCI (the CU d'Arras).
        arras.text = QStringLiteral("friperie");
        QCOMPARE(titles(arras), QStringList{QStringLiteral("Friperie solidaire étudiante")});
        ProjectSearch::Query cua;
        cua.epci = Communes::byCode(u"62041")->epci;
        QCOMPARE(titles(cua), QStringList{QStringLiteral("Friperie solidaire étudiante")});

        const auto d = Dashboard::compute(*demo, 0, QDate(2026, 4, 1), &error);
        QVERIFY2(d, qPrintable(error));
        int total = 0;
        bool found = false;
        for (const Dashboard::Row &row : d->rows(Dashboard::Axis::Arrondissement)) {
            total += row.count;
            if (row.label == QLatin1String("Arras")) {
                found = true;
                QCOMPARE(row.count, 4);
            }
        }
        QVERIFY(found);
        QCOMPARE(total, d->total.count);
        total = 0;
        for (const Dashboard::Row &row : d->rows(Dashboard::Axis::Epci))
            total += row.count;
        QCOMPARE(total, d->total.count);
        QVERIFY(d->csv(Dashboard::Axis::Epci).contains("CA de Lens - Liévin"));
    }

    // The platform file's address: the commune with its postal code, for a geocoder.
    void platformAddressHasThePostalCode()
    {
        auto demo = TestSupport::createDemo(m_dir, QStringLiteral("platform"));
        QVERIFY(demo);
        QString error;
        const QList<qint64> ids = allProjects(*demo);
        const auto profile = PlatformExport::decidim();
        const auto rows = PlatformExport::rows(*demo, ids, profile, &error);
        QVERIFY2(rows, qPrintable(error));
        const int address = int(rows->first().indexOf(QStringLiteral("address")));
        QVERIFY(address >= 0);
        QStringList addresses;
        for (const QStringList &row : rows->mid(1))
            addresses << row.at(address);
        QVERIFY2(
            addresses.contains(QStringLiteral("62170 Montreuil-sur-Mer, Pas-de-Calais, France")),
            qPrintable(addresses.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCommunes)
#include "tst_communes.moc"
