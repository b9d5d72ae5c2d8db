#include "DeferredIconsStyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>

namespace {

constexpr auto kKey = "DeferredIconsStyle";


// Asks the style for its icon the first time the icon is drawn or measured.
class DeferredIconEngine final : public QIconEngine
{
public:
    DeferredIconEngine(const QProxyStyle *style, QStyle::StandardPixmap which)
        : m_style(const_cast<QProxyStyle *>(style))
        , m_which(which)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        real().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return real().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return real().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return real().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return real().availableSizes(mode, state);
    }
    QString key() const override { return QLatin1String(kKey); }
    bool isNull() override { return false; }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    QIcon real()
    {
        if (!std::exchange(m_read, true) && m_style)
            m_icon = m_style->baseStyle()->standardIcon(m_which);
        return m_icon;
    }

    QPointer<QProxyStyle> m_style;
    QStyle::StandardPixmap m_which;
    bool m_read = false;
    QIcon m_icon;
};

} // namespace

DeferredIconsStyle::DeferredIconsStyle() = default;

QIcon DeferredIconsStyle::standardIcon(StandardPixmap which, const QStyleOption *option,
                                       const QWidget *widget) const
{
    if (which == SP_ToolBarHorizontalExtensionButton || which == SP_LineEditClearButton)
        return QIcon(new DeferredIconEngine(this, which));
    return QProxyStyle::standardIcon(which, option, widget);
}
