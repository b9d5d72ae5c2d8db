#include "Keys.h"

#include "storage/Timestamp.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <memory>

namespace {

const QString kPublicFormat = QStringLiteral("comptoir-department-public-key");
const QString kSecretFormat = QStringLiteral("comptoir-department-key");

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

QString base64(const QByteArray &array)
{
    return QString::fromLatin1(array.toBase64());
}

// A base64 field of exactly size bytes, or nothing.
std::optional<QByteArray> fixedBytes(const QJsonObject &object, const QString &key, int size)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return std::nullopt;
    return decoded.decoded;
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{DepartmentKey::tr("“%1” cannot be read: %2").arg(shown, file.errorString())};
    if (file.size() > DepartmentKey::kMaxKeyFile)
        return Failure{DepartmentKey::tr("“%1” is not a key file: it is far too large (%2 KB).")
                           .arg(shown)
                           .arg(file.size() / 1024)};
    return file.readAll();
}

Result<void> writeSmallFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit())
        return Failure{DepartmentKey::tr("“%1” cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

Result<QJsonObject> parseKeyJson(const QByteArray &bytes, const QString &format)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Failure{DepartmentKey::tr("This is not a Comptoir key file.")};
    const QString found = object.value(QLatin1String("format")).toString();
    if (found != format) {
        if (found == kSecretFormat)
            return Failure{DepartmentKey::tr(
                "This is the Department's secret key file, not its public key: hand out the "
                "public key only (File › The Department’s key…, “Export the public key”).")};
        if (found == kPublicFormat)
            return Failure{DepartmentKey::tr(
                "This file holds only the Department's public key, not its secret key.")};
        return Failure{DepartmentKey::tr("This is not a Comptoir key file.")};
    }
    if (object.value(QLatin1String("formatVersion")).toInt() != 1)
        return Failure{DepartmentKey::tr(
            "This key file was made by a newer version of Comptoir: update Comptoir to read it.")};
    return object;
}

QString sqlFailure(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// SigningKey

Result<SigningKey> SigningKey::fromSeed(const QByteArray &seed, const QString &workspace,
                                        const QString &name)
{
    if (!Sodium::ready())
        return Failure{tr("The cryptography library cannot start.")};
    if (seed.size() != crypto_sign_SEEDBYTES)
        return Failure{tr("The workspace's signing key is damaged.")};
    SigningKey key;
    key.secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    key.identity.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    if (key.secretKey.isEmpty())
        return Failure{tr("The cryptography library cannot start.")};
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(key.identity.publicKey.data()),
                             key.secretKey.data(), bytes(seed));
    key.identity.workspace = workspace;
    key.identity.name = name;
    return key;
}

Result<SigningKey> SigningKey::ofWorkspace(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT seed, public_key, created_at FROM signing_key")) ||
        !query.next())
        return Failure{tr("The workspace has no signing key: %1")
                           .arg(query.lastError().isValid() ? sqlFailure(query)
                                                            : tr("it was never made."))};
    const QByteArray seed = query.value(0).toByteArray();
    const QByteArray stored = query.value(1).toByteArray();
    const QString createdAt = query.value(2).toString();
    query.finish();
    Result<SigningKey> key = fromSeed(seed, workspace.origin(), name(workspace));
    if (key && key->identity.publicKey != stored)
        return Failure{tr("The workspace's signing key is damaged.")};
    if (key)
        key->createdAt = createdAt;
    return key;
}

QString SigningKey::name(const Workspace &workspace)
{
    const QString chosen = workspace.info(QStringLiteral("name")).trimmed();
    return chosen.isEmpty() ? workspace.displayName() : chosen;
}

Result<void> SigningKey::setName(Workspace &workspace, const QString &name)
{
    QSqlQuery query(workspace.database());
    const QString trimmed = name.simplified();
    if (trimmed.size() > 120)
        return Failure{tr("The name is too long (%1 characters; 120 at most).").arg(trimmed.size())};
    if (trimmed.isEmpty()) {
        if (!query.exec(QStringLiteral("DELETE FROM workspace_info WHERE key = 'name'")))
            return Failure{sqlFailure(query)};
        return {};
    }
    query.prepare(QStringLiteral(
        "INSERT INTO workspace_info (key, value) VALUES ('name', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(trimmed);
    if (!query.exec())
        return Failure{sqlFailure(query)};
    return {};
}

// ---------------------------------------------------------------------------------------------
// DepartmentKey

DepartmentKey::Derivation DepartmentKey::Derivation::standard()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

DepartmentKey::Derivation DepartmentKey::Derivation::quick()
{
    return {crypto_pwhash_OPSLIMIT_MIN, 8 * 1024 * 1024};
}

QByteArray DepartmentKey::Public::toJson() const
{
    const QJsonObject object{
        {QStringLiteral("format"), kPublicFormat},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("label"), label},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("publicKey"), base64(key)},
        {QStringLiteral("fingerprint"), fingerprint()},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

namespace {

Result<DepartmentKey::Public> publicFrom(const QJsonObject &object)
{
    DepartmentKey::Public half;
    const std::optional<QByteArray> key =
        fixedBytes(object, QStringLiteral("publicKey"), crypto_box_PUBLICKEYBYTES);
    if (!key)
        return Failure{DepartmentKey::tr("The key file is damaged: its public key is unreadable.")};
    half.key = *key;
    half.label = object.value(QLatin1String("label")).toString().left(200);
    half.createdAt = object.value(QLatin1String("createdAt")).toString().left(40);
    // The fingerprint written for people must be the key's: a file edited by hand is refused.
    const QJsonValue written = object.value(QLatin1String("fingerprint"));
    if (!written.isUndefined() && written.toString() != half.fingerprint())
        return Failure{DepartmentKey::tr(
            "The key file is damaged: the fingerprint it shows is not its key's.")};
    return half;
}

} // namespace

Result<DepartmentKey::Public> DepartmentKey::Public::fromJson(const QByteArray &bytes)
{
    const Result<QJsonObject> object = parseKeyJson(bytes, kPublicFormat);
    if (!object)
        return Failure{object.error()};
    return publicFrom(*object);
}

Result<DepartmentKey::Public> DepartmentKey::Public::readFile(const QString &path)
{
    const Result<QByteArray> content = readSmallFile(path);
    if (!content)
        return Failure{content.error()};
    return fromJson(*content);
}

Result<void> DepartmentKey::Public::writeFile(const QString &path) const
{
    return writeSmallFile(path, toJson());
}

QByteArray DepartmentKey::Locked::toJson() const
{
    const QJsonObject secret{
        {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
        {QStringLiteral("opsLimit"), double(opsLimit)},
        {QStringLiteral("memLimit"), double(memLimit)},
        {QStringLiteral("salt"), base64(salt)},
        {QStringLiteral("cipher"), QStringLiteral("xsalsa20poly1305")},
        {QStringLiteral("nonce"), base64(nonce)},
        {QStringLiteral("box"), base64(box)},
    };
    const QJsonObject object{
        {QStringLiteral("format"), kSecretFormat},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("label"), publicHalf.label},
        {QStringLiteral("createdAt"), publicHalf.createdAt},
        {QStringLiteral("publicKey"), base64(publicHalf.key)},
        {QStringLiteral("fingerprint"), publicHalf.fingerprint()},
        {QStringLiteral("secret"), secret},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<DepartmentKey::Locked> DepartmentKey::Locked::fromJson(const QByteArray &bytes)
{
    const Result<QJsonObject> object = parseKeyJson(bytes, kSecretFormat);
    if (!object)
        return Failure{object.error()};
    Result<Public> half = publicFrom(*object);
    if (!half)
        return Failure{half.error()};
    Locked locked;
    locked.publicHalf = *half;
    const QJsonObject secret = object->value(QLatin1String("secret")).toObject();
    const double ops = secret.value(QLatin1String("opsLimit")).toDouble(-1);
    const double mem = secret.value(QLatin1String("memLimit")).toDouble(-1);
    const auto salt = fixedBytes(secret, QStringLiteral("salt"), crypto_pwhash_SALTBYTES);
    const auto nonce = fixedBytes(secret, QStringLiteral("nonce"), crypto_secretbox_NONCEBYTES);
    const auto box = fixedBytes(secret, QStringLiteral("box"),
                                crypto_box_SECRETKEYBYTES + crypto_secretbox_MACBYTES);
    // Limits a hostile file could set to stall the machine are refused before any work.
    if (secret.value(QLatin1String("kdf")).toString() != QLatin1String("argon2id13") ||
        secret.value(QLatin1String("cipher")).toString() != QLatin1String("xsalsa20poly1305") ||
        ops < crypto_pwhash_OPSLIMIT_MIN || ops > 16 || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > 1024.0 * 1024 * 1024 || !salt || !nonce || !box)
        return Failure{tr("The key file is damaged: its secret part is unreadable.")};
    locked.opsLimit = quint64(ops);
    locked.memLimit = quint64(mem);
    locked.salt = *salt;
    locked.nonce = *nonce;
    locked.box = *box;
    return locked;
}

Result<DepartmentKey::Locked> DepartmentKey::Locked::readFile(const QString &path)
{
    const Result<QByteArray> content = readSmallFile(path);
    if (!content)
        return Failure{content.error()};
    return fromJson(*content);
}

Result<void> DepartmentKey::Locked::writeFile(const QString &path) const
{
    const Result<void> written = writeSmallFile(path, toJson());
    if (written)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return written;
}

namespace {

// The key that locks the secret: Argon2id of the passphrase.
Result<SecretBytes> passphraseKey(const QString &passphrase, const QByteArray &salt, quint64 ops,
                                  quint64 mem)
{
    SecretBytes key(crypto_secretbox_KEYBYTES);
    const QByteArray utf8 = passphrase.toUtf8();
    if (key.isEmpty() ||
        crypto_pwhash(key.data(), key.size(), utf8.constData(), std::size_t(utf8.size()),
                      bytes(salt), ops, std::size_t(mem), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Failure{DepartmentKey::tr(
            "The passphrase could not be processed: the computer lacks memory (%1 MB needed).")
                           .arg(mem / (1024 * 1024))};
    return key;
}

} // namespace

Result<DepartmentKey::Locked> DepartmentKey::create(const QString &label,
                                                    const QString &passphrase,
                                                    Derivation derivation)
{
    if (!Sodium::ready())
        return Failure{tr("The cryptography library cannot start.")};
    if (passphrase.size() < kMinPassphrase)
        return Failure{tr("The passphrase is too short: %1 characters at least.")
                           .arg(kMinPassphrase)};
    Locked locked;
    locked.publicHalf.label = label.simplified();
    locked.publicHalf.createdAt = Timestamp::now();
    locked.publicHalf.key = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    SecretBytes secret(crypto_box_SECRETKEYBYTES);
    if (secret.isEmpty())
        return Failure{tr("The cryptography library cannot start.")};
    crypto_box_keypair(reinterpret_cast<unsigned char *>(locked.publicHalf.key.data()),
                       secret.data());
    locked.opsLimit = derivation.opsLimit;
    locked.memLimit = derivation.memLimit;
    locked.salt = Sodium::randomBytes(crypto_pwhash_SALTBYTES);
    locked.nonce = Sodium::randomBytes(crypto_secretbox_NONCEBYTES);
    const Result<SecretBytes> key =
        passphraseKey(passphrase, locked.salt, locked.opsLimit, locked.memLimit);
    if (!key)
        return Failure{key.error()};
    locked.box = QByteArray(int(secret.size() + crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(locked.box.data()), secret.data(),
                          secret.size(), bytes(locked.nonce), key->data());
    return locked;
}

Result<DepartmentKey::Unlocked> DepartmentKey::unlock(const Locked &locked,
                                                      const QString &passphrase)
{
    if (!Sodium::ready())
        return Failure{tr("The cryptography library cannot start.")};
    const Result<SecretBytes> key =
        passphraseKey(passphrase, locked.salt, locked.opsLimit, locked.memLimit);
    if (!key)
        return Failure{key.error()};
    Unlocked unlocked;
    unlocked.publicKey = locked.publicHalf.key;
    unlocked.secretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
    if (unlocked.secretKey.isEmpty())
        return Failure{tr("The cryptography library cannot start.")};
    if (locked.box.size() != int(crypto_box_SECRETKEYBYTES + crypto_secretbox_MACBYTES) ||
        crypto_secretbox_open_easy(unlocked.secretKey.data(), bytes(locked.box),
                                   std::size_t(locked.box.size()), bytes(locked.nonce),
                                   key->data()) != 0)
        return Failure{tr("Wrong passphrase: the Department's key stays locked.")};
    // The secret must be the public key's: a key file whose halves were put together from two
    // keys is refused.
    QByteArray derived(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(derived.data()),
                           unlocked.secretKey.data());
    if (derived != unlocked.publicKey)
        return Failure{tr("The key file is damaged: its secret part is not its public key's.")};
    return unlocked;
}

Result<DepartmentKey::Locked> DepartmentKey::Stored::lockedHalf() const
{
    if (locked)
        return *locked;
    if (secretFile.isEmpty())
        return Failure{tr("This workspace holds only the Department's public key: files sealed "
                          "for it are opened by the mission officers' workspace that holds its "
                          "secret key.")};
    if (!QFileInfo::exists(secretFile))
        return Failure{tr("The Department's key file “%1” is not there (a USB key not plugged "
                          "in?).")
                           .arg(QDir::toNativeSeparators(secretFile))};
    Result<Locked> read = Locked::readFile(secretFile);
    if (read && read->publicHalf.key != publicHalf.key)
        return Failure{tr("“%1” holds another key than the Department's key of this workspace "
                          "(fingerprint %2).")
                           .arg(QDir::toNativeSeparators(secretFile), publicHalf.fingerprint())};
    return read;
}

Result<std::optional<DepartmentKey::Stored>> DepartmentKey::load(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT public_key, label, key_created_at, locked_secret, "
                                   "secret_file, added_at FROM department_key")))
        return Failure{sqlFailure(query)};
    if (!query.next())
        return std::optional<Stored>();
    Stored stored;
    stored.publicHalf.key = query.value(0).toByteArray();
    stored.publicHalf.label = query.value(1).toString();
    stored.publicHalf.createdAt = query.value(2).toString();
    if (!query.value(3).isNull()) {
        Result<Locked> locked = Locked::fromJson(query.value(3).toString().toUtf8());
        if (!locked)
            return Failure{locked.error()};
        stored.locked = *locked;
    }
    stored.secretFile = query.value(4).toString();
    stored.addedAt = query.value(5).toString();
    return std::optional<Stored>(std::move(stored));
}

Result<void> DepartmentKey::store(Workspace &workspace, const Public &publicHalf,
                                  const Locked *locked, const QString &secretFile)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO department_key (id, public_key, label, key_created_at, "
        "locked_secret, secret_file, added_at) VALUES (1, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(publicHalf.key);
    query.addBindValue(publicHalf.label);
    query.addBindValue(publicHalf.createdAt);
    query.addBindValue(locked ? QVariant(QString::fromUtf8(locked->toJson()))
                              : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(secretFile.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(QFileInfo(secretFile).absoluteFilePath()));
    query.addBindValue(Timestamp::now());
    if (!query.exec())
        return Failure{tr("The Department's key could not be recorded: %1").arg(sqlFailure(query))};
    return {};
}

Result<void> DepartmentKey::remove(Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("DELETE FROM department_key")))
        return Failure{sqlFailure(query)};
    return {};
}

// ---------------------------------------------------------------------------------------------
// KeySession

namespace {

QHash<QByteArray, std::shared_ptr<DepartmentKey::Unlocked>> &openedKeys()
{
    static QHash<QByteArray, std::shared_ptr<DepartmentKey::Unlocked>> keys;
    return keys;
}

} // namespace

const DepartmentKey::Unlocked *KeySession::find(const QByteArray &publicKey)
{
    const auto found = openedKeys().constFind(publicKey);
    return found == openedKeys().cend() ? nullptr : found->get();
}

const DepartmentKey::Unlocked *KeySession::keep(DepartmentKey::Unlocked key)
{
    const QByteArray publicKey = key.publicKey;
    auto kept = std::make_shared<DepartmentKey::Unlocked>(std::move(key));
    openedKeys().insert(publicKey, kept);
    return kept.get();
}

void KeySession::forget(const QByteArray &publicKey)
{
    openedKeys().remove(publicKey);
}

void KeySession::forgetAll()
{
    openedKeys().clear();
}

// ---------------------------------------------------------------------------------------------
// KnownSigners

namespace {

KnownSigners::Signer signerFrom(const QSqlQuery &query)
{
    KnownSigners::Signer signer;
    signer.identity.publicKey = query.value(0).toByteArray();
    signer.identity.workspace = query.value(1).toString();
    signer.identity.name = query.value(2).toString();
    signer.acceptedAt = query.value(3).toString();
    signer.lastFileAt = query.value(4).toString();
    signer.files = query.value(5).toInt();
    return signer;
}

const QString kSignerColumns =
    QStringLiteral("public_key, workspace, name, accepted_at, last_file_at, files");

} // namespace

Result<KnownSigners::Verdict> KnownSigners::judge(const Workspace &workspace,
                                                   const SignerIdentity &signer)
{
    Verdict verdict;
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT public_key FROM signing_key")))
        return Failure{sqlFailure(query)};
    if (query.next() && query.value(0).toByteArray() == signer.publicKey) {
        verdict.standing = Standing::Yours;
        return verdict;
    }
    query.prepare(QStringLiteral("SELECT %1 FROM known_signers WHERE public_key = ?")
                      .arg(kSignerColumns));
    query.addBindValue(signer.publicKey);
    if (!query.exec())
        return Failure{sqlFailure(query)};
    if (query.next()) {
        verdict.standing = Standing::Known;
        verdict.known = signerFrom(query);
        return verdict;
    }
    // Another key for a name or a workspace known here: someone may pass for them.
    query.prepare(QStringLiteral("SELECT %1 FROM known_signers WHERE workspace = ? "
                                 "OR name = ? COLLATE NOCASE ORDER BY accepted_at")
                      .arg(kSignerColumns));
    query.addBindValue(signer.workspace);
    query.addBindValue(signer.name);
    if (!query.exec())
        return Failure{sqlFailure(query)};
    while (query.next())
        verdict.clashes << signerFrom(query);
    verdict.standing = verdict.clashes.isEmpty() ? Standing::New : Standing::NameClash;
    return verdict;
}

Result<void> KnownSigners::record(Workspace &workspace, const SignerIdentity &signer)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "INSERT INTO known_signers (public_key, workspace, name, accepted_at, last_file_at, "
        "files) VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (public_key) DO UPDATE SET "
        "name = excluded.name, last_file_at = excluded.last_file_at, files = files + 1"));
    const QString now = Timestamp::now();
    query.addBindValue(signer.publicKey);
    query.addBindValue(signer.workspace);
    query.addBindValue(signer.name);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return Failure{tr("The file's signer could not be recorded: %1").arg(sqlFailure(query))};
    return {};
}

Result<QList<KnownSigners::Signer>> KnownSigners::all(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT %1 FROM known_signers ORDER BY name COLLATE NOCASE, "
                                   "accepted_at")
                        .arg(kSignerColumns)))
        return Failure{sqlFailure(query)};
    QList<Signer> signers;
    while (query.next())
        signers << signerFrom(query);
    return signers;
}

Result<void> KnownSigners::forget(Workspace &workspace, const QByteArray &publicKey)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("DELETE FROM known_signers WHERE public_key = ?"));
    query.addBindValue(publicKey);
    if (!query.exec())
        return Failure{sqlFailure(query)};
    return {};
}
