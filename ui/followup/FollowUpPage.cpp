#include "FollowUpPage.h"

#include "followup/FollowUps.h"
#include "followup/ToFollowUpModel.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

FollowUpPage::FollowUpPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ToFollowUpModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("toFollowUpPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ToFollowUpModel::SearchRole);
    m_proxy->setSortRole(Qt::UserRole);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("followUpFilter"));
    m_filter->setAccessibleName(tr("Search the projects to follow up"));
    m_filter->setPlaceholderText(tr("Find: project, comptoir, step…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("followUpCountLabel"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("followUpView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Stretch);
    columns->setSectionResizeMode(ToFollowUpModel::VenueColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ToFollowUpModel::LateColumn, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Projects to follow up"));
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &FollowUpPage::openCurrent);

    auto *note = new QLabel(tr("Projects at the idea, structuring or ready stage whose next step "
                               "is due, or with no contact (a meeting, a call, a workshop…) for "
                               "the weeks their edition sets. Enter opens the project's "
                               "follow-up."),
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
    connect(m_model, &QAbstractItemModel::modelReset, this, &FollowUpPage::updateCount);
}

void FollowUpPage::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    ++m_generation; // a read still running was for the workspace before
    m_loading = false;
    m_model->setRows({});
    m_stale = workspace != nullptr;
    if (workspace) {
        const auto stale = [this] {
            m_stale = true;
            if (isVisible())
                reload();
        };
        connect(workspace, &Workspace::followUpChanged, this, stale);
        connect(workspace, &Workspace::projectsChanged, this, stale);
        if (isVisible())
            reload();
    }
}

void FollowUpPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void FollowUpPage::reload()
{
    if (!m_workspace)
        return;
    m_stale = false;
    m_loading = true;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<FollowUps::Read>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer read, or another workspace
        m_loading = false;
        const FollowUps::Read read = watcher->result();
        const qint64 current =
            m_view->currentIndex().data(ToFollowUpModel::ProjectIdRole).toLongLong();
        m_model->setRows(read.rows);
        int row = 0;
        for (int r = 0; current > 0 && r < m_proxy->rowCount(); ++r) {
            if (m_proxy->index(r, 0).data(ToFollowUpModel::ProjectIdRole).toLongLong() == current)
                row = r;
        }
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(row, 0));
        emit counted(read.error.isEmpty() ? m_model->rowCount() : -1);
    });
    watcher->setFuture(FollowUps::readInBackground(m_workspace->filePath(), QDate::currentDate()));
}

int FollowUpPage::count() const
{
    return m_model->rowCount();
}

void FollowUpPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void FollowUpPage::updateCount()
{
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                         ? tr("%n project(s) to follow up", nullptr, m_model->rowCount())
                         : tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void FollowUpPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        emit openProject(index.data(ToFollowUpModel::ProjectIdRole).toLongLong());
}

bool FollowUpPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_filter && key->key() == Qt::Key_Down) {
            m_view->setFocus();
            return true;
        }
        if (watched == m_view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
