#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class Workspace;

// Chooses the structure that carries a project among the workspace's organisations, found as
// typed (name, legal form, commune), or creates it (its editor opens with the name typed).
class OrganisationPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationPickerDialog)

public:
    OrganisationPickerDialog(Workspace *workspace, qint64 current, QWidget *parent = nullptr);

    qint64 chosen() const { return m_chosen; }
    void accept() override;

private:
    void fill(qint64 select);
    void filter(const QString &text);
    void create();

    Workspace *m_workspace;
    qint64 m_chosen = 0;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};
