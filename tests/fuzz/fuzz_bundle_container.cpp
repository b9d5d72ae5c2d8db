// libFuzzer target: a .comptoir container (a ZIP) received from another laptop. Whatever the
// bytes: no crash, no read past what a member declares, and either a refusal with a message or
// a document the reader accepts whose members agree with it; then every content read as the
// importer streams it, never more than its declared size.

#include "attachments/Attachments.h"
#include "exchange/BundleContainer.h"
#include "exchange/BundleReader.h"

#include <QCryptographicHash>
#include <QIODevice>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto reader = BundleContainer::Reader::fromBytes(bytes);
    if (!reader) {
        if (reader.error().isEmpty())
            std::abort();
        return 0;
    }
    for (auto it = (*reader)->contents().cbegin(); it != (*reader)->contents().cend(); ++it) {
        if (it->size < 0 || it->size > Attachments::kMaxFileBytes)
            std::abort();
        const std::unique_ptr<QIODevice> in = (*reader)->openContent(it.key());
        if (!in)
            continue;
        QCryptographicHash sha(QCryptographicHash::Sha256);
        char buffer[4096];
        qint64 total = 0;
        for (qint64 n; (n = in->read(buffer, sizeof buffer)) > 0;) {
            total += n;
            if (total > it->size)
                std::abort(); // libzip stops at the declared size
            sha.addData(QByteArrayView(buffer, n));
        }
    }
    const Result<QByteArray> document = (*reader)->document();
    if (!document) {
        if (document.error().isEmpty())
            std::abort();
        return 0;
    }
    const BundleReader::Result read = BundleReader::read(*document);
    if (read.ok)
        (void)(*reader)->checkAgainst(read.content());
    return 0;
}
