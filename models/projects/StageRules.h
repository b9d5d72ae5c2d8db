#pragma once

#include "Stage.h"

#include <QCoreApplication>
#include <QString>

// Which stage changes are allowed. Idea, taking shape and ready follow the work with the
// holders and can go back and forth; "ready to deposit" needs the eligibility checks to pass,
// or a written reason to override them; "deposited" follows "ready"; "labelled" and "not
// selected" follow "deposited" (the committee's decision).
class StageRules final
{
    Q_DECLARE_TR_FUNCTIONS(StageRules)

public:
    // Why the change is refused, or an empty string when it is allowed.
    static QString refusal(Stage from, Stage to, bool eligible, const QString &overrideReason);
};
