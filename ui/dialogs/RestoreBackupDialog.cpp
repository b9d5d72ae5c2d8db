#include "RestoreBackupDialog.h"

#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RestoreBackupDialog::RestoreBackupDialog(const QString &origin, const QString &defaultDirectory,
                                         QWidget *parent)
    : QDialog(parent)
    , m_backups(Backups::list(origin))
    , m_defaultDirectory(defaultDirectory)
    , m_table(new QTableWidget(0, 4, this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore a backup"));
    m_summary->setObjectName(QStringLiteral("backupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(
        m_backups.isEmpty()
            ? tr("This workspace has no backup yet.")
            : tr("Comptoir backs the workspace up when it opens, every ten minutes while it "
                 "changes, and before an import, a migration or a restore; it keeps the last ten "
                 "and one a day for thirty days. Backups are in %1.")
                  .arg(QDir::toNativeSeparators(Backups::folder(origin))));

    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Made"), tr("Projects"), tr("Size")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QLocale locale;
    for (const Backups::Info &info : std::as_const(m_backups)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(
            row, 0,
            new QTableWidgetItem(locale.toString(info.at.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(reasonLabel(info.reason)));
        auto *projects = new QTableWidgetItem(locale.toString(info.projects));
        projects->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, projects);
        auto *size = new QTableWidgetItem(locale.formattedDataSize(info.bytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, size);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_newFile = buttons->addButton(tr("Restore into a &new file…"), QDialogButtonBox::ActionRole);
    m_newFile->setObjectName(QStringLiteral("restoreNewFileButton"));
    m_replace =
        buttons->addButton(tr("&Replace this workspace…"), QDialogButtonBox::DestructiveRole);
    m_replace->setObjectName(QStringLiteral("replaceWorkspaceButton"));
    // The safe choice is the default one; replacing is never a keystroke away.
    m_replace->setAutoDefault(false);
    m_newFile->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_newFile, &QPushButton::clicked, this, &RestoreBackupDialog::restoreToNewFile);
    connect(m_replace, &QPushButton::clicked, this, &RestoreBackupDialog::replaceWorkspace);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_newFile->setEnabled(current());
        m_replace->setEnabled(current());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    m_newFile->setEnabled(false);
    m_replace->setEnabled(false);
    if (!m_backups.isEmpty())
        m_table->selectRow(0);
    resize(640, 400);
}

QString RestoreBackupDialog::reasonLabel(const QString &reason)
{
    if (reason == QLatin1String("opening"))
        return tr("when the workspace was opened");
    if (reason == QLatin1String("changes"))
        return tr("while it changed");
    if (reason == QLatin1String("import"))
        return tr("before an import");
    if (reason == QLatin1String("migration"))
        return tr("before an update of its format");
    if (reason == QLatin1String("restore"))
        return tr("before a restore");
    if (reason == QLatin1String("manual"))
        return tr("on request");
    return reason;
}

const Backups::Info *RestoreBackupDialog::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_backups.size() && m_table->selectionModel()->hasSelection()
               ? &m_backups.at(row)
               : nullptr;
}

void RestoreBackupDialog::restoreToNewFile()
{
    const Backups::Info *info = current();
    if (!info)
        return;
    const QString name = QFileInfo(info->workspacePath).completeBaseName() + tr(" (restored)");
    const QString path = FileDialog::getSaveFileName(
        this, tr("Restore into a new file"), QDir(m_defaultDirectory).filePath(name),
        tr("Comptoir workspaces (*.comptoirdb)"), QStringLiteral("comptoirdb"));
    if (path.isEmpty())
        return;
    const Result<void> restored = Backups::restore(info->path, path);
    if (!restored) {
        MessageBox::critical(this, tr("Restore a backup"), restored.error());
        return;
    }
    m_choice = Choice::NewFile;
    m_backupPath = info->path;
    m_targetPath = path;
    accept();
}

void RestoreBackupDialog::replaceWorkspace()
{
    const Backups::Info *info = current();
    if (!info)
        return;
    if (MessageBox::question(
            this, tr("Replace this workspace"),
            tr("Put the backup of %1 (%n project(s)) in place of this workspace? What was "
               "written since is replaced; the workspace as it is now is backed up first, so "
               "this too can be taken back.",
               nullptr, info->projects)
                .arg(QLocale().toString(info->at.toLocalTime(), QLocale::ShortFormat))) !=
        QMessageBox::Yes)
        return;
    m_choice = Choice::Replace;
    m_backupPath = info->path;
    accept();
}
