#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the CSV files spreadsheets and web platforms export: comma, semicolon or tab separated
// (detected), UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252 (what a French Excel
// writes), quoted fields with doubled quotes and line breaks inside. Anything else — a binary
// file, an absurd size, an unterminated quote — is refused with a French message naming the
// line, and nothing is returned.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 kMaxFileSize = 20 * 1024 * 1024;
    static constexpr int kMaxRecords = 100000;
    static constexpr int kMaxColumns = 200;
    static constexpr int kMaxFieldLength = 10000;

    enum class Encoding
    {
        Utf8,
        Utf8WithBom,
        Utf16,
        Windows1252,
    };
    static QString label(Encoding encoding);

    struct Record
    {
        int line = 0; // where the record starts in the file, from 1
        QStringList fields;
    };

    struct Result
    {
        bool ok = false;
        QString error;
        Encoding encoding = Encoding::Utf8;
        QChar separator = QLatin1Char(';');
        QList<Record> records; // blank lines left out
    };

    static Result parse(const QByteArray &bytes);

    // The bytes of a file to parse, or nullopt with error set in French: it cannot be read, or it
    // is over kMaxFileSize (`holds` says what such a file holds: « a registration list »).
    static std::optional<QByteArray> readFile(const QString &path, const QString &holds,
                                              QString *error);
    // A column title as words to look for: folded (no accents, lower case), every run of
    // other characters one space, with a space before and after (« E-mail du référent » →
    // « e mail du referent »); hasWord() looks for one whole.
    static QString titleWords(const QString &title);
    static bool hasWord(const QString &words, const char *word);
    // Each column's field as guessed from its title; one column per field, the first wins.
    template<typename Field, typename Guess>
    static QList<Field> mapColumns(const QStringList &titles, Guess guess)
    {
        QList<Field> mapping;
        for (const QString &title : titles) {
            Field field = guess(title);
            if (field != Field::Ignore && mapping.contains(field))
                field = Field::Ignore;
            mapping << field;
        }
        return mapping;
    }

    // The building blocks, public for tests.
    static bool decode(const QByteArray &bytes, QString *text, Encoding *encoding, QString *error);
    static QString fromWindows1252(const QByteArray &bytes);
    static QChar detectSeparator(QStringView text);
};
