#pragma once

#include "security/Keys.h"

#include <QDialog>

class QLabel;
class QLineEdit;

// Asks the passphrase of the Department's key, once per session: the key opened stays in
// KeySession until Comptoir quits (or « Verrouiller » in Fichier › Clé du Département…). A wrong
// passphrase is said under the field, which stays open for another try.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(DepartmentKey::Locked locked, const QString &why, QWidget *parent = nullptr);

    // The key opened: from this session, else asked; nullptr when the user gave up.
    static const DepartmentKey::Unlocked *unlock(QWidget *parent,
                                                 const DepartmentKey::Locked &locked,
                                                 const QString &why);

    const DepartmentKey::Unlocked *unlocked() const { return m_unlocked; }

    void accept() override;

private:
    DepartmentKey::Locked m_locked;
    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    const DepartmentKey::Unlocked *m_unlocked = nullptr;
};
