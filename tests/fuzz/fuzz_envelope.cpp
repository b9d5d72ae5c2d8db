// libFuzzer target: the envelope of a .comptoir file (security/Envelope), sealed or signed,
// received from another laptop. Opened with a fixed Department key, so that the seeds sealed for
// it lead the fuzzer past the wrapped key into the chunks and the signature. Whatever the bytes:
// no crash, no allocation larger than the input, and either a refusal with a message and its
// Problem, or a content of exactly the size the header announced.
//
// The seeds (tests/fuzz/corpus/envelope) are written by this target itself:
//   COMPTOIR_FUZZ_WRITE_SEEDS=tests/fuzz/corpus/envelope build/fuzz/tests/fuzz/fuzz_envelope

#include "security/Envelope.h"
#include "security/Keys.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <sodium.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

const DepartmentKey::Unlocked &departmentKey()
{
    static const DepartmentKey::Unlocked key = [] {
        DepartmentKey::Unlocked made;
        if (!Sodium::ready())
            std::abort();
        made.secretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
        std::memset(made.secretKey.data(), 0x62, made.secretKey.size());
        made.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
        crypto_scalarmult_base(reinterpret_cast<unsigned char *>(made.publicKey.data()),
                               made.secretKey.data());
        return made;
    }();
    return key;
}

void writeSeeds(const QString &folder)
{
    const Result<SigningKey> signer =
        SigningKey::fromSeed(QByteArray(32, '\x2a'),
                             QStringLiteral("6d0c5a1e-62a0-4c1b-9c62-000000000062"),
                             QStringLiteral("Comptoir de fuzz"));
    if (!signer)
        std::abort();
    const QByteArray document =
        QByteArrayLiteral("{\"content\":{},\"exportedAt\":\"2026-12-01T00:00:00.000Z\","
                          "\"format\":\"comptoir-bundle\",\"formatVersion\":1}");
    const QByteArray large(3 * Envelope::kChunk / 2, 'x'); // two chunks
    const struct
    {
        const char *name;
        QByteArray content;
        bool sealed;
    } seeds[] = {{"sealed-small", document, true},
                 {"sealed-two-chunks", large, true},
                 {"sealed-empty", QByteArray(), true},
                 {"signed-small", document, false}};
    QDir().mkpath(folder);
    for (const auto &seed : seeds) {
        QByteArray content = seed.content;
        QBuffer in(&content);
        in.open(QIODevice::ReadOnly);
        QFile out(QDir(folder).filePath(QLatin1String(seed.name)));
        if (!out.open(QIODevice::WriteOnly) ||
            !Envelope::write(in, out, *signer,
                             seed.sealed ? departmentKey().publicKey : QByteArray()))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const QByteArray folder = qgetenv("COMPTOIR_FUZZ_WRITE_SEEDS"); !folder.isEmpty()) {
        writeSeeds(QString::fromLocal8Bit(folder));
        std::exit(0);
    }
    departmentKey();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    Envelope::Problem problem = Envelope::Problem::Io;
    const Result<Envelope::Header> opened = Envelope::open(in, out, &departmentKey(), &problem);
    if (!opened) {
        if (opened.error().isEmpty() || problem == Envelope::Problem::None)
            std::abort();
        if (out.data().size() > bytes.size())
            std::abort();
        return 0;
    }
    if (problem != Envelope::Problem::None ||
        quint64(out.data().size()) != opened->contentSize ||
        opened->fileSize() != quint64(bytes.size()))
        std::abort();
    return 0;
}
