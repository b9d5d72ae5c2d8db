#include "DirectoryImportDialog.h"

#include "dialogs/MessageBox.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

DirectoryImportDialog::DirectoryImportDialog(Workspace *workspace,
                                             DirectoryImport::Preview preview,
                                             const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_preview(std::move(preview))
{
    setObjectName(QStringLiteral("directoryImportDialog"));
    setWindowTitle(tr("Import partners and financers"));
    auto *intro = new QLabel(tr("“%1”: %2, separated by « %3 ». Check what each column holds.")
                                 .arg(fileName, CsvReader::label(m_preview.csv.encoding),
                                      QString(m_preview.csv.separator)),
                             this);
    intro->setWordWrap(true);
    m_mapping = new QTableWidget(int(m_preview.headers.size()), 2, this);
    m_mapping->setObjectName(QStringLiteral("directoryMapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Column of the file"), tr("Holds")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_mapping->setAccessibleName(tr("Columns of the file"));
    for (int c = 0; c < m_preview.headers.size(); ++c) {
        auto *title = new QTableWidgetItem(m_preview.headers.at(c));
        title->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(c, 0, title);
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("mapping%1").arg(c));
        for (DirectoryImport::Field f : DirectoryImport::fields())
            combo->addItem(DirectoryImport::label(f), int(f));
        combo->setCurrentIndex(combo->findData(int(m_preview.mapping.at(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
            m_preview.mapping[c] = DirectoryImport::Field(combo->currentData().toInt());
            refresh();
        });
        m_mapping->setCellWidget(c, 1, combo);
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("directoryImportSummary"));
    m_summary->setWordWrap(true);
    m_lines = new QListWidget(this);
    m_lines->setObjectName(QStringLiteral("directoryImportLines"));
    m_lines->setWordWrap(true);
    m_lines->setAccessibleName(tr("What each line becomes"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importDirectoryButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DirectoryImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_mapping, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_lines, 2);
    layout->addWidget(buttons);
    resize(640, 560);
    refresh();
}

void DirectoryImportDialog::refresh()
{
    DirectoryImport::prepare(*m_workspace, &m_preview);
    m_summary->setText(tr("%n partner(s) to add", nullptr, m_preview.good - m_preview.updates) +
                       QStringLiteral(", ") +
                       tr("%n already known, to update", nullptr, m_preview.updates) +
                       QStringLiteral(", ") + tr("%n line(s) refused", nullptr, m_preview.bad) +
                       QLatin1Char('.'));
    m_lines->clear();
    for (const DirectoryImport::Row &row : std::as_const(m_preview.rows)) {
        QString text;
        if (!row.problem.isEmpty())
            text = tr("Line %1: refused — %2").arg(row.line).arg(row.problem);
        else
            text = tr("Line %1: %2 — %3")
                       .arg(row.line)
                       .arg(row.organisation.name,
                            row.existingId > 0 ? tr("already known, updated")
                                               : Organisations::label(row.organisation.directoryKind));
        if (!row.warnings.isEmpty())
            text += QStringLiteral(" (") + row.warnings.join(QStringLiteral("; ")) +
                    QLatin1Char(')');
        auto *item = new QListWidgetItem(text, m_lines);
        if (!row.problem.isEmpty())
            item->setForeground(QColor(0xa4, 0x00, 0x0f));
    }
    m_import->setEnabled(m_preview.good > 0 && !m_workspace->isReadOnly());
}

void DirectoryImportDialog::accept()
{
    const Result<DirectoryImport::Report> report = DirectoryImport::apply(*m_workspace, m_preview);
    if (!report) {
        MessageBox::critical(this, windowTitle(),
                             tr("Nothing was imported: %1").arg(report.error()));
        return;
    }
    m_report = *report;
    QDialog::accept();
}
