#pragma once

#include "security/Keys.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class Workspace;

// Fichier › Clé du Département… : the key deposit files are sealed for. A facilitator imports
// its public half (the fingerprint shown to compare with the one the Department gave); a
// mission officer creates it here, its secret half locked by a passphrase and kept in the
// workspace or in a key file of its own, and hands out its public half as a file.
class DepartmentKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DepartmentKeyDialog(Workspace *workspace, QWidget *parent = nullptr);

private:
    void refresh();
    void importPublic();
    void createKey();
    void exportPublic();
    void toggleLock();
    void removeKey();

    Workspace *m_workspace;
    std::optional<DepartmentKey::Stored> m_stored;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_lock = nullptr;
    QPushButton *m_remove = nullptr;
};

// Creating the Department's key: its name, the passphrase twice, where its secret half goes.
class CreateKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CreateKeyDialog(const QString &folder, QWidget *parent = nullptr);

    QString label() const;
    QString passphrase() const;
    // Empty: in the workspace.
    QString keyFile() const;

    void accept() override;

private:
    void chooseFile();
    void check();

    QString m_folder;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_again = nullptr;
    QRadioButton *m_inWorkspace = nullptr;
    QRadioButton *m_inFile = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_path;
};
