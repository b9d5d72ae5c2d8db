#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

// SHA-256 by OpenSSL's libcrypto, which uses the processor's SHA extensions where it has them:
// a department's .comptoir file is tens of megabytes, hashed when it is written and again when it
// is read, and Qt's QCryptographicHash (portable C, about 80 instructions a byte) took longer
// over it than parsing its JSON.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // The 32 bytes of the digest; the hasher starts again empty.
    QByteArray result();

    // The digest of data in one call.
    static QByteArray hash(QByteArrayView data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};
