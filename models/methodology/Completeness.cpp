#include "Completeness.h"

#include <QJsonArray>

Completeness::Count &Completeness::Count::operator+=(const Count &other)
{
    requiredAnswered += other.requiredAnswered;
    required += other.required;
    answered += other.answered;
    total += other.total;
    return *this;
}

bool Completeness::isAnswered(const Methodology::Field &field, const Answers &answers,
                              bool hasBudget)
{
    if (field.type == Methodology::FieldType::Budget)
        return hasBudget;
    const QJsonValue value = answers.value(field.qualifiedKey).value;
    if (field.type == Methodology::FieldType::Rows) {
        const QJsonArray rows = value.toArray();
        const auto filled = std::count_if(rows.begin(), rows.end(), [](const QJsonValue &row) {
            return !ProjectAnswers::isEmpty(row);
        });
        return filled >= std::max(1, field.minRows);
    }
    return !ProjectAnswers::isEmpty(value);
}

Completeness::Count Completeness::section(const Methodology::Section &section,
                                          const Answers &answers, bool hasBudget)
{
    Count count;
    for (const Methodology::Field &field : section.fields) {
        const bool answered = isAnswered(field, answers, hasBudget);
        ++count.total;
        count.answered += answered ? 1 : 0;
        if (field.required) {
            ++count.required;
            count.requiredAnswered += answered ? 1 : 0;
        }
    }
    return count;
}

Completeness::Count Completeness::project(const Methodology &methodology, const Answers &answers,
                                          bool hasBudget)
{
    Count count;
    for (const Methodology::Section &s : methodology.sections)
        count += section(s, answers, hasBudget);
    return count;
}

QStringList Completeness::missingRequired(const Methodology &methodology, const Answers &answers,
                                          bool hasBudget)
{
    QStringList missing;
    for (const Methodology::Section &s : methodology.sections) {
        for (const Methodology::Field &field : s.fields) {
            if (field.required && !isAnswered(field, answers, hasBudget))
                missing << field.label;
        }
    }
    return missing;
}
