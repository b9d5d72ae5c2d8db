#include "commands/Commands.h"
#include "methodology/Methodology.h"
#include "methodology/MethodologyStore.h"
#include "projects/AnswerText.h"
#include "projects/ProjectAnswers.h"
#include "storage/Workspace.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

qint64 firstProject(const Workspace &w)
{
    QSqlQuery query(w.database());
    return query.exec(QStringLiteral("SELECT id FROM projects ORDER BY id LIMIT 1")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

QString updatedAt(const Workspace &w, qint64 project)
{
    QSqlQuery query(w.database());
    query.prepare(QStringLiteral("SELECT updated_at FROM projects WHERE id = ?"));
    query.addBindValue(project);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace

class TestProjectAnswers final : public QObject
{
    Q_OBJECT

private slots:
    // The one plain-text rendering of an answer, in its three styles.
    void plainText()
    {
        const QJsonValue rows = QJsonArray{
            QJsonObject{{QStringLiteral("qui"), QStringLiteral(" Ana ")},
                        {QStringLiteral("combien"), 1234.5}},
            QJsonObject{{QStringLiteral("qui"), QStringLiteral("")},
                        {QStringLiteral("combien"), 2000000}},
        };
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const auto cleanup = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        QCOMPARE(AnswerText::plain(rows), QStringLiteral("1 234,5\nAna\n2 000 000"));
        QCOMPARE(AnswerText::plain(rows, {QStringLiteral(", "), QStringLiteral(" · "),
                                          AnswerText::Numbers::Plain}),
                 QStringLiteral("1234.5 · Ana, 2000000"));
        // A commune reads as its name; a yes/no as a word; nothing as nothing.
        QCOMPARE(AnswerText::plain(QJsonArray{
                     QJsonObject{{QStringLiteral("code"), QStringLiteral("62060")},
                                 {QStringLiteral("name"), QStringLiteral("Auxi-le-Château")}},
                     QStringLiteral("Lille")}),
                 QStringLiteral("Auxi-le-Château\nLille"));
        QCOMPARE(AnswerText::plain(QJsonValue(true)), QStringLiteral("yes"));
        QCOMPARE(AnswerText::plain(QJsonValue()), QString());
    }

    void initTestCase() { TestSupport::isolateFromUser(); }

    void methodologyIsStoredOnce()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        QString error;
        const Methodology &builtIn = Methodology::builtIn();
        const qint64 id = MethodologyStore::store(*w, builtIn, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(MethodologyStore::store(*w, builtIn, &error), id);
        QCOMPARE(MethodologyStore::list(*w, &error).size(), 1);

        const auto loaded = MethodologyStore::load(*w, id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->fieldCount(), builtIn.fieldCount());
        QCOMPARE(loaded->source, builtIn.source);

        // The same code and version with another text is refused: it needs a new version.
        Methodology changed = builtIn;
        changed.source.replace("Titre du projet", "Nom du projet");
        QCOMPARE(MethodologyStore::store(*w, changed, &error), -1);
        QVERIFY2(error.contains(QLatin1String("new version")), qPrintable(error));
        changed.version = 2;
        QVERIFY(MethodologyStore::store(*w, changed, &error) > id);
        QCOMPARE(MethodologyStore::latest(*w, builtIn.code, &error)->version, 2);
        QVERIFY(!MethodologyStore::latest(*w, QStringLiteral("autre"), &error));
        QVERIFY(!MethodologyStore::load(*w, 9999, &error));
    }

    void answersSurviveClosingTheWorkspace()
    {
        QTemporaryDir dir;
        QString path;
        qint64 project = -1;
        const QJsonArray rows{
            QJsonObject{{QStringLiteral("objectif"), QStringLiteral("Ouvrir douze arrêts")},
                        {QStringLiteral("cible"), QStringLiteral("12")}}};
        const QJsonObject qqoqcp{{QStringLiteral("qui"), QStringLiteral("Les aînés des hameaux")},
                                 {QStringLiteral("ou"), QStringLiteral("Ternois")}};
        {
            auto w = TestSupport::createDemo(dir);
            path = w->filePath();
            project = firstProject(*w);
            const QString before = updatedAt(*w, project);
            QString error;
            QVERIFY2(ProjectAnswers::write(*w, project, QStringLiteral("idee.titre"),
                                           QStringLiteral("Épicerie à roulettes"),
                                           QStringLiteral("idee-au-projet"), 1, &error),
                     qPrintable(error));
            QVERIFY(ProjectAnswers::write(*w, project, QStringLiteral("objectifs.operationnels"),
                                          rows, QStringLiteral("idee-au-projet"), 1, &error));
            QVERIFY(ProjectAnswers::write(*w, project, QStringLiteral("besoin.qqoqcp"), qqoqcp,
                                          QStringLiteral("idee-au-projet"), 1, &error));
            QVERIFY(ProjectAnswers::write(*w, project, QStringLiteral("public.nombre"), 250,
                                          QStringLiteral("idee-au-projet"), 1, &error));
            QVERIFY(updatedAt(*w, project) > before);
        }
        QString error;
        auto reopened = Workspace::open(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        const auto answers = ProjectAnswers::all(*reopened, project, &error);
        QCOMPARE(answers.value(QStringLiteral("idee.titre")).value.toString(),
                 QStringLiteral("Épicerie à roulettes"));
        QCOMPARE(answers.value(QStringLiteral("objectifs.operationnels")).value.toArray(), rows);
        QCOMPARE(answers.value(QStringLiteral("besoin.qqoqcp")).value.toObject(), qqoqcp);
        QCOMPARE(answers.value(QStringLiteral("public.nombre")).value.toInt(), 250);
        QCOMPARE(answers.value(QStringLiteral("idee.titre")).methodologyVersion, 1);
    }

    void emptyAnswerIsRemovedAndEditsKeepIdentity()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        const qint64 project = firstProject(*w);
        QString error;
        const QString key = QStringLiteral("pitch.accroche");
        QVERIFY(ProjectAnswers::write(*w, project, key, QStringLiteral("Un"), QStringLiteral("m"),
                                      1, &error));
        QSqlQuery query(w->database());
        const QString mine =
            QStringLiteral(" WHERE field_key = 'pitch.accroche' AND project_id = %1").arg(project);
        QVERIFY(query.exec(QStringLiteral("SELECT uuid FROM answers") + mine) && query.next());
        const QString uuid = query.value(0).toString();
        QVERIFY(ProjectAnswers::write(*w, project, key, QStringLiteral("Deux"), QStringLiteral("m"),
                                      1, &error));
        QVERIFY(query.exec(QStringLiteral("SELECT uuid, value FROM answers") + mine) &&
                query.next());
        QCOMPARE(query.value(0).toString(), uuid); // updated in place, same identity
        QCOMPARE(query.value(1).toString(), QStringLiteral("\"Deux\""));
        QVERIFY(ProjectAnswers::write(*w, project, key, QStringLiteral("   "), QStringLiteral("m"),
                                      1, &error));
        // Other demo projects have a catchphrase of their own: only this project's counts.
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM answers"
                                          " WHERE field_key = 'pitch.accroche' AND project_id = %1")
                               .arg(project)) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(ProjectAnswers::isEmpty(QJsonObject{{QStringLiteral("qui"), QString()}}));
        QVERIFY(!ProjectAnswers::isEmpty(0));
    }

    void writingToAMissingProjectChangesNothing()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QString error;
        QVERIFY(!ProjectAnswers::write(*w, 999999, QStringLiteral("idee.titre"),
                                       QStringLiteral("x"), QStringLiteral("m"), 1, &error));
        QVERIFY(!error.isEmpty());
        QSqlQuery query(w->database());
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*) FROM answers WHERE project_id = 999999")) &&
            query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void undoRedoAndMerging()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        const qint64 project = firstProject(*w);
        const QString key = QStringLiteral("idee.titre");
        QSignalSpy changed(w.get(), &Workspace::answerChanged);
        QUndoStack stack;
        const auto type = [&](const QJsonValue &from, const QJsonValue &to) {
            QVERIFY(Commands::setAnswer(&stack, w.get(), project, key, QStringLiteral("Titre"),
                                        from, to, QStringLiteral("idee-au-projet"), 1));
        };
        type(QJsonValue(), QStringLiteral("Ré"));
        type(QStringLiteral("Ré"), QStringLiteral("Repa"));
        type(QStringLiteral("Repa"), QStringLiteral("Repair café"));
        QCOMPARE(stack.count(), 1); // a burst of typing is one step
        QCOMPARE(stack.undoText(), QStringLiteral("edit “Titre”"));
        QCOMPARE(ProjectAnswers::value(*w, project, key).toString(), QStringLiteral("Repair café"));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(0).toLongLong(), project);

        stack.undo();
        QVERIFY2(ProjectAnswers::value(*w, project, key).isUndefined() ||
                     ProjectAnswers::value(*w, project, key).isNull(),
                 qPrintable(ProjectAnswers::value(*w, project, key).toString()));
        stack.redo();
        QCOMPARE(ProjectAnswers::value(*w, project, key).toString(), QStringLiteral("Repair café"));

        // Another field is another step.
        QVERIFY(Commands::setAnswer(
            &stack, w.get(), project, QStringLiteral("pitch.accroche"), QStringLiteral("Accroche"),
            QJsonValue(), QStringLiteral("Réparer ensemble"), QStringLiteral("idee-au-projet"), 1));
        QCOMPARE(stack.count(), 2);

        // Typing a field back to what it was leaves nothing to undo.
        QUndoStack other;
        QVERIFY(Commands::setAnswer(&other, w.get(), project, QStringLiteral("pitch.pitch"),
                                    QStringLiteral("Pitch"), QJsonValue(), QStringLiteral("a"),
                                    QStringLiteral("idee-au-projet"), 1));
        QVERIFY(Commands::setAnswer(&other, w.get(), project, QStringLiteral("pitch.pitch"),
                                    QStringLiteral("Pitch"), QStringLiteral("a"), QJsonValue(),
                                    QStringLiteral("idee-au-projet"), 1));
        QCOMPARE(other.count(), 0);
    }

    void failedWriteIsReported()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QSignalSpy failed(w.get(), &Workspace::writeFailed);
        QUndoStack stack;
        const Result<void> written = Commands::setAnswer(
            &stack, w.get(), 999999, QStringLiteral("idee.titre"), QStringLiteral("Titre"),
            QJsonValue(), QStringLiteral("x"), QStringLiteral("idee-au-projet"), 1);
        QVERIFY(!written);
        QVERIFY(!written.error().isEmpty());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(stack.count(), 0); // never recorded as done
    }
};

QTEST_GUILESS_MAIN(TestProjectAnswers)
#include "tst_projectanswers.moc"
