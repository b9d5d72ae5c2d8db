#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

// The numbers that identify a porteurs' structure or a partner in France: the SIRET of an
// establishment (14 digits: the SIREN of the company, 9, then the establishment's 5), and the
// RNA number of an association (« W » and 9 characters, e.g. W622001234). Typed with spaces,
// dots or dashes, they are read without them; a SIRET's or SIREN's last digit is checked (the
// Luhn key, as INSEE computes it; La Poste's establishments, SIREN 356 000 000, have a key of
// their own: the sum of the SIRET's digits is a multiple of 5). Duplicates are found by these
// normalised numbers.
class Identifiers final
{
    Q_DECLARE_TR_FUNCTIONS(Identifiers)

public:
    // The SIRET as 14 digits, or why it is not one (in French).
    static Result<QString> siret(const QString &typed);
    // The SIREN as 9 digits, or why it is not one.
    static Result<QString> siren(const QString &typed);
    // The RNA number as « W » and 9 characters in upper case, or why it is not one.
    static Result<QString> rna(const QString &typed);
    // « 123 456 789 00012 »: a SIRET as it is usually written.
    static QString formatSiret(const QString &digits);

    // Whether digits pass the Luhn check (every second digit from the right doubled).
    static bool luhn(const QString &digits);
};
