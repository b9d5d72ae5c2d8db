#include "ProjectSnapshot.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject only(const QJsonObject &record, std::initializer_list<const char *> keys)
{
    QJsonObject result;
    for (const char *key : keys)
        result.insert(QLatin1String(key), record.value(QLatin1String(key)));
    return result;
}

// A list of records as sorted lines, so that its order in the file does not matter.
QByteArray sortedLines(const QJsonArray &records, std::initializer_list<const char *> keys)
{
    QList<QByteArray> lines;
    lines.reserve(records.size());
    for (const QJsonValue &record : records)
        lines << compact(only(record.toObject(), keys));
    std::sort(lines.begin(), lines.end());
    return lines.join('\n');
}

} // namespace

QString ProjectSnapshot::hash() const
{
    QJsonObject own = project;
    for (const char *key : {"createdAt", "updatedAt", "origin", "history"})
        own.remove(QLatin1String(key));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(QByteArrayView("project\n"));
    sha.addData(compact(own));
    sha.addData(QByteArrayView("\nanswers\n"));
    sha.addData(sortedLines(answers, {"key", "value", "methodologyCode", "methodologyVersion"}));
    sha.addData(QByteArrayView("\nbudgetLines\n"));
    sha.addData(sortedLines(budgetLines, {"kind", "position", "category", "label", "amountCents"}));
    sha.addData(QByteArrayView("\nholders\n"));
    sha.addData(sortedLines(holders, {"holder", "lead", "position"}));
    return QString::fromLatin1(sha.result().toHex().left(kHashLength));
}

QHash<QString, ProjectSnapshot> ProjectSnapshot::fromContent(const QJsonObject &content)
{
    QHash<QString, ProjectSnapshot> result;
    const QJsonArray projects = content.value(QLatin1String("projects")).toArray();
    result.reserve(projects.size());
    for (const QJsonValue &v : projects) {
        QJsonObject project = v.toObject();
        project.remove(QLatin1String("history"));
        result[project.value(QLatin1String("uuid")).toString()].project = project;
    }
    const auto collect = [&](const char *list, QJsonArray ProjectSnapshot::*into) {
        for (const QJsonValue &v : content.value(QLatin1String(list)).toArray()) {
            const QString uuid = v.toObject().value(QLatin1String("project")).toString();
            const auto it = result.find(uuid);
            if (it != result.end())
                ((*it).*into).append(v);
        }
    };
    collect("answers", &ProjectSnapshot::answers);
    collect("budgetLines", &ProjectSnapshot::budgetLines);
    collect("projectHolders", &ProjectSnapshot::holders);
    return result;
}
