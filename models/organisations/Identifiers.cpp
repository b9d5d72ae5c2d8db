#include "Identifiers.h"

#include <algorithm>

namespace {

// The typed text without the separators people write.
QString compact(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'.' || c == u'-' || c == u'/' || c == QChar(0x00a0) ||
            c == QChar(0x202f))
            continue;
        out += c;
    }
    return out;
}

bool allDigits(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

bool Identifiers::luhn(const QString &digits)
{
    if (!allDigits(digits))
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

Result<QString> Identifiers::siren(const QString &typed)
{
    const QString digits = compact(typed);
    if (!allDigits(digits) || digits.size() != 9)
        return Failure{tr("A SIREN has 9 digits.")};
    if (!luhn(digits))
        return Failure{tr("This SIREN's last digit does not match the others: a digit was "
                          "mistyped.")};
    return digits;
}

Result<QString> Identifiers::siret(const QString &typed)
{
    const QString digits = compact(typed);
    if (!allDigits(digits) || digits.size() != 14)
        return Failure{tr("A SIRET has 14 digits (the SIREN's 9, then the establishment's 5).")};
    // La Poste's establishments: the sum of the digits is a multiple of 5.
    if (digits.startsWith(QLatin1String("356000000"))) {
        int sum = 0;
        for (const QChar c : digits)
            sum += c.unicode() - u'0';
        if (sum % 5 == 0)
            return digits;
        return Failure{tr("This SIRET's digits do not match: a digit was mistyped.")};
    }
    if (!luhn(digits.left(9)))
        return Failure{tr("This SIRET's first 9 digits (its SIREN) do not match: a digit was "
                          "mistyped.")};
    if (!luhn(digits))
        return Failure{tr("This SIRET's last digit does not match the others: a digit was "
                          "mistyped.")};
    return digits;
}

Result<QString> Identifiers::rna(const QString &typed)
{
    const QString text = compact(typed).toUpper();
    // « W » and nine characters: digits, or an older prefecture's letter and digits.
    const bool shaped = text.size() == 10 && text.startsWith(u'W') &&
                        std::all_of(text.cbegin() + 1, text.cend(), [](QChar c) {
                            return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
                        });
    if (!shaped)
        return Failure{tr("An RNA number is « W » followed by 9 characters, e.g. W622001234.")};
    return text;
}

QString Identifiers::formatSiret(const QString &digits)
{
    if (digits.size() != 14)
        return digits;
    return QStringLiteral("%1 %2 %3 %4")
        .arg(digits.mid(0, 3), digits.mid(3, 3), digits.mid(6, 3), digits.mid(9, 5));
}
