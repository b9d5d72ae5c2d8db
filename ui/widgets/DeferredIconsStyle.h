#pragma once

#include <QProxyStyle>

// The application's style, whose icons for the menu bar's overflow button and the line edits'
// clear button read their image only when first drawn. Qt reads them as the menu bar and the
// filter are built, and the first image read makes it load every image plugin it has (4 to 8
// libraries, 2 to 3 ms) before the window can be painted; neither is drawn then (the overflow
// button shows only when the menus do not fit, the clear button only with text).
class DeferredIconsStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    DeferredIconsStyle();

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
