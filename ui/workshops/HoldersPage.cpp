#include "HoldersPage.h"

#include "commands/Commands.h"
#include "dialogs/MessageBox.h"
#include "HolderDialog.h"
#include "session/Deletions.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"
#include "workshops/HolderListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

HoldersPage::HoldersPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new HolderListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("holdersPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(HolderListModel::SearchRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("holderFilter"));
    m_filter->setAccessibleName(tr("Search the holders"));
    m_filter->setPlaceholderText(tr("Find a holder: name, commune, structure, e-mail…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("holderCountLabel"));

    m_new = new QAction(tr("&New holder…"), this);
    m_new->setObjectName(QStringLiteral("newHolderAction"));
    m_open = new QAction(tr("&Details and consent…"), this);
    m_open->setObjectName(QStringLiteral("openHolderAction"));
    connect(m_new, &QAction::triggered, this, &HoldersPage::newHolder);
    connect(m_open, &QAction::triggered, this, &HoldersPage::openHolder);
    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteHolderAction"));
    m_delete->setToolTip(tr("Move the holder to the trash (Delete)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_delete, &QAction::triggered, this, &HoldersPage::deleteHolder);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    for (QAction *a : {m_new, m_open, m_delete}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        top->addWidget(b);
    }

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("holderView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    // Names, structures and e-mails share the width (they are what is looked for), the phone
    // and the counts take what they need, the consents what is left.
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Stretch);
    for (int c : {int(HolderListModel::PhoneColumn), int(HolderListModel::ProjectsColumn)})
        columns->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideMiddle); // a cut e-mail keeps its domain in sight
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Holders"));
    m_view->installEventFilter(this);
    m_view->addAction(m_delete);
    connect(m_view, &QTableView::doubleClicked, this, &HoldersPage::openHolder);

    auto *note = new QLabel(tr("Contact details stay on this computer: they leave it only for "
                               "holders who agreed to be contacted."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(note);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(TextFolding::fold(text).simplified());
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HoldersPage::updateCount);
}

void HoldersPage::setWorkspace(Workspace *workspace)
{
    // A department's workspace holds tens of thousands of holders: they are read when the page
    // is first shown, not when the workspace opens.
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_model->setWorkspace(nullptr);
    m_stale = workspace != nullptr;
    if (workspace) {
        connect(workspace, &Workspace::projectsChanged, this, [this] {
            m_stale = true;
            if (isVisible())
                reload();
        });
        if (isVisible())
            reload();
    }
    m_new->setEnabled(workspace != nullptr);
    m_open->setEnabled(workspace != nullptr);
}

void HoldersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void HoldersPage::reload()
{
    if (!m_workspace)
        return;
    if (m_model->rowCount() == 0 && m_stale) {
        m_stale = false;
        m_model->setWorkspace(m_workspace);
        return;
    }
    m_stale = false;
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(HolderListModel::IdRole).toLongLong() : 0;
    m_model->reload();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void HoldersPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void HoldersPage::updateCount()
{
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                         ? tr("%n holder(s)", nullptr, m_model->rowCount())
                         : tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void HoldersPage::openHolder()
{
    const QModelIndex index = m_view->currentIndex();
    if (!m_workspace || !index.isValid())
        return;
    HolderDialog dialog(m_workspace, index.data(HolderListModel::IdRole).toLongLong(), this);
    dialog.exec();
}

void HoldersPage::newHolder()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    HolderDialog dialog(m_workspace, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    const int row = m_model->rowOf(dialog.holderId());
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void HoldersPage::deleteHolder()
{
    if (m_workspace && m_workspace->isReadOnly())
        return;
    const QModelIndex index = m_view->currentIndex();
    if (!m_workspace || !m_undoStack || !index.isValid())
        return;
    const qint64 id = index.data(HolderListModel::IdRole).toLongLong();
    const QString name = Deletions::label(*m_workspace, QStringLiteral("holder"), id);
    const int projects =
        m_model->data(m_model->index(m_model->rowOf(id), HolderListModel::ProjectsColumn)).toInt();
    if (MessageBox::question(
            this, tr("Delete the holder"),
            tr("Move “%1” to the trash, with their consents and their presence at workshops? "
               "Their %n project(s) stay, without them as a holder. Ctrl+Z, or File › Trash, "
               "brings them back as they were. (To erase their personal data on request, open "
               "their details instead.)",
               nullptr, projects)
                .arg(name)) != QMessageBox::Yes)
        return;
    const Result<void> deleted =
        Commands::deleteHolder(m_undoStack, m_workspace, id, tr("the deletion of “%1”").arg(name));
    if (!deleted) {
        MessageBox::critical(this, tr("Delete the holder"), deleted.error());
        return;
    }
    m_model->reload();
}

bool HoldersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_filter &&
            (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter)) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (watched == m_view && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            openHolder();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
