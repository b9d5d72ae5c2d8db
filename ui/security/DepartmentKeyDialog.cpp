#include "DepartmentKeyDialog.h"

#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "security/PassphraseDialog.h"
#include "storage/Timestamp.h"
#include "storage/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QString keyFilter()
{
    return DepartmentKeyDialog::tr("Comptoir keys (*.comptoir-cle);;All files (*)");
}

QString day(const QString &timestamp)
{
    return QLocale().toString(Timestamp::toDateTime(timestamp).toLocalTime().date(),
                              QLocale::ShortFormat);
}

} // namespace

DepartmentKeyDialog::DepartmentKeyDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("departmentKeyDialog"));
    setWindowTitle(tr("The Department's key"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    // Grows with what it says (an error, a longer state), never squeezing it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *intro = new QLabel(
        tr("Deposit files hold personal data and projects not yet published. Once this "
           "workspace knows the Department's key, the files it writes are sealed for it: only "
           "the mission officers, who hold its secret half and its passphrase, can open them. "
           "Every file is also signed by the workspace that writes it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *box = new QGroupBox(tr("Key of this workspace"), this);
    auto *boxLayout = new QVBoxLayout(box);
    m_fingerprint = new QLabel(box);
    m_fingerprint->setObjectName(QStringLiteral("departmentFingerprint"));
    QFont large = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    large.setPointSizeF(font().pointSizeF() * 1.6);
    large.setBold(true);
    m_fingerprint->setFont(large);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    boxLayout->addWidget(m_fingerprint);
    m_state = new QLabel(box);
    m_state->setObjectName(QStringLiteral("departmentKeyState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    boxLayout->addWidget(m_state);
    layout->addWidget(box);

    auto *actions = new QGridLayout;
    const auto button = [this](const char *name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    m_import = button("importPublicKeyButton", tr("&Import the public key…"));
    m_import->setToolTip(tr("Facilitators: the file the Department handed out."));
    m_create = button("createKeyButton", tr("&Create the Department's key…"));
    m_create->setToolTip(tr("Mission officers: once, for the whole department."));
    m_export = button("exportPublicKeyButton", tr("&Export the public key…"));
    m_lock = button("lockKeyButton", tr("&Unlock…"));
    m_remove = button("removeKeyButton", tr("&Remove the key…"));
    actions->addWidget(m_import, 0, 0);
    actions->addWidget(m_create, 0, 1);
    actions->addWidget(m_export, 1, 0);
    actions->addWidget(m_lock, 1, 1);
    actions->addWidget(m_remove, 2, 0);
    layout->addLayout(actions);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &DepartmentKeyDialog::importPublic);
    connect(m_create, &QPushButton::clicked, this, &DepartmentKeyDialog::createKey);
    connect(m_export, &QPushButton::clicked, this, &DepartmentKeyDialog::exportPublic);
    connect(m_lock, &QPushButton::clicked, this, &DepartmentKeyDialog::toggleLock);
    connect(m_remove, &QPushButton::clicked, this, &DepartmentKeyDialog::removeKey);
    setMinimumWidth(520);
    refresh();
}

void DepartmentKeyDialog::refresh()
{
    const auto stored = DepartmentKey::load(*m_workspace);
    m_stored = stored ? *stored : std::nullopt;
    const bool writable = !m_workspace->isReadOnly();
    if (!stored) {
        m_fingerprint->clear();
        m_state->setText(stored.error());
    } else if (!m_stored) {
        m_fingerprint->setText(tr("No key"));
        m_state->setText(tr("The deposit files this workspace writes are signed, not sealed. "
                            "Import the public key the Department handed out (a facilitator), "
                            "or create it (a mission officer, once)."));
    } else {
        const DepartmentKey::Public &key = m_stored->publicHalf;
        m_fingerprint->setText(key.fingerprint());
        QStringList state;
        state << tr("« %1 », made on %2.").arg(key.label, day(key.createdAt));
        if (!m_stored->hasSecret())
            state << tr("The deposit files this workspace writes are sealed for it. Compare "
                        "its fingerprint, above, with the one the Department gave you.");
        else {
            state << (m_stored->locked
                          ? tr("Its secret half is kept in this workspace, locked by its "
                               "passphrase.")
                          : tr("Its secret half is in the key file %1, locked by its passphrase.")
                                .arg(QDir::toNativeSeparators(m_stored->secretFile)));
            state << (KeySession::find(key.key)
                          ? tr("Unlocked for this session: sealed files open without asking.")
                          : tr("Locked: its passphrase is asked at the first sealed file."));
        }
        m_state->setText(state.join(QLatin1Char('\n')));
    }
    const bool known = m_stored.has_value();
    m_import->setEnabled(writable && !(known && m_stored->hasSecret()));
    m_create->setEnabled(writable && !known);
    m_export->setEnabled(known);
    m_lock->setVisible(known && m_stored->hasSecret());
    m_lock->setText(known && KeySession::find(m_stored->publicHalf.key) ? tr("&Lock")
                                                                         : tr("&Unlock…"));
    m_remove->setEnabled(writable && known);
    if (isVisible())
        adjustSize(); // the state's lines, all of them
}

void DepartmentKeyDialog::importPublic()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import the Department's public key"),
                                    QFileInfo(m_workspace->filePath()).absolutePath(), keyFilter());
    if (path.isEmpty())
        return;
    const Result<DepartmentKey::Public> key = DepartmentKey::Public::readFile(path);
    if (!key) {
        MessageBox::critical(this, windowTitle(), key.error());
        return;
    }
    if (m_stored && m_stored->publicHalf.key == key->key) {
        MessageBox::information(this, windowTitle(),
                                tr("This workspace already knows this key (%1).")
                                    .arg(key->fingerprint()));
        return;
    }
    const QString replacing =
        m_stored ? tr("It replaces the key %1.").arg(m_stored->publicHalf.fingerprint()) + QLatin1Char(' ')
                 : QString();
    if (MessageBox::question(
            this, windowTitle(),
            tr("Import the key « %1 »?\n\nIts fingerprint: %2\n\nCompare it, character by "
               "character, with the one the Department gave you (by phone or on paper). %3The "
               "deposit files of this workspace will be sealed for it.")
                .arg(key->label, key->fingerprint(), replacing),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const Result<void> stored = DepartmentKey::store(*m_workspace, *key); !stored)
        MessageBox::critical(this, windowTitle(), stored.error());
    refresh();
}

void DepartmentKeyDialog::createKey()
{
    CreateKeyDialog dialog(QFileInfo(m_workspace->filePath()).absolutePath(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<DepartmentKey::Locked> locked =
        DepartmentKey::create(dialog.label(), dialog.passphrase());
    Result<void> kept = locked ? Result<void>() : Result<void>(Failure{locked.error()});
    if (locked && !dialog.keyFile().isEmpty())
        kept = locked->writeFile(dialog.keyFile());
    if (kept)
        kept = DepartmentKey::store(*m_workspace, locked->publicHalf,
                                    dialog.keyFile().isEmpty() ? &*locked : nullptr,
                                    dialog.keyFile());
    // Just made with its passphrase: open for this session.
    if (kept)
        if (Result<DepartmentKey::Unlocked> opened =
                DepartmentKey::unlock(*locked, dialog.passphrase()))
            KeySession::keep(std::move(opened).value());
    QGuiApplication::restoreOverrideCursor();
    if (!kept) {
        MessageBox::critical(this, windowTitle(), kept.error());
        return;
    }
    refresh();
    if (MessageBox::question(
            this, windowTitle(),
            tr("The Department's key is made; its fingerprint: %1.\n\nWrite its public half "
               "now, the file to hand out to facilitators? Without its passphrase%2, nobody can "
               "open the files sealed for it: write the passphrase down somewhere safe.")
                .arg(locked->publicHalf.fingerprint(),
                     dialog.keyFile().isEmpty() ? QString() : tr(" and its key file")),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes)
        exportPublic();
}

void DepartmentKeyDialog::exportPublic()
{
    if (!m_stored)
        return;
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export the Department's public key"),
        QDir(QFileInfo(m_workspace->filePath()).absolutePath())
            .filePath(tr("departement-cle-publique.comptoir-cle")),
        keyFilter(), QStringLiteral("comptoir-cle"));
    if (path.isEmpty())
        return;
    if (const Result<void> written = m_stored->publicHalf.writeFile(path); !written) {
        MessageBox::critical(this, windowTitle(), written.error());
        return;
    }
    MessageBox::information(this, windowTitle(),
                            tr("The public key is written to %1. Hand it out with its "
                               "fingerprint, %2, said separately (by phone): facilitators "
                               "compare it when they import the file.")
                                .arg(QDir::toNativeSeparators(path),
                                     m_stored->publicHalf.fingerprint()));
}

void DepartmentKeyDialog::toggleLock()
{
    if (!m_stored)
        return;
    if (KeySession::find(m_stored->publicHalf.key)) {
        KeySession::forget(m_stored->publicHalf.key);
    } else {
        const Result<DepartmentKey::Locked> locked = m_stored->lockedHalf();
        if (!locked) {
            MessageBox::critical(this, windowTitle(), locked.error());
            return;
        }
        PassphraseDialog::unlock(this, *locked,
                                 tr("Unlock the Department's key for this session."));
    }
    refresh();
}

void DepartmentKeyDialog::removeKey()
{
    if (!m_stored)
        return;
    const QString text =
        m_stored->locked
            ? tr("Remove the Department's key from this workspace? Its secret half is kept "
                 "only here: unless it was saved elsewhere, the files sealed for it can never "
                 "be opened again.")
            : tr("Remove the Department's key from this workspace? The files it writes will be "
                 "signed, not sealed, until a key is imported again.");
    if (MessageBox::question(this, windowTitle(), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    KeySession::forget(m_stored->publicHalf.key);
    if (const Result<void> removed = DepartmentKey::remove(*m_workspace); !removed)
        MessageBox::critical(this, windowTitle(), removed.error());
    refresh();
}

// ---------------------------------------------------------------------------------------------

CreateKeyDialog::CreateKeyDialog(const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
{
    setObjectName(QStringLiteral("createKeyDialog"));
    setWindowTitle(tr("Create the Department's key"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    // Grows with what it says (an error, a longer state), never squeezing it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *intro = new QLabel(
        tr("Made once, by a mission officer, for the whole department. Choose a long "
           "passphrase (a sentence of several words): it is asked once per session to open "
           "sealed files, and it cannot be recovered if it is lost."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_label = new QLineEdit(tr("Département du Pas-de-Calais"), this);
    m_label->setObjectName(QStringLiteral("keyLabelEdit"));
    form->addRow(tr("&Name:"), m_label);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    m_again = new QLineEdit(this);
    m_again->setObjectName(QStringLiteral("againPassphraseEdit"));
    m_again->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Again:"), m_again);
    layout->addLayout(form);
    auto *where = new QGroupBox(tr("Where its secret half is kept"), this);
    auto *whereLayout = new QVBoxLayout(where);
    m_inWorkspace = new QRadioButton(tr("In this &workspace"), where);
    m_inWorkspace->setObjectName(QStringLiteral("keyInWorkspaceRadio"));
    m_inWorkspace->setChecked(true);
    m_inFile = new QRadioButton(tr("In a key &file of its own (on a USB key, say)"), where);
    m_inFile->setObjectName(QStringLiteral("keyInFileRadio"));
    auto *fileRow = new QHBoxLayout;
    m_file = new QLabel(tr("No file chosen"), where);
    m_file->setObjectName(QStringLiteral("keyFileLabel"));
    m_file->setWordWrap(true);
    auto *choose = new QPushButton(tr("C&hoose…"), where);
    choose->setObjectName(QStringLiteral("chooseKeyFileButton"));
    choose->setAutoDefault(false);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    whereLayout->addWidget(m_inWorkspace);
    whereLayout->addWidget(m_inFile);
    whereLayout->addLayout(fileRow);
    layout->addWidget(where);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("createKeyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setMinimumHeight(2 * fontMetrics().lineSpacing());
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Create"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &CreateKeyDialog::chooseFile);
    for (QLineEdit *edit : {m_label, m_passphrase, m_again})
        connect(edit, &QLineEdit::textChanged, this, &CreateKeyDialog::check);
    connect(m_inFile, &QRadioButton::toggled, this, &CreateKeyDialog::check);
    setMinimumWidth(480);
    check();
}

QString CreateKeyDialog::label() const
{
    return m_label->text().simplified();
}

QString CreateKeyDialog::passphrase() const
{
    return m_passphrase->text();
}

QString CreateKeyDialog::keyFile() const
{
    return m_inFile->isChecked() ? m_path : QString();
}

void CreateKeyDialog::chooseFile()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("The Department's key file"),
        QDir(m_folder).filePath(tr("departement-cle-secrete.comptoir-cle")),
        tr("Comptoir keys (*.comptoir-cle);;All files (*)"), QStringLiteral("comptoir-cle"));
    if (path.isEmpty())
        return;
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_inFile->setChecked(true);
    check();
}

void CreateKeyDialog::check()
{
    QString problem;
    if (label().isEmpty())
        problem = tr("Give the key a name.");
    else if (m_passphrase->text().size() < DepartmentKey::kMinPassphrase)
        problem = tr("The passphrase: %1 characters at least (%2 typed).")
                      .arg(DepartmentKey::kMinPassphrase)
                      .arg(m_passphrase->text().size());
    else if (m_again->text() != m_passphrase->text())
        problem = tr("Type the same passphrase again.");
    else if (m_inFile->isChecked() && m_path.isEmpty())
        problem = tr("Choose the key file.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

void CreateKeyDialog::accept()
{
    check();
    if (m_ok->isEnabled())
        QDialog::accept();
}
