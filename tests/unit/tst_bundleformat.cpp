#include "exchange/BundleFormat.h"
#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"
#include "storage/Workspace.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The one description of the .comptoir lists (BundleFormat) agrees with what is written about
// them elsewhere: the JSON Schema shipped for validators, the page that documents every field,
// and the workspace's tables the importer writes into. Adding a field to one and not the others
// fails here.
class TestBundleFormat final : public QObject
{
    Q_OBJECT

    static QJsonObject schema()
    {
        QFile file(QStringLiteral(COMPTOIR_SOURCE_DIR "/resources/exchange/bundle-v1.schema.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // A list's item in the schema: its properties and required keys, the tracked ones merged.
    static void itemOf(const QJsonObject &schema, const QJsonObject &item,
                       QSet<QString> *properties, QSet<QString> *required)
    {
        const auto add = [&](const QJsonObject &part) {
            const QJsonObject own = part.value(QLatin1String("properties")).toObject();
            for (const QString &key : own.keys())
                properties->insert(key);
            for (const QJsonValue &key : part.value(QLatin1String("required")).toArray())
                required->insert(key.toString());
        };
        const QJsonArray all = item.value(QLatin1String("allOf")).toArray();
        if (all.isEmpty()) {
            add(item);
            return;
        }
        for (const QJsonValue &part : all) {
            const QString ref = part.toObject().value(QLatin1String("$ref")).toString();
            if (ref.startsWith(QLatin1String("#/$defs/")))
                add(schema.value(QLatin1String("$defs")).toObject().value(ref.mid(8)).toObject());
            else
                add(part.toObject());
        }
    }

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void everyListAndFieldIsInTheSchema()
    {
        const QJsonObject root = schema();
        QVERIFY(!root.isEmpty());
        const QJsonObject content = root.value(QLatin1String("properties"))
                                        .toObject()
                                        .value(QLatin1String("content"))
                                        .toObject();
        const QJsonObject lists = content.value(QLatin1String("properties")).toObject();
        QSet<QString> requiredLists;
        for (const QJsonValue &key : content.value(QLatin1String("required")).toArray())
            requiredLists.insert(key.toString());

        QSet<QString> described;
        for (const BundleFormat::List &list : BundleFormat::lists()) {
            const QString name = list.name();
            described.insert(name);
            QVERIFY2(lists.contains(name), qPrintable(name));
            QCOMPARE(requiredLists.contains(name), !list.optional);
            QSet<QString> properties;
            QSet<QString> required;
            itemOf(root, lists.value(name).toObject().value(QLatin1String("items")).toObject(),
                   &properties, &required);
            QSet<QString> fields;
            QSet<QString> requiredFields;
            if (list.tracked)
                fields = requiredFields = {QStringLiteral("uuid"), QStringLiteral("createdAt"),
                                           QStringLiteral("updatedAt"), QStringLiteral("origin")};
            for (const BundleFormat::Field &field : list.fields) {
                fields.insert(field.name());
                if (!field.optional())
                    requiredFields.insert(field.name());
            }
            QCOMPARE(properties, fields);
            QCOMPARE(required, requiredFields);
        }
        const QStringList keys = lists.keys();
        QCOMPARE(described, QSet<QString>(keys.cbegin(), keys.cend()));
    }

    void everyListAndFieldIsDocumented()
    {
        QFile file(QStringLiteral(COMPTOIR_SOURCE_DIR "/resources/exchange/README.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        for (const BundleFormat::List &list : BundleFormat::lists()) {
            // The list's paragraph: from "- `list`" to the next one.
            const QString head = QStringLiteral("- `%1`").arg(list.name());
            const qsizetype from = page.indexOf(head);
            QVERIFY2(from >= 0, qPrintable(head));
            qsizetype to = page.indexOf(QStringLiteral("\n- `"), from + 1);
            if (to < 0)
                to = page.size();
            const QString paragraph = page.mid(from, to - from);
            for (const BundleFormat::Field &field : list.fields) {
                QVERIFY2(paragraph.contains(QLatin1Char('`') + field.name() + QLatin1Char('`')),
                         qPrintable(list.name() + QLatin1Char('.') + field.name()));
            }
        }
    }

    void everyColumnIsInTheWorkspace()
    {
        QTemporaryDir dir;
        QString error;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.comptoirdb")), &error);
        QVERIFY2(workspace, qPrintable(error));
        for (const BundleFormat::List &list : BundleFormat::lists()) {
            QSet<QString> columns;
            QSqlQuery query(workspace->database());
            QVERIFY(
                query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(list.table))));
            while (query.next())
                columns.insert(query.value(1).toString());
            QVERIFY2(!columns.isEmpty(), list.table);
            QStringList expected;
            for (const BundleFormat::Field &field : list.fields) {
                if (field.column)
                    expected << QLatin1String(field.column);
                if (field.type == BundleFormat::Type::Ref)
                    QVERIFY2(field.refersTo && BundleFormat::list(field.refersTo).tracked,
                             field.key);
            }
            if (list.tracked)
                expected << QStringLiteral("uuid") << QStringLiteral("created_at")
                         << QStringLiteral("updated_at") << QStringLiteral("origin");
            for (const char *column : list.selectedBy)
                expected << QLatin1String(column);
            for (const QString &column : std::as_const(expected))
                QVERIFY2(columns.contains(column),
                         qPrintable(list.name() + QLatin1Char('.') + column));
            for (const char *key : list.naturalKey)
                QVERIFY2(list.field(key), key);
            for (const char *key : list.order)
                QVERIFY2(qstrcmp(key, "uuid") == 0 || list.field(key), key);
        }
    }

    // A list comes after what it refers to, so that references are written first.
    void listsComeAfterWhatTheyReferTo()
    {
        QSet<QString> seen;
        for (const BundleFormat::List &list : BundleFormat::lists()) {
            for (const BundleFormat::Field &field : list.fields) {
                if (field.type == BundleFormat::Type::Ref &&
                    qstrcmp(field.refersTo, "projects") != 0)
                    QVERIFY2(seen.contains(QLatin1String(field.refersTo)),
                             qPrintable(list.name() + QLatin1Char('.') + field.name()));
            }
            seen.insert(list.name());
        }
    }

    // The reader holds a file to the natural keys the workspace keeps unique, in French.
    void naturalKeysAreCheckedInFiles()
    {
        QTemporaryDir dir;
        auto workspace = TestSupport::createDemo(dir);
        QVERIFY(workspace);
        QString error;
        QSqlQuery query(workspace->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects")));
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        const QString path = dir.filePath(QStringLiteral("out.comptoir"));
        QVERIFY(BundleWriter::writeFile(*workspace, ids, path, &error));
        QJsonObject document = QJsonDocument::fromJson(TestSupport::documentBytes(path)).object();
        QJsonObject content = document.value(QLatin1String("content")).toObject();
        // The built-in methodology twice, under two UUIDs: same code and version.
        QFile definition(
            QStringLiteral(COMPTOIR_SOURCE_DIR "/resources/methodology/idee-au-projet-v1.json"));
        QVERIFY(definition.open(QIODevice::ReadOnly));
        const QJsonObject parsed = QJsonDocument::fromJson(definition.readAll()).object();
        QJsonObject methodology{
            {QStringLiteral("uuid"), QStringLiteral("00000000-0000-4000-8000-000000000001")},
            {QStringLiteral("createdAt"), QStringLiteral("2026-03-14T09:30:00.000Z")},
            {QStringLiteral("updatedAt"), QStringLiteral("2026-03-14T09:30:00.000Z")},
            {QStringLiteral("origin"), QStringLiteral("00000000-0000-4000-8000-000000000009")},
            {QStringLiteral("code"), parsed.value(QLatin1String("code"))},
            {QStringLiteral("version"), parsed.value(QLatin1String("version"))},
            {QStringLiteral("name"), QStringLiteral("Méthode")},
            {QStringLiteral("definition"), parsed}};
        QJsonArray methodologies{methodology};
        methodology.insert(QLatin1String("uuid"),
                           QStringLiteral("00000000-0000-4000-8000-000000000002"));
        methodologies.append(methodology);
        content.insert(QLatin1String("methodologies"), methodologies);
        document.insert(QLatin1String("content"), content);
        document.insert(QLatin1String("sha256"),
                        QString::fromLatin1(BundleWriter::sha256(content)));
        const BundleReader::Result read =
            BundleReader::read(QJsonDocument(document).toJson(QJsonDocument::Compact));
        QVERIFY(!read.ok);
        QVERIFY2(read.problems.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("repeats a methodology's code and version")),
                 qPrintable(read.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestBundleFormat)
#include "tst_bundleformat.moc"
