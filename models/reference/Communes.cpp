#include "Communes.h"

#include "text/TextFolding.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <vector>

namespace {

struct Data
{
    QList<Commune> communes;
    QHash<QString, qsizetype> byCode;                       // current and former codes
    QHash<QString, qsizetype> byName;                       // folded current names
    QHash<QString, QPair<QString, qsizetype>> byFormerName; // folded → (as written, commune)
    QList<QPair<QString, const Commune *>> formerNames;
    QMultiHash<QString, qsizetype> byPostalCode;
    QList<Territory> arrondissements;
    QList<Territory> epcis;
    QString source;
};

QString key(QStringView name)
{
    return TextFolding::fold(name).simplified();
}

Data load()
{
    Data d;
    QFile file(QStringLiteral(":/data/communes-62.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return d;
    struct Former
    {
        QString code, name, current;
    };
    QList<Former> former;
    QList<QPair<QString, QString>> merged;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("# Source: "))) {
            d.source = line.mid(10).section(QLatin1Char(' '), 0, 1);
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        const QString kind = f.value(0);
        if (kind == QLatin1String("a") && f.size() >= 3) {
            d.arrondissements.append({f.at(1), f.at(2)});
        } else if (kind == QLatin1String("e") && f.size() >= 3) {
            d.epcis.append({f.at(1), f.at(2)});
        } else if (kind == QLatin1String("c") && f.size() >= 7) {
            Commune c;
            c.code = f.at(1);
            c.name = f.at(2);
            c.postalCodes = f.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
            c.arrondissement = f.at(4);
            c.epci = f.at(5);
            c.population = f.at(6).toInt();
            d.communes.append(c);
        } else if (kind == QLatin1String("f") && f.size() >= 4) {
            former.append({f.at(1), f.at(2), f.at(3)});
        } else if (kind == QLatin1String("m") && f.size() >= 3) {
            merged.append({f.at(1), f.at(2)});
        }
    }
    std::sort(d.communes.begin(), d.communes.end(),
              [](const Commune &a, const Commune &b) { return a.code < b.code; });
    std::sort(d.epcis.begin(), d.epcis.end(), [](const Territory &a, const Territory &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (qsizetype i = 0; i < d.communes.size(); ++i) {
        const Commune &c = d.communes.at(i);
        d.byCode.insert(c.code, i);
        d.byName.insert(key(c.name), i);
        for (const QString &postalCode : c.postalCodes)
            d.byPostalCode.insert(postalCode, i);
    }
    for (const auto &[old, current] : std::as_const(merged)) {
        if (!d.byCode.contains(old) && d.byCode.contains(current))
            d.byCode.insert(old, d.byCode.value(current));
    }
    for (const Former &f : std::as_const(former)) {
        const auto current = d.byCode.constFind(f.current);
        if (current == d.byCode.constEnd() || d.byName.contains(key(f.name)))
            continue;
        d.byFormerName.insert(key(f.name), {f.name, *current});
    }
    for (const auto &former : std::as_const(d.byFormerName))
        d.formerNames.append({former.first, &d.communes.at(former.second)});
    std::sort(d.formerNames.begin(), d.formerNames.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return d;
}

const Data &data()
{
    static const Data d = load();
    return d;
}

} // namespace

const QList<Commune> &Communes::all()
{
    return data().communes;
}

const Commune *Communes::byCode(QStringView code)
{
    const Data &d = data();
    const auto it = d.byCode.constFind(code.toString());
    return it == d.byCode.constEnd() ? nullptr : &d.communes.at(*it);
}

Communes::Match Communes::find(const QString &name)
{
    const Data &d = data();
    const QString folded = key(name);
    if (folded.isEmpty())
        return {};
    if (const auto it = d.byName.constFind(folded); it != d.byName.constEnd())
        return {&d.communes.at(*it), QString()};
    if (const auto it = d.byFormerName.constFind(folded); it != d.byFormerName.constEnd())
        return {&d.communes.at(it->second), it->first};
    return {};
}

QString Communes::codeOf(const QString &name)
{
    const Match match = find(name);
    return match ? match.commune->code : QStringLiteral(""); // never null: NOT NULL columns
}

namespace {

// Levenshtein's distance, given up past `limit`.
int distance(QStringView a, QStringView b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
            best = std::min(best, current[size_t(j)]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous.back();
}

} // namespace

QList<const Commune *> Communes::suggestions(const QString &name, int max)
{
    const QString folded = key(name);
    QList<const Commune *> result;
    if (folded.size() < 3)
        return result;
    const Data &d = data();
    for (const Commune &commune : d.communes) {
        const QString name = key(commune.name);
        if (name.startsWith(folded + QLatin1Char(' ')) ||
            folded.startsWith(name + QLatin1Char(' ')))
            result << &commune;
    }
    // The largest first: "Boulogne" means Boulogne-sur-Mer more often than not.
    std::stable_sort(result.begin(), result.end(), [](const Commune *a, const Commune *b) {
        return a->population > b->population;
    });
    if (result.isEmpty()) {
        QList<QPair<int, const Commune *>> near;
        for (const Commune &commune : d.communes) {
            const int far = distance(folded, key(commune.name), 2);
            if (far <= 2)
                near.append({far, &commune});
        }
        std::stable_sort(near.begin(), near.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[far, commune] : std::as_const(near))
            result << commune;
    }
    return result.mid(0, max);
}

QList<const Commune *> Communes::byPostalCode(QStringView postalCode)
{
    const Data &d = data();
    QList<qsizetype> indexes = d.byPostalCode.values(postalCode.trimmed().toString());
    std::sort(indexes.begin(), indexes.end());
    QList<const Commune *> result;
    for (qsizetype i : std::as_const(indexes))
        result << &d.communes.at(i);
    return result;
}

const QList<QPair<QString, const Commune *>> &Communes::formerNames()
{
    return data().formerNames;
}

const QList<Territory> &Communes::arrondissements()
{
    return data().arrondissements;
}

const QList<Territory> &Communes::epcis()
{
    return data().epcis;
}

namespace {

QString nameIn(const QList<Territory> &territories, QStringView code)
{
    for (const Territory &t : territories) {
        if (t.code == code)
            return t.name;
    }
    return {};
}

} // namespace

QString Communes::arrondissementName(QStringView code)
{
    return nameIn(arrondissements(), code);
}

QString Communes::epciName(QStringView code)
{
    return nameIn(epcis(), code);
}

QStringList Communes::codesInArrondissement(QStringView code)
{
    QStringList codes;
    for (const Commune &commune : all()) {
        if (commune.arrondissement == code)
            codes << commune.code;
    }
    return codes;
}

QStringList Communes::codesInEpci(QStringView code)
{
    QStringList codes;
    for (const Commune &commune : all()) {
        if (commune.epci == code)
            codes << commune.code;
    }
    return codes;
}

QString Communes::label(const Commune &commune)
{
    return commune.postalCodes.isEmpty()
               ? commune.name
               : tr("%1 (%2)").arg(commune.name, commune.postalCodes.join(QStringLiteral(", ")));
}

QString Communes::source()
{
    return data().source;
}
