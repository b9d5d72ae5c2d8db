#include "security/Keys.h"
#include "storage/Backups.h"
#include "storage/Trash.h"
#include "storage/Workspace.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A real workspace written by each schema version so far (tests/data/fixtures/, made by
// make_fixtures.py from the migration scripts) is opened by today's Comptoir: backed up,
// brought to the current schema, sound, and every record read back as it was written.
class TestMigrationFixtures final : public QObject
{
    Q_OBJECT

    static QVariant value(const Workspace &w, const QString &sql)
    {
        QSqlQuery query(w.database());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void everyVersionOpens_data()
    {
        QTest::addColumn<int>("version");
        // Every version before the current one has its fixture: a new schema adds one.
        for (int version = 1; version < Workspace::latestSchemaVersion(); ++version)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(version))) << version;
    }

    void everyVersionOpens()
    {
        QFETCH(int, version);
        const QString fixture =
            QStringLiteral(COMPTOIR_SOURCE_DIR "/tests/data/fixtures/workspace-v%1.comptoirdb")
                .arg(version);
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture + QStringLiteral(" is missing")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("older.comptoirdb"));
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QByteArray before = TestSupport::fileBytes(path);

        QString error;
        auto w = Workspace::open(path, &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->migratedFrom(), version);
        QCOMPARE(w->schemaVersion(), Workspace::latestSchemaVersion());
        QCOMPARE(value(*w, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(!value(*w, QStringLiteral("PRAGMA foreign_key_check")).isValid());

        // The file as it was is a backup, byte for byte the same records.
        const auto backup = Backups::latest(w->origin());
        QVERIFY(backup);
        QCOMPARE(backup->reason, QStringLiteral("migration"));
        QCOMPARE(backup->schemaVersion, version);
        QVERIFY(!before.isEmpty());

        // The records, read back.
        QCOMPARE(value(*w, QStringLiteral("SELECT group_concat(title, ' | ') FROM"
                                          " (SELECT title FROM projects ORDER BY id)"))
                     .toString(),
                 QStringLiteral("Épicerie solidaire itinérante | Jardin partagé des Tilleuls"));
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM answers")).toInt(), 6);
        QCOMPARE(value(*w, QStringLiteral("SELECT sum(amount_cents) FROM budget_lines WHERE"
                                          " kind = 'expense'"))
                     .toLongLong(),
                 qint64(1900000));
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM attendance WHERE status ="
                                          " 'present' AND project_id IS NOT NULL"))
                     .toInt(),
                 2);
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM consents")).toInt(), 1);
        QCOMPARE(value(*w, QStringLiteral("SELECT year FROM editions")).toInt(), 2025);
        QCOMPARE(value(*w, QStringLiteral("SELECT sum(seconds_spent) FROM attendance")).toInt(),
                 version >= 3 ? 3000 : 0);
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM imports")).toInt(),
                 version >= 4 ? 1 : 0);
        QCOMPARE(value(*w, QStringLiteral("SELECT status FROM reviews")).toString(),
                 version >= 5 ? QStringLiteral("admissible") : QString());
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM project_links")).toInt(),
                 version >= 5 ? 1 : 0);
        // Communes matched by the migration to schema 6 (or written with their code).
        QCOMPARE(value(*w, QStringLiteral("SELECT group_concat(commune_code, ',') FROM"
                                          " (SELECT commune_code FROM projects ORDER BY id)"))
                     .toString(),
                 QStringLiteral("62588,62119"));
        QVERIFY(value(*w, QStringLiteral("SELECT value FROM answers WHERE project_id = 1 AND"
                                         " field_key = 'public.communes'"))
                    .toString()
                    .contains(QStringLiteral("\"code\":\"62588\"")));
        // Schema 7: the trash and the tombstones (a comptoir deleted), kept through schema 8's
        // rebuild of both tables, and the comptoir restored from it.
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM trash")).toInt(),
                 version >= 7 ? 1 : 0);
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM tombstones")).toInt(),
                 version >= 7 ? 1 : 0);
        if (version >= 7) {
            const auto entries = Trash::entries(w->database());
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().label, QStringLiteral("Salle des fêtes"));
            const Result<qint64> restored = Trash::restore(w->database(), entries.first().id);
            QVERIFY2(restored, qPrintable(restored.error()));
            QCOMPARE(value(*w, QStringLiteral("SELECT commune FROM venues WHERE name ="
                                              " 'Salle des fêtes'"))
                         .toString(),
                     QStringLiteral("Wimille"));
            QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM tombstones")).toInt(), 0);
        }
        // Schema 8: the attachments (a quote from version 8); an attachment's deletion has its
        // tombstone.
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM attachments")).toInt(),
                 version >= 8 ? 1 : 0);
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM attachment_blobs")).toInt(),
                 version >= 8 ? 1 : 0);
        QSqlQuery tombstone(w->database());
        QVERIFY2(tombstone.exec(QStringLiteral("INSERT INTO tombstones VALUES ('a', 'attachment',"
                                               " '2026-01-01T00:00:00.000Z', 'x')")),
                 qPrintable(tombstone.lastError().text()));
        // Schema 9: the legal forms typed as free text become codes; the follow-up's records
        // and their tombstones, the editions' follow-up weeks and pitch time.
        QCOMPARE(value(*w, QStringLiteral("SELECT group_concat(legal_form, ',') FROM"
                                          " (SELECT legal_form FROM organisations ORDER BY id)"))
                     .toString(),
                 QStringLiteral("association,scic"));
        QCOMPARE(value(*w, QStringLiteral("SELECT siret FROM organisations WHERE id = 2")).toString(),
                 QStringLiteral("73282932000074"));
        QCOMPARE(value(*w, QStringLiteral("SELECT follow_up_weeks || '/' || pitch_seconds FROM"
                                          " editions"))
                     .toString(),
                 QStringLiteral("6/180"));
        QVERIFY2(tombstone.exec(QStringLiteral("INSERT INTO follow_ups (uuid, project_id, kind,"
                                               " happened_on, created_at, updated_at, origin)"
                                               " VALUES ('f', 1, 'phone', '2026-01-02', '', '',"
                                               " 'x')")),
                 qPrintable(tombstone.lastError().text()));
        QVERIFY(tombstone.exec(QStringLiteral("DELETE FROM follow_ups WHERE uuid = 'f'")));
        QCOMPARE(value(*w, QStringLiteral("SELECT kind FROM tombstones WHERE uuid = 'f'")).toString(),
                 QStringLiteral("follow_up"));
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM follow_ups")).toInt(),
                 version >= 9 ? 1 : 0);
        // Schema 10: the workspace's signing key, made by the migration (its public half is
        // its seed's); no Department key, no known signer; imports say who signed them.
        const Result<SigningKey> key = SigningKey::ofWorkspace(*w);
        QVERIFY2(key, qPrintable(key.error()));
        QCOMPARE(key->identity.workspace, w->origin());
        QCOMPARE(key->fingerprint().size(), 19);
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM department_key")).toInt(), 0);
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM known_signers")).toInt(), 0);
        QCOMPARE(value(*w, QStringLiteral("SELECT count(*) FROM imports WHERE signer_name = ''"
                                          " AND sealed = 0"))
                     .toInt(),
                 version >= 4 ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrationFixtures)
#include "tst_migrationfixtures.moc"
