#include "HolderPickerDialog.h"

#include "HolderDialog.h"
#include "text/TextFolding.h"
#include "workshops/HolderListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

HolderPickerDialog::HolderPickerDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new HolderListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("holderPickerDialog"));
    setWindowTitle(tr("Register a holder"));
    resize(720, 460);
    m_model->setWorkspace(workspace);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(HolderListModel::SearchRole);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("holderPickerFilter"));
    m_filter->setPlaceholderText(tr("Name, commune or structure…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("holderPickerView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int c : {HolderListModel::EmailColumn, HolderListModel::PhoneColumn,
                  HolderListModel::ConsentColumn})
        m_view->hideColumn(c);
    connect(m_view, &QTableView::doubleClicked, this, &HolderPickerDialog::accept);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *create = buttons->addButton(tr("&New holder…"), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("newHolderButton"));
    connect(create, &QPushButton::clicked, this, &HolderPickerDialog::newHolder);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(TextFolding::fold(text).simplified());
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_filter->setFocus();
}

bool HolderPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down walk the list while typing in the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_view->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_proxy->rowCount())
                m_view->setCurrentIndex(m_proxy->index(row, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void HolderPickerDialog::newHolder()
{
    HolderDialog dialog(m_workspace, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_holderId = dialog.holderId();
    QDialog::accept();
}

void HolderPickerDialog::accept()
{
    const QModelIndex index = m_view->currentIndex();
    if (m_holderId <= 0 && index.isValid())
        m_holderId = index.data(HolderListModel::IdRole).toLongLong();
    if (m_holderId <= 0)
        return;
    QDialog::accept();
}
