// libFuzzer target: a .comptoir file received from another laptop, by e-mail or on a USB key.
// Whatever the bytes: no crash, and either an accepted document whose checksum is right, or
// between one and ten located problems and no content.

#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

namespace {

void check(const QByteArray &bytes)
{
    const BundleReader::Result result = BundleReader::read(bytes);
    if (!result.ok) {
        if (result.problems.isEmpty() || result.problems.size() > BundleReader::kMaxProblems ||
            !result.document.isEmpty())
            std::abort();
        return;
    }
    if (!result.problems.isEmpty() ||
        BundleWriter::sha256(result.content()).toStdString() !=
            result.document.value(QStringLiteral("sha256")).toString().toStdString())
        std::abort();
    // Parsed in two halves or whole, the document is what one parse of the whole file gives.
    if (result.document != QJsonDocument::fromJson(bytes).object())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    check(bytes);
    // Random bytes rarely carry the right checksum: give the mutated content one, so that the
    // checks behind it are fuzzed too.
    QJsonObject document = QJsonDocument::fromJson(bytes).object();
    if (document.value(QStringLiteral("content")).isObject()) {
        document.insert(QStringLiteral("sha256"),
                        QString::fromLatin1(BundleWriter::sha256(
                            document.value(QStringLiteral("content")).toObject())));
        check(QJsonDocument(document).toJson(QJsonDocument::Compact));
    }
    return 0;
}
