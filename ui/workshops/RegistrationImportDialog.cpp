#include "RegistrationImportDialog.h"

#include "dialogs/MessageBox.h"
#include "storage/Workspace.h"
#include "workshops/Holders.h"
#include "workshops/Workshops.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum RowColumn
{
    LineColumn,
    NameColumn,
    CommuneColumn,
    EmailColumn,
    ProjectColumn,
    StateColumn,
    ActionColumn,
    RowColumnCount
};
constexpr int kMaxShownRows = 2000; // the preview; every row is imported
} // namespace

RegistrationImportDialog::RegistrationImportDialog(Workspace *workspace, const QString &path,
                                                   RegistrationImport::Preview preview,
                                                   qint64 workshopId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_fileName(QFileInfo(path).fileName())
    , m_preview(std::move(preview))
{
    setObjectName(QStringLiteral("registrationImportDialog"));
    setWindowTitle(tr("Import registrations — %1").arg(m_fileName));
    resize(980, 620);

    auto *detected =
        new QLabel(tr("Read as %1, columns separated by %2; %n line(s) after the titles.", nullptr,
                      int(m_preview.csv.records.size() - 1))
                       .arg(CsvReader::label(m_preview.csv.encoding),
                            m_preview.csv.separator == QLatin1Char(';')   ? tr("semicolons")
                            : m_preview.csv.separator == QLatin1Char(',') ? tr("commas")
                                                                          : tr("tabs")),
                   this);
    detected->setObjectName(QStringLiteral("importDetectedLabel"));
    detected->setWordWrap(true);

    m_workshop = new QComboBox(this);
    m_workshop->setObjectName(QStringLiteral("importWorkshop"));
    m_workshop->addItem(tr("No workshop: add the holders only"), qint64(0));
    for (const Workshops::Workshop &w : Workshops::recent(*workspace, 200))
        m_workshop->addItem(Workshops::title(w), w.id);
    m_workshop->setCurrentIndex(qMax(0, m_workshop->findData(workshopId)));

    m_mapping = new QTableWidget(int(m_preview.headers.size()), 3, this);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setHorizontalHeaderLabels(
        {tr("Column of the file"), tr("First value"), tr("Fills")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int c = 0; c < m_preview.headers.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(m_preview.headers.at(c)));
        const QString first =
            m_preview.csv.records.size() > 1 && c < m_preview.csv.records.at(1).fields.size()
                ? m_preview.csv.records.at(1).fields.at(c)
                : QString();
        m_mapping->setItem(c, 1, new QTableWidgetItem(first.simplified()));
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(c));
        for (RegistrationImport::Field field : RegistrationImport::fields())
            combo->addItem(RegistrationImport::label(field), int(field));
        combo->setCurrentIndex(combo->findData(int(m_preview.mapping.at(c))));
        connect(combo, &QComboBox::activated, this, &RegistrationImportDialog::mappingChanged);
        m_mapping->setCellWidget(c, 2, combo);
    }

    m_rows = new QTableWidget(0, RowColumnCount, this);
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_rows->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Commune"), tr("E-mail"),
                                       tr("Project"), tr("Check"), tr("Action")});
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Register for the &workshop:"), m_workshop);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_mapping);
    splitter->addWidget(m_rows);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(detected);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    RegistrationImport::prepare(*m_workspace, &m_preview);
    fillRows();
}

void RegistrationImportDialog::mappingChanged()
{
    for (int c = 0; c < m_preview.mapping.size(); ++c) {
        auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(c, 2));
        m_preview.mapping[c] = RegistrationImport::Field(combo->currentData().toInt());
    }
    RegistrationImport::prepare(*m_workspace, &m_preview);
    fillRows();
}

void RegistrationImportDialog::fillRows()
{
    const int shown = int(qMin<qsizetype>(m_preview.rows.size(), kMaxShownRows));
    m_rows->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const RegistrationImport::Row &row = m_preview.rows.at(r);
        const Holders::Holder &h = row.holder;
        const QStringList cells = {QString::number(row.line), h.displayName(), h.commune, h.email,
                                   row.projectTitle};
        for (int c = 0; c < cells.size(); ++c)
            m_rows->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        QString state;
        QColor color;
        if (!row.problem.isEmpty()) {
            state = row.problem;
            color = QColor(0xa4, 0x00, 0x0f);
        } else if (row.sameAsRow >= 0) {
            state = tr("Same person as line %1").arg(m_preview.rows.at(row.sameAsRow).line);
            color = QColor(0x8a, 0x4b, 0x00);
        } else if (!row.duplicates.isEmpty()) {
            const auto known = Holders::holder(*m_workspace, row.duplicates.first());
            state = tr("Already known: %1%2")
                        .arg(known ? known->displayName() : QString(),
                             known && !known->commune.isEmpty() ? tr(" (%1)").arg(known->commune)
                                                                : QString());
            color = QColor(0x8a, 0x4b, 0x00);
        } else {
            state = tr("Ready");
            color = QColor(0x1b, 0x5e, 0x20);
        }
        auto *item = new QTableWidgetItem(state);
        item->setForeground(color);
        item->setToolTip(state);
        m_rows->setItem(r, StateColumn, item);
        m_rows->removeCellWidget(r, ActionColumn);
        m_rows->setItem(r, ActionColumn, new QTableWidgetItem());
        if (row.problem.isEmpty() && row.isDuplicate()) {
            auto *combo = new QComboBox(m_rows);
            combo->setObjectName(QStringLiteral("resolution%1").arg(r));
            combo->addItem(tr("Merge"), int(RegistrationImport::Resolution::Merge));
            combo->addItem(tr("Another person"), int(RegistrationImport::Resolution::CreateNew));
            combo->addItem(tr("Skip"), int(RegistrationImport::Resolution::Skip));
            m_rows->setCellWidget(r, ActionColumn, combo);
        } else if (!row.problem.isEmpty()) {
            m_rows->item(r, ActionColumn)->setText(tr("Not imported"));
        }
    }
    m_rows->resizeColumnsToContents();
    m_rows->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    QString summary = tr("%n line(s) ready", nullptr, m_preview.good);
    if (m_preview.duplicates > 0)
        summary += tr(", of which %n look(s) like a holder already known: choose for each.",
                      nullptr, m_preview.duplicates);
    if (m_preview.bad > 0)
        summary +=
            QLatin1Char('\n') + tr("%n line(s) with a problem will not be imported (see “Check”).",
                                   nullptr, m_preview.bad);
    if (m_preview.rows.size() > kMaxShownRows)
        summary += QLatin1Char('\n') +
                   tr("The first %1 lines are shown; all are imported.").arg(kMaxShownRows);
    m_summary->setText(summary);
    m_importButton->setEnabled(m_preview.good > 0);
}

void RegistrationImportDialog::accept()
{
    RegistrationImport::Options options;
    options.workshopId = m_workshop->currentData().toLongLong();
    options.source = m_fileName;
    for (int r = 0; r < m_rows->rowCount(); ++r) {
        if (auto *combo = qobject_cast<QComboBox *>(m_rows->cellWidget(r, ActionColumn)))
            options.resolutions.insert(
                r, RegistrationImport::Resolution(combo->currentData().toInt()));
    }
    QString error;
    m_report = RegistrationImport::apply(*m_workspace, m_preview, options, &error);
    if (!m_report) {
        MessageBox::critical(this, tr("Import registrations"),
                             tr("Nothing was imported: %1").arg(error));
        return;
    }
    MessageBox::information(this, tr("Import registrations"),
                            RegistrationImport::summary(*m_report));
    QDialog::accept();
}
