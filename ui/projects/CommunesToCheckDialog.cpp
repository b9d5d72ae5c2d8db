#include "CommunesToCheckDialog.h"

#include "methodology/Methodology.h"
#include "projects/ProjectRecord.h"
#include "reference/CommuneCodes.h"
#include "reference/Communes.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kProjectRole = Qt::UserRole + 1;
constexpr int kFieldRole = Qt::UserRole + 2;

} // namespace

CommunesToCheckDialog::CommunesToCheckDialog(Workspace *workspace, const Methodology &methodology,
                                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_methodology(methodology)
{
    setObjectName(QStringLiteral("communesToCheckDialog"));
    setWindowTitle(tr("Communes to check"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("communesToCheckIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("communesToCheckTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Project or comptoir"), tr("Field"), tr("As written"), tr("Perhaps")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open the project"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openCommuneProjectButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &CommunesToCheckDialog::openCurrent);
    connect(m_table, &QTableWidget::cellActivated, this, &CommunesToCheckDialog::openCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
        m_open->setEnabled(item && item->data(kProjectRole).toLongLong() > 0);
    });
    resize(720, 420);
    reload();
}

CommunesToCheckDialog::~CommunesToCheckDialog() = default;

int CommunesToCheckDialog::reload()
{
    m_table->setRowCount(0);
    if (!m_workspace)
        return 0;
    const auto rows = ProjectRecord::unrecognisedCommunes(*m_workspace);
    if (!rows) {
        m_intro->setText(rows.error());
        m_open->setEnabled(false);
        return 0;
    }
    const auto fieldLabel = [this](const QString &key) {
        for (const Methodology::Section &section : m_methodology.sections) {
            for (const Methodology::Field &field : section.fields) {
                if (field.qualifiedKey == key)
                    return field.label;
            }
        }
        return key;
    };
    m_table->setRowCount(int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const CommuneCodes::Unrecognised &row = rows->at(i);
        const bool venue = row.kind == CommuneCodes::Unrecognised::Kind::Venue;
        auto *what = new QTableWidgetItem(row.title);
        what->setData(kProjectRole, venue ? 0 : row.id);
        what->setData(kFieldRole, row.fieldKey);
        if (venue)
            what->setToolTip(tr("A comptoir: correct it in Workshop › Comptoirs."));
        m_table->setItem(i, 0, what);
        m_table->setItem(
            i, 1,
            new QTableWidgetItem(venue ? tr("Comptoir's commune") : fieldLabel(row.fieldKey)));
        m_table->setItem(i, 2, new QTableWidgetItem(row.name));
        QStringList perhaps;
        for (const Commune *commune : Communes::suggestions(row.name))
            perhaps << commune->name;
        m_table->setItem(i, 3, new QTableWidgetItem(perhaps.join(QStringLiteral(", "))));
    }
    m_intro->setText(
        rows->isEmpty()
            ? tr("Every commune named in this workspace is a commune of the Pas-de-Calais.")
            : tr("Comptoir knows the %1 communes of the Pas-de-Calais. These %n name(s) are not "
                 "among them: a spelling to correct, or a place outside the department. They were "
                 "kept as written; the projects concerned are “to check” for eligibility.",
                 nullptr, int(rows->size()))
                  .arg(Communes::all().size()));
    if (!rows->isEmpty())
        m_table->setCurrentCell(0, 0);
    m_open->setEnabled(!rows->isEmpty() &&
                       m_table->item(0, 0)->data(kProjectRole).toLongLong() > 0);
    return int(rows->size());
}

int CommunesToCheckDialog::rowCount() const
{
    return m_table->rowCount();
}

void CommunesToCheckDialog::openCurrent()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item || item->data(kProjectRole).toLongLong() <= 0)
        return;
    emit projectChosen(item->data(kProjectRole).toLongLong(), item->data(kFieldRole).toString());
}
