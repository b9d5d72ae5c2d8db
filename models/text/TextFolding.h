#pragma once

#include <QString>
#include <QStringView>

#include <string>

// Folds text for accent- and case-insensitive matching: "Épicerie Saint-Pol" → "epicerie saint
// pol". Letters lose their diacritics and case, ligatures expand (œ → oe), everything that is not a
// letter or a digit becomes a space. The common Latin range goes through a table built once, so
// folding a 100,000-row list stays in the order of milliseconds.
namespace TextFolding {

QString fold(QStringView text);

// Appends the folded text to out (avoids a temporary when building a composite key).
void appendFolded(QStringView text, QString &out);

// Whether text, folded, starts with prefix (already folded), or is exactly it when whole is
// set; folded as it is compared, so that a word that differs from its first letter costs that
// letter only (the search's passages test each word of a text against the words looked for).
bool startsWithFolded(QStringView text, QStringView prefix, bool whole = false);

// The same, appended in UTF-8 (what QString::toUtf8() of the folded text gives), for keys kept
// in UTF-8 without a UTF-16 string in between.
void appendFoldedUtf8(QStringView text, std::string &out);

} // namespace TextFolding
