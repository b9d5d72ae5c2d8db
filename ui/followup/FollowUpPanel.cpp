#include "FollowUpPanel.h"

#include "dialogs/MessageBox.h"
#include "followup/PitchRuns.h"
#include "session/Deletions.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString shown(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QDateEdit *dateEdit(QWidget *parent, const QDate &date, const QString &name)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

FollowUpPanel::FollowUpPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("followUpPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 16);
    auto *title = new QLabel(tr("Follow-up"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("followUpSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    // The next steps.
    auto *steps = new QGroupBox(tr("Next steps"), this);
    auto *stepsLayout = new QVBoxLayout(steps);
    m_stepTable = new QTableWidget(0, 4, steps);
    m_stepTable->setObjectName(QStringLiteral("stepTable"));
    m_stepTable->setHorizontalHeaderLabels({tr("Step"), tr("Due"), tr("Who"), tr("Done on")});
    m_stepTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepTable->verticalHeader()->hide();
    m_stepTable->setWordWrap(true);
    m_stepTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stepTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stepTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_stepTable->setMinimumHeight(m_stepTable->fontMetrics().height() * 7);
    m_stepTable->setAccessibleName(tr("Next steps"));
    connect(m_stepTable, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { editStep(row); });
    connect(m_stepTable, &QTableWidget::itemSelectionChanged, this, &FollowUpPanel::updateButtons);
    m_addStep = new QPushButton(tr("Add a &step…"), steps);
    m_addStep->setObjectName(QStringLiteral("addStepButton"));
    m_doneStep = new QPushButton(tr("&Done / to do"), steps);
    m_doneStep->setObjectName(QStringLiteral("doneStepButton"));
    m_editStep = new QPushButton(tr("Edit…"), steps);
    m_editStep->setObjectName(QStringLiteral("editStepButton"));
    m_removeStep = new QPushButton(tr("Delete"), steps);
    m_removeStep->setObjectName(QStringLiteral("removeStepButton"));
    connect(m_addStep, &QPushButton::clicked, this, &FollowUpPanel::addStep);
    connect(m_doneStep, &QPushButton::clicked, this, &FollowUpPanel::toggleDone);
    connect(m_editStep, &QPushButton::clicked, this,
            [this] { editStep(m_stepTable->currentRow()); });
    connect(m_removeStep, &QPushButton::clicked, this, &FollowUpPanel::removeStep);
    auto *stepButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addStep, m_doneStep, m_editStep, m_removeStep})
        stepButtons->addWidget(b);
    stepButtons->addStretch();
    stepsLayout->addWidget(m_stepTable);
    stepsLayout->addLayout(stepButtons);
    layout->addWidget(steps, 2);

    // The contacts and the workshops attended, the latest first.
    auto *history = new QGroupBox(tr("Contacts and workshops"), this);
    auto *historyLayout = new QVBoxLayout(history);
    m_history = new QListWidget(history);
    m_history->setObjectName(QStringLiteral("followUpHistory"));
    m_history->setWordWrap(true);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setAccessibleName(tr("Contacts and workshops"));
    m_history->setSpacing(2);
    connect(m_history, &QListWidget::itemDoubleClicked, this, &FollowUpPanel::editContact);
    connect(m_history, &QListWidget::itemSelectionChanged, this, &FollowUpPanel::updateButtons);
    m_addContact = new QPushButton(tr("Record a &contact…"), history);
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    m_editContact = new QPushButton(tr("Edit…"), history);
    m_editContact->setObjectName(QStringLiteral("editContactButton"));
    m_removeContact = new QPushButton(tr("Delete"), history);
    m_removeContact->setObjectName(QStringLiteral("removeContactButton"));
    connect(m_addContact, &QPushButton::clicked, this, &FollowUpPanel::addContact);
    connect(m_editContact, &QPushButton::clicked, this, &FollowUpPanel::editContact);
    connect(m_removeContact, &QPushButton::clicked, this, &FollowUpPanel::removeContact);
    auto *contactButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addContact, m_editContact, m_removeContact})
        contactButtons->addWidget(b);
    contactButtons->addStretch();
    historyLayout->addWidget(m_history);
    historyLayout->addLayout(contactButtons);
    layout->addWidget(history, 3);
    updateButtons();
}

void FollowUpPanel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_projectId = 0;
    if (workspace) {
        connect(workspace, &Workspace::followUpChanged, this, [this](qint64 projectId) {
            if (projectId == m_projectId)
                reload();
        });
    }
    reload();
}

void FollowUpPanel::setProject(qint64 projectId)
{
    m_projectId = projectId;
    reload();
}

void FollowUpPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void FollowUpPanel::reload()
{
    m_stepTable->setRowCount(0);
    m_history->clear();
    m_steps.clear();
    m_contacts.clear();
    if (!m_workspace || m_projectId <= 0) {
        m_summary->clear();
        updateButtons();
        return;
    }
    const QDate today = QDate::currentDate();
    m_steps = FollowUps::steps(*m_workspace, m_projectId).valueOr({});
    int open = 0;
    int due = 0;
    m_stepTable->setRowCount(int(m_steps.size()));
    for (int row = 0; row < m_steps.size(); ++row) {
        const FollowUps::Step &s = m_steps.at(row);
        const bool late = !s.done.isValid() && s.due.isValid() && s.due <= today;
        open += s.done.isValid() ? 0 : 1;
        due += late ? 1 : 0;
        const QStringList cells = {s.description, shown(s.due), s.assignee, shown(s.done)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (s.done.isValid())
                item->setForeground(QColor(0x5f, 0x5f, 0x5f));
            if (late) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setForeground(QColor(0xa4, 0x00, 0x0f));
            }
            m_stepTable->setItem(row, c, item);
        }
        if (late)
            m_stepTable->item(row, 1)->setToolTip(tr("Due: to follow up"));
    }
    m_stepTable->resizeRowsToContents();

    // Contacts and workshops, by date, the latest first.
    m_contacts = FollowUps::contacts(*m_workspace, m_projectId).valueOr({});
    const QList<FollowUps::Workshop> workshops =
        FollowUps::workshops(*m_workspace, m_projectId).valueOr({});
    struct Line
    {
        QDate date;
        QString text;
        int contact; // index in m_contacts, -1 for a workshop, -2 for a pitch run
    };
    QList<Line> lines;
    for (int i = 0; i < m_contacts.size(); ++i) {
        const FollowUps::Contact &c = m_contacts.at(i);
        QString head = tr("%1 — %2").arg(shown(c.date), FollowUps::label(c.kind));
        if (!c.facilitator.isEmpty())
            head += tr(", with %1").arg(c.facilitator);
        if (c.internal)
            head += tr(" (internal: stays on this computer)");
        lines << Line{c.date, c.notes.isEmpty() ? head : head + QLatin1Char('\n') + c.notes, i};
    }
    for (const FollowUps::Workshop &w : workshops) {
        QString text = tr("%1 — Workshop « %2 »").arg(shown(w.date), w.kind);
        if (!w.venue.isEmpty())
            text += tr(" at %1").arg(w.venue);
        if (!w.holders.isEmpty())
            text += QLatin1Char('\n') + tr("Present: %1").arg(w.holders.join(QStringLiteral(", ")));
        lines << Line{w.date, text, -1};
    }
    for (const PitchRuns::Run &r : PitchRuns::ofProject(*m_workspace, m_projectId).valueOr({})) {
        const QDate day = r.ranAt.toLocalTime().date();
        QString text = tr("%1 — Pitch rehearsed: %2 of the %3 given")
                           .arg(shown(day), PitchRuns::clock(r.seconds),
                                PitchRuns::clock(r.allottedSeconds));
        if (!r.remarks.isEmpty())
            text += QLatin1Char('\n') + tr("Remarks: %1").arg(r.remarks);
        lines << Line{day, text, -2};
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.date > b.date; });
    for (const Line &line : std::as_const(lines)) {
        auto *item = new QListWidgetItem(line.text, m_history);
        item->setData(Qt::UserRole, line.contact);
        if (line.contact == -1) {
            item->setForeground(QColor(0x1b, 0x4f, 0x72));
            item->setToolTip(tr("From the attendance: recorded at the workshop"));
        }
    }
    const FollowUps::Summary summary = FollowUps::summarise(m_contacts, workshops, m_steps);
    QStringList parts;
    parts << tr("%n contact(s)", nullptr, summary.contacts)
          << tr("%n workshop(s) attended", nullptr, summary.workshops)
          << tr("%n step(s) to do", nullptr, open);
    QString text = parts.join(QStringLiteral(" · "));
    if (summary.lastContact.isValid())
        text += QStringLiteral(" · ") + tr("last met on %1").arg(shown(summary.lastContact));
    if (due > 0)
        text += QStringLiteral(" · ") +
                tr("<b style=\"color:#a4000f\">%n step(s) due</b>", nullptr, due);
    m_summary->setText(text);
    updateButtons();
    emit summaryChanged(open, due);
}

void FollowUpPanel::updateButtons()
{
    const bool writable = m_workspace && m_projectId > 0 && !m_readOnly;
    const bool step = m_stepTable->currentRow() >= 0 && m_stepTable->currentRow() < m_steps.size();
    const QListWidgetItem *item = m_history->currentItem();
    const bool contact = item && item->data(Qt::UserRole).toInt() >= 0;
    m_addStep->setEnabled(writable);
    m_doneStep->setEnabled(writable && step);
    m_editStep->setEnabled(writable && step);
    m_removeStep->setEnabled(writable && step);
    m_addContact->setEnabled(writable);
    m_editContact->setEnabled(writable && contact);
    m_removeContact->setEnabled(writable && contact);
}

bool FollowUpPanel::editStepDialog(FollowUps::Step *step)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("stepDialog"));
    dialog.setWindowTitle(step->id > 0 ? tr("Next step") : tr("New next step"));
    auto *description = new QLineEdit(step->description, &dialog);
    description->setObjectName(QStringLiteral("stepDescription"));
    description->setMaxLength(FollowUps::kMaxText * 2);
    description->setMinimumWidth(360);
    auto *hasDue = new QCheckBox(tr("&Due on:"), &dialog);
    hasDue->setObjectName(QStringLiteral("stepHasDue"));
    hasDue->setChecked(step->due.isValid() || step->id == 0);
    auto *due = dateEdit(&dialog, step->due.isValid() ? step->due : QDate::currentDate().addDays(14),
                         QStringLiteral("stepDue"));
    due->setEnabled(hasDue->isChecked());
    connect(hasDue, &QCheckBox::toggled, due, &QWidget::setEnabled);
    auto *assignee = new QLineEdit(step->assignee, &dialog);
    assignee->setObjectName(QStringLiteral("stepAssignee"));
    assignee->setMaxLength(FollowUps::kMaxText);
    assignee->setPlaceholderText(tr("A holder, the facilitator, a partner…"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Step:"), description);
    form->addRow(hasDue, due);
    form->addRow(tr("&Who does it:"), assignee);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (description->text().simplified().isEmpty()) {
            MessageBox::warning(&dialog, dialog.windowTitle(),
                                tr("Say what the step is (« Ask the town hall for a room »…)."));
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    step->description = description->text();
    step->due = hasDue->isChecked() ? due->date() : QDate();
    step->assignee = assignee->text();
    return true;
}

bool FollowUpPanel::editContactDialog(FollowUps::Contact *contact)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("contactDialog"));
    dialog.setWindowTitle(contact->id > 0 ? tr("Contact") : tr("New contact"));
    auto *date = dateEdit(&dialog, contact->date, QStringLiteral("contactDate"));
    date->setMaximumDate(QDate::currentDate().addDays(1));
    auto *kind = new QComboBox(&dialog);
    kind->setObjectName(QStringLiteral("contactKind"));
    for (FollowUps::ContactKind k : FollowUps::contactKinds())
        kind->addItem(FollowUps::label(k), int(k));
    kind->setCurrentIndex(kind->findData(int(contact->kind)));
    auto *facilitator = new QLineEdit(contact->facilitator, &dialog);
    facilitator->setObjectName(QStringLiteral("contactFacilitator"));
    facilitator->setMaxLength(FollowUps::kMaxText);
    auto *notes = new QPlainTextEdit(contact->notes, &dialog);
    notes->setObjectName(QStringLiteral("contactNotes"));
    notes->setTabChangesFocus(true);
    notes->setMinimumWidth(360);
    auto *internal = new QCheckBox(tr("&Internal: these notes never leave this computer"),
                                   &dialog);
    internal->setObjectName(QStringLiteral("contactInternal"));
    internal->setChecked(contact->internal);
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Facilitator:"), facilitator);
    form->addRow(tr("&Notes:"), notes);
    form->addRow(QString(), internal);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (notes->toPlainText().size() > FollowUps::kMaxNotes) {
            MessageBox::warning(&dialog, dialog.windowTitle(),
                                tr("The notes are too long (%1 characters at most).")
                                    .arg(FollowUps::kMaxNotes));
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    contact->date = date->date();
    contact->kind = FollowUps::ContactKind(kind->currentData().toInt());
    contact->facilitator = facilitator->text();
    contact->notes = notes->toPlainText();
    contact->internal = internal->isChecked();
    return true;
}

void FollowUpPanel::addStep()
{
    if (!m_addStep->isEnabled())
        return;
    FollowUps::Step step;
    step.projectId = m_projectId;
    if (!editStepDialog(&step))
        return;
    if (const auto saved = FollowUps::saveStep(*m_workspace, step); !saved)
        MessageBox::critical(this, tr("Next step"), saved.error());
}

void FollowUpPanel::editStep(int row)
{
    if (row < 0 || row >= m_steps.size() || !m_editStep->isEnabled())
        return;
    FollowUps::Step step = m_steps.at(row);
    if (!editStepDialog(&step))
        return;
    if (const auto saved = FollowUps::saveStep(*m_workspace, step); !saved)
        MessageBox::critical(this, tr("Next step"), saved.error());
}

void FollowUpPanel::toggleDone()
{
    const int row = m_stepTable->currentRow();
    if (row < 0 || row >= m_steps.size() || !m_doneStep->isEnabled())
        return;
    const FollowUps::Step &step = m_steps.at(row);
    if (const auto done = FollowUps::setStepDone(*m_workspace, step.id,
                                                 step.done.isValid() ? QDate()
                                                                     : QDate::currentDate());
        !done)
        MessageBox::critical(this, tr("Next step"), done.error());
}

void FollowUpPanel::removeStep()
{
    const int row = m_stepTable->currentRow();
    if (row < 0 || row >= m_steps.size() || !m_removeStep->isEnabled())
        return;
    const Result<qint64> entry =
        Deletions::deleteFollowUpRecord(*m_workspace, QStringLiteral("next_step"), m_steps.at(row).id);
    if (!entry)
        MessageBox::critical(this, tr("Next step"), entry.error());
}

void FollowUpPanel::addContact()
{
    if (!m_addContact->isEnabled())
        return;
    FollowUps::Contact contact;
    contact.projectId = m_projectId;
    contact.date = QDate::currentDate();
    if (!editContactDialog(&contact))
        return;
    if (const auto saved = FollowUps::saveContact(*m_workspace, contact); !saved)
        MessageBox::critical(this, tr("Contact"), saved.error());
}

void FollowUpPanel::editContact()
{
    const QListWidgetItem *item = m_history->currentItem();
    const int index = item ? item->data(Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_contacts.size() || !m_editContact->isEnabled())
        return;
    FollowUps::Contact contact = m_contacts.at(index);
    if (!editContactDialog(&contact))
        return;
    if (const auto saved = FollowUps::saveContact(*m_workspace, contact); !saved)
        MessageBox::critical(this, tr("Contact"), saved.error());
}

void FollowUpPanel::removeContact()
{
    const QListWidgetItem *item = m_history->currentItem();
    const int index = item ? item->data(Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_contacts.size() || !m_removeContact->isEnabled())
        return;
    const Result<qint64> entry = Deletions::deleteFollowUpRecord(
        *m_workspace, QStringLiteral("follow_up"), m_contacts.at(index).id);
    if (!entry)
        MessageBox::critical(this, tr("Contact"), entry.error());
}
