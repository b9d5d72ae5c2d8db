#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class HolderListModel;
class Workspace;

// Choosing a holder to register: type a few letters of a name, a commune or a structure
// (accents and case do not matter), or create a new holder.
class HolderPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HolderPickerDialog)

public:
    explicit HolderPickerDialog(Workspace *workspace, QWidget *parent = nullptr);
    qint64 holderId() const { return m_holderId; }
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void newHolder();

    Workspace *m_workspace;
    qint64 m_holderId = 0;
    HolderListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
};
