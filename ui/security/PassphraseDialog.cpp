#include "PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PassphraseDialog::PassphraseDialog(DepartmentKey::Locked locked, const QString &why,
                                   QWidget *parent)
    : QDialog(parent)
    , m_locked(std::move(locked))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("The Department's key"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    // Grows with what it says (an error, a longer state), never squeezing it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *intro = new QLabel(why, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *key = new QLabel(tr("Key « %1 », fingerprint %2.")
                               .arg(m_locked.publicHalf.label, m_locked.publicHalf.fingerprint()),
                           this);
    key->setObjectName(QStringLiteral("passphraseKey"));
    key->setWordWrap(true);
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(key);
    auto *prompt = new QLabel(tr("&Passphrase (asked once until Comptoir is closed):"), this);
    layout->addWidget(prompt);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    prompt->setBuddy(m_edit);
    layout->addWidget(m_edit);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("passphraseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
}

void PassphraseDialog::accept()
{
    if (m_edit->text().isEmpty())
        return;
    // Argon2 takes about a second, on purpose.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<DepartmentKey::Unlocked> opened = DepartmentKey::unlock(m_locked, m_edit->text());
    QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        m_error->setText(opened.error());
        m_error->show();
        adjustSize(); // the message's lines, and the others' as they were
        m_edit->clear();
        m_edit->setFocus();
        return;
    }
    m_unlocked = KeySession::keep(std::move(opened).value());
    m_edit->clear();
    QDialog::accept();
}

const DepartmentKey::Unlocked *PassphraseDialog::unlock(QWidget *parent,
                                                        const DepartmentKey::Locked &locked,
                                                        const QString &why)
{
    if (const DepartmentKey::Unlocked *known = KeySession::find(locked.publicHalf.key))
        return known;
    PassphraseDialog dialog(locked, why, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.unlocked() : nullptr;
}
