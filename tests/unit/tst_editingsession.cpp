#include "projects/EditingSession.h"
#include "projects/ProjectAnswers.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

// The editor's session without its widgets: values pending until written, recorded as written
// only once they are, one history per project kept while the workspace is open.
class TestEditingSession final : public QObject
{
    Q_OBJECT

    static QList<qint64> projects(const Workspace &w)
    {
        QList<qint64> ids;
        QSqlQuery query(w.database());
        query.exec(QStringLiteral("SELECT id FROM projects ORDER BY id LIMIT 2"));
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void pendingUntilWrittenAndOneHistoryPerProject()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        const QList<qint64> ids = projects(*w);
        QCOMPARE(ids.size(), 2);
        QUndoGroup group;
        EditingSession session(&group);
        session.setWorkspace(w.get());
        QString error;
        QVERIFY2(session.open(ids.at(0), &error), qPrintable(error));
        QCOMPARE(group.activeStack(), session.stack(ids.at(0)));
        QVERIFY(!session.methodology().sections.isEmpty());

        const QString key = QStringLiteral("pitch.accroche");
        session.edit(key, QStringLiteral("Réparer ensemble"));
        QVERIFY(session.hasPending());
        EditingSession::Flushed flushed = session.flush();
        QCOMPARE(flushed.written, QStringList{key});
        QVERIFY(!session.hasPending());
        QCOMPARE(session.saved(key).toString(), QStringLiteral("Réparer ensemble"));
        QCOMPARE(ProjectAnswers::value(*w, ids.at(0), key).toString(),
                 QStringLiteral("Réparer ensemble"));
        // The same value again writes nothing.
        session.edit(key, QStringLiteral("Réparer ensemble"));
        QVERIFY(session.flush().written.isEmpty());
        QCOMPARE(session.stack()->count(), 1);

        // Another project, and back: the first one's history is still there.
        QVERIFY(session.open(ids.at(1), &error));
        QCOMPARE(session.stack()->count(), 0);
        QVERIFY(session.open(ids.at(0), &error));
        QCOMPARE(session.stack()->count(), 1);

        // The budget: written lines come back with their identities.
        QVERIFY(session.writeBudget({BudgetLines::Line{{},
                                                       BudgetLines::Kind::Expense,
                                                       QStringLiteral("Matériel"),
                                                       QStringLiteral("Outils"),
                                                       12000}},
                                    QStringLiteral("budget")));
        QVERIFY(!session.savedLines().isEmpty());
        QVERIFY(!session.savedLines().constFirst().uuid.isEmpty());

        session.setWorkspace(nullptr);
        QCOMPARE(session.projectId(), 0);
        QVERIFY(!session.stack(ids.at(0)));
    }

    void aFailedWriteStaysPending()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        const qint64 id = projects(*w).constFirst();
        QUndoGroup group;
        EditingSession session(&group);
        session.setWorkspace(w.get());
        QString error;
        QVERIFY(session.open(id, &error));
        // The project goes away meanwhile (another window, an import's merge).
        QSqlQuery remove(w->database());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM projects WHERE id = %1").arg(id)));
        const QString key = QStringLiteral("pitch.accroche");
        session.edit(key, QStringLiteral("x"));
        const EditingSession::Flushed flushed = session.flush();
        QVERIFY(flushed.written.isEmpty());
        QVERIFY(!flushed.failed.value(key).isEmpty());
        QVERIFY(session.hasPending()); // tried again at the next flush
        QCOMPARE(session.stack()->count(), 0);
        QVERIFY(session.saved(key) != QJsonValue(QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestEditingSession)
#include "tst_editingsession.moc"
