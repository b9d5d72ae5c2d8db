#include "BundleImportDialog.h"

#include "dialogs/MessageBox.h"
#include "projects/ProjectRecord.h"
#include "storage/Timestamp.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <numeric>

namespace {

constexpr int kPlanRowRole = Qt::UserRole + 1;

QString outcomeName(BundleImport::Outcome outcome)
{
    switch (outcome) {
    case BundleImport::Outcome::Added:
        return BundleImportDialog::tr("New");
    case BundleImport::Outcome::Identical:
        return BundleImportDialog::tr("Identical");
    case BundleImport::Outcome::Older:
        return BundleImportDialog::tr("Older than here");
    case BundleImport::Outcome::Newer:
        return BundleImportDialog::tr("Newer: replaces");
    case BundleImport::Outcome::Conflict:
        return BundleImportDialog::tr("Changed on both sides");
    case BundleImport::Outcome::Deleted:
        return BundleImportDialog::tr("Deleted in the file: to the trash");
    }
    return {};
}

QString when(const QString &timestamp)
{
    const QDateTime at = Timestamp::toDateTime(timestamp).toLocalTime();
    return QLocale().toString(at, QLocale::ShortFormat);
}

} // namespace

BundleImportDialog::BundleImportDialog(Workspace *workspace, BundleImport::Plan plan,
                                       QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_plan(std::move(plan))
{
    setObjectName(QStringLiteral("bundleImportDialog"));
    setWindowTitle(tr("Import “%1”").arg(m_plan.fileName));
    setWindowModality(Qt::WindowModal);
    resize(980, 640);

    m_pages = new QStackedWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    // The plan.
    auto *planPage = new QWidget(m_pages);
    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(planPage);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    planLayout->addWidget(m_summary);
    // Who signed the file: accepted with this import when never seen; a known name with another
    // key is a warning that must be acknowledged before importing.
    m_signer = new QLabel(BundleImport::signerSummary(m_plan), planPage);
    m_signer->setObjectName(QStringLiteral("importSigner"));
    m_signer->setWordWrap(true);
    m_signer->setTextFormat(Qt::PlainText);
    m_signer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    planLayout->addWidget(m_signer);
    const bool clash = m_plan.signerStanding == KnownSigners::Standing::NameClash;
    if (clash) {
        m_signer->setStyleSheet(QStringLiteral(
            "QLabel { color: #7a0000; background: #fde8e8; border: 1px solid #c00000; "
            "padding: 6px; }"));
        m_signerChecked = new QCheckBox(
            tr("I &checked the fingerprints with its facilitator: import it anyway"), planPage);
        m_signerChecked->setObjectName(QStringLiteral("signerCheckedBox"));
        planLayout->addWidget(m_signerChecked);
    }

    auto *splitter = new QSplitter(Qt::Vertical, planPage);
    m_projects = new QTableWidget(int(m_plan.projects.size()), 2, splitter);
    m_projects->setObjectName(QStringLiteral("importProjects"));
    m_projects->setAccessibleName(tr("Projects in the file"));
    m_projects->setHorizontalHeaderLabels({tr("Project"), tr("What the import does")});
    m_projects->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_projects->setSelectionMode(QAbstractItemView::SingleSelection);
    m_projects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_projects->verticalHeader()->hide();
    m_projects->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_projects->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Conflicts first: they are what needs someone.
    QList<int> order(m_plan.projects.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return (m_plan.projects.at(a).outcome == BundleImport::Outcome::Conflict) >
               (m_plan.projects.at(b).outcome == BundleImport::Outcome::Conflict);
    });
    for (int row = 0; row < order.size(); ++row) {
        const BundleImport::ProjectPlan &p = m_plan.projects.at(order.at(row));
        auto *title = new QTableWidgetItem(p.title);
        title->setData(kPlanRowRole, order.at(row));
        auto *outcome = new QTableWidgetItem(outcomeName(p.outcome));
        if (p.outcome == BundleImport::Outcome::Conflict) {
            QFont bold = outcome->font();
            bold.setBold(true);
            outcome->setFont(bold);
            outcome->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
        }
        m_projects->setItem(row, 0, title);
        m_projects->setItem(row, 1, outcome);
    }

    auto *conflictPanel = new QWidget(splitter);
    auto *conflictLayout = new QVBoxLayout(conflictPanel);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    m_conflictTitle = new QLabel(conflictPanel);
    m_conflictTitle->setObjectName(QStringLiteral("conflictTitle"));
    m_conflictTitle->setWordWrap(true);
    conflictLayout->addWidget(m_conflictTitle);
    m_fields = new QTreeWidget(conflictPanel);
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setAccessibleName(tr("Fields changed on both sides"));
    m_fields->setColumnCount(3);
    m_fields->setHeaderLabels({tr("Field"), tr("In this workspace"), tr("In the file")});
    m_fields->setRootIsDecorated(false);
    m_fields->setWordWrap(true);
    m_fields->setUniformRowHeights(false);
    m_fields->setAlternatingRowColors(true);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_fields->header()->setStretchLastSection(false);
    conflictLayout->addWidget(m_fields);
    auto *allButtons = new QHBoxLayout;
    m_keepAll = new QPushButton(tr("&Keep everything from this workspace"), conflictPanel);
    m_keepAll->setObjectName(QStringLiteral("keepAllButton"));
    m_takeAll = new QPushButton(tr("&Take everything from the file"), conflictPanel);
    m_takeAll->setObjectName(QStringLiteral("takeAllButton"));
    allButtons->addWidget(m_keepAll);
    allButtons->addWidget(m_takeAll);
    allButtons->addStretch();
    conflictLayout->addLayout(allButtons);
    splitter->addWidget(m_projects);
    splitter->addWidget(conflictPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    planLayout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, planPage);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    if (m_signerChecked) {
        m_importButton->setEnabled(false);
        connect(m_signerChecked, &QCheckBox::toggled, m_importButton, &QPushButton::setEnabled);
    }
    planLayout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_pages->addWidget(planPage);

    // The report.
    auto *reportPage = new QWidget(m_pages);
    auto *reportLayout = new QVBoxLayout(reportPage);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    m_reportText = new QLabel(reportPage);
    m_reportText->setObjectName(QStringLiteral("importReport"));
    m_reportText->setWordWrap(true);
    m_reportText->setTextFormat(Qt::PlainText);
    m_reportText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reportLayout->addWidget(m_reportText);
    m_reportProjects = new QTableWidget(0, 2, reportPage);
    m_reportProjects->setObjectName(QStringLiteral("reportProjects"));
    m_reportProjects->setAccessibleName(tr("Projects imported"));
    m_reportProjects->setHorizontalHeaderLabels({tr("Project"), tr("Done")});
    m_reportProjects->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reportProjects->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reportProjects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportProjects->verticalHeader()->hide();
    m_reportProjects->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_reportProjects->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    reportLayout->addWidget(m_reportProjects, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, reportPage);
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeReportButton"));
    reportLayout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, [this] { QDialog::done(Accepted); });
    connect(m_reportProjects, &QTableWidget::cellActivated, this, [this](int row, int) {
        const qint64 id = m_reportProjects->item(row, 0)->data(kPlanRowRole).toLongLong();
        if (id > 0)
            emit projectActivated(id);
    });
    m_pages->addWidget(reportPage);

    // What the file is and what it brings.
    QStringList summary;
    summary << tr("File written on %1 by the workspace %2 (Comptoir %3).")
                   .arg(when(m_plan.exportedAt),
                        m_plan.signer ? QStringLiteral("« %1 »").arg(m_plan.signer->name)
                                      : m_plan.producer.left(8),
                        m_plan.producerVersion);
    summary << tr("%n new project(s), %1 newer, %2 identical or older, %3 changed on both sides.",
                  nullptr, m_plan.count(BundleImport::Outcome::Added))
                   .arg(m_plan.count(BundleImport::Outcome::Newer))
                   .arg(m_plan.count(BundleImport::Outcome::Identical) +
                        m_plan.count(BundleImport::Outcome::Older))
                   .arg(m_plan.count(BundleImport::Outcome::Conflict));
    if (m_plan.count(BundleImport::Outcome::Deleted) > 0)
        summary << tr("%n project(s) of this workspace were deleted in the file's workspace: "
                      "they go to the trash here.",
                      nullptr, m_plan.count(BundleImport::Outcome::Deleted));
    if (!m_plan.previousImport.isEmpty())
        summary
            << tr("This very file was already imported on %1.").arg(when(m_plan.previousImport));
    if (m_plan.hasConflicts())
        summary << tr("For each project changed on both sides, choose field by field which "
                      "version to keep: this workspace's is kept unless you choose the file's "
                      "(click it, or Space; Left and Right arrows).");
    m_summary->setText(summary.join(QLatin1Char('\n')));

    connect(m_projects, &QTableWidget::currentCellChanged, this,
            [this](int row) { showProject(row); });
    connect(m_fields, &QTreeWidget::itemClicked, this, &BundleImportDialog::fieldClicked);
    connect(m_fields, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 1 || column == 2)
            fieldClicked(item, column);
    });
    m_fields->installEventFilter(this);
    connect(m_keepAll, &QPushButton::clicked, this, [this] { chooseAll(false); });
    connect(m_takeAll, &QPushButton::clicked, this, [this] { chooseAll(true); });
    if (!m_plan.projects.isEmpty())
        m_projects->setCurrentCell(0, 0);
    else
        showProject(-1);
    m_projects->setFocus();
}

void BundleImportDialog::showProject(int row)
{
    m_shownProject = row >= 0 && m_projects->item(row, 0)
                         ? m_projects->item(row, 0)->data(kPlanRowRole).toInt()
                         : -1;
    const BundleImport::ProjectPlan *p =
        m_shownProject >= 0 ? &m_plan.projects.at(m_shownProject) : nullptr;
    const bool conflict = p && p->outcome == BundleImport::Outcome::Conflict;
    m_fields->setVisible(conflict);
    m_keepAll->setVisible(conflict);
    m_takeAll->setVisible(conflict);
    if (!conflict) {
        m_conflictTitle->setText(p ? tr("“%1”: %2").arg(p->title, outcomeName(p->outcome).toLower())
                                   : QString());
        return;
    }
    m_conflictTitle->setText(
        tr("“%1” was changed here and in the file since they last met. Choose, field by field, "
           "the version to keep:")
            .arg(p->title));
    const QSignalBlocker blocker(m_fields);
    m_fields->clear();
    for (const BundleImport::Field &field : p->fields) {
        auto *item = new QTreeWidgetItem(m_fields, {field.label, field.local, field.incoming});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        for (int column : {1, 2}) {
            if (item->text(column).isEmpty())
                item->setText(column, tr("(empty)"));
            item->setToolTip(column, item->text(column));
        }
    }
    updateChoices();
}

bool BundleImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The keyboard chooses too: Space switches the current field's version, Left takes this
    // workspace's, Right the file's.
    if (watched == m_fields && event->type() == QEvent::KeyPress && m_shownProject >= 0) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int field = m_fields->indexOfTopLevelItem(m_fields->currentItem());
        if (field >= 0 && (key == Qt::Key_Space || key == Qt::Key_Left || key == Qt::Key_Right)) {
            const bool incoming = m_plan.projects.at(m_shownProject).fields.at(field).takeIncoming;
            choose(m_projects->currentRow(), field,
                   key == Qt::Key_Space ? !incoming : key == Qt::Key_Right);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BundleImportDialog::fieldClicked(QTreeWidgetItem *item, int column)
{
    if (!item || (column != 1 && column != 2) || m_shownProject < 0)
        return;
    choose(m_projects->currentRow(), m_fields->indexOfTopLevelItem(item), column == 2);
}

void BundleImportDialog::choose(int projectRow, int fieldRow, bool takeIncoming)
{
    if (projectRow != m_projects->currentRow())
        m_projects->setCurrentCell(projectRow, 0);
    if (m_shownProject < 0)
        return;
    QList<BundleImport::Field> &fields = m_plan.projects[m_shownProject].fields;
    if (fieldRow < 0 || fieldRow >= fields.size())
        return;
    fields[fieldRow].takeIncoming = takeIncoming;
    updateChoices();
}

void BundleImportDialog::chooseAll(bool takeIncoming)
{
    if (m_shownProject < 0)
        return;
    for (BundleImport::Field &field : m_plan.projects[m_shownProject].fields)
        field.takeIncoming = takeIncoming;
    updateChoices();
}

void BundleImportDialog::updateChoices()
{
    if (m_shownProject < 0)
        return;
    const QList<BundleImport::Field> &fields = m_plan.projects.at(m_shownProject).fields;
    const QSignalBlocker blocker(m_fields);
    for (int i = 0; i < m_fields->topLevelItemCount() && i < fields.size(); ++i) {
        QTreeWidgetItem *item = m_fields->topLevelItem(i);
        const bool incoming = fields.at(i).takeIncoming;
        item->setCheckState(1, incoming ? Qt::Unchecked : Qt::Checked);
        item->setCheckState(2, incoming ? Qt::Checked : Qt::Unchecked);
        for (int column : {1, 2}) {
            QFont font = item->font(column);
            font.setBold((column == 2) == incoming);
            item->setFont(column, font);
        }
    }
}

void BundleImportDialog::accept()
{
    if (m_report) {
        QDialog::accept();
        return;
    }
    if (m_signerChecked && !m_signerChecked->isChecked())
        return; // a known name with another key: checked first
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    m_report = BundleImport::apply(*m_workspace, m_plan, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!m_report) {
        MessageBox::critical(this, tr("Import"), error);
        return;
    }
    emit imported();
    showReport();
}

void BundleImportDialog::showReport()
{
    const BundleImport::Report &r = *m_report;
    QStringList lines;
    lines << tr("“%1” imported.").arg(m_plan.fileName);
    lines << tr("Added: %1 · Updated: %2 · Skipped (identical or older): %3 · Conflicts settled: "
                "%4")
                 .arg(r.added)
                 .arg(r.updated)
                 .arg(r.skipped)
                 .arg(r.conflicts);
    if (r.recordsAdded + r.recordsUpdated > 0)
        lines << tr("Also %1 record(s) added and %2 updated among the comptoirs, workshops, "
                    "holders and organisations the projects refer to.")
                     .arg(r.recordsAdded)
                     .arg(r.recordsUpdated);
    if (r.deleted + r.recordsDeleted > 0)
        lines << tr("Deleted as in the file: %1 project(s) (in the trash) and %2 other "
                    "record(s).")
                     .arg(r.deleted)
                     .arg(r.recordsDeleted);
    if (r.importId == 0)
        lines << tr("The file brought nothing new: the workspace is unchanged.");
    lines += r.warnings;
    m_reportText->setText(lines.join(QLatin1Char('\n')));

    // The projects that changed here, with their id in this workspace to open them.
    int row = 0;
    for (const BundleImport::ProjectPlan &p : std::as_const(m_plan.projects)) {
        QString done;
        switch (p.outcome) {
        case BundleImport::Outcome::Added:
            done = tr("Added");
            break;
        case BundleImport::Outcome::Newer:
            done = tr("Updated");
            break;
        case BundleImport::Outcome::Deleted:
            done = tr("Deleted (in the trash)");
            break;
        case BundleImport::Outcome::Conflict: {
            if (p.deletion != BundleImport::Deletion::None) {
                const bool deleted =
                    (p.deletion == BundleImport::Deletion::There) == p.takesFileSide();
                done = deleted ? tr("Conflict settled: deleted") : tr("Conflict settled: kept");
                break;
            }
            int taken = 0;
            for (const BundleImport::Field &f : p.fields)
                taken += f.takeIncoming ? 1 : 0;
            done = tr("Conflict settled (%1 of %n field(s) from the file)", nullptr,
                      int(p.fields.size()))
                       .arg(taken);
            break;
        }
        case BundleImport::Outcome::Identical:
        case BundleImport::Outcome::Older:
            continue;
        }
        m_reportProjects->insertRow(row);
        auto *title = new QTableWidgetItem(p.title);
        // A project gone to the trash has nothing to open.
        const qint64 id = ProjectRecord::idOf(*m_workspace, p.uuid);
        title->setData(kPlanRowRole, id);
        m_reportProjects->setItem(row, 0, title);
        m_reportProjects->setItem(row, 1, new QTableWidgetItem(done));
        ++row;
    }
    m_pages->setCurrentIndex(1);
    setWindowTitle(tr("“%1” imported").arg(m_plan.fileName));
    m_reportProjects->setFocus();
}
