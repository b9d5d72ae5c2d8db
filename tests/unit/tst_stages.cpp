#include "commands/Commands.h"
#include "projects/ProjectRecord.h"
#include "projects/StageRules.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

Q_DECLARE_METATYPE(Stage)

class TestStages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void rules_data()
    {
        QTest::addColumn<Stage>("from");
        QTest::addColumn<Stage>("to");
        QTest::addColumn<bool>("eligible");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("idea → taking shape")
            << Stage::Idea << Stage::Structuring << false << QString() << true;
        QTest::newRow("back to idea") << Stage::Ready << Stage::Idea << false << QString() << true;
        QTest::newRow("ready when eligible")
            << Stage::Structuring << Stage::Ready << true << QString() << true;
        QTest::newRow("ready, not eligible")
            << Stage::Structuring << Stage::Ready << false << QString() << false;
        QTest::newRow("ready, blank reason")
            << Stage::Structuring << Stage::Ready << false << QStringLiteral("  ") << false;
        QTest::newRow("ready, with a reason")
            << Stage::Structuring << Stage::Ready << false
            << QStringLiteral("Attestation ESS promise par la mairie") << true;
        QTest::newRow("deposited after ready")
            << Stage::Ready << Stage::Deposited << true << QString() << true;
        QTest::newRow("deposited too early")
            << Stage::Structuring << Stage::Deposited << true << QString() << false;
        QTest::newRow("labelled after deposit")
            << Stage::Deposited << Stage::Labelled << true << QString() << true;
        QTest::newRow("labelled too early")
            << Stage::Ready << Stage::Labelled << true << QString() << false;
        QTest::newRow("decision corrected")
            << Stage::Labelled << Stage::NotSelected << true << QString() << true;
        QTest::newRow("no change") << Stage::Idea << Stage::Idea << false << QString() << true;
    }

    void rules()
    {
        QFETCH(Stage, from);
        QFETCH(Stage, to);
        QFETCH(bool, eligible);
        QFETCH(QString, reason);
        QFETCH(bool, allowed);
        QCOMPARE(StageRules::refusal(from, to, eligible, reason).isEmpty(), allowed);
    }

    void commandWritesAndUndoes()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QSqlQuery query(w->database());
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT id FROM projects WHERE title = 'Jardin partagé des Tilleuls'")) &&
                query.next());
        const qint64 id = query.value(0).toLongLong();
        const auto stageOf = [&] {
            QSqlQuery q(w->database());
            q.prepare(QStringLiteral(
                "SELECT stage || '|' || stage_override_reason FROM projects WHERE id = ?"));
            q.addBindValue(id);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        QSignalSpy changed(w.get(), &Workspace::projectChanged);
        QUndoStack stack;
        QVERIFY(Commands::setStage(&stack, w.get(), id, Stage::Structuring, QString(), Stage::Ready,
                                   QStringLiteral("Budget en cours de bouclage")));
        QCOMPARE(stageOf(), QStringLiteral("ready|Budget en cours de bouclage"));
        QCOMPARE(stack.undoText(), QStringLiteral("stage “Ready to deposit”"));
        stack.undo();
        QCOMPARE(stageOf(), QStringLiteral("structuring|"));
        QCOMPARE(changed.count(), 2);

        stack.redo();
        // A stage that cannot be written is not a step.
        const Result<void> failed = Commands::setStage(&stack, w.get(), 999999, Stage::Idea,
                                                       QString(), Stage::Ready, QString());
        QVERIFY(!failed);
        QVERIFY(!failed.error().isEmpty());
        QCOMPARE(stack.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStages)
#include "tst_stages.moc"
