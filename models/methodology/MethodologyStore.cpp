#include "MethodologyStore.h"

#include "storage/StableUuid.h"
#include "storage/Timestamp.h"
#include "storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

qint64 MethodologyStore::store(Workspace &workspace, const Methodology &methodology, QString *error)
{
    QSqlQuery query(workspace.database());
    query.prepare(
        QStringLiteral("SELECT id, definition FROM methodologies WHERE code = ? AND version = ?"));
    query.addBindValue(methodology.code);
    query.addBindValue(methodology.version);
    if (!query.exec()) {
        *error = tr("The methodology cannot be stored: %1").arg(query.lastError().text());
        return -1;
    }
    if (query.next()) {
        if (query.value(1).toString().toUtf8() != methodology.source) {
            *error = tr("The workspace already holds a different “%1”, version %2. A changed "
                        "definition needs a new version number.")
                         .arg(methodology.name)
                         .arg(methodology.version);
            return -1;
        }
        return query.value(0).toLongLong();
    }
    const QString now = Timestamp::now();
    QSqlQuery insert(workspace.database());
    insert.prepare(QStringLiteral("INSERT INTO methodologies (uuid, code, version, name, "
                                  "definition, created_at, updated_at, origin)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // Every workspace gives a methodology version the same identity (merging files adds it once).
    insert.addBindValue(StableUuid::methodology(methodology.code, methodology.version));
    insert.addBindValue(methodology.code);
    insert.addBindValue(methodology.version);
    insert.addBindValue(methodology.name);
    insert.addBindValue(QString::fromUtf8(methodology.source));
    insert.addBindValue(now);
    insert.addBindValue(now);
    insert.addBindValue(workspace.origin());
    if (!insert.exec()) {
        *error = tr("The methodology cannot be stored: %1").arg(insert.lastError().text());
        return -1;
    }
    return insert.lastInsertId().toLongLong();
}

std::optional<Methodology> MethodologyStore::load(const Workspace &workspace, qint64 id,
                                                  QString *error)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT definition FROM methodologies WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().isValid()
                     ? tr("The methodology cannot be read: %1").arg(query.lastError().text())
                     : tr("This methodology is not in the workspace.");
        return std::nullopt;
    }
    QStringList errors;
    std::optional<Methodology> methodology =
        Methodology::parse(query.value(0).toString().toUtf8(), &errors);
    if (!methodology)
        *error = tr("The methodology stored in the workspace is damaged: %1").arg(errors.value(0));
    return methodology;
}

QList<MethodologyStore::Entry> MethodologyStore::list(const Workspace &workspace, QString *error)
{
    QSqlQuery query(workspace.database());
    QList<Entry> entries;
    if (!query.exec(QStringLiteral(
            "SELECT id, code, version, name FROM methodologies ORDER BY code, version"))) {
        *error = tr("The methodologies cannot be read: %1").arg(query.lastError().text());
        return entries;
    }
    while (query.next())
        entries.append({query.value(0).toLongLong(), query.value(1).toString(),
                        query.value(2).toInt(), query.value(3).toString()});
    return entries;
}

std::optional<MethodologyStore::Entry> MethodologyStore::latest(const Workspace &workspace,
                                                                const QString &code, QString *error)
{
    std::optional<Entry> newest;
    for (const Entry &entry : list(workspace, error)) {
        if (entry.code == code && (!newest || entry.version > newest->version))
            newest = entry;
    }
    return newest;
}
