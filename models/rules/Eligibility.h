#pragma once

#include "projects/ProjectAnswers.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Methodology;
class Workspace;

// The checks a project must pass before it is "prêt à déposer", each with the reason of its
// result in words a facilitator can repeat to a holder. Evaluated from the workspace as it is.
class Eligibility final
{
    Q_DECLARE_TR_FUNCTIONS(Eligibility)

public:
    enum class Rule
    {
        EssStructure,     // the structure is of the ESS (declared)
        AttendedComptoir, // a holder attended a comptoir of the project's edition
        InPasDeCalais,    // the project takes place in the Pas-de-Calais
        RequiredComplete, // every required field of the methodology is answered
        BudgetBalanced,   // resources equal expenses
        WithinCeiling,    // the amount requested is within the category's ceiling
        DepositPeriod,    // today is within the edition's deposit period
        QuotesAttached,   // a quote backs every expense line from the edition's threshold
        StatutesAttached, // an association's statutes are attached
    };
    enum class Result
    {
        Passed,
        Failed,
        ToCheck
    };

    struct Check
    {
        Rule rule;
        Result result;
        QString label;
        QString reason;
    };

    static std::optional<QList<Check>> evaluate(const Workspace &workspace, qint64 projectId,
                                                const Methodology &methodology, const QDate &today,
                                                QString *error);
    // The same, with the project's answers its caller has already read (a dossier has them).
    static std::optional<QList<Check>>
    evaluate(const Workspace &workspace, qint64 projectId, const Methodology &methodology,
             const QDate &today, const QHash<QString, ProjectAnswers::Answer> &answers,
             QString *error);
    // True when every check passed: "to check" is not a pass.
    static bool allPassed(const QList<Check> &checks);

    // The nine checks, in the order they are shown.
    static QList<Rule> allRules();
    // What a new edition applies: all but the pieces', which an edition asks for by choice.
    static QList<Rule> defaultRules();
    // What each check verifies, in words ("Le budget est équilibré").
    static QString label(Rule rule);
    // The code an edition stores (editions.eligibility_checks): "budget_balanced"…
    static QString code(Rule rule);
    static std::optional<Rule> ruleFromCode(const QString &code);
    // Parses and writes the comma-separated list of codes; unknown codes are ignored.
    static QList<Rule> rulesFromCodes(const QString &codes);
    static QString codesFromRules(const QList<Rule> &rules);
};
