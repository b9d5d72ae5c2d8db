#include "OrganisationPickerDialog.h"

#include "OrganisationDialog.h"
#include "organisations/Organisations.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

OrganisationPickerDialog::OrganisationPickerDialog(Workspace *workspace, qint64 current,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("organisationPickerDialog"));
    setWindowTitle(tr("The project's structure"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("organisationPickerFilter"));
    m_filter->setPlaceholderText(tr("Name, legal form or commune…"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("organisationPickerList"));
    m_list->setUniformItemSizes(true);
    auto *label = new QLabel(tr("&Find the structure:"), this);
    label->setBuddy(m_filter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *create = buttons->addButton(tr("&New structure…"), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("newStructureButton"));
    create->setEnabled(!workspace->isReadOnly());
    connect(create, &QPushButton::clicked, this, &OrganisationPickerDialog::create);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganisationPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &OrganisationPickerDialog::filter);
    connect(m_list, &QListWidget::itemActivated, this, &OrganisationPickerDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    fill(current);
    resize(480, 420);
}

void OrganisationPickerDialog::fill(qint64 select)
{
    m_list->clear();
    for (const Organisations::Choice &c : Organisations::choices(*m_workspace)) {
        auto *item = new QListWidgetItem(
            c.detail.isEmpty() ? c.name : tr("%1 — %2").arg(c.name, c.detail), m_list);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, TextFolding::fold(item->text()));
        if (c.id == select)
            m_list->setCurrentItem(item);
    }
    filter(m_filter->text());
}

void OrganisationPickerDialog::filter(const QString &text)
{
    const QStringList words = TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString folded = item->data(Qt::UserRole + 1).toString();
        const bool shown = std::all_of(words.cbegin(), words.cend(), [&folded](const QString &w) {
            return folded.contains(w);
        });
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (first && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(first);
}

void OrganisationPickerDialog::create()
{
    OrganisationDialog dialog(m_workspace, 0, this, m_filter->text().simplified());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_chosen = dialog.organisationId();
    QDialog::accept();
}

void OrganisationPickerDialog::accept()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    m_chosen = item->data(Qt::UserRole).toLongLong();
    QDialog::accept();
}
