#include "Envelope.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>
#include <QUuid>
#include <QtEndian>

#include <sodium.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace {

constexpr int kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr int kSignature = crypto_sign_BYTES;
// magic, version, mode, name length, content size, signer key, workspace UUID
constexpr int kFixedPart = Envelope::kMagicSize + 1 + 1 + 2 + 8 + crypto_sign_PUBLICKEYBYTES + 16;
constexpr int kSealedPart = crypto_box_PUBLICKEYBYTES + crypto_box_SEALBYTES +
                            crypto_secretstream_xchacha20poly1305_KEYBYTES +
                            crypto_secretstream_xchacha20poly1305_HEADERBYTES;

const unsigned char *ubytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

// Reads exactly size bytes (a device may hand them over in parts); false short of them.
bool readExactly(QIODevice &in, char *into, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 got = in.read(into + done, size - done);
        if (got <= 0) {
            if (got == 0 && in.waitForReadyRead(-1))
                continue;
            return false;
        }
        done += got;
    }
    return true;
}

bool writeAll(QIODevice &out, const char *data, qint64 size)
{
    return out.write(data, size) == size;
}

quint64 chunksFor(quint64 size)
{
    return size == 0 ? 1 : (size + Envelope::kChunk - 1) / Envelope::kChunk;
}

Result<Envelope::Header> failed(Envelope::Problem *out, Envelope::Problem problem,
                                const QString &message)
{
    if (out)
        *out = problem;
    return Failure{message};
}

QString readError(const QIODevice &in)
{
    return Envelope::tr("The file cannot be read: %1").arg(in.errorString());
}

// The signature's hash (SHA-512, Ed25519ph) computed on the other core while this one encrypts
// or decrypts and writes: the bytes are handed over chunk by chunk, in order, a few at a time.
class BackgroundSignature final
{
public:
    BackgroundSignature()
    {
        crypto_sign_init(&m_state);
        m_thread = std::thread([this] { run(); });
    }
    ~BackgroundSignature() { finish(); }
    BackgroundSignature(const BackgroundSignature &) = delete;
    BackgroundSignature &operator=(const BackgroundSignature &) = delete;

    void add(const unsigned char *data, qint64 size)
    {
        QByteArray chunk(reinterpret_cast<const char *>(data), qsizetype(size));
        std::unique_lock<std::mutex> lock(m_mutex);
        m_roomLeft.wait(lock, [this] { return m_queue.size() < kQueued; });
        m_queue.push_back(std::move(chunk));
        m_ready.notify_one();
    }
    // Every byte hashed: the state to create or verify the signature with.
    crypto_sign_state *finish()
    {
        if (m_thread.joinable()) {
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_done = true;
            }
            m_ready.notify_one();
            m_thread.join();
        }
        return &m_state;
    }

private:
    static constexpr std::size_t kQueued = 8;

    void run()
    {
        for (;;) {
            QByteArray chunk;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_ready.wait(lock, [this] { return m_done || !m_queue.empty(); });
                if (m_queue.empty())
                    return; // done, and nothing left
                chunk = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_roomLeft.notify_one();
            crypto_sign_update(&m_state, ubytes(chunk), quint64(chunk.size()));
        }
    }

    crypto_sign_state m_state;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_roomLeft;
    std::deque<QByteArray> m_queue;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace

quint64 Envelope::Header::fileSize() const
{
    const quint64 body =
        isSealed() ? contentSize + chunksFor(contentSize) * kAbytes : contentSize;
    return quint64(bytes.size()) + body + kSignature;
}

bool Envelope::isEnvelope(const QByteArray &head)
{
    return head.size() >= kMagicSize && std::memcmp(head.constData(), kMagic, kMagicSize) == 0;
}

bool Envelope::isEnvelopeFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && isEnvelope(file.read(kMagicSize));
}

Result<void> Envelope::write(QIODevice &content, QIODevice &out, const SigningKey &signer,
                             const QByteArray &recipient)
{
    if (!Sodium::ready())
        return Failure{tr("The cryptography library cannot start.")};
    if (signer.secretKey.size() != crypto_sign_SECRETKEYBYTES ||
        signer.identity.publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return Failure{tr("The workspace's signing key is damaged.")};
    if (!recipient.isEmpty() && recipient.size() != crypto_box_PUBLICKEYBYTES)
        return Failure{tr("The Department's key is damaged.")};
    const quint64 size = quint64(content.size() - content.pos());
    if (size > kMaxContent)
        return Failure{tr("The file is too large to be sealed.")};
    const bool sealed = !recipient.isEmpty();
    QByteArray name = signer.identity.name.toUtf8();
    if (name.size() > kMaxName)
        name = signer.identity.name.left(kMaxName / 4).toUtf8();

    QByteArray header;
    header.reserve(kFixedPart + kSealedPart + name.size());
    header.append(kMagic, kMagicSize);
    header.append(char(kVersion));
    header.append(char(sealed ? Mode::Sealed : Mode::Signed));
    char number[8];
    qToLittleEndian<quint16>(quint16(name.size()), number);
    header.append(number, 2);
    qToLittleEndian<quint64>(size, number);
    header.append(number, 8);
    header.append(signer.identity.publicKey);
    header.append(QUuid::fromString(signer.identity.workspace).toRfc4122());

    SecretBytes fileKey;
    crypto_secretstream_xchacha20poly1305_state stream;
    if (sealed) {
        fileKey = SecretBytes(crypto_secretstream_xchacha20poly1305_KEYBYTES);
        crypto_secretstream_xchacha20poly1305_keygen(fileKey.data());
        QByteArray wrapped(int(crypto_box_SEALBYTES + fileKey.size()), Qt::Uninitialized);
        QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES,
                                Qt::Uninitialized);
        if (crypto_box_seal(reinterpret_cast<unsigned char *>(wrapped.data()), fileKey.data(),
                            fileKey.size(), ubytes(recipient)) != 0 ||
            crypto_secretstream_xchacha20poly1305_init_push(
                &stream, reinterpret_cast<unsigned char *>(streamHeader.data()),
                fileKey.data()) != 0)
            return Failure{tr("The file could not be sealed.")};
        header.append(recipient);
        header.append(wrapped);
        header.append(streamHeader);
    }
    header.append(name);

    BackgroundSignature signature;
    signature.add(ubytes(header), header.size());
    if (!writeAll(out, header.constData(), header.size()))
        return Failure{tr("The file cannot be written: %1").arg(out.errorString())};

    std::vector<unsigned char> plain(kChunk);
    std::vector<unsigned char> cipher(kChunk + kAbytes);
    quint64 left = size;
    bool first = true;
    do {
        const qint64 take = qint64(qMin<quint64>(left, kChunk));
        if (!readExactly(content, reinterpret_cast<char *>(plain.data()), take))
            return Failure{readError(content)};
        left -= quint64(take);
        const unsigned char *written = plain.data();
        qint64 writtenSize = take;
        if (sealed) {
            unsigned long long cipherSize = 0;
            crypto_secretstream_xchacha20poly1305_push(
                &stream, cipher.data(), &cipherSize, plain.data(), quint64(take),
                first ? ubytes(header) : nullptr, first ? quint64(header.size()) : 0,
                left == 0 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
            written = cipher.data();
            writtenSize = qint64(cipherSize);
        }
        signature.add(written, writtenSize);
        if (!writeAll(out, reinterpret_cast<const char *>(written), writtenSize))
            return Failure{tr("The file cannot be written: %1").arg(out.errorString())};
        first = false;
    } while (left > 0);
    sodium_memzero(plain.data(), plain.size());
    sodium_memzero(&stream, sizeof stream);

    unsigned char signatureBytes[kSignature];
    crypto_sign_final_create(signature.finish(), signatureBytes, nullptr,
                             signer.secretKey.data());
    if (!writeAll(out, reinterpret_cast<const char *>(signatureBytes), kSignature))
        return Failure{tr("The file cannot be written: %1").arg(out.errorString())};
    return {};
}

Result<Envelope::Header> Envelope::readHeader(QIODevice &in, Problem *problem)
{
    if (problem)
        *problem = Problem::None;
    if (!Sodium::ready())
        return failed(problem, Problem::Io, tr("The cryptography library cannot start."));
    Header header;
    QByteArray fixed(kFixedPart, Qt::Uninitialized);
    if (!readExactly(in, fixed.data(), kMagicSize) || !isEnvelope(fixed.left(kMagicSize)))
        return failed(problem, Problem::NotEnvelope,
                      tr("This is not a sealed or signed Comptoir file."));
    const auto truncated = [&] {
        return failed(problem, Problem::Truncated,
                      tr("The file is incomplete: it stops inside its header (%1 bytes). It was "
                         "cut short, during a copy perhaps; ask for it again.")
                          .arg(in.size()));
    };
    if (!readExactly(in, fixed.data() + kMagicSize, kFixedPart - kMagicSize))
        return truncated();
    const auto *at = reinterpret_cast<const uchar *>(fixed.constData()) + kMagicSize;
    const int version = at[0];
    const int mode = at[1];
    const int nameSize = qFromLittleEndian<quint16>(at + 2);
    header.contentSize = qFromLittleEndian<quint64>(at + 4);
    header.signer.publicKey = fixed.mid(kMagicSize + 12, crypto_sign_PUBLICKEYBYTES);
    const QUuid workspace = QUuid::fromRfc4122(fixed.mid(kMagicSize + 12 + 32, 16));
    header.signer.workspace = workspace.toString(QUuid::WithoutBraces);
    if (version > kVersion)
        return failed(problem, Problem::NewerVersion,
                      tr("The file was written by a newer version of Comptoir (envelope %1): "
                         "update Comptoir to open it.")
                          .arg(version));
    const auto damaged = [&](const QString &what) {
        return failed(problem, Problem::Damaged,
                      tr("The file's header is damaged (%1): it cannot be opened. Ask for the "
                         "file again.")
                          .arg(what));
    };
    if (version < 1)
        return damaged(tr("version %1").arg(version));
    if (mode != int(Mode::Sealed) && mode != int(Mode::Signed))
        return damaged(tr("mode %1").arg(mode));
    header.mode = Mode(mode);
    if (nameSize > kMaxName)
        return damaged(tr("a name of %1 bytes").arg(nameSize));
    if (header.contentSize > kMaxContent)
        return damaged(tr("a content of %1 GB").arg(header.contentSize >> 30));
    const int rest = (header.isSealed() ? kSealedPart : 0) + nameSize;
    QByteArray tail(rest, Qt::Uninitialized);
    if (!readExactly(in, tail.data(), rest))
        return truncated();
    int offset = 0;
    if (header.isSealed()) {
        header.recipient = tail.mid(offset, crypto_box_PUBLICKEYBYTES);
        offset += crypto_box_PUBLICKEYBYTES;
        header.wrappedKey = tail.mid(
            offset, crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES);
        offset += header.wrappedKey.size();
        header.streamHeader = tail.mid(offset, crypto_secretstream_xchacha20poly1305_HEADERBYTES);
        offset += header.streamHeader.size();
    }
    const QByteArray name = tail.mid(offset, nameSize);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    header.signer.name = utf8.decode(name);
    if (utf8.hasError() || workspace.isNull())
        return damaged(tr("the name of the workspace that wrote it"));
    header.bytes = fixed + tail;

    // The size the header announces is the file's, to the byte.
    if (!in.isSequential()) {
        const quint64 expected = header.fileSize();
        const quint64 actual = quint64(in.size());
        if (actual < expected)
            return failed(problem, Problem::Truncated,
                          tr("The file is incomplete: %1 of the %2 bytes it should weigh. It "
                             "was cut short, during a copy perhaps; ask for it again.")
                              .arg(QLocale().toString(actual), QLocale().toString(expected)));
        if (actual > expected)
            return failed(problem, Problem::Altered,
                          tr("The file was altered after it was written: %1 bytes were added "
                             "at its end. It cannot be opened; ask for it again.")
                              .arg(QLocale().toString(actual - expected)));
    }
    return header;
}

Result<Envelope::Header> Envelope::readHeaderOf(const QString &path, Problem *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(problem, Problem::Io,
                      tr("“%1” cannot be read: %2").arg(QFileInfo(path).fileName(),
                                                        file.errorString()));
    return readHeader(file, problem);
}

Result<Envelope::Header> Envelope::open(QIODevice &in, QIODevice &out,
                                        const DepartmentKey::Unlocked *key, Problem *problem)
{
    Result<Header> read = readHeader(in, problem);
    if (!read)
        return read;
    const Header &header = *read;
    const auto altered = [&](const QString &where) {
        return failed(problem, Problem::Altered,
                      tr("The file was altered after it was written (%1): it cannot be opened. "
                         "Ask for it again.")
                          .arg(where));
    };

    crypto_secretstream_xchacha20poly1305_state stream;
    if (header.isSealed()) {
        if (!key || key->secretKey.size() != crypto_box_SECRETKEYBYTES)
            return failed(problem, Problem::NoKey,
                          tr("The file is sealed for the Department (key %1): it is opened with "
                             "the Department's secret key, which this workspace does not hold.")
                              .arg(Sodium::fingerprint(header.recipient)));
        if (header.recipient != key->publicKey)
            return failed(problem, Problem::OtherKey,
                          tr("The file is sealed for another key (fingerprint %1), not for the "
                             "Department's key of this workspace (%2): it cannot be opened here.")
                              .arg(Sodium::fingerprint(header.recipient),
                                   Sodium::fingerprint(key->publicKey)));
        SecretBytes fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
        if (crypto_box_seal_open(fileKey.data(), ubytes(header.wrappedKey),
                                 quint64(header.wrappedKey.size()), ubytes(key->publicKey),
                                 key->secretKey.data()) != 0)
            return altered(tr("its key"));
        if (crypto_secretstream_xchacha20poly1305_init_pull(&stream, ubytes(header.streamHeader),
                                                            fileKey.data()) != 0)
            return altered(tr("its key"));
    }

    BackgroundSignature signature;
    signature.add(ubytes(header.bytes), header.bytes.size());
    std::vector<unsigned char> cipher(kChunk + kAbytes);
    std::vector<unsigned char> plain(kChunk);
    quint64 left = header.contentSize;
    quint64 position = quint64(header.bytes.size());
    bool first = true;
    do {
        const qint64 take = qint64(qMin<quint64>(left, kChunk));
        const qint64 stored = header.isSealed() ? take + kAbytes : take;
        if (!readExactly(in, reinterpret_cast<char *>(cipher.data()), stored))
            return in.atEnd() ? failed(problem, Problem::Truncated,
                                       tr("The file is incomplete: it stops at byte %1. It was "
                                          "cut short; ask for it again.")
                                           .arg(QLocale().toString(position)))
                              : failed(problem, Problem::Io, readError(in));
        signature.add(cipher.data(), stored);
        left -= quint64(take);
        const unsigned char *opened = cipher.data();
        if (header.isSealed()) {
            unsigned long long plainSize = 0;
            unsigned char tag = 0;
            if (crypto_secretstream_xchacha20poly1305_pull(
                    &stream, plain.data(), &plainSize, &tag, cipher.data(), quint64(stored),
                    first ? ubytes(header.bytes) : nullptr,
                    first ? quint64(header.bytes.size()) : 0) != 0 ||
                plainSize != quint64(take))
                return altered(first ? tr("its header or its content's first bytes")
                                     : tr("its content, from byte %1")
                                           .arg(QLocale().toString(position)));
            const bool last = left == 0;
            if (last != (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL))
                return altered(tr("its content, from byte %1").arg(QLocale().toString(position)));
            opened = plain.data();
        }
        if (!writeAll(out, reinterpret_cast<const char *>(opened), take))
            return failed(problem, Problem::Io,
                          tr("The opened file cannot be written: %1").arg(out.errorString()));
        position += quint64(stored);
        first = false;
    } while (left > 0);
    sodium_memzero(plain.data(), plain.size());
    sodium_memzero(&stream, sizeof stream);

    unsigned char signatureBytes[kSignature];
    if (!readExactly(in, reinterpret_cast<char *>(signatureBytes), kSignature))
        return failed(problem, Problem::Truncated,
                      tr("The file is incomplete: its signature is missing. It was cut short; "
                         "ask for it again."));
    if (crypto_sign_final_verify(signature.finish(), signatureBytes,
                                 ubytes(header.signer.publicKey)) != 0)
        return failed(problem, Problem::BadSignature,
                      tr("The file's signature does not match: it was altered, or it was not "
                         "signed by the workspace it names (« %1 », key %2). It cannot be "
                         "imported.")
                          .arg(header.signer.name, header.signer.fingerprint()));
    if (problem)
        *problem = Problem::None;
    return read;
}
