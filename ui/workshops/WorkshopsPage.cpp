#include "WorkshopsPage.h"

#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "HolderDialog.h"
#include "HolderPickerDialog.h"
#include "projects/ProjectRecord.h"
#include "RegistrationImportDialog.h"
#include "report/AttendanceSheet.h"
#include "report/WorkshopReport.h"
#include "storage/Workspace.h"
#include "VenuesDialog.h"
#include "WorkshopDialog.h"
#include "workshops/Attendance.h"
#include "workshops/Holders.h"
#include "workshops/ParticipantListModel.h"
#include "workshops/WorkshopListModel.h"
#include "workshops/Workshops.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

WorkshopsPage::WorkshopsPage(QWidget *parent)
    : QWidget(parent)
    , m_workshops(new WorkshopListModel(this))
    , m_workshopProxy(new QSortFilterProxyModel(this))
    , m_participants(new ParticipantListModel(this))
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
    m_addParticipant = action(QStringLiteral("addParticipantAction"), tr("&Register a holder…"),
                              QKeySequence(Qt::CTRL | Qt::Key_R));
    m_removeParticipant =
        action(QStringLiteral("removeParticipantAction"), tr("Remove from the &list"));
    m_editHolder = action(QStringLiteral("editHolderAction"), tr("Holder's &details…"));
    m_chooseProject = action(QStringLiteral("chooseProjectAction"), tr("Pro&ject…"));
    for (Attendance::Status status : Attendance::statuses()) {
        static const QHash<int, Qt::Key> keys = {{int(Attendance::Status::Registered), Qt::Key_I},
                                                 {int(Attendance::Status::Present), Qt::Key_P},
                                                 {int(Attendance::Status::Absent), Qt::Key_A},
                                                 {int(Attendance::Status::Excused), Qt::Key_E}};
        auto *a =
            action(QStringLiteral("status_") + Attendance::code(status), Attendance::label(status));
        a->setToolTip(
            tr("%1 (key %2)")
                .arg(Attendance::label(status),
                     QKeySequence(keys.value(int(status))).toString(QKeySequence::NativeText)));
        a->setData(int(status));
        connect(a, &QAction::triggered, this, [this, status] { setStatus(int(status)); });
        m_statusActions << a;
    }

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
    connect(m_addParticipant, &QAction::triggered, this, &WorkshopsPage::addParticipant);
    connect(m_removeParticipant, &QAction::triggered, this, &WorkshopsPage::removeParticipant);
    connect(m_editHolder, &QAction::triggered, this, &WorkshopsPage::editHolder);
    connect(m_chooseProject, &QAction::triggered, this, &WorkshopsPage::chooseProject);

    // The workshops.
    m_workshopView = new QTableView(this);
    m_workshopView->setObjectName(QStringLiteral("workshopView"));
    m_workshopView->setModel(m_workshopProxy);
    m_workshopView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_workshopView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_workshopView->setSortingEnabled(true);
    m_workshopView->sortByColumn(WorkshopListModel::DateColumn, Qt::DescendingOrder);
    m_workshopView->verticalHeader()->hide();
    m_workshopView->horizontalHeader()->setStretchLastSection(true);
    m_workshopView->setAlternatingRowColors(true);
    m_workshopView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_workshopView->setAccessibleName(tr("Workshops"));
    m_workshopView->setWordWrap(false);
    // Columns fit the first rows once; measuring thousands of rows at each change would not pay.
    m_workshopView->horizontalHeader()->setResizeContentsPrecision(50);
    m_workshopView->installEventFilter(this);
    connect(m_workshopView, &QTableView::doubleClicked, this, &WorkshopsPage::editWorkshop);

    const auto toolButton = [this](QAction *a) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    // Tool bars fold what does not fit behind a » button, so the page fits a small screen.
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("workshopToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *start = toolButton(m_startLive);
    start->setObjectName(QStringLiteral("startLiveButton"));
    QFont bold = start->font();
    bold.setBold(true);
    start->setFont(bold);
    toolbar->addWidget(start);
    toolbar->addSeparator();
    toolbar->addActions({m_new, m_edit, m_import, m_pdf, m_print, m_venues});

    // The selected workshop and its participants.
    auto *right = new QWidget(this);
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("workshopTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_details = new QLabel(right);
    m_details->setObjectName(QStringLiteral("workshopDetailsLabel"));
    m_details->setWordWrap(true);
    m_participantView = new QTableView(right);
    m_participantView->setObjectName(QStringLiteral("participantView"));
    m_participantView->setModel(m_participants);
    m_participantView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participantView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participantView->verticalHeader()->hide();
    m_participantView->setWordWrap(false);
    m_participantView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_participantView->horizontalHeader()->setSectionResizeMode(ParticipantListModel::ProjectColumn,
                                                                QHeaderView::Stretch);
    m_participantView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_participantView->setAccessibleName(tr("Participants"));
    m_participantView->installEventFilter(this);
    m_participantView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_participantView->addActions({m_editHolder, m_chooseProject});
    m_participantView->addActions(m_statusActions);
    m_participantView->addAction(m_removeParticipant);
    connect(m_participantView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 project = index.data(ParticipantListModel::ProjectIdRole).toLongLong();
        if (project > 0)
            emit projectActivated(project);
        else
            chooseProject();
    });
    auto *participantButtons = new QToolBar(right);
    participantButtons->setObjectName(QStringLiteral("participantToolBar"));
    participantButtons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    participantButtons->addActions({m_addParticipant, m_editHolder, m_chooseProject});
    participantButtons->addSeparator();
    participantButtons->addActions(m_statusActions);
    participantButtons->addSeparator();
    participantButtons->addAction(m_removeParticipant);
    auto *keys = new QLabel(tr("Keys in the list: P present, A absent, E excused, I registered; "
                               "Enter opens the project."),
                            right);
    keys->setStyleSheet(QStringLiteral("color: #555;"));
    keys->setWordWrap(true);

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_participantView, 1);
    rightLayout->addWidget(participantButtons);
    rightLayout->addWidget(keys);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_workshopView);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({640, 720}); // the workshop's date, hours and comptoir in full
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_workshopView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkshopsPage::workshopChanged);
    connect(m_participantView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkshopsPage::updateActions);
    connect(m_participants, &QAbstractItemModel::modelReset, this, &WorkshopsPage::updateActions);
    updateActions();
}

QList<QAction *> WorkshopsPage::workshopActions() const
{
    return {m_new, m_edit,  m_delete, nullptr, m_addParticipant, m_import, nullptr,
            m_pdf, m_print, m_report, nullptr, m_startLive,      nullptr,  m_venues};
}

void WorkshopsPage::setWorkspace(Workspace *workspace)
{
    // A department's workspace holds thousands of workshops: they are read when the page is
    // first shown, not when the workspace opens.
    m_workspace = workspace;
    m_loaded = false;
    m_workshops->setWorkspace(nullptr);
    m_participants->setWorkspace(nullptr);
    if (workspace && isVisible())
        load();
    else
        workshopChanged();
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
    m_participants->setWorkspace(m_workspace);
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
    const qint64 attendance = currentAttendanceId();
    m_workshops->reload();
    selectWorkshop(current);
    const int row = m_participants->rowOf(attendance);
    if (row >= 0)
        m_participantView->setCurrentIndex(m_participants->index(row, 0));
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

qint64 WorkshopsPage::currentAttendanceId() const
{
    const QModelIndex index = m_participantView->currentIndex();
    return index.isValid() ? index.data(ParticipantListModel::AttendanceIdRole).toLongLong() : 0;
}

void WorkshopsPage::workshopChanged()
{
    const qint64 id = currentWorkshopId();
    if (m_participants->workshopId() != id)
        m_participants->setWorkshop(id);
    else
        m_participants->reload();
    const std::optional<Workshops::Workshop> w =
        m_workspace && id > 0 ? Workshops::workshop(*m_workspace, id) : std::nullopt;
    if (!w) {
        m_title->setText(m_workspace ? tr("No workshop yet: create one with “New workshop”.")
                                     : QString());
        m_details->clear();
    } else {
        m_title->setText(tr("%1 — %2").arg(
            w->venueName.isEmpty() ? tr("No comptoir") : w->venueName, Workshops::label(w->kind)));
        const Attendance::Counts counts = Attendance::counts(*m_workspace, id);
        QStringList lines = {Workshops::when(*w)};
        if (!w->facilitator.isEmpty())
            lines << tr("Facilitated by %1").arg(w->facilitator);
        lines << (w->capacity > 0
                      ? tr("%1 registered for %2 places, %3 present")
                            .arg(counts.registered)
                            .arg(w->capacity)
                            .arg(counts.present)
                      : tr("%1 registered, %2 present").arg(counts.registered).arg(counts.present));
        m_details->setText(lines.join(QLatin1Char('\n')));
    }
    if (m_participants->rowCount() > 0 && !m_participantView->currentIndex().isValid())
        m_participantView->setCurrentIndex(m_participants->index(0, 0));
    updateActions();
}

void WorkshopsPage::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool workshop = open && currentWorkshopId() > 0;
    const bool participant = workshop && currentAttendanceId() > 0;
    m_new->setEnabled(open);
    m_venues->setEnabled(open);
    m_import->setEnabled(open);
    for (QAction *a : {m_edit, m_delete, m_pdf, m_print, m_report, m_startLive, m_addParticipant})
        a->setEnabled(workshop);
    for (QAction *a : {m_removeParticipant, m_editHolder, m_chooseProject})
        a->setEnabled(participant);
    for (QAction *a : std::as_const(m_statusActions))
        a->setEnabled(participant);
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
    if (!m_workspace || id <= 0)
        return;
    const Attendance::Counts counts = Attendance::counts(*m_workspace, id);
    if (MessageBox::question(this, tr("Delete the workshop"),
                             tr("Delete this workshop and its list of %n participant(s)? The "
                                "holders and their projects stay.",
                                nullptr, counts.registered)) != QMessageBox::Yes)
        return;
    QString error;
    if (!Workshops::remove(*m_workspace, id, &error)) {
        MessageBox::critical(this, tr("Delete the workshop"), error);
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
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(AttendanceSheet::suggestedFileName(*data));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the attendance sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (AttendanceSheet::render(*data, &printer) == 0)
        MessageBox::critical(this, tr("Print the attendance sheet"),
                             tr("The printer could not be used."));
}

void WorkshopsPage::venuesDialog()
{
    if (!m_workspace)
        return;
    VenuesDialog dialog(m_workspace, this);
    dialog.exec();
    reload();
}

void WorkshopsPage::addParticipant()
{
    const qint64 workshop = currentWorkshopId();
    if (!m_workspace || workshop <= 0)
        return;
    HolderPickerDialog picker(m_workspace, this);
    if (picker.exec() != QDialog::Accepted || picker.holderId() <= 0)
        return;
    // The holder's project when they have one (their latest).
    const QList<Holders::Project> projects = Holders::projects(*m_workspace, picker.holderId());
    const qint64 project = projects.isEmpty() ? 0 : projects.first().id;
    QString error;
    Attendance::Capacity capacity = Attendance::Capacity::Enforce;
    const auto w = Workshops::workshop(*m_workspace, workshop);
    if (w && w->capacity > 0 &&
        Attendance::counts(*m_workspace, workshop).registered >= w->capacity) {
        // Full: the facilitator decides.
        if (MessageBox::question(this, tr("Register a holder"),
                                 tr("The workshop is full (%n place(s)). Register them all the "
                                    "same?",
                                    nullptr, w->capacity)) != QMessageBox::Yes)
            return;
        capacity = Attendance::Capacity::Exceed;
    }
    const qint64 id = Attendance::registerHolder(*m_workspace, workshop, picker.holderId(), project,
                                                 capacity, &error);
    if (id < 0) {
        MessageBox::warning(this, tr("Register a holder"), error);
        return;
    }
    participantsChanged(id);
    m_participantView->setFocus();
}

void WorkshopsPage::participantsChanged(qint64 attendanceId)
{
    m_workshops->refreshCounts(currentWorkshopId());
    workshopChanged(); // the participants and the counts beside them
    const int row = m_participants->rowOf(attendanceId);
    if (row >= 0)
        m_participantView->setCurrentIndex(m_participants->index(row, 0));
}

void WorkshopsPage::removeParticipant()
{
    const qint64 id = currentAttendanceId();
    if (!m_workspace || id <= 0)
        return;
    const int row = m_participants->rowOf(id);
    if (MessageBox::question(this, tr("Remove from the list"),
                             tr("Remove %1 from this workshop's list?")
                                 .arg(m_participants->participant(row).name)) != QMessageBox::Yes)
        return;
    QString error;
    if (!Attendance::unregister(*m_workspace, id, &error)) {
        MessageBox::critical(this, tr("Remove from the list"), error);
        return;
    }
    participantsChanged(0);
}

void WorkshopsPage::editHolder()
{
    const QModelIndex index = m_participantView->currentIndex();
    if (!m_workspace || !index.isValid())
        return;
    HolderDialog dialog(m_workspace, index.data(ParticipantListModel::HolderIdRole).toLongLong(),
                        this);
    dialog.exec();
    reload();
}

void WorkshopsPage::chooseProject()
{
    const QModelIndex index = m_participantView->currentIndex();
    if (!m_workspace || !index.isValid())
        return;
    const Attendance::Participant p = m_participants->participant(index.row()); // reload() below
    QStringList titles;
    QList<qint64> ids;
    for (const Holders::Project &project : Holders::projects(*m_workspace, p.holderId)) {
        ids << project.id;
        titles << (project.title.isEmpty() ? tr("Untitled project") : project.title);
    }
    titles << tr("A new project");
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Project"), tr("The project %1 works on at this workshop:").arg(p.name), titles,
        qMax(0, int(ids.indexOf(p.projectId))), false, &ok);
    if (!ok)
        return;
    const int choice = int(titles.indexOf(chosen));
    QString error;
    const qint64 project = choice >= 0 && choice < ids.size() ? ids.at(choice) : 0;
    bool done = true;
    if (project > 0) {
        done = Attendance::setProject(*m_workspace, p.attendanceId, project, &error);
    } else if (const auto started = Attendance::startProject(*m_workspace, p.attendanceId);
               !started) {
        done = false;
        error = started.error();
    }
    if (!done) {
        MessageBox::critical(this, tr("Project"), error);
        return;
    }
    participantsChanged(p.attendanceId);
}

void WorkshopsPage::setStatus(int status)
{
    const qint64 id = currentAttendanceId();
    if (!m_workspace || id <= 0)
        return;
    QString error;
    if (!Attendance::setStatus(*m_workspace, id, Attendance::Status(status), QDate::currentDate(),
                               &error)) {
        MessageBox::warning(this, tr("Presence"), error);
        return;
    }
    // A presence changes one project's eligibility, not the list of projects: the model says
    // that one project changed, and one row is read again, not 100,000.
    participantsChanged(id);
}

bool WorkshopsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier & ~Qt::ShiftModifier)
            return QWidget::eventFilter(watched, event);
        if (watched == m_participantView) {
            const QHash<int, Attendance::Status> keys = {
                {Qt::Key_P, Attendance::Status::Present},
                {Qt::Key_A, Attendance::Status::Absent},
                {Qt::Key_E, Attendance::Status::Excused},
                {Qt::Key_I, Attendance::Status::Registered}};
            if (keys.contains(key->key())) {
                setStatus(int(keys.value(key->key())));
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                emit m_participantView->doubleClicked(m_participantView->currentIndex());
                return true;
            }
            if (key->key() == Qt::Key_Delete) {
                removeParticipant();
                return true;
            }
        } else if (watched == m_workshopView &&
                   (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_participantView->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
