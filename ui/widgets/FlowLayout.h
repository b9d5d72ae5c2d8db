#pragma once

#include <QLayout>
#include <QList>

class QAction;

// Lays its items out in a row, going on to the next line when the row is full, as words in a
// paragraph: a header of several fields stays on one line on a wide screen and takes two on a
// laptop or a projector, each field whole.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = 12,
                        int verticalSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    // A bar of buttons for actions that wraps onto a second line rather than hiding what does
    // not fit behind a » button, as a tool bar would; nullptr in the list leaves a gap.
    static QWidget *actionBar(const QList<QAction *> &actions, QWidget *parent);

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_horizontal;
    int m_vertical;
};
