// libFuzzer target: a methodology definition loaded from a file by a mission officer.
// Whatever the bytes: no crash, and either a definition whose every field is reachable by its
// qualified key, or at least one located error message.

#include "methodology/Methodology.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList errors;
    const std::optional<Methodology> methodology = Methodology::parse(json, &errors);
    if (!methodology) {
        if (errors.isEmpty() || errors.size() > 20)
            std::abort();
        return 0;
    }
    if (!errors.isEmpty() || methodology->sections.isEmpty())
        std::abort();
    for (const Methodology::Section &section : methodology->sections) {
        for (const Methodology::Field &field : section.fields) {
            if (methodology->field(field.qualifiedKey) == nullptr)
                std::abort();
        }
    }
    return 0;
}
