#include "commands/Commands.h"
#include "projects/BudgetLines.h"
#include "projects/ProjectRecord.h"
#include "session/Deletions.h"
#include "storage/Trash.h"
#include "storage/Workspace.h"
#include "TestSupport.h"
#include "workshops/Venues.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Deleting into the trash and back: a project, a workshop or a holder leaves its table with every
// row that went with it, and comes back as it was; deletions leave tombstones, whoever deletes.
class TestTrash final : public QObject
{
    Q_OBJECT

    QVariant value(const QString &sql) const
    {
        QSqlQuery query(m_w->database());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    int count(const QString &sql) const { return value(sql).toInt(); }

    // Every row that belongs to project `id`, as text: what a restore must give back.
    QStringList rowsOf(qint64 id, bool withProjectId = true) const
    {
        QStringList rows;
        const QStringList tables = {
            QStringLiteral("answers"),         QStringLiteral("budget_lines"),
            QStringLiteral("project_holders"), QStringLiteral("reviews"),
            QStringLiteral("review_comments"), QStringLiteral("review_scores"),
            QStringLiteral("project_imports")};
        for (const QString &table : tables) {
            QSqlQuery query(m_w->database());
            query.prepare(
                QStringLiteral("SELECT * FROM %1 WHERE project_id = ? ORDER BY 1, 2").arg(table));
            query.addBindValue(id);
            if (!query.exec())
                return {QStringLiteral("error")};
            while (query.next()) {
                QStringList fields{table};
                for (int i = 0; i < query.record().count(); ++i) {
                    const QString name = query.record().fieldName(i);
                    if (name == QLatin1String("project_id") && !withProjectId)
                        continue;
                    if (name == QLatin1String("id") && !withProjectId)
                        continue;
                    fields << name + QLatin1Char('=') + query.value(i).toString();
                }
                rows << fields.join(QLatin1Char('|'));
            }
        }
        QSqlQuery links(m_w->database());
        links.prepare(QStringLiteral("SELECT uuid, kind FROM project_links WHERE project_id = ?"
                                     " OR other_project_id = ? ORDER BY uuid"));
        links.addBindValue(id);
        links.addBindValue(id);
        if (links.exec())
            while (links.next())
                rows << QStringLiteral("link|%1|%2")
                            .arg(links.value(0).toString(), links.value(1).toString());
        QSqlQuery attendance(m_w->database());
        attendance.prepare(
            QStringLiteral("SELECT uuid FROM attendance WHERE project_id = ? ORDER BY uuid"));
        attendance.addBindValue(id);
        if (attendance.exec())
            while (attendance.next())
                rows << QStringLiteral("attendance|") + attendance.value(0).toString();
        return rows;
    }

    void verifyIntact() const
    {
        QCOMPARE(value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QSqlQuery check(m_w->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        const bool violation = check.next();
        QVERIFY2(!violation, qPrintable(violation ? check.value(0).toString() : QString()));
    }

    // The demo project that has the most rows of its own (a review, a link, holders, budget…).
    qint64 richestProject() const
    {
        return value(QStringLiteral(
                         "SELECT p.id FROM projects p ORDER BY"
                         " (SELECT count(*) FROM project_links l WHERE l.project_id = p.id OR "
                         "  l.other_project_id = p.id) DESC,"
                         " (SELECT count(*) FROM reviews r WHERE r.project_id = p.id) DESC,"
                         " (SELECT count(*) FROM attendance a WHERE a.project_id = p.id) DESC,"
                         " (SELECT count(*) FROM budget_lines b WHERE b.project_id = p.id) DESC"
                         " LIMIT 1"))
            .toLongLong();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_w;

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void init()
    {
        m_w.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("demo.comptoirdb")));
        m_w = TestSupport::createDemo(m_dir);
        QVERIFY(m_w);
    }

    void aProjectGoesAndComesBackAsItWas()
    {
        const qint64 id = richestProject();
        const QStringList before = rowsOf(id);
        const QString uuid =
            value(QStringLiteral("SELECT uuid FROM projects WHERE id = %1").arg(id)).toString();
        const QString title =
            value(QStringLiteral("SELECT title FROM projects WHERE id = %1").arg(id)).toString();
        const int projects = count(QStringLiteral("SELECT count(*) FROM projects"));
        const int tombstones = count(QStringLiteral("SELECT count(*) FROM tombstones"));
        // The demo's project has answers, budget lines, holders, attendance, a review and links.
        QVERIFY(before.filter(QStringLiteral("budget_lines|")).size() > 0);
        QVERIFY(before.filter(QStringLiteral("link|")).size() > 0);
        QVERIFY(before.filter(QStringLiteral("attendance|")).size() > 0);
        QVERIFY(before.filter(QStringLiteral("reviews|")).size() > 0);

        QSignalSpy removed(m_w.get(), &Workspace::projectRemoved);
        QSignalSpy changed(m_w.get(), &Workspace::projectsChanged);
        const auto entries = Deletions::deleteProjects(*m_w, {id});
        QVERIFY2(entries, qPrintable(entries.error()));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toLongLong(), id);
        QCOMPARE(changed.size(), 1);

        // Gone from its table and everything that went with it; the participants stay, unlinked.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects")), projects - 1);
        QVERIFY(rowsOf(id).isEmpty());
        QCOMPARE(Trash::count(m_w->database()), 1);
        const Trash::Entry entry = Trash::entries(m_w->database()).first();
        QCOMPARE(entry.kind, QStringLiteral("project"));
        QCOMPARE(entry.uuid, uuid);
        QCOMPARE(entry.label, title);
        QCOMPARE(entry.origin, m_w->origin());
        // One tombstone, the project's: its rows went with it and leave none of their own.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones")), tombstones + 1);
        QCOMPARE(value(QStringLiteral("SELECT kind FROM tombstones WHERE uuid = '%1'").arg(uuid))
                     .toString(),
                 QStringLiteral("project"));
        QCOMPARE(
            value(QStringLiteral("SELECT deleted_at FROM tombstones WHERE uuid = '%1'").arg(uuid))
                .toString(),
            entry.deletedAt);
        verifyIntact();

        const QString updatedBefore =
            Trash::entries(m_w->database()).isEmpty() ? QString() : entry.deletedAt;
        const auto restored = Deletions::restore(*m_w, {entry.id});
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(restored->first(), id); // its id was free: the same one
        QCOMPARE(rowsOf(id), before);
        QCOMPARE(Trash::count(m_w->database()), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones")), tombstones);
        // A restore is an edit: it travels, and wins over the deletion elsewhere.
        QVERIFY(value(QStringLiteral("SELECT updated_at FROM projects WHERE id = %1").arg(id))
                    .toString() >= updatedBefore);
        verifyIntact();
    }

    void aProjectRestoredUnderAnotherIdTakesItsRowsAlong()
    {
        const qint64 last = value(QStringLiteral("SELECT max(id) FROM projects")).toLongLong();
        const QStringList before = rowsOf(last, false);
        const auto entries = Deletions::deleteProjects(*m_w, {last});
        QVERIFY(entries);
        // A new project takes the free id.
        QString error;
        const qint64 added = ProjectRecord::create(*m_w, 0, 0, 0, &error);
        QCOMPARE(added, last);
        const auto restored = Deletions::restore(*m_w, *entries);
        QVERIFY2(restored, qPrintable(restored.error()));
        QVERIFY(restored->first() != last);
        QCOMPARE(rowsOf(restored->first(), false), before);
        QVERIFY(rowsOf(added).isEmpty());
        verifyIntact();
    }

    void undoRestoresAndRedoDeletesAgain()
    {
        QUndoStack stack;
        const QList<qint64> ids{value(QStringLiteral("SELECT min(id) FROM projects")).toLongLong(),
                                value(QStringLiteral("SELECT max(id) FROM projects")).toLongLong()};
        const int projects = count(QStringLiteral("SELECT count(*) FROM projects"));
        QVERIFY(Commands::deleteProjects(&stack, m_w.get(), ids, QStringLiteral("delete two")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects")), projects - 2);
        QCOMPARE(Trash::count(m_w->database()), 2);
        QCOMPARE(stack.undoText(), QStringLiteral("delete two"));
        stack.undo();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects")), projects);
        QCOMPARE(Trash::count(m_w->database()), 0);
        stack.redo();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects")), projects - 2);
        stack.undo();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects")), projects);
        verifyIntact();
        stack.clear();
    }

    void aDeletionIsAllOrNothing()
    {
        const qint64 first = value(QStringLiteral("SELECT min(id) FROM projects")).toLongLong();
        const int projects = count(QStringLiteral("SELECT count(*) FROM projects"));
        const auto entries = Deletions::deleteProjects(*m_w, {first, 999999});
        QVERIFY(!entries);
        QVERIFY(!entries.error().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM projects")), projects);
        QCOMPARE(Trash::count(m_w->database()), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones")), 0);
    }

    void deletedForGoodStaysDeleted()
    {
        const qint64 a = value(QStringLiteral("SELECT min(id) FROM projects")).toLongLong();
        const qint64 b = value(QStringLiteral("SELECT max(id) FROM projects")).toLongLong();
        const auto entries = Deletions::deleteProjects(*m_w, {a, b});
        QVERIFY(entries);
        QVERIFY(Deletions::purge(*m_w, {entries->first()}));
        QCOMPARE(Trash::count(m_w->database()), 1);
        QVERIFY(!Deletions::restore(*m_w, {entries->first()}));
        const auto emptied = Deletions::emptyTrash(*m_w);
        QVERIFY(emptied);
        QCOMPARE(*emptied, 1);
        QCOMPARE(Trash::count(m_w->database()), 0);
        // The tombstones stay: an import must not bring them back.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones WHERE kind = 'project'")),
                 2);
        verifyIntact();
    }

    void aProjectImportedAgainIsNotRestoredOverIt()
    {
        const qint64 id = value(QStringLiteral("SELECT min(id) FROM projects")).toLongLong();
        const QString uuid =
            value(QStringLiteral("SELECT uuid FROM projects WHERE id = %1").arg(id)).toString();
        const auto entries = Deletions::deleteProjects(*m_w, {id});
        QVERIFY(entries);
        QSqlQuery insert(m_w->database());
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO projects (uuid, title, created_at, updated_at, origin)"
                           " VALUES ('%1', 'again', '2026-01-01T00:00:00.000Z', "
                           "'2026-01-01T00:00:00.000Z', 'x')")
                .arg(uuid)));
        // Written again: no longer a tombstone.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones")), 0);
        const auto restored = Deletions::restore(*m_w, *entries);
        QVERIFY(!restored);
        QVERIFY(restored.error().contains(QStringLiteral("again")) ||
                restored.error().contains(QStringLiteral("imported")));
        QCOMPARE(Trash::count(m_w->database()), 1); // still there, nothing half-done
    }

    void workshopsAndHoldersToo()
    {
        const qint64 workshop =
            value(QStringLiteral("SELECT workshop_id FROM attendance GROUP BY workshop_id"
                                 " ORDER BY count(*) DESC LIMIT 1"))
                .toLongLong();
        const int attendance = count(QStringLiteral("SELECT count(*) FROM attendance"));
        const int registered = count(
            QStringLiteral("SELECT count(*) FROM attendance WHERE workshop_id = %1").arg(workshop));
        QVERIFY(registered > 0);
        const auto w = Deletions::deleteWorkshop(*m_w, workshop);
        QVERIFY2(w, qPrintable(w.error()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attendance")), attendance - registered);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones WHERE kind = 'workshop'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones WHERE kind = 'attendance'")),
                 0);
        QVERIFY(Trash::entries(m_w->database())
                    .first()
                    .label.startsWith(QStringLiteral("Workshop of")));

        const qint64 holder =
            value(QStringLiteral("SELECT holder_id FROM project_holders LIMIT 1")).toLongLong();
        const int consents = count(QStringLiteral("SELECT count(*) FROM consents"));
        const int holderConsents =
            count(QStringLiteral("SELECT count(*) FROM consents WHERE holder_id = %1").arg(holder));
        const auto h = Deletions::deleteHolder(*m_w, holder);
        QVERIFY2(h, qPrintable(h.error()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM consents")), consents - holderConsents);
        verifyIntact();

        QVERIFY(Deletions::restore(*m_w, {*h, *w}));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attendance")), attendance);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM consents")), consents);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones")), 0);
        verifyIntact();
    }

    // A comptoir without history goes to the trash (one with history is made inactive).
    void anUnusedComptoirGoesToTheTrash()
    {
        QString error;
        Venues::Venue venue;
        venue.name = QStringLiteral("Comptoir de Lens");
        venue.commune = QStringLiteral("Lens");
        const qint64 id = Venues::save(*m_w, venue, &error);
        QVERIFY2(id > 0, qPrintable(error));
        bool deactivated = true;
        QVERIFY2(Venues::remove(*m_w, id, &deactivated, &error), qPrintable(error));
        QVERIFY(!deactivated);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM venues WHERE id = %1").arg(id)), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones WHERE kind = 'venue'")), 1);
        const Trash::Entry entry = Trash::entries(m_w->database()).first();
        QCOMPARE(entry.kind, QStringLiteral("venue"));
        QCOMPARE(entry.label, QStringLiteral("Comptoir de Lens"));
        QCOMPARE(Deletions::kindLabel(entry.kind), QStringLiteral("Comptoir"));
        QVERIFY(Deletions::restore(*m_w, {entry.id}));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM venues WHERE name = 'Comptoir de Lens'")),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones")), 0);
        // One with workshops stays, inactive.
        const qint64 used =
            value(
                QStringLiteral("SELECT venue_id FROM workshops WHERE venue_id IS NOT NULL LIMIT 1"))
                .toLongLong();
        QVERIFY(Venues::remove(*m_w, used, &deactivated, &error));
        QVERIFY(deactivated);
        QCOMPARE(Trash::count(m_w->database()), 0);
    }

    void deletionsByEditsLeaveTombstones()
    {
        const qint64 project =
            value(QStringLiteral("SELECT project_id FROM budget_lines GROUP BY project_id"
                                 " HAVING count(*) > 1 LIMIT 1"))
                .toLongLong();
        QString error;
        const QList<BudgetLines::Line> lines = BudgetLines::load(*m_w, project, &error);
        QVERIFY(lines.size() > 1);
        QUndoStack stack;
        QVERIFY(Commands::setBudget(&stack, m_w.get(), project, lines, lines.mid(1),
                                    QStringLiteral("remove a line")));
        QCOMPARE(value(QStringLiteral("SELECT kind FROM tombstones WHERE uuid = '%1'")
                           .arg(lines.first().uuid))
                     .toString(),
                 QStringLiteral("budget_line"));
        QCOMPARE(value(QStringLiteral("SELECT origin FROM tombstones")).toString(), m_w->origin());
        // Undone: the line is back with its UUID, and no longer deleted.
        stack.undo();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones")), 0);
        stack.clear();

        QSqlQuery query(m_w->database());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM review_comments WHERE id = (SELECT min(id)"
                                          " FROM review_comments)")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM project_links WHERE id = (SELECT min(id)"
                                          " FROM project_links)")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM attendance WHERE id = (SELECT min(id)"
                                          " FROM attendance)")));
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT kind) FROM tombstones")), 3);
    }

    void olderWorkspacesGetTheTrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.comptoirdb"));
        QCOMPARE(TestSupport::writeOlderWorkspace(path, 6, {}), QString());
        QString error;
        auto w = Workspace::open(path, &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->schemaVersion(), Workspace::latestSchemaVersion());
        QCOMPARE(w->migratedFrom(), 6);
        QCOMPARE(Trash::count(w->database()), 0);
    }
};

QTEST_GUILESS_MAIN(TestTrash)
#include "tst_trash.moc"
