#include "exchange/BundleWriter.h"
#include "storage/Workspace.h"
#include "TestSupport.h"
#include "util/Sha256.h"
#include "workshops/Holders.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// The .comptoir file as written: canonical, checksummed, closed over its references, and
// carrying contact details only with consent.
class TestBundleWriter final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const QByteArray &bytes)
    {
        return QJsonDocument::fromJson(bytes).object();
    }
    static QSet<QString> uuids(const QJsonObject &content, const char *list)
    {
        QSet<QString> result;
        for (const QJsonValue &v : content.value(QLatin1String(list)).toArray())
            result.insert(v.toObject().value(QStringLiteral("uuid")).toString());
        return result;
    }

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void fileIsCanonicalAndChecksummed()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        QList<qint64> all;
        QSqlQuery query(w->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects")));
        while (query.next())
            all << query.value(0).toLongLong();
        const QDateTime at(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc());
        QString error;
        const auto first = BundleWriter::write(*w, all, &error, at);
        QVERIFY2(first, qPrintable(error));
        std::reverse(all.begin(), all.end());
        const auto second = BundleWriter::write(*w, all, &error, at);
        QCOMPARE(*second, *first); // the same bytes, whatever the order asked

        const QJsonObject document = parse(*first);
        QCOMPARE(document.value(QStringLiteral("format")).toString(),
                 QStringLiteral("comptoir-bundle"));
        QCOMPARE(document.value(QStringLiteral("formatVersion")).toInt(), 1);
        QCOMPARE(document.value(QStringLiteral("exportedAt")).toString(),
                 QStringLiteral("2026-11-25T10:00:00.000Z"));
        QCOMPARE(document.value(QStringLiteral("producer"))
                     .toObject()
                     .value(QStringLiteral("workspace"))
                     .toString(),
                 w->origin());
        const QJsonObject content = document.value(QStringLiteral("content")).toObject();
        const QByteArray hash =
            QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                     QCryptographicHash::Sha256)
                .toHex();
        QCOMPARE(document.value(QStringLiteral("sha256")).toString().toLatin1(), hash);
        QCOMPARE(content.value(QStringLiteral("projects")).toArray().size(), 14);
        QVERIFY(first->startsWith("{\"content\":{"));
        QVERIFY(!first->contains('\n'));
    }

    // The checksums are OpenSSL's SHA-256 (util/Sha256): FIPS 180-2's vectors, the same digest
    // in pieces as in one call, and the same as Qt's over a few megabytes.
    void sha256()
    {
        QCOMPARE(Sha256::hash({}).toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::hash("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator random(21);
        for (char &c : data)
            c = char(random.bounded(256));
        Sha256 pieces;
        for (qsizetype at = 0; at < data.size(); at += 65'537)
            pieces.addData(
                QByteArrayView(data).sliced(at, std::min<qsizetype>(65'537, data.size() - at)));
        const QByteArray digest = pieces.result();
        QCOMPARE(digest, Sha256::hash(data));
        QCOMPARE(digest, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        // result() leaves the hasher empty, ready for the next.
        pieces.addData("abc");
        QCOMPARE(pieces.result(), Sha256::hash("abc"));
    }

    void referencesAreClosed()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QString error;
        const auto bytes = BundleWriter::write(
            *w, BundleWriter::projectsAtStage(*w, QStringLiteral("ready")), &error);
        QVERIFY(bytes);
        const QJsonObject content = parse(*bytes).value(QStringLiteral("content")).toObject();
        QCOMPARE(content.value(QStringLiteral("projects")).toArray().size(), 2);
        const QSet<QString> editions = uuids(content, "editions");
        const QSet<QString> venues = uuids(content, "venues");
        const QSet<QString> categories = uuids(content, "categories");
        const QSet<QString> holders = uuids(content, "holders");
        const QSet<QString> workshops = uuids(content, "workshops");
        const QSet<QString> projects = uuids(content, "projects");
        for (const QJsonValue &v : content.value(QStringLiteral("projects")).toArray()) {
            const QJsonObject p = v.toObject();
            QVERIFY(editions.contains(p.value(QStringLiteral("edition")).toString()));
            QVERIFY(venues.contains(p.value(QStringLiteral("venue")).toString()));
            const QJsonValue category = p.value(QStringLiteral("category"));
            QVERIFY(category.isNull() || categories.contains(category.toString()));
        }
        for (const QJsonValue &v : content.value(QStringLiteral("projectHolders")).toArray()) {
            QVERIFY(projects.contains(v.toObject().value(QStringLiteral("project")).toString()));
            QVERIFY(holders.contains(v.toObject().value(QStringLiteral("holder")).toString()));
        }
        for (const QJsonValue &v : content.value(QStringLiteral("attendance")).toArray()) {
            QVERIFY(workshops.contains(v.toObject().value(QStringLiteral("workshop")).toString()));
            QVERIFY(holders.contains(v.toObject().value(QStringLiteral("holder")).toString()));
        }
        for (const char *list : {"answers", "budgetLines"}) {
            for (const QJsonValue &v : content.value(QLatin1String(list)).toArray())
                QVERIFY(
                    projects.contains(v.toObject().value(QStringLiteral("project")).toString()));
        }
    }

    void contactDetailsOnlyWithConsent()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QString error;
        QSqlQuery query(w->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects")));
        QList<qint64> all;
        while (query.next())
            all << query.value(0).toLongLong();
        // Withdraw one holder's consent to be contacted, erase another.
        QVERIFY(
            query.exec(QStringLiteral(
                "SELECT h.id FROM holders h JOIN consents c ON c.holder_id = h.id"
                " WHERE c.kind = 'contact' AND c.granted = 1 AND h.email <> '' ORDER BY h.id")) &&
            query.next());
        const qint64 withdrawn = query.value(0).toLongLong();
        QVERIFY(query.next());
        const qint64 erased = query.value(0).toLongLong();
        QVERIFY(query.next());
        const qint64 consenting = query.value(0).toLongLong();
        QVERIFY(Holders::setConsent(*w, withdrawn, Holders::ConsentKind::Contact, false,
                                    QStringLiteral("oral"), &error));
        QVERIFY(Holders::erase(*w, erased, &error));

        const auto bytes = BundleWriter::write(*w, all, &error);
        QVERIFY(bytes);
        const QJsonObject content = parse(*bytes).value(QStringLiteral("content")).toObject();
        QHash<QString, QJsonObject> byUuid;
        for (const QJsonValue &v : content.value(QStringLiteral("holders")).toArray())
            byUuid.insert(v.toObject().value(QStringLiteral("uuid")).toString(), v.toObject());
        const auto holder = [&](qint64 id) {
            return byUuid.value(Holders::holder(*w, id)->uuid);
        };
        QVERIFY(!holder(withdrawn).isEmpty());
        QCOMPARE(holder(withdrawn).value(QStringLiteral("email")).toString(), QString());
        QCOMPARE(holder(withdrawn).value(QStringLiteral("phone")).toString(), QString());
        QVERIFY(!holder(withdrawn).value(QStringLiteral("lastName")).toString().isEmpty());
        QCOMPARE(holder(erased).value(QStringLiteral("lastName")).toString(), QString());
        QVERIFY(!holder(erased).value(QStringLiteral("erasedAt")).isNull());
        QCOMPARE(holder(consenting).value(QStringLiteral("email")).toString(),
                 Holders::holder(*w, consenting)->email);
        // No e-mail of a holder without consent anywhere in the file.
        QSqlQuery emails(w->database());
        QVERIFY(emails.exec(QStringLiteral(
            "SELECT email FROM holders h WHERE email <> '' AND NOT EXISTS (SELECT 1 FROM consents c"
            " WHERE c.holder_id = h.id AND c.kind = 'contact' AND c.granted = 1)")));
        int checked = 0;
        while (emails.next()) {
            QVERIFY2(!bytes->contains(emails.value(0).toString().toUtf8()),
                     qPrintable(emails.value(0).toString()));
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

    void commandLine()
    {
        QTemporaryDir dir;
        {
            auto w = TestSupport::createDemo(dir);
            QVERIFY(w);
        }
        const QString workspace = dir.filePath(QStringLiteral("demo.comptoirdb"));
        const auto run = [&](const QStringList &arguments, QString *err = nullptr) {
            QProcess process;
            process.setProcessEnvironment(TestSupport::isolatedEnvironment());
            process.start(TestSupport::comptoirBinary(),
                          QStringList{QStringLiteral("export-bundle")} + arguments +
                              QStringList{QStringLiteral("--lang"), QStringLiteral("fr")});
            if (!process.waitForFinished(60000))
                return -1;
            if (err)
                *err = QString::fromUtf8(process.readAllStandardError());
            return process.exitCode();
        };
        const QString out = dir.filePath(QStringLiteral("ready.comptoir"));
        QCOMPARE(run({QStringLiteral("--workspace"), workspace, QStringLiteral("--out"), out,
                      QStringLiteral("--stage"), QStringLiteral("ready")}),
                 0);
        QCOMPARE(parse(TestSupport::documentBytes(out))
                     .value(QStringLiteral("content"))
                     .toObject()
                     .value(QStringLiteral("projects"))
                     .toArray()
                     .size(),
                 2);
        QString err;
        const QString none = dir.filePath(QStringLiteral("none.comptoir"));
        QCOMPARE(run({QStringLiteral("--workspace"), workspace, QStringLiteral("--out"), none,
                      QStringLiteral("--project"),
                      QStringLiteral("00000000-0000-0000-0000-000000000000")},
                     &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("Aucun projet")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(none));
        QCOMPARE(run({QStringLiteral("--workspace"), workspace}, &err), 2);
        QCOMPARE(run({QStringLiteral("--workspace"), workspace, QStringLiteral("--out"), none,
                      QStringLiteral("--stage"), QStringLiteral("finie")},
                     &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("finie")));
        QCOMPARE(run({QStringLiteral("--workspace"),
                      dir.filePath(QStringLiteral("absent.comptoirdb")), QStringLiteral("--out"),
                      none, QStringLiteral("--stage"), QStringLiteral("ready")}),
                 1);
        QVERIFY(!QFileInfo::exists(none));
    }
};

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "tst_bundlewriter.moc"
