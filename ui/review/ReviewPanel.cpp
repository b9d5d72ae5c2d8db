#include "ReviewPanel.h"

#include "attachments/AttachmentsPanel.h"
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
#include "widgets/FlowLayout.h"
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

} // namespace

ReviewPanel::ReviewPanel(Settings *settings, QWidget *parent, QUndoStack *stack)
    : QWidget(parent)
    , m_settings(settings)
{
    m_stack = stack ? stack : new QUndoStack(this);
    // The review of the chosen project.
    setObjectName(QStringLiteral("reviewPanel"));
    auto *panel = new QVBoxLayout(this);
    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *open = new QPushButton(tr("&Open the project"), this);
    open->setObjectName(QStringLiteral("openReviewedProject"));
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(open);
    panel->addLayout(titleRow);

    auto *form = new QFormLayout;
    m_reviewer = new QLineEdit(this);
    m_reviewer->setObjectName(QStringLiteral("reviewerName"));
    m_reviewer->setPlaceholderText(tr("Your name, to sign reviews and comments"));
    form->addRow(tr("Reviewed &by:"), m_reviewer);
    m_reviewStatus = new QComboBox(this);
    m_reviewStatus->setObjectName(QStringLiteral("reviewStatus"));
    for (const Review::Status status : Review::allStatuses())
        m_reviewStatus->addItem(Review::label(status), int(status));
    form->addRow(tr("&Status:"), m_reviewStatus);
    panel->addLayout(form);

    auto *gridBox = new QGroupBox(tr("Committee's grid (0 to 5 per criterion)"), this);
    m_grid = new QFormLayout(gridBox);
    panel->addWidget(gridBox);

    // The pièces jointes, to look at and open (they are edited in the project).
    auto *piecesBox = new QGroupBox(tr("Attachments"), this);
    auto *pieces = new QVBoxLayout(piecesBox);
    m_attachments = new AttachmentsPanel(piecesBox);
    m_attachments->setObjectName(QStringLiteral("reviewAttachments"));
    m_attachments->setReadOnly(true);
    pieces->addWidget(m_attachments);
    connect(m_attachments, &AttachmentsPanel::countChanged, piecesBox, [piecesBox](int count) {
        piecesBox->setTitle(tr("Attachments (%n)", nullptr, count));
    });
    panel->addWidget(piecesBox);

    auto *commentsBox = new QGroupBox(tr("Comments for the committee"), this);
    auto *comments = new QVBoxLayout(commentsBox);
    m_comments = new QListWidget(commentsBox);
    m_comments->setObjectName(QStringLiteral("reviewComments"));
    m_comments->setAccessibleName(tr("Comments for the committee"));
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

    auto *similarBox = new QGroupBox(tr("Similar projects (all comptoirs and editions)"), this);
    auto *similar = new QVBoxLayout(similarBox);
    m_similar = new QTreeWidget(similarBox);
    m_similar->setObjectName(QStringLiteral("similarList"));
    m_similar->setAccessibleName(tr("Similar projects"));
    m_similar->setRootIsDecorated(false);
    // Three columns that fit a laptop: the project with its comptoir and edition under its
    // title, how alike, and the telling words they share.
    m_similar->setHeaderLabels({tr("Project"), tr("Alike"), tr("Words in common")});
    m_similar->setWordWrap(true);
    m_similar->setUniformRowHeights(false);
    m_similar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_similar->header()->setStretchLastSection(false);
    m_similar->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_similar->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_similar->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_similar->header()->resizeSection(2, 180);
    m_similar->setMinimumHeight(150);
    similar->addWidget(m_similar);
    auto *similarButtons = new FlowLayout(nullptr, 6, 6);
    auto *duplicate = new QPushButton(tr("Link as a &duplicate"), similarBox);
    duplicate->setObjectName(QStringLiteral("linkDuplicateButton"));
    auto *cooperation = new QPushButton(tr("Link for &cooperation"), similarBox);
    cooperation->setObjectName(QStringLiteral("linkCooperationButton"));
    auto *merge = new QPushButton(tr("&Merge into this project…"), similarBox);
    merge->setObjectName(QStringLiteral("mergeButton"));
    similarButtons->addWidget(duplicate);
    similarButtons->addWidget(cooperation);
    similarButtons->addWidget(merge);
    similar->addLayout(similarButtons);
    panel->addWidget(similarBox);

    auto *linksBox = new QGroupBox(tr("Linked projects"), this);
    auto *links = new QVBoxLayout(linksBox);
    m_links = new QListWidget(linksBox);
    m_links->setObjectName(QStringLiteral("linksList"));
    m_links->setAccessibleName(tr("Linked projects"));
    m_links->setMaximumHeight(90);
    m_links->setWordWrap(true); // a linked project's title and note are read whole
    m_links->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_links->setResizeMode(QListView::Adjust);
    links->addWidget(m_links);
    auto *unlink = new QPushButton(tr("&Unlink"), linksBox);
    unlink->setObjectName(QStringLiteral("unlinkButton"));
    links->addWidget(unlink, 0, Qt::AlignRight);
    panel->addWidget(linksBox);
    panel->addStretch();
    setEnabled(false);

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
    connect(m_addComment, &QPushButton::clicked, this, &ReviewPanel::addComment);
    auto *addShortcut = new QAction(m_commentEdit);
    addShortcut->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    addShortcut->setShortcutContext(Qt::WidgetShortcut);
    m_commentEdit->addAction(addShortcut);
    connect(addShortcut, &QAction::triggered, this, &ReviewPanel::addComment);
    connect(duplicate, &QPushButton::clicked, this, [this] { linkSelected(true); });
    connect(cooperation, &QPushButton::clicked, this, [this] { linkSelected(false); });
    connect(merge, &QPushButton::clicked, this, &ReviewPanel::mergeSelected);
    connect(unlink, &QPushButton::clicked, this, &ReviewPanel::unlinkSelected);
    connect(m_similar, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        showProject(id);
        emit projectChosen(id);
    });
    connect(m_links, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole + 1).toLongLong();
        showProject(id);
        emit projectChosen(id);
    });
}

void ReviewPanel::setWorkspace(Workspace *workspace)
{
    m_stack->clear(); // its commands point to the workspace going away
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_attachments->setWorkspace(workspace);
    if (m_workspace) {
        connect(m_workspace, &Workspace::projectChanged, this, &ReviewPanel::projectWritten);
        connect(m_workspace, &Workspace::projectsChanged, this, [this] {
            if (!m_writing && m_projectId > 0 && isVisible())
                showLinks();
        });
    }
    m_projectId = 0;
    m_knownTitle.clear();
    setEnabled(false);
    m_title->clear();
}

void ReviewPanel::showProject(qint64 projectId, const QString &title)
{
    if (!m_workspace)
        return;
    m_projectId = projectId;
    m_knownTitle = title;
    setEnabled(projectId > 0);
    m_attachments->setProject(projectId);
    // A read-only workspace is read and searched: what would write is off, the rest browses.
    const bool writable = !m_workspace->isReadOnly();
    for (QWidget *edit : std::initializer_list<QWidget *>{m_reviewStatus, m_commentEdit,
                                                          m_addComment})
        edit->setEnabled(writable);
    for (const char *button : {"linkDuplicateButton", "linkCooperationButton", "mergeButton",
                               "unlinkButton"})
        findChild<QPushButton *>(QLatin1String(button))->setEnabled(writable);
    showReview();
    showSimilar();
    showLinks();
}

void ReviewPanel::showReview()
{
    QString error;
    std::optional<Review> review = Review::load(*m_workspace, m_projectId, &error);
    m_title->setText(!m_knownTitle.isEmpty() ? m_knownTitle
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
        spin->setEnabled(!m_workspace->isReadOnly());
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

void ReviewPanel::showSimilar()
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
        QStringList where{m.venue, m.edition};
        where.removeAll(QString());
        auto *item = new QTreeWidgetItem(
            m_similar, {m.title + QLatin1Char('\n') + where.join(QStringLiteral(" · ")),
                        tr("%1 %").arg(m.percent), m.sharedWords.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, m.id);
        item->setToolTip(0, item->text(0));
        item->setToolTip(2, item->text(2));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignTop);
    }
    if (!matches->isEmpty())
        m_similar->setCurrentItem(m_similar->topLevelItem(0));
}

void ReviewPanel::showLinks()
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

void ReviewPanel::addComment()
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

qint64 ReviewPanel::selectedSimilar() const
{
    const QTreeWidgetItem *item = m_similar->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void ReviewPanel::linkSelected(bool duplicate)
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

void ReviewPanel::unlinkSelected()
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

void ReviewPanel::mergeSelected()
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
    emit merged();
    showProject(m_projectId, keptTitle);
}

bool ReviewPanel::write(const std::function<Result<void>()> &edit)
{
    m_writing = true;
    const Result<void> written = edit();
    m_writing = false;
    if (!written)
        fail(written.error());
    return written.ok();
}

void ReviewPanel::projectWritten(qint64 projectId)
{
    // An undo or a redo of the project shown (an edit made here is already on screen).
    if (m_writing || projectId != m_projectId || !m_workspace)
        return;
    showReview();
    showLinks();
}

void ReviewPanel::fail(const QString &message)
{
    MessageBox::warning(this, tr("Review"), message);
}
