#include "SyntheticWorkspace.h"

#include "reference/Communes.h"
#include "SeedRows.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator64>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <array>

namespace {

const char *const kSubjects[] = {
    "Épicerie solidaire",
    "Jardin partagé",
    "Repair café",
    "Ludothèque",
    "Atelier vélo",
    "Café des aidants",
    "Recyclerie",
    "Festival de contes",
    "Potager pédagogique",
    "Friperie solidaire",
    "Fresque participative",
    "Navette solidaire",
    "Composteurs collectifs",
    "Chorale intergénérationnelle",
    "Cinéma itinérant",
    "Bibliothèque de rue",
    "Cuisine partagée",
    "Marché de producteurs locaux",
    "Boîte à livres",
    "Atelier numérique",
    "Maison des parents",
    "Tiers-lieu associatif",
    "Radio associative",
    "Verger conservatoire",
    "Ferme urbaine",
    "Conserverie solidaire",
    "Accorderie",
    "Banque de matériel",
    "Troc de graines",
    "Marche nordique adaptée",
    "Théâtre forum",
    "Fablab de quartier",
    "Halte-répit",
    "Laverie solidaire",
    "Ateliers de cuisine anti-gaspillage",
    "Écrivain public",
};
const char *const kComplements[] = {
    "pour les seniors",
    "des jeunes du quartier",
    "ouvert à tous",
    "avec les écoles",
    "pour les familles",
    "en milieu rural",
    "au cœur du quartier",
    "pour les personnes isolées",
    "des habitants",
    "en pied d'immeuble",
    "du bassin minier",
    "de la Côte d'Opale",
    "pour les aidants",
    "avec les personnes en situation de handicap",
    "pour les demandeurs d'emploi",
    "intercommunal",
    "des villages voisins",
};
const char *const kActions[] = {
    "réunir chaque semaine les habitants autour d'un lieu convivial",
    "proposer des ateliers gratuits animés par des bénévoles",
    "mettre en commun du matériel et des savoir-faire",
    "lutter contre l'isolement en recréant du lien entre générations",
    "réduire les déchets en donnant une seconde vie aux objets",
    "rendre accessibles des produits locaux à prix adaptés",
    "faire découvrir la culture et le patrimoine du territoire",
    "accompagner les personnes éloignées des services publics",
};
const char *const kBenefits[] = {
    "Les habitants participent à chaque étape, de la conception à la gestion.",
    "Le projet s'appuie sur les associations et les commerces déjà présents.",
    "Une centaine de personnes pourraient en bénéficier dès la première année.",
    "Les bénévoles seront formés pour accueillir tous les publics.",
    "Les excédents éventuels seront réinvestis dans l'activité.",
    "La gouvernance est partagée entre les usagers et les bénévoles.",
};
const char *const kThemes[] = {"Alimentation", "Culture",  "Sport",     "Handicap", "Environnement",
                               "Solidarité",   "Mobilité", "Numérique", "Jeunesse", "Santé"};
const char *const kFirstNames[] = {
    "Nadia",     "Jean-Pierre", "Martine", "Kévin",   "Françoise", "Thomas",  "Élise",    "Rachid",
    "Sandrine",  "Lucas",       "Anaïs",   "Gérard",  "Chloé",     "Hervé",   "Amandine", "Bruno",
    "Céline",    "David",       "Émilie",  "Fabrice", "Gaëlle",    "Hugo",    "Inès",     "Julien",
    "Karima",    "Laurent",     "Manon",   "Nicolas", "Océane",    "Patrick", "Quentin",  "Romane",
    "Sébastien", "Thérèse",     "Valérie", "Yann",    "Zoé",       "Mathéo",  "Léa",      "Jérôme",
};
const char *const kLastNames[] = {
    "Lefebvre",   "Dubois",     "Caron",    "Vasseur",   "Boulanger", "Hamdi",     "Maréchal",
    "Poulain",    "Lemoine",    "Fontaine", "Desmarets", "Ouali",     "Delattre",  "Leroy",
    "Dupont",     "Lecomte",    "Fournier", "Gosselin",  "Lefranc",   "Masson",    "Deprez",
    "Carpentier", "Hennebelle", "Wattel",   "Bouchez",   "Delannoy",  "Lagache",   "Lemaire",
    "Dumont",     "Benali",     "Kowalski", "Nowak",     "Vandamme",  "Verhaeghe", "Roussel",
    "Duhamel",    "Cuvelier",   "Lebrun",   "Marchand",  "Baillet",
};
const char *const kLegalForms[] = {"association", "scic", "scop", "collective", "cooperative"};
const char *const kVenueCommunes[] = {"Outreau",
                                      "Liévin",
                                      "Calais",
                                      "Saint-Pol-sur-Ternoise",
                                      "Arleux-en-Gohelle",
                                      "Beaurainville",
                                      "Saint-Martin-lez-Tatinghem",
                                      "Le Portel",
                                      "Mont-Saint-Éloi",
                                      "Arras",
                                      "Lens",
                                      "Béthune",
                                      "Boulogne-sur-Mer",
                                      "Saint-Omer",
                                      "Hénin-Beaumont",
                                      "Montreuil",
                                      "Bruay-la-Buissière",
                                      "Berck",
                                      "Carvin",
                                      "Bapaume"};
const char *const kStages[] = {"idea",  "idea",      "idea",      "structuring", "structuring",
                               "ready", "deposited", "deposited", "labelled",    "not_selected"};
const char *const kWorkshopKinds[] = {"idea_to_project", "idea_to_project", "idea_to_project",
                                      "business_model",  "pitch",           "social_innovation",
                                      "discover_ess"};
const char *const kFacilitators[] = {"Claire Dumont", "Mehdi Benali", "Sophie Lemaire",
                                     "Antoine Delcourt"};

template<typename T, size_t N> QString pick(QRandomGenerator64 &rng, const T (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(quint64(N))]);
}

QString uuidFrom(QRandomGenerator64 &rng)
{
    QByteArray bytes(16, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    bytes[6] = char((uchar(bytes[6]) & 0x0f) | 0x40); // version 4
    bytes[8] = char((uchar(bytes[8]) & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString inCommune(const QString &commune)
{
    if (commune.startsWith(QLatin1String("Le ")))
        return QStringLiteral("au ") + commune.mid(3);
    if (commune.startsWith(QLatin1String("Les ")))
        return QStringLiteral("aux ") + commune.mid(4);
    return QStringLiteral("à ") + commune;
}

// The communes of the department, drawn in proportion to their population: most projects come
// from the towns, a few from each village.
class CommuneDraw
{
public:
    CommuneDraw()
    {
        qint64 total = 0;
        for (const Commune &commune : Communes::all()) {
            total += std::max(1, commune.population);
            m_cumulative.push_back(total);
        }
    }
    const Commune &operator()(QRandomGenerator64 &rng) const
    {
        if (m_cumulative.empty())
            return fallback();
        const qint64 at = qint64(rng.bounded(quint64(m_cumulative.back())));
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), at);
        return Communes::all().at(qsizetype(it - m_cumulative.begin()));
    }

private:
    static const Commune &fallback()
    {
        static const Commune arras{QStringLiteral("62041"), QStringLiteral("Arras"), {}, {}, {}, 0};
        return arras;
    }
    std::vector<qint64> m_cumulative;
};

} // namespace

bool SyntheticWorkspace::populate(Workspace &workspace, int projectCount, quint64 seed,
                                  QString *error, const Progress &progress)
{
    if (projectCount < 0 || projectCount > 10'000'000) {
        *error = tr("The number of projects must be between 0 and 10,000,000.");
        return false;
    }
    QRandomGenerator64 rng(seed);
    QSqlDatabase db = workspace.database();
    const QString origin = workspace.origin();
    const CommuneDraw drawCommune;
    const QDateTime epoch(QDate(2024, 1, 8), QTime(9, 0), Qt::UTC);
    const qint64 span = epoch.secsTo(QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC));
    const auto timestamp = [&](qint64 offset) {
        return epoch.addSecs(offset).toString(Qt::ISODateWithMs);
    };

    // One big transaction: with SQLite's default 2 MB page cache its dirty pages would spill to
    // the WAL over and over; a large cache writes each page once, at commit.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    const auto restoreCache =
        qScopeGuard([&pragma] { pragma.exec(QStringLiteral("PRAGMA cache_size = -2000")); });

    Transaction transaction(db);
    SeedRows rows(workspace);

    // Three editions with their three categories each.
    std::array<qint64, 3> editionIds{};
    std::array<std::array<qint64, 3>, 3> categoryIds{};
    for (int e = 0; e < 3; ++e) {
        const int year = 2024 + e;
        SeedRows::Edition edition;
        edition.year = year;
        edition.name = QStringLiteral("Budget Citoyen %1").arg(year);
        edition.envelopeCents = qint64(572000) * 100;
        editionIds[size_t(e)] = rows.edition(edition, {uuidFrom(rng), {}, {}});
        const std::array<std::pair<const char *, const char *>, 3> cats = {
            {{"cooperation", "Coopération"},
             {"innovation_sociale", "Innovation sociale"},
             {"valeurs_ess", "Valeurs de l'ESS"}}};
        const std::array<qint64, 3> ceilings = {2000000, 1500000, 450000};
        for (int c = 0; c < 3; ++c)
            categoryIds[size_t(e)][size_t(c)] = rows.category(
                {editionIds[size_t(e)], QString::fromUtf8(cats[size_t(c)].first),
                 QString::fromUtf8(cats[size_t(c)].second), QString(), ceilings[size_t(c)], c},
                {uuidFrom(rng), {}, {}});
    }

    // Comptoirs and workshops.
    std::vector<qint64> venueIds;
    for (const char *commune : kVenueCommunes) {
        const QString c = QString::fromUtf8(commune);
        venueIds.push_back(rows.venue(
            {QStringLiteral("Comptoir de %1").arg(c), c, Communes::codeOf(c), QString(), 0},
            {uuidFrom(rng), {}, {}}));
    }
    const int workshopCount = std::max(10, projectCount / 6);
    std::vector<qint64> workshopIds;
    workshopIds.reserve(size_t(workshopCount));
    for (int w = 0; w < workshopCount; ++w) {
        const int e = int(rng.bounded(3));
        const QString start =
            QDateTime(QDate(2024 + e, 2, 1).addDays(qint64(rng.bounded(90))), QTime(13, 0), Qt::UTC)
                .toString(Qt::ISODateWithMs);
        const qint64 venue = venueIds[rng.bounded(quint64(venueIds.size()))];
        const QString kind = pick(rng, kWorkshopKinds);
        workshopIds.push_back(rows.workshop(
            {editionIds[size_t(e)], venue, kind, start, QString(), pick(rng, kFacilitators), 12},
            {uuidFrom(rng), {}, {}}));
    }

    const QString methodology = QStringLiteral("idee-au-projet");
    for (int i = 0; i < projectCount && rows.failure().isEmpty(); ++i) {
        if (progress && i % 1000 == 0 && !progress(i, projectCount)) {
            *error = tr("Generation cancelled.");
            return false;
        }
        const Commune &drawn = drawCommune(rng);
        const QString &commune = drawn.name;
        const QString subject = pick(rng, kSubjects);
        const QString title = subject + QLatin1Char(' ') + pick(rng, kComplements) +
                              QLatin1Char(' ') + inCommune(commune);
        const QString summary = subject + QStringLiteral(" : ") + pick(rng, kActions) +
                                QStringLiteral(" ") + inCommune(commune) + QStringLiteral(". ") +
                                pick(rng, kBenefits);
        const qint64 created = qint64(rng.bounded(quint64(span)));
        const qint64 updated =
            created + qint64(rng.bounded(quint64(std::max<qint64>(1, span - created))));
        const QString createdAt = timestamp(created);
        const QString updatedAt = timestamp(updated);
        const int e = int(rng.bounded(3));
        const int c = int(rng.bounded(3));

        qint64 organisationId = 0;
        if (rng.bounded(2) == 0) {
            const QString name = QStringLiteral("%1 %2").arg(subject, commune);
            const QString form = pick(rng, kLegalForms);
            const bool ess = rng.bounded(5) != 0;
            organisationId =
                rows.organisation({name, form, ess, commune}, {uuidFrom(rng), createdAt, {}});
        }
        SeedRows::Holder holder;
        holder.firstName = pick(rng, kFirstNames);
        holder.lastName = pick(rng, kLastNames);
        holder.organisationId = organisationId;
        holder.commune = commune;
        holder.communeCode = drawn.code;
        holder.email = QStringLiteral("porteur%1@exemple.fr").arg(i + 1);
        const qint64 holderId = rows.holder(holder, {uuidFrom(rng), createdAt, {}});
        const qint64 amount = qint64(rng.bounded(45, 200)) * 10000;
        SeedRows::Project project;
        project.editionId = editionIds[size_t(e)];
        project.venueId = venueIds[rng.bounded(quint64(venueIds.size()))];
        project.categoryId = categoryIds[size_t(e)][size_t(c)];
        project.organisationId = organisationId;
        project.title = title;
        project.summary = summary;
        project.stage = pick(rng, kStages);
        project.theme = pick(rng, kThemes);
        project.commune = commune;
        project.communeCode = drawn.code;
        project.amountRequestedCents = amount;
        const qint64 projectId = rows.project(project, {uuidFrom(rng), createdAt, updatedAt});
        rows.projectHolder(projectId, holderId, true, 0);
        const QString trigger = QStringLiteral("\"%1.\"").arg(pick(rng, kActions));
        rows.answer(projectId, QStringLiteral("idee.declencheur"), trigger, methodology, 1,
                    {uuidFrom(rng), createdAt, updatedAt});
        const QString who = QStringLiteral("\"%1\"").arg(pick(rng, kBenefits));
        rows.answer(projectId, QStringLiteral("besoin.qui"), who, methodology, 1,
                    {uuidFrom(rng), createdAt, updatedAt});
        rows.budgetLine(projectId,
                        {QStringLiteral("expense"), QStringLiteral("Investissement"),
                         QStringLiteral("Matériel et aménagement"), amount, 0},
                        {uuidFrom(rng), createdAt, updatedAt});
        rows.budgetLine(projectId,
                        {QStringLiteral("resource"), QStringLiteral("Subvention"),
                         QStringLiteral("Budget Citoyen du Pas-de-Calais"), amount, 1},
                        {uuidFrom(rng), createdAt, updatedAt});
        const qint64 workshop = workshopIds[rng.bounded(quint64(workshopIds.size()))];
        rows.attendance(workshop, holderId, projectId, QStringLiteral("present"),
                        {uuidFrom(rng), createdAt, {}});
    }

    const QString failure = rows.failure();
    if (!failure.isEmpty()) {
        *error = tr("The synthetic workspace could not be filled: %1").arg(failure);
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("The synthetic workspace could not be filled: %1").arg(db.lastError().text());
        return false;
    }
    if (progress)
        progress(projectCount, projectCount);
    workspace.notifyProjectsChanged();
    return true;
}
