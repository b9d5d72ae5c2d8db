#include "BudgetEditor.h"

#include "rules/Money.h"

#include <QHash>

#include <QBoxLayout>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableWidget>

namespace {

constexpr int kCategoryColumn = 0;
constexpr int kLabelColumn = 1;
constexpr int kAmountColumn = 2;
constexpr int kUuidRole = Qt::UserRole + 1;

QString amountText(qint64 cents)
{
    return cents == 0 ? QString() : Money::format(cents);
}

// The category cell offers the usual categories and accepts any other; the amount cell takes
// euros as people type them and refuses the rest.
class BudgetDelegate final : public QStyledItemDelegate
{
public:
    BudgetDelegate(QStringList categories, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_categories(std::move(categories))
    {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == kCategoryColumn) {
            auto *combo = new QComboBox(parent);
            combo->setEditable(true);
            combo->addItems(m_categories);
            combo->setInsertPolicy(QComboBox::NoInsert);
            return combo;
        }
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setMaxLength(index.column() == kAmountColumn ? 20 : 200);
            if (index.column() == kAmountColumn)
                line->setAlignment(Qt::AlignRight);
        }
        return editor;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setEditText(index.data().toString());
            return;
        }
        if (index.column() == kAmountColumn) {
            const qint64 cents = index.data(Qt::UserRole).toLongLong();
            static_cast<QLineEdit *>(editor)->setText(
                cents == 0 ? QString()
                           : QLocale().toString(double(cents) / 100, 'f', cents % 100 ? 2 : 0));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentText().trimmed());
            return;
        }
        if (index.column() == kAmountColumn) {
            const std::optional<qint64> cents = Money::parseCents(
                static_cast<QLineEdit *>(editor)->text(), BudgetLines::kMaxAmountCents);
            if (!cents)
                return; // not an amount: the cell keeps what it had
            // One change, not two: the budget is written once per edit.
            model->setItemData(index,
                               {{Qt::DisplayRole, amountText(*cents)}, {Qt::UserRole, *cents}});
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    QStringList m_categories;
};

} // namespace

BudgetEditor::BudgetEditor(const Methodology::Field &field, QWidget *parent)
    : FieldEditor(field, parent)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    // Expenses above resources: each table gets the form's whole width, so a label and an
    // amount are read whole on a laptop and on a projector.
    auto *sides = new QVBoxLayout;
    const auto side = [this, sides](BudgetLines::Kind kind, QTableWidget **table, QLabel **total) {
        const bool expense = kind == BudgetLines::Kind::Expense;
        auto *group = new QGroupBox(expense ? tr("Expenses") : tr("Resources"), this);
        auto *v = new QVBoxLayout(group);
        *table = makeTable(kind);
        v->addWidget(*table);
        auto *row = new QHBoxLayout;
        auto *add = new QPushButton(expense ? tr("Add an expense") : tr("Add a resource"), group);
        add->setObjectName(expense ? QStringLiteral("addExpenseButton")
                                   : QStringLiteral("addResourceButton"));
        add->setToolTip(tr("Add a line (Ctrl+Insert in the table)"));
        auto *remove = new QPushButton(tr("Remove the line"), group);
        remove->setObjectName(expense ? QStringLiteral("removeExpenseButton")
                                      : QStringLiteral("removeResourceButton"));
        remove->setToolTip(tr("Remove the current line (Ctrl+Delete in the table)"));
        QTableWidget *t = *table;
        connect(add, &QPushButton::clicked, this, [this, t] { addLine(t); });
        connect(remove, &QPushButton::clicked, this, [this, t] { removeLine(t); });
        auto *addKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert), t);
        addKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(addKey, &QShortcut::activated, this, [this, t] { addLine(t); });
        auto *removeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), t);
        removeKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(removeKey, &QShortcut::activated, this, [this, t] { removeLine(t); });
        row->addWidget(add);
        row->addWidget(remove);
        row->addStretch();
        *total = new QLabel(group);
        (*total)->setObjectName(expense ? QStringLiteral("expenseTotalLabel")
                                        : QStringLiteral("resourceTotalLabel"));
        row->addWidget(*total);
        v->addLayout(row);
        sides->addWidget(group);
    };
    side(BudgetLines::Kind::Expense, &m_expenses, &m_expenseTotal);
    side(BudgetLines::Kind::Resource, &m_resources, &m_resourceTotal);
    layout->addLayout(sides);

    m_balance = new QLabel(box);
    m_balance->setObjectName(QStringLiteral("budgetBalanceLabel"));
    m_balance->setTextFormat(Qt::RichText);
    m_cofinancing = new QLabel(box);
    m_cofinancing->setObjectName(QStringLiteral("cofinancingLabel"));
    m_cofinancing->setWordWrap(true);
    layout->addWidget(m_balance);
    layout->addWidget(m_cofinancing);
    setContent(box);
    updateTotals();
}

BudgetEditor::~BudgetEditor() = default;

QWidget *BudgetEditor::input() const
{
    return m_expenses;
}

QTableWidget *BudgetEditor::makeTable(BudgetLines::Kind kind)
{
    const bool expense = kind == BudgetLines::Kind::Expense;
    auto *table = new QTableWidget(0, 3, this);
    table->setObjectName(expense ? QStringLiteral("expenseTable")
                                 : QStringLiteral("resourceTable"));
    table->setHorizontalHeaderLabels({tr("Category"), tr("Label"), tr("Amount")});
    table->horizontalHeader()->setSectionResizeMode(kCategoryColumn,
                                                    QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(kLabelColumn, QHeaderView::Stretch);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setSectionResizeMode(kAmountColumn, QHeaderView::ResizeToContents);
    table->verticalHeader()->setVisible(false);
    table->setTabKeyNavigation(false);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->setItemDelegate(new BudgetDelegate(
        expense ? BudgetLines::expenseCategories() : BudgetLines::resourceCategories(), table));
    table->setAccessibleName(expense ? tr("Expenses") : tr("Resources"));
    watch(table);
    connect(table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        updateTotals();
        emit committed();
    });
    updateHeight(table);
    return table;
}

void BudgetEditor::fill(QTableWidget *table, const QList<BudgetLines::Line> &lines,
                        BudgetLines::Kind kind)
{
    table->setRowCount(0);
    for (const BudgetLines::Line &line : lines) {
        if (line.kind != kind)
            continue;
        const int r = table->rowCount();
        table->insertRow(r);
        auto *category = new QTableWidgetItem(line.category);
        category->setData(kUuidRole, line.uuid);
        table->setItem(r, kCategoryColumn, category);
        table->setItem(r, kLabelColumn, new QTableWidgetItem(line.label));
        auto *amount = new QTableWidgetItem(amountText(line.amountCents));
        amount->setData(Qt::UserRole, line.amountCents);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(r, kAmountColumn, amount);
    }
    updateHeight(table);
}

void BudgetEditor::setQuoted(const QHash<QString, int> &quoted)
{
    m_quoted = quoted;
    showQuoted();
}

void BudgetEditor::showQuoted()
{
    const bool filling = std::exchange(m_filling, true);
    static const QIcon paperclip(QStringLiteral(":/icons/quote.svg"));
    for (int r = 0; r < m_expenses->rowCount(); ++r) {
        const QTableWidgetItem *category = m_expenses->item(r, kCategoryColumn);
        QTableWidgetItem *label = m_expenses->item(r, kLabelColumn);
        if (!category || !label)
            continue;
        const int quotes = m_quoted.value(category->data(kUuidRole).toString());
        label->setIcon(quotes > 0 ? paperclip : QIcon());
        label->setToolTip(quotes > 0 ? tr("%n quote(s) attached for this line", nullptr, quotes)
                                     : QString());
    }
    m_filling = filling;
}

void BudgetEditor::setLines(const QList<BudgetLines::Line> &lines)
{
    m_filling = true;
    fill(m_expenses, lines, BudgetLines::Kind::Expense);
    fill(m_resources, lines, BudgetLines::Kind::Resource);
    m_filling = false;
    showQuoted();
    updateTotals();
}

QList<BudgetLines::Line> BudgetEditor::lines() const
{
    QList<BudgetLines::Line> lines;
    for (const auto &[table, kind] : {std::pair{m_expenses, BudgetLines::Kind::Expense},
                                      std::pair{m_resources, BudgetLines::Kind::Resource}}) {
        for (int r = 0; r < table->rowCount(); ++r) {
            const auto text = [table, r](int column) {
                const QTableWidgetItem *item = table->item(r, column);
                return item ? item->text().trimmed() : QString();
            };
            const QTableWidgetItem *amount = table->item(r, kAmountColumn);
            const QTableWidgetItem *category = table->item(r, kCategoryColumn);
            BudgetLines::Line line{category ? category->data(kUuidRole).toString() : QString(),
                                   kind, text(kCategoryColumn), text(kLabelColumn),
                                   amount ? amount->data(Qt::UserRole).toLongLong() : 0};
            // A line just added and still empty is not part of the budget yet.
            if (line.category.isEmpty() && line.label.isEmpty() && line.amountCents == 0)
                continue;
            lines << line;
        }
    }
    return lines;
}

void BudgetEditor::assignUuids(const QList<BudgetLines::Line> &written)
{
    m_filling = true;
    int next = 0;
    for (QTableWidget *table : {m_expenses, m_resources}) {
        for (int r = 0; r < table->rowCount(); ++r) {
            QTableWidgetItem *category = table->item(r, kCategoryColumn);
            const QTableWidgetItem *label = table->item(r, kLabelColumn);
            const QTableWidgetItem *amount = table->item(r, kAmountColumn);
            const bool empty = (!category || category->text().trimmed().isEmpty()) &&
                               (!label || label->text().trimmed().isEmpty()) &&
                               (!amount || amount->data(Qt::UserRole).toLongLong() == 0);
            if (empty || !category) // lines() skips these too
                continue;
            if (next < written.size())
                category->setData(kUuidRole, written.at(next++).uuid);
        }
    }
    m_filling = false;
}

void BudgetEditor::addLine(QTableWidget *table)
{
    if (m_expenses->rowCount() + m_resources->rowCount() >= BudgetLines::kMaxLines)
        return;
    m_filling = true;
    const int r = table->rowCount();
    table->insertRow(r);
    table->setItem(r, kCategoryColumn, new QTableWidgetItem);
    table->setItem(r, kLabelColumn, new QTableWidgetItem);
    auto *amount = new QTableWidgetItem;
    amount->setData(Qt::UserRole, 0);
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(r, kAmountColumn, amount);
    m_filling = false;
    updateHeight(table);
    table->setFocus();
    table->setCurrentCell(r, kCategoryColumn);
    table->editItem(table->item(r, kCategoryColumn));
}

void BudgetEditor::removeLine(QTableWidget *table)
{
    const int r = table->currentRow();
    if (r < 0)
        return;
    table->removeRow(r);
    updateHeight(table);
    updateTotals();
    emit committed();
}

void BudgetEditor::updateHeight(QTableWidget *table)
{
    const int rows = std::max(3, table->rowCount() + 1);
    table->setFixedHeight(std::min(table->horizontalHeader()->sizeHint().height() +
                                       rows * table->verticalHeader()->defaultSectionSize() +
                                       2 * table->frameWidth() + 4,
                                   480));
}

void BudgetEditor::updateTotals()
{
    const QList<BudgetLines::Line> all = lines();
    const qint64 expenses = BudgetLines::total(all, BudgetLines::Kind::Expense);
    const qint64 resources = BudgetLines::total(all, BudgetLines::Kind::Resource);
    const qint64 citizen = BudgetLines::citizenBudget(all);
    m_expenseTotal->setText(tr("Total: <b>%1</b>").arg(Money::format(expenses)));
    m_resourceTotal->setText(tr("Total: <b>%1</b>").arg(Money::format(resources)));
    if (expenses == 0 && resources == 0) {
        m_balance->setText(tr("The budget has no lines yet."));
    } else if (expenses == resources) {
        m_balance->setText(
            tr("<span style='color:#1b6e20'>✔ Balanced budget: %1 of expenses, covered by as "
               "much in resources.</span>")
                .arg(Money::format(expenses)));
    } else {
        const qint64 gap = resources - expenses;
        m_balance->setText(
            gap < 0 ? tr("<span style='color:#b00020'>✘ Resources are short of %1: the budget "
                         "must balance.</span>")
                          .arg(Money::format(-gap))
                    : tr("<span style='color:#b00020'>✘ Resources exceed expenses by %1: the "
                         "budget must balance.</span>")
                          .arg(Money::format(gap)));
    }
    const qint64 cofinancing = resources - citizen;
    m_cofinancing->setText(
        resources > 0
            ? tr("Requested from the Budget Citoyen: %1 · co-financing: %2 (%3 % of the "
                 "resources)")
                  .arg(Money::format(citizen), Money::format(cofinancing),
                       QLocale().toString(100.0 * double(cofinancing) / double(resources), 'f', 0))
            : QString());
}
