#pragma once

#include <QCoreApplication>
#include <QStringList>

// What the edition's rules give a project: the amount requested, limited by its category's
// ceiling, with the reasoning in words. The vote decides in the end: projects are funded in
// vote order until the envelope runs out, which no estimate can know.
class SubsidyEstimate final
{
    Q_DECLARE_TR_FUNCTIONS(SubsidyEstimate)

public:
    qint64 amountCents = 0;
    QStringList reasoning;

    // ceilingCents 0: no ceiling. floorCents: the least the category grants (0: none). A project
    // the committee did not select is granted nothing, whatever it asked.
    static SubsidyEstimate compute(qint64 requestedCents, const QString &category,
                                   qint64 floorCents, qint64 ceilingCents, qint64 envelopeCents,
                                   bool notSelected = false);
};
