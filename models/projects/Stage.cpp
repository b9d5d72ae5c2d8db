#include "Stage.h"

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
