#pragma once

#include <QLocale>
#include <QString>

#include <cmath>
#include <optional>

// Amounts are euro cents (qint64) everywhere; this is how people read them: "4 500 €",
// "12,50 €" in French.
namespace Money {

// Never broken across lines: the thousands separator and the space before the euro sign are
// no-break spaces (U+00A0: French's narrow one, U+202F, is missing from many fonts, and text
// falling back to another font for it can break there).
inline QString format(qint64 cents)
{
    return QLocale()
        .toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), cents % 100 == 0 ? 0 : 2)
        .replace(QChar(0x202f), QChar(0x00a0))
        .replace(QLatin1Char(' '), QChar(0x00a0));
}

// A whole number as people read it ("12 500"), its separator a no-break space.
inline QString number(qint64 value)
{
    return QLocale().toString(value).replace(QChar(0x202f), QChar(0x00a0));
}

// A number as people type it: "1 500,50", "1500.5", "2 000 €" (spaces, non-breaking spaces and
// the euro sign ignored, comma or point as decimal separator). Nothing for empty or not a number.
inline QString normalisedNumber(QString text)
{
    text.remove(QLatin1Char(' '))
        .remove(QChar(0x00a0))
        .remove(QChar(0x202f))
        .remove(QStringLiteral("€"));
    return text.replace(QLatin1Char(','), QLatin1Char('.'));
}

inline std::optional<double> parseNumber(const QString &typed)
{
    const QString text = normalisedNumber(typed);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// An amount typed in euros, in cents: 0 when empty, nothing when it is not an amount between 0
// and maxCents.
inline std::optional<qint64> parseCents(const QString &text, qint64 maxCents)
{
    if (normalisedNumber(text).isEmpty())
        return 0;
    const std::optional<double> euros = parseNumber(text);
    if (!euros || *euros < 0 || *euros * 100 > double(maxCents))
        return std::nullopt;
    return qRound64(*euros * 100);
}

} // namespace Money
