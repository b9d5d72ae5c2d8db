#pragma once

#include "organisations/DirectoryImport.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class Workspace;

// A list of partners and financers imported from a CSV: each column's meaning guessed from its
// title and changeable, what each line becomes said (added, updated, refused and why), then
// imported in one go, or not at all.
class DirectoryImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryImportDialog)

public:
    DirectoryImportDialog(Workspace *workspace, DirectoryImport::Preview preview,
                          const QString &fileName, QWidget *parent = nullptr);

    const DirectoryImport::Report &report() const { return m_report; }
    void accept() override;

private:
    void refresh();

    Workspace *m_workspace;
    DirectoryImport::Preview m_preview;
    DirectoryImport::Report m_report;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_lines = nullptr;
    QPushButton *m_import = nullptr;
};
