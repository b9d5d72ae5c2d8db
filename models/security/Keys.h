#pragma once

#include "crypto/Sodium.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class Workspace;

// Who wrote a .comptoir file, as its envelope says: the writing workspace's signing key, its
// UUID (origin) and the name it goes by.
struct SignerIdentity
{
    QByteArray publicKey; // Ed25519, 32 bytes
    QString workspace;    // the workspace's UUID
    QString name;
    QString fingerprint() const { return Sodium::fingerprint(publicKey); }
};

// A workspace's own signing key (Ed25519), made when its schema reaches version 10 (at creation,
// or the first time an older workspace is opened) and kept in it (signing_key). Every .comptoir
// file the workspace writes is signed with it; its fingerprint is shown in « À propos de cet
// espace ».
class SigningKey final
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    SignerIdentity identity;
    SecretBytes secretKey; // libsodium's 64-byte Ed25519 secret key
    QString createdAt;

    QString fingerprint() const { return identity.fingerprint(); }

    // The workspace's key, with its name (workspace_info "name", else the file's name).
    static Result<SigningKey> ofWorkspace(const Workspace &workspace);
    // A key from its 32-byte seed (how it is stored).
    static Result<SigningKey> fromSeed(const QByteArray &seed, const QString &workspace,
                                       const QString &name);

    // The name the workspace signs with; setName stores it (empty: back to the file's name).
    static QString name(const Workspace &workspace);
    static Result<void> setName(Workspace &workspace, const QString &name);
};

// The Department's key pair (X25519), that deposit files are sealed for. The mission officer
// creates it; its secret half is locked by a passphrase (Argon2id, then XSalsa20-Poly1305:
// libsodium's crypto_pwhash and crypto_secretbox) and kept in the workspace or in a key file of
// its own; its public half is handed out to facilitators as a small file.
class DepartmentKey final
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentKey)

public:
    static constexpr int kMinPassphrase = 10; // characters
    static constexpr qint64 kMaxKeyFile = 64 * 1024;

    // How hard the passphrase is made to guess: Argon2id's limits.
    struct Derivation
    {
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        // libsodium's "moderate" (256 MB, about a second): a key opened once per session.
        static Derivation standard();
        // The least libsodium allows: for tests only.
        static Derivation quick();
    };

    // The public half: what a facilitator imports.
    struct Public
    {
        QByteArray key; // 32 bytes
        QString label;  // « Département du Pas-de-Calais »
        QString createdAt;
        QString fingerprint() const { return Sodium::fingerprint(key); }

        QByteArray toJson() const;
        static Result<Public> fromJson(const QByteArray &bytes);
        static Result<Public> readFile(const QString &path);
        Result<void> writeFile(const QString &path) const;
    };

    // The secret half locked by a passphrase: the key file's content.
    struct Locked
    {
        Public publicHalf;
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        QByteArray salt;  // crypto_pwhash_SALTBYTES
        QByteArray nonce; // crypto_secretbox_NONCEBYTES
        QByteArray box;   // the secret key, sealed

        QByteArray toJson() const;
        static Result<Locked> fromJson(const QByteArray &bytes);
        static Result<Locked> readFile(const QString &path);
        Result<void> writeFile(const QString &path) const;
    };

    // The secret half, opened for this session.
    struct Unlocked
    {
        QByteArray publicKey;
        SecretBytes secretKey; // 32 bytes
    };

    // A new key pair, its secret locked by passphrase (at least kMinPassphrase characters).
    static Result<Locked> create(const QString &label, const QString &passphrase,
                                 Derivation derivation = Derivation::standard());
    // Opens the secret half; a wrong passphrase has its own message.
    static Result<Unlocked> unlock(const Locked &locked, const QString &passphrase);

    // What a workspace knows of the Department's key.
    struct Stored
    {
        Public publicHalf;
        std::optional<Locked> locked; // the secret half, when kept in the workspace
        QString secretFile;           // the key file holding it, when kept apart
        QString addedAt;
        bool hasSecret() const { return locked.has_value() || !secretFile.isEmpty(); }
        // The secret half: from the workspace, or read from its key file.
        Result<Locked> lockedHalf() const;
    };
    static Result<std::optional<Stored>> load(const Workspace &workspace);
    // Records the key: its public half, and where its secret is (in the workspace: locked; in a
    // file: secretFile; neither: a facilitator's workspace).
    static Result<void> store(Workspace &workspace, const Public &publicHalf,
                              const Locked *locked = nullptr, const QString &secretFile = {});
    static Result<void> remove(Workspace &workspace);
};

// The Department's secret keys opened in this session: the passphrase is asked once.
class KeySession final
{
public:
    static const DepartmentKey::Unlocked *find(const QByteArray &publicKey);
    static const DepartmentKey::Unlocked *keep(DepartmentKey::Unlocked key);
    static void forget(const QByteArray &publicKey);
    static void forgetAll();
};

// The workspaces whose files were accepted here, by signing key (known_signers).
class KnownSigners final
{
    Q_DECLARE_TR_FUNCTIONS(KnownSigners)

public:
    struct Signer
    {
        SignerIdentity identity;
        QString acceptedAt;
        QString lastFileAt;
        int files = 0;
    };

    enum class Standing
    {
        Yours,    // this very workspace signed it
        Known,    // a key accepted before (perhaps under another name: see known)
        New,      // never seen, and no one known goes by its name or UUID
        NameClash // never seen, but its name or UUID is known here with another key
    };

    struct Verdict
    {
        Standing standing = Standing::New;
        std::optional<Signer> known; // Known: the key's row
        QList<Signer> clashes;       // NameClash: who goes by that name or UUID here
    };

    static Result<Verdict> judge(const Workspace &workspace, const SignerIdentity &signer);
    // Accepts the signer, or counts one more file of theirs (inside the import's transaction).
    static Result<void> record(Workspace &workspace, const SignerIdentity &signer);
    static Result<QList<Signer>> all(const Workspace &workspace);
    static Result<void> forget(Workspace &workspace, const QByteArray &publicKey);
};
