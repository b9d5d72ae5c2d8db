#include "ReviewPage.h"

#include "ReviewPanel.h"
#include "ReviewSearchPane.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

ReviewPage::ReviewPage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_stack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
}

void ReviewPage::build() const
{
    if (m_built)
        return;
    m_built = true;
    auto *self = const_cast<ReviewPage *>(this);
    auto *splitter = new QSplitter(Qt::Horizontal, self);
    layout()->addWidget(splitter);
    m_search = new ReviewSearchPane(splitter);
    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("reviewPanelScroll"));
    scroll->setWidgetResizable(true);
    m_scroll = scroll;
    m_panel = new ReviewPanel(m_settings, scroll, m_stack);
    scroll->setWidget(m_panel);
    splitter->addWidget(m_search);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    connect(m_search, &ReviewSearchPane::projectChosen, self, &ReviewPage::showProject);
    connect(m_panel, &ReviewPanel::projectChosen, m_search, &ReviewSearchPane::setCurrentProject);
    // Another project's review opens at its title, not where the previous one was scrolled.
    connect(m_panel, &ReviewPanel::projectChosen, self,
            [this] { m_scroll->verticalScrollBar()->setValue(0); });
    connect(m_panel, &ReviewPanel::merged, m_search, &ReviewSearchPane::search);
    connect(m_search, &ReviewSearchPane::projectActivated, self, &ReviewPage::projectActivated);
    connect(m_search, &ReviewSearchPane::message, self, &ReviewPage::message);
    connect(m_panel, &ReviewPanel::projectActivated, self, &ReviewPage::projectActivated);
    connect(m_panel, &ReviewPanel::message, self, &ReviewPage::message);
    splitter->show(); // built while the page is being shown: its children are shown already
    if (m_workspace) {
        m_panel->setWorkspace(m_workspace);
        m_search->setWorkspace(m_workspace);
    }
}

void ReviewPage::showEvent(QShowEvent *event)
{
    build();
    QWidget::showEvent(event);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    if (!m_built) {
        m_stack->clear(); // its commands point to the workspace going away
        return;
    }
    m_panel->setWorkspace(workspace);
    m_search->setWorkspace(workspace);
}

void ReviewPage::search()
{
    build();
    m_search->search();
}

void ReviewPage::showProject(qint64 projectId)
{
    build();
    m_search->setCurrentProject(projectId);
    const bool another = projectId != m_panel->projectId();
    m_panel->showProject(projectId, m_search->hitTitle(projectId));
    if (another)
        m_scroll->verticalScrollBar()->setValue(0);
}

qint64 ReviewPage::currentProject() const
{
    return m_built ? m_panel->projectId() : 0;
}

void ReviewPage::focusSearch()
{
    build();
    m_search->focusSearch();
}

SearchResultModel *ReviewPage::results() const
{
    build();
    return m_search->results();
}

QUndoStack *ReviewPage::undoStack() const
{
    return m_stack;
}

void ReviewPage::markStale()
{
    if (m_built) // else the search runs when the page is first shown
        m_search->markStale();
}
