#include "demo/SyntheticWorkspace.h"
#include "exchange/BundleImport.h"
#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"
#include "methodology/Methodology.h"
#include "methodology/MethodologyStore.h"
#include "rules/Edition.h"
#include "session/Deletions.h"
#include "storage/Timestamp.h"
#include "storage/Trash.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLock.h"
#include "TestSupport.h"
#include "workshops/Holders.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using Outcome = BundleImport::Outcome;
using Choice = BundleImport::ConflictChoice;

// Merging .comptoir files: added, identical, older, newer, conflicts settled field by field,
// records recognised instead of duplicated, refusals that leave the workspace untouched, and
// the round trip (export → import into an empty workspace → export gives the same content).
class TestBundleImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<Workspace> create(const QString &name)
    {
        QString error;
        auto workspace = Workspace::create(path(name + QStringLiteral(".comptoirdb")), &error);
        if (!workspace)
            qWarning("%s", qPrintable(error));
        return workspace;
    }

    // Exports every project (remembering the versions handed over) and returns the file.
    QString exportAll(Workspace &workspace)
    {
        const QString file = path(QStringLiteral("export-%1.comptoir").arg(++m_files));
        QString error;
        if (!BundleWriter::writeFile(workspace, TestSupport::projectIds(workspace), file, &error))
            qWarning("%s", qPrintable(error));
        return file;
    }

    static std::optional<BundleImport::Report> import(Workspace &workspace, const QString &file,
                                                      Choice choice = Choice::AsPlanned,
                                                      BundleImport::Plan *plan = nullptr)
    {
        QString error;
        auto report = BundleImport::importFile(workspace, file, choice, &error, plan);
        if (!report)
            qWarning("%s", qPrintable(error));
        return report;
    }

    static QVariant value(const Workspace &workspace, const QString &sql)
    {
        QSqlQuery query(workspace.database());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    static qint64 rowCount(const Workspace &workspace, const char *table)
    {
        return value(workspace, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toLongLong();
    }

    // A trigger of the workspace's own that makes every import write the provenance of a
    // project that is not there: a reference that does not hold, which only SQLite's checks see.
    // (A temporary one would go with the import's choice of temporary storage.)
    static bool breakReferencesOfImports(const Workspace &workspace, QString *error)
    {
        QSqlQuery trigger(workspace.database());
        if (trigger.exec(QStringLiteral(
                "CREATE TRIGGER broken_reference AFTER INSERT ON imports BEGIN"
                " INSERT INTO project_imports (project_id, import_id, action)"
                " VALUES (999999, new.id, 'added'); END")))
            return true;
        *error = trigger.lastError().text();
        return false;
    }

    static QString firstProject(const Workspace &workspace)
    {
        return value(workspace, QStringLiteral("SELECT uuid FROM projects ORDER BY uuid LIMIT 1"))
            .toString();
    }

    // An edit as the editor makes it: the field and the time of the change.
    static void edit(Workspace &workspace, const QString &uuid, const QString &column,
                     const QString &text)
    {
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("UPDATE projects SET %1 = ?, updated_at = ? WHERE uuid = ?")
                          .arg(column));
        query.addBindValue(text);
        query.addBindValue(Timestamp::now());
        query.addBindValue(uuid);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }

    static QString projectText(const Workspace &workspace, const QString &uuid,
                               const QString &column)
    {
        return value(workspace,
                     QStringLiteral("SELECT %1 FROM projects WHERE uuid = '%2'").arg(column, uuid))
            .toString();
    }

    static QByteArray content(const Workspace &workspace)
    {
        QString error;
        const QDateTime at(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc());
        const auto bytes = BundleWriter::write(workspace, TestSupport::projectIds(workspace), &error, at);
        if (!bytes)
            return {};
        const QJsonObject document = QJsonDocument::fromJson(*bytes).object();
        return QJsonDocument(document.value(QStringLiteral("content")).toObject())
            .toJson(QJsonDocument::Compact);
    }

    // Runs `comptoir import --workspace W [extra…] FILE` as a mission officer would: its exit
    // code (-1 if it did not finish in a minute) and what it said (errors, then output).
    static std::pair<int, QString> importFromCommandLine(const QString &workspace,
                                                         const QString &file,
                                                         const QStringList &extra = {})
    {
        return TestSupport::runComptoir(
            QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), workspace} +
            extra + QStringList{file});
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(m_dir.isValid());
    }

    void addsThenSkipsWhatItAlreadyHas()
    {
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        const QString file = exportAll(*facilitator);
        auto officer = create(QStringLiteral("officer-a"));
        QVERIFY(officer);

        const auto first = import(*officer, file);
        QVERIFY(first);
        QCOMPARE(first->added, 14);
        QCOMPARE(first->updated + first->skipped + first->conflicts, 0);
        QVERIFY(first->importId > 0);
        QCOMPARE(value(*officer, QStringLiteral("SELECT count(*) FROM projects")).toInt(), 14);
        QCOMPARE(value(*officer, QStringLiteral("SELECT count(*) FROM answers")),
                 value(*facilitator, QStringLiteral("SELECT count(*) FROM answers")));
        QCOMPARE(value(*officer, QStringLiteral("SELECT count(*) FROM budget_lines")),
                 value(*facilitator, QStringLiteral("SELECT count(*) FROM budget_lines")));
        // The seven comptoirs are the same records everywhere: not one more.
        QCOMPARE(value(*officer, QStringLiteral("SELECT count(*) FROM venues")),
                 value(*facilitator, QStringLiteral("SELECT count(*) FROM venues")));

        // Provenance: the file, its producer, what the import did.
        const qint64 id =
            value(*officer, QStringLiteral("SELECT id FROM projects LIMIT 1")).toLongLong();
        const QList<BundleImport::Provenance> from = BundleImport::provenance(*officer, id);
        QCOMPARE(from.size(), 1);
        QCOMPARE(from.first().fileName, QFileInfo(file).fileName());
        QCOMPARE(from.first().producer, facilitator->origin());
        QCOMPARE(from.first().action, QStringLiteral("added"));
        // The import keeps its statement journals in memory, and only itself: the connection's
        // other sorts are back on SQLite's default temporary storage (0) after it.
        QCOMPARE(value(*officer, QStringLiteral("PRAGMA temp_store")).toInt(), 0);

        // Again: everything identical, and the workspace file stays byte for byte as it was.
        const QString officerPath = officer->filePath();
        officer.reset();
        const QByteArray before = TestSupport::fileBytes(officerPath);
        QString error;
        officer = Workspace::open(officerPath, &error);
        QVERIFY2(officer, qPrintable(error));
        BundleImport::Plan plan;
        const auto again = import(*officer, file, Choice::AsPlanned, &plan);
        QVERIFY(again);
        QCOMPARE(again->skipped, 14);
        QCOMPARE(again->added + again->updated + again->conflicts, 0);
        QVERIFY(!plan.previousImport.isEmpty()); // "this file was imported on …"
        officer.reset();
        QCOMPARE(TestSupport::fileBytes(officerPath), before);
    }

    void roundTripGivesTheSameContent_data()
    {
        QTest::addColumn<int>("projects");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("1 project") << 1 << quint64(7);
        QTest::newRow("25 projects, seed 62") << 25 << quint64(62);
        QTest::newRow("60 projects, seed 1789") << 60 << quint64(1789);
        QTest::newRow("120 projects, seed 2027") << 120 << quint64(2027);
    }

    // The property: any workspace exported, imported into an empty one and exported again
    // gives the same content, byte for byte (only the export's time and producer differ).
    void roundTripGivesTheSameContent()
    {
        QFETCH(int, projects);
        QFETCH(quint64, seed);
        auto source = create(QStringLiteral("source-%1").arg(seed));
        QVERIFY(source);
        QString error;
        QVERIFY2(SyntheticWorkspace::populate(*source, projects, seed, &error), qPrintable(error));
        // Erased and consenting holders, the hard cases for personal data, are in the mix.
        const qint64 holder =
            value(*source, QStringLiteral("SELECT holder_id FROM project_holders LIMIT 1"))
                .toLongLong();
        QVERIFY(Holders::erase(*source, holder, &error));
        // Deletions too: a project in the trash, a budget line and a comment deleted.
        int expected = projects;
        if (projects > 1) {
            QVERIFY(Deletions::deleteProjects(
                *source,
                {value(*source, QStringLiteral("SELECT max(id) FROM projects")).toLongLong()}));
            --expected;
            QSqlQuery remove(source->database());
            QVERIFY(remove.exec(QStringLiteral(
                "DELETE FROM budget_lines WHERE id = (SELECT min(id) FROM budget_lines)")));
            QVERIFY(remove.exec(QStringLiteral(
                "DELETE FROM review_comments WHERE id = (SELECT min(id) FROM review_comments)")));
            QVERIFY(value(*source, QStringLiteral("SELECT count(*) FROM tombstones")).toInt() >= 2);
        }

        const QByteArray original = content(*source);
        QVERIFY(!original.isEmpty());
        const QString file = exportAll(*source);
        auto copy = create(QStringLiteral("copy-%1").arg(seed));
        QVERIFY(copy);
        const auto report = import(*copy, file);
        QVERIFY(report);
        QCOMPARE(report->added, expected);
        const QByteArray copied = content(*copy);
        if (copied != original) {
            // Say where they part, rather than dumping megabytes.
            qsizetype at = 0;
            while (at < copied.size() && at < original.size() && copied.at(at) == original.at(at))
                ++at;
            qWarning("first difference at byte %lld:\n%s\n%s", qint64(at),
                     original.mid(qMax<qsizetype>(0, at - 80), 200).constData(),
                     copied.mid(qMax<qsizetype>(0, at - 80), 200).constData());
        }
        QCOMPARE(copied, original);
    }

    void newerVersionReplacesOlderIsSkipped()
    {
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        const QString uuid = firstProject(*facilitator);
        const QString first = exportAll(*facilitator);
        auto officer = create(QStringLiteral("officer-b"));
        QVERIFY(import(*officer, first));

        // The facilitator goes on working: the file's version is newer.
        edit(*facilitator, uuid, QStringLiteral("title"), QStringLiteral("Épicerie solidaire, v2"));
        const QString second = exportAll(*facilitator);
        BundleImport::Plan plan;
        const auto report = import(*officer, second, Choice::AsPlanned, &plan);
        QVERIFY(report);
        QCOMPARE(report->updated, 1);
        QCOMPARE(report->skipped, 13);
        QCOMPARE(projectText(*officer, uuid, QStringLiteral("title")),
                 QStringLiteral("Épicerie solidaire, v2"));
        const qint64 id =
            value(*officer, QStringLiteral("SELECT id FROM projects WHERE uuid = '%1'").arg(uuid))
                .toLongLong();
        QCOMPARE(BundleImport::provenance(*officer, id).first().action, QStringLiteral("updated"));

        // The officer edits; the old file, imported again, is older: the edit stays.
        edit(*officer, uuid, QStringLiteral("summary"), QStringLiteral("Revu en commission."));
        const auto old = import(*officer, first, Choice::AsPlanned, &plan);
        QVERIFY(old);
        QCOMPARE(old->updated, 0);
        QCOMPARE(old->skipped, 14);
        QCOMPARE(projectText(*officer, uuid, QStringLiteral("summary")),
                 QStringLiteral("Revu en commission."));
        QCOMPARE(projectText(*officer, uuid, QStringLiteral("title")),
                 QStringLiteral("Épicerie solidaire, v2"));

        // And the officer's file, back at the facilitator's, is newer there.
        const QString back = exportAll(*officer);
        const auto returned = import(*facilitator, back);
        QVERIFY(returned);
        QCOMPARE(returned->updated, 1);
        QCOMPARE(returned->conflicts, 0);
        QCOMPARE(projectText(*facilitator, uuid, QStringLiteral("summary")),
                 QStringLiteral("Revu en commission."));
    }

    void bothChangedIsAConflictSettledFieldByField()
    {
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        const QString uuid = firstProject(*facilitator);
        auto officer = create(QStringLiteral("officer-c"));
        QVERIFY(import(*officer, exportAll(*facilitator)));
        const QString officerSummary = QStringLiteral("Résumé revu par la mission.");
        edit(*officer, uuid, QStringLiteral("summary"), officerSummary);
        edit(*facilitator, uuid, QStringLiteral("title"), QStringLiteral("Titre de l'atelier"));
        edit(*facilitator, uuid, QStringLiteral("summary"), QStringLiteral("Résumé de l'atelier"));
        const QString file = exportAll(*facilitator);

        // Without a choice, the command-line path refuses and changes nothing.
        QString error;
        BundleImport::Plan plan;
        QVERIFY(!BundleImport::importFile(*officer, file, Choice::AsPlanned, &error, &plan));
        QVERIFY2(error.contains(QStringLiteral("Titre de l'atelier")) ||
                     error.contains(projectText(*officer, uuid, QStringLiteral("title"))),
                 qPrintable(error));
        QCOMPARE(projectText(*officer, uuid, QStringLiteral("summary")), officerSummary);

        // The plan shows both sides of each differing field.
        QCOMPARE(plan.count(Outcome::Conflict), 1);
        QCOMPARE(plan.count(Outcome::Identical), 13);
        BundleImport::ProjectPlan *conflict = nullptr;
        for (BundleImport::ProjectPlan &p : plan.projects)
            if (p.outcome == Outcome::Conflict)
                conflict = &p;
        QVERIFY(conflict);
        QStringList keys;
        for (const BundleImport::Field &f : conflict->fields)
            keys << f.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("title"), QStringLiteral("summary")}));
        QCOMPARE(conflict->fields.at(1).local, officerSummary);
        QCOMPARE(conflict->fields.at(1).incoming, QStringLiteral("Résumé de l'atelier"));

        // The facilitator's title, the officer's summary.
        conflict->fields[0].takeIncoming = true;
        const auto report = BundleImport::apply(*officer, plan, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->conflicts, 1);
        QCOMPARE(projectText(*officer, uuid, QStringLiteral("title")),
                 QStringLiteral("Titre de l'atelier"));
        QCOMPARE(projectText(*officer, uuid, QStringLiteral("summary")), officerSummary);

        // Settled once: the same file again is older than the merged version.
        const auto again = import(*officer, file);
        QVERIFY(again);
        QCOMPARE(again->conflicts, 0);
        QCOMPARE(again->skipped, 14);
    }

    void answersAndBudgetInConflict()
    {
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        const QString uuid =
            value(*facilitator, QStringLiteral("SELECT p.uuid FROM projects p JOIN answers a ON "
                                               "a.project_id = p.id JOIN budget_lines b ON "
                                               "b.project_id = p.id ORDER BY p.uuid LIMIT 1"))
                .toString();
        QVERIFY(!uuid.isEmpty());
        auto officer = create(QStringLiteral("officer-d"));
        QVERIFY(import(*officer, exportAll(*facilitator)));
        const auto changeAnswer = [&](Workspace &w, const QString &text) {
            QSqlQuery q(w.database());
            q.prepare(
                QStringLiteral("UPDATE answers SET value = ?, updated_at = ? WHERE id = "
                               "(SELECT a.id FROM answers a JOIN projects p ON p.id = "
                               "a.project_id WHERE p.uuid = ? ORDER BY a.field_key LIMIT 1)"));
            q.addBindValue(
                QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact))
                    .mid(1)
                    .chopped(1));
            q.addBindValue(Timestamp::now());
            q.addBindValue(uuid);
            QVERIFY(q.exec());
            QCOMPARE(q.numRowsAffected(), 1);
        };
        changeAnswer(*facilitator, QStringLiteral("Réponse de l'atelier"));
        changeAnswer(*officer, QStringLiteral("Réponse de la mission"));
        QSqlQuery budget(facilitator->database());
        QVERIFY(budget.exec(QStringLiteral("UPDATE budget_lines SET amount_cents = amount_cents + "
                                           "100 WHERE project_id = (SELECT id FROM projects WHERE "
                                           "uuid = '%1')")
                                .arg(uuid)));
        const QString file = exportAll(*facilitator);
        BundleImport::Plan plan;
        QString error;
        QVERIFY(!BundleImport::importFile(*officer, file, Choice::AsPlanned, &error, &plan));
        const auto it = std::find_if(plan.projects.begin(), plan.projects.end(),
                                     [](const auto &p) { return p.outcome == Outcome::Conflict; });
        QVERIFY(it != plan.projects.end());
        QStringList keys;
        for (const BundleImport::Field &f : it->fields)
            keys << f.key;
        QVERIFY2(keys.size() == 2 && keys.at(0).startsWith(QStringLiteral("answer:")) &&
                     keys.at(1) == QStringLiteral("budgetLines"),
                 qPrintable(keys.join(u',')));
        QCOMPARE(it->fields.at(0).local, QStringLiteral("Réponse de la mission"));
        QCOMPARE(it->fields.at(0).incoming, QStringLiteral("Réponse de l'atelier"));
        // Keep the officer's answer, take the workshop's budget.
        it->fields[1].takeIncoming = true;
        QVERIFY2(BundleImport::apply(*officer, plan, &error), qPrintable(error));
        QCOMPARE(
            value(*officer,
                  QStringLiteral("SELECT sum(amount_cents) FROM budget_lines b JOIN projects p "
                                 "ON p.id = b.project_id WHERE p.uuid = '%1'")
                      .arg(uuid)),
            value(*facilitator,
                  QStringLiteral("SELECT sum(amount_cents) FROM budget_lines b JOIN projects p "
                                 "ON p.id = b.project_id WHERE p.uuid = '%1'")
                      .arg(uuid)));
        QVERIFY(value(*officer, QStringLiteral("SELECT count(*) FROM answers WHERE value LIKE "
                                               "'%Réponse de la mission%'"))
                    .toInt() == 1);
    }

    void editionsAndMethodologiesAreMergedNotDuplicated()
    {
        auto a = create(QStringLiteral("edition-a"));
        auto b = create(QStringLiteral("edition-b"));
        QVERIFY(a && b);
        QString error;
        // Both create "the 2027 edition" and store the methodology, apart.
        for (Workspace *w : {a.get(), b.get()}) {
            QVERIFY2(Edition::save(*w, Edition::forYear(2027), &error) > 0, qPrintable(error));
            QVERIFY2(MethodologyStore::store(*w, Methodology::builtIn(), &error) > 0,
                     qPrintable(error));
        }
        QCOMPARE(value(*a, QStringLiteral("SELECT uuid FROM editions")),
                 value(*b, QStringLiteral("SELECT uuid FROM editions")));
        // An older workspace gave its 2026 edition and its methodology random UUIDs.
        QSqlQuery old(b->database());
        QVERIFY(old.exec(QStringLiteral("UPDATE methodologies SET uuid = '%1'")
                             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
        Edition e2026 = Edition::forYear(2026);
        e2026.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(Edition::save(*b, e2026, &error) > 0);
        QVERIFY(Edition::save(*a, Edition::forYear(2026), &error) > 0);

        // a's projects in both editions, following the methodology.
        QSqlQuery insert(a->database());
        const QString now = Timestamp::now();
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO projects (uuid, edition_id, category_id, methodology_id,"
                           " title, created_at, updated_at, origin)"
                           " SELECT lower(hex(randomblob(4))) || '-aaaa-4aaa-8aaa-' ||"
                           " lower(hex(randomblob(6))), e.id,"
                           " (SELECT min(id) FROM categories c WHERE c.edition_id = e.id),"
                           " (SELECT id FROM methodologies), 'Projet ' || e.year, '%1', '%1', '%2'"
                           " FROM editions e")
                .arg(now, a->origin())));
        const auto report = import(*b, exportAll(*a));
        QVERIFY(report);
        QCOMPARE(report->added, 2);
        QCOMPARE(value(*b, QStringLiteral("SELECT count(*) FROM editions")).toInt(), 2);
        QCOMPARE(value(*b, QStringLiteral("SELECT count(*) FROM methodologies")).toInt(), 1);
        QCOMPARE(value(*b, QStringLiteral("SELECT count(*) FROM categories")),
                 value(*a, QStringLiteral("SELECT count(*) FROM categories")));
        // The 2026 project now belongs to b's own 2026 edition and one of its categories.
        QCOMPARE(value(*b, QStringLiteral("SELECT e.uuid FROM projects p JOIN editions e ON e.id ="
                                          " p.edition_id WHERE p.title = 'Projet 2026'"))
                     .toString(),
                 e2026.uuid);
        QVERIFY(value(*b, QStringLiteral("SELECT c.edition_id = p.edition_id FROM projects p JOIN "
                                         "categories c ON c.id = p.category_id WHERE p.title = "
                                         "'Projet 2026'"))
                    .toBool());
    }

    void holdersStayErasedAndKeepTheirContactDetails()
    {
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        auto officer = create(QStringLiteral("officer-e"));
        QVERIFY(import(*officer, exportAll(*facilitator)));
        // The officer learns a holder's e-mail (no consent: it never travelled), the facilitator
        // then edits the same holder's commune.
        const QString holder = value(*officer, QStringLiteral("SELECT h.uuid FROM holders h WHERE "
                                                              "h.email = '' AND h.erased_at IS "
                                                              "NULL ORDER BY h.uuid LIMIT 1"))
                                   .toString();
        QVERIFY(!holder.isEmpty());
        QSqlQuery q(officer->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE holders SET email = 'porteur@example.org' WHERE "
                                      "uuid = '%1'")
                           .arg(holder)));
        QSqlQuery f(facilitator->database());
        QVERIFY(f.exec(QStringLiteral("UPDATE holders SET commune = 'Arras', updated_at = '%1' "
                                      "WHERE uuid = '%2'")
                           .arg(Timestamp::now(), holder)));
        QVERIFY(import(*officer, exportAll(*facilitator)));
        QCOMPARE(value(*officer,
                       QStringLiteral("SELECT commune FROM holders WHERE uuid = '%1'").arg(holder))
                     .toString(),
                 QStringLiteral("Arras"));
        QCOMPARE(value(*officer,
                       QStringLiteral("SELECT email FROM holders WHERE uuid = '%1'").arg(holder))
                     .toString(),
                 QStringLiteral("porteur@example.org"));

        // Erased at the officer's: an older file does not bring the name back.
        QString error;
        const qint64 id =
            value(*officer, QStringLiteral("SELECT id FROM holders WHERE uuid = '%1'").arg(holder))
                .toLongLong();
        QVERIFY(Holders::erase(*officer, id, &error));
        QVERIFY(f.exec(QStringLiteral("UPDATE holders SET commune = 'Lens', updated_at = '%1' "
                                      "WHERE uuid = '%2'")
                           .arg(Timestamp::now(), holder)));
        BundleImport::Plan plan;
        QVERIFY(import(*officer, exportAll(*facilitator), Choice::KeepLocal, &plan));
        QCOMPARE(value(*officer, QStringLiteral("SELECT first_name || last_name || email FROM "
                                                "holders WHERE uuid = '%1'")
                                     .arg(holder))
                     .toString(),
                 QString());
        QVERIFY(
            !value(*officer,
                   QStringLiteral("SELECT erased_at FROM holders WHERE uuid = '%1'").arg(holder))
                 .isNull());
    }

    void refusedFileLeavesTheWorkspaceByteForByte_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::newRow("not JSON") << QByteArray("PK\x03\x04 this is a zip");
        QTest::newRow("checksum") << QByteArray("checksum");
        QTest::newRow("newer version") << QByteArray("version");
        QTest::newRow("unknown reference") << QByteArray("reference");
    }

    void refusedFileLeavesTheWorkspaceByteForByte()
    {
        QFETCH(QByteArray, damage);
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        const QString good = exportAll(*facilitator);
        QByteArray bytes = TestSupport::documentBytes(good);
        QJsonObject document = QJsonDocument::fromJson(bytes).object();
        QJsonObject body = document.value(QStringLiteral("content")).toObject();
        if (damage == "checksum") {
            bytes.replace("Comptoir de Li", "Comptoir de Xi");
        } else if (damage == "version") {
            document.insert(QStringLiteral("formatVersion"), 9);
            bytes = QJsonDocument(document).toJson(QJsonDocument::Compact);
        } else if (damage == "reference") {
            QJsonArray projects = body.value(QStringLiteral("projects")).toArray();
            QJsonObject p = projects.at(0).toObject();
            p.insert(QStringLiteral("venue"),
                     QStringLiteral("00000000-0000-4000-8000-000000000000"));
            projects.replace(0, p);
            body.insert(QStringLiteral("projects"), projects);
            document.insert(QStringLiteral("content"), body);
            document.insert(QStringLiteral("sha256"),
                            QString::fromLatin1(BundleWriter::sha256(body)));
            bytes = QJsonDocument(document).toJson(QJsonDocument::Compact);
        } else {
            bytes = damage;
        }
        const QString bad = dir.filePath(QStringLiteral("bad.comptoir"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        // A workspace that already holds an import, closed: then the command line.
        auto officer = create(
            QStringLiteral("officer-refuse-%1").arg(QString::fromLatin1(damage.left(5).toHex())));
        QVERIFY(import(*officer, good));
        const QString officerPath = officer->filePath();
        officer.reset();
        const QByteArray before = TestSupport::fileBytes(officerPath);
        const auto [code, message] = importFromCommandLine(officerPath, bad);
        QCOMPARE(code, 1);
        QVERIFY2(message.contains(QStringLiteral("ne peut pas être importé")), qPrintable(message));
        QCOMPARE(TestSupport::fileBytes(officerPath), before);
        QVERIFY(!QFile::exists(officerPath + QStringLiteral("-wal")) ||
                QFileInfo(officerPath + QStringLiteral("-wal")).size() == 0);
    }

    // An import that fails while it writes — here an answer whose UUID this workspace already
    // gives another project's answer, which only SQLite's constraints see — is undone whole:
    // nothing of it stays, and the workspace takes the next import as before.
    void aFailureWhileWritingLeavesNothing()
    {
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        const QString good = exportAll(*facilitator);
        auto officer = create(QStringLiteral("officer-midway"));
        QVERIFY(import(*officer, good));
        const auto count = [&officer](const char *table) { return rowCount(*officer, table); };
        const qint64 projects = count("projects");
        const qint64 answers = count("answers");
        const qint64 imports = count("imports");

        // The same file, one project under a new UUID with its parts, their UUIDs kept.
        QJsonObject document = QJsonDocument::fromJson(TestSupport::documentBytes(good)).object();
        QJsonObject body = document.value(QStringLiteral("content")).toObject();
        // (a project with answers: that of the first answer)
        const QString old = body.value(QStringLiteral("answers"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("project"))
                                .toString();
        const QString renamed = QStringLiteral("11111111-2222-4333-8444-555555555555");
        QJsonArray list = body.value(QStringLiteral("projects")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject project = list.at(i).toObject();
            if (project.value(QStringLiteral("uuid")).toString() != old)
                continue;
            project.insert(QStringLiteral("uuid"), renamed);
            list.replace(i, project);
        }
        body.insert(QStringLiteral("projects"), list);
        int moved = 0;
        for (const QString &name : body.keys()) {
            if (name == QLatin1String("projects"))
                continue;
            QJsonArray records = body.value(name).toArray();
            for (qsizetype i = 0; i < records.size(); ++i) {
                QJsonObject record = records.at(i).toObject();
                for (const QString &key : record.keys()) { // project, other (links)…
                    if (record.value(key).toString() != old)
                        continue;
                    record.insert(key, renamed);
                    moved += name == QLatin1String("answers") ? 1 : 0;
                }
                records.replace(i, record);
            }
            body.insert(name, records);
        }
        QVERIFY(moved > 0);
        document.insert(QStringLiteral("content"), body);
        document.insert(QStringLiteral("sha256"), QString::fromLatin1(BundleWriter::sha256(body)));
        const QString bad = dir.filePath(QStringLiteral("midway.comptoir"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(document).toJson(QJsonDocument::Compact));
        out.close();

        QString error;
        QVERIFY(!BundleImport::importFile(*officer, bad, Choice::AsPlanned, &error));
        QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
        QCOMPARE(count("projects"), projects);
        QCOMPARE(count("answers"), answers);
        QCOMPARE(count("imports"), imports);
        QVERIFY(value(*officer, QStringLiteral("SELECT id FROM projects WHERE uuid = '%1'")
                                    .arg(renamed))
                    .isNull());
        // A reference that does not hold, seen only as the import commits (the references are
        // checked then): undone whole too, and said. (A trigger of the workspace's own makes
        // it: a temporary one would go with the import's choice of temporary storage.)
        edit(*facilitator, old, QStringLiteral("summary"), QStringLiteral("Édité après l'échec."));
        const QString next = exportAll(*facilitator);
        QVERIFY2(breakReferencesOfImports(*officer, &error), qPrintable(error));
        QSqlQuery trigger(officer->database());
        error.clear();
        QVERIFY(!BundleImport::importFile(*officer, next, Choice::AsPlanned, &error));
        QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));
        QCOMPARE(count("imports"), imports);
        QVERIFY(projectText(*officer, old, QStringLiteral("summary")) !=
                QStringLiteral("Édité après l'échec."));
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER broken_reference")));

        // Then a file that can be imported is: the facilitator's next export, one project edited.
        const auto report = import(*officer, next);
        QVERIFY(report);
        QCOMPARE(report->updated, 1);
        QCOMPARE(projectText(*officer, old, QStringLiteral("summary")),
                 QStringLiteral("Édité après l'échec."));
        QCOMPARE(count("imports"), imports + 1);
    }

    // A file imported into a workspace with no project yet is a bulk load: SQLite does not
    // check its references row by row, the import checks them all once before it commits. A
    // reference that does not hold is refused all the same, nothing of the file stays, and the
    // foreign keys are enforced again afterwards, whether the import went through or not.
    void aBulkLoadChecksItsReferencesBeforeItCommits()
    {
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        const QString file = exportAll(*facilitator);
        auto officer = create(QStringLiteral("officer-bulk"));
        const auto count = [&officer](const char *table) { return rowCount(*officer, table); };
        const auto keysEnforced = [&officer] {
            return value(*officer, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1;
        };
        QVERIFY(keysEnforced());
        QString error;
        QVERIFY2(breakReferencesOfImports(*officer, &error), qPrintable(error));
        QSqlQuery trigger(officer->database());
        QVERIFY(!BundleImport::importFile(*officer, file, Choice::AsPlanned, &error));
        QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")) &&
                     error.contains(QStringLiteral("project_imports")),
                 qPrintable(error));
        QCOMPARE(count("imports"), 0);
        QCOMPARE(count("projects"), 0);
        QCOMPARE(count("answers"), 0);
        QVERIFY(keysEnforced());
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER broken_reference")));

        // Without it, the file goes in whole, every reference holding, the keys on again.
        const auto report = import(*officer, file);
        QVERIFY(report);
        QCOMPARE(report->added, 14);
        QCOMPARE(count("projects"), 14);
        QVERIFY(keysEnforced());
        QSqlQuery check(officer->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
        // A project deleted now cascades to its answers as before: the keys are enforced.
        const qint64 answersBefore = count("answers");
        QVERIFY(check.exec(QStringLiteral("DELETE FROM projects WHERE id = (SELECT project_id"
                                          " FROM answers LIMIT 1)")));
        QVERIFY(count("answers") < answersBefore);
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
    }

    // The command line is one more writer: while a Comptoir has the workspace open, an import
    // from it is refused, says who has it, and writes nothing.
    void commandLineImportWaitsForTheWindow()
    {
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        const QString file = exportAll(*facilitator);
        auto officer = create(QStringLiteral("officer-locked"));
        const QString officerPath = officer->filePath();
        officer.reset();
        const QByteArray before = TestSupport::fileBytes(officerPath);
        {
            // This test process is the Comptoir that has it open.
            const Result<std::unique_ptr<WorkspaceLock>> held = WorkspaceLock::acquire(officerPath);
            QVERIFY(held);
            const auto [code, message] = importFromCommandLine(officerPath, file);
            QCOMPARE(code, 1);
            QVERIFY2(message.contains(QStringLiteral("Rien n'a été importé")) &&
                         message.contains(QStringLiteral("déjà ouvert")),
                     qPrintable(message));
            QCOMPARE(TestSupport::fileBytes(officerPath), before);
        }
        // Closed: the same command imports, and leaves no lock behind.
        QCOMPARE(importFromCommandLine(officerPath, file).first, 0);
        QVERIFY(!QFile::exists(WorkspaceLock::lockPath(officerPath)));
    }

    void commandLineSettlesConflictsOnlyWhenTold()
    {
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        const QString uuid = firstProject(*facilitator);
        auto officer = create(QStringLiteral("officer-cli"));
        QVERIFY(import(*officer, exportAll(*facilitator)));
        edit(*officer, uuid, QStringLiteral("title"), QStringLiteral("Titre de la mission"));
        edit(*facilitator, uuid, QStringLiteral("title"), QStringLiteral("Titre de l'atelier"));
        const QString file = exportAll(*facilitator);
        const QString officerPath = officer->filePath();
        officer.reset();
        const QByteArray before = TestSupport::fileBytes(officerPath);
        const auto run = [&](const QStringList &extra) {
            return importFromCommandLine(officerPath, file, extra);
        };
        const auto [refused, why] = run({});
        QCOMPARE(refused, 1);
        QVERIFY2(why.contains(QStringLiteral("Titre de la mission")), qPrintable(why));
        QCOMPARE(TestSupport::fileBytes(officerPath), before);
        QCOMPARE(run({QStringLiteral("--keep-local"), QStringLiteral("--take-file")}).first, 2);
        const auto [taken, said] = run({QStringLiteral("--take-file")});
        QCOMPARE(taken, 0);
        QVERIFY2(said.contains(QStringLiteral("conflits réglés\u00a0: 1")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Autres enregistrements")), qPrintable(said));
        QCOMPARE(TestSupport::readBack(
                     officerPath,
                     QStringLiteral("SELECT title FROM projects WHERE uuid = '%1'").arg(uuid))
                     .toString(),
                 QStringLiteral("Titre de l'atelier"));
    }

    // Done means: three facilitators' laptops, one mission officer; one conflict settled, and
    // importing any file again changes nothing.
    // Deletions travel: a project, a workshop and a comment deleted by the facilitator are
    // deleted at the officer's by the next file (the project and the workshop into the trash,
    // with the facilitator's date), and the first file, imported again, brings none of them back.
    void deletionsTravelAndAreNotBroughtBack()
    {
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        auto officer = create(QStringLiteral("officer-deletions"));
        const QString first = exportAll(*facilitator);
        QVERIFY(import(*officer, first));
        const int projects =
            value(*officer, QStringLiteral("SELECT count(*) FROM projects")).toInt();
        const int workshops =
            value(*officer, QStringLiteral("SELECT count(*) FROM workshops")).toInt();
        const int comments =
            value(*officer, QStringLiteral("SELECT count(*) FROM review_comments")).toInt();
        QVERIFY(comments > 0);

        // A project without comments: the comment deleted below is another project's.
        const QString project =
            value(*facilitator,
                  QStringLiteral("SELECT uuid FROM projects p WHERE NOT EXISTS (SELECT 1 FROM"
                                 " review_comments c WHERE c.project_id = p.id) ORDER BY uuid"
                                 " LIMIT 1"))
                .toString();
        const qint64 projectId =
            value(*facilitator,
                  QStringLiteral("SELECT id FROM projects WHERE uuid = '%1'").arg(project))
                .toLongLong();
        QVERIFY(Deletions::deleteProjects(*facilitator, {projectId}));
        const QString workshop =
            value(*facilitator, QStringLiteral("SELECT w.uuid FROM workshops w JOIN attendance a"
                                               " ON a.workshop_id = w.id LIMIT 1"))
                .toString();
        QVERIFY(Deletions::deleteWorkshop(
            *facilitator,
            value(*facilitator,
                  QStringLiteral("SELECT id FROM workshops WHERE uuid = '%1'").arg(workshop))
                .toLongLong()));
        QSqlQuery query(facilitator->database());
        const QString comment =
            value(*facilitator, QStringLiteral("SELECT uuid FROM review_comments LIMIT 1"))
                .toString();
        QVERIFY(query.exec(
            QStringLiteral("DELETE FROM review_comments WHERE uuid = '%1'").arg(comment)));
        const QString deletedAt =
            value(
                *facilitator,
                QStringLiteral("SELECT deleted_at FROM tombstones WHERE uuid = '%1'").arg(project))
                .toString();
        QVERIFY(!deletedAt.isEmpty());

        const QString second = exportAll(*facilitator);
        BundleImport::Plan plan;
        const auto report = import(*officer, second, Choice::AsPlanned, &plan);
        QVERIFY(report);
        QCOMPARE(plan.count(BundleImport::Outcome::Deleted), 1);
        QCOMPARE(report->deleted, 1);
        QCOMPARE(report->recordsDeleted, 2);
        QCOMPARE(value(*officer, QStringLiteral("SELECT count(*) FROM projects")).toInt(),
                 projects - 1);
        QCOMPARE(value(*officer, QStringLiteral("SELECT count(*) FROM workshops")).toInt(),
                 workshops - 1);
        QCOMPARE(value(*officer, QStringLiteral("SELECT count(*) FROM review_comments")).toInt(),
                 comments - 1);
        // In the trash, as the facilitator deleted it.
        const QList<Trash::Entry> trash = Trash::entries(officer->database());
        QCOMPARE(trash.size(), 2);
        const auto entry = std::find_if(trash.cbegin(), trash.cend(),
                                        [&](const Trash::Entry &e) { return e.uuid == project; });
        QVERIFY(entry != trash.cend());
        QCOMPARE(entry->deletedAt, deletedAt);
        QCOMPARE(entry->origin, facilitator->origin());
        QCOMPARE(value(*officer, QStringLiteral("SELECT count(*) FROM tombstones")).toInt(), 3);

        // The first file again: nothing comes back.
        const auto again = import(*officer, first, Choice::AsPlanned, &plan);
        QVERIFY(again);
        QCOMPARE(plan.deletedHere, 1);
        QVERIFY(plan.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("deleted here")));
        QCOMPARE(value(*officer, QStringLiteral("SELECT count(*) FROM projects")).toInt(),
                 projects - 1);
        QCOMPARE(value(*officer, QStringLiteral("SELECT count(*) FROM workshops")).toInt(),
                 workshops - 1);
        QCOMPARE(value(*officer, QStringLiteral("SELECT count(*) FROM review_comments")).toInt(),
                 comments - 1);
        QCOMPARE(value(*officer, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(!value(*officer, QStringLiteral("PRAGMA foreign_key_check")).isValid());

        // And the officer's own file carries the deletions on.
        const QString third = exportAll(*officer);
        auto colleague = create(QStringLiteral("colleague-deletions"));
        QVERIFY(import(*colleague, first));
        QVERIFY(import(*colleague, third));
        QCOMPARE(value(*colleague, QStringLiteral("SELECT count(*) FROM projects"
                                                  " WHERE uuid = '%1'")
                                       .arg(project))
                     .toInt(),
                 0);
    }

    // Deleted here, edited in the file since: a conflict, kept deleted or restored with the
    // file's version.
    void deletedHereEditedThereIsAConflict()
    {
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        auto officer = create(QStringLiteral("officer-deleted-here"));
        QVERIFY(import(*officer, exportAll(*facilitator)));
        const QString project = firstProject(*facilitator);
        QVERIFY(Deletions::deleteProjects(
            *officer,
            {value(*officer,
                   QStringLiteral("SELECT id FROM projects WHERE uuid = '%1'").arg(project))
                 .toLongLong()}));
        QSqlQuery query(officer->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE tombstones SET deleted_at ="
                                          " '2001-01-01T00:00:00.000Z'")));
        edit(*facilitator, project, QStringLiteral("title"), QStringLiteral("Encore vivant"));
        const QString file = exportAll(*facilitator);

        QString error;
        QVERIFY(!BundleImport::importFile(*officer, file, Choice::AsPlanned, &error));
        QVERIFY2(error.contains(QStringLiteral("Encore vivant")), qPrintable(error));
        BundleImport::Plan plan;
        QVERIFY(import(*officer, file, Choice::KeepLocal, &plan));
        const auto conflict =
            std::find_if(plan.projects.cbegin(), plan.projects.cend(),
                         [&](const BundleImport::ProjectPlan &p) { return p.uuid == project; });
        QVERIFY(conflict != plan.projects.cend());
        QCOMPARE(conflict->deletion, BundleImport::Deletion::Here);
        QCOMPARE(conflict->fields.size(), 1);
        QCOMPARE(projectText(*officer, project, QStringLiteral("title")), QString());
        QCOMPARE(Trash::count(officer->database()), 1);

        const auto restored = import(*officer, file, Choice::TakeFile);
        QVERIFY(restored);
        QCOMPARE(restored->added, 1);
        QCOMPARE(projectText(*officer, project, QStringLiteral("title")),
                 QStringLiteral("Encore vivant"));
        QCOMPARE(Trash::count(officer->database()), 0); // its old self can no longer be restored
        QCOMPARE(
            value(*officer,
                  QStringLiteral("SELECT count(*) FROM tombstones WHERE uuid = '%1'").arg(project))
                .toInt(),
            0);
    }

    // Deleted in the file's workspace, edited here since: a conflict, kept or deleted.
    void editedHereDeletedThereIsAConflict()
    {
        QTemporaryDir dir;
        auto facilitator = TestSupport::createDemo(dir);
        QVERIFY(facilitator);
        auto officer = create(QStringLiteral("officer-deleted-there"));
        QVERIFY(import(*officer, exportAll(*facilitator)));
        const QString project = firstProject(*facilitator);
        QVERIFY(Deletions::deleteProjects(
            *facilitator,
            {value(*facilitator,
                   QStringLiteral("SELECT id FROM projects WHERE uuid = '%1'").arg(project))
                 .toLongLong()}));
        QSqlQuery query(officer->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE projects SET summary = 'Revu',"
                                          " updated_at = '2099-01-01T00:00:00.000Z'"
                                          " WHERE uuid = '%1'")
                               .arg(project)));
        const QString file = exportAll(*facilitator);

        QString error;
        QVERIFY(!BundleImport::importFile(*officer, file, Choice::AsPlanned, &error));
        const auto kept = import(*officer, file, Choice::KeepLocal);
        QVERIFY(kept);
        QCOMPARE(kept->deleted, 0);
        QCOMPARE(projectText(*officer, project, QStringLiteral("summary")), QStringLiteral("Revu"));
        // Kept: no tombstone beside it (it would say it is deleted in the next file).
        QCOMPARE(
            value(*officer,
                  QStringLiteral("SELECT count(*) FROM tombstones WHERE uuid = '%1'").arg(project))
                .toInt(),
            0);
        QVERIFY(BundleReader::readFile(exportAll(*officer)).ok);

        const auto deleted = import(*officer, file, Choice::TakeFile);
        QVERIFY(deleted);
        QCOMPARE(deleted->deleted, 1);
        QCOMPARE(projectText(*officer, project, QStringLiteral("summary")), QString());
        QCOMPARE(Trash::count(officer->database()), 1);
    }

    void threeFacilitatorsOneOfficer()
    {
        QString error;
        std::vector<std::unique_ptr<Workspace>> laptops;
        for (int i = 0; i < 3; ++i) {
            laptops.push_back(create(QStringLiteral("laptop-%1").arg(i)));
            QVERIFY(laptops.back());
            QVERIFY2(SyntheticWorkspace::populate(*laptops.back(), 30, quint64(100 + i), &error),
                     qPrintable(error));
        }
        // A project started on laptop 0 went on with the porteur to laptop 1's comptoir.
        const QString shared = firstProject(*laptops[0]);
        QStringList sharedUuids{shared};
        QStringList missing;
        const QString handOver = path(QStringLiteral("hand-over.comptoir"));
        QVERIFY(BundleWriter::writeFile(
            *laptops[0], BundleWriter::projectsByUuid(*laptops[0], sharedUuids, &missing), handOver,
            &error));
        QVERIFY(import(*laptops[1], handOver));
        // Both go on with it.
        // (a theme no synthetic project has: the edit must make a new version)
        edit(*laptops[0], shared, QStringLiteral("theme"),
             QStringLiteral("Alimentation et circuits courts"));
        edit(*laptops[1], shared, QStringLiteral("commune"), QStringLiteral("Arras"));

        auto officer = create(QStringLiteral("mission"));
        QStringList files;
        for (auto &laptop : laptops)
            files << exportAll(*laptop);
        QVERIFY(import(*officer, files[0]));
        BundleImport::Plan plan;
        QVERIFY(!BundleImport::importFile(*officer, files[1], Choice::AsPlanned, &error, &plan));
        QCOMPARE(plan.count(Outcome::Conflict), 1);
        for (BundleImport::ProjectPlan &p : plan.projects) {
            for (BundleImport::Field &f : p.fields)
                f.takeIncoming = f.key == QLatin1String("commune");
        }
        const auto settled = BundleImport::apply(*officer, plan, &error);
        QVERIFY2(settled, qPrintable(error));
        QCOMPARE(settled->conflicts, 1);
        QCOMPARE(settled->added, 30);
        QVERIFY(import(*officer, files[2]));
        QCOMPARE(value(*officer, QStringLiteral("SELECT count(*) FROM projects")).toInt(), 90);
        QCOMPARE(projectText(*officer, shared, QStringLiteral("theme")),
                 QStringLiteral("Alimentation et circuits courts"));
        QCOMPARE(projectText(*officer, shared, QStringLiteral("commune")), QStringLiteral("Arras"));

        const QString officerPath = officer->filePath();
        officer.reset();
        const QByteArray before = TestSupport::fileBytes(officerPath);
        for (const QString &file : std::as_const(files)) {
            officer = Workspace::open(officerPath, &error);
            QVERIFY2(officer, qPrintable(error));
            const auto again = import(*officer, file);
            QVERIFY(again);
            QCOMPARE(again->added + again->updated + again->conflicts, 0);
            QCOMPARE(again->importId, qint64(0));
            officer.reset();
            QCOMPARE(TestSupport::fileBytes(officerPath), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestBundleImport)
#include "tst_bundleimport.moc"
