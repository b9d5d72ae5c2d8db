#pragma once

#include "Methodology.h"
#include "projects/ProjectAnswers.h"

#include <QHash>
#include <QStringList>

// How far a project has got through a methodology: per section and overall, how many required
// fields are answered ("4/6") and how many fields hold something at all.
//
// A field is answered when its value is not empty (ProjectAnswers::isEmpty); rows need at least
// max(1, minRows) rows with something in them; a composite field (QQOQCP, problem tree, canvas)
// needs one part filled; the budget needs one expense and one resource line.
class Completeness final
{
public:
    struct Count
    {
        int requiredAnswered = 0;
        int required = 0;
        int answered = 0;
        int total = 0;
        bool complete() const { return requiredAnswered == required; }
        Count &operator+=(const Count &other);
    };

    using Answers = QHash<QString, ProjectAnswers::Answer>;

    static bool isAnswered(const Methodology::Field &field, const Answers &answers, bool hasBudget);
    static Count section(const Methodology::Section &section, const Answers &answers,
                         bool hasBudget);
    static Count project(const Methodology &methodology, const Answers &answers, bool hasBudget);
    // The labels of the required fields still to answer, in the order of the methodology.
    static QStringList missingRequired(const Methodology &methodology, const Answers &answers,
                                       bool hasBudget);
};
