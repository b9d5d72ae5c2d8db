#include "TestSupport.h"
#include "demo/SyntheticWorkspace.h"
#include "exchange/BundleImport.h"
#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"
#include "Language.h"
#include "security/Envelope.h"
#include "security/Keys.h"
#include "storage/Workspace.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>


// The secure deposit (resources/exchange/README.md, "The envelope"): keys, the envelope byte by
// byte, and files that travel sealed and signed between real workspaces on disk, refused with
// their own French message whatever was done to them, the workspace left as it was.
class TestEnvelope final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    // The Department: its key file (quick derivation: a test opens it often) and passphrase.
    const QString m_passphrase = QStringLiteral("une phrase de passe pour les tests");
    std::optional<DepartmentKey::Locked> m_department;
    std::optional<DepartmentKey::Unlocked> m_unlocked;
    // A facilitator's workspace that knows the Department's public key, and a sealed file of
    // its ready projects, with their attachments (a container inside the envelope).
    std::unique_ptr<Workspace> m_facilitator;
    QString m_sealed;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString nextFile() { return path(QStringLiteral("file-%1.comptoir").arg(++m_files)); }

    static QList<qint64> allProjects(const Workspace &w) { return TestSupport::projectIds(w); }
    static int count(const Workspace &w, const QString &sql)
    {
        QSqlQuery query(w.database());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }
    QString exportFrom(Workspace &w, const QByteArray &sealFor = {})
    {
        const QString file = nextFile();
        QString error;
        if (!BundleWriter::writeFile(w, allProjects(w), file, &error, sealFor))
            qWarning("%s", qPrintable(error));
        return file;
    }
    std::unique_ptr<Workspace> create(const QString &name)
    {
        QString error;
        auto w = Workspace::create(path(name + QStringLiteral(".comptoirdb")), &error);
        if (!w)
            qWarning("%s", qPrintable(error));
        return w;
    }
    // A workspace of n synthetic projects of its own, signing with the name given.
    std::unique_ptr<Workspace> writer(const QString &file, const QString &name, int projects = 3)
    {
        auto w = create(file);
        QString error;
        if (!w || !SyntheticWorkspace::populate(*w, projects, qHash(file), &error) ||
            !SigningKey::setName(*w, name))
            return nullptr;
        return w;
    }
    // An officer's workspace holding the Department's key (its secret in a file).
    std::unique_ptr<Workspace> officer(const QString &name)
    {
        auto w = create(name);
        const QString keyFile = path(name + QStringLiteral(".key"));
        if (!w || !m_department->writeFile(keyFile) ||
            !DepartmentKey::store(*w, m_department->publicHalf, nullptr, keyFile))
            return nullptr;
        return w;
    }
    static QByteArray bytesOf(const QString &file) { return TestSupport::fileBytes(file); }
    QString writeBytes(const QByteArray &bytes)
    {
        const QString file = nextFile();
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(bytes);
        return file;
    }
    // What the command line does with a file, in a workspace closed for it: its exit code and
    // what it said.
    std::pair<int, QString> importFromCommandLine(const QString &workspace, const QString &file,
                                                  QStringList extra = {})
    {
        const QString passphraseFile = path(QStringLiteral("passphrase.txt"));
        QFile pass(passphraseFile);
        if (pass.open(QIODevice::WriteOnly))
            pass.write(m_passphrase.toUtf8() + '\n');
        pass.close();
        return TestSupport::runComptoir(
            QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                        QStringLiteral("--passphrase-file"), passphraseFile,
                        QStringLiteral("--lang"), QStringLiteral("fr")} +
            extra + QStringList{file});
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(m_dir.isValid());
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("fr")));
        QVERIFY(Sodium::ready());
        Result<DepartmentKey::Locked> made =
            DepartmentKey::create(QStringLiteral("Département du Pas-de-Calais"), m_passphrase,
                                  DepartmentKey::Derivation::quick());
        QVERIFY2(made, qPrintable(made.error()));
        m_department = *made;
        Result<DepartmentKey::Unlocked> unlocked = DepartmentKey::unlock(*made, m_passphrase);
        QVERIFY2(unlocked, qPrintable(unlocked.error()));
        m_unlocked = std::move(*unlocked);

        m_facilitator = TestSupport::createDemo(m_dir, QStringLiteral("liévin"),
                                                TestSupport::DemoPieces::With);
        QVERIFY(m_facilitator);
        // Enough projects for a file of several chunks.
        QString error;
        QVERIFY2(SyntheticWorkspace::populate(*m_facilitator, 200, 11, &error), qPrintable(error));
        QVERIFY(SigningKey::setName(*m_facilitator, QStringLiteral("Comptoir de Liévin")));
        QVERIFY(DepartmentKey::store(*m_facilitator, m_department->publicHalf));
        m_sealed = exportFrom(*m_facilitator, m_department->publicHalf.key);
    }

    void fingerprintsAreShortAndReadable()
    {
        const QString print = m_department->publicHalf.fingerprint();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}( [0-9A-HJKMNP-TV-Z]{4}){3}$"))
                     .match(print)
                     .hasMatch(),
                 qPrintable(print));
        QCOMPARE(Sodium::fingerprint(m_department->publicHalf.key), print);
        QByteArray other = m_department->publicHalf.key;
        other[0] = char(other[0] ^ 1);
        QVERIFY(Sodium::fingerprint(other) != print);
        // The workspace's signing key, made with it, and its name.
        const Result<SigningKey> key = SigningKey::ofWorkspace(*m_facilitator);
        QVERIFY2(key, qPrintable(key.error()));
        QCOMPARE(key->identity.name, QStringLiteral("Comptoir de Liévin"));
        QCOMPARE(key->identity.workspace, m_facilitator->origin());
        QCOMPARE(key->fingerprint().size(), 19);
        QVERIFY(SigningKey::setName(*m_facilitator, QString()));
        QCOMPARE(SigningKey::name(*m_facilitator), QStringLiteral("liévin"));
        QVERIFY(SigningKey::setName(*m_facilitator, QStringLiteral("Comptoir de Liévin")));
        QVERIFY(!SigningKey::setName(*m_facilitator, QString(121, QLatin1Char('x'))));
    }

    void departmentKeyIsLockedByItsPassphrase()
    {
        // The key file and the public file read back as written.
        const Result<DepartmentKey::Locked> again =
            DepartmentKey::Locked::fromJson(m_department->toJson());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->publicHalf.key, m_department->publicHalf.key);
        QCOMPARE(again->box, m_department->box);
        const QString publicFile = path(QStringLiteral("departement.comptoir-cle"));
        QVERIFY(m_department->publicHalf.writeFile(publicFile));
        const Result<DepartmentKey::Public> read = DepartmentKey::Public::readFile(publicFile);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->key, m_department->publicHalf.key);
        QCOMPARE(read->label, QStringLiteral("Département du Pas-de-Calais"));
        QVERIFY(!bytesOf(publicFile).contains(m_department->box.toBase64()));

        // A wrong passphrase, a short one: their own messages.
        const Result<DepartmentKey::Unlocked> wrong =
            DepartmentKey::unlock(*m_department, QStringLiteral("pas la bonne phrase"));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QStringLiteral("phrase de passe")), qPrintable(wrong.error()));
        const Result<DepartmentKey::Locked> tooShort =
            DepartmentKey::create(QStringLiteral("x"), QStringLiteral("court"),
                                  DepartmentKey::Derivation::quick());
        QVERIFY(!tooShort);
        QVERIFY2(tooShort.error().contains(QStringLiteral("trop courte")),
                 qPrintable(tooShort.error()));

        // The secret file where the public one is expected, and the other way round.
        const QString secretFile = path(QStringLiteral("departement.key"));
        QVERIFY(m_department->writeFile(secretFile));
        QCOMPARE(QFile::permissions(secretFile) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const Result<DepartmentKey::Public> secretAsPublic =
            DepartmentKey::Public::readFile(secretFile);
        QVERIFY(!secretAsPublic);
        QVERIFY2(secretAsPublic.error().contains(QStringLiteral("clé secrète")),
                 qPrintable(secretAsPublic.error()));
        QVERIFY(!DepartmentKey::Locked::readFile(publicFile));

        // Edited by hand, or hostile: refused before any work.
        QJsonObject edited = QJsonDocument::fromJson(m_department->publicHalf.toJson()).object();
        edited.insert(QStringLiteral("fingerprint"), QStringLiteral("AAAA BBBB CCCC DDDD"));
        QVERIFY(!DepartmentKey::Public::fromJson(QJsonDocument(edited).toJson()));
        QJsonObject hostile = QJsonDocument::fromJson(m_department->toJson()).object();
        QJsonObject secret = hostile.value(QStringLiteral("secret")).toObject();
        secret.insert(QStringLiteral("memLimit"), 1e13);
        hostile.insert(QStringLiteral("secret"), secret);
        QVERIFY(!DepartmentKey::Locked::fromJson(QJsonDocument(hostile).toJson()));
        QVERIFY(!DepartmentKey::Public::fromJson(QByteArray("\xff\xfe not json")));
        QVERIFY(!DepartmentKey::Public::readFile(path(QStringLiteral("absent.key"))));

        // Kept in a workspace, or in a file the workspace names.
        auto inside = create(QStringLiteral("key-inside"));
        QVERIFY(inside);
        QVERIFY(DepartmentKey::store(*inside, m_department->publicHalf, &*m_department));
        auto stored = DepartmentKey::load(*inside);
        QVERIFY(stored && stored->has_value() && (*stored)->hasSecret());
        QVERIFY((*stored)->lockedHalf());
        QVERIFY(DepartmentKey::unlock(*(*stored)->lockedHalf(), m_passphrase));
        auto apart = officer(QStringLiteral("key-apart"));
        QVERIFY(apart);
        stored = DepartmentKey::load(*apart);
        QVERIFY(stored && stored->has_value() && !(*stored)->locked);
        QVERIFY((*stored)->lockedHalf());
        QVERIFY(QFile::remove((*stored)->secretFile));
        const auto missing = (*stored)->lockedHalf();
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QStringLiteral("clé USB")), qPrintable(missing.error()));
        QVERIFY(DepartmentKey::remove(*apart));
        QVERIFY(!DepartmentKey::load(*apart)->has_value());

        // Opened once per session.
        QVERIFY(!KeySession::find(m_department->publicHalf.key));
        KeySession::keep(DepartmentKey::unlock(*m_department, m_passphrase).value());
        QVERIFY(KeySession::find(m_department->publicHalf.key));
        KeySession::forgetAll();
        QVERIFY(!KeySession::find(m_department->publicHalf.key));
    }

    void envelopeRoundTripsAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("sealed");
        for (const int size : {0, 1, Envelope::kChunk - 1, Envelope::kChunk, Envelope::kChunk + 1,
                               3 * Envelope::kChunk + 17}) {
            QTest::addRow("%d bytes, sealed", size) << size << true;
            QTest::addRow("%d bytes, signed", size) << size << false;
        }
    }

    void envelopeRoundTripsAtEverySize()
    {
        QFETCH(int, size);
        QFETCH(bool, sealed);
        QByteArray content(size, Qt::Uninitialized);
        QRandomGenerator generator(size);
        for (char &c : content)
            c = char(generator.bounded(256));
        const Result<SigningKey> signer = SigningKey::ofWorkspace(*m_facilitator);
        QVERIFY(signer);
        QBuffer in(&content);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QBuffer envelope;
        QVERIFY(envelope.open(QIODevice::WriteOnly));
        QVERIFY(Envelope::write(in, envelope, *signer,
                                sealed ? m_department->publicHalf.key : QByteArray()));
        const QByteArray written = envelope.data();
        QVERIFY(Envelope::isEnvelope(written));
        QCOMPARE(written.contains(content.left(64)) && size >= 64, !sealed && size >= 64);

        QBuffer back(const_cast<QByteArray *>(&written));
        QVERIFY(back.open(QIODevice::ReadOnly));
        QBuffer opened;
        QVERIFY(opened.open(QIODevice::WriteOnly));
        Envelope::Problem problem = Envelope::Problem::Io;
        const Result<Envelope::Header> header =
            Envelope::open(back, opened, sealed ? &*m_unlocked : nullptr, &problem);
        QVERIFY2(header, qPrintable(header.error()));
        QCOMPARE(problem, Envelope::Problem::None);
        QCOMPARE(opened.data(), content);
        QCOMPARE(header->isSealed(), sealed);
        QCOMPARE(header->contentSize, quint64(size));
        QCOMPARE(header->fileSize(), quint64(written.size()));
        QCOMPARE(header->signer.name, QStringLiteral("Comptoir de Liévin"));
        QCOMPARE(header->signer.publicKey, signer->identity.publicKey);
        QCOMPARE(header->signer.workspace, m_facilitator->origin());
    }

    // The whole journey: sealed by the facilitator, opened by the officer who holds the key,
    // the signer accepted with the import and recognised the next time.
    void sealedFileTravelsAndItsSignerIsRemembered()
    {
        QVERIFY(Envelope::isEnvelopeFile(m_sealed));
        const QByteArray bytes = bytesOf(m_sealed);
        QVERIFY(!bytes.contains("comptoir-bundle"));
        QVERIFY(!bytes.contains("comptoir.json"));
        QVERIFY(!bytes.contains(QStringLiteral("Épicerie").toUtf8()));

        auto o = officer(QStringLiteral("officer-journey"));
        QVERIFY(o);
        QString error;
        // Without the key: nothing.
        const BundleReader::Result locked = BundleReader::readFile(m_sealed);
        QVERIFY(!locked.ok);
        QCOMPARE(locked.envelopeProblem, Envelope::Problem::NoKey);
        // With it: every project and its pieces.
        BundleImport::Plan plan;
        BundleImport::FileOptions options;
        options.key = &*m_unlocked;
        auto report = BundleImport::importFile(*o, m_sealed, BundleImport::ConflictChoice::AsPlanned,
                                               &error, &plan, options);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->added, allProjects(*m_facilitator).size());
        QVERIFY(plan.sealed);
        QVERIFY(plan.signer);
        QCOMPARE(plan.signerStanding, KnownSigners::Standing::New);
        QVERIFY2(BundleImport::signerSummary(plan).contains(QStringLiteral("jamais vu")),
                 qPrintable(BundleImport::signerSummary(plan)));
        QCOMPARE(count(*o, QStringLiteral("SELECT count(*) FROM attachments")),
                 count(*m_facilitator, QStringLiteral("SELECT count(*) FROM attachments")));
        QCOMPARE(count(*o, QStringLiteral("SELECT count(*) FROM known_signers")), 1);
        QCOMPARE(count(*o, QStringLiteral("SELECT sealed FROM imports")), 1);
        QVERIFY(plan.openedFile);
        const QString opened = plan.openedFile->fileName();
        QVERIFY(QFile::exists(opened));
        plan = BundleImport::Plan();
        QVERIFY(!QFile::exists(opened)); // the opened content goes with the plan

        // The next file of the same workspace: known.
        const QString next = exportFrom(*m_facilitator, m_department->publicHalf.key);
        report = BundleImport::importFile(*o, next, BundleImport::ConflictChoice::AsPlanned,
                                          &error, &plan, options);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(plan.signerStanding, KnownSigners::Standing::Known);
        QVERIFY(BundleImport::signerSummary(plan).contains(QStringLiteral("connu")));

        // An unsealed file (no Department key) is still signed, and imports without a key.
        auto plainWriter = writer(QStringLiteral("plain-writer"), QStringLiteral("Comptoir d'Arras"));
        QVERIFY(plainWriter);
        const QString plain = exportFrom(*plainWriter);
        const auto header = Envelope::readHeaderOf(plain);
        QVERIFY(header && !header->isSealed());
        report = BundleImport::importFile(*o, plain, BundleImport::ConflictChoice::AsPlanned,
                                          &error, &plan);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->added, 3);
        QVERIFY(!plan.sealed);
        QCOMPARE(count(*o, QStringLiteral("SELECT count(*) FROM known_signers")), 2);
    }

    void sealedForAnotherKeyOrWithoutOne()
    {
        // Another Department's key (or an older key of this one).
        const Result<DepartmentKey::Locked> other =
            DepartmentKey::create(QStringLiteral("Autre"), m_passphrase,
                                  DepartmentKey::Derivation::quick());
        QVERIFY(other);
        const auto otherUnlocked = DepartmentKey::unlock(*other, m_passphrase);
        QVERIFY(otherUnlocked);
        BundleReader::Result read = BundleReader::readFile(m_sealed, &*otherUnlocked);
        QVERIFY(!read.ok);
        QCOMPARE(read.envelopeProblem, Envelope::Problem::OtherKey);
        QVERIFY2(read.problems.join(QString()).contains(QStringLiteral("une autre clé")),
                 qPrintable(read.problems.join(QString())));
        QVERIFY(read.problems.join(QString()).contains(m_department->publicHalf.fingerprint()));

        // From the command line: a wrong passphrase, and a workspace without the key; the
        // workspace byte for byte as it was.
        auto o = officer(QStringLiteral("officer-wrong"));
        QVERIFY(o);
        const QString officerPath = o->filePath();
        o.reset();
        const QByteArray before = bytesOf(officerPath);
        const QString wrongPass = path(QStringLiteral("wrong.txt"));
        QFile pass(wrongPass);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("ce n'est pas elle\n");
        pass.close();
        auto [code, message] = importFromCommandLine(
            officerPath, m_sealed, {QStringLiteral("--passphrase-file"), wrongPass});
        QCOMPARE(code, 1);
        QVERIFY2(message.contains(QStringLiteral("Mauvaise phrase de passe")), qPrintable(message));
        QCOMPARE(bytesOf(officerPath), before);

        auto bare = create(QStringLiteral("officer-bare"));
        QVERIFY(bare);
        const QString barePath = bare->filePath();
        bare.reset();
        const QByteArray bareBefore = bytesOf(barePath);
        std::tie(code, message) = importFromCommandLine(barePath, m_sealed);
        QCOMPARE(code, 1);
        QVERIFY2(message.contains(QStringLiteral("n'a pas de clé du Département")),
                 qPrintable(message));
        QCOMPARE(bytesOf(barePath), bareBefore);
        // With the key file given, it opens.
        const QString keyFile = path(QStringLiteral("given.key"));
        QVERIFY(m_department->writeFile(keyFile));
        std::tie(code, message) =
            importFromCommandLine(barePath, m_sealed, {QStringLiteral("--key-file"), keyFile});
        QVERIFY2(code == 0, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("scellé")), qPrintable(message));
    }

    // A byte changed in every region of a sealed file: each refused, with its own message.
    void tamperedByteInEveryRegion_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("problem");
        const auto row = [](const char *name, Envelope::Problem problem) {
            QTest::newRow(name) << QString::fromLatin1(name) << int(problem);
        };
        row("header: version", Envelope::Problem::NewerVersion);
        row("header: mode", Envelope::Problem::Damaged);
        row("header: content size", Envelope::Problem::Truncated);
        row("header: signer's key", Envelope::Problem::Altered);
        row("header: workspace", Envelope::Problem::Altered);
        row("header: name", Envelope::Problem::Altered);
        row("recipient", Envelope::Problem::OtherKey);
        row("wrapped key", Envelope::Problem::Altered);
        row("stream header", Envelope::Problem::Altered);
        row("content: first chunk", Envelope::Problem::Altered);
        row("content: middle", Envelope::Problem::Altered);
        row("content: last byte", Envelope::Problem::Altered);
        row("signature", Envelope::Problem::BadSignature);
        row("truncated in the header", Envelope::Problem::Truncated);
        row("truncated in the content", Envelope::Problem::Truncated);
        row("signature cut", Envelope::Problem::Truncated);
        row("a byte added", Envelope::Problem::Altered);
        row("signed only: content", Envelope::Problem::BadSignature);
        row("signed only: name", Envelope::Problem::BadSignature);
    }

    void tamperedByteInEveryRegion()
    {
        QFETCH(QString, region);
        QFETCH(int, problem);
        const bool signedOnly = region.startsWith(QLatin1String("signed only"));
        static QString signedFile;
        if (signedOnly && signedFile.isEmpty())
            signedFile = exportFrom(*m_facilitator);
        QByteArray bytes = bytesOf(signedOnly ? signedFile : m_sealed);
        const auto header = Envelope::readHeaderOf(signedOnly ? signedFile : m_sealed);
        QVERIFY(header);
        const int start = int(header->bytes.size());
        const int nameAt = start - int(header->signer.name.toUtf8().size());
        const QHash<QString, int> offsets{
            {QStringLiteral("header: version"), 8},
            {QStringLiteral("header: mode"), 9},
            {QStringLiteral("header: content size"), 12},
            {QStringLiteral("header: signer's key"), 25},
            {QStringLiteral("header: workspace"), 60},
            {QStringLiteral("header: name"), nameAt + 3},
            {QStringLiteral("recipient"), 70},
            {QStringLiteral("wrapped key"), 68 + 32 + 40},
            {QStringLiteral("stream header"), 68 + 32 + 80 + 5},
            {QStringLiteral("content: first chunk"), start + 100},
            {QStringLiteral("content: middle"), start + (bytes.size() - start) / 2},
            {QStringLiteral("content: last byte"), int(bytes.size()) - 65},
            {QStringLiteral("signature"), int(bytes.size()) - 10},
            {QStringLiteral("signed only: content"), start + 40},
            {QStringLiteral("signed only: name"), nameAt + 1},
        };
        QVERIFY(bytes.size() - start > 2 * Envelope::kChunk); // three chunks at least
        if (region == QLatin1String("truncated in the header"))
            bytes.truncate(40);
        else if (region == QLatin1String("truncated in the content"))
            bytes.truncate(start + Envelope::kChunk + 100);
        else if (region == QLatin1String("signature cut"))
            bytes.chop(1);
        else if (region == QLatin1String("a byte added"))
            bytes.append('\n');
        else if (region == QLatin1String("header: content size"))
            bytes[12] = char(bytes[12] + 1); // announces 64 KB more than there is
        else if (region == QLatin1String("header: version"))
            bytes[8] = char(2);
        else
            bytes[offsets.value(region)] = char(bytes[offsets.value(region)] ^ 0x20);
        const QString damaged = writeBytes(bytes);

        const BundleReader::Result read = BundleReader::readFile(damaged, &*m_unlocked);
        QVERIFY(!read.ok);
        QVERIFY(!read.problems.isEmpty());
        QCOMPARE(int(read.envelopeProblem), problem);
        QVERIFY(!read.openedFile);

        // Through the command line into an officer's workspace, closed: refused, said in
        // French, not a byte of the workspace changed.
        static std::unique_ptr<Workspace> keeper;
        static QString officerPath;
        if (officerPath.isEmpty()) {
            keeper = officer(QStringLiteral("officer-tampered"));
            QVERIFY(keeper);
            officerPath = keeper->filePath();
            keeper.reset();
        }
        const QByteArray before = bytesOf(officerPath);
        const auto [code, message] = importFromCommandLine(officerPath, damaged);
        QCOMPARE(code, 1);
        QVERIFY2(message.contains(QStringLiteral("Rien n'a été importé")) ||
                     message.contains(QStringLiteral("ne peut pas être importé")),
                 qPrintable(message));
        QCOMPARE(bytesOf(officerPath), before);
    }

    // Each failure says what it is: no two kinds share a message.
    void eachProblemHasItsOwnMessage()
    {
        QHash<int, QString> messages;
        const auto note = [&](const QByteArray &bytes, const DepartmentKey::Unlocked *key) {
            QBuffer in(const_cast<QByteArray *>(&bytes));
            in.open(QIODevice::ReadOnly);
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            Envelope::Problem problem = Envelope::Problem::None;
            const auto opened = Envelope::open(in, out, key, &problem);
            if (!opened)
                messages.insert(int(problem),
                                opened.error().left(opened.error().indexOf(QLatin1Char('('))));
        };
        const QByteArray good = bytesOf(m_sealed);
        const auto header = Envelope::readHeaderOf(m_sealed);
        QVERIFY(header);
        QByteArray bytes = good;
        note("not an envelope", &*m_unlocked);
        bytes[9] = 9;
        note(bytes, &*m_unlocked);
        bytes = good;
        bytes[8] = 7;
        note(bytes, &*m_unlocked);
        note(good.left(good.size() - 1), &*m_unlocked);
        note(good, nullptr);
        const auto other = DepartmentKey::create(QStringLiteral("x"), m_passphrase,
                                                 DepartmentKey::Derivation::quick());
        note(good, &*DepartmentKey::unlock(*other, m_passphrase));
        bytes = good;
        bytes[int(header->bytes.size()) + 10] ^= 1;
        note(bytes, &*m_unlocked);
        bytes = good;
        bytes[bytes.size() - 1] ^= 1;
        note(bytes, &*m_unlocked);
        QCOMPARE(messages.size(), 8);
        QCOMPARE(QSet<QString>(messages.cbegin(), messages.cend()).size(), 8);
        for (const QString &message : std::as_const(messages))
            QVERIFY2(!message.contains(QLatin1String("The ")), qPrintable(message)); // French
    }

    // A file from another workspace that goes by a known name, and a known workspace's file
    // signed again by someone else: a warning, and a refusal.
    void replayedFileFromAnotherWorkspaceWithAKnownName()
    {
        auto o = officer(QStringLiteral("officer-replay"));
        QVERIFY(o);
        auto lievin = writer(QStringLiteral("lievin-2"), QStringLiteral("Comptoir de Béthune"));
        QVERIFY(lievin);
        QString error;
        BundleImport::Plan plan;
        const QString genuine = exportFrom(*lievin);
        QVERIFY2(BundleImport::importFile(*o, genuine, BundleImport::ConflictChoice::AsPlanned,
                                          &error, &plan),
                 qPrintable(error));
        QCOMPARE(plan.signerStanding, KnownSigners::Standing::New);

        // Another workspace named the same: stopped, with both fingerprints said.
        auto impostor = writer(QStringLiteral("impostor"), QStringLiteral("comptoir de béthune"));
        QVERIFY(impostor);
        const QString passing = exportFrom(*impostor);
        const QString officerPath = o->filePath();
        const int importsBefore = count(*o, QStringLiteral("SELECT count(*) FROM imports"));
        QVERIFY(!BundleImport::importFile(*o, passing, BundleImport::ConflictChoice::AsPlanned,
                                          &error, &plan));
        QCOMPARE(plan.signerStanding, KnownSigners::Standing::NameClash);
        QVERIFY2(error.contains(QStringLiteral("Attention")), qPrintable(error));
        QVERIFY(error.contains(SigningKey::ofWorkspace(*lievin)->fingerprint()));
        QVERIFY(error.contains(SigningKey::ofWorkspace(*impostor)->fingerprint()));
        QCOMPARE(count(*o, QStringLiteral("SELECT count(*) FROM imports")), importsBefore);
        QCOMPARE(count(*o, QStringLiteral("SELECT count(*) FROM known_signers")), 1);

        // The impostor's key passing for the known workspace itself (its UUID and name): the
        // same warning. And the command line refuses it too, leaving the file as it was.
        QSqlQuery seed(impostor->database());
        QVERIFY(seed.exec(QStringLiteral("SELECT seed FROM signing_key")) && seed.next());
        const Result<SigningKey> forged = SigningKey::fromSeed(
            seed.value(0).toByteArray(), lievin->origin(), QStringLiteral("Comptoir de Béthune"));
        QVERIFY(forged);
        const QByteArray inner = TestSupport::openedBytes(genuine);
        QVERIFY(inner.startsWith('{'));
        const auto wrap = [this](const QByteArray &content, const SigningKey &key) {
            QBuffer in(const_cast<QByteArray *>(&content));
            in.open(QIODevice::ReadOnly);
            const QString file = nextFile();
            QFile out(file);
            out.open(QIODevice::WriteOnly);
            const bool ok = bool(Envelope::write(in, out, key));
            return ok ? file : QString();
        };
        const QString replayed = wrap(inner, *forged);
        QVERIFY(!replayed.isEmpty());
        QVERIFY(!BundleImport::importFile(*o, replayed, BundleImport::ConflictChoice::AsPlanned,
                                          &error, &plan));
        QCOMPARE(plan.signerStanding, KnownSigners::Standing::NameClash);
        o.reset();
        const QByteArray before = bytesOf(officerPath);
        auto [code, message] = importFromCommandLine(officerPath, replayed);
        QCOMPARE(code, 1);
        QVERIFY2(message.contains(QStringLiteral("Attention")), qPrintable(message));
        QCOMPARE(bytesOf(officerPath), before);

        // The known workspace's content signed again by the impostor under its own identity:
        // the file names another producer than its signer.
        const QString resigned = wrap(inner, *SigningKey::ofWorkspace(*impostor));
        const BundleReader::Result read = BundleReader::readFile(resigned);
        QVERIFY(!read.ok);
        QCOMPARE(read.envelopeProblem, Envelope::Problem::BadSignature);
        QVERIFY2(read.problems.join(QString()).contains(QStringLiteral("un autre espace")),
                 qPrintable(read.problems.join(QString())));

        // Checked with its facilitator: taken, and the second key known beside the first.
        std::tie(code, message) =
            importFromCommandLine(officerPath, passing, {QStringLiteral("--accept-new-key")});
        QVERIFY2(code == 0, qPrintable(message));
        o = Workspace::open(officerPath, &error);
        QVERIFY(o);
        QCOMPARE(count(*o, QStringLiteral("SELECT count(*) FROM known_signers")), 2);
    }

    // The command line's keys: made, handed out, imported, shown; a file sealed for the key
    // given, or for the workspace's by default.
    void commandLineKeys()
    {
        const auto run = [](const QStringList &arguments) {
            return TestSupport::runComptoir(arguments +
                                            QStringList{QStringLiteral("--lang"), QStringLiteral("fr")});
        };
        const QString pass = path(QStringLiteral("cli-pass.txt"));
        QFile passFile(pass);
        QVERIFY(passFile.open(QIODevice::WriteOnly));
        passFile.write("court\n");
        passFile.close();
        auto o = create(QStringLiteral("cli-officer"));
        auto f = writer(QStringLiteral("cli-facilitator"), QStringLiteral("Comptoir de Lens"));
        QVERIFY(o && f);
        const QString officerPath = o->filePath();
        const QString facilitatorPath = f->filePath();
        o.reset();
        f.reset();
        const QString key = path(QStringLiteral("cli.key"));
        auto [code, out] = run({QStringLiteral("keys"), QStringLiteral("create"),
                                QStringLiteral("--out"), key, QStringLiteral("--workspace"),
                                officerPath, QStringLiteral("--passphrase-file"), pass});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QStringLiteral("trop courte")), qPrintable(out));
        QVERIFY(!QFile::exists(key));
        QVERIFY(passFile.open(QIODevice::WriteOnly));
        passFile.write(m_passphrase.toUtf8() + "\n");
        passFile.close();
        std::tie(code, out) = run({QStringLiteral("keys"), QStringLiteral("create"),
                                   QStringLiteral("--out"), key, QStringLiteral("--workspace"),
                                   officerPath, QStringLiteral("--passphrase-file"), pass});
        QVERIFY2(code == 0, qPrintable(out));
        const QRegularExpressionMatch fingerprint =
            QRegularExpression(QStringLiteral("Empreinte\\W+([0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4})")).match(out);
        QVERIFY2(fingerprint.hasMatch(), qPrintable(out));
        // Never overwritten.
        std::tie(code, out) = run({QStringLiteral("keys"), QStringLiteral("create"),
                                   QStringLiteral("--out"), key, QStringLiteral("--passphrase-file"),
                                   pass});
        QCOMPARE(code, 1);

        const QString publicKey = path(QStringLiteral("cli.comptoir-cle"));
        std::tie(code, out) = run({QStringLiteral("keys"), QStringLiteral("export-public"),
                                   QStringLiteral("--workspace"), officerPath,
                                   QStringLiteral("--out"), publicKey});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(out.contains(fingerprint.captured(1)));
        QVERIFY(!bytesOf(publicKey).contains("secret"));
        std::tie(code, out) = run({QStringLiteral("keys"), QStringLiteral("import-public"),
                                   publicKey, QStringLiteral("--workspace"), facilitatorPath});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(out.contains(fingerprint.captured(1)));
        std::tie(code, out) = run({QStringLiteral("keys"), QStringLiteral("import-public"), key,
                                   QStringLiteral("--workspace"), facilitatorPath});
        QCOMPARE(code, 1); // the secret file is not handed out
        std::tie(code, out) = run({QStringLiteral("keys"), QStringLiteral("show"),
                                   QStringLiteral("--workspace"), facilitatorPath});
        QVERIFY2(code == 0 && out.contains(fingerprint.captured(1)), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Comptoir de Lens")));

        // Sealed by default once the key is known; --no-seal; --seal-for another key.
        const QString sealed = path(QStringLiteral("cli-sealed.comptoir"));
        std::tie(code, out) = run({QStringLiteral("export-bundle"), QStringLiteral("--workspace"),
                                   facilitatorPath, QStringLiteral("--out"), sealed,
                                   QStringLiteral("--stage"), QStringLiteral("idea")});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(Envelope::readHeaderOf(sealed)->isSealed());
        const QString open = path(QStringLiteral("cli-open.comptoir"));
        std::tie(code, out) = run({QStringLiteral("export-bundle"), QStringLiteral("--workspace"),
                                   facilitatorPath, QStringLiteral("--out"), open,
                                   QStringLiteral("--stage"), QStringLiteral("idea"),
                                   QStringLiteral("--no-seal")});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(!Envelope::readHeaderOf(open)->isSealed());
        const QString forOther = path(QStringLiteral("cli-other.comptoir"));
        const QString otherPublic = path(QStringLiteral("other.comptoir-cle"));
        QVERIFY(m_department->publicHalf.writeFile(otherPublic));
        std::tie(code, out) = run({QStringLiteral("export-bundle"), QStringLiteral("--workspace"),
                                   facilitatorPath, QStringLiteral("--out"), forOther,
                                   QStringLiteral("--stage"), QStringLiteral("idea"),
                                   QStringLiteral("--seal-for"), otherPublic});
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(Envelope::readHeaderOf(forOther)->recipient, m_department->publicHalf.key);

        // Opened by the officer with the passphrase from a file.
        std::tie(code, out) = run({QStringLiteral("import"), QStringLiteral("--workspace"),
                                   officerPath, QStringLiteral("--passphrase-file"), pass, sealed});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Comptoir de Lens")), qPrintable(out));
        // Not the officer's key: refused, said.
        std::tie(code, out) = run({QStringLiteral("import"), QStringLiteral("--workspace"),
                                   officerPath, QStringLiteral("--passphrase-file"), pass,
                                   forOther});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QStringLiteral("une autre clé")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
