#include "DirectoryPage.h"

#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "DirectoryImportDialog.h"
#include "OrganisationDialog.h"
#include "organisations/OrganisationListModel.h"
#include "organisations/Organisations.h"
#include "session/Deletions.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Which organisations the list shows: all, the porteurs' structures, the directory.
class KindFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(int kind)
    {
        m_kind = kind;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_kind == 0)
            return true;
        const bool inDirectory = sourceModel()
                                     ->index(row, 0, parent)
                                     .data(OrganisationListModel::InDirectoryRole)
                                     .toBool();
        return m_kind == 2 ? inDirectory : !inDirectory;
    }

private:
    int m_kind = 0;
};

} // namespace

DirectoryPage::DirectoryPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new OrganisationListModel(this))
    , m_kindProxy(new KindFilter(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("directoryPage"));
    m_kindProxy->setSourceModel(m_model);
    m_proxy->setSourceModel(m_kindProxy);
    m_proxy->setFilterRole(OrganisationListModel::SearchRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("organisationFilter"));
    m_filter->setAccessibleName(tr("Search the directory"));
    m_filter->setPlaceholderText(tr("Find: name, legal form, SIRET, commune…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("organisationKindFilter"));
    m_kind->setAccessibleName(tr("Which organisations"));
    m_kind->addItems({tr("All organisations"), tr("Porteurs' structures"),
                      tr("Partners and financers")});
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("organisationCountLabel"));

    m_new = new QAction(tr("&New…"), this);
    m_new->setObjectName(QStringLiteral("newOrganisationAction"));
    m_new->setToolTip(tr("A new structure, partner or financer"));
    m_open = new QAction(tr("&Open…"), this);
    m_open->setObjectName(QStringLiteral("openOrganisationAction"));
    m_duplicates = new QAction(tr("D&uplicates…"), this);
    m_duplicates->setObjectName(QStringLiteral("organisationDuplicatesAction"));
    m_duplicates->setToolTip(tr("Organisations with the same SIRET or RNA number, to merge"));
    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteOrganisationAction"));
    m_delete->setToolTip(tr("Move the organisation to the trash (Delete)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_new, &QAction::triggered, this, &DirectoryPage::newOrganisation);
    connect(m_open, &QAction::triggered, this, &DirectoryPage::openOrganisation);
    connect(m_duplicates, &QAction::triggered, this, &DirectoryPage::showDuplicates);
    connect(m_delete, &QAction::triggered, this, &DirectoryPage::deleteOrganisation);
    m_import = new QAction(tr("&Import a CSV…"), this);
    m_import->setObjectName(QStringLiteral("importDirectoryAction"));
    m_import->setToolTip(tr("Partners and financers from a spreadsheet's CSV file"));
    connect(m_import, &QAction::triggered, this, &DirectoryPage::importCsv);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_kind);
    top->addWidget(m_count);
    for (QAction *a : {m_new, m_open, m_duplicates, m_import, m_delete}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        top->addWidget(b);
    }

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("organisationView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Stretch);
    // The names, forms and communes share the width; the numbers, statuses and kinds take
    // what they need.
    for (int c : {int(OrganisationListModel::NumberColumn), int(OrganisationListModel::EssColumn),
                  int(OrganisationListModel::DirectoryColumn),
                  int(OrganisationListModel::ProjectsColumn)})
        columns->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Organisations"));
    m_view->installEventFilter(this);
    m_view->addAction(m_delete);
    connect(m_view, &QTableView::doubleClicked, this, &DirectoryPage::openOrganisation);

    auto *note = new QLabel(tr("A partner's contact details leave this computer only when the "
                               "contact person agreed to it."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(note);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Every word, in any order: « epicerie ternois » finds « Épicerie Solidaire du Ternois ».
        QString pattern;
        for (const QString &word :
             TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(word));
        m_proxy->setFilterRegularExpression(QRegularExpression(pattern));
        updateCount();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int kind) {
        static_cast<KindFilter *>(m_kindProxy)->setKind(kind);
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DirectoryPage::updateCount);
}

void DirectoryPage::setWorkspace(Workspace *workspace)
{
    // Read when first shown, not when the workspace opens.
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_model->setWorkspace(nullptr);
    m_stale = workspace != nullptr;
    if (workspace) {
        const auto stale = [this] {
            m_stale = true;
            if (isVisible())
                reload();
        };
        connect(workspace, &Workspace::organisationsChanged, this, stale);
        connect(workspace, &Workspace::projectsChanged, this, stale);
        if (isVisible())
            reload();
    }
    const bool writable = workspace && !workspace->isReadOnly();
    m_new->setEnabled(writable);
    m_open->setEnabled(workspace != nullptr);
    m_duplicates->setEnabled(writable);
    m_import->setEnabled(writable);
    m_delete->setEnabled(writable);
}

void DirectoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DirectoryPage::reload()
{
    if (!m_workspace)
        return;
    m_stale = false;
    const QModelIndex current = m_view->currentIndex();
    const qint64 id =
        current.isValid() ? current.data(OrganisationListModel::IdRole).toLongLong() : 0;
    if (m_model->workspace() != m_workspace)
        m_model->setWorkspace(m_workspace);
    else
        m_model->reload();
    select(id);
    // The duplicates are counted on the action: they are few, and found by index.
    const auto duplicates = Organisations::duplicates(*m_workspace);
    const int count = duplicates ? int(duplicates->size()) : 0;
    m_duplicates->setText(count > 0 ? tr("D&uplicates (%1)…").arg(count) : tr("D&uplicates…"));
}

void DirectoryPage::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_kindProxy->mapFromSource(m_model->index(row, 0)));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void DirectoryPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void DirectoryPage::updateCount()
{
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                         ? tr("%n organisation(s)", nullptr, m_model->rowCount())
                         : tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void DirectoryPage::openOrganisation()
{
    const QModelIndex index = m_view->currentIndex();
    if (!m_workspace || !index.isValid())
        return;
    OrganisationDialog dialog(m_workspace, index.data(OrganisationListModel::IdRole).toLongLong(),
                              this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        select(dialog.organisationId());
    }
}

void DirectoryPage::newOrganisation()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    OrganisationDialog dialog(m_workspace, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(dialog.organisationId());
}

void DirectoryPage::deleteOrganisation()
{
    const QModelIndex index = m_view->currentIndex();
    if (!m_workspace || m_workspace->isReadOnly() || !index.isValid())
        return;
    const qint64 id = index.data(OrganisationListModel::IdRole).toLongLong();
    const auto o = Organisations::organisation(*m_workspace, id);
    if (!o)
        return;
    QString text = tr("Move “%1” to the trash?").arg(o->name);
    if (o->projects + o->holders > 0)
        text += QLatin1Char(' ') +
                tr("%n project(s) and holders lose their structure until it is restored.",
                   nullptr, o->projects);
    if (MessageBox::question(this, tr("Delete the organisation"), text) != QMessageBox::Yes)
        return;
    const Result<qint64> entry = Deletions::deleteOrganisation(*m_workspace, id);
    if (!entry)
        MessageBox::critical(this, tr("Delete the organisation"), entry.error());
}

void DirectoryPage::showDuplicates()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("duplicatesDialog"));
    dialog.setWindowTitle(tr("Duplicate organisations"));
    auto *hint = new QLabel(tr("Organisations with the same SIRET or RNA number. Choose the one "
                               "to keep in each group and merge the others into it: their "
                               "projects and holders then belong to it."),
                            &dialog);
    hint->setWordWrap(true);
    auto *tree = new QTreeWidget(&dialog);
    tree->setObjectName(QStringLiteral("duplicatesTree"));
    tree->setHeaderHidden(true);
    auto *merge = new QPushButton(tr("&Merge the others into the chosen one"), &dialog);
    merge->setObjectName(QStringLiteral("mergeDuplicatesButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(tree, 1);
    layout->addWidget(merge);
    layout->addWidget(buttons);
    const auto fill = [this, tree, merge] {
        tree->clear();
        const auto duplicates = Organisations::duplicates(*m_workspace);
        for (const Organisations::Duplicate &d : duplicates.valueOr({})) {
            auto *group = new QTreeWidgetItem(tree, {d.number});
            group->setFlags(Qt::ItemIsEnabled);
            for (int i = 0; i < d.ids.size(); ++i) {
                auto *item = new QTreeWidgetItem(group, {d.names.at(i)});
                item->setData(0, Qt::UserRole, d.ids.at(i));
            }
        }
        tree->expandAll();
        if (tree->topLevelItemCount() > 0)
            tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        merge->setEnabled(tree->topLevelItemCount() > 0);
        if (tree->topLevelItemCount() == 0)
            new QTreeWidgetItem(tree, {tr("No duplicates: every number is held once.")});
    };
    connect(merge, &QPushButton::clicked, &dialog, [this, tree, fill, &dialog] {
        QTreeWidgetItem *kept = tree->currentItem();
        if (!kept || !kept->parent()) {
            MessageBox::information(&dialog, tr("Duplicate organisations"),
                                    tr("Choose the organisation to keep in its group."));
            return;
        }
        const qint64 keptId = kept->data(0, Qt::UserRole).toLongLong();
        QTreeWidgetItem *group = kept->parent();
        for (int i = 0; i < group->childCount(); ++i) {
            const qint64 other = group->child(i)->data(0, Qt::UserRole).toLongLong();
            if (other == keptId)
                continue;
            const Result<void> merged = Organisations::merge(*m_workspace, keptId, other);
            if (!merged) {
                MessageBox::critical(&dialog, tr("Duplicate organisations"), merged.error());
                break;
            }
        }
        fill();
    });
    fill();
    dialog.resize(520, 380);
    dialog.exec();
    reload();
}

void DirectoryPage::importCsv()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import partners and financers"), QString(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    DirectoryImport::Preview preview = DirectoryImport::read(path);
    if (!preview.csv.ok) {
        MessageBox::warning(this, tr("Import partners and financers"), preview.csv.error);
        return;
    }
    DirectoryImportDialog dialog(m_workspace, std::move(preview), QFileInfo(path).fileName(),
                                 this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DirectoryImport::Report &r = dialog.report();
    MessageBox::information(this, tr("Import partners and financers"),
                            tr("%n partner(s) added", nullptr, r.added) + QStringLiteral(", ") +
                                tr("%n updated", nullptr, r.updated) + QStringLiteral(", ") +
                                tr("%n line(s) left out", nullptr, r.skipped) + QLatin1Char('.'));
    m_kind->setCurrentIndex(2);
    reload();
}

bool DirectoryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_filter && key->key() == Qt::Key_Down) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (watched == m_view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openOrganisation();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
