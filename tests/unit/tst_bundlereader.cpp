#include "demo/SyntheticWorkspace.h"
#include "exchange/BundleFormat.h"
#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"
#include "storage/Workspace.h"
#include "TestSupport.h"
#include "util/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using Mutation = std::function<void(QJsonObject &content)>;
Q_DECLARE_METATYPE(Mutation)

// Every check the importer makes before touching a workspace, on files damaged one way each.
class TestBundleReader final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_bundle; // the demo's projects, as written

    // The bundle with its content changed and, unless told otherwise, its checksum made right
    // again: the damage is then the only thing wrong.
    QByteArray mutated(const Mutation &mutation, bool rehash = true) const
    {
        QJsonObject document = QJsonDocument::fromJson(m_bundle).object();
        QJsonObject content = document.value(QStringLiteral("content")).toObject();
        mutation(content);
        document.insert(QStringLiteral("content"), content);
        if (rehash)
            document.insert(QStringLiteral("sha256"),
                            QString::fromLatin1(BundleWriter::sha256(content)));
        return QJsonDocument(document).toJson(QJsonDocument::Compact);
    }

    static void setField(QJsonObject &content, const char *list, int index, const char *key,
                         const QJsonValue &value)
    {
        QJsonArray records = content.value(QLatin1String(list)).toArray();
        QJsonObject record = records.at(index).toObject();
        if (value.isUndefined())
            record.remove(QLatin1String(key));
        else
            record.insert(QLatin1String(key), value);
        records[index] = record;
        content.insert(QLatin1String(list), records);
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        auto w = TestSupport::createDemo(m_dir);
        QVERIFY(w);
        QList<qint64> all;
        QSqlQuery query(w->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects")));
        while (query.next())
            all << query.value(0).toLongLong();
        QString error;
        const auto bytes = BundleWriter::write(*w, all, &error);
        QVERIFY2(bytes, qPrintable(error));
        m_bundle = *bytes;
    }

    void aWrittenFileIsRead()
    {
        const BundleReader::Result result = BundleReader::read(m_bundle);
        QVERIFY2(result.ok, qPrintable(result.problems.join(QLatin1Char('\n'))));
        QCOMPARE(result.content().value(QStringLiteral("projects")).toArray().size(), 14);
        QVERIFY(!result.parsedOnBothCores); // a small file: on one core
    }

    // The references are checked list by list on both cores: what they find is said in the
    // format's order all the same, and the workspace's rules only when they find nothing.
    void referenceProblemsInTheFormatsOrder()
    {
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000001");
        const QByteArray bytes = mutated([&](QJsonObject &content) {
            setField(content, "budgetLines", 0, "project", unknown);
            setField(content, "attendance", 0, "workshop", unknown);
            setField(content, "answers", 1, "project", unknown);
            // and a rule broken too
            setField(content, "editions", 0, "year", 1999);
        });
        const BundleReader::Result result = BundleReader::read(bytes);
        QVERIFY(!result.ok);
        QCOMPARE(result.problems.size(), 3);
        QStringList expected;
        for (const BundleFormat::List &list : BundleFormat::lists()) {
            for (const char *name : {"budgetLines", "attendance", "answers"}) {
                if (list.name() == QLatin1String(name))
                    expected << QLatin1String(list.key);
            }
        }
        QCOMPARE(expected.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(result.problems.at(i).startsWith(expected.at(i) + QLatin1Char('[')),
                     qPrintable(result.problems.join(QLatin1Char('\n'))));
        QVERIFY(result.problems.at(0).contains(unknown));
    }

    // A department's file is parsed in two halves on two cores: what is read is what one parse
    // of the whole file gives, and anything not as Comptoir writes it is parsed whole.
    void aLargeFileIsParsedOnBothCores()
    {
        QTemporaryDir dir;
        QString error;
        auto w = Workspace::create(dir.filePath(QStringLiteral("large.comptoirdb")), &error);
        QVERIFY2(w, qPrintable(error));
        QVERIFY2(SyntheticWorkspace::populate(*w, 800, 7, &error), qPrintable(error));
        QList<qint64> all;
        QSqlQuery query(w->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects")));
        while (query.next())
            all << query.value(0).toLongLong();
        const auto bytes = BundleWriter::write(*w, all, &error);
        QVERIFY2(bytes, qPrintable(error));
        QVERIFY2(bytes->size() > 2 * 1024 * 1024, qPrintable(QString::number(bytes->size())));

        const BundleReader::Result read = BundleReader::read(*bytes);
        QVERIFY2(read.ok, qPrintable(read.problems.join(QLatin1Char('\n'))));
        QVERIFY(read.parsedOnBothCores);
        QCOMPARE(read.document, QJsonDocument::fromJson(*bytes).object());
        QCOMPARE(read.content().value(QStringLiteral("projects")).toArray().size(), 800);

        // A byte changed in the second half: parsed whole, refused for its checksum.
        QByteArray altered = *bytes;
        const qsizetype at = altered.indexOf("\"title\":\"", altered.size() * 3 / 4) + 9;
        QVERIFY(at > 9);
        altered[at] = altered.at(at) == 'x' ? 'y' : 'x';
        const BundleReader::Result refused = BundleReader::read(altered);
        QVERIFY(!refused.ok);
        QVERIFY(!refused.parsedOnBothCores);
        QVERIFY(refused.problems.join(QLatin1Char(' ')).contains(QStringLiteral("checksum")) ||
                refused.problems.join(QLatin1Char(' ')).contains(QStringLiteral("somme")));

        // A list twice, its checksum made right: not as Comptoir writes, so parsed whole, and
        // read as that parse reads it.
        const QByteArray head = QByteArrayLiteral("{\"content\":{");
        QVERIFY(bytes->startsWith(head));
        QByteArray twice = *bytes;
        twice.insert(head.size(), QByteArrayLiteral("\"workshops\":[],"));
        const qsizetype tail = twice.lastIndexOf(QByteArrayLiteral(",\"exportedAt\":"));
        const QByteArray region = twice.mid(head.size() - 1, tail - head.size() + 1);
        const QByteArray oldHash = QJsonDocument::fromJson(*bytes)
                                       .object()
                                       .value(QStringLiteral("sha256"))
                                       .toString()
                                       .toLatin1();
        twice.replace(oldHash, Sha256::hash(region).toHex());
        const BundleReader::Result whole = BundleReader::read(twice);
        QVERIFY(!whole.parsedOnBothCores);
        QCOMPARE(whole.document, QJsonDocument::fromJson(twice).object());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
        QTest::newRow("not json") << QByteArray("Nom;Prénom\n") << QStringLiteral("not JSON");
        QTest::newRow("a list") << QByteArray("[1,2]") << QStringLiteral("not JSON");
        QTest::newRow("other json")
            << QByteArray("{\"name\":\"x\"}") << QStringLiteral("not a Comptoir file");
        QTest::newRow("too large")
            << QByteArray(BundleReader::kMaxFileSize + 1, ' ') << QStringLiteral("too large");

        QJsonObject newer = QJsonDocument::fromJson(m_bundle).object();
        newer.insert(QStringLiteral("formatVersion"), 2);
        QTest::newRow("newer version")
            << QJsonDocument(newer).toJson() << QStringLiteral("newer Comptoir");

        QTest::newRow("checksum") << mutated(
                                         [](QJsonObject &c) {
                                             setField(c, "projects", 0, "title",
                                                      QStringLiteral("Autre"));
                                         },
                                         false)
                                  << QStringLiteral("checksum");
        QTest::newRow("missing field") << mutated([](QJsonObject &c) {
            setField(c, "projects", 0, "stage", QJsonValue::Undefined);
        }) << QStringLiteral("projects[0].stage is missing");
        QTest::newRow("missing list")
            << mutated([](QJsonObject &c) { c.remove(QStringLiteral("budgetLines")); })
            << QStringLiteral("“budgetLines” is missing");
        QTest::newRow("wrong type") << mutated([](QJsonObject &c) {
            setField(c, "projects", 1, "amountRequestedCents", QStringLiteral("4500"));
        }) << QStringLiteral("projects[1].amountRequestedCents has the wrong type");
        QTest::newRow("negative amount")
            << mutated([](QJsonObject &c) { setField(c, "budgetLines", 0, "amountCents", -100); })
            << QStringLiteral("budgetLines[0].amountCents");
        QTest::newRow("fraction") << mutated([](QJsonObject &c) {
            setField(c, "editions", 0, "year", 2026.5);
        }) << QStringLiteral("editions[0].year");
        QTest::newRow("unknown stage") << mutated([](QJsonObject &c) {
            setField(c, "projects", 2, "stage", QStringLiteral("finie"));
        }) << QStringLiteral("unknown value “finie”");
        QTest::newRow("bad uuid") << mutated([](QJsonObject &c) {
            setField(c, "holders", 0, "uuid", QStringLiteral("{not-a-uuid}"));
        }) << QStringLiteral("holders[0].uuid is not a UUID");
        QTest::newRow("bad timestamp") << mutated([](QJsonObject &c) {
            setField(c, "workshops", 0, "startsAt", QStringLiteral("mardi 14 h"));
        }) << QStringLiteral("workshops[0].startsAt");
        QTest::newRow("duplicate uuid") << mutated([](QJsonObject &c) {
            const QJsonValue first = c.value(QStringLiteral("projects"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("uuid"));
            setField(c, "projects", 1, "uuid", first);
        }) << QStringLiteral("appears twice");
        QTest::newRow("dangling reference") << mutated([](QJsonObject &c) {
            setField(c, "answers", 0, "project",
                     QStringLiteral("00000000-0000-4000-8000-000000000000"));
        }) << QStringLiteral("answers[0].project refers to projects");
        const auto tombstone = [](const QString &uuid, const QString &kind) {
            return QJsonObject{
                {QStringLiteral("uuid"), uuid},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("deletedAt"), QStringLiteral("2026-11-30T10:00:00.000Z")},
                {QStringLiteral("origin"), QStringLiteral("11111111-2222-4333-8444-555555555555")}};
        };
        QTest::newRow("deleted and brought") << mutated([&tombstone](QJsonObject &c) {
            const QString project = c.value(QStringLiteral("projects"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("uuid"))
                                        .toString();
            c.insert(QStringLiteral("tombstones"),
                     QJsonArray{tombstone(project, QStringLiteral("project"))});
        }) << QStringLiteral("was deleted, but the file brings it");
        QTest::newRow("tombstone kind") << mutated([&tombstone](QJsonObject &c) {
            c.insert(QStringLiteral("tombstones"),
                     QJsonArray{tombstone(QStringLiteral("00000000-0000-4000-8000-000000000001"),
                                          QStringLiteral("answer"))});
        }) << QStringLiteral("tombstones[0].kind: unknown value “answer”");
        QTest::newRow("tombstone uuid") << mutated([&tombstone](QJsonObject &c) {
            c.insert(QStringLiteral("tombstones"),
                     QJsonArray{tombstone(QStringLiteral("nope"), QStringLiteral("project"))});
        }) << QStringLiteral("tombstones[0].uuid is not a UUID");
        QTest::newRow("tombstone twice") << mutated([&tombstone](QJsonObject &c) {
            const QJsonObject t = tombstone(QStringLiteral("00000000-0000-4000-8000-000000000001"),
                                            QStringLiteral("comment"));
            c.insert(QStringLiteral("tombstones"), QJsonArray{t, t});
        }) << QStringLiteral("tombstones[1]");
        QTest::newRow("huge text") << mutated([](QJsonObject &c) {
            setField(c, "projects", 0, "summary", QString(BundleReader::kMaxText + 1, u'x'));
        }) << QStringLiteral("projects[0].summary is too long");
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const BundleReader::Result result = BundleReader::read(bytes);
        QVERIFY(!result.ok);
        QVERIFY(result.document.isEmpty());
        QVERIFY(!result.problems.isEmpty());
        QVERIFY(result.problems.size() <= BundleReader::kMaxProblems);
        QVERIFY2(result.problems.join(QLatin1Char('\n')).contains(expected),
                 qPrintable(result.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestBundleReader)
#include "tst_bundlereader.moc"
