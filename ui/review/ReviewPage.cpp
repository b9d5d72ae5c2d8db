#include "ReviewPage.h"

#include "ReviewPanel.h"
#include "ReviewSearchPane.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

ReviewPage::ReviewPage(Settings *settings, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewPage"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);
    m_search = new ReviewSearchPane(splitter);
    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("reviewPanelScroll"));
    scroll->setWidgetResizable(true);
    m_scroll = scroll;
    m_panel = new ReviewPanel(settings, scroll);
    scroll->setWidget(m_panel);
    splitter->addWidget(m_search);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    connect(m_search, &ReviewSearchPane::projectChosen, this, &ReviewPage::showProject);
    connect(m_panel, &ReviewPanel::projectChosen, m_search, &ReviewSearchPane::setCurrentProject);
    // Another project's review opens at its title, not where the previous one was scrolled.
    connect(m_panel, &ReviewPanel::projectChosen, this,
            [this] { m_scroll->verticalScrollBar()->setValue(0); });
    connect(m_panel, &ReviewPanel::merged, m_search, &ReviewSearchPane::search);
    connect(m_search, &ReviewSearchPane::projectActivated, this, &ReviewPage::projectActivated);
    connect(m_search, &ReviewSearchPane::message, this, &ReviewPage::message);
    connect(m_panel, &ReviewPanel::projectActivated, this, &ReviewPage::projectActivated);
    connect(m_panel, &ReviewPanel::message, this, &ReviewPage::message);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::setWorkspace(Workspace *workspace)
{
    m_panel->setWorkspace(workspace);
    m_search->setWorkspace(workspace);
}

void ReviewPage::search()
{
    m_search->search();
}

void ReviewPage::showProject(qint64 projectId)
{
    m_search->setCurrentProject(projectId);
    const bool another = projectId != m_panel->projectId();
    m_panel->showProject(projectId, m_search->hitTitle(projectId));
    if (another)
        m_scroll->verticalScrollBar()->setValue(0);
}

qint64 ReviewPage::currentProject() const
{
    return m_panel->projectId();
}

void ReviewPage::focusSearch()
{
    m_search->focusSearch();
}

SearchResultModel *ReviewPage::results() const
{
    return m_search->results();
}

QUndoStack *ReviewPage::undoStack() const
{
    return m_panel->undoStack();
}

void ReviewPage::markStale()
{
    m_search->markStale();
}
