#include "PitchRehearsal.h"

#include "dialogs/MessageBox.h"
#include "followup/PitchRuns.h"
#include "projects/ProjectAnswers.h"
#include "projects/ProjectDetails.h"
#include "storage/Workspace.h"

#include <QHBoxLayout>
#include <QJsonValue>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel *label(QWidget *parent, const QString &name, double scale, bool bold = false)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    QFont font = l->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    l->setFont(font);
    return l;
}

} // namespace

PitchRehearsal::PitchRehearsal(Workspace *workspace, qint64 projectId, qint64 workshopId,
                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_projectId(projectId)
    , m_workshopId(workshopId)
    , m_allotted(PitchRuns::allottedSeconds(*workspace, projectId))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("pitchRehearsal"));
    setWindowTitle(tr("Pitch rehearsal"));
    // Black on white, large: read from the back of the room.
    setStyleSheet(QStringLiteral("QDialog { background: white; } QLabel { color: black; }"));
    QString error;
    const auto details = ProjectDetails::load(*workspace, projectId, &error);
    const QString hook =
        ProjectAnswers::value(*workspace, projectId, QStringLiteral("pitch.accroche")).toString();
    const QString pitch =
        ProjectAnswers::value(*workspace, projectId, QStringLiteral("pitch.pitch")).toString();

    // The run: the pitch and the clock.
    auto *run = new QWidget(this);
    auto *title = label(run, QStringLiteral("pitchTitle"), 1.6, true);
    title->setText(details ? details->title : QString());
    auto *hookLabel = label(run, QStringLiteral("pitchHook"), 2.4, true);
    hookLabel->setText(hook.isEmpty() ? tr("(no hook phrase yet: section « Le pitch »)")
                                      : QStringLiteral("« %1 »").arg(hook.trimmed()));
    auto *pitchLabel = label(run, QStringLiteral("pitchText"), 1.7);
    pitchLabel->setText(pitch.trimmed());
    pitchLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea(run);
    scroll->setWidget(pitchLabel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_countdown = label(run, QStringLiteral("pitchCountdown"), 5, true);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setMinimumWidth(m_countdown->fontMetrics().horizontalAdvance(QStringLiteral("+00:00")) + 40);
    m_state = label(run, QStringLiteral("pitchState"), 1.2);
    m_state->setAlignment(Qt::AlignCenter);
    auto *keys = label(run, QStringLiteral("pitchKeys"), 1.0);
    keys->setText(tr("Space: start or pause · R: start again · Enter: end the run · Esc: leave "
                     "without keeping it"));
    keys->setStyleSheet(QStringLiteral("color: #444;"));
    auto *clock = new QVBoxLayout;
    clock->addStretch();
    clock->addWidget(m_countdown);
    clock->addWidget(m_state);
    clock->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(scroll, 3);
    body->addLayout(clock, 1);
    auto *runLayout = new QVBoxLayout(run);
    runLayout->setContentsMargins(32, 24, 32, 16);
    runLayout->addWidget(title);
    runLayout->addWidget(hookLabel);
    runLayout->addSpacing(12);
    runLayout->addLayout(body, 1);
    runLayout->addWidget(keys);

    // The end: how long it took and what the group said.
    auto *end = new QWidget(this);
    m_result = label(end, QStringLiteral("pitchResult"), 2, true);
    auto *remarksLabel = label(end, QString(), 1.3);
    remarksLabel->setText(tr("The group's &remarks:"));
    remarksLabel->setTextFormat(Qt::AutoText);
    m_remarks = new QPlainTextEdit(end);
    m_remarks->setObjectName(QStringLiteral("pitchRemarks"));
    QFont remarksFont = m_remarks->font();
    remarksFont.setPointSizeF(remarksFont.pointSizeF() * 1.3);
    m_remarks->setFont(remarksFont);
    m_remarks->setTabChangesFocus(true);
    remarksLabel->setBuddy(m_remarks);
    auto *keepButton = new QPushButton(tr("&Keep this run"), end);
    keepButton->setObjectName(QStringLiteral("keepPitchRunButton"));
    auto *dropButton = new QPushButton(tr("&Do not keep it"), end);
    dropButton->setObjectName(QStringLiteral("dropPitchRunButton"));
    auto *againButton = new QPushButton(tr("Run it &again"), end);
    againButton->setObjectName(QStringLiteral("againPitchRunButton"));
    connect(keepButton, &QPushButton::clicked, this, &PitchRehearsal::keep);
    connect(dropButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(againButton, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        restart();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(againButton);
    buttons->addWidget(dropButton);
    buttons->addWidget(keepButton);
    keepButton->setEnabled(!workspace->isReadOnly());
    auto *endLayout = new QVBoxLayout(end);
    endLayout->setContentsMargins(32, 24, 32, 24);
    endLayout->addWidget(m_result);
    endLayout->addWidget(remarksLabel);
    endLayout->addWidget(m_remarks, 1);
    endLayout->addLayout(buttons);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(run);
    m_pages->addWidget(end);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_tick->setInterval(200);
    connect(m_tick, &QTimer::timeout, this, &PitchRehearsal::refreshClock);
    refreshClock();
}

int PitchRehearsal::elapsedSeconds() const
{
    return int((m_accumulatedMs + (m_running ? m_clock.elapsed() : 0)) / 1000);
}

void PitchRehearsal::advanceForTest(int seconds)
{
    m_accumulatedMs += qint64(seconds) * 1000;
    refreshClock();
}

void PitchRehearsal::toggle()
{
    if (m_running) {
        m_accumulatedMs += m_clock.elapsed();
        m_running = false;
        m_tick->stop();
    } else {
        m_clock.start();
        m_running = true;
        m_tick->start();
    }
    refreshClock();
}

void PitchRehearsal::restart()
{
    m_accumulatedMs = 0;
    m_running = false;
    m_tick->stop();
    toggle();
}

void PitchRehearsal::finish()
{
    if (m_running)
        toggle();
    const int took = elapsedSeconds();
    m_result->setText(took <= m_allotted
                          ? tr("%1 of the %2 given").arg(PitchRuns::clock(took),
                                                          PitchRuns::clock(m_allotted))
                          : tr("%1 of the %2 given: %3 over")
                                .arg(PitchRuns::clock(took), PitchRuns::clock(m_allotted),
                                     PitchRuns::clock(took - m_allotted).mid(1)));
    m_pages->setCurrentIndex(1);
    m_remarks->setFocus();
}

void PitchRehearsal::keep()
{
    PitchRuns::Run run;
    run.projectId = m_projectId;
    run.workshopId = m_workshopId;
    run.ranAt = QDateTime::currentDateTimeUtc();
    run.seconds = elapsedSeconds();
    run.allottedSeconds = m_allotted;
    run.remarks = m_remarks->toPlainText();
    const Result<qint64> saved = PitchRuns::save(*m_workspace, run);
    if (!saved) {
        MessageBox::critical(this, windowTitle(), saved.error());
        return;
    }
    m_saved = *saved;
    accept();
}

void PitchRehearsal::refreshClock()
{
    const int left = m_allotted - elapsedSeconds();
    m_countdown->setText(left >= 0 ? PitchRuns::clock(left) : PitchRuns::clock(left));
    const bool over = left < 0;
    m_countdown->setStyleSheet(over ? QStringLiteral("color: white; background: #a4000f;")
                                    : QStringLiteral("color: black;"));
    m_state->setText(over        ? tr("Time's up")
                     : m_running ? tr("Running")
                     : elapsedSeconds() > 0 ? tr("Paused")
                                           : tr("Space to start"));
}

void PitchRehearsal::keyPressEvent(QKeyEvent *event)
{
    if (m_pages->currentIndex() == 0) {
        switch (event->key()) {
        case Qt::Key_Space:
            toggle();
            return;
        case Qt::Key_R:
            restart();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            finish();
            return;
        default:
            break;
        }
    }
    QDialog::keyPressEvent(event);
}
