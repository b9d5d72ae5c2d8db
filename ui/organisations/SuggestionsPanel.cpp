#include "SuggestionsPanel.h"

#include "organisations/PartnerSuggestions.h"
#include "storage/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

SuggestionsPanel::SuggestionsPanel(QWidget *parent)
    : QGroupBox(tr("Who to meet"), parent)
{
    setObjectName(QStringLiteral("suggestionsPanel"));
    auto *partnersLabel = new QLabel(tr("Partners and financers of the &directory:"), this);
    m_partners = new QListWidget(this);
    m_partners->setObjectName(QStringLiteral("suggestedPartners"));
    m_partners->setWordWrap(true);
    m_partners->setSpacing(3);
    m_partners->setAccessibleName(tr("Partners and financers to meet"));
    m_partners->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_partners->setMaximumHeight(m_partners->fontMetrics().height() * 9);
    partnersLabel->setBuddy(m_partners);
    m_add = new QPushButton(tr("&Add to the partners' table"), this);
    m_add->setObjectName(QStringLiteral("addSuggestedPartner"));
    connect(m_add, &QPushButton::clicked, this, &SuggestionsPanel::addCurrent);
    connect(m_partners, &QListWidget::itemActivated, this, &SuggestionsPanel::addCurrent);
    connect(m_partners, &QListWidget::currentRowChanged, this,
            [this](int row) { m_add->setEnabled(!m_readOnly && row >= 0); });
    auto *projectsLabel =
        new QLabel(tr("Other porteurs' projects alike (their holders agreed to be named), to "
                      "meet at the next comptoir:"),
                   this);
    projectsLabel->setWordWrap(true);
    m_projects = new QListWidget(this);
    m_projects->setObjectName(QStringLiteral("suggestedProjects"));
    m_projects->setWordWrap(true);
    m_projects->setSpacing(3);
    m_projects->setAccessibleName(tr("Projects alike to meet"));
    m_projects->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_projects->setMaximumHeight(m_projects->fontMetrics().height() * 7);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(partnersLabel);
    layout->addWidget(m_partners);
    layout->addLayout(addRow);
    layout->addWidget(projectsLabel);
    layout->addWidget(m_projects);
}

void SuggestionsPanel::setProject(Workspace *workspace, qint64 projectId, bool readOnly)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_projectId = projectId;
    m_readOnly = readOnly;
    if (workspace) {
        connect(workspace, &Workspace::organisationsChanged, this, &SuggestionsPanel::reload);
        connect(workspace, &Workspace::answerChanged, this,
                [this](qint64 projectId, const QString &key) {
                    if (projectId == m_projectId &&
                        (key == QLatin1String("partenaires.partenaires") ||
                         key == QLatin1String("idee.theme") ||
                         key == QLatin1String("public.communes")))
                        reload();
                });
    }
    reload();
}

void SuggestionsPanel::reload()
{
    m_partners->clear();
    m_projects->clear();
    if (!m_workspace || m_projectId <= 0)
        return;
    const auto partners = PartnerSuggestions::partners(*m_workspace, m_projectId);
    for (const PartnerSuggestions::Partner &p : partners.valueOr({})) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2\n%3").arg(p.name, p.kind, p.reasons.join(QStringLiteral(" · "))),
            m_partners);
        item->setData(Qt::UserRole, p.name);
        item->setData(Qt::UserRole + 1, p.kind);
    }
    if (m_partners->count() == 0) {
        auto *none = new QListWidgetItem(tr("No partner of the directory meets this project's "
                                            "theme or territory yet."),
                                         m_partners);
        none->setFlags(Qt::NoItemFlags);
    }
    const auto projects = PartnerSuggestions::projects(*m_workspace, m_projectId);
    for (const PartnerSuggestions::Project &p : projects.valueOr({})) {
        QString text = tr("%1 — %2 % alike").arg(p.title).arg(p.percent);
        QStringList detail;
        if (!p.venue.isEmpty())
            detail << p.venue;
        detail << tr("carried by %1").arg(p.holders.join(QStringLiteral(", ")));
        new QListWidgetItem(text + QLatin1Char('\n') + detail.join(QStringLiteral(" · ")),
                            m_projects);
    }
    if (m_projects->count() == 0) {
        auto *none = new QListWidgetItem(tr("No project alike whose holders agreed to be named."),
                                         m_projects);
        none->setFlags(Qt::NoItemFlags);
    }
    m_add->setEnabled(false);
}

void SuggestionsPanel::addCurrent()
{
    QListWidgetItem *item = m_partners->currentItem();
    if (m_readOnly || !item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    emit partnerChosen(item->data(Qt::UserRole).toString(),
                       item->data(Qt::UserRole + 1).toString());
}
