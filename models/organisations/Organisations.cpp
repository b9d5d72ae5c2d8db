#include "Organisations.h"

#include "organisations/Identifiers.h"
#include "reference/Communes.h"
#include "storage/SqlValues.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace {

struct Form
{
    const char *code;
    const char *label;
    bool essByLaw;
};

constexpr std::array<Form, 11> kForms = {{
    {"association", QT_TRANSLATE_NOOP("Organisations", "Association (loi 1901)"), true},
    {"scop", QT_TRANSLATE_NOOP("Organisations", "SCOP (société coopérative et participative)"), true},
    {"scic", QT_TRANSLATE_NOOP("Organisations", "SCIC (société coopérative d'intérêt collectif)"),
     true},
    {"cooperative", QT_TRANSLATE_NOOP("Organisations", "Other cooperative"), true},
    {"mutual", QT_TRANSLATE_NOOP("Organisations", "Mutual"), true},
    {"foundation", QT_TRANSLATE_NOOP("Organisations", "Foundation"), true},
    {"esus_company", QT_TRANSLATE_NOOP("Organisations", "ESUS company (approved)"), false},
    {"company", QT_TRANSLATE_NOOP("Organisations", "Commercial company"), false},
    {"collective", QT_TRANSLATE_NOOP("Organisations", "Collective without statutes"), false},
    {"public", QT_TRANSLATE_NOOP("Organisations", "Local authority or public body"), false},
    {"other", QT_TRANSLATE_NOOP("Organisations", "Other"), false},
}};

const Form *form(const QString &code)
{
    for (const Form &f : kForms) {
        if (code == QLatin1String(f.code))
            return &f;
    }
    return nullptr;
}

using SqlValues::text;

// Not simplified (notes keep their lines), but never null: the columns are NOT NULL.
QString kept(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value.trimmed();
}

QStringList split(const QString &joined)
{
    return joined.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString failed(const QString &what, const QSqlQuery &query)
{
    return Organisations::tr("%1: %2").arg(what, query.lastError().text());
}

} // namespace

QStringList Organisations::legalForms()
{
    QStringList codes;
    for (const Form &f : kForms)
        codes << QLatin1String(f.code);
    return codes;
}

QString Organisations::legalFormLabel(const QString &legalForm)
{
    const Form *f = form(legalForm);
    return f ? tr(f->label) : legalForm;
}

QString Organisations::legalFormCode(const QString &typed)
{
    if (form(typed))
        return typed;
    const QString t = typed.toLower();
    if (t.isEmpty())
        return {};
    if (t.contains(QLatin1String("scic")))
        return QStringLiteral("scic");
    if (t.contains(QLatin1String("scop")))
        return QStringLiteral("scop");
    if (t.startsWith(QLatin1String("association")))
        return QStringLiteral("association");
    if (t.startsWith(QLatin1String("collectif")))
        return QStringLiteral("collective");
    if (t.startsWith(QLatin1String("coop")))
        return QStringLiteral("cooperative");
    if (t.startsWith(QLatin1String("mutuelle")))
        return QStringLiteral("mutual");
    if (t.startsWith(QLatin1String("fondation")))
        return QStringLiteral("foundation");
    if (t.contains(QLatin1String("esus")))
        return QStringLiteral("esus_company");
    if (t.startsWith(QLatin1String("entreprise")))
        return QStringLiteral("company");
    return {};
}

bool Organisations::essByLaw(const QString &legalForm)
{
    const Form *f = form(legalFormCode(legalForm));
    return f && f->essByLaw;
}

QList<Organisations::EssStatus> Organisations::essStatuses()
{
    return {EssStatus::Unknown, EssStatus::ByLaw, EssStatus::Esus, EssStatus::EssCompany,
            EssStatus::NotEss};
}

QString Organisations::code(EssStatus status)
{
    switch (status) {
    case EssStatus::Unknown:
        return {};
    case EssStatus::ByLaw:
        return QStringLiteral("by_law");
    case EssStatus::Esus:
        return QStringLiteral("esus");
    case EssStatus::EssCompany:
        return QStringLiteral("ess_company");
    case EssStatus::NotEss:
        return QStringLiteral("not_ess");
    }
    return {};
}

Organisations::EssStatus Organisations::essStatusFromCode(const QString &code)
{
    for (EssStatus s : essStatuses()) {
        if (Organisations::code(s) == code)
            return s;
    }
    return EssStatus::Unknown;
}

QString Organisations::label(EssStatus status)
{
    switch (status) {
    case EssStatus::Unknown:
        return tr("Not verified");
    case EssStatus::ByLaw:
        return tr("Of the ESS by its legal form");
    case EssStatus::Esus:
        return tr("ESUS approval");
    case EssStatus::EssCompany:
        return tr("ESS company (law of 31 July 2014)");
    case EssStatus::NotEss:
        return tr("Not of the ESS");
    }
    return {};
}

QList<Organisations::DirectoryKind> Organisations::directoryKinds()
{
    return {DirectoryKind::Financer, DirectoryKind::Partner, DirectoryKind::EssAmbassador,
            DirectoryKind::Collectivity};
}

QString Organisations::code(DirectoryKind kind)
{
    switch (kind) {
    case DirectoryKind::None:
        return {};
    case DirectoryKind::Financer:
        return QStringLiteral("financer");
    case DirectoryKind::Partner:
        return QStringLiteral("partner");
    case DirectoryKind::EssAmbassador:
        return QStringLiteral("ess_ambassador");
    case DirectoryKind::Collectivity:
        return QStringLiteral("collectivity");
    }
    return {};
}

Organisations::DirectoryKind Organisations::directoryKindFromCode(const QString &code)
{
    for (DirectoryKind k : directoryKinds()) {
        if (Organisations::code(k) == code)
            return k;
    }
    return DirectoryKind::None;
}

QString Organisations::label(DirectoryKind kind)
{
    switch (kind) {
    case DirectoryKind::None:
        return tr("Not in the directory");
    case DirectoryKind::Financer:
        return tr("Financer");
    case DirectoryKind::Partner:
        return tr("Partner");
    case DirectoryKind::EssAmbassador:
        return tr("ESS ambassador");
    case DirectoryKind::Collectivity:
        return tr("Local authority");
    }
    return {};
}

std::optional<Organisations::Organisation> Organisations::organisation(const Workspace &workspace,
                                                                       qint64 id)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "SELECT id, uuid, name, legal_form, ess_declared, siret, rna, address, commune,"
        "       ess_status, ess_evidence, directory_kind, themes, whole_department, communes,"
        "       contact_name, contact_email, contact_phone, contact_consent, notes,"
        "       (SELECT count(*) FROM projects WHERE organisation_id = o.id),"
        "       (SELECT count(*) FROM holders WHERE organisation_id = o.id)"
        "  FROM organisations o WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Organisation o;
    o.id = query.value(0).toLongLong();
    o.uuid = query.value(1).toString();
    o.name = query.value(2).toString();
    o.legalForm = query.value(3).toString();
    o.essDeclared = query.value(4).toBool();
    o.siret = query.value(5).toString();
    o.rna = query.value(6).toString();
    o.address = query.value(7).toString();
    o.commune = query.value(8).toString();
    o.essStatus = essStatusFromCode(query.value(9).toString());
    o.essEvidence = query.value(10).toString();
    o.directoryKind = directoryKindFromCode(query.value(11).toString());
    o.themes = split(query.value(12).toString());
    o.wholeDepartment = query.value(13).toBool();
    o.communeCodes = split(query.value(14).toString());
    o.contactName = query.value(15).toString();
    o.contactEmail = query.value(16).toString();
    o.contactPhone = query.value(17).toString();
    o.contactConsent = query.value(18).toBool();
    o.notes = query.value(19).toString();
    o.projects = query.value(20).toInt();
    o.holders = query.value(21).toInt();
    query.prepare(QStringLiteral("SELECT venue_id FROM organisation_venues WHERE"
                                 " organisation_id = ? ORDER BY venue_id"));
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            o.venueIds << query.value(0).toLongLong();
    }
    return o;
}

QString Organisations::problem(const Organisation &o)
{
    if (text(o.name).isEmpty())
        return tr("An organisation needs a name.");
    for (const QString &value : {o.name, o.address, o.commune, o.contactName, o.contactEmail,
                                 o.contactPhone, o.essEvidence}) {
        if (value.size() > kMaxText)
            return tr("“%1…” is too long (%2 characters at most).").arg(value.left(20)).arg(kMaxText);
    }
    if (o.notes.size() > kMaxNotes)
        return tr("The notes are too long (%1 characters at most).").arg(kMaxNotes);
    if (!o.siret.trimmed().isEmpty()) {
        if (const Result<QString> siret = Identifiers::siret(o.siret); !siret)
            return siret.error();
    }
    if (!o.rna.trimmed().isEmpty()) {
        if (const Result<QString> rna = Identifiers::rna(o.rna); !rna)
            return rna.error();
    }
    const QString email = o.contactEmail.trimmed();
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch())
        return tr("“%1” is not an e-mail address.").arg(email);
    static const QRegularExpression phonePattern(QStringLiteral("^[+0-9 .()/-]{6,25}$"));
    const QString phone = o.contactPhone.trimmed();
    if (!phone.isEmpty() && !phonePattern.match(phone).hasMatch())
        return tr("“%1” is not a phone number.").arg(phone);
    for (const QString &theme : o.themes) {
        if (theme.contains(QLatin1Char(',')))
            return tr("A theme cannot contain a comma: “%1”.").arg(theme);
    }
    return {};
}

Result<qint64> Organisations::save(Workspace &workspace, const Organisation &o)
{
    if (const QString problem = Organisations::problem(o); !problem.isEmpty())
        return Failure{problem};
    const QString siret = o.siret.trimmed().isEmpty() ? QString() : *Identifiers::siret(o.siret);
    const QString rna = o.rna.trimmed().isEmpty() ? QString() : *Identifiers::rna(o.rna);
    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    const QString now = Timestamp::now();
    QSqlQuery query(db);
    if (o.id > 0) {
        query.prepare(QStringLiteral(
            "UPDATE organisations SET name = ?, legal_form = ?, ess_declared = ?, siret = ?,"
            " rna = ?, address = ?, commune = ?, commune_code = ?, ess_status = ?,"
            " ess_evidence = ?, directory_kind = ?, themes = ?, whole_department = ?,"
            " communes = ?, contact_name = ?, contact_email = ?, contact_phone = ?,"
            " contact_consent = ?, notes = ?, updated_at = ? WHERE id = ?"));
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO organisations (name, legal_form, ess_declared, siret, rna, address,"
            " commune, commune_code, ess_status, ess_evidence, directory_kind, themes,"
            " whole_department, communes, contact_name, contact_email, contact_phone,"
            " contact_consent, notes, updated_at, created_at, uuid, origin)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QStringList themes;
    for (const QString &theme : o.themes) {
        if (!text(theme).isEmpty() && !themes.contains(text(theme)))
            themes << text(theme);
    }
    QStringList communes = o.communeCodes;
    communes.removeDuplicates();
    communes.sort();
    query.addBindValue(text(o.name));
    query.addBindValue(kept(o.legalForm));
    query.addBindValue(o.essDeclared ? 1 : 0);
    query.addBindValue(kept(siret));
    query.addBindValue(kept(rna));
    query.addBindValue(text(o.address));
    query.addBindValue(text(o.commune));
    query.addBindValue(kept(Communes::codeOf(text(o.commune))));
    query.addBindValue(kept(code(o.essStatus)));
    query.addBindValue(text(o.essEvidence));
    query.addBindValue(kept(code(o.directoryKind)));
    query.addBindValue(kept(themes.join(QLatin1Char(','))));
    query.addBindValue(o.wholeDepartment ? 1 : 0);
    query.addBindValue(kept(o.wholeDepartment ? QString() : communes.join(QLatin1Char(','))));
    query.addBindValue(text(o.contactName));
    query.addBindValue(kept(o.contactEmail.toLower()));
    query.addBindValue(text(o.contactPhone));
    query.addBindValue(o.contactConsent ? 1 : 0);
    query.addBindValue(kept(o.notes));
    query.addBindValue(now);
    SqlValues::bindIdentity(query, o.id, now, workspace.origin());
    if (!query.exec())
        return Failure{failed(tr("The organisation could not be saved"), query)};
    if (o.id > 0 && query.numRowsAffected() == 0)
        return Failure{tr("This organisation no longer exists.")};
    const qint64 id = o.id > 0 ? o.id : query.lastInsertId().toLongLong();

    // The comptoirs it comes to: those no longer chosen go (their tombstones travel), the new
    // ones are added; the others keep their records.
    QList<qint64> venues = o.directoryKind == DirectoryKind::None ? QList<qint64>() : o.venueIds;
    std::sort(venues.begin(), venues.end());
    venues.erase(std::unique(venues.begin(), venues.end()), venues.end());
    QStringList kept;
    for (qint64 venue : std::as_const(venues))
        kept << QString::number(venue);
    if (!query.exec(QStringLiteral("DELETE FROM organisation_venues WHERE organisation_id = %1"
                                   " AND venue_id NOT IN (%2)")
                        .arg(id)
                        .arg(kept.isEmpty() ? QStringLiteral("0") : kept.join(QLatin1Char(',')))))
        return Failure{failed(tr("The organisation could not be saved"), query)};
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO organisation_venues (uuid, organisation_id, venue_id, created_at,"
        " updated_at, origin) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qint64 venue : std::as_const(venues)) {
        query.addBindValue(SqlValues::newUuid());
        query.addBindValue(id);
        query.addBindValue(venue);
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(workspace.origin());
        if (!query.exec())
            return Failure{failed(tr("The organisation could not be saved"), query)};
    }
    if (!transaction.commit())
        return Failure{tr("The organisation could not be saved: %1").arg(db.lastError().text())};
    workspace.notifyOrganisationsChanged();
    return id;
}

QList<Organisations::Organisation> Organisations::sameNumbers(const Workspace &workspace,
                                                              const Organisation &o)
{
    const Result<QString> siret = Identifiers::siret(o.siret);
    const Result<QString> rna = Identifiers::rna(o.rna);
    if (!siret && !rna)
        return {};
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT id FROM organisations WHERE id <> ? AND"
                                 " ((siret <> '' AND siret = ?) OR (rna <> '' AND rna = ?))"
                                 " ORDER BY name"));
    query.addBindValue(o.id);
    query.addBindValue(siret ? *siret : QString());
    query.addBindValue(rna ? *rna : QString());
    QList<Organisation> result;
    if (query.exec()) {
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        for (qint64 id : std::as_const(ids)) {
            if (auto other = organisation(workspace, id))
                result << *other;
        }
    }
    return result;
}

void Organisations::fillBlanks(Organisation *into, const Organisation &from)
{
    for (auto [to, value] :
         {std::pair{&into->legalForm, &from.legalForm}, std::pair{&into->siret, &from.siret},
          std::pair{&into->rna, &from.rna}, std::pair{&into->address, &from.address},
          std::pair{&into->commune, &from.commune},
          std::pair{&into->contactName, &from.contactName},
          std::pair{&into->contactEmail, &from.contactEmail},
          std::pair{&into->contactPhone, &from.contactPhone}}) {
        if (to->trimmed().isEmpty())
            *to = *value;
    }
}

Result<QList<Organisations::Duplicate>> Organisations::duplicates(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    // Through the partial indexes on siret and rna: only the numbered organisations are read.
    if (!query.exec(QStringLiteral(
            "SELECT 'siret', o.siret, o.id, o.name FROM organisations o"
            "  WHERE o.siret <> '' AND o.siret IN (SELECT siret FROM organisations WHERE"
            "        siret <> '' GROUP BY siret HAVING count(*) > 1)"
            " UNION ALL "
            "SELECT 'rna', o.rna, o.id, o.name FROM organisations o"
            "  WHERE o.rna <> '' AND o.rna IN (SELECT rna FROM organisations WHERE"
            "        rna <> '' GROUP BY rna HAVING count(*) > 1)"
            " ORDER BY 1 DESC, 2, 3")))
        return Failure{failed(tr("The duplicates could not be read"), query)};
    QList<Duplicate> result;
    QString lastKey;
    QSet<qint64> seen; // a record in a SIRET group is not offered again by its RNA
    while (query.next()) {
        const QString kind = query.value(0).toString();
        const QString number = query.value(1).toString();
        const QString key = kind + number;
        const qint64 id = query.value(2).toLongLong();
        if (key != lastKey) {
            result << Duplicate{kind == QLatin1String("siret")
                                    ? tr("SIRET %1").arg(Identifiers::formatSiret(number))
                                    : tr("RNA %1").arg(number),
                                {},
                                {}};
            lastKey = key;
        }
        if (kind == QLatin1String("rna") && seen.contains(id))
            continue;
        seen.insert(id);
        result.last().ids << id;
        result.last().names << query.value(3).toString();
    }
    result.erase(std::remove_if(result.begin(), result.end(),
                                [](const Duplicate &d) { return d.ids.size() < 2; }),
                 result.end());
    return result;
}

Result<void> Organisations::merge(Workspace &workspace, qint64 keptId, qint64 mergedId)
{
    if (keptId == mergedId)
        return Failure{tr("An organisation cannot be merged into itself.")};
    const std::optional<Organisation> kept = organisation(workspace, keptId);
    const std::optional<Organisation> merged = organisation(workspace, mergedId);
    if (!kept || !merged)
        return Failure{tr("This organisation no longer exists.")};
    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    const QString now = Timestamp::now();
    QSqlQuery query(db);
    const auto run = [&](const QString &sql) {
        query.prepare(sql);
        query.addBindValue(keptId);
        query.addBindValue(now);
        query.addBindValue(mergedId);
        return query.exec();
    };
    // What referred to the one merged away refers to the one kept (an edit of each: it travels).
    if (!run(QStringLiteral("UPDATE projects SET organisation_id = ?, updated_at = ? WHERE"
                            " organisation_id = ?")) ||
        !run(QStringLiteral("UPDATE holders SET organisation_id = ?, updated_at = ? WHERE"
                            " organisation_id = ?")))
        return Failure{failed(tr("The organisations could not be merged"), query)};
    // The kept record takes what only the other knew.
    Organisation together = *kept;
    fillBlanks(&together, *merged);
    if (together.essEvidence.trimmed().isEmpty())
        together.essEvidence = merged->essEvidence;
    if (together.notes.trimmed().isEmpty())
        together.notes = merged->notes;
    else if (!merged->notes.trimmed().isEmpty() && !together.notes.contains(merged->notes))
        together.notes += QStringLiteral("\n") + merged->notes;
    together.notes = together.notes.left(kMaxNotes);
    together.essDeclared = together.essDeclared || merged->essDeclared;
    if (together.essStatus == EssStatus::Unknown)
        together.essStatus = merged->essStatus;
    if (together.directoryKind == DirectoryKind::None) {
        together.directoryKind = merged->directoryKind;
        together.wholeDepartment = merged->wholeDepartment;
    }
    together.contactConsent = together.contactConsent || merged->contactConsent;
    for (const QString &theme : merged->themes) {
        if (!together.themes.contains(theme))
            together.themes << theme;
    }
    together.communeCodes += merged->communeCodes;
    together.venueIds += merged->venueIds;
    if (const Result<qint64> saved = save(workspace, together); !saved)
        return Failure{saved.error()};
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO merged_organisations (uuid,"
                                 " into_organisation_id, merged_at) VALUES (?, ?, ?)"));
    query.addBindValue(merged->uuid);
    query.addBindValue(keptId);
    query.addBindValue(now);
    const bool remembered = query.exec();
    // Those merged into the one merged away are now merged into the one kept.
    QSqlQuery again(db);
    again.prepare(QStringLiteral("UPDATE merged_organisations SET into_organisation_id = ?"
                                 " WHERE into_organisation_id = ?"));
    again.addBindValue(keptId);
    again.addBindValue(mergedId);
    if (!remembered || !again.exec())
        return Failure{failed(tr("The organisations could not be merged"), query)};
    query.prepare(QStringLiteral("DELETE FROM organisations WHERE id = ?"));
    query.addBindValue(mergedId);
    if (!query.exec())
        return Failure{failed(tr("The organisations could not be merged"), query)};
    if (!transaction.commit())
        return Failure{
            tr("The organisations could not be merged: %1").arg(db.lastError().text())};
    workspace.notifyOrganisationsChanged();
    workspace.notifyProjectsChanged();
    return {};
}

QList<Organisations::Choice> Organisations::choices(const Workspace &workspace)
{
    QList<Choice> result;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, legal_form, commune FROM organisations"
                                   " ORDER BY name COLLATE NOCASE, id")))
        return result;
    while (query.next()) {
        QStringList detail;
        if (!query.value(2).toString().isEmpty())
            detail << legalFormLabel(query.value(2).toString());
        if (!query.value(3).toString().isEmpty())
            detail << query.value(3).toString();
        result << Choice{query.value(0).toLongLong(), query.value(1).toString(),
                         detail.join(QStringLiteral(", "))};
    }
    return result;
}
