#include "TrashDialog.h"

#include "dialogs/MessageBox.h"
#include "session/Deletions.h"
#include "session/TrashListModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

TrashDialog::TrashDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new TrashListModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("trashDialog"));
    setWindowTitle(tr("Trash"));
    m_summary->setObjectName(QStringLiteral("trashSummary"));
    m_summary->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("trashView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TrashListModel::LabelColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Deleted records"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_purge = buttons->addButton(tr("&Delete for good…"), QDialogButtonBox::ActionRole);
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_empty = buttons->addButton(tr("&Empty the trash…"), QDialogButtonBox::ActionRole);
    m_empty->setObjectName(QStringLiteral("emptyTrashButton"));
    m_restore->setAutoDefault(false);
    m_purge->setAutoDefault(false);
    m_empty->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreChosen);
    connect(m_purge, &QPushButton::clicked, this, &TrashDialog::purgeChosen);
    connect(m_empty, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    // Enter restores, Delete deletes for good (after a confirmation).
    connect(m_view, &QTableView::activated, this, &TrashDialog::restoreChosen);
    auto *purgeKey = new QAction(this);
    purgeKey->setShortcut(QKeySequence::Delete);
    purgeKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(purgeKey);
    connect(purgeKey, &QAction::triggered, this, &TrashDialog::purgeChosen);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    m_model->setWorkspace(m_workspace);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool chosen = !chosenEntries().isEmpty();
        m_restore->setEnabled(chosen);
        m_purge->setEnabled(chosen);
    });
    reload();
    resize(720, 420);
}

void TrashDialog::reload()
{
    m_model->reload();
    const int n = m_model->rowCount();
    m_summary->setText(
        n == 0 ? tr("The trash is empty.")
               : tr("%n deleted record(s). Restored, a record comes back as it was, with its "
                    "answers, budget, holders and review; deleted for good, it cannot be brought "
                    "back. Either way, files already sent still say it was deleted.",
                    nullptr, n));
    m_empty->setEnabled(n > 0);
    m_restore->setEnabled(false);
    m_purge->setEnabled(false);
    if (n > 0) {
        m_view->selectRow(0);
        m_view->setFocus();
    }
}

QList<qint64> TrashDialog::chosenEntries() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << m_model->idAt(row.row());
    return ids;
}

void TrashDialog::restoreChosen()
{
    const QList<qint64> ids = chosenEntries();
    if (ids.isEmpty())
        return;
    const auto restored = Deletions::restore(*m_workspace, ids);
    if (!restored) {
        MessageBox::warning(this, tr("Restore"), restored.error());
        return;
    }
    m_changed = true;
    reload();
}

void TrashDialog::purgeChosen()
{
    const QList<qint64> ids = chosenEntries();
    if (ids.isEmpty())
        return;
    QStringList names;
    const QModelIndexList rows =
        m_view->selectionModel()->selectedRows(TrashListModel::LabelColumn);
    for (const QModelIndex &row : rows.mid(0, 8))
        names << tr("“%1”").arg(row.data().toString());
    if (rows.size() > 8)
        names << tr("and %n other(s)", nullptr, int(rows.size() - 8));
    if (MessageBox::question(this, tr("Delete for good"),
                             tr("Delete for good %1? This cannot be undone.")
                                 .arg(names.join(QStringLiteral(", ")))) != QMessageBox::Yes)
        return;
    const auto purged = Deletions::purge(*m_workspace, ids);
    if (!purged) {
        MessageBox::warning(this, tr("Delete for good"), purged.error());
        return;
    }
    m_changed = true;
    reload();
}

void TrashDialog::emptyTrash()
{
    const int n = m_model->rowCount();
    if (n == 0 ||
        MessageBox::question(this, tr("Empty the trash"),
                             tr("Delete for good the %n record(s) of the trash? This cannot be "
                                "undone.",
                                nullptr, n)) != QMessageBox::Yes)
        return;
    const auto emptied = Deletions::emptyTrash(*m_workspace);
    if (!emptied) {
        MessageBox::warning(this, tr("Empty the trash"), emptied.error());
        return;
    }
    m_changed = true;
    reload();
}
