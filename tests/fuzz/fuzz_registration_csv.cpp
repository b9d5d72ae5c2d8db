// libFuzzer target: a registration list (CSV) chosen by a facilitator, from any spreadsheet, and
// a list of partners for the directory read the same way.
// Whatever the bytes: no crash, and either records with a located line each and no field or
// row beyond the limits, or a message saying why the file was refused.

#include "exchange/CsvReader.h"
#include "exchange/RegistrationImport.h"
#include "organisations/DirectoryImport.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvReader::Result result = CsvReader::parse(bytes);
    if (!result.ok) {
        if (result.error.isEmpty() || !result.records.isEmpty())
            std::abort();
        return 0;
    }
    if (result.records.isEmpty() || result.records.size() > CsvReader::kMaxRecords)
        std::abort();
    int previous = 0;
    for (const CsvReader::Record &record : result.records) {
        if (record.line <= previous || record.fields.size() > CsvReader::kMaxColumns + 1)
            std::abort();
        previous = record.line;
        for (const QString &field : record.fields) {
            if (field.size() > CsvReader::kMaxFieldLength)
                std::abort();
        }
    }
    // Mapping the columns by their titles never fails either.
    const RegistrationImport::Preview preview = RegistrationImport::read(bytes);
    if (preview.csv.ok && preview.mapping.size() != preview.headers.size())
        std::abort();
    // Nor for the directory's partners.
    const DirectoryImport::Preview partners = DirectoryImport::read(bytes);
    if (partners.csv.ok && partners.mapping.size() != partners.headers.size())
        std::abort();
    return 0;
}
