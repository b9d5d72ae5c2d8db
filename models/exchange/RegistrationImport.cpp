#include "RegistrationImport.h"

#include "projects/ProjectRecord.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"
#include "workshops/Attendance.h"
#include "workshops/Workshops.h"

#include <QSqlError>
#include <QSqlQuery>

QList<RegistrationImport::Field> RegistrationImport::fields()
{
    return {Field::Ignore,       Field::FirstName,      Field::LastName,
            Field::FullName,     Field::Email,          Field::Phone,
            Field::Commune,      Field::Organisation,   Field::Address,
            Field::ProjectTitle, Field::ConsentContact, Field::ConsentPublishName,
            Field::ConsentPhotos};
}

QString RegistrationImport::label(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("(ignored)");
    case Field::FirstName:
        return tr("First name");
    case Field::LastName:
        return tr("Last name");
    case Field::FullName:
        return tr("Full name");
    case Field::Email:
        return tr("E-mail");
    case Field::Phone:
        return tr("Phone");
    case Field::Commune:
        return tr("Commune");
    case Field::Organisation:
        return tr("Structure");
    case Field::Address:
        return tr("Address");
    case Field::ProjectTitle:
        return tr("Project title");
    case Field::ConsentContact:
        return tr("Consent: contact");
    case Field::ConsentPublishName:
        return tr("Consent: publish the name");
    case Field::ConsentPhotos:
        return tr("Consent: photos");
    }
    return {};
}

RegistrationImport::Field RegistrationImport::guess(const QString &header)
{
    const QString words = CsvReader::titleWords(header);
    const QString h = words.trimmed();
    const auto has = [&words](const char *word) { return CsvReader::hasWord(words, word); };
    if (h.isEmpty())
        return Field::Ignore;
    if (has("consentement") || has("consent") || has("rgpd") || has("accord") || has("accepte") ||
        has("autorise") || has("j accepte")) {
        if (has("photo") || has("photos") || has("image"))
            return Field::ConsentPhotos;
        if (has("nom") || has("publication") || has("publier") || has("name"))
            return Field::ConsentPublishName;
        return Field::ConsentContact;
    }
    if (h == QLatin1String("nom prenom") || h == QLatin1String("nom et prenom") ||
        h == QLatin1String("nom complet") || h == QLatin1String("full name") ||
        h == QLatin1String("participant") || h == QLatin1String("porteur") ||
        h == QLatin1String("porteuse"))
        return Field::FullName;
    if (has("prenom") || h == QLatin1String("first name") || has("firstname"))
        return Field::FirstName;
    if (has("mail") || has("e mail") || has("courriel") || has("email") || has("adresse mail"))
        return Field::Email;
    if (has("telephone") || has("tel") || has("portable") || has("mobile") || has("phone"))
        return Field::Phone;
    if (has("commune") || has("ville") || has("city") || has("localite"))
        return Field::Commune;
    if (has("structure") || has("association") || has("organisation") || has("collectif") ||
        has("organization"))
        return Field::Organisation;
    if (has("projet") || has("idee") || has("project") || has("titre"))
        return Field::ProjectTitle;
    if (has("adresse") || has("address"))
        return Field::Address;
    if (has("nom") || h == QLatin1String("last name") || has("lastname") || has("surname") ||
        h == QLatin1String("name"))
        return Field::LastName;
    return Field::Ignore;
}

QList<RegistrationImport::Field> RegistrationImport::guessMapping(const QStringList &headers)
{
    return CsvReader::mapColumns<Field>(headers, &RegistrationImport::guess);
}

RegistrationImport::Preview RegistrationImport::read(const QString &path)
{
    Preview preview;
    const std::optional<QByteArray> bytes =
        CsvReader::readFile(path, tr("a registration list"), &preview.csv.error);
    return bytes ? read(*bytes) : preview;
}

RegistrationImport::Preview RegistrationImport::read(const QByteArray &bytes)
{
    Preview preview;
    preview.csv = CsvReader::parse(bytes);
    if (!preview.csv.ok)
        return preview;
    preview.headers = preview.csv.records.first().fields;
    preview.mapping = guessMapping(preview.headers);
    const bool named = preview.mapping.contains(Field::FirstName) ||
                       preview.mapping.contains(Field::LastName) ||
                       preview.mapping.contains(Field::FullName);
    if (!named) {
        preview.csv.ok = false;
        preview.csv.error = tr("No column of the first line names the participants (such as "
                               "“Nom”, “Prénom” or “Nom et prénom”): the first line must hold "
                               "the column titles.");
        preview.csv.records.clear();
    }
    return preview;
}

namespace {

// "oui", "x", "1", "vrai"… → granted; "non", "0", "faux"… → refused; empty → not asked.
std::optional<bool> consentValue(const QString &text)
{
    const QString v = TextFolding::fold(text).simplified();
    if (v.isEmpty())
        return std::nullopt;
    static const QStringList yes = {QStringLiteral("oui"),      QStringLiteral("o"),
                                    QStringLiteral("yes"),      QStringLiteral("y"),
                                    QStringLiteral("x"),        QStringLiteral("1"),
                                    QStringLiteral("vrai"),     QStringLiteral("true"),
                                    QStringLiteral("d accord"), QStringLiteral("accepte")};
    static const QStringList no = {QStringLiteral("non"),   QStringLiteral("n"),
                                   QStringLiteral("no"),    QStringLiteral("0"),
                                   QStringLiteral("faux"),  QStringLiteral("false"),
                                   QStringLiteral("refuse")};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

} // namespace

void RegistrationImport::prepare(const Workspace &workspace, Preview *preview)
{
    preview->rows.clear();
    preview->good = preview->bad = preview->duplicates = 0;
    if (!preview->csv.ok)
        return;
    const Holders::DuplicateIndex known(workspace);
    Holders::DuplicateIndex inFile;
    const bool hasFirstOrLast =
        preview->mapping.contains(Field::FirstName) || preview->mapping.contains(Field::LastName);

    for (qsizetype r = 1; r < preview->csv.records.size(); ++r) {
        const CsvReader::Record &record = preview->csv.records.at(r);
        Row row;
        row.line = record.line;
        Holders::Holder &h = row.holder;
        QStringList consentProblems;
        for (qsizetype c = 0; c < preview->mapping.size() && c < record.fields.size(); ++c) {
            const QString value = record.fields.at(c).simplified();
            const auto consent = [&](Holders::ConsentKind kind) {
                const std::optional<bool> granted = consentValue(value);
                if (granted)
                    h.consents << Holders::Consent{kind, *granted, {}, {}};
                else if (!value.isEmpty())
                    consentProblems << tr("“%1” is neither yes nor no (%2).")
                                           .arg(value, label(preview->mapping.at(c)));
            };
            switch (preview->mapping.at(c)) {
            case Field::Ignore:
                break;
            case Field::FirstName:
                h.firstName = value;
                break;
            case Field::LastName:
                h.lastName = value;
                break;
            case Field::FullName:
                if (!hasFirstOrLast) {
                    // "Prénom Nom": the last word is the last name.
                    const qsizetype space = value.lastIndexOf(QLatin1Char(' '));
                    h.firstName = space > 0 ? value.left(space) : QString();
                    h.lastName = space > 0 ? value.mid(space + 1) : value;
                }
                break;
            case Field::Email:
                h.email = value;
                break;
            case Field::Phone:
                h.phone = value;
                break;
            case Field::Commune:
                h.commune = value;
                break;
            case Field::Organisation:
                h.organisationName = value;
                break;
            case Field::Address:
                h.address = value;
                break;
            case Field::ProjectTitle:
                row.projectTitle = value.left(200);
                break;
            case Field::ConsentContact:
                consent(Holders::ConsentKind::Contact);
                break;
            case Field::ConsentPublishName:
                consent(Holders::ConsentKind::PublishName);
                break;
            case Field::ConsentPhotos:
                consent(Holders::ConsentKind::Photos);
                break;
            }
        }
        row.problem = Holders::problem(h);
        if (row.problem.isEmpty() && !consentProblems.isEmpty())
            row.problem = consentProblems.first();
        if (row.problem.isEmpty()) {
            row.duplicates = known.find(h);
            const QList<qint64> earlier = inFile.find(h);
            if (!earlier.isEmpty())
                row.sameAsRow = int(earlier.first());
            inFile.add(preview->rows.size(), h);
            ++preview->good;
            if (row.isDuplicate())
                ++preview->duplicates;
        } else {
            ++preview->bad;
        }
        preview->rows << row;
    }
}

std::optional<RegistrationImport::Report> RegistrationImport::apply(Workspace &workspace,
                                                                    const Preview &preview,
                                                                    const Options &options,
                                                                    QString *error)
{
    Report report;
    std::optional<Workshops::Workshop> workshop;
    if (options.workshopId > 0) {
        workshop = Workshops::workshop(workspace, options.workshopId);
        if (!workshop) {
            *error = tr("The workshop no longer exists.");
            return std::nullopt;
        }
    }
    const qint64 editionId = workshop && workshop->editionId > 0
                                 ? workshop->editionId
                                 : ProjectRecord::currentEdition(workspace);
    const QString method = options.source.isEmpty()
                               ? QStringLiteral("registration_form")
                               : tr("registration list “%1”").arg(options.source);

    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    QHash<int, qint64> holderOfRow;
    for (int i = 0; i < preview.rows.size(); ++i) {
        const Row &row = preview.rows.at(i);
        if (!row.problem.isEmpty()) {
            ++report.bad;
            continue;
        }
        const Resolution resolution = options.resolutions.value(
            i, row.isDuplicate() ? Resolution::Merge : Resolution::CreateNew);
        if (resolution == Resolution::Skip) {
            ++report.skipped;
            continue;
        }
        Holders::Holder holder = row.holder;
        for (Holders::Consent &consent : holder.consents)
            consent.method = method;
        qint64 target = 0;
        if (resolution == Resolution::Merge) {
            if (row.sameAsRow >= 0)
                target = holderOfRow.value(row.sameAsRow);
            if (target <= 0 && !row.duplicates.isEmpty())
                target = row.duplicates.first();
        }
        qint64 holderId = 0;
        if (target > 0) {
            // Merging completes the known holder: their own values are kept.
            std::optional<Holders::Holder> existing = Holders::holder(workspace, target);
            if (!existing) {
                *error = tr("Line %1: the holder it matches no longer exists.").arg(row.line);
                return std::nullopt;
            }
            const auto fill = [](QString &mine, const QString &theirs) {
                if (mine.isEmpty())
                    mine = theirs;
            };
            fill(existing->firstName, holder.firstName);
            fill(existing->lastName, holder.lastName);
            fill(existing->email, holder.email);
            fill(existing->phone, holder.phone);
            fill(existing->commune, holder.commune);
            fill(existing->address, holder.address);
            if (existing->organisationId <= 0)
                existing->organisationName = holder.organisationName;
            for (const Holders::Consent &consent : holder.consents) {
                bool known = false;
                for (Holders::Consent &old : existing->consents) {
                    if (old.kind == consent.kind) {
                        known = true;
                        old = consent; // the latest answer stands
                    }
                }
                if (!known)
                    existing->consents << consent;
            }
            holderId = Holders::save(workspace, *existing, error);
            ++report.merged;
        } else {
            holderId = Holders::save(workspace, holder, error);
            ++report.created;
        }
        if (holderId <= 0) {
            *error = tr("Line %1: %2").arg(row.line).arg(*error);
            return std::nullopt;
        }
        holderOfRow.insert(i, holderId);

        // The project they bring, unless they already hold one of that title.
        qint64 projectId = 0;
        if (!row.projectTitle.isEmpty()) {
            const QString folded = TextFolding::fold(row.projectTitle).simplified();
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("SELECT p.id, p.title FROM projects p JOIN project_holders ph"
                               " ON ph.project_id = p.id WHERE ph.holder_id = ?"));
            query.addBindValue(holderId);
            if (query.exec()) {
                while (query.next()) {
                    if (TextFolding::fold(query.value(1).toString()).simplified() == folded)
                        projectId = query.value(0).toLongLong();
                }
            }
            if (projectId <= 0) {
                projectId = ProjectRecord::create(workspace, editionId,
                                                  workshop ? workshop->venueId : 0, 0, error);
                if (projectId <= 0)
                    return std::nullopt;
                query.prepare(QStringLiteral("UPDATE projects SET title = ? WHERE id = ?"));
                query.addBindValue(row.projectTitle);
                query.addBindValue(projectId);
                if (!query.exec()) {
                    *error = tr("Line %1: the project could not be created: %2")
                                 .arg(row.line)
                                 .arg(query.lastError().text());
                    return std::nullopt;
                }
                if (!Holders::linkToProject(workspace, holderId, projectId, error)) {
                    *error = tr("Line %1: %2").arg(row.line).arg(*error);
                    return std::nullopt;
                }
                ++report.projectsCreated;
            }
        }

        if (workshop) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT id FROM attendance WHERE workshop_id = ? AND holder_id = ?"));
            query.addBindValue(workshop->id);
            query.addBindValue(holderId);
            if (query.exec() && query.next()) {
                ++report.alreadyRegistered;
                if (projectId > 0) {
                    if (!Attendance::setProject(workspace, query.value(0).toLongLong(), projectId,
                                                error))
                        return std::nullopt;
                }
            } else if (Attendance::registerHolder(workspace, workshop->id, holderId, projectId,
                                                  Attendance::Capacity::Exceed, error) > 0) {
                ++report.registered;
            } else {
                *error = tr("Line %1: %2").arg(row.line).arg(*error);
                return std::nullopt;
            }
        }
    }
    if (!transaction.commit()) {
        *error = tr("The registrations could not be written; nothing was imported.");
        return std::nullopt;
    }
    workspace.notifyProjectsChanged();
    return report;
}

QString RegistrationImport::summary(const Report &report)
{
    QStringList lines;
    lines << tr("%n holder(s) added.", nullptr, report.created);
    if (report.merged > 0)
        lines << tr("%n holder(s) already known, completed.", nullptr, report.merged);
    if (report.registered > 0)
        lines << tr("%n registration(s) for the workshop.", nullptr, report.registered);
    if (report.alreadyRegistered > 0)
        lines << tr("%n already registered.", nullptr, report.alreadyRegistered);
    if (report.projectsCreated > 0)
        lines << tr("%n project(s) created.", nullptr, report.projectsCreated);
    if (report.skipped > 0)
        lines << tr("%n line(s) skipped at your request.", nullptr, report.skipped);
    if (report.bad > 0)
        lines << tr("%n line(s) with a problem not imported.", nullptr, report.bad);
    return lines.join(QLatin1Char('\n'));
}
