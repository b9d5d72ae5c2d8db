#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class OrganisationListModel;
class Workspace;

// The directory: every organisation of the workspace, the porteurs' structures and the partners
// and financers, filter-as-you-type and by kind; each opens in its editor (Enter); duplicates
// by SIRET or RNA number are counted and merged; partners and financers import from a CSV.
class DirectoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryPage)

public:
    explicit DirectoryPage(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void reload();
    QTableView *view() const { return m_view; }
    OrganisationListModel *model() const { return m_model; }
    void focusFilter();
    // Opens the duplicates and merges the chosen ones.
    void showDuplicates();
    // Imports partners and financers from a CSV file chosen by the user.
    void importCsv();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void openOrganisation();
    void newOrganisation();
    void deleteOrganisation();
    void updateCount();
    void select(qint64 id);

    Workspace *m_workspace = nullptr;
    bool m_stale = false;
    OrganisationListModel *m_model = nullptr;
    QSortFilterProxyModel *m_kindProxy = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_kind = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_duplicates = nullptr;
    QAction *m_import = nullptr;
};
