#include "ReviewSearchPane.h"

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

#include <utility>
#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFontMetrics>
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

#include <algorithm>

namespace {

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
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        // The title and where the project stands on a line each, shortened if need be (the
        // details whole in the tooltip), so the passage found always has its two lines.
        QFont bold = opt.font;
        bold.setBold(true);
        const int width = text.width() - 6;
        const QString title = QFontMetrics(bold).elidedText(opt.text, Qt::ElideRight, width);
        const QString detail = opt.fontMetrics.elidedText(
            index.data(SearchResultModel::DetailRole).toString(), Qt::ElideRight, width);
        const QString html =
            QStringLiteral("<b>%1</b><br><span style='color:%2'>%3</span><br>%4")
                .arg(title.toHtmlEscaped(), opt.palette.color(QPalette::PlaceholderText).name(),
                     detail.toHtmlEscaped(),
                     index.data(SearchResultModel::SnippetRole).toString());
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(2);
        doc.setHtml(html);
        doc.setTextWidth(text.width());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        painter->save();
        painter->translate(text.topLeft());
        // Whole lines only: a fifth line of the passage is left out, not shown cut.
        QRect clip = text.translated(-text.topLeft());
        clip.setHeight(std::min(clip.height(), opt.fontMetrics.lineSpacing() * 4 + 3));
        painter->setClipRect(clip);
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

ReviewSearchPane::ReviewSearchPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewSearchPane"));
    // The search and its filters.
    QWidget *left = this;
    auto *leftLayout = new QVBoxLayout(this);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_searchEdit = new QLineEdit(left);
    m_searchEdit->setObjectName(QStringLiteral("reviewSearch"));
    m_searchEdit->setAccessibleName(tr("Search the projects"));
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
    m_view->setAccessibleName(tr("Projects found"));
    m_view->setModel(m_results);
    m_view->setItemDelegate(new HitDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    leftLayout->addWidget(m_view, 1);

    // Typing searches after a pause (each search takes milliseconds; this only spares the
    // repaint of every keystroke); filters search at once.
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(150);
    connect(m_typingTimer, &QTimer::timeout, this, &ReviewSearchPane::search);
    connect(m_searchEdit, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &ReviewSearchPane::goToResults);
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
    connect(m_failing, &QCheckBox::toggled, this, &ReviewSearchPane::search);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (!index.isValid())
                    return;
                m_current = index.data(SearchResultModel::IdRole).toLongLong();
                emit projectChosen(m_current);
            });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit projectActivated(index.data(SearchResultModel::IdRole).toLongLong());
    });
}

ReviewSearchPane::~ReviewSearchPane()
{
    // A search checking eligibility stops, and ends before the pane goes away.
    if (m_failingSearch) {
        m_failingSearch->cancel();
        m_failingSearch->waitForFinished();
    }
}

void ReviewSearchPane::setWorkspace(Workspace *workspace)
{
    if (m_failingSearch) {
        m_failingSearch->cancel();
        m_failingSearch = nullptr;
    }
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::projectsChanged, this, &ReviewSearchPane::markStale);
    m_current = 0;
    m_results->setResult({});
    m_stale = true;
    if (m_workspace && isVisible()) {
        fillFilters();
        search();
    } else {
        // Filled when the pane is first shown: the communes of 100,000 projects are a scan
        // the window's first paint would wait for.
        Workspace *const shown = std::exchange(m_workspace, nullptr);
        fillFilters(); // emptied
        m_workspace = shown;
    }
}

QString ReviewSearchPane::hitTitle(qint64 projectId) const
{
    for (const ProjectSearch::Hit &hit : m_results->result().hits) {
        if (hit.id == projectId)
            return hit.title;
    }
    return QString();
}

void ReviewSearchPane::markStale()
{
    m_stale = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_stale)
                search();
        });
}

void ReviewSearchPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_workspace) {
        fillFilters();
        search();
    }
}

bool ReviewSearchPane::eventFilter(QObject *watched, QEvent *event)
{
    // ↓ from the search goes to the hits, as Entrée does.
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        goToResults();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewSearchPane::goToResults()
{
    if (m_typingTimer->isActive())
        search();
    if (m_results->rowCount() == 0)
        return;
    m_view->setFocus();
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_results->index(0));
}

void ReviewSearchPane::focusSearch()
{
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

void ReviewSearchPane::fillFilters()
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

void ReviewSearchPane::fillCategories()
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

void ReviewSearchPane::search()
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

void ReviewSearchPane::searchFailing(const ProjectSearch::Query &query)
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

void ReviewSearchPane::showResult(const ProjectSearch::Result &result)
{
    const qint64 current = m_current;
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
