#pragma once

#include "followup/FollowUps.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class Workspace;

// A project's follow-up after the comptoir, the editor's « Suivi » page: the next steps (due
// date, who, done), and the history of contacts with the workshops its holders attended (those
// come by themselves); a contact can be marked internal (it never leaves this computer). Steps and
// contacts are written as they are entered; removing one puts it in the trash.
class FollowUpPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpPanel)

public:
    explicit FollowUpPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setProject(qint64 projectId);
    void setReadOnly(bool readOnly);
    qint64 projectId() const { return m_projectId; }

    // The dialogs, for the window's shortcuts and for tests.
    void addContact();
    void addStep();

signals:
    // After the follow-up was read again: the open steps, and how many are due (the navigator).
    void summaryChanged(int openSteps, int due);

private:
    void reload();
    void editStep(int row);
    void toggleDone();
    void removeStep();
    void editContact();
    void removeContact();
    bool editContactDialog(FollowUps::Contact *contact);
    bool editStepDialog(FollowUps::Step *step);
    void updateButtons();

    Workspace *m_workspace = nullptr;
    qint64 m_projectId = 0;
    bool m_readOnly = false;
    QList<FollowUps::Step> m_steps;
    QList<FollowUps::Contact> m_contacts;
    QLabel *m_summary = nullptr;
    QTableWidget *m_stepTable = nullptr;
    QListWidget *m_history = nullptr;
    QPushButton *m_addStep = nullptr;
    QPushButton *m_doneStep = nullptr;
    QPushButton *m_editStep = nullptr;
    QPushButton *m_removeStep = nullptr;
    QPushButton *m_addContact = nullptr;
    QPushButton *m_editContact = nullptr;
    QPushButton *m_removeContact = nullptr;
};
