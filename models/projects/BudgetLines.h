#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Workspace;

// A project's budget prévisionnel: expense and resource lines (category, label, amount in
// cents). The lines keep their UUIDs across edits so that bundles from several machines merge
// line by line; replace() writes a whole new set in one transaction.
class BudgetLines final
{
    Q_DECLARE_TR_FUNCTIONS(BudgetLines)

public:
    enum class Kind
    {
        Expense,
        Resource
    };

    struct Line
    {
        QString uuid; // empty for a line not written yet
        Kind kind = Kind::Expense;
        QString category;
        QString label;
        qint64 amountCents = 0;
        bool operator==(const Line &other) const
        {
            return uuid == other.uuid && kind == other.kind && category == other.category &&
                   label == other.label && amountCents == other.amountCents;
        }
        bool operator!=(const Line &other) const { return !(*this == other); }
    };

    // The largest amount a line may hold: a hundred million euros, far beyond any project.
    static constexpr qint64 kMaxAmountCents = 100'000'000'00;
    static constexpr int kMaxLines = 200;

    // Expenses first then resources, each in their order.
    static QList<Line> load(const Workspace &workspace, qint64 projectId, QString *error);
    // Replaces the project's lines with lines (new ones get a UUID, kept ones keep theirs) in
    // one transaction that also stamps the project's updated_at.
    static bool replace(Workspace &workspace, qint64 projectId, const QList<Line> &lines,
                        QString *error);

    static qint64 total(const QList<Line> &lines, Kind kind);
    // The resource lines that come from the Budget Citoyen (the amount requested): those whose
    // category or label names it.
    static qint64 citizenBudget(const QList<Line> &lines);

    // Suggested categories, in French as the committee reads them.
    static QStringList expenseCategories();
    static QStringList resourceCategories();
    // The resource category of the Budget Citoyen itself: a name, not translated.
    static QString citizenBudgetCategory();
};
