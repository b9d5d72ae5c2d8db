#include "WorkshopDialog.h"

#include "projects/ProjectRecord.h"
#include "storage/Workspace.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

WorkshopDialog::WorkshopDialog(Workspace *workspace, qint64 workshopId, QWidget *parent,
                               qint64 defaultVenueId)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_workshopId(workshopId)
{
    setObjectName(QStringLiteral("workshopDialog"));
    setWindowTitle(workshopId > 0 ? tr("Workshop") : tr("New workshop"));

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("workshopDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd dd/MM/yyyy"));
    m_start = new QTimeEdit(this);
    m_start->setObjectName(QStringLiteral("workshopStart"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end = new QTimeEdit(this);
    m_end->setObjectName(QStringLiteral("workshopEnd"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    // Their row's label names the pair; each says which end it is.
    m_start->setAccessibleName(tr("Starts at"));
    m_end->setAccessibleName(tr("Ends at"));
    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_end);
    times->addStretch();

    m_venue = new QComboBox(this);
    m_venue->setObjectName(QStringLiteral("workshopVenue"));
    m_venue->addItem(tr("No comptoir"), qint64(0));
    for (const Venues::Venue &v : Venues::venues(*workspace)) {
        if (v.active || v.id == defaultVenueId)
            m_venue->addItem(v.name, v.id);
    }
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("workshopKind"));
    for (Workshops::Kind kind : Workshops::kinds())
        m_kind->addItem(Workshops::label(kind), int(kind));
    m_edition = new QComboBox(this);
    m_edition->setObjectName(QStringLiteral("workshopEdition"));
    m_edition->addItem(tr("No edition"), qint64(0));
    for (const ProjectRecord::Choice &e : ProjectRecord::editions(*workspace))
        m_edition->addItem(e.name, e.id);
    m_facilitator = new QLineEdit(this);
    m_facilitator->setObjectName(QStringLiteral("workshopFacilitator"));
    m_facilitator->setMaxLength(120);
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("workshopCapacity"));
    m_capacity->setRange(0, 1000);
    m_capacity->setSpecialValueText(tr("no limit"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("workshopNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Practical details, next steps agreed with the group…"));
    m_notes->setMaximumHeight(100);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    // A label before a row of fields takes the first as its buddy (its "&" is then a shortcut,
    // not a character shown).
    auto *hours = new QLabel(tr("&Hours:"), this);
    hours->setBuddy(m_start);
    form->addRow(hours, times);
    form->addRow(tr("&Comptoir:"), m_venue);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Edition:"), m_edition);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(tr("Ca&pacity:"), m_capacity);
    form->addRow(tr("&Notes:"), m_notes);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("workshopProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4000f;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    std::optional<Workshops::Workshop> workshop =
        workshopId > 0 ? Workshops::workshop(*workspace, workshopId) : std::nullopt;
    if (workshop) {
        m_date->setDate(workshop->start.date());
        m_start->setTime(workshop->start.time());
        m_end->setTime(workshop->end.isValid() ? workshop->end.time()
                                               : workshop->start.time().addSecs(3 * 3600));
        if (m_venue->findData(workshop->venueId) < 0 && workshop->venueId > 0)
            m_venue->addItem(workshop->venueName, workshop->venueId);
        m_venue->setCurrentIndex(qMax(0, m_venue->findData(workshop->venueId)));
        m_kind->setCurrentIndex(m_kind->findData(int(workshop->kind)));
        m_edition->setCurrentIndex(qMax(0, m_edition->findData(workshop->editionId)));
        m_facilitator->setText(workshop->facilitator);
        m_capacity->setValue(workshop->capacity);
        m_notes->setPlainText(workshop->notes);
    } else {
        m_date->setDate(QDate::currentDate());
        m_start->setTime(QTime(14, 0));
        m_end->setTime(QTime(17, 0));
        m_venue->setCurrentIndex(qMax(0, m_venue->findData(defaultVenueId)));
        m_edition->setCurrentIndex(m_edition->count() > 1 ? 1 : 0); // the newest
        m_capacity->setValue(12);
    }
    m_date->setFocus();
}

void WorkshopDialog::accept()
{
    Workshops::Workshop w;
    w.id = m_workshopId;
    w.start = QDateTime(m_date->date(), m_start->time());
    w.end = QDateTime(m_date->date(), m_end->time());
    w.venueId = m_venue->currentData().toLongLong();
    w.kind = Workshops::Kind(m_kind->currentData().toInt());
    w.editionId = m_edition->currentData().toLongLong();
    w.facilitator = m_facilitator->text();
    w.capacity = m_capacity->value();
    w.notes = m_notes->toPlainText();
    QString error;
    const qint64 id = Workshops::save(*m_workspace, w, &error);
    if (id <= 0) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    m_workshopId = id;
    QDialog::accept();
}
