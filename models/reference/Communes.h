#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One current commune of the Pas-de-Calais, as the official geographic code (COG) knows it.
struct Commune
{
    QString code; // INSEE code, five characters ("62588")
    QString name; // "Montreuil-sur-Mer"
    QStringList postalCodes;
    QString arrondissement; // its code ("624")
    QString epci;           // the SIREN of its communauté de communes, d'agglomération or urbaine
    int population = 0;
};

// An arrondissement or an EPCI of the department.
struct Territory
{
    QString code;
    QString name;
};

// The communes of the Pas-de-Calais shipped in resources (data/communes-62.tsv, generated from
// the COG by data/update-communes.mjs): every current commune with its INSEE code, postal codes,
// arrondissement and EPCI, and the former names of the communes merged into a commune nouvelle.
// Read once, on first use. Matching names ignores case, accents and hyphens ("saint pol sur
// ternoise" finds "Saint-Pol-sur-Ternoise").
class Communes final
{
    Q_DECLARE_TR_FUNCTIONS(Communes)

public:
    // What a name or a code designates. formerName is set when it was the name of a commune
    // merged since into `commune` (a commune déléguée or associée).
    struct Match
    {
        const Commune *commune = nullptr;
        QString formerName;
        explicit operator bool() const { return commune != nullptr; }
    };

    static const QList<Commune> &all(); // by INSEE code
    // The commune of a current or former INSEE code; nullptr when it is not one of the department.
    static const Commune *byCode(QStringView code);
    // The commune named name, now or formerly; an empty match when no commune of the
    // department has that name.
    static Match find(const QString &name);
    // The INSEE code of the commune named name (now or formerly); empty when there is none.
    static QString codeOf(const QString &name);
    // What a name the list does not know may have meant: the communes whose name starts with it
    // or begins it ("Boulogne" → Boulogne-sur-Mer, "Arras-Centre" → Arras), the largest first;
    // else those within two letters of it ("Lievn" → Liévin), the closest first; at most `max`.
    static QList<const Commune *> suggestions(const QString &name, int max = 3);
    // The communes a postal code serves ("62170" → Montreuil-sur-Mer, Neuville-sous-Montreuil…).
    static QList<const Commune *> byPostalCode(QStringView postalCode);
    // The former names, each with the commune it belongs to.
    static const QList<QPair<QString, const Commune *>> &formerNames();

    static const QList<Territory> &arrondissements(); // by code
    static const QList<Territory> &epcis();           // by name
    static QString arrondissementName(QStringView code);
    // The INSEE codes of the communes of an arrondissement, of an EPCI.
    static QStringList codesInArrondissement(QStringView code);
    static QStringList codesInEpci(QStringView code);
    static QString epciName(QStringView code);

    // "Montreuil-sur-Mer (62170)": a commune as lists show it.
    static QString label(const Commune &commune);
    // Where the data comes from, as its file says ("@etalab/decoupage-administratif 6.0.0").
    static QString source();
};
