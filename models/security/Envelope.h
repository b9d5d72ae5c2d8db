#pragma once

#include "Keys.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

// The envelope of a .comptoir file: the file a workspace writes (plain JSON or a container),
// signed by that workspace (Ed25519) and, when a Department key is known, sealed for it: a
// random file key wrapped for the Department's public key (crypto_box_seal), the content
// encrypted in chunks with it (crypto_secretstream_xchacha20poly1305). Recognised by its first
// eight bytes; laid out byte by byte in resources/exchange/README.md, "The envelope".
//
// Both directions are streams: memory stays flat whatever the size. Opening checks, in this
// order, the header, the file's size against it, the key it is sealed for, the wrapped key,
// each chunk (authenticated, the first one with the whole header), then the signature over
// everything: each failure has its own Problem and French message.
class Envelope final
{
    Q_DECLARE_TR_FUNCTIONS(Envelope)

public:
    static constexpr char kMagic[9] = "\x89" "CPTR\r\n\x1a";
    static constexpr int kMagicSize = 8;
    static constexpr int kVersion = 1;
    static constexpr int kChunk = 64 * 1024;
    static constexpr int kMaxName = 512; // bytes
    // What the content may weigh: a container's limit and its document's.
    static constexpr quint64 kMaxContent = 64ULL * 1024 * 1024 * 1024 + 256ULL * 1024 * 1024;

    enum class Mode : quint8
    {
        Sealed = 1, // encrypted for the Department, and signed
        Signed = 2, // signed only
    };

    enum class Problem
    {
        None,
        NotEnvelope,
        Damaged,      // the header cannot be read
        NewerVersion, // written by a newer Comptoir
        Truncated,
        NoKey,        // sealed, and no Department secret key given
        OtherKey,     // sealed for another key
        Altered,      // a byte changed or added: the wrapped key, the content, the header
        BadSignature, // everything decrypts, but the signature is not the signer's
        Io,
    };

    struct Header
    {
        Mode mode = Mode::Signed;
        SignerIdentity signer;
        QByteArray recipient;    // sealed: the Department's public key
        QByteArray wrappedKey;   // sealed: the file key, for the recipient
        QByteArray streamHeader; // sealed: the stream's header
        quint64 contentSize = 0;
        QByteArray bytes; // the header as it stands in the file

        bool isSealed() const { return mode == Mode::Sealed; }
        // What the file must weigh, from its header.
        quint64 fileSize() const;
    };

    static bool isEnvelope(const QByteArray &head);
    static bool isEnvelopeFile(const QString &path);

    // Writes content (from its current position to its end) into out as an envelope signed
    // with signer, sealed for recipient (a Department public key) unless it is empty.
    static Result<void> write(QIODevice &content, QIODevice &out, const SigningKey &signer,
                              const QByteArray &recipient = {});

    // Reads and checks the header, then that the device's size agrees with it.
    static Result<Header> readHeader(QIODevice &in, Problem *problem = nullptr);
    static Result<Header> readHeaderOf(const QString &path, Problem *problem = nullptr);

    // Opens the envelope in `in` (at its start) into `out`: checks everything above. key is the
    // Department's secret, opened (sealed files only). On failure out holds a part of the
    // content, for the caller to throw away.
    static Result<Header> open(QIODevice &in, QIODevice &out,
                               const DepartmentKey::Unlocked *key = nullptr,
                               Problem *problem = nullptr);
};
