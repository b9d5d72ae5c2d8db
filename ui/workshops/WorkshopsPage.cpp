#include "WorkshopsPage.h"

#include "ParticipantsPane.h"

#include "commands/Commands.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/PrintModule.h"
#include "projects/ProjectRecord.h"
#include "RegistrationImportDialog.h"
#include "report/AttendanceSheet.h"
#include "report/WorkshopReport.h"
#include "session/Deletions.h"
#include "storage/Workspace.h"
#include "VenuesDialog.h"
#include "widgets/FlowLayout.h"
#include "WorkshopDialog.h"
#include "workshops/Attendance.h"
#include "workshops/ParticipantListModel.h"
#include "workshops/WorkshopListModel.h"
#include "workshops/Workshops.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

WorkshopsPage::WorkshopsPage(QWidget *parent)
    : QWidget(parent)
    , m_workshops(new WorkshopListModel(this))
    , m_workshopProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("workshopsPage"));
    m_workshopProxy->setSourceModel(m_workshops);
    m_workshopProxy->setSortRole(WorkshopListModel::SortRole);

    const auto action = [this](const QString &name, const QString &text,
                               const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        return a;
    };
    m_new = action(QStringLiteral("newWorkshopAction"), tr("&New workshop…"));
    m_edit = action(QStringLiteral("editWorkshopAction"), tr("&Edit the workshop…"));
    m_delete = action(QStringLiteral("deleteWorkshopAction"), tr("&Delete the workshop"));
    m_import = action(QStringLiteral("importRegistrationsAction"), tr("&Import registrations…"),
                      QKeySequence(Qt::CTRL | Qt::Key_I));
    m_pdf = action(QStringLiteral("attendancePdfAction"), tr("Attendance sheet as P&DF…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_print = action(QStringLiteral("printAttendanceAction"), tr("&Print the attendance sheet…"),
                     QKeySequence::Print);
    m_report = action(QStringLiteral("workshopReportAction"), tr("Workshop &report as PDF…"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_report->setStatusTip(
        tr("Who came, which projects advanced and by how much, the next steps noted"));
    m_startLive = action(QStringLiteral("startLiveAction"), tr("&Start the workshop"),
                         QKeySequence(Qt::Key_F5));
    m_startLive->setStatusTip(
        tr("Run the workshop: its participants beside the editor, Ctrl+1…9 to switch"));
    m_venues = action(QStringLiteral("venuesAction"), tr("&Comptoirs and host structures…"));
    connect(m_new, &QAction::triggered, this, &WorkshopsPage::newWorkshop);
    connect(m_edit, &QAction::triggered, this, &WorkshopsPage::editWorkshop);
    connect(m_delete, &QAction::triggered, this, &WorkshopsPage::deleteWorkshop);
    connect(m_import, &QAction::triggered, this, &WorkshopsPage::importDialog);
    connect(m_pdf, &QAction::triggered, this, &WorkshopsPage::attendancePdfDialog);
    connect(m_report, &QAction::triggered, this, &WorkshopsPage::reportPdfDialog);
    connect(m_print, &QAction::triggered, this, &WorkshopsPage::printAttendanceSheet);
    connect(m_startLive, &QAction::triggered, this, [this] {
        if (currentWorkshopId() > 0)
            emit startLiveRequested(currentWorkshopId());
    });
    connect(m_venues, &QAction::triggered, this, &WorkshopsPage::venuesDialog);

    // The workshops.
    m_workshopView = new QTableView(this);
    m_workshopView->setObjectName(QStringLiteral("workshopView"));
    m_workshopView->setModel(m_workshopProxy);
    m_workshopView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_workshopView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_workshopView->setSortingEnabled(true);
    m_workshopView->sortByColumn(WorkshopListModel::DateColumn, Qt::DescendingOrder);
    m_workshopView->verticalHeader()->hide();
    // Every column in sight: the comptoir, the kind and the facilitator share what is left
    // after the date, the hours and the counts (shortened with "…" when the page is narrow;
    // rows keep one line, so a department's 16,000 workshops are not measured row by row).
    // The others are fitted once to the first rows when the list is read (load()), not
    // measured again at each change.
    QHeaderView *columns = m_workshopView->horizontalHeader();
    for (int c : {int(WorkshopListModel::VenueColumn), int(WorkshopListModel::KindColumn),
                  int(WorkshopListModel::FacilitatorColumn)})
        columns->setSectionResizeMode(c, QHeaderView::Stretch);
    m_workshopView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_workshopView->setAlternatingRowColors(true);
    m_workshopView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_workshopView->setAccessibleName(tr("Workshops"));
    m_workshopView->setWordWrap(false);
    m_workshopView->setTextElideMode(Qt::ElideRight);
    // Columns fit the first rows once; measuring thousands of rows at each change would not pay.
    m_workshopView->horizontalHeader()->setResizeContentsPrecision(50);
    m_workshopView->installEventFilter(this);
    connect(m_workshopView, &QTableView::doubleClicked, this, &WorkshopsPage::editWorkshop);

    // Every action in sight: the bar goes on to a second line on a small screen rather than
    // hiding actions behind a » button.
    QWidget *toolbar = FlowLayout::actionBar(
        {m_startLive, nullptr, m_new, m_edit, m_import, m_pdf, m_print, m_venues}, this);
    toolbar->setObjectName(QStringLiteral("workshopToolBar"));
    auto *start = toolbar->findChild<QToolButton *>(m_startLive->objectName() +
                                                    QStringLiteral("Button"));
    start->setObjectName(QStringLiteral("startLiveButton"));
    QFont bold;
    bold.setBold(true);
    start->setFont(bold);

    // The selected workshop and its participants.
    m_pane = new ParticipantsPane(this);
    connect(m_pane, &ParticipantsPane::projectActivated, this, &WorkshopsPage::projectActivated);
    connect(m_pane, &ParticipantsPane::participantsChanged, this,
            [this](qint64 workshopId) { m_workshops->refreshCounts(workshopId); });
    connect(m_pane, &ParticipantsPane::holderEdited, this, &WorkshopsPage::reload);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_workshopView);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({640, 720}); // the workshop's date, hours and comptoir in full
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_workshopView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkshopsPage::workshopChanged);
    updateActions();
}

QTableView *WorkshopsPage::participantView() const
{
    return m_pane->view();
}

ParticipantListModel *WorkshopsPage::participants() const
{
    return m_pane->model();
}

QList<QAction *> WorkshopsPage::workshopActions() const
{
    return {m_new,    m_edit,      m_delete, nullptr, m_pane->registerAction(),
            m_import, nullptr,     m_pdf,    m_print, m_report,
            nullptr,  m_startLive, nullptr,  m_venues};
}

void WorkshopsPage::setWorkspace(Workspace *workspace)
{
    // A department's workspace holds thousands of workshops: they are read when the page is
    // first shown, not when the workspace opens.
    m_workspace = workspace;
    m_loaded = false;
    m_workshops->setWorkspace(nullptr);
    m_pane->setWorkspace(nullptr);
    if (workspace && isVisible())
        load();
    else
        workshopChanged();
}

void WorkshopsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side on a wide screen; the participants under the workshops on a laptop or a
    // projector, each then as wide as the page.
    const Qt::Orientation wanted = width() >= kSideBySideWidth ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != wanted)
        m_splitter->setOrientation(wanted);
}

void WorkshopsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_workspace && !m_loaded)
        load();
}

void WorkshopsPage::load()
{
    m_loaded = true;
    m_workshops->setWorkspace(m_workspace);
    m_pane->setWorkspace(m_workspace);
    m_workshopView->resizeColumnsToContents();
    if (m_workshopProxy->rowCount() > 0) {
        // Today's or the next workshop first, else the latest.
        int best = 0;
        qint64 bestStart = 0;
        const qint64 today = QDate::currentDate().startOfDay().toMSecsSinceEpoch();
        for (int row = 0; row < m_workshopProxy->rowCount(); ++row) {
            const qint64 start =
                m_workshopProxy->index(row, 0).data(WorkshopListModel::StartRole).toLongLong();
            if (start >= today && (bestStart == 0 || start < bestStart)) {
                best = row;
                bestStart = start;
            }
        }
        m_workshopView->setCurrentIndex(m_workshopProxy->index(best, 0));
    }
    workshopChanged();
}

void WorkshopsPage::reload()
{
    if (!m_loaded) {
        if (m_workspace && isVisible())
            load();
        return;
    }
    const qint64 current = currentWorkshopId();
    const qint64 attendance = m_pane->currentAttendanceId();
    m_workshops->reload();
    selectWorkshop(current);
    m_pane->selectParticipant(attendance);
}

qint64 WorkshopsPage::currentWorkshopId() const
{
    const QModelIndex index = m_workshopView->currentIndex();
    return index.isValid() ? index.data(WorkshopListModel::IdRole).toLongLong() : 0;
}

void WorkshopsPage::selectWorkshop(qint64 workshopId)
{
    const int row = m_workshops->rowOf(workshopId);
    if (row >= 0)
        m_workshopView->setCurrentIndex(m_workshopProxy->mapFromSource(m_workshops->index(row, 0)));
    workshopChanged();
}

void WorkshopsPage::workshopChanged()
{
    m_pane->showWorkshop(currentWorkshopId());
    updateActions();
}

void WorkshopsPage::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool writable = open && !m_workspace->isReadOnly(); // read-only: documents only
    const bool workshop = open && currentWorkshopId() > 0;
    m_new->setEnabled(writable);
    m_venues->setEnabled(writable);
    m_import->setEnabled(writable);
    for (QAction *a : {m_pdf, m_print, m_report})
        a->setEnabled(workshop);
    for (QAction *a : {m_edit, m_delete, m_startLive})
        a->setEnabled(workshop && writable);
}

bool WorkshopsPage::newWorkshop()
{
    if (!m_workspace)
        return false;
    // A facilitator works at one comptoir: the new workshop takes the current one's.
    qint64 venue = 0;
    if (const auto w = Workshops::workshop(*m_workspace, currentWorkshopId()))
        venue = w->venueId;
    WorkshopDialog dialog(m_workspace, 0, this, venue);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_workshops->reload();
    selectWorkshop(dialog.workshopId());
    m_workshopView->setFocus();
    return true;
}

void WorkshopsPage::editWorkshop()
{
    const qint64 id = currentWorkshopId();
    if (!m_workspace || id <= 0)
        return;
    WorkshopDialog dialog(m_workspace, id, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void WorkshopsPage::deleteWorkshop()
{
    const qint64 id = currentWorkshopId();
    if (!m_workspace || !m_undoStack || id <= 0)
        return;
    const Attendance::Counts counts = Attendance::counts(*m_workspace, id);
    const QString name = Deletions::label(*m_workspace, QStringLiteral("workshop"), id);
    if (MessageBox::question(this, tr("Delete the workshop"),
                             tr("Move “%1” and its list of %n participant(s) to the trash? The "
                                "holders and their projects stay. Ctrl+Z, or File › Trash, "
                                "brings it back.",
                                nullptr, counts.registered)
                                 .arg(name)) != QMessageBox::Yes)
        return;
    const Result<void> deleted = Commands::deleteWorkshop(m_undoStack, m_workspace, id,
                                                          tr("the deletion of “%1”").arg(name));
    if (!deleted) {
        MessageBox::critical(this, tr("Delete the workshop"), deleted.error());
        return;
    }
    reload();
}

void WorkshopsPage::importDialog()
{
    if (!m_workspace)
        return;
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import registrations"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Spreadsheet exports (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importRegistrations(path);
}

bool WorkshopsPage::importRegistrations(const QString &path)
{
    RegistrationImport::Preview preview = RegistrationImport::read(path);
    if (!preview.csv.ok) {
        MessageBox::critical(this, tr("Import registrations"),
                             tr("“%1” cannot be imported; nothing was changed.\n\n%2")
                                 .arg(QFileInfo(path).fileName(), preview.csv.error));
        return false;
    }
    auto *dialog = new RegistrationImportDialog(m_workspace, path, std::move(preview),
                                                currentWorkshopId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reload(); });
    dialog->open();
    return true;
}

void WorkshopsPage::attendancePdfDialog()
{
    if (!m_workspace || currentWorkshopId() <= 0)
        return;
    const std::optional<AttendanceSheet::Data> data =
        AttendanceSheet::load(*m_workspace, currentWorkshopId());
    if (!data)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(
        this, tr("Attendance sheet as PDF"),
        QDir(documents).filePath(AttendanceSheet::suggestedFileName(*data)),
        tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (!path.isEmpty())
        exportAttendanceSheet(path);
}

bool WorkshopsPage::exportAttendanceSheet(const QString &path)
{
    const std::optional<AttendanceSheet::Data> data =
        m_workspace ? AttendanceSheet::load(*m_workspace, currentWorkshopId()) : std::nullopt;
    if (!data)
        return false;
    QString error;
    if (!AttendanceSheet::writePdf(*data, path, &error)) {
        MessageBox::critical(this, tr("Attendance sheet as PDF"), error);
        return false;
    }
    MessageBox::information(
        this, tr("Attendance sheet as PDF"),
        tr("The attendance sheet was written to “%1”.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void WorkshopsPage::reportPdfDialog()
{
    if (!m_workspace || currentWorkshopId() <= 0)
        return;
    QString error;
    const std::optional<WorkshopReport::Data> data =
        WorkshopReport::load(*m_workspace, currentWorkshopId(), &error);
    if (!data) {
        MessageBox::critical(this, tr("Workshop report"), error);
        return;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(
        this, tr("Workshop report as PDF"),
        QDir(documents).filePath(WorkshopReport::suggestedFileName(*data)),
        tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (!path.isEmpty())
        exportReport(path);
}

bool WorkshopsPage::exportReport(const QString &path)
{
    QString error;
    const std::optional<WorkshopReport::Data> data =
        m_workspace ? WorkshopReport::load(*m_workspace, currentWorkshopId(), &error)
                    : std::nullopt;
    if (!data || !WorkshopReport::writePdf(*data, path, &error)) {
        MessageBox::critical(this, tr("Workshop report"), error);
        return false;
    }
    MessageBox::information(
        this, tr("Workshop report"),
        tr("The workshop report was written to “%1”.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void WorkshopsPage::printAttendanceSheet()
{
    const std::optional<AttendanceSheet::Data> data =
        m_workspace ? AttendanceSheet::load(*m_workspace, currentWorkshopId()) : std::nullopt;
    if (!data)
        return;
    PrintModule::Job job;
    job.documentName = AttendanceSheet::suggestedFileName(*data);
    job.windowTitle = tr("Print the attendance sheet");
    job.objectName = QStringLiteral("attendancePrintDialog");
    job.margins = QMarginsF(0, 0, 0, 0);
    QString error;
    const int printed = PrintModule::print(
        this, job,
        [&data](QPagedPaintDevice *printer) { return AttendanceSheet::render(*data, printer); },
        &error);
    if (printed == 0)
        error = tr("The printer could not be used.");
    if (!error.isEmpty())
        MessageBox::critical(this, tr("Print the attendance sheet"), error);
}

void WorkshopsPage::venuesDialog()
{
    if (!m_workspace)
        return;
    VenuesDialog dialog(m_workspace, this);
    dialog.exec();
    reload();
}

bool WorkshopsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Entrée in the workshops goes to the participants.
    if (watched == m_workshopView && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & ~Qt::KeypadModifier & ~Qt::ShiftModifier) &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_pane->view()->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
