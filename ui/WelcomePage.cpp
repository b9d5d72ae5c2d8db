#include "WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *column = new QWidget(this);
    column->setMinimumWidth(480);
    column->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(12);

    // Drawn when the page is first shown: not when a workspace opens straight away.
    m_logo = new QLabel(column);
    m_logo->setObjectName(QStringLiteral("welcomeLogo"));
    m_logo->setMinimumSize(96, 96);
    m_logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_logo);

    auto *title = new QLabel(tr("Welcome to Comptoir"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *intro =
        new QLabel(tr("Walk holders from their idea to a project ready to deposit on the "
                      "Budget Citoyen platform, even without a network. A workspace is a "
                      "single file: every change is written to it as soon as it is made."),
                   column);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    layout->addWidget(intro);
    layout->addSpacing(8);

    const auto addButton = [&](const QString &objectName, const QString &text,
                               const QString &icon) {
        auto *button = new QPushButton(QIcon::fromTheme(icon), text, column);
        button->setObjectName(objectName);
        button->setMinimumHeight(36);
        layout->addWidget(button);
        return button;
    };
    auto *newButton = addButton(QStringLiteral("newWorkspaceButton"), tr("&New workspace…"),
                                QStringLiteral("document-new"));
    auto *openButton = addButton(QStringLiteral("openWorkspaceButton"), tr("&Open a workspace…"),
                                 QStringLiteral("document-open"));
    auto *demoButton = addButton(QStringLiteral("demoWorkspaceButton"),
                                 tr("Try the &demo workspace"), QStringLiteral("help-about"));

    auto *recentTitle = new QLabel(tr("&Recent workspaces"), column);
    layout->addSpacing(8);
    layout->addWidget(recentTitle);
    m_recentList = new QListWidget(column);
    m_recentList->setObjectName(QStringLiteral("recentWorkspacesList"));
    m_recentList->setMaximumHeight(m_recentList->fontMetrics().height() * 2 * 5 + 16);
    recentTitle->setBuddy(m_recentList);
    m_recentTitle = recentTitle;
    layout->addWidget(m_recentList);

    // One block, centred both ways, whatever the window's size.
    auto *outer = new QGridLayout(this);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    outer->addWidget(column, 1, 1);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newWorkspaceRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openWorkspaceRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoWorkspaceRequested);
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentWorkspaceRequested(item->data(Qt::UserRole).toString());
    });
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setRecentWorkspaces(const QStringList &paths)
{
    m_recentList->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(info.completeBaseName(), QDir::toNativeSeparators(path)),
            m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_recentList->setVisible(!paths.isEmpty());
    m_recentTitle->setVisible(!paths.isEmpty());
}

void WelcomePage::showEvent(QShowEvent *event)
{
    if (m_logo->pixmap().isNull())
        m_logo->setPixmap(QIcon(QStringLiteral(":/icons/comptoir.svg")).pixmap(96, 96));
    QWidget::showEvent(event);
}
