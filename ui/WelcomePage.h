#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

// What Comptoir shows when no workspace is open: create, open, try the demo, or reopen a
// recent workspace.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    void setRecentWorkspaces(const QStringList &paths);

signals:
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void demoWorkspaceRequested();
    void recentWorkspaceRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_logo = nullptr;
    QListWidget *m_recentList = nullptr;
    QLabel *m_recentTitle = nullptr;
};
