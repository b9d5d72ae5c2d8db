#include "ExportBundleDialog.h"

#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "exchange/BundleWriter.h"
#include "security/Keys.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportBundleDialog::ExportBundleDialog(Workspace *workspace, QList<qint64> selected,
                                       QList<qint64> shown, Target target, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_target(target)
    , m_selected(std::move(selected))
    , m_shown(std::move(shown))
    , m_ready(BundleWriter::projectsAtStage(*workspace, QStringLiteral("ready")))
{
    const bool platform = m_target == Target::Platform;
    setObjectName(platform ? QStringLiteral("exportPlatformDialog")
                           : QStringLiteral("exportBundleDialog"));
    setWindowTitle(platform ? tr("Export for the platform") : tr("Export a deposit file"));
    setWindowModality(Qt::WindowModal);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        platform ? tr("One row per project for the participatory platform's proposal import: "
                      "title, body, category, commune, amount… No contact details; a holder's "
                      "name only when they agreed to its publication.")
                 : tr("The file carries the projects with their answers, budget, holders (contact "
                      "details only with their consent) and the workshops they attended, for the "
                      "mission officers or another facilitator's Comptoir."),
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

    if (platform) {
        m_profile = PlatformExport::decidim();
        auto *form = new QFormLayout;
        m_format = new QComboBox(this);
        m_format->setObjectName(QStringLiteral("platformFormatCombo"));
        m_format->addItem(tr("CSV (semicolons, UTF-8)"), int(PlatformExport::Format::Csv));
        m_format->addItem(tr("JSON"), int(PlatformExport::Format::Json));
        form->addRow(tr("&Format:"), m_format);
        auto *profileRow = new QHBoxLayout;
        m_profileLabel = new QLabel(m_profile.name, this);
        m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
        m_profileLabel->setToolTip(m_profile.description);
        auto *profileButton = new QPushButton(tr("&Other profile…"), this);
        profileButton->setObjectName(QStringLiteral("profileButton"));
        profileButton->setAutoDefault(false);
        connect(profileButton, &QPushButton::clicked, this, &ExportBundleDialog::chooseProfile);
        profileRow->addWidget(m_profileLabel, 1);
        profileRow->addWidget(profileButton);
        form->addRow(tr("Profile:"), profileRow);
        layout->addLayout(form);
    }

    if (!platform) {
        // Sealed for the Department when its key is known; signed by this workspace always.
        const auto stored = DepartmentKey::load(*m_workspace);
        const Result<SigningKey> signer = SigningKey::ofWorkspace(*m_workspace);
        m_seal = new QCheckBox(this);
        m_seal->setObjectName(QStringLiteral("sealCheck"));
        m_sealNote = new QLabel(this);
        m_sealNote->setObjectName(QStringLiteral("sealNote"));
        m_sealNote->setWordWrap(true);
        if (stored && stored->has_value()) {
            const DepartmentKey::Public &key = (*stored)->publicHalf;
            m_recipient = key.key;
            // (A label as long as a key file allows would widen the dialog past the screen.)
            const QString label =
                key.label.size() > 40 ? key.label.left(39) + QChar(0x2026) : key.label;
            m_seal->setText(tr("&Seal the file for « %1 » (key %2)").arg(label, key.fingerprint()));
            m_seal->setChecked(true);
        } else {
            m_seal->setText(tr("&Seal the file for the Department"));
            m_seal->setEnabled(false);
        }
        const QString signedBy = signer ? tr("Signed by « %1 » (key %2).")
                                              .arg(signer->identity.name, signer->fingerprint())
                                        : signer.error();
        const auto explain = [this, signedBy] {
            m_sealNote->setText(
                m_recipient.isEmpty()
                    ? tr("This workspace knows no Department key: the file is signed, not "
                         "sealed (File › The Department’s key… to import it).") +
                          QLatin1Char(' ') + signedBy
                : m_seal->isChecked()
                    ? tr("Only the mission officers can open it. %1").arg(signedBy)
                    : tr("Not sealed: anyone who gets the file can read it. Only for a file "
                         "without personal data. %1")
                          .arg(signedBy));
        };
        connect(m_seal, &QCheckBox::toggled, this, explain);
        explain();
        layout->addWidget(m_seal);
        layout->addWidget(m_sealNote);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *write = buttons->addButton(tr("&Write the file…"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("writeBundleButton"));
    write->setDefault(true);
    write->setEnabled(!m_selected.isEmpty() || !m_shown.isEmpty() || !m_ready.isEmpty());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExportBundleDialog::chooseProfile()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Choose a platform profile"), QFileInfo(m_workspace->filePath()).absolutePath(),
        tr("Platform profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<PlatformExport::Profile> profile =
        PlatformExport::loadProfile(path, &error);
    if (!profile) {
        MessageBox::critical(this, windowTitle(), error);
        return;
    }
    m_profile = *profile;
    m_profileLabel->setText(m_profile.name);
    m_profileLabel->setToolTip(m_profile.description);
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
    const bool platform = m_target == Target::Platform;
    const auto format = platform ? PlatformExport::Format(m_format->currentData().toInt())
                                 : PlatformExport::Format::Csv;
    const QString suffix = !platform                               ? BundleWriter::fileSuffix()
                           : format == PlatformExport::Format::Csv ? QStringLiteral("csv")
                                                                   : QStringLiteral("json");
    const QString suggested =
        QDir(QFileInfo(m_workspace->filePath()).absolutePath())
            .filePath(QStringLiteral("%1%2-%3.%4")
                          .arg(QFileInfo(m_workspace->filePath()).completeBaseName(),
                               platform ? tr("-platform") : QString(),
                               QDate::currentDate().toString(Qt::ISODate), suffix));
    const QString filter = !platform ? tr("Comptoir deposit files (*.comptoir)")
                           : format == PlatformExport::Format::Csv ? tr("CSV files (*.csv)")
                                                                   : tr("JSON files (*.json)");
    const QString path =
        FileDialog::getSaveFileName(this, windowTitle(), suggested, filter, suffix);
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    int pieces = 0;
    const bool written = platform ? PlatformExport::writeFile(*m_workspace, projects, m_profile,
                                                              format, path, &error, &pieces)
                                  : BundleWriter::writeFile(*m_workspace, projects, path, &error,
                                                            m_seal && m_seal->isChecked()
                                                                ? m_recipient
                                                                : QByteArray());
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, windowTitle(), error);
        return;
    }
    m_pieces = pieces;
    m_written = path;
    QDialog::accept();
}
