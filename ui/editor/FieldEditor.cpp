#include "FieldEditor.h"

#include "BudgetEditor.h"
#include "reference/CommuneListModel.h"
#include "reference/Communes.h"
#include "reference/CommuneValue.h"
#include "rules/Money.h"
#include "widgets/CommuneCompleter.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QBoxLayout>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFocusEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QWidgetAction>

#include <algorithm>
#include <cmath>

namespace {

QString counterText(int length, int maxLength)
{
    return maxLength > 0 ? QStringLiteral("%1 / %2").arg(length).arg(maxLength)
                         : QString::number(length);
}

// A date as people type it (15/04/2027, 15.4.2027, 15-04-2027, or 2027-04-15); invalid when it
// is none or out of any project's reach.
QDate parseTypedDate(const QString &text)
{
    for (const QString &format : {QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("d-M-yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(text.trimmed(), format);
        if (date.isValid())
            return date.year() < 1900 || date.year() > 2200 ? QDate() : date;
    }
    return QDate();
}

// The one way dates are shown in the forms: 15/04/2027.
QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString formatNumber(double value, bool money)
{
    const bool whole = value == std::floor(value);
    return QLocale().toString(value, 'f', whole ? 0 : (money ? 2 : 3)).trimmed();
}

// A text box that grows with what is written in it: never under a number of lines of its font,
// up to a ceiling past which it scrolls, so a short answer takes little room and a long one is
// read without a scroll bar. It keeps to lines, not pixels, when the font changes (the
// presentation mode enlarges it).
class TextBox final : public QPlainTextEdit
{
public:
    TextBox(int lines, QWidget *parent)
        : QPlainTextEdit(parent)
        , m_lines(lines)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
                this, [this] { fitHeight(); });
        fitHeight();
    }

    static constexpr int kMostLines = 14;

protected:
    void changeEvent(QEvent *event) override
    {
        QPlainTextEdit::changeEvent(event);
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            fitHeight();
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        // Wrapping follows the width: the number of lines is known once laid out at it.
        if (event->size().width() != event->oldSize().width())
            QMetaObject::invokeMethod(this, [this] { fitHeight(); }, Qt::QueuedConnection);
    }

private:
    void fitHeight()
    {
        // The plain text layout counts its size in lines, wrapped lines included.
        const int written =
            int(std::ceil(document()->documentLayout()->documentSize().height()));
        const int lines = std::clamp(written, m_lines, std::max(m_lines, kMostLines));
        const int height = fontMetrics().lineSpacing() * lines + 2 * frameWidth() +
                           int(2 * document()->documentMargin()) + 2;
        if (height != this->height() || minimumHeight() != height)
            setFixedHeight(height);
    }
    int m_lines;
};

QPlainTextEdit *makeTextBox(int lines, QWidget *parent)
{
    auto *box = new TextBox(lines, parent);
    box->setTabChangesFocus(true);  // Tab goes to the next field, as in every form
    box->setUndoRedoEnabled(false); // Ctrl+Z undoes the project's edits, not keystrokes
    box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return box;
}

// ---- one line, several lines ------------------------------------------------------------------

class ShortTextEditor final : public FieldEditor
{
public:
    explicit ShortTextEditor(const Methodology::Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new QLineEdit(this))
    {
        m_edit->setObjectName(field.qualifiedKey + QStringLiteral("Input"));
        if (field.maxLength > 0)
            m_edit->setMaxLength(field.maxLength);
        if (!field.example.isEmpty())
            m_edit->setPlaceholderText(field.example);
        setContent(m_edit);
        watch(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, [this] {
            updateCounter();
            userEdited();
        });
        updateCounter();
    }
    QJsonValue value() const override { return m_edit->text().trimmed(); }
    QWidget *input() const override { return m_edit; }

protected:
    void applyValue(const QJsonValue &value) override
    {
        m_edit->setText(value.toString());
        m_edit->setCursorPosition(0);
        updateCounter();
    }

private:
    void updateCounter()
    {
        if (field().maxLength > 0)
            setCounter(counterText(int(m_edit->text().size()), field().maxLength));
    }
    QLineEdit *m_edit;
};

class LongTextEditor final : public FieldEditor
{
public:
    explicit LongTextEditor(const Methodology::Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(makeTextBox(4, this))
    {
        m_edit->setObjectName(field.qualifiedKey + QStringLiteral("Input"));
        setContent(m_edit);
        watch(m_edit);
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
            updateCounter();
            if (!isLoading())
                userEdited();
        });
        updateCounter();
    }
    QJsonValue value() const override { return m_edit->toPlainText().trimmed(); }
    QWidget *input() const override { return m_edit; }

protected:
    void applyValue(const QJsonValue &value) override { m_edit->setPlainText(value.toString()); }

private:
    void updateCounter()
    {
        const int length = int(m_edit->toPlainText().trimmed().size());
        const int max = field().maxLength;
        const bool over = max > 0 && length > max;
        setCounter(counterText(length, max), over);
        // Nothing typed is ever thrown away: a text over the limit is kept and flagged.
        setMessage(over ? FieldEditor::tr("%n character(s) over the limit: shorten the text.",
                                          nullptr, length - max)
                        : QString(),
                   false);
    }
    QPlainTextEdit *m_edit;
};

// ---- choices -----------------------------------------------------------------------------------

class ChoiceEditor final : public FieldEditor
{
public:
    explicit ChoiceEditor(const Methodology::Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_combo(new QComboBox(this))
    {
        m_combo->setObjectName(field.qualifiedKey + QStringLiteral("Input"));
        // Shown in the interface's language, saved as the definition's option.
        m_combo->addItem(QString());
        for (int i = 0; i < field.options.size(); ++i)
            m_combo->addItem(field.optionLabels.value(i, field.options.at(i)), field.options.at(i));
        m_combo->setEditable(field.allowOther);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_combo->setMinimumWidth(260);
        if (field.allowOther) {
            m_combo->lineEdit()->setPlaceholderText(
                FieldEditor::tr("Choose or type your own answer"));
            m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
            m_combo->completer()->setFilterMode(Qt::MatchContains);
            connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this] { userEdited(); });
        } else {
            m_combo->setPlaceholderText(FieldEditor::tr("Choose…"));
        }
        connect(m_combo, &QComboBox::activated, this, [this] {
            if (!isLoading())
                emit committed();
        });
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_combo);
        layout->addStretch();
        setContent(row);
        watch(m_combo);
    }
    QJsonValue value() const override
    {
        // An option chosen is saved as the definition's; a typed answer as typed.
        const int index = m_combo->currentIndex();
        if (index > 0 && m_combo->itemText(index) == m_combo->currentText() &&
            m_combo->itemData(index).isValid())
            return m_combo->itemData(index).toString();
        return m_combo->currentText().trimmed();
    }
    QWidget *input() const override { return m_combo; }

protected:
    void applyValue(const QJsonValue &value) override
    {
        const QString text = value.toString();
        int index = text.isEmpty() ? 0 : m_combo->findData(text);
        if (index < 0)
            index = m_combo->findText(text);
        if (index >= 0)
            m_combo->setCurrentIndex(index);
        else if (m_combo->isEditable())
            m_combo->setEditText(text);
        else { // an answer the definition no longer offers: show it, keep it
            m_combo->addItem(text);
            m_combo->setCurrentIndex(m_combo->count() - 1);
        }
    }

private:
    QComboBox *m_combo;
};

class MultipleChoiceEditor final : public FieldEditor
{
public:
    explicit MultipleChoiceEditor(const Methodology::Field &field, QWidget *parent)
        : FieldEditor(field, parent)
    {
        auto *box = new QWidget(this);
        m_grid = new QGridLayout(box);
        m_grid->setContentsMargins(0, 0, 0, 0);
        for (int i = 0; i < field.options.size(); ++i)
            addBox(field.options.at(i), field.optionLabels.value(i, field.options.at(i)));
        if (field.allowOther) {
            m_other = new QLineEdit(box);
            m_other->setObjectName(field.qualifiedKey + QStringLiteral("Other"));
            m_other->setPlaceholderText(FieldEditor::tr("Other: type it here"));
            m_grid->addWidget(m_other, int(m_boxes.size() + 1) / 2, 0, 1, 2);
            watch(m_other);
            connect(m_other, &QLineEdit::textEdited, this, [this] { userEdited(); });
        }
        setContent(box);
    }
    QJsonValue value() const override
    {
        QJsonArray chosen;
        for (const QCheckBox *box : m_boxes) {
            if (box->isChecked())
                chosen.append(box->property("option").toString());
        }
        if (m_other && !m_other->text().trimmed().isEmpty())
            chosen.append(m_other->text().trimmed());
        return chosen;
    }
    QWidget *input() const override
    {
        return m_boxes.isEmpty() ? static_cast<QWidget *>(m_other) : m_boxes.first();
    }

protected:
    void applyValue(const QJsonValue &value) override
    {
        QStringList chosen;
        for (const QJsonValue &v : value.toArray())
            chosen << v.toString();
        for (QCheckBox *box : std::as_const(m_boxes))
            box->setChecked(chosen.removeAll(box->property("option").toString()) > 0);
        if (m_other) {
            m_other->setText(chosen.join(QStringLiteral(", ")));
        } else {
            for (const QString &kept : std::as_const(chosen)) // no longer offered: kept, shown
                addBox(kept)->setChecked(true);
        }
    }

private:
    // A box shows label and saves option (the definition's word, whatever the language).
    QCheckBox *addBox(const QString &option, const QString &label = QString())
    {
        auto *box = new QCheckBox(
            QString(label.isEmpty() ? option : label).replace(QLatin1Char('&'), QLatin1String("&&")),
            this);
        box->setProperty("option", option);
        box->setObjectName(field().qualifiedKey + QStringLiteral("Option%1").arg(m_boxes.size()));
        m_grid->addWidget(box, int(m_boxes.size()) / 2, int(m_boxes.size()) % 2);
        m_boxes << box;
        watch(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!isLoading())
                emit committed();
        });
        return box;
    }

    QGridLayout *m_grid = nullptr;
    QList<QCheckBox *> m_boxes;
    QLineEdit *m_other = nullptr;
};

// ---- numbers, money, dates ---------------------------------------------------------------------

class NumberEditor final : public FieldEditor
{
public:
    explicit NumberEditor(const Methodology::Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new QLineEdit(this))
        , m_money(field.type == Methodology::FieldType::Money)
    {
        m_edit->setObjectName(field.qualifiedKey + QStringLiteral("Input"));
        m_edit->setAlignment(Qt::AlignRight);
        m_edit->setMaximumWidth(180);
        if (!field.example.isEmpty())
            m_edit->setPlaceholderText(field.example);
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit);
        if (m_money)
            layout->addWidget(new QLabel(QStringLiteral("€"), row));
        layout->addStretch();
        setContent(row);
        watch(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, [this] {
            check();
            userEdited();
        });
        connect(m_edit, &QLineEdit::editingFinished, this, [this] {
            if (m_value && message().isEmpty()) // "1500" becomes "1 500" once left
                m_edit->setText(formatNumber(*m_value, m_money));
        });
    }
    QJsonValue value() const override { return m_value ? QJsonValue(*m_value) : QJsonValue(); }
    QWidget *input() const override { return m_edit; }

protected:
    void applyValue(const QJsonValue &value) override
    {
        m_value = value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
        m_edit->setText(m_value ? formatNumber(*m_value, m_money) : QString());
        setMessage(QString(), false);
    }

private:
    void check()
    {
        const QString text = m_edit->text().trimmed();
        if (text.isEmpty()) {
            m_value.reset();
            setMessage(QString(), false);
            return;
        }
        const std::optional<double> parsed = Money::parseNumber(text);
        const Methodology::Field &f = field();
        if (!parsed) {
            setMessage(
                m_money ? FieldEditor::tr("Type an amount in euros, for example 1 500 or 249,90.")
                        : FieldEditor::tr("Type a number, for example 120."),
                true);
        } else if (m_money && std::round(*parsed * 100) != *parsed * 100) {
            setMessage(FieldEditor::tr("An amount has two decimals at most."), true);
        } else if ((f.minimum && *parsed < *f.minimum) || (f.maximum && *parsed > *f.maximum) ||
                   (m_money && *parsed < 0)) {
            const QString low = formatNumber(f.minimum.value_or(0), m_money);
            setMessage(f.maximum ? FieldEditor::tr("Type a value between %1 and %2.")
                                       .arg(low, formatNumber(*f.maximum, m_money))
                                 : FieldEditor::tr("Type a value of at least %1.").arg(low),
                       true);
        } else {
            m_value = parsed;
            setMessage(QString(), false);
        }
    }

    QLineEdit *m_edit;
    bool m_money;
    std::optional<double> m_value;
};

class DateEditor final : public FieldEditor
{
public:
    explicit DateEditor(const Methodology::Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new QLineEdit(this))
    {
        m_edit->setObjectName(field.qualifiedKey + QStringLiteral("Input"));
        m_edit->setPlaceholderText(FieldEditor::tr("dd/mm/yyyy"));
        m_edit->setMaximumWidth(140);
        auto *pick = new QToolButton(this);
        pick->setObjectName(field.qualifiedKey + QStringLiteral("CalendarButton"));
        pick->setText(FieldEditor::tr("Calendar…"));
        pick->setToolTip(FieldEditor::tr("Choose the date in a calendar (Alt+Down)"));
        pick->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(pick);
        auto *calendar = new QCalendarWidget(menu);
        calendar->setObjectName(field.qualifiedKey + QStringLiteral("Calendar"));
        calendar->setGridVisible(true);
        auto *action = new QWidgetAction(menu);
        action->setDefaultWidget(calendar);
        menu->addAction(action);
        pick->setMenu(menu);
        connect(menu, &QMenu::aboutToShow, this, [this, calendar] {
            calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
            calendar->setFocus();
        });
        connect(calendar, &QCalendarWidget::activated, this, [this, menu](const QDate &date) {
            menu->close();
            m_date = date;
            m_edit->setText(dateText(date));
            setMessage(QString(), false);
            m_edit->setFocus();
            emit committed();
        });
        auto *openCalendar = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_edit);
        openCalendar->setContext(Qt::WidgetShortcut);
        connect(openCalendar, &QShortcut::activated, pick, &QToolButton::showMenu);

        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit);
        layout->addWidget(pick);
        layout->addStretch();
        setContent(row);
        watch(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, [this] {
            check();
            userEdited();
        });
    }
    QJsonValue value() const override
    {
        return m_date.isValid() ? QJsonValue(m_date.toString(Qt::ISODate)) : QJsonValue();
    }
    QWidget *input() const override { return m_edit; }

protected:
    void applyValue(const QJsonValue &value) override
    {
        m_date = QDate::fromString(value.toString(), Qt::ISODate);
        m_edit->setText(m_date.isValid() ? dateText(m_date) : value.toString());
        setMessage(QString(), false);
    }

private:
    void check()
    {
        const QString text = m_edit->text().trimmed();
        if (text.isEmpty()) {
            m_date = QDate();
            setMessage(QString(), false);
            return;
        }
        const QDate date = parseTypedDate(text);
        if (!date.isValid()) {
            setMessage(FieldEditor::tr("Type a date as dd/mm/yyyy, for example 15/04/2027."), true);
            return;
        }
        m_date = date;
        setMessage(QString(), false);
    }

    QLineEdit *m_edit;
    QDate m_date;
};

// ---- communes ----------------------------------------------------------------------------------

class CommuneEditor final : public FieldEditor
{
public:
    explicit CommuneEditor(const Methodology::Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new QLineEdit(this))
    {
        m_edit->setObjectName(field.qualifiedKey + QStringLiteral("Input"));
        m_edit->setPlaceholderText(field.multiple
                                       ? FieldEditor::tr("Commune or postal code, then Enter")
                                       : FieldEditor::tr("Commune or postal code"));
        auto *completer = new CommuneCompleter(m_edit);
        m_edit->setCompleter(completer);
        m_edit->setMaximumWidth(360);
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit);
        watch(m_edit);
        if (field.multiple) {
            m_list = new QListWidget(box);
            m_list->setObjectName(field.qualifiedKey + QStringLiteral("List"));
            m_list->setFlow(QListView::LeftToRight);
            m_list->setWrapping(true);
            m_list->setSpacing(2);
            m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 2 + 16);
            m_list->setToolTip(FieldEditor::tr("Delete removes the selected commune"));
            m_list->setAccessibleName(FieldEditor::tr("%1: chosen").arg(field.label));
            layout->addWidget(m_list);
            watch(m_list);
            // Enter adds the commune typed; the completer's choice arrives the same way.
            connect(m_edit, &QLineEdit::returnPressed, this, &CommuneEditor::addTyped);
            connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
                    [this](const QModelIndex &index) {
                        // A former name chosen in the list: the commune's name replaces it.
                        m_former = index.data(CommuneListModel::FormerNameRole).toString();
                        QMetaObject::invokeMethod(this, &CommuneEditor::addTyped,
                                                  Qt::QueuedConnection);
                    });
            auto *remove = new QShortcut(QKeySequence::Delete, m_list);
            remove->setContext(Qt::WidgetShortcut);
            connect(remove, &QShortcut::activated, this, [this] {
                delete m_list->currentItem();
                checkUnknown();
                emit committed();
            });
        } else {
            connect(m_edit, &QLineEdit::textEdited, this, [this] {
                checkUnknown();
                userEdited();
            });
        }
        setContent(box);
    }
    QJsonValue value() const override
    {
        if (!m_list) {
            const QString typed = m_edit->text().trimmed();
            return typed.isEmpty() ? QJsonValue(QString())
                                   : CommuneValue::toJson(CommuneValue::fromTyped(typed));
        }
        QList<CommuneValue::Entry> communes;
        for (int i = 0; i < m_list->count(); ++i)
            communes.append(entry(m_list->item(i)));
        return CommuneValue::toJson(communes, true);
    }
    QWidget *input() const override { return m_edit; }

protected:
    void applyValue(const QJsonValue &value) override
    {
        const QList<CommuneValue::Entry> communes = CommuneValue::entries(value);
        if (!m_list) {
            m_edit->setText(communes.isEmpty() ? QString() : communes.first().name);
        } else {
            m_list->clear();
            for (const CommuneValue::Entry &commune : communes)
                addItem(commune);
        }
        checkUnknown();
    }

private:
    static CommuneValue::Entry entry(const QListWidgetItem *item)
    {
        return {item->data(Qt::UserRole).toString(), item->text()};
    }
    void addItem(const CommuneValue::Entry &commune)
    {
        auto *item = new QListWidgetItem(commune.name, m_list);
        item->setData(Qt::UserRole, commune.code);
        if (const Commune *known = Communes::byCode(commune.code))
            item->setToolTip(
                FieldEditor::tr("INSEE code %1, arrondissement: %2")
                    .arg(known->code, Communes::arrondissementName(known->arrondissement)));
    }
    void addTyped()
    {
        const QString typed = m_edit->text().trimmed();
        if (typed.isEmpty())
            return;
        const CommuneValue::Entry commune = CommuneValue::fromTyped(typed);
        bool present = false;
        for (int i = 0; i < m_list->count(); ++i)
            present = present || entry(m_list->item(i)) == commune;
        if (!present)
            addItem(commune);
        m_edit->clear();
        const QString former = std::exchange(m_former, QString());
        checkUnknown(former.isEmpty() ? typed : former);
        emit committed();
    }
    // Says which communes are not the department's, and which name typed was a former one.
    void checkUnknown(const QString &typed = QString())
    {
        QStringList unknown;
        for (const CommuneValue::Entry &commune : CommuneValue::entries(value())) {
            if (!Communes::byCode(commune.code))
                unknown << commune.name;
        }
        QString former;
        const Communes::Match match = Communes::find(m_list ? typed : m_edit->text());
        if (match && !match.formerName.isEmpty())
            former = FieldEditor::tr("%1 is now part of the commune of %2.")
                         .arg(match.formerName, match.commune->name);
        const QString message =
            unknown.isEmpty()
                ? former
                : FieldEditor::tr("Not a commune of the Pas-de-Calais: %1. Check the spelling; "
                                  "the project must take place in the department.")
                      .arg(unknown.join(QStringLiteral(", ")));
        setMessage(message, false);
    }

    QLineEdit *m_edit;
    QListWidget *m_list = nullptr;
    QString m_former; // the former name chosen in the completer's list, until it is added
};

// ---- repeatable rows ---------------------------------------------------------------------------

// Cells of a choice column get a combo box; number and money cells refuse what is not a number.
class RowsDelegate final : public QStyledItemDelegate
{
public:
    RowsDelegate(QList<Methodology::Column> columns, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_columns(std::move(columns))
    {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const Methodology::Column &column = m_columns.at(index.column());
        if (column.type == Methodology::FieldType::SingleChoice) {
            auto *combo = new QComboBox(parent);
            combo->addItem(QString());
            for (int i = 0; i < column.options.size(); ++i)
                combo->addItem(column.optionLabels.value(i, column.options.at(i)),
                               column.options.at(i));
            return combo;
        }
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (column.maxLength > 0)
                line->setMaxLength(column.maxLength);
            if (column.type == Methodology::FieldType::Commune)
                line->setCompleter(new CommuneCompleter(line));
            if (column.type == Methodology::FieldType::Date)
                line->setPlaceholderText(FieldEditor::tr("dd/mm/yyyy"));
        }
        return editor;
    }
    // A choice cell holds the definition's option; it shows the word of the interface's
    // language.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const Methodology::Column &column = m_columns.at(index.column());
        const qsizetype i = column.options.indexOf(index.data().toString());
        if (column.type == Methodology::FieldType::SingleChoice && i >= 0)
            option->text = column.optionLabels.value(i, option->text);
    }
    // A date cell holds the ISO date, written as it is saved; it is shown and typed as in
    // the date fields.
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? dateText(date) : QStyledItemDelegate::displayText(value, locale);
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(index.data().toString())));
            return;
        }
        if (m_columns.at(index.column()).type == Methodology::FieldType::Date) {
            const QDate date = QDate::fromString(index.data().toString(), Qt::ISODate);
            if (auto *line = qobject_cast<QLineEdit *>(editor)) {
                line->setText(date.isValid() ? dateText(date) : index.data().toString());
                return;
            }
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData().toString());
            return;
        }
        const Methodology::Column &column = m_columns.at(index.column());
        const auto *line = qobject_cast<QLineEdit *>(editor);
        if (line && (column.type == Methodology::FieldType::Number ||
                     column.type == Methodology::FieldType::Money)) {
            const QString text = line->text().trimmed();
            if (!text.isEmpty() && !Money::parseNumber(text))
                return; // not a number: the cell keeps what it had
        }
        if (line && column.type == Methodology::FieldType::Date) {
            const QString text = line->text().trimmed();
            const QDate date = parseTypedDate(text);
            if (!text.isEmpty() && !date.isValid())
                return; // not a date: the cell keeps what it had
            model->setData(index, date.isValid() ? date.toString(Qt::ISODate) : QString());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    QList<Methodology::Column> m_columns;
};

class RowsEditor final : public FieldEditor
{
public:
    explicit RowsEditor(const Methodology::Field &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_table(new QTableWidget(0, int(field.columns.size()), this))
    {
        m_table->setObjectName(field.qualifiedKey + QStringLiteral("Input"));
        QStringList labels;
        for (const Methodology::Column &column : field.columns)
            labels << column.label;
        m_table->setHorizontalHeaderLabels(labels);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
        m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
        m_table->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
        m_table->setItemDelegate(new RowsDelegate(field.columns, m_table));
        m_table->setWordWrap(true);

        m_add = new QPushButton(FieldEditor::tr("&Add a row"), this);
        m_add->setObjectName(field.qualifiedKey + QStringLiteral("AddButton"));
        m_add->setToolTip(FieldEditor::tr("Add a row (Ctrl+Insert)"));
        m_remove = new QPushButton(FieldEditor::tr("Remove the row"), this);
        m_remove->setObjectName(field.qualifiedKey + QStringLiteral("RemoveButton"));
        m_remove->setToolTip(FieldEditor::tr("Remove the current row (Ctrl+Delete)"));
        auto *addKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert), m_table);
        addKey->setContext(Qt::WidgetWithChildrenShortcut);
        auto *removeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), m_table);
        removeKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(m_add, &QPushButton::clicked, this, &RowsEditor::addRow);
        connect(addKey, &QShortcut::activated, this, &RowsEditor::addRow);
        connect(m_remove, &QPushButton::clicked, this, &RowsEditor::removeRow);
        connect(removeKey, &QShortcut::activated, this, &RowsEditor::removeRow);
        connect(m_table, &QTableWidget::itemChanged, this, [this] {
            if (!isLoading() && !m_changing)
                emit committed();
        });

        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_table);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_add);
        buttons->addWidget(m_remove);
        buttons->addStretch();
        layout->addLayout(buttons);
        setContent(box);
        watch(m_table);
        updateHeight();
    }
    QJsonValue value() const override
    {
        QJsonArray rows;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            QJsonObject row;
            for (int c = 0; c < m_table->columnCount(); ++c) {
                const QTableWidgetItem *item = m_table->item(r, c);
                const QString text = item ? item->text().trimmed() : QString();
                if (text.isEmpty())
                    continue;
                const Methodology::Column &column = field().columns.at(c);
                const bool numeric = column.type == Methodology::FieldType::Number ||
                                     column.type == Methodology::FieldType::Money;
                const std::optional<double> number =
                    numeric ? Money::parseNumber(text) : std::nullopt;
                row.insert(column.key, number ? QJsonValue(*number) : QJsonValue(text));
            }
            rows.append(row);
        }
        // Rows left empty at the end are not answers.
        while (!rows.isEmpty() && rows.last().toObject().isEmpty())
            rows.removeLast();
        return rows;
    }
    QWidget *input() const override { return m_table; }

protected:
    void applyValue(const QJsonValue &value) override
    {
        const QJsonArray rows = value.toArray();
        m_table->setRowCount(0);
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            for (int c = 0; c < m_table->columnCount(); ++c) {
                const QJsonValue cell = row.value(field().columns.at(c).key);
                const QString text =
                    cell.isDouble() ? formatNumber(cell.toDouble(), false) : cell.toString();
                m_table->setItem(r, c, new QTableWidgetItem(text));
            }
        }
        updateHeight();
    }

private:
    void addRow()
    {
        if (field().maxRows > 0 && m_table->rowCount() >= field().maxRows)
            return;
        m_changing = true;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem);
        m_changing = false;
        updateHeight();
        m_table->setFocus();
        m_table->setCurrentCell(r, 0);
        m_table->editItem(m_table->item(r, 0));
    }
    void removeRow()
    {
        const int r = m_table->currentRow();
        if (r < 0)
            return;
        m_table->removeRow(r);
        updateHeight();
        emit committed();
    }
    void updateHeight()
    {
        const int rows = std::max(3, m_table->rowCount() + 1);
        const int height = m_table->horizontalHeader()->sizeHint().height() +
                           rows * m_table->verticalHeader()->defaultSectionSize() +
                           2 * m_table->frameWidth() + 4;
        m_table->setFixedHeight(std::min(height, 420));
        m_add->setEnabled(field().maxRows == 0 || m_table->rowCount() < field().maxRows);
        m_remove->setEnabled(m_table->rowCount() > 0);
    }

    QTableWidget *m_table;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_changing = false;
};

// ---- QQOQCP, problem tree, business model canvas -----------------------------------------------

class PartsEditor final : public FieldEditor
{
public:
    explicit PartsEditor(const Methodology::Field &field, QWidget *parent)
        : FieldEditor(field, parent)
    {
        using Type = Methodology::FieldType;
        const QList<Methodology::Part> parts =
            field.type == Type::Qqoqcp        ? Methodology::qqoqcpParts()
            : field.type == Type::ProblemTree ? Methodology::problemTreeParts()
                                              : Methodology::canvasBoxes();
        const int columns = field.type == Type::Qqoqcp        ? 2
                            : field.type == Type::ProblemTree ? 1
                                                              : 3;
        auto *box = new QWidget(this);
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(12);
        int cell = 0;
        const bool canvas = field.type == Type::BusinessModelCanvas;
        if (canvas) {
            // A canvas reads as one sheet of boxes side by side, each box growing with its text.
            grid->setHorizontalSpacing(0);
            grid->setVerticalSpacing(0);
        }
        for (const Methodology::Part &part : parts) {
            auto *frame = new QFrame(box);
            frame->setObjectName(part.key + QStringLiteral("Box"));
            auto *layout = new QVBoxLayout(frame);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->setSpacing(2);
            if (canvas) {
                frame->setFrameShape(QFrame::Box);
                frame->setProperty("canvasBox", true);
                frame->setStyleSheet(QStringLiteral(
                    "QFrame[canvasBox=\"true\"] { border: 1px solid palette(mid);"
                    " background: palette(alternate-base); }"));
                layout->setContentsMargins(6, 4, 6, 6);
            }
            auto *label = new QLabel(part.label, frame);
            QFont bold; // only the weight: the size follows the form's (presentation mode)
            bold.setBold(true);
            label->setFont(bold);
            label->setWordWrap(true);
            QPlainTextEdit *edit = makeTextBox(canvas ? 3 : 2, frame);
            edit->setObjectName(field.qualifiedKey + QLatin1Char('.') + part.key +
                                QStringLiteral("Input"));
            edit->setPlaceholderText(part.help);
            label->setBuddy(edit);
            layout->addWidget(label);
            layout->addWidget(edit);
            if (canvas)
                layout->addStretch();
            if (field.type == Type::ProblemTree && part.key == QLatin1String("probleme"))
                edit->setStyleSheet(
                    QStringLiteral("QPlainTextEdit { border: 2px solid #b35c00; }"));
            grid->addWidget(frame, cell / columns, cell % columns);
            ++cell;
            if (field.type == Type::ProblemTree && cell < int(parts.size())) {
                // The tree reads from the causes up to the effects.
                auto *arrow = new QLabel(QStringLiteral("▲"), box);
                arrow->setAlignment(Qt::AlignCenter);
                arrow->setAccessibleName(FieldEditor::tr("leads to"));
                grid->addWidget(arrow, cell / columns, 0);
                ++cell;
            }
            m_parts.append({part.key, edit});
            watch(edit, part.label, part.help);
            connect(edit, &QPlainTextEdit::textChanged, this, [this] {
                if (!isLoading())
                    userEdited();
            });
        }
        setContent(box);
    }
    QJsonValue value() const override
    {
        QJsonObject parts;
        for (const auto &[key, edit] : m_parts) {
            const QString text = edit->toPlainText().trimmed();
            if (!text.isEmpty())
                parts.insert(key, text);
        }
        return parts;
    }
    QWidget *input() const override { return m_parts.first().second; }

protected:
    void applyValue(const QJsonValue &value) override
    {
        const QJsonObject parts = value.toObject();
        for (const auto &[key, edit] : m_parts)
            edit->setPlainText(parts.value(key).toString());
    }

private:
    QList<QPair<QString, QPlainTextEdit *>> m_parts;
};

} // namespace

FieldEditor *FieldEditor::create(const Methodology::Field &field, QWidget *parent)
{
    using Type = Methodology::FieldType;
    switch (field.type) {
    case Type::ShortText:
        return new ShortTextEditor(field, parent);
    case Type::LongText:
        return new LongTextEditor(field, parent);
    case Type::SingleChoice:
        return new ChoiceEditor(field, parent);
    case Type::MultipleChoice:
        return new MultipleChoiceEditor(field, parent);
    case Type::Number:
    case Type::Money:
        return new NumberEditor(field, parent);
    case Type::Date:
        return new DateEditor(field, parent);
    case Type::Commune:
        return new CommuneEditor(field, parent);
    case Type::Rows:
        return new RowsEditor(field, parent);
    case Type::Qqoqcp:
    case Type::ProblemTree:
    case Type::BusinessModelCanvas:
        return new PartsEditor(field, parent);
    case Type::Budget:
        return new BudgetEditor(field, parent);
    }
    return nullptr;
}

FieldEditor::FieldEditor(const Methodology::Field &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    setObjectName(field.qualifiedKey + QStringLiteral("Field"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(3);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setText(field.required ? tr("<b>%1</b> <span style='color:#8a5300'>(required)</span>")
                                          .arg(field.label.toHtmlEscaped())
                                    : QStringLiteral("<b>%1</b>").arg(field.label.toHtmlEscaped()));
    layout->addWidget(m_label);

    auto *footer = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(field.qualifiedKey + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_counter = new QLabel(this);
    m_counter->setObjectName(field.qualifiedKey + QStringLiteral("Counter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_counter->setVisible(false);
    footer->addWidget(m_message, 1);
    footer->addWidget(m_counter);
    layout->addLayout(footer);
}

FieldEditor::~FieldEditor() = default;

void FieldEditor::setContent(QWidget *content)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    // The block is as tall as its content: the section's page takes the spare height.
    content->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->insertWidget(1, content);
    if (QWidget *target = input())
        m_label->setBuddy(target);
}

void FieldEditor::setValue(const QJsonValue &value)
{
    m_loading = true;
    applyValue(value);
    m_loading = false;
}

QString FieldEditor::message() const
{
    return m_messageText;
}

void FieldEditor::setMessage(const QString &message, bool blocking)
{
    m_messageText = message;
    m_message->setText(message);
    m_message->setStyleSheet(blocking ? QStringLiteral("color: #b00020;")
                                      : QStringLiteral("color: #8a5300;"));
    m_message->setVisible(!message.isEmpty());
    if (QWidget *target = input())
        target->setAccessibleDescription(message);
}

void FieldEditor::setSaveError(const QString &error)
{
    if (!error.isEmpty()) {
        m_saveError = tr("Not saved: %1 It will be tried again at the next change.").arg(error);
        setMessage(m_saveError, true);
    } else if (!m_saveError.isEmpty()) {
        if (m_messageText == m_saveError)
            setMessage(QString(), false);
        m_saveError.clear();
    }
}

void FieldEditor::setCounter(const QString &text, bool over)
{
    m_counter->setText(text);
    // Muted from the palette, so that the projector's palette makes it readable there.
    m_counter->setStyleSheet(over ? QStringLiteral("color: #b00020; font-weight: bold;")
                                  : QString());
    m_counter->setForegroundRole(over ? QPalette::WindowText : QPalette::PlaceholderText);
    m_counter->setVisible(!text.isEmpty());
}

void FieldEditor::watch(QWidget *input, const QString &helpTitle, const QString &help)
{
    input->installEventFilter(this);
    if (!helpTitle.isEmpty())
        m_helps.insert(input, {helpTitle, help});
    // What a screen reader says of it: its part's label, or the field's. A label is only read
    // for an input beside it, and most inputs sit in a box of their own.
    if (input->accessibleName().isEmpty())
        input->setAccessibleName(helpTitle.isEmpty() ? m_field.label : helpTitle);
}

void FieldEditor::userEdited()
{
    if (!m_loading)
        emit edited();
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusIn: {
        const Help part = m_helps.value(watched);
        if (part.title.isEmpty())
            emit helpRequested(m_field.label, m_field.help, m_field.example);
        else
            emit helpRequested(m_field.label + QStringLiteral(" — ") + part.title,
                               part.help + QStringLiteral("\n\n") + m_field.help, m_field.example);
        break;
    }
    case QEvent::FocusOut:
        // A popup (completer, calendar, combo list) takes the focus without leaving the field.
        if (static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            emit committed();
        break;
    case QEvent::ShortcutOverride: {
        // Text inputs claim Ctrl+Z for their own undo; refusing the override lets the
        // application's Undo act on the project, where every edit is already saved.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z))
            return true;
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}
