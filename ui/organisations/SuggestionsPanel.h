#pragma once

#include <QGroupBox>

class QListWidget;
class QPushButton;
class Workspace;

// Under « Partenaires et coopération »: the directory's partners and financers the project could
// meet, each with why (its theme, its territory, the comptoir it comes to), one added to the
// partners' table with a click rather than retyped; and the other porteurs' projects alike,
// whose holders agreed to be named, to meet at the next comptoir.
class SuggestionsPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionsPanel)

public:
    explicit SuggestionsPanel(QWidget *parent = nullptr);

    void setProject(Workspace *workspace, qint64 projectId, bool readOnly);
    void reload();
    QListWidget *partnerList() const { return m_partners; }
    QListWidget *projectList() const { return m_projects; }

signals:
    // A partner to add to the table: its name and what it is (« Financeur »).
    void partnerChosen(const QString &name, const QString &kind);

private:
    void addCurrent();

    Workspace *m_workspace = nullptr;
    qint64 m_projectId = 0;
    bool m_readOnly = false;
    QListWidget *m_partners = nullptr;
    QListWidget *m_projects = nullptr;
    QPushButton *m_add = nullptr;
};
