#include "commands/Commands.h"
#include "methodology/Methodology.h"
#include "projects/BudgetLines.h"
#include "projects/ProjectAnswers.h"
#include "projects/ProjectListModel.h"
#include "projects/ProjectRecord.h"
#include "rules/Edition.h"
#include "storage/Workspace.h"
#include "TestSupport.h"
#include "text/TextFolding.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using Line = BudgetLines::Line;
using Kind = BudgetLines::Kind;

// The parts of a project the editor writes besides its answers: its row (creation, links and
// the mirrored answers), its budget lines, and the edition rules.
class TestProjectEditing final : public QObject
{
    Q_OBJECT

private:
    static QVariant scalar(const Workspace &w, const QString &sql, qint64 id)
    {
        QSqlQuery query(w.database());
        query.prepare(sql);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0) : QVariant();
    }

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void createdProjectIsEmptyAndLinked()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        const qint64 edition = ProjectRecord::currentEdition(*w);
        QVERIFY(edition > 0);
        const QList<ProjectRecord::Choice> venues = ProjectRecord::venues(*w);
        QCOMPARE(venues.size(), 7);
        QString error;
        const qint64 id = ProjectRecord::create(*w, edition, venues.first().id, 0, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(ProjectRecord::link(*w, id, ProjectRecord::Link::Edition), edition);
        QCOMPARE(ProjectRecord::link(*w, id, ProjectRecord::Link::Venue), venues.first().id);
        QCOMPARE(ProjectRecord::link(*w, id, ProjectRecord::Link::Category), 0);
        QCOMPARE(scalar(*w, QStringLiteral("SELECT stage FROM projects WHERE id = ?"), id),
                 QVariant(QStringLiteral("idea")));
        QVERIFY(ProjectAnswers::all(*w, id, &error).isEmpty());

        // A link is undoable; clearing it writes NULL.
        const QList<ProjectRecord::Choice> categories = ProjectRecord::categories(*w, edition);
        QCOMPARE(categories.size(), 3);
        QSignalSpy changed(w.get(), &Workspace::projectChanged);
        QUndoStack stack;
        QVERIFY(Commands::setLink(&stack, w.get(), id, ProjectRecord::Link::Category, 0,
                                  categories.at(1).id, QStringLiteral("catégorie")));
        QCOMPARE(ProjectRecord::link(*w, id, ProjectRecord::Link::Category), categories.at(1).id);
        stack.undo();
        QVERIFY(scalar(*w, QStringLiteral("SELECT category_id FROM projects WHERE id = ?"), id)
                    .isNull());
        QCOMPARE(changed.count(), 2);

        // Another edition clears the category in the same step; undo puts both back.
        QVERIFY(Commands::setLink(&stack, w.get(), id, ProjectRecord::Link::Category, 0,
                                  categories.at(1).id, QStringLiteral("catégorie")));
        const int steps = stack.count();
        QVERIFY(Commands::setLink(&stack, w.get(), id, ProjectRecord::Link::Edition, edition, 0,
                                  QStringLiteral("édition")));
        QCOMPARE(stack.count(), steps + 1);
        QCOMPARE(ProjectRecord::link(*w, id, ProjectRecord::Link::Edition), 0);
        QCOMPARE(ProjectRecord::link(*w, id, ProjectRecord::Link::Category), 0);
        stack.undo();
        QCOMPARE(ProjectRecord::link(*w, id, ProjectRecord::Link::Edition), edition);
        QCOMPARE(ProjectRecord::link(*w, id, ProjectRecord::Link::Category), categories.at(1).id);
    }

    // A write that fails is never recorded as done: no step, the failure in words, announced.
    void failedWritesAreNotSteps()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QSignalSpy failed(w.get(), &Workspace::writeFailed);
        QUndoStack stack;
        const qint64 gone = 999999;
        const Result<void> link = Commands::setLink(
            &stack, w.get(), gone, ProjectRecord::Link::Venue, 0, 1, QStringLiteral("comptoir"));
        QVERIFY(!link);
        QVERIFY(!link.error().isEmpty());
        const Result<void> budget = Commands::setBudget(
            &stack, w.get(), gone, {},
            {BudgetLines::Line{{}, BudgetLines::Kind::Expense, QString(), QStringLiteral("x"), 1}},
            QStringLiteral("budget"));
        QVERIFY(!budget);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(failed.count(), 2);
    }

    void mirroredAnswersUpdateTheProjectRow()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QString error;
        const qint64 id = ProjectRecord::create(*w, 0, 0, 0, &error);
        const auto write = [&](const char *key, const QJsonValue &value) {
            QVERIFY2(ProjectAnswers::write(*w, id, QLatin1String(key), value,
                                           QStringLiteral("idee-au-projet"), 1, &error),
                     qPrintable(error));
        };
        write("idee.titre", QStringLiteral("  Jardin partagé de Béthune "));
        write("budget.montant_demande", 4500.5);
        write("public.communes", QJsonArray{QStringLiteral("Béthune"), QStringLiteral("Beuvry")});
        write("idee.theme", QStringLiteral("Alimentation"));
        QCOMPARE(scalar(*w,
                        QStringLiteral("SELECT title || '|' || commune || '|' || theme || '|' ||"
                                       " amount_requested_cents FROM projects WHERE id = ?"),
                        id)
                     .toString(),
                 QStringLiteral("Jardin partagé de Béthune|Béthune|Alimentation|450050"));
        QCOMPARE(scalar(*w, QStringLiteral("SELECT commune_code FROM projects WHERE id = ?"), id),
                 QVariant(QStringLiteral("62119")));
        write("idee.titre", QJsonValue());
        QCOMPARE(scalar(*w, QStringLiteral("SELECT title FROM projects WHERE id = ?"), id),
                 QVariant(QStringLiteral("")));

        // A row filled without answers (the demo) reads back as answers.
        QSqlQuery query(w->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT id FROM projects WHERE title = 'Repair café mensuel à Outreau'")));
        QVERIFY(query.next());
        const qint64 demo = query.value(0).toLongLong();
        const auto answers = ProjectAnswers::all(*w, demo, &error);
        QCOMPARE(answers.value(QStringLiteral("idee.titre")).value.toString(),
                 QStringLiteral("Repair café mensuel à Outreau"));
        // The commune with its INSEE code.
        QCOMPARE(answers.value(QStringLiteral("public.communes")).value,
                 QJsonValue(
                     QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("62643")},
                                            {QStringLiteral("name"), QStringLiteral("Outreau")}}}));
        QVERIFY(answers.value(QStringLiteral("budget.montant_demande")).value.toDouble() > 0);
    }

    void budgetLinesKeepTheirIdentity()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QString error;
        const qint64 id = ProjectRecord::create(*w, 0, 0, 0, &error);
        QList<Line> lines = {
            {{},
             Kind::Expense,
             QStringLiteral("Achats et matériel"),
             QStringLiteral("Outils"),
             120000},
            {{},
             Kind::Resource,
             BudgetLines::citizenBudgetCategory(),
             QStringLiteral("Demande"),
             100000},
            {{},
             Kind::Resource,
             QStringLiteral("Fonds propres"),
             QStringLiteral("Cotisations"),
             20000},
        };
        QSignalSpy changed(w.get(), &Workspace::budgetChanged);
        QUndoStack stack;
        QVERIFY(Commands::setBudget(&stack, w.get(), id, {}, lines, QStringLiteral("budget")));
        QList<Line> written = BudgetLines::load(*w, id, &error);
        QCOMPARE(written.size(), 3);
        QVERIFY(!written.first().uuid.isEmpty());
        QCOMPARE(BudgetLines::total(written, Kind::Expense), 120000);
        QCOMPARE(BudgetLines::total(written, Kind::Resource), 120000);
        QCOMPARE(BudgetLines::citizenBudget(written), 100000);

        // Editing one amount keeps every line's UUID.
        QList<Line> edited = written;
        edited[2].amountCents = 30000;
        QVERIFY(
            Commands::setBudget(&stack, w.get(), id, written, edited, QStringLiteral("budget")));
        const QList<Line> after = BudgetLines::load(*w, id, &error);
        QCOMPARE(after.at(2).uuid, written.at(2).uuid);
        QCOMPARE(after.at(2).amountCents, 30000);

        stack.undo();
        QCOMPARE(BudgetLines::load(*w, id, &error), written);
        stack.undo();
        QVERIFY(BudgetLines::load(*w, id, &error).isEmpty());
        stack.redo(); // the lines come back with the same identities
        QCOMPARE(BudgetLines::load(*w, id, &error), written);
        QCOMPARE(changed.count(), 5);

        // Absurd amounts are refused and change nothing.
        QList<Line> absurd = written;
        absurd[0].amountCents = BudgetLines::kMaxAmountCents + 1;
        QVERIFY(!BudgetLines::replace(*w, id, absurd, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(BudgetLines::load(*w, id, &error), written);
    }

    void editionRoundTripAndProblems()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QString error;
        Edition e = Edition::forYear(2027);
        e.checks.removeAll(Eligibility::Rule::DepositPeriod);
        const qint64 id = Edition::save(*w, e, &error);
        QVERIFY2(id > 0, qPrintable(error));
        std::optional<Edition> loaded = Edition::load(*w, id, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, QStringLiteral("Budget Citoyen 2027"));
        QCOMPARE(loaded->depositEnd, QDate(2027, 5, 31));
        QCOMPARE(loaded->categories.size(), 3);
        QCOMPARE(loaded->categories.at(2).ceilingCents, 450000);
        QCOMPARE(loaded->checks.size(), 6);
        QVERIFY(!loaded->checks.contains(Eligibility::Rule::DepositPeriod));
        QCOMPARE(ProjectRecord::currentEdition(*w), id);

        // A new category gets a code of its own; a removed one goes.
        loaded->categories.removeAt(0);
        loaded->categories.append(
            {0, {}, {}, QStringLiteral("Transition écologique"), {}, 0, 1000000});
        QVERIFY2(Edition::save(*w, *loaded, &error) == id, qPrintable(error));
        const std::optional<Edition> again = Edition::load(*w, id, &error);
        QCOMPARE(again->categories.size(), 3);
        QCOMPARE(again->categories.at(2).code, QStringLiteral("transition_ecologique"));

        // Problems are named, and nothing is written.
        Edition bad = *again;
        bad.name = QStringLiteral("  ");
        bad.depositEnd = QDate(2027, 1, 1);
        bad.categories[0].floorCents = 999999999;
        const QStringList problems = bad.problems();
        QCOMPARE(problems.size(), 3);
        QCOMPARE(Edition::save(*w, bad, &error), -1);
        QCOMPARE(Edition::load(*w, id, &error)->name, QStringLiteral("Budget Citoyen 2027"));

        // A category used by a project cannot be removed.
        const qint64 project = ProjectRecord::create(*w, id, 0, 0, &error);
        QVERIFY(ProjectRecord::setLink(*w, project, ProjectRecord::Link::Category,
                                       again->categories.first().id, &error));
        Edition removing = *again;
        removing.categories.removeFirst();
        QCOMPARE(Edition::save(*w, removing, &error), -1);
        QVERIFY2(error.contains(again->categories.first().name), qPrintable(error));
        QCOMPARE(Edition::load(*w, id, &error)->categories.size(), 3);
    }

    void editionChoosesItsChecks()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QString error;
        Edition e = Edition::forYear(2027);
        e.checks = {Eligibility::Rule::BudgetBalanced, Eligibility::Rule::RequiredComplete};
        const qint64 edition = Edition::save(*w, e, &error);
        const qint64 id = ProjectRecord::create(*w, edition, 0, 0, &error);
        const auto checks =
            Eligibility::evaluate(*w, id, Methodology::builtIn(), QDate(2027, 4, 1), &error);
        QVERIFY2(checks, qPrintable(error));
        QCOMPARE(checks->size(), 2);
        QCOMPARE(checks->at(0).rule, Eligibility::Rule::RequiredComplete);
        QCOMPARE(checks->at(1).rule, Eligibility::Rule::BudgetBalanced);
        QCOMPARE(
            Eligibility::rulesFromCodes(QStringLiteral("budget_balanced,nonsense,,ess_structure")),
            (QList<Eligibility::Rule>{Eligibility::Rule::BudgetBalanced,
                                      Eligibility::Rule::EssStructure}));
        QCOMPARE(Eligibility::codesFromRules(Eligibility::allRules()).count(QLatin1Char(',')), 8);
        QCOMPARE(Eligibility::defaultRules().size(), 7); // the pieces' two are asked by choice
    }

    void listRefreshesOneRow()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        ProjectListModel model;
        QAbstractItemModelTester tester(&model);
        QString error;
        QVERIFY(model.load(*w, &error));
        const int count = model.rowCount();
        const qint64 id = model.row(5).id;

        QVERIFY(ProjectAnswers::write(*w, id, QStringLiteral("idee.titre"),
                                      QStringLiteral("Bibliothèque de rue"),
                                      QStringLiteral("idee-au-projet"), 1, &error));
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.refreshProject(*w, id, &error));
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(model.row(5).title, QStringLiteral("Bibliothèque de rue"));
        QVERIFY(std::string(model.searchKey(5)).find("bibliotheque de rue") == 0);
        QCOMPARE(model.rowCount(), count);
        // The neighbours' keys still point at their own text.
        QCOMPARE(QString::fromStdString(std::string(model.titleKey(6))),
                 TextFolding::fold(model.row(6).title));

        const qint64 added = ProjectRecord::create(*w, 0, 0, 0, &error);
        QVERIFY(model.refreshProject(*w, added, &error));
        QCOMPARE(model.rowCount(), count + 1);
        QCOMPARE(model.row(0).id, added);
        QVERIFY(QString::fromStdString(std::string(model.searchKey(6)))
                    .startsWith(QStringLiteral("bibliotheque de rue")));

        QVERIFY(ProjectRecord::remove(*w, added, &error));
        QVERIFY(model.refreshProject(*w, added, &error));
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(model.row(5).title, QStringLiteral("Bibliothèque de rue"));
    }
};

QTEST_GUILESS_MAIN(TestProjectEditing)
#include "tst_projectediting.moc"
