#pragma once

#include "exchange/RegistrationImport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class Workspace;

// Importing a registration list: what was detected (encoding, separator), each column of the
// file and the field it fills (guessed from its title, changeable), every row with its problem
// or the holder it duplicates and what to do with it, and the workshop to register them for.
// Import writes the good rows in one transaction and reports what was done.
class RegistrationImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationImportDialog)

public:
    RegistrationImportDialog(Workspace *workspace, const QString &path,
                             RegistrationImport::Preview preview, qint64 workshopId,
                             QWidget *parent = nullptr);

    std::optional<RegistrationImport::Report> report() const { return m_report; }
    void accept() override;

private:
    void mappingChanged();
    void fillRows();

    Workspace *m_workspace;
    QString m_fileName;
    RegistrationImport::Preview m_preview;
    std::optional<RegistrationImport::Report> m_report;
    QTableWidget *m_mapping = nullptr;
    QTableWidget *m_rows = nullptr;
    QComboBox *m_workshop = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_importButton = nullptr;
};
