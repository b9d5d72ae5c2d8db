#include "CommuneCodes.h"

#include "Communes.h"
#include "CommuneValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error =
        CommuneCodes::tr("The communes could not be matched: %1").arg(query.lastError().text());
    return false;
}

// An answer's value as text, and back (a single JSON value: QJsonDocument wants a container).
QJsonValue parse(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
    return document.isArray() ? document.array().at(0) : QJsonValue();
}

QString serialise(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// The same value with each commune the list knows given its code; names stay as written.
QJsonValue withCodes(const QJsonValue &value)
{
    const auto one = [](const QJsonValue &v) -> QJsonValue {
        if (!v.isString())
            return v;
        const QString name = v.toString().trimmed();
        const Communes::Match match = Communes::find(name);
        return match ? CommuneValue::toJson({match.commune->code, name}) : v;
    };
    if (!value.isArray())
        return one(value);
    QJsonArray result;
    for (const QJsonValue &v : value.toArray())
        result.append(one(v));
    return result;
}

} // namespace

QStringList CommuneCodes::communeFieldKeys(QSqlDatabase db)
{
    QSet<QString> keys;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT definition FROM methodologies"))) {
        while (query.next()) {
            const QJsonObject definition =
                QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
            for (const QJsonValue &s : definition.value(QLatin1String("sections")).toArray()) {
                const QJsonObject section = s.toObject();
                for (const QJsonValue &f : section.value(QLatin1String("fields")).toArray()) {
                    const QJsonObject field = f.toObject();
                    if (field.value(QLatin1String("type")).toString() == QLatin1String("commune"))
                        keys.insert(section.value(QLatin1String("key")).toString() +
                                    QLatin1Char('.') +
                                    field.value(QLatin1String("key")).toString());
                }
            }
        }
    }
    keys.insert(QStringLiteral("public.communes")); // the project row's own commune
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    return sorted;
}

bool CommuneCodes::fillInRows(QSqlDatabase db, QString *error)
{
    // The distinct names first (a few hundred), matched here; then one pass over each table
    // through a temporary table of the matches: an UPDATE per name would read a department's
    // 100,000 projects once per name.
    QSqlQuery query(db);
    const QStringList tables = {QStringLiteral("projects"), QStringLiteral("holders"),
                                QStringLiteral("venues")};
    QSet<QString> names;
    for (const QString &table : tables) {
        query.prepare(QStringLiteral("SELECT DISTINCT commune FROM %1"
                                     " WHERE commune <> '' AND commune_code = ''")
                          .arg(table));
        if (!exec(query, error))
            return false;
        while (query.next())
            names.insert(query.value(0).toString());
    }
    if (names.isEmpty())
        return true;
    query.finish();
    query.prepare(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS commune_match"
                                 " (name TEXT PRIMARY KEY, code TEXT NOT NULL) WITHOUT ROWID"));
    if (!exec(query, error))
        return false;
    const auto dropMatches = qScopeGuard(
        [db] { QSqlQuery(db).exec(QStringLiteral("DROP TABLE IF EXISTS temp.commune_match")); });
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO temp.commune_match VALUES (?, ?)"));
    int matched = 0;
    for (const QString &name : std::as_const(names)) {
        const Communes::Match match = Communes::find(name);
        if (!match)
            continue;
        query.addBindValue(name);
        query.addBindValue(match.commune->code);
        if (!exec(query, error))
            return false;
        ++matched;
    }
    if (matched == 0)
        return true;
    for (const QString &table : tables) {
        query.prepare(QStringLiteral("UPDATE %1 SET commune_code = m.code FROM temp.commune_match m"
                                     " WHERE m.name = %1.commune AND %1.commune_code = ''")
                          .arg(table));
        if (!exec(query, error))
            return false;
    }
    query.finish();
    return true;
}

bool CommuneCodes::fillIn(QSqlDatabase db, QString *error)
{
    if (!fillInRows(db, error))
        return false;

    // The answers of commune fields.
    const QStringList keys = communeFieldKeys(db);
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT id, value FROM answers WHERE field_key IN (%1)")
                       .arg(QStringList(keys.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const QString &key : keys)
        select.addBindValue(key);
    if (!exec(select, error))
        return false;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE answers SET value = ? WHERE id = ?"));
    while (select.next()) {
        const QJsonValue before = parse(select.value(1).toString());
        const QJsonValue after = withCodes(before);
        if (after == before)
            continue;
        update.addBindValue(serialise(after));
        update.addBindValue(select.value(0));
        if (!exec(update, error))
            return false;
    }
    return true;
}

Result<QList<CommuneCodes::Unrecognised>> CommuneCodes::unrecognised(QSqlDatabase db)
{
    QList<Unrecognised> result;
    QSet<QPair<qint64, QString>> seen;

    const QStringList keys = communeFieldKeys(db);
    QSqlQuery answers(db);
    // Only values holding a plain name can hold one the list does not know.
    answers.prepare(QStringLiteral("SELECT a.project_id, p.title, a.field_key, a.value"
                                   "  FROM answers a JOIN projects p ON p.id = a.project_id"
                                   " WHERE a.field_key IN (%1) AND a.value LIKE '%\"%' "
                                   " ORDER BY p.title COLLATE NOCASE, a.field_key")
                        .arg(QStringList(keys.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const QString &key : keys)
        answers.addBindValue(key);
    if (!answers.exec())
        return Failure{tr("The communes could not be read: %1").arg(answers.lastError().text())};
    while (answers.next()) {
        const qint64 project = answers.value(0).toLongLong();
        for (const CommuneValue::Entry &entry :
             CommuneValue::entries(parse(answers.value(3).toString()))) {
            if (!entry.code.isEmpty() || seen.contains({project, entry.name}))
                continue;
            seen.insert({project, entry.name});
            result.append({Unrecognised::Kind::Project, project, answers.value(1).toString(),
                           answers.value(2).toString(), entry.name});
        }
    }

    // A project's own commune with no answer row, and the comptoirs.
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral(
            "SELECT 0, id, title, commune FROM projects WHERE commune <> '' AND commune_code = ''"
            " UNION ALL SELECT 1, id, name, commune FROM venues"
            "  WHERE commune <> '' AND commune_code = ''")))
        return Failure{tr("The communes could not be read: %1").arg(rows.lastError().text())};
    while (rows.next()) {
        const bool venue = rows.value(0).toInt() == 1;
        const qint64 id = rows.value(1).toLongLong();
        const QString name = rows.value(3).toString();
        if (Communes::find(name) || (!venue && seen.contains({id, name})))
            continue;
        result.append({venue ? Unrecognised::Kind::Venue : Unrecognised::Kind::Project, id,
                       rows.value(2).toString(),
                       venue ? QString() : QStringLiteral("public.communes"), name});
    }
    return result;
}
