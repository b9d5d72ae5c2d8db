#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

// Reading the fields of JSON objects the exchange formats are made of.
namespace JsonFields {

// The field's text: empty when it is absent or not a string.
inline QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace JsonFields
