#include "ProjectAnswers.h"

#include "reference/CommuneValue.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// A single JSON value as text (QJsonDocument only serialises arrays and objects).
QString toJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue fromJson(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
    return document.isArray() ? document.array().at(0) : QJsonValue();
}

struct Mirror
{
    const char *key;
    const char *column;
};

// Keep in step with mirroredValue() and the SELECT in readMirrored().
constexpr Mirror kMirrors[] = {
    {"idee.titre", "title"},
    {"idee.resume", "summary"},
    {"idee.theme", "theme"},
    {"public.communes", "commune"},
    {"budget.montant_demande", "amount_requested_cents"},
};

// What the project row holds for an answer (the commune, with its code, is written apart).
QVariant mirroredValue(const QString &column, const QJsonValue &value)
{
    if (column == QLatin1String("amount_requested_cents"))
        return value.isDouble() ? std::max<qint64>(0, qRound64(value.toDouble() * 100)) : 0;
    // A null QString would bind as SQL NULL, which the NOT NULL columns refuse.
    return QString(QStringLiteral("") + value.toString().trimmed());
}

// The answers a project row holds without an answer row.
void readMirrored(const Workspace &workspace, qint64 projectId,
                  QHash<QString, ProjectAnswers::Answer> *answers)
{
    Workspace::Statement statement = workspace.statement(
        QStringLiteral("SELECT title, summary, theme, commune, amount_requested_cents,"
                       " updated_at, commune_code FROM projects WHERE id = ?"));
    QSqlQuery &query = statement.query();
    query.addBindValue(projectId);
    if (!query.exec() || !query.next())
        return;
    const QString updatedAt = query.value(5).toString();
    for (int i = 0; i < 5; ++i) {
        const QString key = QLatin1String(kMirrors[i].key);
        if (answers->contains(key))
            continue;
        QJsonValue value;
        if (i == 4) {
            const qint64 cents = query.value(i).toLongLong();
            if (cents > 0)
                value = double(cents) / 100.0;
        } else if (i == 3) {
            const QString commune = query.value(i).toString();
            if (!commune.isEmpty())
                value = QJsonArray{CommuneValue::toJson({query.value(6).toString(), commune})};
        } else {
            const QString text = query.value(i).toString();
            if (!text.isEmpty())
                value = text;
        }
        if (!value.isNull()) // a default QJsonValue is null
            answers->insert(key, {value, QString(), 0, updatedAt});
    }
}

} // namespace

QString ProjectAnswers::mirroredColumn(const QString &key)
{
    for (const Mirror &mirror : kMirrors) {
        if (key == QLatin1String(mirror.key))
            return QLatin1String(mirror.column);
    }
    return {};
}

bool ProjectAnswers::isEmpty(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        return std::all_of(object.begin(), object.end(),
                           [](const QJsonValue &v) { return isEmpty(v); });
    }
    default:
        return false;
    }
}

QHash<QString, ProjectAnswers::Answer> ProjectAnswers::all(const Workspace &workspace,
                                                           qint64 projectId, QString *error)
{
    QHash<QString, Answer> answers;
    Workspace::Statement statement = workspace.statement(
        QStringLiteral("SELECT field_key, value, methodology_code, methodology_version, updated_at"
                       "  FROM answers WHERE project_id = ?"));
    QSqlQuery &query = statement.query();
    query.addBindValue(projectId);
    if (!query.exec()) {
        *error = tr("The answers cannot be read: %1").arg(query.lastError().text());
        return answers;
    }
    while (query.next())
        answers.insert(query.value(0).toString(),
                       {fromJson(query.value(1).toString()), query.value(2).toString(),
                        query.value(3).toInt(), query.value(4).toString()});
    readMirrored(workspace, projectId, &answers);
    return answers;
}

QJsonValue ProjectAnswers::value(const Workspace &workspace, qint64 projectId, const QString &key)
{
    QSqlQuery query(workspace.database());
    query.prepare(
        QStringLiteral("SELECT value FROM answers WHERE project_id = ? AND field_key = ?"));
    query.addBindValue(projectId);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return fromJson(query.value(0).toString());
    if (mirroredColumn(key).isEmpty())
        return {};
    QHash<QString, Answer> mirrored;
    readMirrored(workspace, projectId, &mirrored);
    return mirrored.value(key).value;
}

bool ProjectAnswers::write(Workspace &workspace, qint64 projectId, const QString &key,
                           const QJsonValue &value, const QString &methodologyCode,
                           int methodologyVersion, QString *error)
{
    QSqlDatabase db = workspace.database();
    const QString now = Timestamp::now();
    Transaction transaction(db);
    QSqlQuery query(db);
    // A project removed meanwhile (merged, deleted elsewhere) is said so, in words.
    query.prepare(QStringLiteral("SELECT 1 FROM projects WHERE id = ?"));
    query.addBindValue(projectId);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().isValid()
                     ? tr("The answer could not be saved: %1").arg(query.lastError().text())
                     : tr("This project no longer exists.");
        return false;
    }
    query.finish();
    bool ok;
    if (isEmpty(value)) {
        query.prepare(QStringLiteral("DELETE FROM answers WHERE project_id = ? AND field_key = ?"));
        query.addBindValue(projectId);
        query.addBindValue(key);
        ok = query.exec();
    } else {
        // One row per project and field: an edit keeps the answer's identity (uuid, created_at).
        query.prepare(QStringLiteral(
            "INSERT INTO answers (uuid, project_id, field_key, value, methodology_code, "
            "methodology_version,"
            "                     created_at, updated_at, origin)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (project_id, field_key) DO UPDATE SET value = excluded.value,"
            "   methodology_code = excluded.methodology_code,"
            "   methodology_version = excluded.methodology_version, updated_at = "
            "excluded.updated_at"));
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(projectId);
        query.addBindValue(key);
        query.addBindValue(toJson(value));
        query.addBindValue(methodologyCode);
        query.addBindValue(methodologyVersion);
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(workspace.origin());
        ok = query.exec();
    }
    if (!ok) {
        *error = tr("The answer could not be saved: %1").arg(query.lastError().text());
        return false;
    }
    QSqlQuery touch(db);
    const QString column = mirroredColumn(key);
    if (column.isEmpty()) {
        touch.prepare(QStringLiteral("UPDATE projects SET updated_at = ? WHERE id = ?"));
    } else if (column == QLatin1String("commune")) {
        // The main commune with its INSEE code: what the territory filters read.
        const QList<CommuneValue::Entry> communes = CommuneValue::entries(value);
        const CommuneValue::Entry first = communes.value(0);
        touch.prepare(QStringLiteral(
            "UPDATE projects SET commune = ?, commune_code = ?, updated_at = ? WHERE id = ?"));
        touch.addBindValue(QString(QStringLiteral("") + first.name));
        touch.addBindValue(QString(QStringLiteral("") + first.code));
    } else {
        touch.prepare(
            QStringLiteral("UPDATE projects SET %1 = ?, updated_at = ? WHERE id = ?").arg(column));
        touch.addBindValue(mirroredValue(column, value));
    }
    touch.addBindValue(now);
    touch.addBindValue(projectId);
    if (!touch.exec()) {
        *error = tr("The answer could not be saved: %1").arg(touch.lastError().text());
        return false;
    }
    if (touch.numRowsAffected() != 1) {
        *error = tr("This project no longer exists.");
        return false;
    }
    workspace.notifyAnswerChanged(projectId, key);
    if (!column.isEmpty()) // the project's own row changed too (its title, commune…)
        workspace.notifyProjectChanged(projectId);
    if (!transaction.commit()) {
        *error = tr("The answer could not be saved: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}
