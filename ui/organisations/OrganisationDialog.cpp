#include "OrganisationDialog.h"

#include "dialogs/MessageBox.h"
#include "methodology/Methodology.h"
#include "organisations/Identifiers.h"
#include "reference/Communes.h"
#include "storage/Workspace.h"
#include "widgets/CommuneCompleter.h"
#include "workshops/Venues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QStringList themeOptions()
{
    const Methodology::Field *theme = Methodology::builtIn().field(QStringLiteral("idee.theme"));
    return theme ? theme->options : QStringList();
}

} // namespace

OrganisationDialog::OrganisationDialog(Workspace *workspace, qint64 organisationId,
                                       QWidget *parent, const QString &name)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_id(organisationId)
{
    setObjectName(QStringLiteral("organisationDialog"));
    setWindowTitle(organisationId > 0 ? tr("Organisation") : tr("New organisation"));
    if (organisationId > 0) {
        if (const auto o = Organisations::organisation(*workspace, organisationId))
            m_loaded = *o;
    } else {
        m_loaded.name = name;
    }
    const auto line = [this](const QString &objectName, const QString &value,
                             int max = Organisations::kMaxText) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(objectName);
        edit->setMaxLength(max);
        return edit;
    };

    // The structure.
    auto *structure = new QWidget(this);
    m_name = line(QStringLiteral("organisationName"), m_loaded.name);
    m_legalForm = new QComboBox(structure);
    m_legalForm->setObjectName(QStringLiteral("organisationLegalForm"));
    m_legalForm->addItem(tr("(not given)"), QString());
    for (const QString &code : Organisations::legalForms())
        m_legalForm->addItem(Organisations::legalFormLabel(code), code);
    if (!m_loaded.legalForm.isEmpty() && m_legalForm->findData(m_loaded.legalForm) < 0)
        m_legalForm->addItem(m_loaded.legalForm, m_loaded.legalForm); // as typed before
    m_legalForm->setCurrentIndex(std::max(0, m_legalForm->findData(m_loaded.legalForm)));
    m_siret = line(QStringLiteral("organisationSiret"),
                   m_loaded.siret.isEmpty() ? QString() : Identifiers::formatSiret(m_loaded.siret),
                   20);
    m_siret->setPlaceholderText(tr("14 digits"));
    m_rna = line(QStringLiteral("organisationRna"), m_loaded.rna, 12);
    m_rna->setPlaceholderText(tr("W and 9 digits, for an association"));
    m_numberProblem = new QLabel(structure);
    m_numberProblem->setObjectName(QStringLiteral("organisationNumberProblem"));
    m_numberProblem->setWordWrap(true);
    m_numberProblem->setStyleSheet(QStringLiteral("color: #a4000f;"));
    m_numberProblem->hide();
    m_address = line(QStringLiteral("organisationAddress"), m_loaded.address);
    m_commune = line(QStringLiteral("organisationCommune"), m_loaded.commune);
    m_commune->setCompleter(new CommuneCompleter(m_commune));
    m_essStatus = new QComboBox(structure);
    m_essStatus->setObjectName(QStringLiteral("organisationEssStatus"));
    for (Organisations::EssStatus s : Organisations::essStatuses())
        m_essStatus->addItem(Organisations::label(s), int(s));
    m_essStatus->setCurrentIndex(m_essStatus->findData(int(m_loaded.essStatus)));
    m_essEvidence = line(QStringLiteral("organisationEssEvidence"), m_loaded.essEvidence);
    m_essEvidence->setPlaceholderText(tr("ESUS approval of…, statutes article…"));
    m_essDeclared = new QCheckBox(tr("The holders &declare it of the ESS"), structure);
    m_essDeclared->setObjectName(QStringLiteral("organisationEssDeclared"));
    m_essDeclared->setChecked(m_loaded.essDeclared);
    auto *structureForm = new QFormLayout(structure);
    structureForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    structureForm->addRow(tr("&Name:"), m_name);
    structureForm->addRow(tr("&Legal form:"), m_legalForm);
    structureForm->addRow(tr("&SIRET:"), m_siret);
    structureForm->addRow(tr("&RNA number:"), m_rna);
    structureForm->addRow(QString(), m_numberProblem);
    structureForm->addRow(tr("&Address:"), m_address);
    structureForm->addRow(tr("&Commune:"), m_commune);
    structureForm->addRow(tr("&ESS status:"), m_essStatus);
    structureForm->addRow(tr("E&vidence:"), m_essEvidence);
    structureForm->addRow(QString(), m_essDeclared);
    if (m_loaded.projects + m_loaded.holders > 0) {
        auto *uses = new QLabel(tr("Carries %n project(s)", nullptr, m_loaded.projects) +
                                    QStringLiteral(", ") +
                                    tr("%n holder(s) belong to it.", nullptr, m_loaded.holders),
                                structure);
        uses->setWordWrap(true);
        structureForm->addRow(QString(), uses);
    }

    // The directory.
    auto *directory = new QWidget(this);
    m_directoryKind = new QComboBox(directory);
    m_directoryKind->setObjectName(QStringLiteral("organisationDirectoryKind"));
    m_directoryKind->addItem(Organisations::label(Organisations::DirectoryKind::None),
                             int(Organisations::DirectoryKind::None));
    for (Organisations::DirectoryKind k : Organisations::directoryKinds())
        m_directoryKind->addItem(Organisations::label(k), int(k));
    m_directoryKind->setCurrentIndex(m_directoryKind->findData(int(m_loaded.directoryKind)));
    m_directoryFields = new QWidget(directory);
    m_themes = new QListWidget(m_directoryFields);
    m_themes->setObjectName(QStringLiteral("organisationThemes"));
    m_themes->setFlow(QListView::LeftToRight);
    m_themes->setWrapping(true);
    m_themes->setResizeMode(QListView::Adjust);
    m_themes->setMaximumHeight(m_themes->fontMetrics().height() * 4 + 12);
    QStringList others = m_loaded.themes;
    for (const QString &theme : themeOptions()) {
        auto *item = new QListWidgetItem(theme, m_themes);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_loaded.themes.contains(theme) ? Qt::Checked : Qt::Unchecked);
        others.removeAll(theme);
    }
    m_otherThemes = line(QStringLiteral("organisationOtherThemes"), others.join(QStringLiteral("; ")));
    m_otherThemes->setPlaceholderText(tr("Other themes, separated by semicolons"));
    m_wholeDepartment = new QCheckBox(tr("The &whole department"), m_directoryFields);
    m_wholeDepartment->setObjectName(QStringLiteral("organisationWholeDepartment"));
    m_wholeDepartment->setChecked(m_loaded.wholeDepartment);
    QStringList names;
    for (const QString &code : m_loaded.communeCodes) {
        const Commune *c = Communes::byCode(code);
        names << (c ? c->name : code);
    }
    m_communes = line(QStringLiteral("organisationCommunes"), names.join(QStringLiteral("; ")),
                      4000);
    m_communes->setPlaceholderText(tr("Communes, separated by semicolons"));
    m_venues = new QListWidget(m_directoryFields);
    m_venues->setObjectName(QStringLiteral("organisationVenues"));
    m_venues->setFlow(QListView::LeftToRight);
    m_venues->setWrapping(true);
    m_venues->setResizeMode(QListView::Adjust);
    m_venues->setMaximumHeight(m_venues->fontMetrics().height() * 4 + 12);
    for (const Venues::Venue &v : Venues::venues(*workspace)) {
        auto *item = new QListWidgetItem(v.name, m_venues);
        item->setData(Qt::UserRole, v.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_loaded.venueIds.contains(v.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_contactName = line(QStringLiteral("organisationContactName"), m_loaded.contactName);
    m_contactEmail = line(QStringLiteral("organisationContactEmail"), m_loaded.contactEmail);
    m_contactPhone = line(QStringLiteral("organisationContactPhone"), m_loaded.contactPhone, 25);
    m_contactConsent = new QCheckBox(tr("The contact person agreed that these details be "
                                        "&shared with other workspaces"),
                                     m_directoryFields);
    m_contactConsent->setObjectName(QStringLiteral("organisationContactConsent"));
    m_contactConsent->setChecked(m_loaded.contactConsent);
    auto *fields = new QFormLayout(m_directoryFields);
    fields->setContentsMargins(0, 0, 0, 0);
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    fields->addRow(tr("&Themes:"), m_themes);
    fields->addRow(QString(), m_otherThemes);
    fields->addRow(tr("Territory:"), m_wholeDepartment);
    fields->addRow(tr("C&ommunes:"), m_communes);
    fields->addRow(tr("Co&mptoirs attended:"), m_venues);
    fields->addRow(tr("Contact &person:"), m_contactName);
    fields->addRow(tr("&E-mail:"), m_contactEmail);
    fields->addRow(tr("&Phone:"), m_contactPhone);
    fields->addRow(QString(), m_contactConsent);
    auto *directoryLayout = new QFormLayout(directory);
    directoryLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    directoryLayout->addRow(tr("In the &directory as:"), m_directoryKind);
    directoryLayout->addRow(m_directoryFields);

    m_notes = new QPlainTextEdit(m_loaded.notes, this);
    m_notes->setObjectName(QStringLiteral("organisationNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4 + 12);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("organisationTabs"));
    m_tabs->addTab(structure, tr("S&tructure"));
    m_tabs->addTab(directory, tr("Director&y"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!workspace->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganisationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);

    connect(m_siret, &QLineEdit::textChanged, this, &OrganisationDialog::checkNumbers);
    connect(m_rna, &QLineEdit::textChanged, this, &OrganisationDialog::checkNumbers);
    connect(m_directoryKind, &QComboBox::currentIndexChanged, this,
            &OrganisationDialog::updateDirectory);
    connect(m_wholeDepartment, &QCheckBox::toggled, m_communes, &QWidget::setDisabled);
    m_communes->setDisabled(m_wholeDepartment->isChecked());
    updateDirectory();
    checkNumbers();
}

void OrganisationDialog::updateDirectory()
{
    m_directoryFields->setEnabled(m_directoryKind->currentData().toInt() !=
                                  int(Organisations::DirectoryKind::None));
}

void OrganisationDialog::checkNumbers()
{
    QStringList problems;
    if (!m_siret->text().trimmed().isEmpty()) {
        if (const Result<QString> siret = Identifiers::siret(m_siret->text()); !siret)
            problems << siret.error();
    }
    if (!m_rna->text().trimmed().isEmpty()) {
        if (const Result<QString> rna = Identifiers::rna(m_rna->text()); !rna)
            problems << rna.error();
    }
    if (problems.isEmpty()) {
        const auto same = Organisations::sameNumbers(*m_workspace, fromFields());
        if (!same.isEmpty())
            problems << tr("Already known with this number: “%1”. OK will offer to merge them.")
                            .arg(same.first().name);
    }
    m_numberProblem->setText(problems.join(QLatin1Char('\n')));
    m_numberProblem->setVisible(!problems.isEmpty());
}

QStringList OrganisationDialog::communeCodes(QStringList *unknown) const
{
    QStringList codes;
    for (const QString &part : m_communes->text().split(QRegularExpression(QStringLiteral("[;\\n]")),
                                                        Qt::SkipEmptyParts)) {
        const QString name = part.simplified();
        if (name.isEmpty())
            continue;
        const QString code = Communes::codeOf(name);
        if (code.isEmpty())
            unknown->append(name);
        else
            codes << code;
    }
    return codes;
}

Organisations::Organisation OrganisationDialog::fromFields() const
{
    Organisations::Organisation o = m_loaded;
    o.id = m_id;
    o.name = m_name->text();
    o.legalForm = m_legalForm->currentData().toString();
    o.siret = m_siret->text();
    o.rna = m_rna->text();
    o.address = m_address->text();
    o.commune = m_commune->text();
    o.essStatus = Organisations::EssStatus(m_essStatus->currentData().toInt());
    o.essEvidence = m_essEvidence->text();
    o.essDeclared = m_essDeclared->isChecked();
    o.directoryKind = Organisations::DirectoryKind(m_directoryKind->currentData().toInt());
    o.themes.clear();
    for (int i = 0; i < m_themes->count(); ++i) {
        if (m_themes->item(i)->checkState() == Qt::Checked)
            o.themes << m_themes->item(i)->text();
    }
    for (const QString &other : m_otherThemes->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!other.simplified().isEmpty())
            o.themes << other.simplified();
    o.wholeDepartment = m_wholeDepartment->isChecked();
    QStringList unknown;
    o.communeCodes = communeCodes(&unknown);
    o.venueIds.clear();
    for (int i = 0; i < m_venues->count(); ++i) {
        if (m_venues->item(i)->checkState() == Qt::Checked)
            o.venueIds << m_venues->item(i)->data(Qt::UserRole).toLongLong();
    }
    o.contactName = m_contactName->text();
    o.contactEmail = m_contactEmail->text();
    o.contactPhone = m_contactPhone->text();
    o.contactConsent = m_contactConsent->isChecked();
    o.notes = m_notes->toPlainText();
    return o;
}

void OrganisationDialog::accept()
{
    Organisations::Organisation o = fromFields();
    QStringList unknown;
    communeCodes(&unknown);
    if (!unknown.isEmpty() && !o.wholeDepartment) {
        MessageBox::warning(this, tr("Organisation"),
                            tr("These communes are not of the Pas-de-Calais: %1.")
                                .arg(unknown.join(QStringLiteral(", "))));
        m_tabs->setCurrentIndex(1);
        m_communes->setFocus();
        return;
    }
    if (const QString problem = Organisations::problem(o); !problem.isEmpty()) {
        MessageBox::warning(this, tr("Organisation"), problem);
        return;
    }
    const Result<qint64> saved = Organisations::save(*m_workspace, o);
    if (!saved) {
        MessageBox::critical(this, tr("Organisation"), saved.error());
        return;
    }
    m_id = *saved;
    o.id = m_id;
    // Another record of the same number: offered for merging into the older one.
    const auto same = Organisations::sameNumbers(*m_workspace, o);
    if (!same.isEmpty() &&
        MessageBox::question(this, tr("Merge the organisations"),
                             tr("“%1” has the same number. Merge “%2” into it? Its projects and "
                                "holders will then belong to “%1”.")
                                 .arg(same.first().name, o.name.simplified())) ==
            QMessageBox::Yes) {
        const Result<void> merged = Organisations::merge(*m_workspace, same.first().id, m_id);
        if (!merged) {
            MessageBox::critical(this, tr("Merge the organisations"), merged.error());
        } else {
            m_mergedInto = same.first().id;
            m_id = same.first().id;
        }
    }
    QDialog::accept();
}
