#include "DossierExportDialog.h"

#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "exchange/BundleWriter.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

DossierExportDialog::DossierExportDialog(Workspace *workspace, QList<qint64> selected,
                                         QList<qint64> shown, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_selected(std::move(selected))
    , m_shown(std::move(shown))
    , m_ready(BundleWriter::projectsAtStage(*workspace, QStringLiteral("ready")))
{
    setObjectName(QStringLiteral("dossierExportDialog"));
    setWindowTitle(tr("Export dossiers as PDF"));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(480);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A dossier per project, in French, for the file and the "
                                "committee: cover, summary, every section with its answers, "
                                "budget, eligibility. Contact details never appear in it; a "
                                "holder's name only with their consent."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *which = new QGroupBox(tr("Projects"), this);
    auto *whichLayout = new QVBoxLayout(which);
    m_selectedRadio = new QRadioButton(
        tr("The project(s) chosen in the list (%n)", nullptr, int(m_selected.size())), which);
    m_selectedRadio->setObjectName(QStringLiteral("dossierSelectedRadio"));
    m_shownRadio = new QRadioButton(
        tr("The project(s) the list shows (%n)", nullptr, int(m_shown.size())), which);
    m_shownRadio->setObjectName(QStringLiteral("dossierShownRadio"));
    m_readyRadio = new QRadioButton(
        tr("Every project “ready to deposit” (%n)", nullptr, int(m_ready.size())), which);
    m_readyRadio->setObjectName(QStringLiteral("dossierReadyRadio"));
    m_selectedRadio->setEnabled(!m_selected.isEmpty());
    m_shownRadio->setEnabled(!m_shown.isEmpty());
    m_readyRadio->setEnabled(!m_ready.isEmpty());
    (!m_selected.isEmpty() ? m_selectedRadio
     : !m_ready.isEmpty()  ? m_readyRadio
                           : m_shownRadio)
        ->setChecked(true);
    for (QRadioButton *radio : {m_selectedRadio, m_shownRadio, m_readyRadio})
        whichLayout->addWidget(radio);
    layout->addWidget(which);

    auto *how = new QGroupBox(tr("Files"), this);
    auto *howLayout = new QVBoxLayout(how);
    m_separateRadio = new QRadioButton(tr("One PDF per project, in a folder"), how);
    m_separateRadio->setObjectName(QStringLiteral("dossierSeparateRadio"));
    m_combinedRadio = new QRadioButton(tr("One PDF holding every dossier"), how);
    m_combinedRadio->setObjectName(QStringLiteral("dossierCombinedRadio"));
    m_separateRadio->setChecked(true);
    m_completeCheck =
        new QCheckBox(tr("Dossier complet: each followed by its PDF attachments"), how);
    m_completeCheck->setObjectName(QStringLiteral("dossierCompleteCheck"));
    m_completeCheck->setToolTip(
        tr("The quotes, statutes and letters in PDF appended after the dossier, with a "
           "bookmark for each"));
    howLayout->addWidget(m_separateRadio);
    auto *completeRow = new QHBoxLayout;
    completeRow->addSpacing(24);
    completeRow->addWidget(m_completeCheck);
    howLayout->addLayout(completeRow);
    howLayout->addWidget(m_combinedRadio);
    connect(m_separateRadio, &QRadioButton::toggled, m_completeCheck, &QWidget::setEnabled);
    layout->addWidget(how);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *write =
        buttons->addButton(tr("&Write the dossiers…"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("writeDossiersButton"));
    write->setDefault(true);
    write->setEnabled(!m_selected.isEmpty() || !m_shown.isEmpty() || !m_ready.isEmpty());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DossierExportDialog::~DossierExportDialog()
{
    // Closing the window mid-batch stops it; the work ends before what it reads goes away.
    if (m_watcher) {
        if (m_cancel)
            *m_cancel = true;
        m_watcher->waitForFinished();
    }
}

QList<qint64> DossierExportDialog::chosenProjects() const
{
    if (m_selectedRadio->isChecked())
        return m_selected;
    if (m_readyRadio->isChecked())
        return m_ready;
    return m_shown;
}

void DossierExportDialog::accept()
{
    if (m_watcher)
        return;
    DossierBatch::Options options;
    options.workspacePath = m_workspace->filePath();
    options.projectIds = chosenProjects();
    if (options.projectIds.isEmpty())
        return;
    const QString folder = QFileInfo(m_workspace->filePath()).absolutePath();
    if (m_combinedRadio->isChecked()) {
        options.mode = DossierBatch::Mode::Combined;
        options.target = FileDialog::getSaveFileName(
            this, windowTitle(),
            QDir(folder).filePath(
                tr("Dossiers %1.pdf").arg(QDate::currentDate().toString(Qt::ISODate))),
            tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    } else {
        options.mode = DossierBatch::Mode::OnePerProject;
        options.complete = m_completeCheck->isChecked();
        options.target = FileDialog::getExistingDirectory(
            this, tr("Choose the folder for the dossiers"), folder);
    }
    if (options.target.isEmpty())
        return;
    start(options);
}

void DossierExportDialog::start(const DossierBatch::Options &options)
{
    const int total = int(options.projectIds.size());
    m_progress = new QProgressDialog(tr("Writing the dossiers…"), tr("Stop"), 0, total, this);
    m_progress->setObjectName(QStringLiteral("dossierProgress"));
    m_progress->setWindowTitle(windowTitle());
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { *cancel = true; });

    // Long work, the one way: on Qt's thread pool through QtConcurrent, its progress and result
    // back on this thread through a QFutureWatcher (stopping is asked of the batch, which still
    // says how many complete dossiers it wrote).
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    m_watcher = new QFutureWatcher<DossierBatch::Result>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int done) {
        // setValue() of a modal progress dialog handles events, among them perhaps the end of
        // the batch: the dialog may be gone after.
        if (m_progress && m_watcher)
            m_progress->setLabelText(m_watcher->progressText());
        if (m_progress)
            m_progress->setValue(done);
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this,
            [this] { finish(m_watcher->future().result()); });
    m_watcher->setFuture(QtConcurrent::run([cancel,
                                            options](QPromise<DossierBatch::Result> &promise) {
        promise.setProgressRange(0, int(options.projectIds.size()));
        promise.addResult(DossierBatch::run(options, [&](int done, int all, const QString &title) {
            promise.setProgressValueAndText(
                done, tr("Dossier %1 of %2: %3").arg(done).arg(all).arg(title));
            return !*cancel;
        }));
    }));
}

void DossierExportDialog::finish(const DossierBatch::Result &result)
{
    m_watcher->deleteLater();
    m_watcher = nullptr;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    m_progress = nullptr;
    m_result = result;
    emit batchFinished();
    if (result.cancelled) {
        MessageBox::information(this, windowTitle(),
                                tr("Stopped: %n complete dossier(s) written, no partial file "
                                   "left behind.",
                                   nullptr, result.written));
        QDialog::reject();
        return;
    }
    if (!result.ok) {
        MessageBox::critical(this, windowTitle(),
                             tr("The dossiers could not all be written: %1").arg(result.error));
        return;
    }
    if (!result.notes.isEmpty())
        MessageBox::warning(this, windowTitle(),
                            tr("The dossiers were written, but some attachments could not be "
                               "appended:\n%1")
                                .arg(result.notes.join(QLatin1Char('\n'))));
    QDialog::accept();
}
