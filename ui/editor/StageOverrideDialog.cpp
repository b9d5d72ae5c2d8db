#include "StageOverrideDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

StageOverrideDialog::StageOverrideDialog(const QStringList &failures, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("stageOverrideDialog"));
    setWindowTitle(tr("Mark as ready to deposit"));
    auto *layout = new QVBoxLayout(this);
    QString items;
    for (const QString &failure : failures)
        items += QStringLiteral("<li>%1</li>").arg(failure.toHtmlEscaped());
    auto *intro = new QLabel(
        tr("These eligibility checks do not pass yet:<ul>%1</ul>To mark the project ready to "
           "deposit all the same, write why. The reason is kept with the project and shown to "
           "the mission officers.")
            .arg(items),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);
    auto *label = new QLabel(tr("&Reason:"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(
        tr("For example: the co-financing of the commune is voted on 12 March."));
    label->setBuddy(m_reason);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as &ready"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("overrideOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 360);
}

StageOverrideDialog::~StageOverrideDialog() = default;

QString StageOverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}
