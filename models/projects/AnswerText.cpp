#include "AnswerText.h"

#include "reference/CommuneValue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace {

QString render(const QJsonValue &value, const AnswerText::Style &style)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double:
        return AnswerText::number(value.toDouble(), style.numbers);
    case QJsonValue::Bool:
        return value.toBool() ? AnswerText::tr("yes") : AnswerText::tr("no");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            const QString text = render(item, style);
            if (!text.isEmpty())
                parts << text;
        }
        return parts.join(style.listSeparator);
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (CommuneValue::isCommune(object))
            return object.value(QLatin1String("name")).toString().trimmed();
        QStringList parts;
        for (const QJsonValue &item : object) {
            const QString text = render(item, style);
            if (!text.isEmpty())
                parts << text;
        }
        return parts.join(style.objectSeparator);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QString AnswerText::plain(const QJsonValue &answer, const Style &style)
{
    return render(answer, style);
}

QString AnswerText::number(double value, Numbers numbers)
{
    const bool whole = std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15;
    if (numbers == Numbers::Plain)
        return whole ? QString::number(qint64(value)) : QString::number(value, 'g', 12);
    return whole ? QLocale().toString(qint64(value)) : QLocale().toString(value, 'g', 12);
}
