#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class TrashListModel;
class Workspace;

// Fichier › Corbeille… : what was deleted (projects, workshops, holders), when and by which
// workspace; restored as it was, deleted for good, or all of it with « Vider la corbeille ».
class TrashDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrashDialog)

public:
    explicit TrashDialog(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Whether anything was restored or deleted for good while the dialog was open.
    bool changedTrash() const { return m_changed; }

private:
    QList<qint64> chosenEntries() const;
    void restoreChosen();
    void purgeChosen();
    void emptyTrash();
    void reload();

    Workspace *m_workspace;
    TrashListModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_restore;
    QPushButton *m_purge;
    QPushButton *m_empty;
    bool m_changed = false;
};
