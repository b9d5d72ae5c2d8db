#include "LiveWorkshopPanel.h"

#include "dialogs/MessageBox.h"
#include "projects/ProjectRecord.h"
#include "storage/Workspace.h"
#include "workshops/Attendance.h"
#include "workshops/ParticipantListModel.h"
#include "workshops/Workshops.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

LiveWorkshopPanel::LiveWorkshopPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ParticipantListModel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("liveWorkshopPanel"));
    setMinimumWidth(280);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &LiveWorkshopPanel::tick);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("liveTitleLabel"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("liveParticipantView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->hideColumn(ParticipantListModel::ProjectColumn);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ParticipantListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(tr("Participants of the workshop"));

    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("liveCurrentLabel"));
    m_current->setWordWrap(true);
    m_clockLabel = new QLabel(QStringLiteral("00:00"), this);
    m_clockLabel->setObjectName(QStringLiteral("liveClockLabel"));
    m_clockLabel->setAlignment(Qt::AlignCenter);
    QFont clockFont = m_clockLabel->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 2.2);
    clockFont.setBold(true);
    m_clockLabel->setFont(clockFont);
    m_clockLabel->setAccessibleName(tr("Time spent with this porteur"));

    m_presenceAction = new QAction(tr("Mark &present"), this);
    m_presenceAction->setObjectName(QStringLiteral("livePresenceAction"));
    m_presenceAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_timerAction = new QAction(tr("Start the &timer"), this);
    m_timerAction->setObjectName(QStringLiteral("liveTimerAction"));
    m_timerAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_finishAction = new QAction(tr("&End the workshop"), this);
    m_finishAction->setObjectName(QStringLiteral("liveFinishAction"));
    connect(m_presenceAction, &QAction::triggered, this, &LiveWorkshopPanel::togglePresence);
    connect(m_timerAction, &QAction::triggered, this, &LiveWorkshopPanel::toggleTimer);
    connect(m_finishAction, &QAction::triggered, this, &LiveWorkshopPanel::finishRequested);
    addAction(m_presenceAction);
    addAction(m_timerAction);
    for (int n = 1; n <= 9; ++n) {
        auto *a = new QAction(tr("Porteur %1").arg(n), this);
        a->setObjectName(QStringLiteral("liveSwitch%1Action").arg(n));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this, n] { selectParticipant(n - 1); });
        addAction(a);
        m_switchActions << a;
    }

    m_presenceButton = new QPushButton(this);
    m_presenceButton->setObjectName(QStringLiteral("livePresenceButton"));
    connect(m_presenceButton, &QPushButton::clicked, m_presenceAction, &QAction::trigger);
    m_timerButton = new QPushButton(this);
    m_timerButton->setObjectName(QStringLiteral("liveTimerButton"));
    connect(m_timerButton, &QPushButton::clicked, m_timerAction, &QAction::trigger);
    auto *finish = new QPushButton(m_finishAction->text(), this);
    finish->setObjectName(QStringLiteral("liveFinishButton"));
    connect(finish, &QPushButton::clicked, m_finishAction, &QAction::trigger);
    auto *keys = new QLabel(tr("Ctrl+1…9: switch porteur · F7: present · F8: timer · "
                               "F11: presentation"),
                            this);
    keys->setWordWrap(true);
    keys->setStyleSheet(QStringLiteral("color: #555;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_current);
    layout->addWidget(m_clockLabel);
    layout->addWidget(m_timerButton);
    layout->addWidget(m_presenceButton);
    layout->addWidget(keys);
    layout->addWidget(finish);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { rowChanged(current.row()); });
    updateLabels();
}

LiveWorkshopPanel::~LiveWorkshopPanel() = default;

QList<QAction *> LiveWorkshopPanel::liveActions() const
{
    return {m_presenceAction, m_timerAction, m_finishAction};
}

void LiveWorkshopPanel::setWorkspace(Workspace *workspace)
{
    if (workspace != m_workspace)
        stop();
    m_workspace = workspace;
    m_model->setWorkspace(workspace);
}

bool LiveWorkshopPanel::start(qint64 workshopId, QString *error)
{
    stop();
    const std::optional<Workshops::Workshop> w =
        m_workspace ? Workshops::workshop(*m_workspace, workshopId) : std::nullopt;
    if (!w) {
        *error = tr("This workshop no longer exists.");
        return false;
    }
    m_model->setWorkshop(workshopId);
    if (m_model->rowCount() == 0) {
        *error = tr("Nobody is registered for this workshop yet: register the participants "
                    "first (Workshop › Register a holder, or import a registration list).");
        m_model->setWorkshop(0);
        return false;
    }
    m_workshopId = workshopId;
    m_title->setText(tr("Workshop in progress\n%1").arg(Workshops::title(*w)));
    return selectParticipant(0);
}

void LiveWorkshopPanel::stop()
{
    commitTime();
    m_tick->stop();
    m_timedId = 0;
    m_workshopId = 0;
    if (m_workspace)
        m_model->setWorkshop(0);
    updateLabels();
}

bool LiveWorkshopPanel::selectParticipant(int row)
{
    if (!isRunning() || row < 0 || row >= m_model->rowCount())
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

int LiveWorkshopPanel::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void LiveWorkshopPanel::rowChanged(int row)
{
    if (!isRunning() || row < 0 || m_selecting)
        return;
    const bool timing = isTimerRunning();
    commitTime();
    const Attendance::Participant p = m_model->participant(row);
    qint64 project = p.projectId;
    if (project <= 0) {
        // Came without a project: theirs starts now, at this comptoir, in this edition.
        const auto started = Attendance::startProject(*m_workspace, p.attendanceId);
        if (!started) {
            MessageBox::critical(this, tr("Workshop in progress"), started.error());
            return;
        }
        project = *started;
        m_selecting = true;
        m_model->refresh(p.attendanceId);
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_selecting = false;
        emit message(tr("A project was started for %1.").arg(p.name));
    }
    if (timing) {
        m_timedId = p.attendanceId;
        m_clock.start();
    }
    updateLabels();
    emit projectChosen(project);
}

void LiveWorkshopPanel::togglePresence()
{
    const int row = currentRow();
    if (!isRunning() || row < 0)
        return;
    // A copy: refreshing the model below replaces its rows.
    const Attendance::Participant p = m_model->participant(row);
    const Attendance::Status next = p.status == Attendance::Status::Present
                                        ? Attendance::Status::Registered
                                        : Attendance::Status::Present;
    QString error;
    if (!Attendance::setStatus(*m_workspace, p.attendanceId, next, QDate::currentDate(), &error)) {
        MessageBox::warning(this, tr("Presence"), error);
        return;
    }
    m_selecting = true;
    m_model->refresh(p.attendanceId);
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_selecting = false;
    updateLabels();
}

void LiveWorkshopPanel::toggleTimer()
{
    const int row = currentRow();
    if (!isRunning() || row < 0)
        return;
    if (isTimerRunning()) {
        commitTime();
        m_timedId = 0;
        m_tick->stop();
    } else {
        m_timedId = m_model->participant(row).attendanceId;
        m_clock.start();
        m_tick->start();
    }
    updateLabels();
}

int LiveWorkshopPanel::currentSeconds() const
{
    const int row = currentRow();
    if (row < 0)
        return 0;
    const Attendance::Participant &p = m_model->participant(row);
    const int running = p.attendanceId == m_timedId ? int(m_clock.elapsed() / 1000) : 0;
    return p.secondsSpent + running;
}

void LiveWorkshopPanel::commitTime()
{
    if (m_timedId <= 0 || !m_workspace)
        return;
    const int seconds = int((m_clock.elapsed() + 500) / 1000);
    QString error;
    if (seconds > 0 && !Attendance::addSeconds(*m_workspace, m_timedId, seconds, &error))
        emit message(error);
    m_clock.restart();
    m_model->setRunningExtra(0, 0);
    const qint64 id = m_timedId;
    m_selecting = true;
    const int row = currentRow();
    m_model->refresh(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    m_selecting = false;
}

void LiveWorkshopPanel::tick()
{
    if (m_timedId > 0)
        m_model->setRunningExtra(m_timedId, int(m_clock.elapsed() / 1000));
    updateLabels();
}

void LiveWorkshopPanel::updateLabels()
{
    const int row = currentRow();
    const bool has = isRunning() && row >= 0;
    m_presenceAction->setEnabled(has);
    m_timerAction->setEnabled(has);
    m_finishAction->setEnabled(isRunning());
    for (int i = 0; i < m_switchActions.size(); ++i)
        m_switchActions.at(i)->setEnabled(isRunning() && i < m_model->rowCount());
    if (!has) {
        m_current->clear();
        m_clockLabel->setText(ParticipantListModel::duration(0));
        m_presenceButton->setText(tr("Mark present (F7)"));
        m_timerButton->setText(tr("Start the timer (F8)"));
        m_timerButton->setIcon(QIcon(QStringLiteral(":/icons/timer-start.svg")));
        return;
    }
    const Attendance::Participant &p = m_model->participant(row);
    m_current->setText(tr("<b>%1</b><br>%2 · %3")
                           .arg(p.name.toHtmlEscaped(),
                                (p.projectTitle.isEmpty() ? tr("Untitled project") : p.projectTitle)
                                    .toHtmlEscaped(),
                                Attendance::label(p.status)));
    m_clockLabel->setText(ParticipantListModel::duration(currentSeconds()));
    const bool present = p.status == Attendance::Status::Present;
    m_presenceButton->setText(present ? tr("Present ✓ — undo (F7)") : tr("Mark present (F7)"));
    m_presenceAction->setText(present ? tr("Mark as not arrived") : tr("Mark &present"));
    // Icons shipped with Comptoir: a pause sign is missing from many fonts.
    m_timerButton->setText(isTimerRunning() ? tr("Pause the timer (F8)")
                                            : tr("Start the timer (F8)"));
    m_timerButton->setIcon(QIcon(isTimerRunning() ? QStringLiteral(":/icons/timer-pause.svg")
                                                  : QStringLiteral(":/icons/timer-start.svg")));
    m_timerAction->setText(isTimerRunning() ? tr("Pause the &timer") : tr("Start the &timer"));
}
