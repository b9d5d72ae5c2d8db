#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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

    // The building blocks, public for tests.
    static bool decode(const QByteArray &bytes, QString *text, Encoding *encoding, QString *error);
    static QString fromWindows1252(const QByteArray &bytes);
    static QChar detectSeparator(QStringView text);
};
