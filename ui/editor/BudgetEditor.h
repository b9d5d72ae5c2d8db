#pragma once

#include "FieldEditor.h"
#include "projects/BudgetLines.h"

class QLabel;
class QTableWidget;

// The budget prévisionnel of the methodology: expense and resource lines side by side, their
// totals, the balance and the share of co-financing, all updated as amounts are typed. The
// lines are not an answer: the editor reads lines() when committed() and writes them with a
// Commands::setBudget.
class BudgetEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetEditor)

public:
    explicit BudgetEditor(const Methodology::Field &field, QWidget *parent = nullptr);
    ~BudgetEditor() override;

    QJsonValue value() const override { return {}; }
    QWidget *input() const override;

    QList<BudgetLines::Line> lines() const;
    // Shows lines without emitting committed().
    void setLines(const QList<BudgetLines::Line> &lines);
    // Marks the expense lines a quote backs (line UUID → how many quotes): a paperclip beside
    // their label.
    void setQuoted(const QHash<QString, int> &quoted);
    // Gives the lines shown, in order, the identities they were written under.
    void assignUuids(const QList<BudgetLines::Line> &written);

protected:
    void applyValue(const QJsonValue &) override {}

private:
    QTableWidget *makeTable(BudgetLines::Kind kind);
    void addLine(QTableWidget *table);
    void removeLine(QTableWidget *table);
    void fill(QTableWidget *table, const QList<BudgetLines::Line> &lines, BudgetLines::Kind kind);
    void updateTotals();
    void updateHeight(QTableWidget *table);
    void showQuoted();

    QTableWidget *m_expenses = nullptr;
    QTableWidget *m_resources = nullptr;
    QLabel *m_expenseTotal = nullptr;
    QLabel *m_resourceTotal = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_cofinancing = nullptr;
    QList<QString> m_expenseUuids;
    QList<QString> m_resourceUuids;
    QHash<QString, int> m_quoted;
    bool m_filling = false;
};
