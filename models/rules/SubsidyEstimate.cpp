#include "SubsidyEstimate.h"

#include "Money.h"

SubsidyEstimate SubsidyEstimate::compute(qint64 requestedCents, const QString &category,
                                         qint64 floorCents, qint64 ceilingCents,
                                         qint64 envelopeCents, bool notSelected)
{
    SubsidyEstimate estimate;
    if (notSelected) {
        estimate.reasoning << tr("The committee did not select the project: nothing is granted.");
        return estimate;
    }
    if (category.isEmpty()) {
        estimate.reasoning << tr("No category is chosen: the category sets what can be granted.");
        return estimate;
    }
    if (requestedCents <= 0) {
        estimate.reasoning << tr("No amount is requested yet.");
        return estimate;
    }
    estimate.reasoning
        << tr("%1 requested in the category “%2”.").arg(Money::format(requestedCents), category);
    if (floorCents > 0 && requestedCents < floorCents) {
        estimate.reasoning << tr("This is below the least the category grants (%1): nothing can be "
                                 "granted as it is.")
                                  .arg(Money::format(floorCents));
        return estimate;
    }
    estimate.amountCents = requestedCents;
    if (ceilingCents > 0 && requestedCents > ceilingCents) {
        estimate.amountCents = ceilingCents;
        estimate.reasoning
            << tr("Limited to the category's ceiling: %1.").arg(Money::format(ceilingCents));
    } else if (ceilingCents > 0) {
        estimate.reasoning
            << tr("Within the category's ceiling of %1.").arg(Money::format(ceilingCents));
    }
    if (envelopeCents > 0)
        estimate.reasoning
            << tr("If the project is labelled, it is funded in vote order until the edition's "
                  "envelope of %1 runs out.")
                   .arg(Money::format(envelopeCents));
    return estimate;
}
