#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// A commune as an answer stores it: {"code": "62588", "name": "Montreuil-sur-Mer"}, the INSEE
// code with the name, so that a renamed or merged commune stays recognised. A name that the list
// of communes does not know is stored as written, a plain string; so are the answers written
// before codes were stored. A commune field holds one of these, or an array of them.
namespace CommuneValue {

struct Entry
{
    QString code; // empty when the name is not one of the department's communes
    QString name;
    bool operator==(const Entry &other) const { return code == other.code && name == other.name; }
};

// The communes of a value: objects as they are, strings matched by name (current or former)
// to find their code; empty names left out.
QList<Entry> entries(const QJsonValue &value);
// What a commune typed or chosen becomes: the department's commune with its current name when
// the text names one (now or formerly), the text as written otherwise.
Entry fromTyped(const QString &text);
QJsonValue toJson(const Entry &entry);
QJsonValue toJson(const QList<Entry> &entries, bool multiple);
// Whether an object is a commune ({"code", "name"} and nothing else).
bool isCommune(const QJsonObject &object);
// The value with each commune object replaced by its name, for texts made of answers.
QJsonValue withNames(const QJsonValue &value);
// The names of the communes of a value, joined by ", ".
QString text(const QJsonValue &value);

} // namespace CommuneValue
