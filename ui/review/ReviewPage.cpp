#include "ReviewPage.h"

#include "commands/Commands.h"
#include "dialogs/MessageBox.h"
#include "projects/ProjectRecord.h"
#include "projects/Stage.h"
#include "reference/Communes.h"
#include "review/ProjectLinks.h"
#include "review/ProjectSearch.h"
#include "review/Review.h"
#include "review/SearchResultModel.h"
#include "review/SimilarProjects.h"
#include "settings/Settings.h"
#include "storage/Workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

constexpr int kSimilarShown = 10;
constexpr int kStaleWorthSaying = 2000; // projects to index before a search: about 60 ms

// The wait cursor while it lives.
struct BusyCursor
{
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

// A hit on three lines: the title, where the project stands, the passage found (HTML).
class HitDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString html =
            QStringLiteral("<b>%1</b><br><span style='color:%2'>%3</span><br>%4")
                .arg(opt.text.toHtmlEscaped(), opt.palette.color(QPalette::PlaceholderText).name(),
                     index.data(SearchResultModel::DetailRole).toString().toHtmlEscaped(),
                     index.data(SearchResultModel::SnippetRole).toString());
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(2);
        doc.setHtml(html);
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        doc.setTextWidth(text.width());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        painter->save();
        painter->translate(text.topLeft());
        painter->setClipRect(text.translated(-text.topLeft()));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(200, option.fontMetrics.lineSpacing() * 4 + 6);
    }
};

void fillCombo(QComboBox *combo, const QString &any,
               const QList<std::pair<QVariant, QString>> &items)
{
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(any, QVariant());
    for (const auto &[data, text] : items)
        combo->addItem(text, data);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(std::max(0, index));
}

} // namespace

ReviewPage::ReviewPage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("reviewPage"));
    m_stack = new QUndoStack(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    // The search and its filters.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    m_searchEdit = new QLineEdit(left);
    m_searchEdit->setObjectName(QStringLiteral("reviewSearch"));
    m_searchEdit->setPlaceholderText(
        tr("Search titles, summaries and every answer (accents need not be typed)"));
    m_searchEdit->setClearButtonEnabled(true);
    leftLayout->addWidget(m_searchEdit);

    auto *filters = new QGridLayout;
    const auto combo = [&](const char *name, const QString &label, int row, int column) {
        auto *box = new QComboBox(left);
        box->setObjectName(QLatin1String(name));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
        auto *text = new QLabel(label, left);
        text->setBuddy(box);
        filters->addWidget(text, row, column * 2);
        filters->addWidget(box, row, column * 2 + 1);
        return box;
    };
    m_edition = combo("editionFilter", tr("E&dition:"), 0, 0);
    m_venue = combo("venueFilter", tr("Comp&toir:"), 0, 1);
    m_stage = combo("stageFilter", tr("Sta&ge:"), 1, 0);
    m_category = combo("categoryFilter", tr("Cate&gory:"), 1, 1);
    m_commune = combo("communeFilter", tr("Co&mmune:"), 2, 0);
    m_arrondissement = combo("arrondissementFilter", tr("Arro&ndissement:"), 2, 1);
    m_epci = combo("epciFilter", tr("E&PCI:"), 3, 0);
    m_status = combo("statusFilter", tr("Re&view:"), 3, 1);
    m_import = combo("importFilter", tr("&Imported from:"), 4, 0);
    m_failing = new QCheckBox(tr("&Failing an eligibility check"), left);
    m_failing->setObjectName(QStringLiteral("failingFilter"));
    filters->addWidget(m_failing, 4, 2, 1, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    leftLayout->addLayout(filters);

    m_count = new QLabel(left);
    m_count->setObjectName(QStringLiteral("reviewCount"));
    leftLayout->addWidget(m_count);
    m_results = new SearchResultModel(this);
    m_view = new QListView(left);
    m_view->setObjectName(QStringLiteral("reviewResults"));
    m_view->setModel(m_results);
    m_view->setItemDelegate(new HitDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    leftLayout->addWidget(m_view, 1);
    splitter->addWidget(left);

    // The review of the chosen project.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    m_panel = new QWidget(scroll);
    m_panel->setObjectName(QStringLiteral("reviewPanel"));
    auto *panel = new QVBoxLayout(m_panel);
    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel(m_panel);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *open = new QPushButton(tr("&Open the project"), m_panel);
    open->setObjectName(QStringLiteral("openReviewedProject"));
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(open);
    panel->addLayout(titleRow);

    auto *form = new QFormLayout;
    m_reviewer = new QLineEdit(m_panel);
    m_reviewer->setObjectName(QStringLiteral("reviewerName"));
    m_reviewer->setPlaceholderText(tr("Your name, to sign reviews and comments"));
    form->addRow(tr("Reviewed &by:"), m_reviewer);
    m_reviewStatus = new QComboBox(m_panel);
    m_reviewStatus->setObjectName(QStringLiteral("reviewStatus"));
    for (const Review::Status status : Review::allStatuses())
        m_reviewStatus->addItem(Review::label(status), int(status));
    form->addRow(tr("&Status:"), m_reviewStatus);
    panel->addLayout(form);

    auto *gridBox = new QGroupBox(tr("Committee's grid (0 to 5 per criterion)"), m_panel);
    m_grid = new QFormLayout(gridBox);
    panel->addWidget(gridBox);

    auto *commentsBox = new QGroupBox(tr("Comments for the committee"), m_panel);
    auto *comments = new QVBoxLayout(commentsBox);
    m_comments = new QListWidget(commentsBox);
    m_comments->setObjectName(QStringLiteral("reviewComments"));
    m_comments->setWordWrap(true);
    m_comments->setMinimumHeight(90);
    m_comments->setMaximumHeight(150);
    comments->addWidget(m_comments);
    m_commentEdit = new QPlainTextEdit(commentsBox);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setPlaceholderText(tr("A comment (Ctrl+Enter adds it)"));
    m_commentEdit->setMaximumHeight(70);
    m_commentEdit->setTabChangesFocus(true);
    comments->addWidget(m_commentEdit);
    m_addComment = new QPushButton(tr("&Add the comment"), commentsBox);
    m_addComment->setObjectName(QStringLiteral("addCommentButton"));
    comments->addWidget(m_addComment, 0, Qt::AlignRight);
    panel->addWidget(commentsBox);

    auto *similarBox = new QGroupBox(tr("Similar projects (all comptoirs and editions)"), m_panel);
    auto *similar = new QVBoxLayout(similarBox);
    m_similar = new QTreeWidget(similarBox);
    m_similar->setObjectName(QStringLiteral("similarList"));
    m_similar->setRootIsDecorated(false);
    m_similar->setHeaderLabels(
        {tr("Project"), tr("Comptoir"), tr("Edition"), tr("Alike"), tr("Words in common")});
    m_similar->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_similar->setMinimumHeight(150);
    similar->addWidget(m_similar);
    auto *similarButtons = new QHBoxLayout;
    auto *duplicate = new QPushButton(tr("Link as a &duplicate"), similarBox);
    duplicate->setObjectName(QStringLiteral("linkDuplicateButton"));
    auto *cooperation = new QPushButton(tr("Link for &cooperation"), similarBox);
    cooperation->setObjectName(QStringLiteral("linkCooperationButton"));
    auto *merge = new QPushButton(tr("&Merge into this project…"), similarBox);
    merge->setObjectName(QStringLiteral("mergeButton"));
    similarButtons->addWidget(duplicate);
    similarButtons->addWidget(cooperation);
    similarButtons->addStretch();
    similarButtons->addWidget(merge);
    similar->addLayout(similarButtons);
    panel->addWidget(similarBox);

    auto *linksBox = new QGroupBox(tr("Linked projects"), m_panel);
    auto *links = new QVBoxLayout(linksBox);
    m_links = new QListWidget(linksBox);
    m_links->setObjectName(QStringLiteral("linksList"));
    m_links->setMaximumHeight(90);
    links->addWidget(m_links);
    auto *unlink = new QPushButton(tr("&Unlink"), linksBox);
    unlink->setObjectName(QStringLiteral("unlinkButton"));
    links->addWidget(unlink, 0, Qt::AlignRight);
    panel->addWidget(linksBox);
    panel->addStretch();
    scroll->setWidget(m_panel);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_panel->setEnabled(false);

    // Typing searches after a pause (each search takes milliseconds; this only spares the
    // repaint of every keystroke); filters search at once.
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(150);
    connect(m_typingTimer, &QTimer::timeout, this, &ReviewPage::search);
    connect(m_searchEdit, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &ReviewPage::goToResults);
    m_searchEdit->installEventFilter(this);
    for (QComboBox *box :
         {m_venue, m_stage, m_category, m_commune, m_arrondissement, m_epci, m_status, m_import}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                search();
        });
    }
    connect(m_edition, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillCategories();
        search();
    });
    connect(m_failing, &QCheckBox::toggled, this, &ReviewPage::search);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    showProject(index.data(SearchResultModel::IdRole).toLongLong());
            });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit projectActivated(index.data(SearchResultModel::IdRole).toLongLong());
    });
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_projectId > 0)
            emit projectActivated(m_projectId);
    });
    m_reviewer->setText(m_settings ? m_settings->reviewerName() : QString());
    connect(m_reviewer, &QLineEdit::editingFinished, this, [this] {
        if (m_settings)
            m_settings->setReviewerName(m_reviewer->text());
    });
    connect(m_reviewStatus, &QComboBox::activated, this, [this] {
        if (!m_workspace || m_projectId <= 0)
            return;
        const Review::Status now = Review::Status(m_reviewStatus->currentData().toInt());
        QString error;
        const std::optional<Review> review = Review::load(*m_workspace, m_projectId, &error);
        if (!review) {
            fail(error);
            return;
        }
        if ((review->status != now || review->updatedAt.isEmpty()) && !write([&] {
                return Commands::setReviewStatus(m_stack, m_workspace, m_projectId, m_title->text(),
                                                 review->status, now, m_reviewer->text());
            })) {
            const QSignalBlocker blocker(m_reviewStatus);
            m_reviewStatus->setCurrentIndex(m_reviewStatus->findData(int(review->status)));
        }
    });
    connect(m_addComment, &QPushButton::clicked, this, &ReviewPage::addComment);
    auto *addShortcut = new QAction(m_commentEdit);
    addShortcut->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    addShortcut->setShortcutContext(Qt::WidgetShortcut);
    m_commentEdit->addAction(addShortcut);
    connect(addShortcut, &QAction::triggered, this, &ReviewPage::addComment);
    connect(duplicate, &QPushButton::clicked, this, [this] { linkSelected(true); });
    connect(cooperation, &QPushButton::clicked, this, [this] { linkSelected(false); });
    connect(merge, &QPushButton::clicked, this, &ReviewPage::mergeSelected);
    connect(unlink, &QPushButton::clicked, this, &ReviewPage::unlinkSelected);
    connect(m_similar, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        showProject(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_links, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showProject(item->data(Qt::UserRole + 1).toLongLong());
    });
}

ReviewPage::~ReviewPage()
{
    // A search checking eligibility stops, and ends before the page goes away.
    if (m_failingSearch) {
        m_failingSearch->cancel();
        m_failingSearch->waitForFinished();
    }
}

void ReviewPage::setWorkspace(Workspace *workspace)
{
    m_stack->clear(); // its commands point to the workspace going away
    if (m_failingSearch) {
        m_failingSearch->cancel();
        m_failingSearch = nullptr;
    }
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::projectChanged, this, &ReviewPage::projectWritten);
        connect(m_workspace, &Workspace::projectsChanged, this, [this] {
            if (!m_writing && m_projectId > 0 && isVisible())
                showLinks();
            markStale();
        });
    }
    m_projectId = 0;
    m_results->setResult({});
    m_panel->setEnabled(false);
    m_title->clear();
    fillFilters();
    m_stale = true;
    if (m_workspace && isVisible())
        search();
}

void ReviewPage::markStale()
{
    m_stale = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_stale)
                search();
        });
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_workspace) {
        fillFilters();
        search();
    }
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    // ↓ from the search goes to the hits, as Entrée does.
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        goToResults();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewPage::goToResults()
{
    if (m_typingTimer->isActive())
        search();
    if (m_results->rowCount() == 0)
        return;
    m_view->setFocus();
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_results->index(0));
}

void ReviewPage::focusSearch()
{
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

// Each filter's first item says "all" in a word: its label names what it filters, and the
// combos stay narrow enough for a 1024-pixel projector.
void ReviewPage::fillFilters()
{
    m_filling = true;
    if (!m_workspace) {
        for (QComboBox *box : {m_edition, m_venue, m_stage, m_category, m_commune, m_arrondissement,
                               m_epci, m_status, m_import})
            box->clear();
        m_filling = false;
        return;
    }
    QList<std::pair<QVariant, QString>> items;
    for (const ProjectRecord::Choice &c : ProjectRecord::editions(*m_workspace))
        items.append({c.id, c.name});
    fillCombo(m_edition, tr("All", "editions"), items);
    items.clear();
    for (const ProjectRecord::Choice &c : ProjectRecord::venues(*m_workspace))
        items.append({c.id, c.name});
    fillCombo(m_venue, tr("All", "comptoirs"), items);
    items.clear();
    for (const Stage stage : Stages::all())
        items.append({int(stage), Stages::name(stage)});
    fillCombo(m_stage, tr("All", "stages"), items);
    items.clear();
    for (const QString &commune : ProjectSearch::communes(*m_workspace))
        items.append({commune, commune});
    fillCombo(m_commune, tr("All", "communes"), items);
    items.clear();
    for (const Territory &t : Communes::arrondissements())
        items.append({t.code, t.name});
    fillCombo(m_arrondissement, tr("All", "arrondissements"), items);
    items.clear();
    for (const Territory &t : Communes::epcis())
        items.append({t.code, t.name});
    fillCombo(m_epci, tr("All", "EPCI"), items);
    items.clear();
    for (const Review::Status status : Review::allStatuses())
        items.append({int(status), Review::label(status)});
    fillCombo(m_status, tr("All", "review statuses"), items);
    items.clear();
    for (const auto &[id, label] : ProjectSearch::imports(*m_workspace))
        items.append({id, label});
    fillCombo(m_import, tr("All", "origins"), items);
    fillCategories();
    m_filling = false;
}

void ReviewPage::fillCategories()
{
    const bool filling = std::exchange(m_filling, true);
    QList<std::pair<QVariant, QString>> items;
    const qint64 edition = m_edition->currentData().toLongLong();
    if (m_workspace && edition > 0) {
        for (const ProjectRecord::Choice &c : ProjectRecord::categories(*m_workspace, edition))
            items.append({c.id, c.name});
    }
    fillCombo(m_category, edition > 0 ? tr("All", "categories") : tr("Choose an edition"), items);
    m_category->setEnabled(edition > 0);
    m_filling = filling;
}

void ReviewPage::search()
{
    m_typingTimer->stop();
    if (!m_workspace)
        return;
    m_stale = false;
    ProjectSearch::Query query;
    query.text = m_searchEdit->text();
    query.editionId = m_edition->currentData().toLongLong();
    query.venueId = m_venue->currentData().toLongLong();
    query.categoryId = m_category->currentData().toLongLong();
    if (m_stage->currentData().isValid())
        query.stage = Stage(m_stage->currentData().toInt());
    query.commune = m_commune->currentData().toString();
    query.arrondissement = m_arrondissement->currentData().toString();
    query.epci = m_epci->currentData().toString();
    if (m_status->currentData().isValid())
        query.status = Review::Status(m_status->currentData().toInt());
    query.importId = m_import->currentData().toLongLong();
    query.eligibilityFailing = m_failing->isChecked();

    // A search still checking eligibility gives way to this one.
    if (m_failingSearch) {
        m_failingSearch->cancel();
        m_failingSearch = nullptr;
    }
    // The first search after many projects arrived (an import, a migrated workspace) writes
    // them into the index: a few seconds at a department's scale, said rather than frozen.
    QString error;
    if (!ProjectSearch::matchExpression(query.text).isEmpty()) {
        const int stale = ProjectSearch::staleCount(*m_workspace);
        std::optional<BusyCursor> busy;
        if (stale >= kStaleWorthSaying) {
            emit message(tr("Preparing the search over %Ln project(s)…", nullptr, stale));
            busy.emplace();
        }
        if (ProjectSearch::refreshIndex(*m_workspace, &error) < 0) {
            m_count->setText(error);
            m_results->setResult({});
            return;
        }
    }
    if (query.eligibilityFailing) {
        searchFailing(query);
        return;
    }
    std::optional<ProjectSearch::Result> result = ProjectSearch::find(*m_workspace, query, &error);
    if (!result) {
        m_count->setText(error);
        m_results->setResult({});
        return;
    }
    showResult(*result);
}

// Eligibility depends on many records, checked project by project: over many projects it
// takes a while, so it runs off the UI thread (long work, the one way: QtConcurrent and a
// QFutureWatcher) on a reader of its own, shown with its progress, and it can be stopped.
void ReviewPage::searchFailing(const ProjectSearch::Query &query)
{
    struct Found
    {
        std::optional<ProjectSearch::Result> result;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Found>(this);
    m_failingSearch = watcher;
    m_count->setText(tr("Checking eligibility…"));
    QPointer<QProgressDialog> progress = new QProgressDialog(
        tr("Checking the eligibility of the projects…"), tr("Stop"), 0, 0, this);
    progress->setObjectName(QStringLiteral("eligibilityProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [progress](int minimum, int maximum) {
                if (progress)
                    progress->setRange(minimum, maximum);
            });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [progress](int value) {
        // A modal progress dialog handles events in setValue(): the search may end meanwhile.
        if (progress)
            progress->setValue(value);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress] {
        if (progress) {
            progress->hide();
            progress->deleteLater();
        }
        watcher->deleteLater();
        if (watcher != m_failingSearch)
            return; // given way to another search
        m_failingSearch = nullptr;
        const Found found = watcher->isCanceled() || watcher->future().resultCount() == 0
                                ? Found{std::nullopt, ProjectSearch::tr("The search was stopped.")}
                                : watcher->future().result();
        if (!found.result) {
            m_count->setText(found.error);
            m_results->setResult({});
            return;
        }
        showResult(*found.result);
    });
    watcher->setFuture(
        QtConcurrent::run([path = m_workspace->filePath(), query](QPromise<Found> &promise) {
            Found found;
            const std::unique_ptr<Workspace> reader = Workspace::openReader(path, &found.error);
            if (reader) {
                found.result = ProjectSearch::find(*reader, query, &found.error,
                                                   [&promise](int done, int total) {
                                                       promise.setProgressRange(0, total);
                                                       promise.setProgressValue(done);
                                                       return !promise.isCanceled();
                                                   });
            }
            promise.addResult(std::move(found));
        }));
}

void ReviewPage::showResult(const ProjectSearch::Result &result)
{
    const qint64 current = m_projectId;
    m_results->setResult(result);
    if (result.total == 0)
        m_count->setText(tr("No project found."));
    else if (result.total > result.hits.size())
        m_count->setText(
            tr("%n project(s) found; the %1 most relevant shown.", nullptr, result.total)
                .arg(result.hits.size()));
    else
        m_count->setText(tr("%n project(s) found.", nullptr, result.total));
    const int row = m_results->rowForId(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_results->index(row));
}

void ReviewPage::showProject(qint64 projectId)
{
    if (!m_workspace)
        return;
    m_projectId = projectId;
    m_panel->setEnabled(projectId > 0);
    showReview();
    showSimilar();
    showLinks();
}

void ReviewPage::showReview()
{
    QString error;
    std::optional<Review> review = Review::load(*m_workspace, m_projectId, &error);
    const QVariant title = [&] {
        for (const ProjectSearch::Hit &hit : m_results->result().hits) {
            if (hit.id == m_projectId)
                return QVariant(hit.title);
        }
        return QVariant();
    }();
    m_title->setText(title.isValid() ? title.toString()
                                     : ProjectSearch::title(*m_workspace, m_projectId));
    if (!review) {
        fail(error);
        return;
    }
    m_reviewStatus->setCurrentIndex(m_reviewStatus->findData(int(review->status)));
    m_reviewStatus->setToolTip(
        review->updatedAt.isEmpty()
            ? tr("Not reviewed yet")
            : tr("Set by %1 on %2")
                  .arg(
                      review->reviewer.isEmpty() ? tr("someone") : review->reviewer,
                      QLocale().toString(
                          QDateTime::fromString(review->updatedAt, Qt::ISODateWithMs).toLocalTime(),
                          QLocale::ShortFormat)));

    // The grid: one spin box per criterion with a weight, "—" when not scored.
    while (m_grid->rowCount() > 0)
        m_grid->removeRow(0);
    m_scores.clear();
    m_total = new QLabel(m_grid->parentWidget());
    m_total->setObjectName(QStringLiteral("reviewTotal"));
    for (const Review::Criterion &criterion : std::as_const(review->criteria)) {
        auto *spin = new QSpinBox(m_grid->parentWidget());
        spin->setObjectName(QStringLiteral("score_") + criterion.code);
        spin->setRange(-1, Review::kMaxScore);
        spin->setSpecialValueText(tr("—"));
        spin->setValue(criterion.score.value_or(-1));
        spin->setEnabled(criterion.weight > 0);
        spin->setToolTip(criterion.author.isEmpty() ? QString()
                                                    : tr("Scored by %1").arg(criterion.author));
        m_grid->addRow(tr("%1 (weight %2):").arg(criterion.name).arg(criterion.weight), spin);
        m_scores << spin;
        connect(
            spin, &QSpinBox::valueChanged, this,
            [this, spin, id = criterion.categoryId, name = criterion.name,
             previous = criterion.score](int value) mutable {
                if (!m_workspace || m_projectId <= 0)
                    return;
                const std::optional<int> now = value < 0 ? std::nullopt : std::optional<int>(value);
                if (!write([&] {
                        return Commands::setScore(m_stack, m_workspace, m_projectId, id, name,
                                                  previous, now, m_reviewer->text());
                    })) {
                    const QSignalBlocker blocker(spin);
                    spin->setValue(previous.value_or(spin->minimum()));
                    return;
                }
                previous = now;
                QString error;
                const std::optional<Review> r = Review::load(*m_workspace, m_projectId, &error);
                if (r && r->weightedScore())
                    m_total->setText(
                        tr("<b>%1 / 100</b>").arg(QLocale().toString(*r->weightedScore(), 'f', 0)));
                else
                    m_total->setText(tr("Score every criterion to see the total."));
            });
    }
    if (review->criteria.isEmpty())
        m_total->setText(tr("The project has no edition: its edition's categories are the "
                            "criteria."));
    else if (review->weightedScore())
        m_total->setText(
            tr("<b>%1 / 100</b>").arg(QLocale().toString(*review->weightedScore(), 'f', 0)));
    else
        m_total->setText(tr("Score every criterion to see the total."));
    m_grid->addRow(tr("Weighted total:"), m_total);
    // Rows made while the page is shown are shown with it.
    for (QWidget *child :
         m_grid->parentWidget()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        child->show();

    m_comments->clear();
    for (const Review::Comment &comment : std::as_const(review->comments)) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2\n%3")
                .arg(comment.author.isEmpty() ? tr("Anonymous") : comment.author,
                     QLocale().toString(
                         QDateTime::fromString(comment.createdAt, Qt::ISODateWithMs).toLocalTime(),
                         QLocale::ShortFormat),
                     comment.body),
            m_comments);
        item->setData(Qt::UserRole, comment.id);
    }
    m_comments->scrollToBottom();
}

void ReviewPage::showSimilar()
{
    m_similar->clear();
    QString error;
    const std::optional<QList<SimilarProjects::Match>> matches =
        SimilarProjects::find(*m_workspace, m_projectId, kSimilarShown, &error);
    if (!matches) {
        fail(error);
        return;
    }
    for (const SimilarProjects::Match &m : *matches) {
        auto *item = new QTreeWidgetItem(m_similar, {m.title, m.venue, m.edition,
                                                     QStringLiteral("%1 %").arg(m.percent),
                                                     m.sharedWords.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, m.id);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!matches->isEmpty())
        m_similar->setCurrentItem(m_similar->topLevelItem(0));
}

void ReviewPage::showLinks()
{
    m_links->clear();
    QString error;
    const auto links = ProjectLinks::links(*m_workspace, m_projectId, &error);
    if (!links) {
        fail(error);
        return;
    }
    for (const ProjectLinks::Link &link : *links) {
        QString text =
            QStringLiteral("%1 : %2").arg(ProjectLinks::label(link.kind), link.otherTitle);
        if (!link.note.isEmpty())
            text += QStringLiteral(" — ") + link.note;
        auto *item = new QListWidgetItem(text, m_links);
        item->setData(Qt::UserRole, link.id);
        item->setData(Qt::UserRole + 1, link.otherId);
    }
}

void ReviewPage::addComment()
{
    if (!m_workspace || m_projectId <= 0)
        return;
    if (m_commentEdit->toPlainText().trimmed().isEmpty()) {
        fail(Review::tr("A comment cannot be empty."));
        return;
    }
    m_writing = true;
    const Result<qint64> added = Commands::addComment(
        m_stack, m_workspace, m_projectId, m_reviewer->text(), m_commentEdit->toPlainText());
    m_writing = false;
    if (added)
        m_commentEdit->clear(); // else the comment stays typed, and the status bar says why
    showReview();
}

qint64 ReviewPage::selectedSimilar() const
{
    const QTreeWidgetItem *item = m_similar->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void ReviewPage::linkSelected(bool duplicate)
{
    const qint64 other = selectedSimilar();
    if (!m_workspace || m_projectId <= 0 || other <= 0)
        return;
    const QString title = m_similar->currentItem()->text(0);
    write([&] {
        return Commands::linkProjects(m_stack, m_workspace, m_projectId, other, title,
                                      duplicate ? ProjectLinks::Kind::Duplicate
                                                : ProjectLinks::Kind::Cooperation);
    });
    showLinks();
}

void ReviewPage::unlinkSelected()
{
    const QListWidgetItem *item = m_links->currentItem();
    if (!m_workspace || !item)
        return;
    const QString text = item->text();
    const qint64 other = item->data(Qt::UserRole + 1).toLongLong();
    write([&] {
        return Commands::linkProjects(m_stack, m_workspace, m_projectId, other,
                                      text.mid(text.indexOf(QLatin1Char(':')) + 1).trimmed(),
                                      std::nullopt);
    });
    showLinks();
}

void ReviewPage::mergeSelected()
{
    const QTreeWidgetItem *item = m_similar->currentItem();
    if (!m_workspace || m_projectId <= 0 || !item)
        return;
    const qint64 gone = item->data(0, Qt::UserRole).toLongLong();
    const QString keptTitle = m_title->text();
    if (MessageBox::question(
            this, tr("Merge two projects"),
            tr("Merge “%1” into “%2”?\n\n“%2” keeps its answers and takes those it lacks; "
               "answers of “%1” that differ are copied into a comment. Holders, attendance, "
               "comments and links move to “%2”, then “%1” is removed. This cannot be undone; a "
               "file bringing “%1” again will not bring it back.")
                .arg(item->text(0), keptTitle)) != QMessageBox::Yes)
        return;
    QString error;
    const std::optional<ProjectLinks::MergeReport> report =
        ProjectLinks::merge(*m_workspace, m_projectId, gone, m_reviewer->text(), &error);
    if (!report) {
        fail(error);
        return;
    }
    emit message(
        tr("“%1” was merged into “%2”. Answers taken: %3; answers that differed, copied into a "
           "comment: %4; holders added: %5.")
            .arg(item->text(0), keptTitle)
            .arg(report->answersTaken)
            .arg(report->answersSetAside)
            .arg(report->holdersAdded));
    search();
    showProject(m_projectId);
}

bool ReviewPage::write(const std::function<Result<void>()> &edit)
{
    m_writing = true;
    const Result<void> written = edit();
    m_writing = false;
    if (!written)
        fail(written.error());
    return written.ok();
}

void ReviewPage::projectWritten(qint64 projectId)
{
    // An undo or a redo of the project shown (an edit made here is already on screen).
    if (m_writing || projectId != m_projectId || !m_workspace)
        return;
    showReview();
    showLinks();
}

void ReviewPage::fail(const QString &message)
{
    MessageBox::warning(this, tr("Review"), message);
}
