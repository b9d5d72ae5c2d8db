#include "Eligibility.h"

#include "methodology/Completeness.h"
#include "organisations/Identifiers.h"
#include "organisations/Organisations.h"
#include "methodology/Methodology.h"
#include "Money.h"
#include "projects/ProjectAnswers.h"
#include "reference/Communes.h"
#include "reference/CommuneValue.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

QList<Eligibility::Rule> Eligibility::allRules()
{
    return {Rule::EssStructure,     Rule::AttendedComptoir, Rule::InPasDeCalais,
            Rule::RequiredComplete, Rule::BudgetBalanced,   Rule::WithinCeiling,
            Rule::DepositPeriod,    Rule::QuotesAttached,   Rule::StatutesAttached};
}

QList<Eligibility::Rule> Eligibility::defaultRules()
{
    QList<Rule> rules = allRules();
    rules.removeAll(Rule::QuotesAttached);
    rules.removeAll(Rule::StatutesAttached);
    return rules;
}

QString Eligibility::label(Rule rule)
{
    switch (rule) {
    case Rule::EssStructure:
        return tr("The structure belongs to the social and solidarity economy");
    case Rule::AttendedComptoir:
        return tr("A holder attended a comptoir of the edition");
    case Rule::InPasDeCalais:
        return tr("The project takes place in the Pas-de-Calais");
    case Rule::RequiredComplete:
        return tr("Every required field is answered");
    case Rule::BudgetBalanced:
        return tr("The budget is balanced");
    case Rule::WithinCeiling:
        return tr("The amount requested is within the category's ceiling");
    case Rule::DepositPeriod:
        return tr("The deposit period is open");
    case Rule::QuotesAttached:
        return tr("A quote backs every large expense");
    case Rule::StatutesAttached:
        return tr("An association's statutes are attached");
    }
    return {};
}

QString Eligibility::code(Rule rule)
{
    switch (rule) {
    case Rule::EssStructure:
        return QStringLiteral("ess_structure");
    case Rule::AttendedComptoir:
        return QStringLiteral("attended_comptoir");
    case Rule::InPasDeCalais:
        return QStringLiteral("in_pas_de_calais");
    case Rule::RequiredComplete:
        return QStringLiteral("required_complete");
    case Rule::BudgetBalanced:
        return QStringLiteral("budget_balanced");
    case Rule::WithinCeiling:
        return QStringLiteral("within_ceiling");
    case Rule::DepositPeriod:
        return QStringLiteral("deposit_period");
    case Rule::QuotesAttached:
        return QStringLiteral("quotes_attached");
    case Rule::StatutesAttached:
        return QStringLiteral("statutes_attached");
    }
    return {};
}

std::optional<Eligibility::Rule> Eligibility::ruleFromCode(const QString &code)
{
    for (Rule rule : allRules()) {
        if (Eligibility::code(rule) == code)
            return rule;
    }
    return std::nullopt;
}

QList<Eligibility::Rule> Eligibility::rulesFromCodes(const QString &codes)
{
    QList<Rule> rules;
    for (const QString &part : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<Rule> rule = ruleFromCode(part.trimmed());
        if (rule && !rules.contains(*rule))
            rules << *rule;
    }
    return rules;
}

QString Eligibility::codesFromRules(const QList<Rule> &rules)
{
    QStringList codes;
    for (Rule rule : allRules()) { // the canonical order, whatever the order given
        if (rules.contains(rule))
            codes << code(rule);
    }
    return codes.join(QLatin1Char(','));
}

bool Eligibility::allPassed(const QList<Check> &checks)
{
    return std::all_of(checks.begin(), checks.end(),
                       [](const Check &c) { return c.result == Result::Passed; });
}

std::optional<QList<Eligibility::Check>> Eligibility::evaluate(const Workspace &workspace,
                                                               qint64 projectId,
                                                               const Methodology &methodology,
                                                               const QDate &today, QString *error)
{
    QString readError;
    const QHash<QString, ProjectAnswers::Answer> answers =
        ProjectAnswers::all(workspace, projectId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    return evaluate(workspace, projectId, methodology, today, answers, error);
}

std::optional<QList<Eligibility::Check>>
Eligibility::evaluate(const Workspace &workspace, qint64 projectId, const Methodology &methodology,
                      const QDate &today, const QHash<QString, ProjectAnswers::Answer> &answers,
                      QString *error)
{
    Workspace::Statement statement = workspace.statement(QStringLiteral(
        "SELECT p.amount_requested_cents, e.id, e.name, e.deposit_start, e.deposit_end,"
        "       c.name, c.ceiling_cents, o.name, o.ess_declared, e.eligibility_checks,"
        "       (SELECT coalesce(sum(amount_cents), 0) FROM budget_lines WHERE project_id = p.id "
        "AND kind = 'expense'),"
        "       (SELECT coalesce(sum(amount_cents), 0) FROM budget_lines WHERE project_id = p.id "
        "AND kind = 'resource'),"
        // From the project's few holders to their attendance, whatever indexes the file has
        // (CROSS JOIN fixes the order): never from the edition's thousands of workshops.
        "       (SELECT count(*) FROM project_holders ph"
        "          CROSS JOIN attendance t ON t.holder_id = ph.holder_id"
        "          CROSS JOIN workshops w ON w.id = t.workshop_id"
        "         WHERE ph.project_id = p.id AND t.status = 'present'"
        "           AND w.edition_id = p.edition_id),"
        "       coalesce(e.quote_threshold_cents, 0), coalesce(o.legal_form, ''),"
        "       coalesce(o.ess_status, ''), coalesce(o.ess_evidence, ''), coalesce(o.siret, ''),"
        "       coalesce(o.rna, '')"
        "  FROM projects p"
        "  LEFT JOIN editions e ON e.id = p.edition_id"
        "  LEFT JOIN categories c ON c.id = p.category_id"
        "  LEFT JOIN organisations o ON o.id = p.organisation_id"
        " WHERE p.id = ?"));
    QSqlQuery &query = statement.query();
    query.addBindValue(projectId);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().isValid()
                     ? tr("The eligibility cannot be checked: %1").arg(query.lastError().text())
                     : tr("This project no longer exists.");
        return std::nullopt;
    }
    const qint64 requested = query.value(0).toLongLong();
    const bool hasEdition = !query.value(1).isNull();
    const QString edition = query.value(2).toString();
    const QDate depositStart = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    const QDate depositEnd = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    const bool hasCategory = !query.value(5).isNull();
    const QString category = query.value(5).toString();
    const qint64 ceiling = query.value(6).toLongLong();
    const bool hasOrganisation = !query.value(7).isNull();
    const QString organisation = query.value(7).toString();
    const bool essDeclared = query.value(8).toBool();
    const qint64 expenses = query.value(10).toLongLong();
    const qint64 resources = query.value(11).toLongLong();
    const int attended = query.value(12).toInt();
    // An edition applies the checks it lists; a project without an edition gets them all.
    const QList<Rule> applied =
        hasEdition ? rulesFromCodes(query.value(9).toString()) : defaultRules();
    const qint64 quoteThreshold = query.value(13).toLongLong();
    const QString legalForm = query.value(14).toString();
    const Organisations::EssStatus essStatus =
        Organisations::essStatusFromCode(query.value(15).toString());
    const QString essEvidence = query.value(16).toString();
    const QString siret = query.value(17).toString();
    const QString rna = query.value(18).toString();

    QList<Check> checks;

    // The structure is of the ESS.
    {
        static const QStringList essForms = {
            QStringLiteral("Association"), QStringLiteral("Coopérative (SCOP, SCIC)"),
            QStringLiteral("Mutuelle"), QStringLiteral("Fondation"),
            QStringLiteral("Entreprise commerciale de l'ESS")};
        const QString form = answers.value(QStringLiteral("ess.structure")).value.toString();
        Check c{Rule::EssStructure, Result::Failed, label(Rule::EssStructure), {}};
        // What the organisation's record says, verified first: its status and the evidence of
        // it, then its legal form, then what the holders declared.
        const QString number = !siret.isEmpty() ? tr(" (SIRET %1)").arg(Identifiers::formatSiret(siret))
                               : !rna.isEmpty() ? tr(" (RNA %1)").arg(rna)
                                                : QString();
        const QString named = organisation + number;
        const QString evidence =
            essEvidence.isEmpty() ? QString() : tr(" Evidence: %1.").arg(essEvidence);
        const QString formLabel = Organisations::legalFormLabel(legalForm);
        if (hasOrganisation && essStatus == Organisations::EssStatus::ByLaw) {
            c.result = Result::Passed;
            c.reason = tr("%1 is of the ESS by its legal form (%2).").arg(named, formLabel) +
                       evidence;
        } else if (hasOrganisation && essStatus == Organisations::EssStatus::Esus) {
            c.result = Result::Passed;
            c.reason = tr("%1 holds the ESUS approval.").arg(named) + evidence;
        } else if (hasOrganisation && essStatus == Organisations::EssStatus::EssCompany) {
            c.result = Result::Passed;
            c.reason =
                tr("%1 is an ESS company under the law of 31 July 2014.").arg(named) + evidence;
        } else if (hasOrganisation && essStatus == Organisations::EssStatus::NotEss) {
            c.reason = tr("%1 is recorded as not of the ESS.").arg(named) + evidence;
        } else if (hasOrganisation && Organisations::essByLaw(legalForm)) {
            c.result = Result::Passed;
            c.reason = tr("%1 is recorded as « %2 »: of the ESS by its legal form.")
                           .arg(named, formLabel);
        } else if (hasOrganisation &&
                   Organisations::legalFormCode(legalForm) == QLatin1String("esus_company")) {
            c.result = Result::ToCheck;
            c.reason = tr("%1 is recorded as an ESUS company: its approval is to be recorded "
                          "with its reference.")
                           .arg(named);
        } else if (hasOrganisation && essDeclared) {
            c.result = Result::ToCheck;
            c.reason = tr("The holders declared %1 as an ESS structure: its legal form or its "
                          "status is to be recorded.")
                           .arg(named);
        } else if (essForms.contains(form) && !hasOrganisation) {
            // No structure recorded yet: the holders' declaration is what the rule asks for.
            c.result = Result::Passed;
            c.reason = tr("Declared by the holders: “%1”, a form of the ESS.").arg(form);
        } else if (essForms.contains(form)) {
            c.result = Result::ToCheck;
            c.reason =
                tr("The holders answered “%1”: the structure's ESS status is to be confirmed.")
                    .arg(form);
        } else if (!form.isEmpty()) {
            c.reason = tr("The project is carried by “%1”: it needs an ESS structure (association, "
                          "cooperative, mutual, foundation or ESS company).")
                           .arg(form);
        } else {
            c.reason = hasOrganisation
                           ? tr("%1 is not declared as an ESS structure.").arg(organisation)
                           : tr("No structure is given for this project.");
        }
        checks << c;
    }

    // A holder attended a comptoir of this edition.
    {
        Check c{Rule::AttendedComptoir, Result::Failed, label(Rule::AttendedComptoir), {}};
        if (!hasEdition) {
            c.reason = tr("The project is not attached to an edition.");
        } else if (attended > 0) {
            c.result = Result::Passed;
            c.reason = tr("%n workshop(s) of %1 attended.", nullptr, attended).arg(edition);
        } else {
            c.reason = tr("No holder of the project is recorded as present at a workshop of %1.")
                           .arg(edition);
        }
        checks << c;
    }

    // The project takes place in the Pas-de-Calais.
    {
        Check c{Rule::InPasDeCalais, Result::Failed, label(Rule::InPasDeCalais), {}};
        const QList<CommuneValue::Entry> communes =
            CommuneValue::entries(answers.value(QStringLiteral("public.communes")).value);
        QStringList names;
        QStringList unknown;
        QStringList arrondissements;
        for (const CommuneValue::Entry &entry : communes) {
            names << entry.name;
            const Commune *commune = Communes::byCode(entry.code);
            if (!commune) {
                unknown << entry.name;
                continue;
            }
            const QString arrondissement = Communes::arrondissementName(commune->arrondissement);
            if (!arrondissements.contains(arrondissement))
                arrondissements << arrondissement;
        }
        if (communes.isEmpty()) {
            c.reason = tr("The communes where the project takes place are not given yet.");
        } else if (unknown.isEmpty()) {
            c.result = Result::Passed;
            c.reason = tr("%1 (arrondissement(s): %2)", nullptr, int(arrondissements.size()))
                           .arg(names.join(QStringLiteral(", ")),
                                arrondissements.join(QStringLiteral(", ")));
        } else {
            c.result = Result::ToCheck;
            c.reason = tr("Not a commune of the Pas-de-Calais: %1. To check.")
                           .arg(unknown.join(QStringLiteral(", ")));
        }
        checks << c;
    }

    // Every required field is answered.
    {
        const bool hasBudget = expenses > 0 && resources > 0;
        const QStringList missing = Completeness::missingRequired(methodology, answers, hasBudget);
        Check c{Rule::RequiredComplete, Result::Passed, label(Rule::RequiredComplete), {}};
        if (missing.isEmpty()) {
            c.reason = tr("All %n required field(s) answered.", nullptr,
                          Completeness::project(methodology, answers, hasBudget).required);
        } else {
            c.result = Result::Failed;
            c.reason = tr("%n required field(s) to answer: %1", nullptr, int(missing.size()))
                           .arg(missing.join(QStringLiteral(", ")));
        }
        checks << c;
    }

    // The budget is balanced.
    {
        Check c{Rule::BudgetBalanced, Result::Failed, label(Rule::BudgetBalanced), {}};
        if (expenses == 0 && resources == 0) {
            c.reason = tr("The budget has no lines yet.");
        } else if (expenses == resources) {
            c.result = Result::Passed;
            c.reason = tr("Expenses and resources: %1 each.").arg(Money::format(expenses));
        } else {
            c.reason = tr("Expenses %1, resources %2: a difference of %3.")
                           .arg(Money::format(expenses), Money::format(resources),
                                Money::format(std::abs(expenses - resources)));
        }
        checks << c;
    }

    // The amount requested is within the category's ceiling.
    {
        Check c{Rule::WithinCeiling, Result::Failed, label(Rule::WithinCeiling), {}};
        if (!hasCategory) {
            c.reason = tr("No category is chosen yet: it sets the ceiling.");
        } else if (requested <= 0) {
            c.reason = tr("No amount is requested yet.");
        } else if (ceiling > 0 && requested > ceiling) {
            c.reason = tr("%1 requested, above the ceiling of %2 for “%3”.")
                           .arg(Money::format(requested), Money::format(ceiling), category);
        } else {
            c.result = Result::Passed;
            c.reason = ceiling > 0
                           ? tr("%1 requested, ceiling %2 for “%3”.")
                                 .arg(Money::format(requested), Money::format(ceiling), category)
                           : tr("%1 requested; “%2” has no ceiling.")
                                 .arg(Money::format(requested), category);
        }
        checks << c;
    }

    // Today is within the deposit period.
    {
        Check c{Rule::DepositPeriod, Result::Failed, label(Rule::DepositPeriod), {}};
        if (!depositStart.isValid() || !depositEnd.isValid()) {
            c.result = Result::ToCheck;
            c.reason = hasEdition ? tr("The deposit dates of %1 are not set.").arg(edition)
                                  : tr("The project is not attached to an edition.");
        } else if (today < depositStart) {
            c.result = Result::ToCheck;
            c.reason = tr("The deposit opens on %1.").arg(shortDate(depositStart));
        } else if (today > depositEnd) {
            c.reason = tr("The deposit closed on %1.").arg(shortDate(depositEnd));
        } else {
            c.result = Result::Passed;
            c.reason = tr("Deposits are open until %1.").arg(shortDate(depositEnd));
        }
        checks << c;
    }
    // A quote for every expense line from the edition's threshold (pièces jointes).
    if (applied.contains(Rule::QuotesAttached)) {
        Check c{Rule::QuotesAttached, Result::Failed, label(Rule::QuotesAttached), {}};
        Workspace::Statement linesStatement = workspace.statement(QStringLiteral(
            "SELECT b.label, b.category, b.amount_cents, EXISTS (SELECT 1 FROM attachments a"
            " WHERE a.project_id = b.project_id AND a.kind = 'quote' AND a.budget_line_uuid ="
            " b.uuid) FROM budget_lines b WHERE b.project_id = ? AND b.kind = 'expense' AND"
            " b.amount_cents >= ? ORDER BY b.position"));
        QSqlQuery &lines = linesStatement.query();
        lines.addBindValue(projectId);
        lines.addBindValue(quoteThreshold);
        QStringList missing;
        int quoted = 0;
        if (lines.exec()) {
            while (lines.next()) {
                if (lines.value(3).toBool()) {
                    ++quoted;
                    continue;
                }
                const QString name = lines.value(0).toString().isEmpty()
                                         ? lines.value(1).toString()
                                         : lines.value(0).toString();
                missing << tr("%1 (%2)").arg(name, Money::format(lines.value(2).toLongLong()));
            }
        }
        const QString from = quoteThreshold > 0
                                 ? tr("from %1").arg(Money::format(quoteThreshold))
                                 : tr("whatever its amount");
        if (missing.isEmpty()) {
            c.result = Result::Passed;
            c.reason = quoted > 0 ? tr("%n expense(s) %1, each with its quote.", nullptr, quoted)
                                        .arg(from)
                                  : tr("No expense %1: no quote is needed.").arg(from);
        } else {
            c.reason = tr("Without a quote attached (%1): %2.")
                           .arg(from, missing.join(QStringLiteral(", ")));
        }
        checks << c;
    }

    // An association's statutes (pièces jointes).
    if (applied.contains(Rule::StatutesAttached)) {
        Check c{Rule::StatutesAttached, Result::Failed, label(Rule::StatutesAttached), {}};
        const QString form = answers.value(QStringLiteral("ess.structure")).value.toString();
        const bool association =
            Organisations::legalFormCode(legalForm) == QLatin1String("association") ||
            form == QLatin1String("Association");
        Workspace::Statement statutesStatement = workspace.statement(QStringLiteral(
            "SELECT count(*) FROM attachments WHERE project_id = ? AND kind = 'statutes'"));
        QSqlQuery &statutes = statutesStatement.query();
        statutes.addBindValue(projectId);
        const int attached = statutes.exec() && statutes.next() ? statutes.value(0).toInt() : 0;
        if (!association) {
            c.result = Result::Passed;
            c.reason = tr("The project is not carried by an association: no statutes are asked.");
        } else if (attached > 0) {
            c.result = Result::Passed;
            c.reason = tr("The association's statutes are attached.");
        } else {
            c.reason = tr("The project is carried by an association: attach its statutes.");
        }
        checks << c;
    }

    checks.erase(std::remove_if(checks.begin(), checks.end(),
                                [&applied](const Check &c) { return !applied.contains(c.rule); }),
                 checks.end());
    return checks;
}
