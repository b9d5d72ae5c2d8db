#include "Holders.h"

#include "reference/Communes.h"

#include "storage/SqlValues.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using SqlValues::idOrNull;
using SqlValues::text;

namespace {

// Replaces every occurrence of the patterns in the strings of a JSON value.
QJsonValue scrub(const QJsonValue &value, const QList<QRegularExpression> &patterns,
                 const QString &replacement, bool *changed)
{
    if (value.isString()) {
        QString s = value.toString();
        const QString before = s;
        for (const QRegularExpression &pattern : patterns)
            s.replace(pattern, replacement);
        if (s != before)
            *changed = true;
        return s;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = scrub(array.at(i), patterns, replacement, changed);
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = scrub(it.value(), patterns, replacement, changed);
        return object;
    }
    return value;
}

} // namespace

QList<Holders::ConsentKind> Holders::consentKinds()
{
    return {ConsentKind::Contact, ConsentKind::PublishName, ConsentKind::Photos};
}

QString Holders::code(ConsentKind kind)
{
    switch (kind) {
    case ConsentKind::Contact:
        return QStringLiteral("contact");
    case ConsentKind::PublishName:
        return QStringLiteral("publish_name");
    case ConsentKind::Photos:
        return QStringLiteral("photos");
    }
    return {};
}

QString Holders::label(ConsentKind kind)
{
    switch (kind) {
    case ConsentKind::Contact:
        return tr("May be contacted by the Département");
    case ConsentKind::PublishName:
        return tr("Name may be published");
    case ConsentKind::Photos:
        return tr("Photos may be taken and used");
    }
    return {};
}

QString Holders::methodLabel(const QString &method)
{
    if (method == QLatin1String("paper_form"))
        return tr("paper form");
    if (method == QLatin1String("oral"))
        return tr("said aloud, noted by the facilitator");
    if (method == QLatin1String("registration_form"))
        return tr("registration form");
    return method;
}

QString Holders::Holder::displayName() const
{
    if (erased)
        return erasedName();
    const QString name = collective ? lastName : (firstName + QLatin1Char(' ') + lastName);
    return name.trimmed();
}

QString Holders::erasedName()
{
    return tr("Erased holder");
}

std::optional<Holders::Holder> Holders::holder(const Workspace &workspace, qint64 id)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "SELECT h.id, h.uuid, h.kind, h.first_name, h.last_name, h.organisation_id,"
        "       coalesce(o.name, ''), h.commune, h.email, h.phone, h.address, h.erased_at"
        "  FROM holders h LEFT JOIN organisations o ON o.id = h.organisation_id WHERE h.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Holder h;
    h.id = query.value(0).toLongLong();
    h.uuid = query.value(1).toString();
    h.collective = query.value(2).toString() == QLatin1String("collective");
    h.firstName = query.value(3).toString();
    h.lastName = query.value(4).toString();
    h.organisationId = query.value(5).toLongLong();
    h.organisationName = query.value(6).toString();
    h.commune = query.value(7).toString();
    h.email = query.value(8).toString();
    h.phone = query.value(9).toString();
    h.address = query.value(10).toString();
    h.erased = !query.value(11).isNull();

    query.prepare(
        QStringLiteral("SELECT kind, granted, given_at, method FROM consents WHERE holder_id = ?"));
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next()) {
            for (ConsentKind kind : consentKinds()) {
                if (code(kind) == query.value(0).toString())
                    h.consents << Consent{kind, query.value(1).toBool(),
                                          Timestamp::toDateTime(query.value(2).toString()),
                                          query.value(3).toString()};
            }
        }
    }
    return h;
}

QString Holders::problem(const Holder &holder)
{
    if (holder.collective
            ? holder.lastName.simplified().isEmpty()
            : holder.firstName.simplified().isEmpty() && holder.lastName.simplified().isEmpty())
        return holder.collective ? tr("A collective needs a name.")
                                 : tr("A holder needs a first name or a last name.");
    for (const QString &value : {holder.firstName, holder.lastName, holder.commune, holder.email,
                                 holder.phone, holder.address, holder.organisationName}) {
        if (value.size() > kMaxTextLength)
            return tr("“%1…” is too long (%2 characters at most).")
                .arg(value.left(20))
                .arg(kMaxTextLength);
    }
    const QString email = holder.email.trimmed();
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch())
        return tr("“%1” is not an e-mail address.").arg(email);
    static const QRegularExpression phonePattern(QStringLiteral("^[+0-9 .()/-]{6,25}$"));
    const QString phone = holder.phone.trimmed();
    if (!phone.isEmpty() && !phonePattern.match(phone).hasMatch())
        return tr("“%1” is not a phone number.").arg(phone);
    return {};
}

qint64 Holders::save(Workspace &workspace, const Holder &holder, QString *error)
{
    const QString problem = Holders::problem(holder);
    if (!problem.isEmpty()) {
        *error = problem;
        return -1;
    }
    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    const QString now = Timestamp::now();
    QSqlQuery query(db);

    qint64 organisationId = holder.organisationId;
    const QString organisationName = holder.organisationName.simplified();
    if (organisationId <= 0 && !organisationName.isEmpty()) {
        query.prepare(QStringLiteral(
            "SELECT id FROM organisations WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"));
        query.addBindValue(organisationName);
        if (query.exec() && query.next()) {
            organisationId = query.value(0).toLongLong();
        } else {
            query.prepare(QStringLiteral(
                "INSERT INTO organisations (uuid, name, created_at, updated_at, origin)"
                " VALUES (?, ?, ?, ?, ?)"));
            query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            query.addBindValue(organisationName);
            query.addBindValue(now);
            query.addBindValue(now);
            query.addBindValue(workspace.origin());
            if (!query.exec()) {
                *error = tr("The holder could not be saved: %1").arg(query.lastError().text());
                return -1;
            }
            organisationId = query.lastInsertId().toLongLong();
        }
    }

    if (holder.id > 0) {
        query.prepare(QStringLiteral(
            "UPDATE holders SET kind = ?, first_name = ?, last_name = ?, organisation_id = ?,"
            " commune = ?, commune_code = ?, email = ?, phone = ?, address = ?, updated_at = ?"
            " WHERE id = ? AND erased_at IS NULL"));
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO holders (kind, first_name, last_name, organisation_id, commune,"
            " commune_code, email, phone, address, updated_at, created_at, uuid, origin)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    query.addBindValue(holder.collective ? QStringLiteral("collective") : QStringLiteral("person"));
    query.addBindValue(holder.collective ? QStringLiteral("") : text(holder.firstName));
    query.addBindValue(text(holder.lastName));
    query.addBindValue(idOrNull(organisationId));
    query.addBindValue(text(holder.commune));
    query.addBindValue(text(Communes::codeOf(holder.commune)));
    query.addBindValue(text(holder.email).toLower());
    query.addBindValue(text(holder.phone));
    query.addBindValue(text(holder.address));
    query.addBindValue(now);
    SqlValues::bindIdentity(query, holder.id, now, workspace.origin());
    if (!query.exec()) {
        *error = tr("The holder could not be saved: %1").arg(query.lastError().text());
        return -1;
    }
    if (holder.id > 0 && query.numRowsAffected() == 0) {
        *error = tr("This holder was erased or no longer exists.");
        return -1;
    }
    const qint64 id = holder.id > 0 ? holder.id : query.lastInsertId().toLongLong();

    // Consents: a changed answer is a new consent, dated now; an unchanged one keeps its date.
    const std::optional<Holder> before =
        holder.id > 0 ? Holders::holder(workspace, id) : std::nullopt;
    for (const Consent &consent : holder.consents) {
        bool same = false;
        if (before) {
            for (const Consent &old : before->consents) {
                if (old.kind == consent.kind && old.granted == consent.granted &&
                    old.method == consent.method)
                    same = true;
            }
        }
        if (same)
            continue;
        query.prepare(QStringLiteral(
            "INSERT INTO consents (uuid, holder_id, kind, granted, given_at, method, created_at,"
            "                      updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (holder_id, kind) DO UPDATE SET granted = excluded.granted,"
            "   given_at = excluded.given_at, method = excluded.method,"
            "   updated_at = excluded.updated_at"));
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(id);
        query.addBindValue(code(consent.kind));
        query.addBindValue(consent.granted ? 1 : 0);
        query.addBindValue(consent.givenAt.isValid() ? Timestamp::fromDateTime(consent.givenAt)
                                                     : now);
        query.addBindValue(text(consent.method));
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(workspace.origin());
        if (!query.exec()) {
            *error =
                tr("The holder's consent could not be saved: %1").arg(query.lastError().text());
            return -1;
        }
    }
    workspace.notifyProjectsChanged(); // the list shows holders' names
    if (!transaction.commit()) {
        *error = tr("The holder could not be saved: %1").arg(db.lastError().text());
        return -1;
    }
    return id;
}

bool Holders::setConsent(Workspace &workspace, qint64 holderId, ConsentKind kind, bool granted,
                         const QString &method, QString *error)
{
    std::optional<Holder> h = holder(workspace, holderId);
    if (!h || h->erased) {
        *error = tr("This holder was erased or no longer exists.");
        return false;
    }
    QList<Consent> consents;
    consents << Consent{kind, granted, QDateTime::currentDateTimeUtc(), method};
    for (const Consent &c : h->consents) {
        if (c.kind != kind)
            consents << c;
    }
    h->consents = consents;
    return save(workspace, *h, error) > 0;
}

bool Holders::hasConsent(const Workspace &workspace, qint64 holderId, ConsentKind kind)
{
    QSqlQuery query(workspace.database());
    query.prepare(
        QStringLiteral("SELECT c.granted FROM consents c JOIN holders h ON h.id = c.holder_id"
                       " WHERE c.holder_id = ? AND c.kind = ? AND h.erased_at IS NULL"));
    query.addBindValue(holderId);
    query.addBindValue(code(kind));
    return query.exec() && query.next() && query.value(0).toBool();
}

bool Holders::erase(Workspace &workspace, qint64 holderId, QString *error)
{
    const std::optional<Holder> h = holder(workspace, holderId);
    if (!h) {
        *error = tr("This holder no longer exists.");
        return false;
    }
    if (h->erased)
        return true;

    // What identifies the person in free text: the name both ways round, e-mail, phone.
    QList<QRegularExpression> patterns;
    const auto addPattern = [&patterns](const QString &literal) {
        if (literal.simplified().size() >= 3)
            patterns << QRegularExpression(
                QStringLiteral("\\b%1\\b")
                    .arg(QRegularExpression::escape(literal.simplified())
                             .replace(QStringLiteral("\\ "), QStringLiteral("\\s+"))),
                QRegularExpression::CaseInsensitiveOption |
                    QRegularExpression::UseUnicodePropertiesOption);
    };
    if (h->collective) {
        addPattern(h->lastName);
    } else {
        addPattern(h->firstName + QLatin1Char(' ') + h->lastName);
        addPattern(h->lastName + QLatin1Char(' ') + h->firstName);
    }
    if (!h->email.isEmpty())
        patterns << QRegularExpression(QRegularExpression::escape(h->email),
                                       QRegularExpression::CaseInsensitiveOption);
    addPattern(h->phone);
    const QString replacement = tr("[erased]");

    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    const QString now = Timestamp::now();
    QSqlQuery query(db);
    const auto fail = [&](const QSqlQuery &q) {
        *error = tr("The holder could not be erased: %1").arg(q.lastError().text());
        return false;
    };

    // Their projects' answers and mirrored title and summary.
    QSqlQuery answers(db);
    answers.prepare(QStringLiteral("SELECT id, value FROM answers WHERE project_id IN ("
                                   "  SELECT project_id FROM project_holders WHERE holder_id = ?"
                                   "  UNION SELECT project_id FROM attendance WHERE holder_id = ? "
                                   "AND project_id IS NOT NULL)"));
    answers.addBindValue(holderId);
    answers.addBindValue(holderId);
    if (!answers.exec())
        return fail(answers);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE answers SET value = ?, updated_at = ? WHERE id = ?"));
    while (answers.next()) {
        const QByteArray wrapped = "[" + answers.value(1).toString().toUtf8() + "]";
        const QJsonDocument document = QJsonDocument::fromJson(wrapped);
        if (!document.isArray() || document.array().size() != 1)
            continue;
        bool changed = false;
        const QJsonValue value = scrub(document.array().at(0), patterns, replacement, &changed);
        if (!changed)
            continue;
        const QString json =
            QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        update.addBindValue(json.mid(1, json.size() - 2));
        update.addBindValue(now);
        update.addBindValue(answers.value(0).toLongLong());
        if (!update.exec())
            return fail(update);
    }
    QSqlQuery projects(db);
    projects.prepare(QStringLiteral(
        "SELECT p.id, p.title, p.summary FROM projects p"
        " WHERE p.id IN (SELECT project_id FROM project_holders WHERE holder_id = ?)"));
    projects.addBindValue(holderId);
    if (!projects.exec())
        return fail(projects);
    update.prepare(
        QStringLiteral("UPDATE projects SET title = ?, summary = ?, updated_at = ? WHERE id = ?"));
    while (projects.next()) {
        QString title = projects.value(1).toString();
        QString summary = projects.value(2).toString();
        const QString before = title + summary;
        for (const QRegularExpression &pattern : patterns) {
            title.replace(pattern, replacement);
            summary.replace(pattern, replacement);
        }
        if (title + summary == before)
            continue;
        update.addBindValue(title);
        update.addBindValue(summary);
        update.addBindValue(now);
        update.addBindValue(projects.value(0).toLongLong());
        if (!update.exec())
            return fail(update);
    }

    query.prepare(QStringLiteral("DELETE FROM consents WHERE holder_id = ?"));
    query.addBindValue(holderId);
    if (!query.exec())
        return fail(query);
    query.prepare(
        QStringLiteral("UPDATE holders SET first_name = '', last_name = '', email = '', phone = '',"
                       " address = '', erased_at = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(holderId);
    if (!query.exec())
        return fail(query);
    if (!transaction.commit()) {
        *error = tr("The holder could not be erased: %1").arg(db.lastError().text());
        return false;
    }
    workspace.notifyProjectsChanged();
    return true;
}

QString Holders::publicName(const Workspace &workspace, qint64 holderId)
{
    if (!hasConsent(workspace, holderId, ConsentKind::PublishName))
        return {};
    const std::optional<Holder> h = holder(workspace, holderId);
    return h ? h->displayName() : QString();
}

QList<Holders::Holder> Holders::ofProject(const Workspace &workspace, qint64 projectId)
{
    QList<Holder> result;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT holder_id FROM project_holders WHERE project_id = ?"
                                 " ORDER BY is_lead DESC, position"));
    query.addBindValue(projectId);
    if (!query.exec())
        return result;
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    for (qint64 id : ids) {
        if (std::optional<Holder> h = holder(workspace, id))
            result << *h;
    }
    return result;
}

QStringList Holders::publicNamesOfProject(const Workspace &workspace, qint64 projectId)
{
    QStringList names;
    Workspace::Statement statement = workspace.statement(QStringLiteral(
        "SELECT h.kind, h.first_name, h.last_name,"
        "       h.erased_at IS NULL AND EXISTS (SELECT 1 FROM consents c WHERE c.holder_id = h.id"
        "                                          AND c.kind = ? AND c.granted = 1)"
        "  FROM project_holders ph JOIN holders h ON h.id = ph.holder_id"
        " WHERE ph.project_id = ? ORDER BY ph.is_lead DESC, ph.position"));
    QSqlQuery &query = statement.query();
    query.addBindValue(code(ConsentKind::PublishName));
    query.addBindValue(projectId);
    if (!query.exec())
        return names;
    while (query.next()) {
        if (!query.value(3).toBool()) {
            names << QString();
            continue;
        }
        Holder h;
        h.collective = query.value(0).toString() == QLatin1String("collective");
        h.firstName = query.value(1).toString();
        h.lastName = query.value(2).toString();
        names << h.displayName();
    }
    return names;
}

QList<Holders::Project> Holders::projects(const Workspace &workspace, qint64 holderId)
{
    QList<Project> result;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT p.id, p.title, ph.is_lead FROM project_holders ph"
                                 "  JOIN projects p ON p.id = ph.project_id"
                                 " WHERE ph.holder_id = ? ORDER BY p.updated_at DESC, p.id DESC"));
    query.addBindValue(holderId);
    if (query.exec()) {
        while (query.next())
            result.append(
                {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool()});
    }
    return result;
}

bool Holders::linkToProject(Workspace &workspace, qint64 holderId, qint64 projectId, QString *error)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO project_holders (project_id, holder_id, is_lead, position)"
        " SELECT ?, ?,"
        "        NOT EXISTS (SELECT 1 FROM project_holders WHERE project_id = ? AND is_lead = 1),"
        "        (SELECT coalesce(max(position) + 1, 0) FROM project_holders WHERE project_id = "
        "?)"));
    query.addBindValue(projectId);
    query.addBindValue(holderId);
    query.addBindValue(projectId);
    query.addBindValue(projectId);
    if (!query.exec()) {
        *error =
            tr("The holder could not be linked to the project: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

QString Holders::emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

QString Holders::nameKey(const QString &firstName, const QString &lastName, const QString &commune)
{
    const QString name = TextFolding::fold(firstName + QLatin1Char(' ') + lastName).simplified();
    if (name.isEmpty())
        return {};
    return name + QLatin1Char('|') + TextFolding::fold(commune).simplified();
}

Holders::DuplicateIndex::DuplicateIndex(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, first_name, last_name, commune, email FROM holders"
                                   " WHERE erased_at IS NULL")))
        return;
    while (query.next()) {
        Holder h;
        h.firstName = query.value(1).toString();
        h.lastName = query.value(2).toString();
        h.commune = query.value(3).toString();
        h.email = query.value(4).toString();
        add(query.value(0).toLongLong(), h);
    }
}

void Holders::DuplicateIndex::add(qint64 id, const Holder &holder)
{
    const QString email = emailKey(holder.email);
    if (!email.isEmpty())
        m_byEmail.insert(email, id);
    const QString name = nameKey(holder.firstName, holder.lastName, holder.commune);
    if (!name.isEmpty())
        m_byName.insert(name, id);
}

QList<qint64> Holders::DuplicateIndex::find(const Holder &holder) const
{
    QList<qint64> result;
    const QString email = emailKey(holder.email);
    if (!email.isEmpty())
        result << m_byEmail.values(email);
    const QString name = nameKey(holder.firstName, holder.lastName, holder.commune);
    if (!name.isEmpty()) {
        for (qint64 id : m_byName.values(name)) {
            if (!result.contains(id))
                result << id;
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

QList<qint64> Holders::duplicatesOf(const Workspace &workspace, const Holder &holder)
{
    QList<qint64> result = DuplicateIndex(workspace).find(holder);
    result.removeAll(holder.id);
    return result;
}
