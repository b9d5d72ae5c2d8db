#include "ProjectsPage.h"

#include "CachedTextDelegate.h"
#include "ProjectDetailsPane.h"
#include "projects/ProjectDetails.h"
#include "projects/ProjectFilterModel.h"
#include "projects/ProjectListLoader.h"
#include "projects/ProjectListModel.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

ProjectsPage::ProjectsPage(QWidget *parent)
    : QWidget(parent)
    , m_listModel(new ProjectListModel(this))
    , m_filterModel(new ProjectFilterModel(this))
    , m_loader(new ProjectListLoader(this))
{
    setObjectName(QStringLiteral("projectsPage"));
    m_filterModel->setSourceModel(m_listModel);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("projectsSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *listPanel = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(8, 8, 4, 4);

    auto *filterRow = new QHBoxLayout;
    m_filterEdit = new QLineEdit(listPanel);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by title, holder, comptoir, commune…"));
    m_filterEdit->setClearButtonEnabled(true);
    const QIcon findIcon = QIcon::fromTheme(QStringLiteral("edit-find"));
    if (!findIcon.isNull()) // no icon theme on some desktops: no empty gap then
        m_filterEdit->addAction(findIcon, QLineEdit::LeadingPosition);
    m_filterEdit->setAccessibleName(tr("Filter projects"));
    m_filterEdit->installEventFilter(this);
    filterRow->addWidget(m_filterEdit, 1);

    m_stageCombo = new QComboBox(listPanel);
    m_stageCombo->setObjectName(QStringLiteral("stageCombo"));
    m_stageCombo->setAccessibleName(tr("Stage"));
    m_stageCombo->addItem(tr("All stages"), -1);
    for (Stage stage : Stages::all())
        m_stageCombo->addItem(Stages::icon(stage), Stages::name(stage), int(stage));
    filterRow->addWidget(m_stageCombo);
    listLayout->addLayout(filterRow);

    // A table, not a tree: QTreeView keeps one layout item per row and rebuilds them all when
    // the filter changes, 15 ms at 100,000 rows; QTableView's cost does not grow with the rows.
    m_view = new QTableView(listPanel);
    m_view->setObjectName(QStringLiteral("projectView"));
    m_view->setAccessibleName(tr("Projects"));
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setCornerButtonEnabled(false);
    // Several projects can be chosen (Ctrl/Shift+click), to export them together.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the list, arrows move in it
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setModel(m_filterModel);
    m_view->setItemDelegate(new CachedTextDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // No sort column at first: the list comes most recently updated first. Set before enabling
    // sorting, which sorts by the indicator's column at once.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProjectListModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    // The title gets the room; the stage and the date columns fit their longest text.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    int stageWidth = 0;
    for (Stage stage : Stages::all())
        stageWidth = std::max(stageWidth, metrics.horizontalAdvance(Stages::name(stage)));
    m_view->setColumnWidth(ProjectListModel::HolderColumn, em * 10);
    m_view->setColumnWidth(ProjectListModel::VenueColumn, em * 9);
    m_view->setColumnWidth(ProjectListModel::StageColumn,
                           stageWidth + m_view->iconSize().width() + 40);
    m_view->setColumnWidth(ProjectListModel::CategoryColumn, em * 9);
    m_view->setColumnWidth(
        ProjectListModel::UpdatedColumn,
        metrics.horizontalAdvance(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)),
                                                     QLocale::ShortFormat)) +
            16);
    listLayout->addWidget(m_view, 1);

    m_countLabel = new QLabel(listPanel);
    m_countLabel->setObjectName(QStringLiteral("projectCountLabel"));
    listLayout->addWidget(m_countLabel);

    m_details = new ProjectDetailsPane(m_splitter);
    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({700, 330});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filterModel,
            &ProjectFilterModel::setFilterText);
    connect(m_stageCombo, &QComboBox::currentIndexChanged, this, &ProjectsPage::applyStageFilter);
    connect(m_filterModel, &ProjectFilterModel::countsChanged, this, &ProjectsPage::updateCount);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit projectActivated(index.data(ProjectListModel::IdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectsPage::updateDetails);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &ProjectsPage::updateDetails);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, [this] {
        // Keep the selected project in sight after the list was filtered or sorted.
        if (m_view->currentIndex().isValid())
            m_view->scrollTo(m_view->currentIndex());
        else
            updateDetails();
    });
    connect(m_loader, &ProjectListLoader::loaded, this,
            [this](std::shared_ptr<ProjectListModel::Rows> rows) {
                m_listModel->setRows(std::move(rows));
                const int sourceRow = m_reselectId >= 0 ? m_listModel->rowForId(m_reselectId) : -1;
                const QModelIndex reselect =
                    m_filterModel->mapFromSource(m_listModel->index(sourceRow, 0));
                if (reselect.isValid())
                    m_view->setCurrentIndex(reselect);
                else if (m_filterModel->rowCount() > 0)
                    m_view->setCurrentIndex(m_filterModel->index(0, 0));
                m_reselectId = -1;
                updateCount();
                updateDetails();
                emit projectsLoaded();
            });
    connect(m_loader, &ProjectListLoader::failed, this, [this](const QString &error) {
        m_countLabel->setText(error);
        m_details->showPlaceholder(error);
        emit loadFailed(error);
    });
    updateCount();
}

ProjectsPage::~ProjectsPage() = default;

void ProjectsPage::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_loader->cancel();
    m_readPending = false;
    m_listModel->clear();
    m_reselectId = -1;
    if (!workspace) {
        updateCount();
        updateDetails();
        return;
    }
    connect(workspace, &Workspace::projectsChanged, this, &ProjectsPage::reload);
    // One project edited: read that row again, not the whole list.
    const auto refresh = [this](qint64 id) {
        if (isLoading()) { // the rows being read may predate this change
            reload();
            return;
        }
        QString error;
        if (!m_listModel->refreshProject(*m_workspace, id, &error)) {
            reload();
            return;
        }
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.data(ProjectListModel::IdRole).toLongLong() == id)
            updateDetails();
    };
    connect(workspace, &Workspace::projectChanged, this, refresh);
    connect(workspace, &Workspace::budgetChanged, this, refresh);
    startReading();
    updateCount();
    updateDetails();
}

bool ProjectsPage::isLoading() const
{
    // Held with no workspace yet: the window opens one once it is painted.
    return m_readPending || m_loader->isLoading() || (m_readingHeld && !m_workspace);
}

void ProjectsPage::setReadingHeld(bool held)
{
    m_readingHeld = held;
    if (!held && m_readPending && m_workspace)
        startReading();
    if (!m_workspace) { // held before any workspace: one is being opened (isLoading)
        updateCount();
        updateDetails();
    }
}

void ProjectsPage::startReading()
{
    if (m_readingHeld) {
        m_loader->cancel();
        m_readPending = true;
        return;
    }
    m_readPending = false;
    m_loader->start(m_workspace->filePath());
}

void ProjectsPage::reload()
{
    if (!m_workspace)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_reselectId = current.data(ProjectListModel::IdRole).toLongLong();
    startReading();
}

qint64 ProjectsPage::currentProjectId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ProjectListModel::IdRole).toLongLong() : 0;
}

QList<qint64> ProjectsPage::selectedProjectIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(ProjectListModel::IdRole).toLongLong();
    return ids;
}

QList<qint64> ProjectsPage::shownProjectIds() const
{
    QList<qint64> ids;
    const int rows = m_filterModel->rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids << m_filterModel->index(row, 0).data(ProjectListModel::IdRole).toLongLong();
    return ids;
}

void ProjectsPage::selectProject(qint64 projectId)
{
    if (isLoading())
        m_reselectId = projectId; // selected once the list is read
    const int row = m_listModel->rowForId(projectId);
    if (row >= 0) {
        const QModelIndex index = m_filterModel->mapFromSource(m_listModel->index(row, 0));
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
        }
    }
    m_view->setFocus();
}

void ProjectsPage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void ProjectsPage::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
}

QByteArray ProjectsPage::splitterState() const
{
    return m_splitter->saveState();
}

void ProjectsPage::restoreSplitterState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

QByteArray ProjectsPage::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void ProjectsPage::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

bool ProjectsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_filterEdit->text().isEmpty()) {
            m_filterEdit->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid() && m_filterModel->rowCount() > 0)
                m_view->setCurrentIndex(m_filterModel->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProjectsPage::applyStageFilter()
{
    const int stage = m_stageCombo->currentData().toInt();
    m_filterModel->setStageFilter(stage < 0 ? std::nullopt : std::optional<Stage>(Stage(stage)));
}

void ProjectsPage::updateCount()
{
    if (isLoading() && m_listModel->rowCount() == 0) {
        m_countLabel->setText(tr("Loading the projects…"));
        return;
    }
    const int visible = m_filterModel->rowCount();
    const int total = m_filterModel->totalCount();
    if (visible == total)
        m_countLabel->setText(tr("%Ln project(s)", nullptr, total));
    else
        m_countLabel->setText(
            tr("%1 of %Ln project(s)", nullptr, total).arg(QLocale().toString(visible)));
}

void ProjectsPage::updateDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_workspace) {
        m_details->showPlaceholder(isLoading() ? tr("Loading the projects…") : QString());
        return;
    }
    if (!current.isValid()) {
        if (isLoading() && m_listModel->rowCount() == 0) {
            m_details->showPlaceholder(tr("Loading the projects…"));
            return;
        }
        m_details->showPlaceholder(m_filterModel->rowCount() == 0 && m_filterModel->totalCount() > 0
                                       ? tr("No project matches the filter.")
                                       : tr("Select a project to see its details."));
        return;
    }
    const qint64 id = current.data(ProjectListModel::IdRole).toLongLong();
    QString error;
    const std::optional<ProjectDetails> details = ProjectDetails::load(*m_workspace, id, &error);
    if (details)
        m_details->showProject(*details,
                               ProjectDetails::progress(*m_workspace, *details, id, &error));
    else
        m_details->showPlaceholder(error);
}
