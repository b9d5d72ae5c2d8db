#pragma once

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints item views like QStyledItemDelegate, but keeps each cell's elided, shaped text in a
// cache (QStaticText). QStyledItemDelegate lays out and elides every cell's text afresh on
// every paint: with six columns, a repaint of the project list cost about 12 ms, most of a
// frame, so each keystroke in the filter missed it. Cached, a repaint costs a few ms.
class CachedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachedTextDelegate)

public:
    explicit CachedTextDelegate(QObject *parent = nullptr);
    ~CachedTextDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    mutable QCache<QString, QStaticText> m_cache;
};
