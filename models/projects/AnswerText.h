#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

// One project answer as plain text, whatever its shape (text, number, list, rows, a grid, a
// commune): the one rendering the importer's conflicts, the platform file, the dossier and the
// editor's archive share. Texts are trimmed and empty ones left out; a commune reads as its
// name; whole numbers have no decimals.
class AnswerText final
{
    Q_DECLARE_TR_FUNCTIONS(AnswerText)

public:
    enum class Numbers
    {
        Locale, // "1 234,5" in French, for people
        Plain,  // "1234.5", for files other programs read
    };
    struct Style
    {
        QString listSeparator = QStringLiteral("\n");   // between the items of a list
        QString objectSeparator = QStringLiteral("\n"); // between the parts of a grid or a row
        Numbers numbers = Numbers::Locale;
    };

    static QString plain(const QJsonValue &answer, const Style &style);
    static QString plain(const QJsonValue &answer) { return plain(answer, Style()); }
    // A number as the style writes it.
    static QString number(double value, Numbers numbers);
};
