#include "CachedTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

CachedTextDelegate::CachedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_cache(8000)
{}

CachedTextDelegate::~CachedTextDelegate() = default;

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The style draws the background, selection, focus and icon; the text is ours.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The text's rectangle, as QCommonStyle lays it out: after the icon, inside the focus
    // margin. Asking the style (SE_ItemViewItemText) would lay the text out again just to
    // measure it: a third of the paint time.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect rect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (opt.features & QStyleOptionViewItem::HasDecoration)
        rect.setLeft(rect.left() + opt.decorationSize.width() + 2 * margin);
    if (rect.width() <= 0)
        return;

    const QString key =
        QString::number(rect.width()) + QLatin1Char('|') + opt.font.key() + QLatin1Char('|') + text;
    QStaticText *cached = m_cache.object(key);
    if (!cached) {
        const QFontMetrics metrics(opt.font);
        QString shown = metrics.elidedText(text, opt.textElideMode, rect.width());
        shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
        cached = new QStaticText(shown);
        cached->setTextFormat(Qt::PlainText);
        cached->setPerformanceHint(QStaticText::AggressiveCaching);
        cached->prepare(QTransform(), opt.font);
        m_cache.insert(key, cached);
    }

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(
        group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    const QSizeF size = cached->size();
    qreal x = rect.left();
    if (opt.displayAlignment & Qt::AlignRight)
        x = rect.right() - size.width();
    else if (opt.displayAlignment & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - size.width()) / 2;
    const qreal y = rect.top() + (rect.height() - size.height()) / 2;
    painter->setClipRect(rect);
    painter->drawStaticText(QPointF(x, y), *cached);
    painter->restore();
}
