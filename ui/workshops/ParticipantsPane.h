#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class ParticipantListModel;
class Workspace;

// Beside the workshops list: the selected workshop's title and figures, and its participants
// with their presence and project. Registering a holder, marking presence (P, A, E, I), choosing
// or starting a participant's project, removing one from the list.
class ParticipantsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsPane)

public:
    explicit ParticipantsPane(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // Shows a workshop and its participants (0: none).
    void showWorkshop(qint64 workshopId);
    qint64 currentAttendanceId() const;
    void selectParticipant(qint64 attendanceId);
    QTableView *view() const { return m_participantView; }
    ParticipantListModel *model() const { return m_participants; }
    // "Register a holder…", also in the main window's "Atelier" menu.
    QAction *registerAction() const { return m_addParticipant; }
    void addParticipant();

signals:
    void projectActivated(qint64 projectId);
    // Registrations, presences or projects changed at this workshop (its counts too).
    void participantsChanged(qint64 workshopId);
    // A holder's details were edited.
    void holderEdited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void removeParticipant();
    void editHolder();
    void chooseProject();
    void setStatus(int status);
    void changed(qint64 attendanceId);

    Workspace *m_workspace = nullptr;
    qint64 m_workshopId = 0;
    ParticipantListModel *m_participants = nullptr;
    QTableView *m_participantView = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QAction *m_addParticipant = nullptr;
    QAction *m_removeParticipant = nullptr;
    QAction *m_editHolder = nullptr;
    QAction *m_chooseProject = nullptr;
    QList<QAction *> m_statusActions;
};
