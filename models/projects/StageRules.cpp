#include "StageRules.h"

QString StageRules::refusal(Stage from, Stage to, bool eligible, const QString &overrideReason)
{
    if (from == to)
        return QString();
    switch (to) {
    case Stage::Idea:
    case Stage::Structuring:
        return QString();
    case Stage::Ready:
        if (!eligible && overrideReason.trimmed().isEmpty())
            return tr(
                "The eligibility checks do not all pass: write why the project is ready anyway, or "
                "complete it first.");
        return QString();
    case Stage::Deposited:
        if (from != Stage::Ready && from != Stage::Labelled && from != Stage::NotSelected)
            return tr("A project is deposited once it is ready to deposit.");
        return QString();
    case Stage::Labelled:
    case Stage::NotSelected:
        if (from != Stage::Deposited && from != Stage::Labelled && from != Stage::NotSelected)
            return tr("Only a deposited project receives the committee's decision.");
        return QString();
    }
    return QString();
}
