#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class Workspace;

// Fichier › À propos de cet espace… : the workspace's file, identity and signing key (its
// fingerprint, for a mission officer to compare), the name it signs its files with, and the
// workspaces whose files were accepted here (by key), one of which can be forgotten.
class WorkspaceInfoDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspaceInfoDialog(Workspace *workspace, QWidget *parent = nullptr);

    void accept() override;

private:
    void fillSigners();
    void forgetSigner();

    Workspace *m_workspace;
    QLineEdit *m_name = nullptr;
    QTreeWidget *m_signers = nullptr;
    QPushButton *m_forget = nullptr;
};
