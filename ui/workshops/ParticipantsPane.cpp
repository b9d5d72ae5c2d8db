#include "ParticipantsPane.h"

#include "dialogs/MessageBox.h"
#include "HolderDialog.h"
#include "HolderPickerDialog.h"
#include "projects/ProjectRecord.h"
#include "storage/Workspace.h"
#include "workshops/Attendance.h"
#include "workshops/Holders.h"
#include "workshops/ParticipantListModel.h"
#include "widgets/FlowLayout.h"
#include "workshops/Workshops.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ParticipantsPane::ParticipantsPane(QWidget *parent)
    : QWidget(parent)
    , m_participants(new ParticipantListModel(this))
{
    setObjectName(QStringLiteral("participantsPane"));
    const auto action = [this](const QString &name, const QString &text,
                               const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        return a;
    };
    m_addParticipant = action(QStringLiteral("addParticipantAction"), tr("&Register a holder…"),
                              QKeySequence(Qt::CTRL | Qt::Key_R));
    m_removeParticipant =
        action(QStringLiteral("removeParticipantAction"), tr("Remove from the &list"));
    m_editHolder = action(QStringLiteral("editHolderAction"), tr("Holder's &details…"));
    m_chooseProject = action(QStringLiteral("chooseProjectAction"), tr("Pro&ject…"));
    for (Attendance::Status status : Attendance::statuses()) {
        static const QHash<int, Qt::Key> keys = {{int(Attendance::Status::Registered), Qt::Key_I},
                                                 {int(Attendance::Status::Present), Qt::Key_P},
                                                 {int(Attendance::Status::Absent), Qt::Key_A},
                                                 {int(Attendance::Status::Excused), Qt::Key_E}};
        auto *a =
            action(QStringLiteral("status_") + Attendance::code(status), Attendance::label(status));
        a->setToolTip(
            tr("%1 (key %2)")
                .arg(Attendance::label(status),
                     QKeySequence(keys.value(int(status))).toString(QKeySequence::NativeText)));
        a->setData(int(status));
        connect(a, &QAction::triggered, this, [this, status] { setStatus(int(status)); });
        m_statusActions << a;
    }
    connect(m_addParticipant, &QAction::triggered, this, &ParticipantsPane::addParticipant);
    connect(m_removeParticipant, &QAction::triggered, this, &ParticipantsPane::removeParticipant);
    connect(m_editHolder, &QAction::triggered, this, &ParticipantsPane::editHolder);
    connect(m_chooseProject, &QAction::triggered, this, &ParticipantsPane::chooseProject);

    // The selected workshop and its participants.
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("workshopTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("workshopDetailsLabel"));
    m_details->setWordWrap(true);
    m_participantView = new QTableView(this);
    m_participantView->setObjectName(QStringLiteral("participantView"));
    m_participantView->setModel(m_participants);
    m_participantView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participantView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participantView->verticalHeader()->hide();
    m_participantView->setWordWrap(false);
    m_participantView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_participantView->horizontalHeader()->setSectionResizeMode(ParticipantListModel::ProjectColumn,
                                                                QHeaderView::Stretch);
    m_participantView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_participantView->setAccessibleName(tr("Participants"));
    m_participantView->installEventFilter(this);
    m_participantView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_participantView->addActions({m_editHolder, m_chooseProject});
    m_participantView->addActions(m_statusActions);
    m_participantView->addAction(m_removeParticipant);
    connect(m_participantView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 project = index.data(ParticipantListModel::ProjectIdRole).toLongLong();
        if (project > 0)
            emit projectActivated(project);
        else
            chooseProject();
    });
    // Every action in sight, on two lines when the pane is narrow.
    QList<QAction *> barActions{m_addParticipant, m_editHolder, m_chooseProject, nullptr};
    barActions << m_statusActions << nullptr << m_removeParticipant;
    QWidget *participantButtons = FlowLayout::actionBar(barActions, this);
    participantButtons->setObjectName(QStringLiteral("participantToolBar"));
    auto *keys = new QLabel(tr("Keys in the list: P present, A absent, E excused, I registered; "
                               "Enter opens the project."),
                            this);
    keys->setStyleSheet(QStringLiteral("color: #555;"));
    keys->setWordWrap(true);

    auto *rightLayout = new QVBoxLayout(this);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_participantView, 1);
    rightLayout->addWidget(participantButtons);
    rightLayout->addWidget(keys);

    connect(m_participantView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ParticipantsPane::updateActions);
    connect(m_participants, &QAbstractItemModel::modelReset, this,
            &ParticipantsPane::updateActions);
    updateActions();
}

void ParticipantsPane::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_workshopId = 0;
    m_participants->setWorkspace(workspace);
    showWorkshop(0);
}

void ParticipantsPane::showWorkshop(qint64 id)
{
    m_workshopId = id;
    if (m_participants->workshopId() != id)
        m_participants->setWorkshop(id);
    else
        m_participants->reload();
    const std::optional<Workshops::Workshop> w =
        m_workspace && id > 0 ? Workshops::workshop(*m_workspace, id) : std::nullopt;
    if (!w) {
        m_title->setText(m_workspace ? tr("No workshop yet: create one with “New workshop”.")
                                     : QString());
        m_details->clear();
    } else {
        m_title->setText(tr("%1 — %2").arg(
            w->venueName.isEmpty() ? tr("No comptoir") : w->venueName, Workshops::label(w->kind)));
        const Attendance::Counts counts = Attendance::counts(*m_workspace, id);
        QStringList lines = {Workshops::when(*w)};
        if (!w->facilitator.isEmpty())
            lines << tr("Facilitated by %1").arg(w->facilitator);
        // Each count with its own plural: "1 inscrit pour 12 places, 0 présent".
        const QString registered = tr("%n registered", nullptr, counts.registered);
        const QString present = tr("%n present", nullptr, counts.present);
        lines << (w->capacity > 0 ? tr("%1 for %2, %3")
                                        .arg(registered,
                                             tr("%n place(s)", nullptr, w->capacity), present)
                                  : tr("%1, %2").arg(registered, present));
        m_details->setText(lines.join(QLatin1Char('\n')));
    }
    if (m_participants->rowCount() > 0 && !m_participantView->currentIndex().isValid())
        m_participantView->setCurrentIndex(m_participants->index(0, 0));
    updateActions();
}

void ParticipantsPane::selectParticipant(qint64 attendanceId)
{
    const int row = m_participants->rowOf(attendanceId);
    if (row >= 0)
        m_participantView->setCurrentIndex(m_participants->index(row, 0));
}

void ParticipantsPane::updateActions()
{
    const bool workshop = m_workspace && !m_workspace->isReadOnly() && m_workshopId > 0;
    const bool participant = workshop && currentAttendanceId() > 0;
    m_addParticipant->setEnabled(workshop);
    for (QAction *a : {m_removeParticipant, m_editHolder, m_chooseProject})
        a->setEnabled(participant);
    for (QAction *a : std::as_const(m_statusActions))
        a->setEnabled(participant);
}

// A registration, a presence or a project changed: the workshop's counts (the page's list) and
// this list are read again, the participant given made current.
void ParticipantsPane::changed(qint64 attendanceId)
{
    emit participantsChanged(m_workshopId);
    showWorkshop(m_workshopId);
    selectParticipant(attendanceId);
}

bool ParticipantsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_participantView && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier & ~Qt::ShiftModifier)
            return QWidget::eventFilter(watched, event);
        const QHash<int, Attendance::Status> keys = {{Qt::Key_P, Attendance::Status::Present},
                                                     {Qt::Key_A, Attendance::Status::Absent},
                                                     {Qt::Key_E, Attendance::Status::Excused},
                                                     {Qt::Key_I, Attendance::Status::Registered}};
        if (keys.contains(key->key())) {
            setStatus(int(keys.value(key->key())));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit m_participantView->doubleClicked(m_participantView->currentIndex());
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeParticipant();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ParticipantsPane::addParticipant()
{
    const qint64 workshop = m_workshopId;
    if (!m_workspace || workshop <= 0)
        return;
    HolderPickerDialog picker(m_workspace, this);
    if (picker.exec() != QDialog::Accepted || picker.holderId() <= 0)
        return;
    // The holder's project when they have one (their latest).
    const QList<Holders::Project> projects = Holders::projects(*m_workspace, picker.holderId());
    const qint64 project = projects.isEmpty() ? 0 : projects.first().id;
    QString error;
    Attendance::Capacity capacity = Attendance::Capacity::Enforce;
    const auto w = Workshops::workshop(*m_workspace, workshop);
    if (w && w->capacity > 0 &&
        Attendance::counts(*m_workspace, workshop).registered >= w->capacity) {
        // Full: the facilitator decides.
        if (MessageBox::question(this, tr("Register a holder"),
                                 tr("The workshop is full (%n place(s)). Register them all the "
                                    "same?",
                                    nullptr, w->capacity)) != QMessageBox::Yes)
            return;
        capacity = Attendance::Capacity::Exceed;
    }
    const qint64 id = Attendance::registerHolder(*m_workspace, workshop, picker.holderId(), project,
                                                 capacity, &error);
    if (id < 0) {
        MessageBox::warning(this, tr("Register a holder"), error);
        return;
    }
    changed(id);
    m_participantView->setFocus();
}

void ParticipantsPane::removeParticipant()
{
    const qint64 id = currentAttendanceId();
    if (!m_workspace || id <= 0)
        return;
    const int row = m_participants->rowOf(id);
    if (MessageBox::question(this, tr("Remove from the list"),
                             tr("Remove %1 from this workshop's list?")
                                 .arg(m_participants->participant(row).name)) != QMessageBox::Yes)
        return;
    QString error;
    if (!Attendance::unregister(*m_workspace, id, &error)) {
        MessageBox::critical(this, tr("Remove from the list"), error);
        return;
    }
    changed(0);
}

void ParticipantsPane::editHolder()
{
    const QModelIndex index = m_participantView->currentIndex();
    if (!m_workspace || !index.isValid())
        return;
    HolderDialog dialog(m_workspace, index.data(ParticipantListModel::HolderIdRole).toLongLong(),
                        this);
    dialog.exec();
    emit holderEdited();
}

void ParticipantsPane::chooseProject()
{
    const QModelIndex index = m_participantView->currentIndex();
    if (!m_workspace || !index.isValid())
        return;
    const Attendance::Participant p = m_participants->participant(index.row()); // reload() below
    QStringList titles;
    QList<qint64> ids;
    for (const Holders::Project &project : Holders::projects(*m_workspace, p.holderId)) {
        ids << project.id;
        titles << (project.title.isEmpty() ? tr("Untitled project") : project.title);
    }
    titles << tr("A new project");
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Project"), tr("The project %1 works on at this workshop:").arg(p.name), titles,
        qMax(0, int(ids.indexOf(p.projectId))), false, &ok);
    if (!ok)
        return;
    const int choice = int(titles.indexOf(chosen));
    QString error;
    const qint64 project = choice >= 0 && choice < ids.size() ? ids.at(choice) : 0;
    bool done = true;
    if (project > 0) {
        done = Attendance::setProject(*m_workspace, p.attendanceId, project, &error);
    } else if (const auto started = Attendance::startProject(*m_workspace, p.attendanceId);
               !started) {
        done = false;
        error = started.error();
    }
    if (!done) {
        MessageBox::critical(this, tr("Project"), error);
        return;
    }
    changed(p.attendanceId);
}

void ParticipantsPane::setStatus(int status)
{
    const qint64 id = currentAttendanceId();
    if (!m_workspace || id <= 0)
        return;
    QString error;
    if (!Attendance::setStatus(*m_workspace, id, Attendance::Status(status), QDate::currentDate(),
                               &error)) {
        MessageBox::warning(this, tr("Presence"), error);
        return;
    }
    // A presence changes one project's eligibility, not the list of projects: the model says
    // that one project changed, and one row is read again, not 100,000.
    changed(id);
}

qint64 ParticipantsPane::currentAttendanceId() const
{
    const QModelIndex index = m_participantView->currentIndex();
    return index.isValid() ? index.data(ParticipantListModel::AttendanceIdRole).toLongLong() : 0;
}
