#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class Workspace;
class Methodology;

// The communes a workspace names that are not communes of the Pas-de-Calais: written before
// Comptoir knew all 887 of them, misspelt, or truly elsewhere. One row each, with the project
// (or the comptoir) and the field; Enter or a double click opens the project at that field.
// Shown after an opening that brought an older workspace up to date, and from Projet ›
// Communes à vérifier.
class CommunesToCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunesToCheckDialog)

public:
    CommunesToCheckDialog(Workspace *workspace, const Methodology &methodology, QWidget *parent);
    ~CommunesToCheckDialog() override;

    // Reads the list again; the number of rows.
    int reload();
    int rowCount() const;

signals:
    void projectChosen(qint64 projectId, const QString &fieldKey);

private:
    void openCurrent();

    Workspace *m_workspace;
    const Methodology &m_methodology;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_open;
};
