#include "EditionDialog.h"

#include "projects/ProjectRecord.h"
#include "rules/Money.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {

constexpr int kNameColumn = 0;
constexpr int kFloorColumn = 1;
constexpr int kCeilingColumn = 2;
constexpr int kDescriptionColumn = 3;
constexpr int kIdRole = Qt::UserRole + 1;
// Beyond what Edition accepts, so that its problems() names an amount out of range.
constexpr qint64 kMaxCents = qint64(1e14);

QString euros(qint64 cents)
{
    return QLocale().toString(double(cents) / 100, 'f', cents % 100 ? 2 : 0);
}

// A date that may be unset: the earliest date shows as blank.
QDateEdit *dateEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setMinimumDate(QDate(1999, 12, 31));
    edit->setMaximumDate(QDate(2100, 12, 31));
    edit->setSpecialValueText(EditionDialog::tr("not set"));
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

} // namespace

EditionDialog::EditionDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("editionDialog"));
    setWindowTitle(tr("Edition rules"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_editionCombo = new QComboBox(this);
    m_editionCombo->setObjectName(QStringLiteral("editionChoiceCombo"));
    auto *chooseLabel = new QLabel(tr("&Edition:"), this);
    chooseLabel->setBuddy(m_editionCombo);
    auto *add = new QPushButton(tr("New edition…"), this);
    add->setObjectName(QStringLiteral("newEditionButton"));
    add->setAutoDefault(false);
    top->addWidget(chooseLabel);
    top->addWidget(m_editionCombo, 1);
    top->addWidget(add);
    layout->addLayout(top);
    connect(add, &QPushButton::clicked, this, &EditionDialog::newEdition);

    auto *general = new QGroupBox(tr("Edition"), this);
    auto *form = new QFormLayout(general);
    m_nameEdit = new QLineEdit(general);
    m_nameEdit->setObjectName(QStringLiteral("editionNameEdit"));
    m_nameEdit->setMaxLength(120);
    m_yearSpin = new QSpinBox(general);
    m_yearSpin->setObjectName(QStringLiteral("editionYearSpin"));
    m_yearSpin->setRange(2000, 2100);
    m_envelopeEdit = new QLineEdit(general);
    m_envelopeEdit->setObjectName(QStringLiteral("envelopeEdit"));
    m_envelopeEdit->setAlignment(Qt::AlignRight);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Year:"), m_yearSpin);
    form->addRow(tr("En&velope (€):"), m_envelopeEdit);
    // The edition and its calendar side by side: the dialog fits a 768-pixel projector.
    auto *identityAndCalendar = new QHBoxLayout;
    identityAndCalendar->addWidget(general, 1);
    layout->addLayout(identityAndCalendar);

    auto *calendar = new QGroupBox(tr("Calendar"), this);
    auto *grid = new QFormLayout(calendar);
    const QList<QPair<QString, QString>> periods = {
        {tr("Comptoirs:"), QStringLiteral("comptoirs")},
        {tr("Deposit of projects:"), QStringLiteral("deposit")},
        {tr("Committee:"), QStringLiteral("committee")},
        {tr("Vote:"), QStringLiteral("vote")},
    };
    for (const auto &[label, name] : periods) {
        auto *row = new QHBoxLayout;
        QDateEdit *start = dateEdit(calendar, name + QStringLiteral("StartEdit"));
        QDateEdit *end = dateEdit(calendar, name + QStringLiteral("EndEdit"));
        row->addWidget(new QLabel(tr("from"), calendar));
        row->addWidget(start);
        row->addWidget(new QLabel(tr("to"), calendar));
        row->addWidget(end);
        row->addStretch();
        grid->addRow(label, row);
        m_periods.append(qMakePair(start, end));
    }
    m_resultsEdit = dateEdit(calendar, QStringLiteral("resultsEdit"));
    grid->addRow(tr("Results:"), m_resultsEdit);
    identityAndCalendar->addWidget(calendar, 1);

    auto *categories = new QGroupBox(tr("Categories"), this);
    auto *categoryLayout = new QVBoxLayout(categories);
    m_categoryTable = new QTableWidget(0, 4, categories);
    m_categoryTable->setObjectName(QStringLiteral("categoryTable"));
    m_categoryTable->setAccessibleName(tr("Categories"));
    m_categoryTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Floor (€)"), tr("Ceiling (€)"), tr("Description")});
    m_categoryTable->horizontalHeader()->setSectionResizeMode(kDescriptionColumn,
                                                              QHeaderView::Stretch);
    m_categoryTable->setColumnWidth(kNameColumn, 200);
    m_categoryTable->verticalHeader()->setVisible(false);
    m_categoryTable->setTabKeyNavigation(false);
    m_categoryTable->setMinimumHeight(130);
    categoryLayout->addWidget(m_categoryTable);
    auto *categoryButtons = new QHBoxLayout;
    auto *addCategory = new QPushButton(tr("Add a category"), categories);
    addCategory->setObjectName(QStringLiteral("addCategoryButton"));
    addCategory->setAutoDefault(false);
    auto *removeCategory = new QPushButton(tr("Remove the category"), categories);
    removeCategory->setObjectName(QStringLiteral("removeCategoryButton"));
    removeCategory->setAutoDefault(false);
    categoryButtons->addWidget(addCategory);
    categoryButtons->addWidget(removeCategory);
    categoryButtons->addStretch();
    categoryLayout->addLayout(categoryButtons);
    connect(addCategory, &QPushButton::clicked, this, &EditionDialog::addCategory);
    connect(removeCategory, &QPushButton::clicked, this, &EditionDialog::removeCategory);
    layout->addWidget(categories);

    auto *checks = new QGroupBox(tr("Eligibility checks applied"), this);
    // Two columns of checks, in reading order down the first then the second.
    auto *checkLayout = new QGridLayout(checks);
    const QList<Eligibility::Rule> rules = Eligibility::allRules();
    const int perColumn = int(rules.size() + 1) / 2;
    for (int i = 0; i < rules.size(); ++i) {
        const Eligibility::Rule rule = rules.at(i);
        auto *box = new QCheckBox(Eligibility::label(rule), checks);
        box->setObjectName(Eligibility::code(rule) + QStringLiteral("CheckBox"));
        checkLayout->addWidget(box, i % perColumn, i / perColumn);
        m_checks.append(qMakePair(rule, box));
    }
    // The amount from which a quote is asked, beside its check.
    m_quoteThresholdEdit = new QLineEdit(checks);
    m_quoteThresholdEdit->setObjectName(QStringLiteral("quoteThresholdEdit"));
    m_quoteThresholdEdit->setAlignment(Qt::AlignRight);
    m_quoteThresholdEdit->setMaximumWidth(120);
    auto *thresholdLabel = new QLabel(tr("&Quotes from (€):"), checks);
    thresholdLabel->setBuddy(m_quoteThresholdEdit);
    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(thresholdLabel);
    thresholdRow->addWidget(m_quoteThresholdEdit);
    thresholdRow->addSpacing(12);
    // After the comptoir: when a project is to follow up, how long a pitch is given.
    m_followUpWeeks = new QSpinBox(checks);
    m_followUpWeeks->setObjectName(QStringLiteral("followUpWeeksSpin"));
    m_followUpWeeks->setRange(1, 52);
    m_followUpWeeks->setSuffix(tr(" weeks"));
    auto *weeksLabel = new QLabel(tr("&Follow up after:"), checks);
    weeksLabel->setBuddy(m_followUpWeeks);
    weeksLabel->setToolTip(tr("A project with no contact for this long is listed « À relancer »."));
    thresholdRow->addWidget(weeksLabel);
    thresholdRow->addWidget(m_followUpWeeks);
    thresholdRow->addSpacing(12);
    m_pitchTime = new QTimeEdit(checks);
    m_pitchTime->setObjectName(QStringLiteral("pitchTimeEdit"));
    m_pitchTime->setDisplayFormat(QStringLiteral("mm:ss"));
    m_pitchTime->setTimeRange(QTime(0, 0, 30), QTime(0, 30, 0));
    auto *pitchLabel = new QLabel(tr("&Pitch:"), checks);
    pitchLabel->setBuddy(m_pitchTime);
    pitchLabel->setToolTip(tr("The time a pitch is given in a rehearsal (minutes:seconds)."));
    thresholdRow->addWidget(pitchLabel);
    thresholdRow->addWidget(m_pitchTime);
    thresholdRow->addStretch();
    checkLayout->addLayout(thresholdRow, perColumn, 0, 1, 2);
    for (const auto &[rule, box] : std::as_const(m_checks)) {
        if (rule == Eligibility::Rule::QuotesAttached)
            connect(box, &QCheckBox::toggled, m_quoteThresholdEdit, &QWidget::setEnabled);
    }
    layout->addWidget(checks);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("editionProblemLabel"));
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setVisible(false);
    layout->addWidget(m_problemLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveEditionButton"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (const ProjectRecord::Choice &choice : ProjectRecord::editions(*m_workspace))
        m_editionCombo->addItem(choice.name, choice.id);
    connect(m_editionCombo, &QComboBox::activated, this,
            [this] { showEdition(m_editionCombo->currentData().toLongLong()); });
    showEdition(m_editionCombo->count() > 0 ? m_editionCombo->itemData(0).toLongLong() : 0);
    resize(760, 640); // within a 1024×768 projector's screen
}

EditionDialog::~EditionDialog() = default;

void EditionDialog::newEdition()
{
    showEdition(0);
}

void EditionDialog::showEdition(qint64 editionId)
{
    QString error;
    std::optional<Edition> edition =
        editionId > 0 ? Edition::load(*m_workspace, editionId, &error) : std::nullopt;
    if (!edition) {
        const int year =
            std::max(QDate::currentDate().year() + 1, m_edition.year > 0 ? m_edition.year + 1 : 0);
        edition = Edition::forYear(year);
        if (m_editionCombo->findData(qint64(0)) < 0)
            m_editionCombo->addItem(tr("New edition"), qint64(0));
    }
    m_edition = *edition;
    m_editionCombo->setCurrentIndex(m_editionCombo->findData(m_edition.id));
    m_nameEdit->setText(m_edition.name);
    m_yearSpin->setValue(m_edition.year);
    m_envelopeEdit->setText(euros(m_edition.envelopeCents));
    const QList<QPair<QDate, QDate>> dates = {
        {m_edition.comptoirsStart, m_edition.comptoirsEnd},
        {m_edition.depositStart, m_edition.depositEnd},
        {m_edition.committeeStart, m_edition.committeeEnd},
        {m_edition.voteStart, m_edition.voteEnd},
    };
    for (int i = 0; i < m_periods.size(); ++i) {
        setDate(m_periods[i].first, dates[i].first);
        setDate(m_periods[i].second, dates[i].second);
    }
    setDate(m_resultsEdit, m_edition.resultsDate);
    m_categoryTable->setRowCount(0);
    for (const Edition::Category &category : std::as_const(m_edition.categories)) {
        const int r = m_categoryTable->rowCount();
        m_categoryTable->insertRow(r);
        auto *name = new QTableWidgetItem(category.name);
        name->setData(kIdRole, category.id);
        m_categoryTable->setItem(r, kNameColumn, name);
        m_categoryTable->setItem(r, kFloorColumn, new QTableWidgetItem(euros(category.floorCents)));
        m_categoryTable->setItem(r, kCeilingColumn,
                                 new QTableWidgetItem(euros(category.ceilingCents)));
        m_categoryTable->setItem(r, kDescriptionColumn, new QTableWidgetItem(category.description));
    }
    for (const auto &[rule, box] : std::as_const(m_checks))
        box->setChecked(m_edition.checks.contains(rule));
    m_quoteThresholdEdit->setText(euros(m_edition.quoteThresholdCents));
    m_followUpWeeks->setValue(m_edition.followUpWeeks);
    m_pitchTime->setTime(QTime(0, 0).addSecs(m_edition.pitchSeconds));
    m_quoteThresholdEdit->setEnabled(m_edition.checks.contains(Eligibility::Rule::QuotesAttached));
    m_problemLabel->setVisible(false);
}

void EditionDialog::addCategory()
{
    const int r = m_categoryTable->rowCount();
    m_categoryTable->insertRow(r);
    auto *name = new QTableWidgetItem;
    name->setData(kIdRole, qint64(0));
    m_categoryTable->setItem(r, kNameColumn, name);
    m_categoryTable->setItem(r, kFloorColumn, new QTableWidgetItem(QStringLiteral("0")));
    m_categoryTable->setItem(r, kCeilingColumn, new QTableWidgetItem(QStringLiteral("0")));
    m_categoryTable->setItem(r, kDescriptionColumn, new QTableWidgetItem);
    m_categoryTable->setFocus();
    m_categoryTable->setCurrentCell(r, kNameColumn);
    m_categoryTable->editItem(name);
}

void EditionDialog::removeCategory()
{
    const int r = m_categoryTable->currentRow();
    if (r >= 0)
        m_categoryTable->removeRow(r);
}

Edition EditionDialog::collect() const
{
    Edition e = m_edition;
    e.name = m_nameEdit->text();
    e.year = m_yearSpin->value();
    e.envelopeCents = Money::parseCents(m_envelopeEdit->text(), kMaxCents).value_or(-1);
    QDate *dates[][2] = {{&e.comptoirsStart, &e.comptoirsEnd},
                         {&e.depositStart, &e.depositEnd},
                         {&e.committeeStart, &e.committeeEnd},
                         {&e.voteStart, &e.voteEnd}};
    for (int i = 0; i < m_periods.size(); ++i) {
        *dates[i][0] = dateOf(m_periods[i].first);
        *dates[i][1] = dateOf(m_periods[i].second);
    }
    e.resultsDate = dateOf(m_resultsEdit);
    e.categories.clear();
    for (int r = 0; r < m_categoryTable->rowCount(); ++r) {
        const auto text = [this, r](int column) {
            const QTableWidgetItem *item = m_categoryTable->item(r, column);
            return item ? item->text().trimmed() : QString();
        };
        Edition::Category category;
        category.id = m_categoryTable->item(r, kNameColumn)->data(kIdRole).toLongLong();
        for (const Edition::Category &known : m_edition.categories) {
            if (known.id == category.id && category.id > 0) {
                category = known;
                break;
            }
        }
        category.name = text(kNameColumn);
        category.floorCents = Money::parseCents(text(kFloorColumn), kMaxCents).value_or(-1);
        category.ceilingCents = Money::parseCents(text(kCeilingColumn), kMaxCents).value_or(-1);
        category.description = text(kDescriptionColumn);
        e.categories << category;
    }
    e.followUpWeeks = m_followUpWeeks->value();
    e.pitchSeconds = QTime(0, 0).secsTo(m_pitchTime->time());
    e.quoteThresholdCents =
        Money::parseCents(m_quoteThresholdEdit->text(), kMaxCents).value_or(-1);
    e.checks.clear();
    for (const auto &[rule, box] : m_checks) {
        if (box->isChecked())
            e.checks << rule;
    }
    return e;
}

void EditionDialog::accept()
{
    const Edition edition = collect();
    QString error;
    const qint64 id = Edition::save(*m_workspace, edition, &error);
    if (id < 0) {
        m_problemLabel->setText(error);
        m_problemLabel->setVisible(true);
        return;
    }
    m_edition.id = id;
    QDialog::accept();
}
