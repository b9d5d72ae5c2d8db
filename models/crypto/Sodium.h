#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

// libsodium, started once, and what every key shares. No cryptography of our own: the
// primitives are libsodium's; how they are put together is documented in
// resources/exchange/README.md, "The envelope".
namespace Sodium {

// sodium_init(), once; false when the library cannot start (no source of randomness).
bool ready();

// A public key's fingerprint, short enough to be read over the phone: the first 80 bits of its
// BLAKE2b hash as 16 characters of Crockford's base 32 (no I, L, O or U), in four groups:
// "K7QF 2M9X HC4T WPRN".
QString fingerprint(const QByteArray &publicKey);

// Random bytes from the system's source.
QByteArray randomBytes(int size);

// A new Ed25519 signing key: its 32-byte seed (how a workspace keeps it) and its public half.
bool newSigningSeed(QByteArray *seed, QByteArray *publicKey);

} // namespace Sodium

// Secret bytes (a secret key, a file key) in memory kept out of swap and wiped when released
// (sodium_malloc: locked pages between guard pages). Moved, never copied by accident.
class SecretBytes final
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // An explicit copy, in secure memory too.
    SecretBytes copy() const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};
