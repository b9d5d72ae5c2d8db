#pragma once

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class Workspace;

// The pitch rehearsed, for the porteur in front of the group: the project's hook phrase and pitch
// alone, in large print, with a countdown from the time its edition gives (three minutes unless
// set otherwise). Space starts and pauses, R starts again, Enter ends the run; time's up is shown
// (the clock turns red and counts on), never heard. At the end the group's remarks are typed and
// the run is kept on the project (with the live workshop, when one runs), or dropped.
class PitchRehearsal final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PitchRehearsal)

public:
    PitchRehearsal(Workspace *workspace, qint64 projectId, qint64 workshopId,
                   QWidget *parent = nullptr);

    int allottedSeconds() const { return m_allotted; }
    int elapsedSeconds() const;
    bool running() const { return m_running; }
    // The id of the run kept (0 when none was).
    qint64 savedRun() const { return m_saved; }
    // Moves the clock on, as if that many seconds had passed (tests).
    void advanceForTest(int seconds);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void toggle();
    void restart();
    void finish();
    void keep();
    void refreshClock();

    Workspace *m_workspace;
    qint64 m_projectId;
    qint64 m_workshopId;
    int m_allotted;
    bool m_running = false;
    qint64 m_accumulatedMs = 0;
    QElapsedTimer m_clock;
    qint64 m_saved = 0;
    QTimer *m_tick = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_result = nullptr;
    QPlainTextEdit *m_remarks = nullptr;
};
