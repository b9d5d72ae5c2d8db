#include "AttachmentsPanel.h"

#include "Thumbnails.h"
#include "attachments/AttachmentContent.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "projects/BudgetLines.h"
#include "rules/Money.h"
#include "session/Deletions.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString fileFilter()
{
    return AttachmentsPanel::tr("Accepted pieces (*.pdf *.jpg *.jpeg *.png *.odt *.ods *.docx "
                                "*.xlsx);;All files (*)");
}

} // namespace

AttachmentsPanel::AttachmentsPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add pieces…"), this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_replaceButton(new QPushButton(tr("Re&place…"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_details(new QGroupBox(tr("The selected piece"), this))
    , m_kind(new QComboBox(m_details))
    , m_caption(new QLineEdit(m_details))
    , m_budgetLine(new QComboBox(m_details))
    , m_confidential(
          new QCheckBox(tr("Confidential: never in the platform's export"), m_details))
{
    setObjectName(QStringLiteral("attachmentsPanel"));
    setAcceptDrops(true);

    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Attachments"));
    m_list->setIconSize(QSize(64, 64));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);

    m_hint->setObjectName(QStringLiteral("attachmentsHint"));
    m_hint->setWordWrap(true);
    m_addHint = tr("Drop files here, or use « Add pieces… ». Accepted: %1; %2 per piece, %3 per "
                   "project.")
                    .arg(AttachmentContent::acceptedList(),
                         Attachments::sizeText(Attachments::kMaxFileBytes),
                         Attachments::sizeText(Attachments::kMaxProjectBytes));
    m_hint->setText(m_addHint);

    m_addButton->setObjectName(QStringLiteral("addAttachments"));
    m_addButton->setToolTip(tr("Attach quotes, statutes, photos, letters of support, plans "
                               "(Ctrl+Shift+J)"));
    m_openButton->setObjectName(QStringLiteral("openAttachment"));
    m_replaceButton->setObjectName(QStringLiteral("replaceAttachment"));
    m_replaceButton->setToolTip(tr("Give this piece a newer file, keeping its kind and caption"));
    m_removeButton->setObjectName(QStringLiteral("removeAttachment"));
    m_removeButton->setToolTip(tr("Move to the trash (Suppr)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_replaceButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    m_kind->setObjectName(QStringLiteral("attachmentKind"));
    for (const QString &kind : Attachments::kinds())
        m_kind->addItem(Attachments::kindLabel(kind), kind);
    m_caption->setObjectName(QStringLiteral("attachmentCaption"));
    m_caption->setMaxLength(Attachments::kMaxCaption);
    m_caption->setPlaceholderText(tr("e.g. Quote from the joinery for the shelves"));
    m_budgetLine->setObjectName(QStringLiteral("attachmentBudgetLine"));
    m_budgetLine->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_budgetLine->setMinimumContentsLength(16);
    m_confidential->setObjectName(QStringLiteral("attachmentConfidential"));
    m_kind->setAccessibleName(tr("Kind of the piece"));
    m_caption->setAccessibleName(tr("Caption of the piece"));
    m_budgetLine->setAccessibleName(tr("Budget line the quote backs"));
    auto *form = new QFormLayout(m_details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Caption"), m_caption);
    form->addRow(tr("&Budget line"), m_budgetLine);
    form->addRow(QString(), m_confidential);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    // In reading order: the buttons, the list, the selected piece.
    QWidget *order[] = {m_addButton, m_openButton,  m_replaceButton, m_removeButton, m_list,
                        m_kind,      m_caption,     m_budgetLine,    m_confidential};
    for (size_t i = 1; i < std::size(order); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);

    connect(m_addButton, &QPushButton::clicked, this, &AttachmentsPanel::chooseFiles);
    connect(m_openButton, &QPushButton::clicked, this, &AttachmentsPanel::openCurrent);
    connect(m_replaceButton, &QPushButton::clicked, this, &AttachmentsPanel::replaceCurrent);
    connect(m_removeButton, &QPushButton::clicked, this, &AttachmentsPanel::removeCurrent);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &AttachmentsPanel::selectionChanged);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentsPanel::openCurrent);
    auto *addShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), this);
    addShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(addShortcut, &QShortcut::activated, this, &AttachmentsPanel::chooseFiles);
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_list);
    removeShortcut->setContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &AttachmentsPanel::removeCurrent);

    connect(m_kind, &QComboBox::activated, this, [this] {
        m_budgetLine->setEnabled(!m_readOnly &&
                                 m_kind->currentData().toString() == QLatin1String("quote"));
        writeDetails();
    });
    connect(m_caption, &QLineEdit::editingFinished, this, &AttachmentsPanel::writeDetails);
    connect(m_budgetLine, &QComboBox::activated, this, &AttachmentsPanel::writeDetails);
    connect(m_confidential, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            writeDetails();
    });
    connect(&Thumbnails::instance(), &Thumbnails::ready, this,
            &AttachmentsPanel::refreshThumbnail);
    selectionChanged();
}

void AttachmentsPanel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_projectId = 0;
    if (m_workspace) {
        connect(m_workspace, &Workspace::attachmentsChanged, this, [this](qint64 projectId) {
            if (projectId == m_projectId)
                reload();
        });
        connect(m_workspace, &Workspace::budgetChanged, this, [this](qint64 projectId) {
            if (projectId == m_projectId)
                fillBudgetLines();
        });
    }
    reload();
}

void AttachmentsPanel::setProject(qint64 projectId)
{
    m_projectId = projectId;
    reload();
}

void AttachmentsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setAcceptDrops(!readOnly);
    m_addButton->setVisible(!readOnly);
    m_replaceButton->setVisible(!readOnly);
    m_removeButton->setVisible(!readOnly);
    m_details->setVisible(!readOnly);
    // Read-only, it sits in a box of its own (the review page): no margin of its own.
    layout()->setContentsMargins(readOnly ? QMargins() : style()->pixelMetric(QStyle::PM_LayoutLeftMargin) * QMargins(1, 1, 1, 1));
    selectionChanged();
}

QString AttachmentsPanel::itemText(const Attachments::Attachment &a) const
{
    QStringList facts{Attachments::kindLabel(a.kind), Attachments::sizeText(a.size)};
    if (a.confidential)
        facts << tr("confidential");
    QString text = a.fileName + QLatin1Char('\n') + facts.join(QStringLiteral(" · "));
    if (!a.caption.isEmpty())
        text += QLatin1Char('\n') + a.caption;
    return text;
}

void AttachmentsPanel::reload()
{
    const qint64 selected = current() ? current()->id : 0;
    m_loading = true;
    m_list->clear();
    m_attachments.clear();
    if (m_workspace && m_projectId > 0) {
        const auto list = Attachments::list(*m_workspace, m_projectId);
        if (list)
            m_attachments = *list;
    }
    for (const Attachments::Attachment &a : std::as_const(m_attachments)) {
        auto *item = new QListWidgetItem(itemText(a), m_list);
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(tr("%1\n%2, %3\nFingerprint (SHA-256): %4")
                             .arg(a.fileName, AttachmentContent::label(a.mediaType),
                                  Attachments::sizeText(a.size),
                                  Attachments::fingerprint(a.sha256)));
        const QImage thumbnail =
            Thumbnails::instance().thumbnail(*m_workspace, a.sha256, a.mediaType);
        item->setIcon(QPixmap::fromImage(
            thumbnail.isNull()
                ? Thumbnails::placeholder(a.mediaType, QSize(Thumbnails::kSide, Thumbnails::kSide))
                : thumbnail));
        if (a.id == selected)
            item->setSelected(true);
    }
    // The piece chosen before stays chosen; else the first, its details beside the list.
    if (m_list->selectedItems().isEmpty() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    else if (!m_list->selectedItems().isEmpty())
        m_list->setCurrentItem(m_list->selectedItems().constFirst());
    fillBudgetLines();
    m_loading = false;
    selectionChanged();
    emit countChanged(int(m_attachments.size()));
}

void AttachmentsPanel::refreshThumbnail(const QString &sha256)
{
    if (!m_workspace)
        return;
    for (int i = 0; i < m_list->count(); ++i) {
        const Attachments::Attachment &a = m_attachments.at(i);
        if (a.sha256 == sha256)
            m_list->item(i)->setIcon(QPixmap::fromImage(
                Thumbnails::instance().thumbnail(*m_workspace, a.sha256, a.mediaType)));
    }
}

const Attachments::Attachment *AttachmentsPanel::current() const
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.size() != 1)
        return nullptr;
    const int row = m_list->row(selected.constFirst());
    return row >= 0 && row < m_attachments.size() ? &m_attachments.at(row) : nullptr;
}

void AttachmentsPanel::fillBudgetLines()
{
    const QString chosen = current() ? current()->budgetLineUuid : QString();
    m_budgetLine->clear();
    m_budgetLine->addItem(tr("— none —"), QString());
    if (m_workspace && m_projectId > 0) {
        QString error;
        for (const BudgetLines::Line &line : BudgetLines::load(*m_workspace, m_projectId, &error)) {
            if (line.kind != BudgetLines::Kind::Expense)
                continue;
            const QString label = line.label.isEmpty() ? line.category : line.label;
            m_budgetLine->addItem(tr("%1 (%2)").arg(label, Money::format(line.amountCents)),
                                  line.uuid);
        }
    }
    const int index = m_budgetLine->findData(chosen);
    m_budgetLine->setCurrentIndex(index >= 0 ? index : 0);
}

void AttachmentsPanel::selectionChanged()
{
    const Attachments::Attachment *a = current();
    const int selected = int(m_list->selectedItems().size());
    // Empty: the hint says how to add pieces, or (read-only) that there are none.
    m_hint->setVisible(m_attachments.isEmpty());
    m_hint->setText(m_readOnly ? tr("No attachment.") : m_addHint);
    m_list->setVisible(!m_readOnly || !m_attachments.isEmpty());
    m_openButton->setEnabled(a != nullptr);
    m_replaceButton->setEnabled(!m_readOnly && a != nullptr);
    m_removeButton->setEnabled(!m_readOnly && selected > 0);
    m_addButton->setEnabled(!m_readOnly && m_workspace && m_projectId > 0);
    const bool loading = m_loading;
    m_loading = true;
    m_details->setEnabled(!m_readOnly && a != nullptr);
    m_kind->setCurrentIndex(a ? qMax(0, m_kind->findData(a->kind)) : 0);
    m_caption->setText(a ? a->caption : QString());
    const int line = m_budgetLine->findData(a ? a->budgetLineUuid : QString());
    m_budgetLine->setCurrentIndex(line >= 0 ? line : 0);
    m_budgetLine->setEnabled(a && !m_readOnly && a->kind == QLatin1String("quote"));
    m_confidential->setChecked(a && a->confidential);
    m_loading = loading;
}

void AttachmentsPanel::writeDetails()
{
    const Attachments::Attachment *a = current();
    if (m_loading || m_readOnly || !a || !m_workspace)
        return;
    Attachments::Attachment edited = *a;
    edited.kind = m_kind->currentData().toString();
    edited.caption = m_caption->text().trimmed();
    edited.budgetLineUuid = m_budgetLine->currentData().toString();
    edited.confidential = m_confidential->isChecked();
    if (edited.kind == a->kind && edited.caption == a->caption &&
        edited.budgetLineUuid == a->budgetLineUuid && edited.confidential == a->confidential)
        return;
    const Result<void> written = Attachments::update(*m_workspace, edited);
    if (!written)
        MessageBox::critical(this, tr("Cannot change the piece"), written.error());
}

void AttachmentsPanel::chooseFiles()
{
    if (m_readOnly || !m_workspace || m_projectId <= 0)
        return;
    const QStringList paths = FileDialog::getOpenFileNames(
        this, tr("Attach pieces"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), fileFilter());
    if (!paths.isEmpty())
        attachFiles(paths);
}

void AttachmentsPanel::attachFiles(const QStringList &paths)
{
    if (m_readOnly || !m_workspace || m_projectId <= 0 || paths.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Attachments::Added> added = Attachments::attach(*m_workspace, m_projectId, paths);
    QGuiApplication::restoreOverrideCursor();
    if (!added) {
        MessageBox::critical(this, tr("Cannot attach the pieces"), added.error());
        return;
    }
    if (!added->refused.isEmpty()) {
        const QString attached = added->attached.isEmpty()
                                     ? tr("No piece was attached.")
                                     : tr("%n piece(s) attached.", nullptr,
                                          int(added->attached.size()));
        MessageBox::warning(this, tr("Some files were refused"),
                            tr("%1 Refused:\n%2").arg(attached, added->refused.join(QLatin1Char('\n'))));
    }
    // Select what was just attached.
    for (int i = 0; i < m_list->count(); ++i) {
        const qint64 id = m_list->item(i)->data(Qt::UserRole).toLongLong();
        m_list->item(i)->setSelected(std::any_of(
            added->attached.cbegin(), added->attached.cend(),
            [id](const Attachments::Attachment &a) { return a.id == id; }));
    }
}

void AttachmentsPanel::openCurrent()
{
    const Attachments::Attachment *a = current();
    if (!a || !m_workspace)
        return;
    const Result<QString> path = Attachments::extractForViewing(*m_workspace, *a);
    if (!path) {
        MessageBox::critical(this, tr("Cannot open the piece"), path.error());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path)))
        MessageBox::warning(this, tr("Cannot open the piece"),
                            tr("No program of this computer opens %1 files. The piece was "
                               "written to %2.")
                                .arg(AttachmentContent::label(a->mediaType),
                                     QDir::toNativeSeparators(*path)));
}

void AttachmentsPanel::replaceCurrent()
{
    const Attachments::Attachment *a = current();
    if (m_readOnly || !a || !m_workspace)
        return;
    const QString path = FileDialog::getOpenFileName(
        this, tr("Replace “%1”").arg(a->fileName),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), fileFilter());
    if (path.isEmpty())
        return;
    const auto replaced = Attachments::replace(*m_workspace, a->id, path);
    if (!replaced)
        MessageBox::critical(this, tr("Cannot replace the piece"), replaced.error());
}

void AttachmentsPanel::removeCurrent()
{
    if (m_readOnly || !m_workspace)
        return;
    QList<qint64> ids;
    for (QListWidgetItem *item : m_list->selectedItems())
        ids << item->data(Qt::UserRole).toLongLong();
    if (ids.isEmpty())
        return;
    const auto removed = Deletions::deleteAttachments(*m_workspace, ids);
    if (!removed)
        MessageBox::critical(this, tr("Cannot remove the piece"), removed.error());
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && m_projectId > 0 && event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    event->ignore();
}

void AttachmentsPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    event->acceptProposedAction();
    attachFiles(paths);
}
