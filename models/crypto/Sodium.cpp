#include "Sodium.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace Sodium {

bool ready()
{
    static const bool started = sodium_init() >= 0;
    return started;
}

QString fingerprint(const QByteArray &publicKey)
{
    if (publicKey.isEmpty() || !ready())
        return {};
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       std::size_t(publicKey.size()), nullptr, 0);
    // Crockford's base 32: no I, L, O or U, nothing to mistake when read aloud.
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    // 16 characters of 5 bits: the first 10 bytes of the hash.
    QString text;
    quint64 bits = 0;
    int held = 0;
    int written = 0;
    for (int i = 0; i < 10; ++i) {
        bits = (bits << 8) | hash[i];
        held += 8;
        while (held >= 5) {
            held -= 5;
            if (written > 0 && written % 4 == 0)
                text += QLatin1Char(' ');
            text += QLatin1Char(kAlphabet[(bits >> held) & 31]);
            ++written;
        }
    }
    return text;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (ready())
        randombytes_buf(bytes.data(), std::size_t(size));
    return bytes;
}

bool newSigningSeed(QByteArray *seed, QByteArray *publicKey)
{
    if (!ready())
        return false;
    *seed = randomBytes(crypto_sign_SEEDBYTES);
    *publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    SecretBytes secret(crypto_sign_SECRETKEYBYTES);
    return !secret.isEmpty() &&
           crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey->data()),
                                    secret.data(),
                                    reinterpret_cast<const unsigned char *>(seed->constData())) == 0;
}

} // namespace Sodium

SecretBytes::SecretBytes(std::size_t size)
{
    if (!Sodium::ready() || size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data)
        m_size = size;
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data); // wipes the bytes first
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::copy() const
{
    SecretBytes other(m_size);
    if (other.m_data && m_data)
        std::memcpy(other.m_data, m_data, m_size);
    return other;
}
