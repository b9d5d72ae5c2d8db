#include "CsvReader.h"

#include "text/TextFolding.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <array>

QString CsvReader::label(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return tr("UTF-8");
    case Encoding::Utf8WithBom:
        return tr("UTF-8 (with BOM)");
    case Encoding::Utf16:
        return tr("UTF-16");
    case Encoding::Windows1252:
        return tr("Windows-1252 (Excel)");
    }
    return {};
}

QString CsvReader::fromWindows1252(const QByteArray &bytes)
{
    // 0x80–0x9F differ from Latin-1: the euro sign, curly quotes, œ, Œ, dashes…; the five bytes
    // Windows-1252 leaves undefined become U+FFFD.
    static constexpr std::array<char16_t, 32> high = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = byte >= 0x80 && byte < 0xA0 ? QChar(high[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

bool CsvReader::decode(const QByteArray &bytes, QString *text, Encoding *encoding, QString *error)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *text = decoder.decode(bytes.mid(3));
        *encoding = Encoding::Utf8WithBom;
        if (decoder.hasError()) {
            *error = tr("The file says it is UTF-8 but holds bytes that are not.");
            return false;
        }
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        *text = decoder.decode(bytes.mid(2));
        *encoding = Encoding::Utf16;
        if (decoder.hasError()) {
            *error = tr("The file says it is UTF-16 but holds bytes that are not.");
            return false;
        }
    } else {
        if (bytes.contains('\0')) {
            *error = tr("This is not a text file (it holds binary data): export the sheet as "
                        "CSV from the spreadsheet.");
            return false;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *text = decoder.decode(bytes);
        *encoding = Encoding::Utf8;
        if (decoder.hasError()) {
            // Not UTF-8: the other thing French spreadsheets write.
            *text = fromWindows1252(bytes);
            *encoding = Encoding::Windows1252;
        }
    }
    if (text->contains(QChar::Null)) {
        *error = tr("This is not a text file (it holds binary data): export the sheet as CSV "
                    "from the spreadsheet.");
        return false;
    }
    // Control characters other than tab and line breaks mean a binary file read as text.
    qsizetype controls = 0;
    for (const QChar c : std::as_const(*text)) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
            c != QLatin1Char('\r'))
            ++controls;
    }
    if (controls > 0 && controls * 100 > text->size()) {
        *error = tr("This is not a text file (it holds binary data): export the sheet as CSV "
                    "from the spreadsheet.");
        return false;
    }
    return true;
}

QChar CsvReader::detectSeparator(QStringView text)
{
    // Counted outside quotes on the first record (the header): the most frequent wins, and a
    // semicolon wins a tie, being what French spreadsheets write.
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                if (semicolons + commas + tabs > 0)
                    break;
            } else if (c == QLatin1Char(';')) {
                ++semicolons;
            } else if (c == QLatin1Char(',')) {
                ++commas;
            } else if (c == QLatin1Char('\t')) {
                ++tabs;
            }
        }
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    if (commas > semicolons)
        return QLatin1Char(',');
    return QLatin1Char(';');
}

CsvReader::Result CsvReader::parse(const QByteArray &bytes)
{
    Result result;
    if (bytes.size() > kMaxFileSize) {
        result.error = tr("The file is too large (%1 MB); a registration list holds at most %2 MB.")
                           .arg(bytes.size() / (1024 * 1024))
                           .arg(kMaxFileSize / (1024 * 1024));
        return result;
    }
    QString text;
    if (!decode(bytes, &text, &result.encoding, &result.error))
        return result;
    if (text.trimmed().isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    const QChar separator = detectSeparator(text);
    result.separator = separator;

    int line = 1;
    int recordLine = 1;
    QStringList fields;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted
    bool fieldStarted = false;
    const auto fail = [&result](const QString &message) {
        result.records.clear();
        result.error = message;
        return result;
    };
    const auto endField = [&]() -> bool {
        if (field.size() > kMaxFieldLength)
            return false;
        fields << (wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
        return true;
    };
    const auto endRecord = [&]() {
        const bool blank = std::all_of(fields.cbegin(), fields.cend(),
                                       [](const QString &f) { return f.isEmpty(); });
        if (!blank)
            result.records << Record{recordLine, fields};
        fields.clear();
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('\r')) {
                // \r\n and a lone \r both become \n inside a field.
                if (!(i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))) {
                    field += QLatin1Char('\n');
                    ++line;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
                if (field.size() > kMaxFieldLength)
                    return fail(tr("Line %1: a field is longer than %2 characters.")
                                    .arg(recordLine)
                                    .arg(kMaxFieldLength));
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            wasQuoted = true;
            field.clear(); // spaces before the opening quote
            fieldStarted = true;
        } else if (c == separator) {
            if (!endField())
                return fail(tr("Line %1: a field is longer than %2 characters.")
                                .arg(recordLine)
                                .arg(kMaxFieldLength));
            if (fields.size() > kMaxColumns)
                return fail(tr("Line %1: more than %2 columns.").arg(recordLine).arg(kMaxColumns));
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endField())
                return fail(tr("Line %1: a field is longer than %2 characters.")
                                .arg(recordLine)
                                .arg(kMaxFieldLength));
            endRecord();
            ++line;
            recordLine = line;
            if (result.records.size() > kMaxRecords)
                return fail(tr("The file holds more than %1 lines.").arg(kMaxRecords));
        } else {
            // Text after a closing quote is kept, as spreadsheets do.
            field += c;
            fieldStarted = fieldStarted || !c.isSpace();
            if (field.size() > kMaxFieldLength)
                return fail(tr("Line %1: a field is longer than %2 characters.")
                                .arg(recordLine)
                                .arg(kMaxFieldLength));
        }
    }
    if (quoted)
        return fail(tr("Line %1: a quote opened here is never closed.").arg(recordLine));
    if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
        if (!endField())
            return fail(tr("Line %1: a field is longer than %2 characters.")
                            .arg(recordLine)
                            .arg(kMaxFieldLength));
        endRecord();
    }
    if (fields.size() > kMaxColumns)
        return fail(tr("Line %1: more than %2 columns.").arg(recordLine).arg(kMaxColumns));
    if (result.records.size() > kMaxRecords)
        return fail(tr("The file holds more than %1 lines.").arg(kMaxRecords));
    if (result.records.isEmpty())
        return fail(tr("The file is empty."));
    result.ok = true;
    return result;
}

std::optional<QByteArray> CsvReader::readFile(const QString &path, const QString &holds,
                                              QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileSize) {
        *error = tr("The file is too large (%1 MB); %2 holds at most %3 MB.")
                     .arg(file.size() / (1024 * 1024))
                     .arg(holds)
                     .arg(kMaxFileSize / (1024 * 1024));
        return std::nullopt;
    }
    return file.readAll();
}

QString CsvReader::titleWords(const QString &title)
{
    QString words = TextFolding::fold(title);
    static const QRegularExpression others(QStringLiteral("[^a-z0-9]+"));
    words.replace(others, QStringLiteral(" "));
    return QLatin1Char(' ') + words.simplified() + QLatin1Char(' ');
}

bool CsvReader::hasWord(const QString &words, const char *word)
{
    return words.contains(QLatin1Char(' ') + QLatin1String(word) + QLatin1Char(' '));
}
