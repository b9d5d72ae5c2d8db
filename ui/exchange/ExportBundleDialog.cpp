#include "ExportBundleDialog.h"

#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "exchange/BundleWriter.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportBundleDialog::ExportBundleDialog(Workspace *workspace, QList<qint64> selected,
                                       QList<qint64> shown, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_selected(std::move(selected))
    , m_shown(std::move(shown))
    , m_ready(BundleWriter::projectsAtStage(*workspace, QStringLiteral("ready")))
{
    setObjectName(QStringLiteral("exportBundleDialog"));
    setWindowTitle(tr("Export a deposit file"));
    setWindowModality(Qt::WindowModal);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The file carries the projects with their answers, budget, holders (contact details "
           "only with their consent) and the workshops they attended, for the mission officers "
           "or another facilitator's Comptoir."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_selectedRadio = new QRadioButton(
        tr("The project(s) chosen in the list (%n)", nullptr, int(m_selected.size())), this);
    m_selectedRadio->setObjectName(QStringLiteral("exportSelectedRadio"));
    m_shownRadio = new QRadioButton(
        tr("The project(s) the list shows (%n)", nullptr, int(m_shown.size())), this);
    m_shownRadio->setObjectName(QStringLiteral("exportShownRadio"));
    m_readyRadio = new QRadioButton(
        tr("Every project “ready to deposit” (%n)", nullptr, int(m_ready.size())), this);
    m_readyRadio->setObjectName(QStringLiteral("exportReadyRadio"));
    m_selectedRadio->setEnabled(!m_selected.isEmpty());
    m_shownRadio->setEnabled(!m_shown.isEmpty());
    m_readyRadio->setEnabled(!m_ready.isEmpty());
    (m_selected.size() > 1   ? m_selectedRadio
     : !m_ready.isEmpty()    ? m_readyRadio
     : !m_selected.isEmpty() ? m_selectedRadio
                             : m_shownRadio)
        ->setChecked(true);
    for (QRadioButton *radio : {m_selectedRadio, m_shownRadio, m_readyRadio})
        layout->addWidget(radio);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *write = buttons->addButton(tr("&Write the file…"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("writeBundleButton"));
    write->setDefault(true);
    write->setEnabled(!m_selected.isEmpty() || !m_shown.isEmpty() || !m_ready.isEmpty());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<qint64> ExportBundleDialog::chosenProjects() const
{
    if (m_selectedRadio->isChecked())
        return m_selected;
    if (m_readyRadio->isChecked())
        return m_ready;
    return m_shown;
}

void ExportBundleDialog::accept()
{
    const QList<qint64> projects = chosenProjects();
    if (projects.isEmpty())
        return;
    const QString suggested =
        QDir(QFileInfo(m_workspace->filePath()).absolutePath())
            .filePath(QStringLiteral("%1-%2.%3")
                          .arg(QFileInfo(m_workspace->filePath()).completeBaseName(),
                               QDate::currentDate().toString(Qt::ISODate),
                               BundleWriter::fileSuffix()));
    const QString path = FileDialog::getSaveFileName(this, tr("Export a deposit file"), suggested,
                                                     tr("Comptoir deposit files (*.comptoir)"),
                                                     BundleWriter::fileSuffix());
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool written = BundleWriter::writeFile(*m_workspace, projects, path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, tr("Export a deposit file"), error);
        return;
    }
    m_written = path;
    QDialog::accept();
}
