#pragma once

#include <QLocale>
#include <QString>

// Amounts are euro cents (qint64) everywhere; this is how people read them: "4 500 €",
// "12,50 €" in French.
namespace Money {

inline QString format(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"),
                                      cents % 100 == 0 ? 0 : 2);
}

} // namespace Money
