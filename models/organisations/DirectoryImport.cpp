#include "DirectoryImport.h"

#include "Identifiers.h"
#include "reference/Communes.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QStringList parts(const QString &text)
{
    QStringList result;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[;,/\\n]")),
                                          Qt::SkipEmptyParts)) {
        if (!part.simplified().isEmpty())
            result << part.simplified();
    }
    return result;
}

bool yes(const QString &text)
{
    const QString t = TextFolding::fold(text).simplified();
    return t == QLatin1String("oui") || t == QLatin1String("yes") || t == QLatin1String("x") ||
           t == QLatin1String("1") || t == QLatin1String("vrai") || t == QLatin1String("true") ||
           t.startsWith(QLatin1String("oui "));
}

Organisations::DirectoryKind kindOf(const QString &text)
{
    const QString t = TextFolding::fold(text);
    if (t.contains(QLatin1String("financ")) || t.contains(QLatin1String("mecen")))
        return Organisations::DirectoryKind::Financer;
    if (t.contains(QLatin1String("ambassad")))
        return Organisations::DirectoryKind::EssAmbassador;
    if (t.contains(QLatin1String("collectivit")) || t.contains(QLatin1String("mairie")) ||
        t.contains(QLatin1String("commune")) || t.contains(QLatin1String("departement")) ||
        t.contains(QLatin1String("intercommunal")))
        return Organisations::DirectoryKind::Collectivity;
    return Organisations::DirectoryKind::Partner;
}

} // namespace

QList<DirectoryImport::Field> DirectoryImport::fields()
{
    return {Field::Ignore,      Field::Name,         Field::Kind,         Field::LegalForm,
            Field::Siret,       Field::Rna,          Field::Themes,       Field::Territory,
            Field::Commune,     Field::Address,      Field::ContactName,  Field::ContactEmail,
            Field::ContactPhone, Field::ContactConsent, Field::Notes};
}

QString DirectoryImport::label(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("(ignored)");
    case Field::Name:
        return tr("Name");
    case Field::Kind:
        return tr("Kind (financer, partner…)");
    case Field::LegalForm:
        return tr("Legal form");
    case Field::Siret:
        return tr("SIRET");
    case Field::Rna:
        return tr("RNA number");
    case Field::Themes:
        return tr("Themes");
    case Field::Territory:
        return tr("Territory (communes)");
    case Field::Commune:
        return tr("Commune");
    case Field::Address:
        return tr("Address");
    case Field::ContactName:
        return tr("Contact person");
    case Field::ContactEmail:
        return tr("Contact's e-mail");
    case Field::ContactPhone:
        return tr("Contact's phone");
    case Field::ContactConsent:
        return tr("Contact's consent");
    case Field::Notes:
        return tr("Notes");
    }
    return {};
}

DirectoryImport::Field DirectoryImport::guess(const QString &header)
{
    const QString words = CsvReader::titleWords(header);
    const QString h = words.trimmed();
    const auto has = [&words](const char *word) { return CsvReader::hasWord(words, word); };
    if (h.isEmpty())
        return Field::Ignore;
    if (has("consentement") || has("rgpd") || has("accord") || has("consent"))
        return Field::ContactConsent;
    if (has("siret") || has("siren"))
        return Field::Siret;
    if (has("rna"))
        return Field::Rna;
    if (has("forme") || (has("statut") && has("juridique")))
        return Field::LegalForm;
    if (has("mail") || has("courriel") || has("email"))
        return Field::ContactEmail;
    if (has("telephone") || has("tel") || has("portable") || has("phone"))
        return Field::ContactPhone;
    if (has("contact") || has("referent") || has("referente") || has("interlocuteur"))
        return Field::ContactName;
    if (has("theme") || has("themes") || has("thematique") || has("thematiques") ||
        has("domaine") || has("domaines"))
        return Field::Themes;
    if (has("territoire") || has("communes") || has("zone") || has("perimetre"))
        return Field::Territory;
    if (has("commune") || has("ville") || has("localite"))
        return Field::Commune;
    if (has("adresse") || has("address"))
        return Field::Address;
    if (has("type") || has("categorie") || has("nature") || has("role"))
        return Field::Kind;
    if (has("notes") || has("remarques") || has("commentaire") || has("commentaires"))
        return Field::Notes;
    if (has("nom") || has("structure") || has("organisme") || has("organisation") ||
        has("raison") || has("partenaire") || has("name"))
        return Field::Name;
    return Field::Ignore;
}

QList<DirectoryImport::Field> DirectoryImport::guessMapping(const QStringList &headers)
{
    return CsvReader::mapColumns<Field>(headers, &DirectoryImport::guess);
}

DirectoryImport::Preview DirectoryImport::read(const QString &path)
{
    Preview preview;
    const std::optional<QByteArray> bytes =
        CsvReader::readFile(path, tr("a list of partners"), &preview.csv.error);
    return bytes ? read(*bytes) : preview;
}

DirectoryImport::Preview DirectoryImport::read(const QByteArray &bytes)
{
    Preview preview;
    preview.csv = CsvReader::parse(bytes);
    if (!preview.csv.ok)
        return preview;
    if (preview.csv.records.size() < 2) {
        preview.csv.ok = false;
        preview.csv.error = tr("The file has column titles but no partner.");
        preview.csv.records.clear();
        return preview;
    }
    preview.headers = preview.csv.records.first().fields;
    preview.mapping = guessMapping(preview.headers);
    return preview;
}

void DirectoryImport::prepare(const Workspace &workspace, Preview *preview)
{
    preview->rows.clear();
    preview->good = preview->bad = preview->updates = 0;
    if (!preview->csv.ok)
        return;
    // What is already here, by number and by name.
    QHash<QString, qint64> byNumber;
    QHash<QString, qint64> byName;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, name, siret, rna FROM organisations"))) {
        while (query.next()) {
            byName.insert(TextFolding::fold(query.value(1).toString().simplified()),
                          query.value(0).toLongLong());
            for (int c : {2, 3}) {
                if (!query.value(c).toString().isEmpty())
                    byNumber.insert(query.value(c).toString(), query.value(0).toLongLong());
            }
        }
    }
    QSet<QString> seen;
    for (qsizetype r = 1; r < preview->csv.records.size(); ++r) {
        const CsvReader::Record &record = preview->csv.records.at(r);
        Row row;
        row.line = record.line;
        Organisations::Organisation &o = row.organisation;
        o.directoryKind = Organisations::DirectoryKind::Partner;
        for (int c = 0; c < preview->mapping.size() && c < record.fields.size(); ++c) {
            const QString value = record.fields.at(c).trimmed();
            switch (preview->mapping.at(c)) {
            case Field::Ignore:
                break;
            case Field::Name:
                o.name = value.simplified();
                break;
            case Field::Kind:
                o.directoryKind = kindOf(value);
                break;
            case Field::LegalForm:
                o.legalForm = Organisations::legalFormCode(value).isEmpty()
                                  ? value.simplified()
                                  : Organisations::legalFormCode(value);
                break;
            case Field::Siret:
                o.siret = value;
                break;
            case Field::Rna:
                o.rna = value;
                break;
            case Field::Themes:
                o.themes = parts(value);
                break;
            case Field::Territory: {
                const QString folded = TextFolding::fold(value);
                if (folded.contains(QLatin1String("departement")) ||
                    folded.contains(QLatin1String("pas de calais")) || folded == QLatin1String("62")) {
                    o.wholeDepartment = true;
                    break;
                }
                QStringList unknown;
                for (const QString &name : parts(value)) {
                    const QString code = Communes::codeOf(name);
                    if (code.isEmpty())
                        unknown << name;
                    else
                        o.communeCodes << code;
                }
                if (!unknown.isEmpty())
                    row.warnings << tr("not communes of the Pas-de-Calais, left out: %1")
                                        .arg(unknown.join(QStringLiteral(", ")));
                break;
            }
            case Field::Commune:
                o.commune = value.simplified();
                break;
            case Field::Address:
                o.address = value.simplified();
                break;
            case Field::ContactName:
                o.contactName = value.simplified();
                break;
            case Field::ContactEmail:
                o.contactEmail = value;
                break;
            case Field::ContactPhone:
                o.contactPhone = value;
                break;
            case Field::ContactConsent:
                o.contactConsent = yes(value);
                break;
            case Field::Notes:
                o.notes = value;
                break;
            }
        }
        if (o.legalForm.size() > Organisations::kMaxText)
            o.legalForm = o.legalForm.left(Organisations::kMaxText);
        row.problem = Organisations::problem(o);
        if (row.problem.isEmpty()) {
            const Result<QString> siret = Identifiers::siret(o.siret);
            const Result<QString> rna = Identifiers::rna(o.rna);
            const QString name = TextFolding::fold(o.name.simplified());
            row.existingId = siret && byNumber.contains(*siret) ? byNumber.value(*siret)
                             : rna && byNumber.contains(*rna)     ? byNumber.value(*rna)
                                                                  : byName.value(name);
            if (seen.contains(name))
                row.problem = tr("“%1” is already on an earlier line.").arg(o.name);
            seen.insert(name);
        }
        if (!row.problem.isEmpty())
            ++preview->bad;
        else {
            ++preview->good;
            preview->updates += row.existingId > 0 ? 1 : 0;
        }
        preview->rows << row;
    }
}

Result<DirectoryImport::Report> DirectoryImport::apply(Workspace &workspace,
                                                        const Preview &preview)
{
    Report report;
    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    for (const Row &row : preview.rows) {
        if (!row.problem.isEmpty()) {
            ++report.skipped;
            continue;
        }
        Organisations::Organisation o = row.organisation;
        if (row.existingId > 0) {
            // An organisation already here takes its place in the directory; what it already
            // says is kept where the file says nothing.
            auto existing = Organisations::organisation(workspace, row.existingId);
            if (!existing)
                return Failure{tr("Line %1: the organisation it updates no longer exists.")
                                   .arg(row.line)};
            Organisations::fillBlanks(&o, *existing);
            if (o.notes.trimmed().isEmpty())
                o.notes = existing->notes;
            o.id = existing->id;
            o.uuid = existing->uuid;
            o.essStatus = existing->essStatus;
            o.essEvidence = existing->essEvidence;
            o.essDeclared = existing->essDeclared;
            if (o.themes.isEmpty())
                o.themes = existing->themes;
            if (o.communeCodes.isEmpty() && !o.wholeDepartment) {
                o.communeCodes = existing->communeCodes;
                o.wholeDepartment = existing->wholeDepartment;
            }
            o.venueIds = existing->venueIds;
        }
        const Result<qint64> saved = Organisations::save(workspace, o);
        if (!saved)
            return Failure{tr("Line %1: %2").arg(row.line).arg(saved.error())};
        ++(row.existingId > 0 ? report.updated : report.added);
    }
    if (!transaction.commit())
        return Failure{tr("The directory could not be written: %1").arg(db.lastError().text())};
    return report;
}
