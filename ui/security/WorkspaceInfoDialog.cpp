#include "WorkspaceInfoDialog.h"

#include "dialogs/MessageBox.h"
#include "security/Keys.h"
#include "storage/Timestamp.h"
#include "storage/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString day(const QString &timestamp)
{
    return timestamp.isEmpty()
               ? QString()
               : QLocale().toString(Timestamp::toDateTime(timestamp).toLocalTime().date(),
                                    QLocale::ShortFormat);
}

QLabel *selectable(const QString &text, QWidget *parent, const char *name = nullptr)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (name)
        label->setObjectName(QLatin1String(name));
    return label;
}

} // namespace

WorkspaceInfoDialog::WorkspaceInfoDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("workspaceInfoDialog"));
    setWindowTitle(tr("About this workspace"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("File:"), selectable(QDir::toNativeSeparators(workspace->filePath()), this,
                                         "workspaceFileLabel"));
    form->addRow(tr("Created on:"),
                 selectable(day(workspace->info(QStringLiteral("created_at"))), this));
    form->addRow(tr("Identity:"), selectable(workspace->origin(), this));
    m_name = new QLineEdit(SigningKey::name(*workspace), this);
    m_name->setObjectName(QStringLiteral("signerNameEdit"));
    m_name->setPlaceholderText(workspace->displayName());
    m_name->setMaxLength(120);
    m_name->setReadOnly(workspace->isReadOnly());
    m_name->setToolTip(tr("The name the mission officers see on the files this workspace "
                          "writes, beside its key's fingerprint."));
    form->addRow(tr("&Name on its files:"), m_name);
    const Result<SigningKey> key = SigningKey::ofWorkspace(*workspace);
    auto *fingerprint = selectable(key ? key->fingerprint() : key.error(), this,
                                   "signingFingerprint");
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF() * 1.3);
    fixed.setBold(true);
    fingerprint->setFont(fixed);
    form->addRow(tr("Signing key:"), fingerprint);
    const auto department = DepartmentKey::load(*workspace);
    form->addRow(tr("Department's key:"),
                 selectable(!department             ? department.error()
                            : !department->has_value() ? tr("none: files are signed, not sealed")
                                                       : (*department)->publicHalf.fingerprint(),
                            this, "workspaceDepartmentKey"));
    layout->addLayout(form);
    auto *note = new QLabel(tr("Every deposit file this workspace writes is signed with its key: "
                               "a mission officer reads this fingerprint to check who wrote it."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *signersTitle = new QLabel(tr("Workspaces whose files were &accepted here:"), this);
    layout->addWidget(signersTitle);
    m_signers = new QTreeWidget(this);
    m_signers->setObjectName(QStringLiteral("knownSignersList"));
    m_signers->setAccessibleName(tr("Workspaces whose files were accepted here"));
    m_signers->setRootIsDecorated(false);
    m_signers->setHeaderLabels({tr("Name"), tr("Fingerprint"), tr("Accepted"), tr("Files")});
    m_signers->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_signers->header()->setStretchLastSection(false);
    for (int column = 1; column < 4; ++column)
        m_signers->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_signers->setMinimumHeight(100);
    signersTitle->setBuddy(m_signers);
    layout->addWidget(m_signers, 1);
    m_forget = new QPushButton(tr("&Forget this workspace…"), this);
    m_forget->setObjectName(QStringLiteral("forgetSignerButton"));
    m_forget->setAutoDefault(false);
    auto *forgetRow = new QHBoxLayout;
    forgetRow->addWidget(m_forget);
    forgetRow->addStretch();
    layout->addLayout(forgetRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkspaceInfoDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_forget, &QPushButton::clicked, this, &WorkspaceInfoDialog::forgetSigner);
    connect(m_signers, &QTreeWidget::currentItemChanged, this,
            [this] { m_forget->setEnabled(m_signers->currentItem() && !m_workspace->isReadOnly()); });
    setMinimumWidth(560);
    fillSigners();
}

void WorkspaceInfoDialog::fillSigners()
{
    m_signers->clear();
    const auto signers = KnownSigners::all(*m_workspace);
    for (const KnownSigners::Signer &signer : signers.valueOr({})) {
        auto *item = new QTreeWidgetItem(m_signers, {signer.identity.name,
                                                     signer.identity.fingerprint(),
                                                     day(signer.acceptedAt),
                                                     QLocale().toString(signer.files)});
        item->setData(0, Qt::UserRole, signer.identity.publicKey);
        item->setToolTip(0, signer.identity.workspace);
    }
    m_forget->setEnabled(false);
}

void WorkspaceInfoDialog::forgetSigner()
{
    QTreeWidgetItem *item = m_signers->currentItem();
    if (!item)
        return;
    if (MessageBox::question(this, windowTitle(),
                             tr("Forget « %1 » (key %2)? Its next file will be asked about as "
                                "a workspace never seen.")
                                 .arg(item->text(0), item->text(1))) != QMessageBox::Yes)
        return;
    if (const Result<void> forgotten =
            KnownSigners::forget(*m_workspace, item->data(0, Qt::UserRole).toByteArray());
        !forgotten)
        MessageBox::critical(this, windowTitle(), forgotten.error());
    fillSigners();
}

void WorkspaceInfoDialog::accept()
{
    if (!m_workspace->isReadOnly() && m_name->text().simplified() != SigningKey::name(*m_workspace)) {
        const QString name = m_name->text().simplified() == m_workspace->displayName()
                                 ? QString()
                                 : m_name->text();
        if (const Result<void> saved = SigningKey::setName(*m_workspace, name); !saved) {
            MessageBox::critical(this, windowTitle(), saved.error());
            return;
        }
    }
    QDialog::accept();
}
