#pragma once

#include "exchange/BundleImport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class Workspace;

// Importing a .comptoir file: what the file brings, project by project (new, identical, older,
// newer, in conflict); for a project changed on both sides, its differing fields side by side
// (this workspace | the file) with the version to keep chosen field by field (the workspace's
// until someone picks the file's: nothing is overwritten silently). Import applies it all in one
// transaction, then the dialog turns into the report.
class BundleImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleImportDialog)

public:
    BundleImportDialog(Workspace *workspace, BundleImport::Plan plan, QWidget *parent = nullptr);

    const BundleImport::Plan &plan() const { return m_plan; }
    std::optional<BundleImport::Report> report() const { return m_report; }
    // Chooses a field of the project shown: the file's version (true) or this workspace's.
    void choose(int projectRow, int fieldRow, bool takeIncoming);

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // A project of the report was double-clicked (or Enter): open it.
    void projectActivated(qint64 projectId);
    void imported();

private:
    void showProject(int row);
    void fieldClicked(QTreeWidgetItem *item, int column);
    void chooseAll(bool takeIncoming);
    void updateChoices();
    void showReport();

    Workspace *m_workspace;
    BundleImport::Plan m_plan;
    std::optional<BundleImport::Report> m_report;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_signer = nullptr;
    QCheckBox *m_signerChecked = nullptr;
    QTableWidget *m_projects = nullptr;
    QLabel *m_conflictTitle = nullptr;
    QTreeWidget *m_fields = nullptr;
    QPushButton *m_keepAll = nullptr;
    QPushButton *m_takeAll = nullptr;
    QPushButton *m_importButton = nullptr;
    QLabel *m_reportText = nullptr;
    QTableWidget *m_reportProjects = nullptr;
    int m_shownProject = -1;
};
