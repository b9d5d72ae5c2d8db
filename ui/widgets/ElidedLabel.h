#pragma once

#include <QLabel>

// A one-line label that gives way when room is short: it shows as much of its text as fits,
// ending with "…", and the whole text in its tooltip. Its text never sets the window's minimum
// width (the status bar's workspace name on a projector).
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text, const QString &toolTip = QString());
    QString fullText() const { return m_text; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_text;
    QString m_toolTip;
};
