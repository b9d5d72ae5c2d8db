#include "ElidedLabel.h"

#include <QResizeEvent>

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    // The layout test knows a label that shortens its text by design by this.
    setProperty("elided", true);
}

void ElidedLabel::setFullText(const QString &text, const QString &toolTip)
{
    m_text = text;
    m_toolTip = toolTip;
    updateGeometry();
    elide();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize hint = QLabel::minimumSizeHint();
    return {fontMetrics().horizontalAdvance(QStringLiteral("…")) * 6, hint.height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_text) + m.left() + m.right() + 2 * margin() + 4,
            QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const QString shown =
        fontMetrics().elidedText(m_text, Qt::ElideMiddle, contentsRect().width() - 2 * margin());
    if (shown != text())
        setText(shown);
    // The whole text where it was shortened, and whatever else was asked for.
    QStringList tip;
    if (shown != m_text)
        tip << m_text;
    if (!m_toolTip.isEmpty())
        tip << m_toolTip;
    setToolTip(tip.isEmpty() ? m_text : tip.join(QLatin1Char('\n')));
}
