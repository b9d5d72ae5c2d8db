#include "ProjectEditor.h"

#include "organisations/OrganisationDialog.h"
#include "organisations/OrganisationPickerDialog.h"
#include "organisations/Organisations.h"

#include "exchange/BundleImport.h"
#include "projects/AnswerText.h"
#include "storage/Timestamp.h"

#include "BudgetEditor.h"
#include "attachments/Attachments.h"
#include "attachments/AttachmentsPanel.h"
#include "followup/FollowUpPanel.h"
#include "organisations/SuggestionsPanel.h"
#include "dialogs/MessageBox.h"
#include "FieldEditor.h"
#include "methodology/Completeness.h"
#include "methodology/MethodologyStore.h"
#include "projects/EditingSession.h"
#include "projects/ProjectAnswers.h"
#include "projects/ProjectDetails.h"
#include "projects/ProjectRecord.h"
#include "projects/StageRules.h"
#include "rules/Edition.h"
#include "rules/Eligibility.h"
#include "rules/Money.h"
#include "rules/SubsidyEstimate.h"
#include "StageOverrideDialog.h"
#include "storage/Workspace.h"
#include "widgets/FlowLayout.h"

#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace {

// A small disc for the navigator and the checklist: green done, orange partly, grey not yet.
QIcon statusIcon(const QColor &color, QChar mark)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(2, 2, 28, 28);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(20);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(pixmap.rect(), Qt::AlignCenter, QString(mark));
    return QIcon(pixmap);
}

const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kOrange(0xc7, 0x6a, 0x00);
const QColor kRed(0xb0, 0x00, 0x20);
const QColor kGrey(0x9e, 0x9e, 0x9e);

} // namespace

ProjectEditor::ProjectEditor(QUndoGroup *undoGroup, QWidget *parent)
    : QWidget(parent)
    , m_session(new EditingSession(undoGroup, this))
{
    setObjectName(QStringLiteral("projectEditor"));

    // Header: back, title, stage and links.
    m_backButton = new QPushButton(tr("← &Projects"), this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setToolTip(tr("Back to the list of projects (Alt+Left)"));
    m_backButton->setAutoDefault(false);
    connect(m_backButton, &QPushButton::clicked, this, &ProjectEditor::closeRequested);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("projectTitleLabel"));
    m_titleLabel->setProperty("fontScale", 1.4);
    scaleFont(m_titleLabel);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titleLabel->setWordWrap(true); // a long title takes two lines rather than being cut

    m_stageCombo = new QComboBox(this);
    m_stageCombo->setObjectName(QStringLiteral("projectStageCombo"));
    for (Stage stage : Stages::all())
        m_stageCombo->addItem(Stages::icon(stage), Stages::name(stage), int(stage));
    connect(m_stageCombo, &QComboBox::activated, this, &ProjectEditor::stageChosen);
    m_editionCombo = new QComboBox(this);
    m_editionCombo->setObjectName(QStringLiteral("editionCombo"));
    m_venueCombo = new QComboBox(this);
    m_venueCombo->setObjectName(QStringLiteral("venueCombo"));
    m_categoryCombo = new QComboBox(this);
    m_categoryCombo->setObjectName(QStringLiteral("categoryCombo"));
    for (QComboBox *combo : {m_editionCombo, m_venueCombo, m_categoryCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::activated, this, [this, combo] { linkChosen(combo); });
    }

    auto *header = new QHBoxLayout;
    header->addWidget(m_backButton);
    header->addSpacing(8);
    header->addWidget(m_titleLabel, 1);
    m_linksBar = new QWidget(this);
    m_linksBar->setObjectName(QStringLiteral("projectLinksBar"));
    // Each field whole: on one line when the editor is wide, on two or more when it is not
    // (a laptop beside the live workshop, a projector).
    auto *links = new FlowLayout(m_linksBar, 18, 4);
    const auto addLink = [this, links](const QString &text, QWidget *combo) {
        auto *pair = new QWidget(m_linksBar);
        auto *row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        auto *label = new QLabel(text, pair);
        label->setBuddy(combo);
        combo->setParent(pair);
        row->addWidget(label);
        row->addWidget(combo);
        links->addWidget(pair);
    };
    addLink(tr("S&tage:"), m_stageCombo);
    addLink(tr("Ed&ition:"), m_editionCombo);
    addLink(tr("Com&ptoir:"), m_venueCombo);
    addLink(tr("Categor&y:"), m_categoryCombo);
    // The structure that carries the project: chosen among the organisations (a department's
    // thousands: a dialog that finds as typed, not a combo), or created, or edited.
    m_structureButton = new QPushButton(this);
    m_structureButton->setObjectName(QStringLiteral("projectStructureButton"));
    auto *structureMenu = new QMenu(m_structureButton);
    structureMenu->setObjectName(QStringLiteral("projectStructureMenu"));
    m_chooseStructureAction = structureMenu->addAction(tr("&Choose the structure…"), this,
                                                       &ProjectEditor::chooseStructure);
    m_chooseStructureAction->setObjectName(QStringLiteral("chooseStructureAction"));
    m_editStructureAction = structureMenu->addAction(tr("&Edit the structure…"), this,
                                                     &ProjectEditor::editStructure);
    m_editStructureAction->setObjectName(QStringLiteral("editStructureAction"));
    m_clearStructureAction = structureMenu->addAction(tr("&No structure"), this, [this] {
        setStructure(0);
    });
    m_clearStructureAction->setObjectName(QStringLiteral("clearStructureAction"));
    m_structureButton->setMenu(structureMenu);
    addLink(tr("Str&ucture:"), m_structureButton);
    // Where the project came from, when it was imported from a facilitator's file.
    m_provenanceLabel = new QLabel(m_linksBar);
    m_provenanceLabel->setObjectName(QStringLiteral("provenanceLabel"));
    m_provenanceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    links->addWidget(m_provenanceLabel);

    // Navigator.
    m_sectionList = new QListWidget(this);
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionList->setIconSize(QSize(16, 16));
    m_sectionList->setSpacing(2);
    m_sectionList->setAccessibleName(tr("Sections"));
    m_sectionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sectionList->setWordWrap(true);
    m_sectionList->setTextElideMode(Qt::ElideRight);

    // Sections.
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("sectionPages"));
    m_previousButton = new QPushButton(tr("◀ Pre&vious"), this);
    m_previousButton->setObjectName(QStringLiteral("previousButton"));
    m_previousButton->setToolTip(tr("Previous section (Ctrl+Page Up)"));
    m_nextButton = new QPushButton(tr("Ne&xt ▶"), this);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setToolTip(tr("Next section (Ctrl+Page Down)"));
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("sectionPositionLabel"));
    m_positionLabel->setAlignment(Qt::AlignCenter);
    connect(m_previousButton, &QPushButton::clicked, this, &ProjectEditor::previousSection);
    connect(m_nextButton, &QPushButton::clicked, this, &ProjectEditor::nextSection);
    auto *nextKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    nextKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(nextKey, &QShortcut::activated, this, &ProjectEditor::nextSection);
    auto *previousKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    previousKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previousKey, &QShortcut::activated, this, &ProjectEditor::previousSection);
    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_pages->currentIndex())
            showSection(row);
    });

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_pages, 1);
    auto *steps = new QHBoxLayout;
    steps->addWidget(m_previousButton);
    steps->addWidget(m_positionLabel, 1);
    steps->addWidget(m_nextButton);
    centerLayout->addLayout(steps);

    // Help, eligibility, subsidy.
    auto *side = new QWidget(this);
    m_side = side;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *helpTitle = new QLabel(tr("<b>Help</b>"), side);
    m_helpPanel = new QTextBrowser(side);
    m_helpPanel->setObjectName(QStringLiteral("helpPanel"));
    m_helpPanel->setFocusPolicy(Qt::NoFocus); // Tab walks the form, not the help
    m_helpPanel->setAccessibleName(tr("Help for the current field"));
    auto *eligibilityTitle = new QLabel(tr("<b>Eligibility</b>"), side);
    m_eligibilitySummary = new QLabel(side);
    m_eligibilitySummary->setObjectName(QStringLiteral("eligibilitySummaryLabel"));
    m_eligibilitySummary->setWordWrap(true);
    m_eligibilityView = new QTextBrowser(side);
    m_eligibilityView->setObjectName(QStringLiteral("eligibilityView"));
    m_eligibilityView->setFocusPolicy(Qt::NoFocus);
    m_eligibilityView->setAccessibleName(tr("Eligibility checks"));
    m_overrideLabel = new QLabel(side);
    m_overrideLabel->setObjectName(QStringLiteral("overrideReasonLabel"));
    m_overrideLabel->setWordWrap(true);
    m_overrideLabel->setVisible(false);
    auto *subsidyTitle = new QLabel(tr("<b>Subsidy estimate</b>"), side);
    m_subsidyLabel = new QLabel(side);
    m_subsidyLabel->setObjectName(QStringLiteral("subsidyLabel"));
    m_subsidyLabel->setWordWrap(true);
    m_subsidyLabel->setTextFormat(Qt::RichText);
    sideLayout->addWidget(helpTitle);
    sideLayout->addWidget(m_helpPanel, 2);
    sideLayout->addWidget(eligibilityTitle);
    sideLayout->addWidget(m_eligibilitySummary);
    sideLayout->addWidget(m_eligibilityView, 3);
    sideLayout->addWidget(m_overrideLabel);
    sideLayout->addWidget(subsidyTitle);
    sideLayout->addWidget(m_subsidyLabel);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_sectionList);
    m_splitter->addWidget(center);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({230, 700, 320});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_linksBar);
    layout->addWidget(m_splitter, 1);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ProjectEditor::flush);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(120);
    connect(m_refresh, &QTimer::timeout, this, &ProjectEditor::refreshStatus);
}

ProjectEditor::~ProjectEditor()
{
    flush();
    setWorkspace(nullptr);
}

void ProjectEditor::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_session->setWorkspace(workspace);
    m_dirty.clear();
    m_workspace = workspace;
    if (m_attachments)
        m_attachments->setWorkspace(workspace);
    if (m_followUp)
        m_followUp->setWorkspace(workspace);
    if (m_workspace) {
        connect(m_workspace, &Workspace::answerChanged, this, &ProjectEditor::answerWritten);
        connect(m_workspace, &Workspace::budgetChanged, this, &ProjectEditor::budgetWritten);
        connect(m_workspace, &Workspace::projectChanged, this, &ProjectEditor::projectWritten);
    }
}

qint64 ProjectEditor::projectId() const
{
    return m_session->projectId();
}

const Methodology &ProjectEditor::methodology() const
{
    return m_session->methodology();
}

QUndoStack *ProjectEditor::undoStack(qint64 projectId) const
{
    return m_session->stack(projectId);
}

bool ProjectEditor::openProject(qint64 projectId, QString *error)
{
    if (!m_workspace)
        return false;
    flush();
    const std::optional<ProjectDetails> details = m_session->open(projectId, error);
    if (!details)
        return false;
    m_stage = details->stage;
    buildForm();
    m_attachments->setWorkspace(m_workspace);
    m_attachments->setReadOnly(m_workspace->isReadOnly());
    m_attachments->setProject(projectId);
    m_followUp->setWorkspace(m_workspace);
    m_followUp->setReadOnly(m_workspace->isReadOnly());
    m_followUp->setProject(projectId);
    loadValues();
    if (m_suggestions)
        m_suggestions->setProject(m_workspace, projectId, m_workspace->isReadOnly());
    refreshHeader();
    refreshStatus();
    // A refresh still pending for the project left would only repeat the one just done.
    m_refresh->stop();
    showSection(0);
    // Read-only: the answers are shown, not edited.
    if (m_workspace->isReadOnly()) {
        for (QScrollArea *page : m_pages->findChildren<QScrollArea *>()) {
            if (page->widget())
                page->widget()->setEnabled(false);
        }
        for (QComboBox *combo : {m_stageCombo, m_editionCombo, m_venueCombo, m_categoryCombo})
            combo->setEnabled(false);
    }
    return true;
}

QHash<QString, QJsonValue> ProjectEditor::pendingAnswers()
{
    for (FieldEditor *editor : std::exchange(m_dirty, {}))
        m_session->edit(editor->field().qualifiedKey, editor->value());
    return m_session->pending();
}

bool ProjectEditor::hasUnsavedAnswers()
{
    return !pendingAnswers().isEmpty();
}

void ProjectEditor::applyPending(const QHash<QString, QJsonValue> &answers)
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        m_session->edit(it.key(), it.value());
        if (FieldEditor *editor = m_editors.value(it.key()))
            editor->setValue(it.value());
    }
    flush();
}

void ProjectEditor::closeProject()
{
    flush();
    m_session->close();
}

void ProjectEditor::buildForm()
{
    m_dirty.clear();
    m_editors.clear();
    m_sectionOf.clear();
    m_budget = nullptr;
    m_attachments = nullptr;
    m_followUp = nullptr;
    m_suggestions = nullptr;
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_sectionList->clear();
    // Shown in the interface's language when the definition has it; the reference otherwise.
    m_shown = m_session->methodology().localized(QLocale().name().left(2));
    for (int i = 0; i < m_shown.sections.size(); ++i) {
        const Methodology::Section &section = m_shown.sections.at(i);
        m_pages->addWidget(buildSection(section));
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(section.title),
                                         m_sectionList);
        item->setData(Qt::UserRole, section.key);
        for (const Methodology::Field &field : section.fields)
            m_sectionOf.insert(field.qualifiedKey, i);
    }
    if (QWidget *archive = buildArchive()) {
        m_pages->addWidget(archive);
        auto *item = new QListWidgetItem(tr("Archived answers"), m_sectionList);
        item->setIcon(statusIcon(kGrey, QLatin1Char('A')));
        item->setToolTip(tr("Answers to fields that this version of the methodology no longer "
                            "has: kept, never deleted."));
    }
    // The follow-up after the comptoir, then the pièces jointes: pages of their own.
    auto *followUpScroll = new QScrollArea(m_pages);
    followUpScroll->setObjectName(QStringLiteral("followUpPage"));
    followUpScroll->setWidgetResizable(true);
    followUpScroll->setFrameShape(QFrame::NoFrame);
    followUpScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_followUp = new FollowUpPanel(followUpScroll);
    followUpScroll->setWidget(m_followUp);
    m_pages->addWidget(followUpScroll);
    auto *followUpItem = new QListWidgetItem(tr("Follow-up"), m_sectionList);
    followUpItem->setData(Qt::UserRole, QStringLiteral("followUp"));
    followUpItem->setToolTip(tr("Contacts, workshops attended and next steps after the comptoir"));
    connect(m_followUp, &FollowUpPanel::summaryChanged, this,
            [followUpItem](int open, int due) {
                followUpItem->setText(due > 0    ? tr("Follow-up\n%n step(s) due", nullptr, due)
                                      : open > 0 ? tr("Follow-up\n%n step(s) to do", nullptr, open)
                                                 : tr("Follow-up"));
                followUpItem->setIcon(due > 0 ? statusIcon(kRed, QLatin1Char('!'))
                                              : statusIcon(kGrey, QChar(0x2013)));
            });
    auto *scroll = new QScrollArea(m_pages);
    scroll->setObjectName(QStringLiteral("attachmentsPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_attachments = new AttachmentsPanel(scroll);
    scroll->setWidget(m_attachments);
    m_pages->addWidget(scroll);
    auto *item = new QListWidgetItem(tr("Attachments"), m_sectionList);
    item->setData(Qt::UserRole, QStringLiteral("attachments"));
    item->setToolTip(tr("Quotes, statutes, photos, letters of support, plans"));
    connect(m_attachments, &AttachmentsPanel::countChanged, this, [this, item](int count) {
        item->setText(tr("Attachments\n%n piece(s)", nullptr, count));
        item->setIcon(count > 0 ? statusIcon(kGreen, QChar(0x2713))
                                : statusIcon(kGrey, QChar(0x2013)));
        // The budget shows which lines a quote backs.
        if (m_budget && m_workspace)
            m_budget->setQuoted(Attachments::quotedLines(*m_workspace, m_session->projectId()));
    });
}

QWidget *ProjectEditor::buildSection(const Methodology::Section &section)
{
    auto *scroll = new QScrollArea(m_pages);
    scroll->setObjectName(section.key + QStringLiteral("Page"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 8, 16, 16);
    auto *title = new QLabel(section.title, page);
    title->setObjectName(QStringLiteral("sectionTitleLabel"));
    title->setWordWrap(true);
    title->setProperty("fontScale", 1.3);
    scaleFont(title);
    layout->addWidget(title);
    if (!section.intro.isEmpty()) {
        auto *intro = new QLabel(section.intro, page);
        intro->setObjectName(QStringLiteral("sectionIntroLabel"));
        intro->setWordWrap(true);
        // Muted, from the palette: the projector's palette makes it dark enough to read.
        intro->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(intro);
    }
    for (const Methodology::Field &field : section.fields) {
        FieldEditor *editor = FieldEditor::create(field, page);
        layout->addWidget(editor);
        m_editors.insert(field.qualifiedKey, editor);
        connect(editor, &FieldEditor::edited, this, [this, editor] { fieldEdited(editor); });
        connect(editor, &FieldEditor::helpRequested, this, &ProjectEditor::showHelp);
        if (auto *budget = qobject_cast<BudgetEditor *>(editor)) {
            m_budget = budget;
            connect(budget, &FieldEditor::committed, this, &ProjectEditor::budgetCommitted);
        } else {
            connect(editor, &FieldEditor::committed, this,
                    [this, editor] { fieldCommitted(editor); });
        }
        // Scroll the field into view when the keyboard reaches it.
        connect(editor, &FieldEditor::helpRequested, scroll,
                [scroll, editor] { scroll->ensureWidgetVisible(editor, 0, 40); });
    }
    // Partners and cooperation: who to meet, from the directory and the other projects.
    if (m_editors.contains(QStringLiteral("partenaires.partenaires")) &&
        section.key == QLatin1String("partenaires")) {
        m_suggestions = new SuggestionsPanel(page);
        layout->addWidget(m_suggestions);
        connect(m_suggestions, &SuggestionsPanel::partnerChosen, this,
                &ProjectEditor::addPartnerRow);
    }
    layout->addStretch();
    scroll->setWidget(page);
    return scroll;
}

QWidget *ProjectEditor::buildArchive()
{
    QString error;
    const auto answers = ProjectAnswers::all(*m_workspace, m_session->projectId(), &error);
    QStringList keys;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!m_session->methodology().field(it.key()) && !it->methodologyCode.isEmpty())
            keys << it.key();
    }
    if (keys.isEmpty())
        return nullptr;
    keys.sort();
    auto *scroll = new QScrollArea(m_pages);
    scroll->setObjectName(QStringLiteral("archivePage"));
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("These answers were written under another version of the "
                                "methodology, whose fields this one no longer has. They are "
                                "kept as they were and travel with the project."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const QString &key : std::as_const(keys)) {
        const ProjectAnswers::Answer &answer = answers[key];
        auto *value = new QLabel(AnswerText::plain(answer.value)
                                     .toHtmlEscaped()
                                     .replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                                 page);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setToolTip(tr("Written under “%1”, version %2")
                              .arg(answer.methodologyCode)
                              .arg(answer.methodologyVersion));
        form->addRow(QStringLiteral("<b>%1</b>").arg(key.toHtmlEscaped()), value);
    }
    layout->addLayout(form);
    layout->addStretch();
    scroll->setWidget(page);
    return scroll;
}

void ProjectEditor::loadValues()
{
    // Each field shows what is written, as the field gives it back (the written value the
    // session compares with).
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        it.value()->setValue(m_session->saved(it.key()));
        m_session->takeWritten(it.key(), it.value()->value());
    }
    if (m_budget)
        m_budget->setLines(m_session->savedLines());
}

void ProjectEditor::addPartnerRow(const QString &name, const QString &kind)
{
    FieldEditor *table = m_editors.value(QStringLiteral("partenaires.partenaires"));
    if (!table || !m_workspace || m_workspace->isReadOnly())
        return;
    QJsonArray rows = table->value().toArray();
    // A row left blank at the end takes the partner, rather than a new one.
    QJsonObject row;
    if (!rows.isEmpty()) {
        const QJsonObject last = rows.last().toObject();
        const bool blank = std::all_of(last.begin(), last.end(), [](const QJsonValue &v) {
            return v.toString().trimmed().isEmpty();
        });
        if (blank)
            rows.removeLast();
    }
    row.insert(QStringLiteral("partenaire"), name);
    row.insert(QStringLiteral("role"), kind);
    row.insert(QStringLiteral("engagement"), QStringLiteral("À solliciter"));
    rows.append(row);
    table->setValue(rows);
    fieldCommitted(table);
}

void ProjectEditor::showFollowUp()
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == QLatin1String("followUpPage"))
            showSection(i);
    }
}

int ProjectEditor::sectionCount() const
{
    return m_pages->count();
}

int ProjectEditor::currentSection() const
{
    return m_pages->currentIndex();
}

void ProjectEditor::showSection(int index)
{
    if (index < 0 || index >= m_pages->count())
        return;
    flush();
    m_pages->setCurrentIndex(index);
    m_sectionList->setCurrentRow(index);
    m_previousButton->setEnabled(index > 0);
    m_nextButton->setEnabled(index + 1 < m_pages->count());
    m_positionLabel->setText(tr("Section %1 of %2").arg(index + 1).arg(m_pages->count()));
    if (index < m_shown.sections.size()) {
        const Methodology::Section &section = m_shown.sections.at(index);
        if (!section.fields.isEmpty()) {
            if (FieldEditor *first = m_editors.value(section.fields.first().qualifiedKey)) {
                if (QWidget *input = first->input()) {
                    input->setFocus(Qt::TabFocusReason);
                    showHelp(first->field().label, first->field().help, first->field().example);
                }
            }
        }
    }
}

void ProjectEditor::nextSection()
{
    showSection(currentSection() + 1);
}

void ProjectEditor::previousSection()
{
    showSection(currentSection() - 1);
}

FieldEditor *ProjectEditor::fieldEditor(const QString &qualifiedKey) const
{
    return m_editors.value(qualifiedKey);
}

void ProjectEditor::fieldEdited(FieldEditor *editor)
{
    m_dirty.insert(editor);
    m_autosave->start();
}

void ProjectEditor::fieldCommitted(FieldEditor *editor)
{
    m_dirty.insert(editor);
    flush();
    m_session->newBurst(); // the next edit of this field is a step of its own
}

void ProjectEditor::flush()
{
    m_autosave->stop();
    if (!m_workspace || m_session->projectId() == 0)
        return;
    for (FieldEditor *editor : std::exchange(m_dirty, {}))
        m_session->edit(editor->field().qualifiedKey, editor->value());
    if (!m_session->hasPending())
        return;
    // Recorded as saved only once written: a write that fails stays pending (tried again at
    // the next flush), says why on the field, and pushes no undo step.
    const EditingSession::Flushed flushed = m_session->flush();
    for (const QString &key : flushed.written) {
        if (FieldEditor *editor = m_editors.value(key))
            editor->setSaveError(QString());
    }
    for (auto it = flushed.failed.cbegin(); it != flushed.failed.cend(); ++it) {
        if (FieldEditor *editor = m_editors.value(it.key()))
            editor->setSaveError(it.value());
    }
}

void ProjectEditor::budgetCommitted()
{
    if (!m_budget || !m_workspace || m_session->projectId() == 0)
        return;
    const QList<BudgetLines::Line> lines = m_budget->lines();
    if (lines == m_session->savedLines())
        return;
    // Not written: the lines stay as typed, not saved (written again at the next change), and
    // the status bar says why (Workspace::writeFailed).
    if (!m_session->writeBudget(lines, tr("edit the budget")))
        return;
    // New lines got their UUIDs: keep them so the next edit updates instead of adding. The
    // table is not refilled: a cell editor may still be closing.
    m_budget->assignUuids(m_session->savedLines());
}

void ProjectEditor::answerWritten(qint64 projectId, const QString &key)
{
    if (projectId != m_session->projectId())
        return;
    if (!m_session->isWriting()) { // an undo or a redo: show it where it happened
        FieldEditor *editor = m_editors.value(key);
        if (editor) {
            const QJsonValue value = ProjectAnswers::value(*m_workspace, projectId, key);
            m_dirty.remove(editor);
            editor->setValue(value);
            m_session->takeWritten(key, editor->value());
            reveal(key);
        }
    }
    if (key == QLatin1String("idee.titre"))
        refreshHeader();
    scheduleRefresh();
    emit projectEdited(projectId);
}

void ProjectEditor::budgetWritten(qint64 projectId)
{
    if (projectId != m_session->projectId())
        return;
    if (!m_session->isWriting() && m_budget) {
        m_session->reloadBudget();
        m_budget->setLines(m_session->savedLines());
        reveal(m_budget->field().qualifiedKey);
    }
    scheduleRefresh();
    emit projectEdited(projectId);
}

void ProjectEditor::projectWritten(qint64 projectId)
{
    if (projectId != m_session->projectId())
        return;
    refreshHeader();
    scheduleRefresh();
}

void ProjectEditor::reveal(const QString &qualifiedKey)
{
    const int section = m_sectionOf.value(qualifiedKey, -1);
    if (section >= 0 && section != currentSection()) {
        m_pages->setCurrentIndex(section);
        m_sectionList->setCurrentRow(section);
        m_previousButton->setEnabled(section > 0);
        m_nextButton->setEnabled(section + 1 < m_pages->count());
        m_positionLabel->setText(tr("Section %1 of %2").arg(section + 1).arg(m_pages->count()));
    }
    if (FieldEditor *editor = m_editors.value(qualifiedKey)) {
        if (auto *scroll = qobject_cast<QScrollArea *>(m_pages->currentWidget()))
            scroll->ensureWidgetVisible(editor, 0, 40);
    }
}

void ProjectEditor::focusField(const QString &qualifiedKey)
{
    reveal(qualifiedKey);
    if (FieldEditor *editor = m_editors.value(qualifiedKey); editor && editor->input())
        editor->input()->setFocus(Qt::OtherFocusReason);
}

void ProjectEditor::showHelp(const QString &title, const QString &help, const QString &example)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    for (const QString &paragraph : help.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    if (!example.isEmpty())
        html += tr("<p><b>Example</b></p><p style='margin-left:8px'><i>%1</i></p>")
                    .arg(example.toHtmlEscaped());
    m_helpPanel->setHtml(html);
}

void ProjectEditor::scheduleRefresh()
{
    m_refresh->start();
}

void ProjectEditor::refreshHeader()
{
    if (!m_workspace || m_session->projectId() == 0)
        return;
    QString error;
    const std::optional<ProjectDetails> details =
        ProjectDetails::load(*m_workspace, m_session->projectId(), &error);
    if (!details)
        return;
    m_title = details->title.isEmpty() ? tr("Untitled project") : details->title;
    m_titleLabel->setText(m_title);
    emit titleChanged(m_title);
    m_stage = details->stage;
    m_stageCombo->setCurrentIndex(m_stageCombo->findData(int(m_stage)));

    const QList<BundleImport::Provenance> from =
        BundleImport::provenance(*m_workspace, m_session->projectId());
    if (from.isEmpty()) {
        m_provenanceLabel->clear();
        m_provenanceLabel->setToolTip(QString());
    } else {
        const auto actionName = [](const QString &action) {
            return action == QLatin1String("added")     ? tr("added")
                   : action == QLatin1String("updated") ? tr("updated")
                                                        : tr("merged");
        };
        const auto date = [](const QString &timestamp) {
            return QLocale().toString(Timestamp::toDateTime(timestamp).toLocalTime().date(),
                                      QLocale::ShortFormat);
        };
        m_provenanceLabel->setText(tr("From “%1” (%2 on %3)")
                                       .arg(from.first().fileName, actionName(from.first().action),
                                            date(from.first().importedAt)));
        QStringList history;
        for (const BundleImport::Provenance &p : from)
            history << tr("%1: “%2”, written on %3 by workspace %4 — %5")
                           .arg(date(p.importedAt), p.fileName, date(p.exportedAt),
                                p.producer.left(8), actionName(p.action));
        m_provenanceLabel->setToolTip(history.join(QLatin1Char('\n')));
    }

    m_stageReason = details->stageOverrideReason;
    m_overrideLabel->setText(
        tr("<b>Marked ready despite the checks:</b> %1").arg(m_stageReason.toHtmlEscaped()));
    m_overrideLabel->setVisible(!m_stageReason.isEmpty());

    const auto fillCombo = [](QComboBox *combo, const QList<ProjectRecord::Choice> &choices,
                              qint64 current, const QString &none) {
        combo->clear();
        combo->addItem(none, qint64(0));
        for (const ProjectRecord::Choice &choice : choices) {
            combo->addItem(
                choice.ceilingCents > 0
                    ? tr("%1 (up to %2)").arg(choice.name, Money::format(choice.ceilingCents))
                    : choice.name,
                choice.id);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    const qint64 edition = details->editionId;
    fillCombo(m_editionCombo, ProjectRecord::editions(*m_workspace), edition, tr("No edition"));
    fillCombo(m_venueCombo, ProjectRecord::venues(*m_workspace),
              ProjectRecord::link(*m_workspace, m_session->projectId(), ProjectRecord::Link::Venue),
              tr("No comptoir"));
    fillCombo(
        m_categoryCombo, ProjectRecord::categories(*m_workspace, edition),
        ProjectRecord::link(*m_workspace, m_session->projectId(), ProjectRecord::Link::Category),
        tr("No category"));
    refreshStructure();
}

void ProjectEditor::refreshStructure()
{
    const qint64 id = m_workspace && m_session->projectId() > 0
                          ? ProjectRecord::link(*m_workspace, m_session->projectId(),
                                                ProjectRecord::Link::Organisation)
                          : 0;
    const auto o = id > 0 ? Organisations::organisation(*m_workspace, id) : std::nullopt;
    // The whole name: the links bar wraps rather than cut it.
    m_structureButton->setText(o ? o->name : tr("None"));
    m_structureButton->setToolTip(
        o ? tr("%1 — %2").arg(o->name, Organisations::legalFormLabel(o->legalForm))
          : tr("No structure recorded for this project"));
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    m_chooseStructureAction->setEnabled(writable);
    m_editStructureAction->setEnabled(o.has_value());
    m_clearStructureAction->setEnabled(writable && o.has_value());
}

void ProjectEditor::chooseStructure()
{
    if (!m_workspace || m_session->projectId() == 0)
        return;
    const qint64 old = ProjectRecord::link(*m_workspace, m_session->projectId(),
                                           ProjectRecord::Link::Organisation);
    OrganisationPickerDialog picker(m_workspace, old, this);
    if (picker.exec() == QDialog::Accepted)
        setStructure(picker.chosen());
}

void ProjectEditor::editStructure()
{
    const qint64 id = ProjectRecord::link(*m_workspace, m_session->projectId(),
                                          ProjectRecord::Link::Organisation);
    if (id <= 0)
        return;
    OrganisationDialog dialog(m_workspace, id, this);
    if (dialog.exec() == QDialog::Accepted && dialog.mergedInto() > 0)
        setStructure(dialog.mergedInto());
    refreshStructure();
    refreshStatus();
}

void ProjectEditor::setStructure(qint64 organisationId)
{
    const qint64 old = ProjectRecord::link(*m_workspace, m_session->projectId(),
                                           ProjectRecord::Link::Organisation);
    if (old != organisationId) {
        const Result<void> written = m_session->setLink(ProjectRecord::Link::Organisation, old,
                                                        organisationId, tr("change the structure"));
        if (!written)
            MessageBox::warning(this, tr("Project"), written.error());
    }
    refreshStructure();
}

void ProjectEditor::refreshStatus()
{
    if (!m_workspace || m_session->projectId() == 0)
        return;
    QString error;
    const auto answers = ProjectAnswers::all(*m_workspace, m_session->projectId(), &error);
    const bool hasBudget =
        BudgetLines::total(m_session->savedLines(), BudgetLines::Kind::Expense) > 0 &&
        BudgetLines::total(m_session->savedLines(), BudgetLines::Kind::Resource) > 0;
    for (int i = 0; i < m_shown.sections.size(); ++i) {
        const Completeness::Count count =
            Completeness::section(m_shown.sections.at(i), answers, hasBudget);
        QListWidgetItem *item = m_sectionList->item(i);
        const QString title = m_shown.sections.at(i).title;
        if (count.required > 0) {
            item->setText(tr("%1. %2\n%3/%n required", nullptr, count.required)
                              .arg(i + 1)
                              .arg(title)
                              .arg(count.requiredAnswered));
            item->setIcon(count.complete()             ? statusIcon(kGreen, QChar(0x2713))
                          : count.requiredAnswered > 0 ? statusIcon(kOrange, QChar(0x2026))
                                                       : statusIcon(kGrey, QChar(0x2026)));
        } else {
            item->setText(
                tr("%1. %2\n%n field(s) answered", nullptr, count.answered).arg(i + 1).arg(title));
            item->setIcon(count.answered > 0 ? statusIcon(kGreen, QChar(0x2713))
                                             : statusIcon(kGrey, QChar(0x2013)));
        }
        item->setData(Qt::AccessibleDescriptionRole,
                      tr("%1 of %n required field(s) answered", nullptr, count.required)
                          .arg(count.requiredAnswered));
    }

    const std::optional<QList<Eligibility::Check>> checks =
        Eligibility::evaluate(*m_workspace, m_session->projectId(), m_shown,
                              QDate::currentDate(), &error);
    if (!checks) {
        m_eligible = false;
        m_failures = {error};
        m_eligibilitySummary->setText(error);
        m_eligibilityView->clear();
    } else {
        m_eligible = Eligibility::allPassed(*checks);
        m_failures.clear();
        int passed = 0;
        QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        // What fails first, then what is to check, then what passes: the list opens on what
        // needs doing, seen without scrolling.
        QList<Eligibility::Check> ordered = *checks;
        const auto rank = [](Eligibility::Result result) {
            return result == Eligibility::Result::Failed    ? 0
                   : result == Eligibility::Result::ToCheck ? 1
                                                            : 2;
        };
        std::stable_sort(ordered.begin(), ordered.end(),
                         [&rank](const Eligibility::Check &a, const Eligibility::Check &b) {
                             return rank(a.result) < rank(b.result);
                         });
        for (const Eligibility::Check &check : std::as_const(ordered)) {
            QString mark;
            switch (check.result) {
            case Eligibility::Result::Passed:
                ++passed;
                mark = QStringLiteral("<span style='color:#2e7d32'>✔</span>");
                break;
            case Eligibility::Result::Failed:
                m_failures << QStringLiteral("%1 — %2").arg(check.label, check.reason);
                mark = QStringLiteral("<span style='color:#b00020'>✘</span>");
                break;
            case Eligibility::Result::ToCheck:
                m_failures << QStringLiteral("%1 — %2").arg(check.label, check.reason);
                mark = QStringLiteral("<span style='color:#c76a00'>?</span>");
                break;
            }
            html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td><b>%2</b><br>"
                                   "<span style='color:#555'>%3</span></td></tr>")
                        .arg(mark, check.label.toHtmlEscaped(), check.reason.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        m_eligibilityView->setHtml(html);
        m_eligibilitySummary->setText(
            m_eligible ? tr("Every check passes: the project can be marked ready to deposit.")
                       : tr("%1 of %n check(s) pass.", nullptr, int(checks->size())).arg(passed));
    }

    const std::optional<ProjectDetails> details =
        ProjectDetails::load(*m_workspace, m_session->projectId(), &error);
    if (details) {
        const SubsidyEstimate estimate = SubsidyEstimate::compute(
            details->amountRequestedCents, details->category, details->categoryFloorCents,
            details->categoryCeilingCents, details->envelopeCents,
            details->stage == Stage::NotSelected);
        QString html =
            tr("<p style='font-size:large'><b>%1</b></p>").arg(Money::format(estimate.amountCents));
        for (const QString &step : estimate.reasoning)
            html += QStringLiteral("<p>%1</p>").arg(step.toHtmlEscaped());
        m_subsidyLabel->setText(html);
    }
}

void ProjectEditor::stageChosen(int index)
{
    const Stage to = Stage(m_stageCombo->itemData(index).toInt());
    if (to == m_stage)
        return;
    flush();
    refreshStatus(); // the checks as they are now, not as they were a moment ago
    QString reason;
    QString refusal = StageRules::refusal(m_stage, to, m_eligible, QString());
    if (!refusal.isEmpty() && to == Stage::Ready && !m_eligible &&
        StageRules::refusal(m_stage, to, false, QStringLiteral("-")).isEmpty()) {
        // Only the checks stand in the way: the facilitator may go ahead with a reason.
        auto *dialog = new StageOverrideDialog(m_failures, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const Stage from = m_stage;
        connect(dialog, &QDialog::accepted, this, [this, dialog, from, to] {
            const QString given = dialog->reason();
            if (m_stage != from || given.isEmpty())
                return;
            setStage(to, given);
        });
        // Until the dialog says otherwise, the combo shows the stage the project has.
        m_stageCombo->setCurrentIndex(m_stageCombo->findData(int(m_stage)));
        dialog->open();
        return;
    }
    if (!refusal.isEmpty()) {
        m_stageCombo->setCurrentIndex(m_stageCombo->findData(int(m_stage)));
        MessageBox::warning(this, tr("Stage"), refusal);
        return;
    }
    setStage(to, reason);
}

void ProjectEditor::setStage(Stage to, const QString &reason)
{
    const Result<void> written = m_session->setStage(m_stage, m_stageReason, to, reason);
    if (!written) {
        // The stage the project has, and why it did not change.
        m_stageCombo->setCurrentIndex(m_stageCombo->findData(int(m_stage)));
        MessageBox::warning(this, tr("Stage"), written.error());
    }
}

void ProjectEditor::linkChosen(QComboBox *combo)
{
    const ProjectRecord::Link link = combo == m_editionCombo ? ProjectRecord::Link::Edition
                                     : combo == m_venueCombo ? ProjectRecord::Link::Venue
                                                             : ProjectRecord::Link::Category;
    const qint64 old = ProjectRecord::link(*m_workspace, m_session->projectId(), link);
    const qint64 chosen = combo->currentData().toLongLong();
    if (old == chosen)
        return;
    const QString text = link == ProjectRecord::Link::Edition ? tr("change the edition")
                         : link == ProjectRecord::Link::Venue ? tr("change the comptoir")
                                                              : tr("change the category");
    // Categories belong to an edition: changing it clears the category, in the same step.
    const Result<void> written = m_session->setLink(link, old, chosen, text);
    if (!written) {
        combo->setCurrentIndex(std::max(0, combo->findData(old)));
        MessageBox::warning(this, tr("Project"), written.error());
    }
}

void ProjectEditor::scaleFont(QWidget *widget)
{
    // Headings are larger than the text around them by a factor, whatever that text's size
    // (the presentation mode's zoom included), and bold.
    QFont font;
    font.setBold(true);
    font.setPointSizeF(this->font().pointSizeF() * widget->property("fontScale").toDouble());
    widget->setFont(font);
}

void ProjectEditor::setPresentationMode(bool on, int zoomPercent)
{
    m_presenting = on;
    // On a projector: the current section alone, large, black on white.
    m_sectionList->setVisible(!on);
    m_linksBar->setVisible(!on);
    m_backButton->setVisible(!on);
    if (on) {
        const double base =
            QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF() : 10.0;
        QFont large; // only the size: every widget keeps its own weight
        large.setPointSizeF(base * qBound(kMinZoom, zoomPercent, kMaxZoom) / 100.0);
        setFont(large);
        // Black on white, and muted text (counters, a section's introduction, placeholders)
        // dark grey: #333333 on white is a contrast of 12.6:1, over the 7:1 a projector needs.
        QPalette projector = QApplication::palette();
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button,
                                         QPalette::AlternateBase})
            projector.setColor(role, Qt::white);
        for (QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            projector.setColor(role, Qt::black);
        projector.setColor(QPalette::PlaceholderText, QColor(0x33, 0x33, 0x33));
        projector.setColor(QPalette::Mid, QColor(0x33, 0x33, 0x33));
        // No style sheet: it would stop the palette from reaching the widgets it styles.
        setPalette(projector);
        setAutoFillBackground(true);
    } else {
        // Everything as it was: the inherited font and palette.
        setFont(QFont());
        setAttribute(Qt::WA_SetFont, false);
        setPalette(QPalette());
        setAttribute(Qt::WA_SetPalette, false);
        setAutoFillBackground(false);
    }
    for (QWidget *heading : findChildren<QWidget *>()) {
        if (heading->property("fontScale").isValid())
            scaleFont(heading);
    }
    updateSidePanel();
}

void ProjectEditor::setSidePanelChoice(std::optional<bool> shown)
{
    m_sideChoice = shown;
    updateSidePanel();
}

bool ProjectEditor::isSidePanelShown() const
{
    return m_side->isVisibleTo(this);
}

void ProjectEditor::updateSidePanel()
{
    // Unless the user chose, the help and the checklist fold away when the form would be too
    // narrow beside them (the live workshop on a laptop, a projector).
    const bool shown = !m_presenting && m_sideChoice.value_or(width() >= kSidePanelFoldWidth);
    if (m_side->isVisibleTo(this) != shown)
        m_side->setVisible(shown);
}

void ProjectEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateSidePanel();
}

void ProjectEditor::setBackToWorkshop(bool workshop)
{
    m_backButton->setText(workshop ? tr("← &Workshop") : tr("← &Projects"));
    m_backButton->setToolTip(workshop ? tr("End the workshop and go back to it (Alt+Left)")
                                      : tr("Back to the list of projects (Alt+Left)"));
}
