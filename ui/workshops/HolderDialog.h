#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class Workspace;

// One holder: who they are, how to reach them, what they consented to (each consent dated and
// with how it was given), their projects; and erasing their personal data on request.
class HolderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HolderDialog)

public:
    // holderId 0: a new holder.
    HolderDialog(Workspace *workspace, qint64 holderId, QWidget *parent = nullptr);

    qint64 holderId() const { return m_holderId; }
    void accept() override;

signals:
    // The holder's personal data was erased (the dialog then closes).
    void erased(qint64 holderId);

private:
    void eraseRequested();
    void updateKind();

    Workspace *m_workspace;
    qint64 m_holderId;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLabel *m_firstNameLabel = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLabel *m_lastNameLabel = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_commune = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_address = nullptr;
    QList<QCheckBox *> m_consents;
    QList<QLabel *> m_consentDates;
    QComboBox *m_method = nullptr;
    QListWidget *m_projects = nullptr;
    QPushButton *m_eraseButton = nullptr;
    QLabel *m_problem = nullptr;
};
