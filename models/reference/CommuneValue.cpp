#include "CommuneValue.h"

#include "Communes.h"

#include <QJsonArray>
#include <QStringList>

namespace CommuneValue {

namespace {

const QLatin1String kCode("code");
const QLatin1String kName("name");

void append(const QJsonValue &value, QList<Entry> *out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(kName).toString().trimmed();
        const QString code = object.value(kCode).toString().trimmed();
        if (!name.isEmpty() || !code.isEmpty())
            out->append({code, name});
    } else if (value.isString()) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return;
        const Communes::Match match = Communes::find(name);
        out->append({match ? match.commune->code : QString(), name});
    }
}

} // namespace

QList<Entry> entries(const QJsonValue &value)
{
    QList<Entry> result;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            append(v, &result);
    } else {
        append(value, &result);
    }
    return result;
}

Entry fromTyped(const QString &text)
{
    const QString trimmed = text.trimmed();
    const Communes::Match match = Communes::find(trimmed);
    if (!match)
        return {QString(), trimmed};
    return {match.commune->code, match.commune->name};
}

QJsonValue toJson(const Entry &entry)
{
    if (entry.code.isEmpty())
        return entry.name;
    return QJsonObject{{kCode, entry.code}, {kName, entry.name}};
}

QJsonValue toJson(const QList<Entry> &entries, bool multiple)
{
    if (!multiple)
        return entries.isEmpty() ? QJsonValue(QString()) : toJson(entries.first());
    QJsonArray array;
    for (const Entry &entry : entries)
        array.append(toJson(entry));
    return array;
}

bool isCommune(const QJsonObject &object)
{
    return object.size() == 2 && object.value(kCode).isString() && object.value(kName).isString();
}

QJsonValue withNames(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (isCommune(object))
            return object.value(kName);
        QJsonObject result;
        for (auto it = object.begin(); it != object.end(); ++it)
            result.insert(it.key(), withNames(it.value()));
        return result;
    }
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &v : value.toArray())
            result.append(withNames(v));
        return result;
    }
    return value;
}

QString text(const QJsonValue &value)
{
    QStringList names;
    for (const Entry &entry : entries(value))
        names << entry.name;
    return names.join(QStringLiteral(", "));
}

} // namespace CommuneValue
