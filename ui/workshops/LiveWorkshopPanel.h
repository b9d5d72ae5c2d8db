#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class ParticipantListModel;
class Workspace;

// "Atelier en cours": the participants of the workshop being run, beside the project editor.
// Ctrl+1…9 or the list switch porteur (their project opens in the editor, created on the spot
// for those who came without one); F7 marks the current porteur present (again: back to
// registered); F8 starts and pauses the time spent with them. The timer follows the porteur on
// screen: moving on writes the time of the previous one.
class LiveWorkshopPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveWorkshopPanel)

public:
    explicit LiveWorkshopPanel(QWidget *parent = nullptr);
    ~LiveWorkshopPanel() override;

    void setWorkspace(Workspace *workspace);
    // Shows the workshop's participants and opens the first; false with error set when the
    // workshop cannot be run (it has no participant).
    bool start(qint64 workshopId, QString *error);
    // Writes the running time and leaves the workshop.
    void stop();
    qint64 workshopId() const { return m_workshopId; }
    bool isRunning() const { return m_workshopId > 0; }

    // Makes the nth participant (from 0) the current one and opens their project.
    bool selectParticipant(int row);
    int currentRow() const;
    void togglePresence();
    void toggleTimer();
    bool isTimerRunning() const { return m_timedId > 0; }
    // The time spent with the current participant, written and running, in seconds.
    int currentSeconds() const;

    ParticipantListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QList<QAction *> liveActions() const;

signals:
    void projectChosen(qint64 projectId);
    void finishRequested();
    void message(const QString &text);

private:
    void rowChanged(int row);
    void commitTime();
    void tick();
    void updateLabels();

    Workspace *m_workspace = nullptr;
    qint64 m_workshopId = 0;
    ParticipantListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_clockLabel = nullptr;
    QPushButton *m_presenceButton = nullptr;
    QPushButton *m_timerButton = nullptr;
    QAction *m_presenceAction = nullptr;
    QAction *m_timerAction = nullptr;
    QAction *m_finishAction = nullptr;
    QList<QAction *> m_switchActions;
    QTimer *m_tick = nullptr;
    QElapsedTimer m_clock;
    qint64 m_timedId = 0; // the attendance whose time runs
    bool m_selecting = false;
};
