#include "methodology/Completeness.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

Completeness::Answers answers(std::initializer_list<std::pair<const char *, QJsonValue>> values)
{
    Completeness::Answers result;
    for (const auto &[key, value] : values)
        result.insert(QString::fromLatin1(key),
                      ProjectAnswers::Answer{value, QStringLiteral("idee-au-projet"), 1, {}});
    return result;
}

} // namespace

class TestCompleteness final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void emptyProject()
    {
        const Methodology &m = Methodology::builtIn();
        const Completeness::Count count = Completeness::project(m, {}, false);
        QCOMPARE(count.required, 16);
        QCOMPARE(count.requiredAnswered, 0);
        QCOMPARE(count.answered, 0);
        QCOMPARE(count.total, 37);
        QVERIFY(!count.complete());
        QCOMPARE(Completeness::missingRequired(m, {}, false).first(),
                 QStringLiteral("Titre du projet"));
    }

    void sectionArithmetic()
    {
        const Methodology::Section &idee =
            Methodology::builtIn().sections.at(0); // 4 fields, 3 required
        auto count =
            Completeness::section(idee,
                                  answers({{"idee.titre", QStringLiteral("Repair café")},
                                           {"idee.declencheur", QStringLiteral("Trop de déchets")},
                                           {"idee.resume", QStringLiteral("   ")}}),
                                  false);
        QCOMPARE(count.required, 3);
        QCOMPARE(count.requiredAnswered, 1); // a blank résumé is not an answer
        QCOMPARE(count.answered, 2);
        QCOMPARE(count.total, 4);
        count = Completeness::section(idee,
                                      answers({{"idee.titre", QStringLiteral("Repair café")},
                                               {"idee.resume", QStringLiteral("Réparer ensemble.")},
                                               {"idee.theme", QStringLiteral("Environnement")}}),
                                      false);
        QVERIFY(count.complete());
    }

    void compositeRowsAndBudget()
    {
        const Methodology &m = Methodology::builtIn();
        const auto *operational = m.field(QStringLiteral("objectifs.operationnels"));
        const QJsonArray blankRow{QJsonObject{{QStringLiteral("objectif"), QString()}}};
        const QJsonArray oneRow{
            QJsonObject{{QStringLiteral("objectif"), QStringLiteral("Douze arrêts")}}};
        QVERIFY(!Completeness::isAnswered(*operational,
                                          answers({{"objectifs.operationnels", blankRow}}), false));
        QVERIFY(Completeness::isAnswered(*operational,
                                         answers({{"objectifs.operationnels", oneRow}}), false));

        const auto *qqoqcp = m.field(QStringLiteral("besoin.qqoqcp"));
        QVERIFY(!Completeness::isAnswered(
            *qqoqcp, answers({{"besoin.qqoqcp", QJsonObject{{QStringLiteral("qui"), QString()}}}}),
            false));
        QVERIFY(Completeness::isAnswered(
            *qqoqcp,
            answers({{"besoin.qqoqcp",
                      QJsonObject{{QStringLiteral("qui"), QStringLiteral("Les aînés")}}}}),
            false));

        const auto *budget = m.field(QStringLiteral("budget.previsionnel"));
        QVERIFY(!Completeness::isAnswered(*budget, {}, false));
        QVERIFY(Completeness::isAnswered(*budget, {}, true));

        const auto *amount = m.field(QStringLiteral("budget.montant_demande"));
        QVERIFY(Completeness::isAnswered(*amount, answers({{"budget.montant_demande", 0}}),
                                         false)); // 0 € is an answer
    }
};

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
