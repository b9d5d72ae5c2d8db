#include "Stage.h"

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

const QList<Stage> &Stages::all()
{
    static const QList<Stage> stages = {Stage::Idea,      Stage::Structuring, Stage::Ready,
                                        Stage::Deposited, Stage::Labelled,    Stage::NotSelected};
    return stages;
}

QString Stages::code(Stage stage)
{
    switch (stage) {
    case Stage::Idea:
        return QStringLiteral("idea");
    case Stage::Structuring:
        return QStringLiteral("structuring");
    case Stage::Ready:
        return QStringLiteral("ready");
    case Stage::Deposited:
        return QStringLiteral("deposited");
    case Stage::Labelled:
        return QStringLiteral("labelled");
    case Stage::NotSelected:
        return QStringLiteral("not_selected");
    }
    return QString();
}

std::optional<Stage> Stages::fromCode(const QString &code)
{
    for (Stage stage : all()) {
        if (Stages::code(stage) == code)
            return stage;
    }
    return std::nullopt;
}

QString Stages::name(Stage stage)
{
    switch (stage) {
    case Stage::Idea:
        return tr("Idea");
    case Stage::Structuring:
        return tr("Taking shape");
    case Stage::Ready:
        return tr("Ready to deposit");
    case Stage::Deposited:
        return tr("Deposited");
    case Stage::Labelled:
        return tr("Labelled");
    case Stage::NotSelected:
        return tr("Not selected");
    }
    return QString();
}

QColor Stages::colour(Stage stage)
{
    switch (stage) {
    case Stage::Idea:
        return QColor(0x9e, 0x9e, 0x9e);
    case Stage::Structuring:
        return QColor(0xf0, 0xa2, 0x02);
    case Stage::Ready:
        return QColor(0x1e, 0x88, 0xe5);
    case Stage::Deposited:
        return QColor(0x5e, 0x35, 0xb1);
    case Stage::Labelled:
        return QColor(0x2e, 0x7d, 0x32);
    case Stage::NotSelected:
        return QColor(0xc6, 0x28, 0x28);
    }
    return QColor();
}

namespace {

// Paints a stage's round swatch at whatever size and resolution it is asked for, and only when
// it is painted: building the icon needs no QGuiApplication, so models stay usable headless.
class SwatchIconEngine final : public QIconEngine
{
public:
    explicit SwatchIconEngine(QColor colour)
        : m_colour(colour)
    {}
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height()) * 0.75;
        const QRectF circle(rect.center().x() - side / 2 + 0.5, rect.center().y() - side / 2 + 0.5,
                            side, side);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(mode == QIcon::Disabled ? QColor(Qt::lightGray) : m_colour);
        painter->drawEllipse(circle);
        painter->restore();
    }
    // The default pixmap() leaves the pixmap's memory as it found it: what is not the dot
    // would show stray pixels. The swatch is painted on a transparent pixmap.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }
    QIconEngine *clone() const override { return new SwatchIconEngine(m_colour); }

private:
    QColor m_colour;
};

} // namespace

QIcon Stages::icon(Stage stage)
{
    return QIcon(new SwatchIconEngine(colour(stage)));
}
