#include "HolderDialog.h"

#include "dialogs/MessageBox.h"
#include "storage/Workspace.h"
#include "widgets/CommuneCompleter.h"
#include "workshops/Holders.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

HolderDialog::HolderDialog(Workspace *workspace, qint64 holderId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_holderId(holderId)
{
    setObjectName(QStringLiteral("holderDialog"));
    setWindowTitle(holderId > 0 ? tr("Holder") : tr("New holder"));

    const auto line = [this](const QString &name, int max = Holders::kMaxTextLength) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setMaxLength(max);
        return edit;
    };
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("holderKind"));
    m_kind->addItem(tr("A person"), false);
    m_kind->addItem(tr("A collective"), true);
    m_firstName = line(QStringLiteral("holderFirstName"));
    m_lastName = line(QStringLiteral("holderLastName"));
    m_organisation = line(QStringLiteral("holderOrganisation"));
    m_organisation->setPlaceholderText(tr("Association, cooperative, collective…"));
    m_commune = line(QStringLiteral("holderCommune"));
    m_commune->setCompleter(new CommuneCompleter(m_commune));
    m_email = line(QStringLiteral("holderEmail"));
    m_phone = line(QStringLiteral("holderPhone"), 25);
    m_address = line(QStringLiteral("holderAddress"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Who:"), m_kind);
    m_firstNameLabel = new QLabel(tr("&First name:"), this);
    m_firstNameLabel->setBuddy(m_firstName);
    form->addRow(m_firstNameLabel, m_firstName);
    m_lastNameLabel = new QLabel(tr("&Last name:"), this);
    m_lastNameLabel->setBuddy(m_lastName);
    form->addRow(m_lastNameLabel, m_lastName);
    form->addRow(tr("&Structure:"), m_organisation);
    form->addRow(tr("&Commune:"), m_commune);

    auto *contact =
        new QGroupBox(tr("Contact details (stay on this computer without consent)"), this);
    auto *contactForm = new QFormLayout(contact);
    contactForm->addRow(tr("&E-mail:"), m_email);
    contactForm->addRow(tr("&Phone:"), m_phone);
    contactForm->addRow(tr("&Address:"), m_address);

    auto *consents = new QGroupBox(tr("Consent (RGPD)"), this);
    auto *grid = new QGridLayout(consents);
    int row = 0;
    for (Holders::ConsentKind kind : Holders::consentKinds()) {
        auto *box = new QCheckBox(Holders::label(kind), consents);
        box->setObjectName(QStringLiteral("consent_") + Holders::code(kind));
        auto *date = new QLabel(consents);
        date->setObjectName(QStringLiteral("consentDate_") + Holders::code(kind));
        date->setStyleSheet(QStringLiteral("color: #555;"));
        grid->addWidget(box, row, 0);
        grid->addWidget(date, row, 1);
        m_consents << box;
        m_consentDates << date;
        ++row;
    }
    m_method = new QComboBox(consents);
    m_method->setObjectName(QStringLiteral("consentMethod"));
    for (const QString &method : {QStringLiteral("paper_form"), QStringLiteral("oral"),
                                  QStringLiteral("registration_form")})
        m_method->addItem(Holders::methodLabel(method), method);
    auto *methodLabel = new QLabel(tr("Given &by:"), consents);
    methodLabel->setBuddy(m_method);
    grid->addWidget(methodLabel, row, 0);
    grid->addWidget(m_method, row, 1);

    m_projects = new QListWidget(this);
    m_projects->setObjectName(QStringLiteral("holderProjects"));
    m_projects->setAccessibleName(tr("Projects of this holder"));
    m_projects->setMaximumHeight(80);
    m_projects->setFocusPolicy(Qt::NoFocus);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("holderProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4000f;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_eraseButton =
        buttons->addButton(tr("E&rase personal data…"), QDialogButtonBox::DestructiveRole);
    m_eraseButton->setObjectName(QStringLiteral("eraseHolderButton"));
    m_eraseButton->setVisible(holderId > 0);
    connect(m_eraseButton, &QPushButton::clicked, this, &HolderDialog::eraseRequested);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(contact);
    layout->addWidget(consents);
    layout->addWidget(new QLabel(tr("Projects:"), this));
    layout->addWidget(m_projects);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &HolderDialog::updateKind);

    if (const std::optional<Holders::Holder> h =
            holderId > 0 ? Holders::holder(*workspace, holderId) : std::nullopt) {
        m_kind->setCurrentIndex(h->collective ? 1 : 0);
        m_firstName->setText(h->firstName);
        m_lastName->setText(h->lastName);
        m_organisation->setText(h->organisationName);
        m_commune->setText(h->commune);
        m_email->setText(h->email);
        m_phone->setText(h->phone);
        m_address->setText(h->address);
        const QLocale locale;
        for (const Holders::Consent &c : h->consents) {
            const int i = int(Holders::consentKinds().indexOf(c.kind));
            m_consents.at(i)->setChecked(c.granted);
            m_consentDates.at(i)->setText(
                (c.granted ? tr("agreed on %1, %2") : tr("refused on %1, %2"))
                    .arg(locale.toString(c.givenAt.toLocalTime().date(), QLocale::ShortFormat),
                         Holders::methodLabel(c.method)));
            const int method = m_method->findData(c.method);
            if (method >= 0)
                m_method->setCurrentIndex(method);
        }
        // The projects they lead first, then by title.
        QList<Holders::Project> projects = Holders::projects(*workspace, holderId);
        std::stable_sort(projects.begin(), projects.end(),
                         [](const Holders::Project &a, const Holders::Project &b) {
                             if (a.lead != b.lead)
                                 return a.lead;
                             return QString::localeAwareCompare(a.title, b.title) < 0;
                         });
        for (const Holders::Project &project : std::as_const(projects))
            m_projects->addItem(project.title.isEmpty() ? tr("Untitled project") : project.title);
        if (h->erased) {
            setWindowTitle(Holders::erasedName());
            for (QWidget *w : findChildren<QLineEdit *>())
                w->setEnabled(false);
            consents->setEnabled(false);
            m_kind->setEnabled(false);
            m_eraseButton->hide();
            buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        }
    }
    if (m_projects->count() == 0)
        m_projects->addItem(tr("None yet"));
    updateKind();
    m_firstName->setFocus();
}

void HolderDialog::updateKind()
{
    const bool collective = m_kind->currentData().toBool();
    m_firstName->setVisible(!collective);
    m_firstNameLabel->setVisible(!collective);
    m_lastNameLabel->setText(collective ? tr("&Name:") : tr("&Last name:"));
}

void HolderDialog::accept()
{
    Holders::Holder h;
    h.id = m_holderId;
    h.collective = m_kind->currentData().toBool();
    h.firstName = m_firstName->text();
    h.lastName = m_lastName->text();
    h.organisationName = m_organisation->text().simplified();
    if (m_holderId > 0) {
        // The structure is matched again by name: a renamed one is another structure.
        if (const auto before = Holders::holder(*m_workspace, m_holderId);
            before && before->organisationName == h.organisationName)
            h.organisationId = before->organisationId;
    }
    h.commune = m_commune->text();
    h.email = m_email->text();
    h.phone = m_phone->text();
    h.address = m_address->text();
    const QString method = m_method->currentData().toString();
    const auto before = m_holderId > 0 ? Holders::holder(*m_workspace, m_holderId) : std::nullopt;
    for (int i = 0; i < m_consents.size(); ++i) {
        const Holders::ConsentKind kind = Holders::consentKinds().at(i);
        const bool granted = m_consents.at(i)->isChecked();
        // A consent never asked and still unticked is not recorded as refused.
        bool known = false;
        if (before) {
            for (const Holders::Consent &c : before->consents) {
                if (c.kind == kind) {
                    known = true;
                    // Unchanged: keep how it was given.
                    h.consents << (c.granted == granted
                                       ? c
                                       : Holders::Consent{kind, granted, {}, method});
                }
            }
        }
        if (!known && granted)
            h.consents << Holders::Consent{kind, granted, {}, method};
    }
    QString error;
    const qint64 id = Holders::save(*m_workspace, h, &error);
    if (id <= 0) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    m_holderId = id;
    QDialog::accept();
}

void HolderDialog::eraseRequested()
{
    const QString name = Holders::holder(*m_workspace, m_holderId)->displayName();
    if (MessageBox::question(
            this, tr("Erase personal data"),
            tr("Erase the personal data of %1?\n\nTheir name, contact details and consents are "
               "deleted, and their name is blanked out of their projects' answers. The projects "
               "stay, anonymised. This cannot be undone.")
                .arg(name)) != QMessageBox::Yes)
        return;
    QString error;
    if (!Holders::erase(*m_workspace, m_holderId, &error)) {
        MessageBox::critical(this, tr("Erase personal data"), error);
        return;
    }
    emit erased(m_holderId);
    QDialog::reject(); // nothing left to save
}
