#include "VenuesDialog.h"

#include "dialogs/MessageBox.h"
#include "storage/Workspace.h"
#include "widgets/CommuneCompleter.h"
#include "workshops/Venues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

VenuesDialog::VenuesDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("venuesDialog"));
    setWindowTitle(tr("Comptoirs and host structures"));
    resize(760, 440);

    const auto line = [](QWidget *parent, const QString &name) {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(name);
        edit->setMaxLength(200);
        return edit;
    };

    // Comptoirs.
    auto *venues = new QWidget(this);
    m_venueList = new QListWidget(venues);
    m_venueList->setObjectName(QStringLiteral("venueList"));
    m_venueList->setAccessibleName(tr("Comptoirs"));
    m_venueName = line(venues, QStringLiteral("venueName"));
    m_venueCommune = line(venues, QStringLiteral("venueCommune"));
    m_venueCommune->setCompleter(new CommuneCompleter(m_venueCommune));
    m_venueAddress = line(venues, QStringLiteral("venueAddress"));
    m_venueHost = new QComboBox(venues);
    m_venueHost->setObjectName(QStringLiteral("venueHost"));
    m_venueActive = new QCheckBox(tr("Workshops are still held here"), venues);
    m_venueActive->setObjectName(QStringLiteral("venueActive"));
    auto *venueForm = new QFormLayout;
    venueForm->addRow(tr("&Name:"), m_venueName);
    venueForm->addRow(tr("&Commune:"), m_venueCommune);
    venueForm->addRow(tr("&Address:"), m_venueAddress);
    venueForm->addRow(tr("&Hosted by:"), m_venueHost);
    venueForm->addRow(QString(), m_venueActive);
    auto *addVenue = new QPushButton(tr("&Add a comptoir"), venues);
    addVenue->setObjectName(QStringLiteral("addVenueButton"));
    auto *removeVenue = new QPushButton(tr("&Delete"), venues);
    removeVenue->setObjectName(QStringLiteral("removeVenueButton"));
    auto *venueButtons = new QHBoxLayout;
    venueButtons->addWidget(addVenue);
    venueButtons->addWidget(removeVenue);
    venueButtons->addStretch();
    auto *venueRight = new QVBoxLayout;
    venueRight->addLayout(venueForm);
    venueRight->addStretch();
    venueRight->addLayout(venueButtons);
    auto *venueLayout = new QHBoxLayout(venues);
    venueLayout->addWidget(m_venueList, 2);
    venueLayout->addLayout(venueRight, 3);

    // Host structures.
    auto *hosts = new QWidget(this);
    m_hostList = new QListWidget(hosts);
    m_hostList->setObjectName(QStringLiteral("hostList"));
    m_hostName = line(hosts, QStringLiteral("hostName"));
    m_hostKind = new QComboBox(hosts);
    m_hostKind->setObjectName(QStringLiteral("hostKind"));
    m_hostKind->addItem(Venues::hostKindLabel(QStringLiteral("partner")),
                        QStringLiteral("partner"));
    m_hostKind->addItem(Venues::hostKindLabel(QStringLiteral("ess_ambassador")),
                        QStringLiteral("ess_ambassador"));
    m_hostCommune = line(hosts, QStringLiteral("hostCommune"));
    m_hostCommune->setCompleter(new CommuneCompleter(m_hostCommune));
    m_hostAddress = line(hosts, QStringLiteral("hostAddress"));
    m_hostContact = line(hosts, QStringLiteral("hostContact"));
    auto *hostForm = new QFormLayout;
    hostForm->addRow(tr("&Name:"), m_hostName);
    hostForm->addRow(tr("&Kind:"), m_hostKind);
    hostForm->addRow(tr("&Commune:"), m_hostCommune);
    hostForm->addRow(tr("&Address:"), m_hostAddress);
    hostForm->addRow(tr("C&ontact:"), m_hostContact);
    auto *addHost = new QPushButton(tr("&Add a structure"), hosts);
    addHost->setObjectName(QStringLiteral("addHostButton"));
    auto *removeHost = new QPushButton(tr("&Delete"), hosts);
    removeHost->setObjectName(QStringLiteral("removeHostButton"));
    auto *hostButtons = new QHBoxLayout;
    hostButtons->addWidget(addHost);
    hostButtons->addWidget(removeHost);
    hostButtons->addStretch();
    auto *hostRight = new QVBoxLayout;
    hostRight->addLayout(hostForm);
    hostRight->addStretch();
    hostRight->addLayout(hostButtons);
    auto *hostLayout = new QHBoxLayout(hosts);
    hostLayout->addWidget(m_hostList, 2);
    hostLayout->addLayout(hostRight, 3);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("venueTabs"));
    tabs->addTab(venues, tr("Comptoirs"));
    tabs->addTab(hosts, tr("Host structures"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("venueProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4000f;"));
    m_problem->hide();
    auto *note = new QLabel(tr("Every change is saved as soon as you leave the field."), this);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_venueList, &QListWidget::currentRowChanged, this, &VenuesDialog::showVenue);
    connect(m_hostList, &QListWidget::currentRowChanged, this, &VenuesDialog::showHost);
    for (QLineEdit *edit : {m_venueName, m_venueCommune, m_venueAddress})
        connect(edit, &QLineEdit::editingFinished, this, &VenuesDialog::writeVenue);
    connect(m_venueHost, &QComboBox::activated, this, &VenuesDialog::writeVenue);
    connect(m_venueActive, &QCheckBox::clicked, this, &VenuesDialog::writeVenue);
    for (QLineEdit *edit : {m_hostName, m_hostCommune, m_hostAddress, m_hostContact})
        connect(edit, &QLineEdit::editingFinished, this, &VenuesDialog::writeHost);
    connect(m_hostKind, &QComboBox::activated, this, &VenuesDialog::writeHost);
    connect(addVenue, &QPushButton::clicked, this, &VenuesDialog::addVenue);
    connect(removeVenue, &QPushButton::clicked, this, &VenuesDialog::removeVenue);
    connect(addHost, &QPushButton::clicked, this, &VenuesDialog::addHost);
    connect(removeHost, &QPushButton::clicked, this, &VenuesDialog::removeHost);

    reloadHosts(0);
    reloadVenues(0);
}

void VenuesDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void VenuesDialog::reloadVenues(qint64 select)
{
    m_loading = true;
    m_venueList->clear();
    int row = 0;
    for (const Venues::Venue &v : Venues::venues(*m_workspace)) {
        auto *item =
            new QListWidgetItem(v.active ? v.name : tr("%1 (inactive)").arg(v.name), m_venueList);
        item->setData(kIdRole, v.id);
        if (v.id == select)
            row = m_venueList->count() - 1;
    }
    m_loading = false;
    m_venueList->setCurrentRow(m_venueList->count() > 0 ? row : -1);
    showVenue();
}

void VenuesDialog::reloadHosts(qint64 select)
{
    m_loading = true;
    m_hostList->clear();
    m_venueHost->clear();
    m_venueHost->addItem(tr("No host structure"), qint64(0));
    int row = 0;
    for (const Venues::HostOrganisation &h : Venues::hosts(*m_workspace)) {
        auto *item = new QListWidgetItem(h.name, m_hostList);
        item->setData(kIdRole, h.id);
        if (h.id == select)
            row = m_hostList->count() - 1;
        m_venueHost->addItem(h.name, h.id);
    }
    m_loading = false;
    m_hostList->setCurrentRow(m_hostList->count() > 0 ? row : -1);
    showHost();
}

void VenuesDialog::showVenue()
{
    if (m_loading)
        return;
    QListWidgetItem *item = m_venueList->currentItem();
    const std::optional<Venues::Venue> v =
        item ? Venues::venue(*m_workspace, item->data(kIdRole).toLongLong()) : std::nullopt;
    m_loading = true;
    m_venueName->setText(v ? v->name : QString());
    m_venueCommune->setText(v ? v->commune : QString());
    m_venueAddress->setText(v ? v->address : QString());
    m_venueHost->setCurrentIndex(v ? qMax(0, m_venueHost->findData(v->hostId)) : 0);
    m_venueActive->setChecked(v ? v->active : true);
    for (QWidget *w :
         QList<QWidget *>{m_venueName, m_venueCommune, m_venueAddress, m_venueHost, m_venueActive})
        w->setEnabled(v.has_value());
    m_loading = false;
}

void VenuesDialog::showHost()
{
    if (m_loading)
        return;
    QListWidgetItem *item = m_hostList->currentItem();
    std::optional<Venues::HostOrganisation> host;
    if (item) {
        for (const Venues::HostOrganisation &h : Venues::hosts(*m_workspace)) {
            if (h.id == item->data(kIdRole).toLongLong())
                host = h;
        }
    }
    m_loading = true;
    m_hostName->setText(host ? host->name : QString());
    m_hostKind->setCurrentIndex(host ? qMax(0, m_hostKind->findData(host->kind)) : 0);
    m_hostCommune->setText(host ? host->commune : QString());
    m_hostAddress->setText(host ? host->address : QString());
    m_hostContact->setText(host ? host->contact : QString());
    for (QWidget *w :
         QList<QWidget *>{m_hostName, m_hostKind, m_hostCommune, m_hostAddress, m_hostContact})
        w->setEnabled(host.has_value());
    m_loading = false;
}

void VenuesDialog::writeVenue()
{
    QListWidgetItem *item = m_venueList->currentItem();
    if (m_loading || !item)
        return;
    Venues::Venue v;
    v.id = item->data(kIdRole).toLongLong();
    v.name = m_venueName->text();
    v.commune = m_venueCommune->text();
    v.address = m_venueAddress->text();
    v.hostId = m_venueHost->currentData().toLongLong();
    v.active = m_venueActive->isChecked();
    QString error;
    if (Venues::save(*m_workspace, v, &error) < 0) {
        showProblem(error);
        return;
    }
    showProblem(QString());
    m_loading = true;
    item->setText(v.active ? v.name.simplified() : tr("%1 (inactive)").arg(v.name.simplified()));
    m_loading = false;
}

void VenuesDialog::writeHost()
{
    QListWidgetItem *item = m_hostList->currentItem();
    if (m_loading || !item)
        return;
    Venues::HostOrganisation h;
    h.id = item->data(kIdRole).toLongLong();
    h.name = m_hostName->text();
    h.kind = m_hostKind->currentData().toString();
    h.commune = m_hostCommune->text();
    h.address = m_hostAddress->text();
    h.contact = m_hostContact->text();
    QString error;
    if (Venues::saveHost(*m_workspace, h, &error) < 0) {
        showProblem(error);
        return;
    }
    showProblem(QString());
    const qint64 venue =
        m_venueList->currentItem() ? m_venueList->currentItem()->data(kIdRole).toLongLong() : 0;
    reloadHosts(h.id);
    reloadVenues(venue);
}

void VenuesDialog::addVenue()
{
    Venues::Venue v;
    v.name = tr("New comptoir");
    QString error;
    const qint64 id = Venues::save(*m_workspace, v, &error);
    if (id < 0) {
        showProblem(error);
        return;
    }
    reloadVenues(id);
    m_venueName->setFocus();
    m_venueName->selectAll();
}

void VenuesDialog::removeVenue()
{
    QListWidgetItem *item = m_venueList->currentItem();
    if (!item)
        return;
    bool deactivated = false;
    QString error;
    if (!Venues::remove(*m_workspace, item->data(kIdRole).toLongLong(), &deactivated, &error)) {
        showProblem(error);
        return;
    }
    showProblem(deactivated ? tr("This comptoir has workshops or projects: it was made inactive "
                                 "rather than deleted, so that their history keeps its place.")
                            : tr("The comptoir is in the trash (File › Trash brings it back)."));
    reloadVenues(deactivated ? item->data(kIdRole).toLongLong() : 0);
}

void VenuesDialog::addHost()
{
    Venues::HostOrganisation h;
    h.name = tr("New structure");
    QString error;
    const qint64 id = Venues::saveHost(*m_workspace, h, &error);
    if (id < 0) {
        showProblem(error);
        return;
    }
    reloadHosts(id);
    m_hostName->setFocus();
    m_hostName->selectAll();
}

void VenuesDialog::removeHost()
{
    QListWidgetItem *item = m_hostList->currentItem();
    if (!item)
        return;
    QString error;
    if (!Venues::removeHost(*m_workspace, item->data(kIdRole).toLongLong(), &error)) {
        showProblem(error);
        return;
    }
    const qint64 venue =
        m_venueList->currentItem() ? m_venueList->currentItem()->data(kIdRole).toLongLong() : 0;
    reloadHosts(0);
    reloadVenues(venue);
}
