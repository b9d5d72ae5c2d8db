#include "Language.h"
#include "TestSupport.h"
#include "attachments/AttachmentContent.h"
#include "attachments/Attachments.h"
#include "session/Deletions.h"
#include "storage/Trash.h"
#include "storage/Workspace.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentWriter>

// Attachments in the workspace (models/attachments): accepted by content, stored once per
// SHA-256 in pieces, limited per file and per project, edited, replaced, and deleted through the
// trash with their tombstone; their contents swept once nothing needs them.
class TestAttachments final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_w;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writePng(const QString &name, QColor color)
    {
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(color);
        const QString file = path(name);
        return image.save(file, "PNG") ? file : QString();
    }
    QString writePdf(const QString &name, const QString &text)
    {
        const QString file = path(name);
        QPdfWriter writer(file);
        QPainter painter(&writer);
        painter.drawText(QRect(0, 0, 4000, 1000), text);
        return file;
    }
    QString writeBytes(const QString &name, const QByteArray &bytes)
    {
        const QString file = path(name);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return file;
    }
    qint64 projectId(int n = 0) const
    {
        QSqlQuery query(m_w->database());
        query.exec(QStringLiteral("SELECT id FROM projects ORDER BY id LIMIT 1 OFFSET %1").arg(n));
        return query.next() ? query.value(0).toLongLong() : 0;
    }
    int count(const QString &sql) const
    {
        return TestSupport::readBack(m_w->filePath(), sql).toInt();
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
    }
    void init()
    {
        static int made = 0;
        m_w = TestSupport::createDemo(m_dir, QStringLiteral("attachments-%1").arg(++made));
        QVERIFY(m_w);
    }
    void cleanup() { m_w.reset(); }

    void acceptedByContentNotByName()
    {
        QTextDocument document(QStringLiteral("Statuts de l'association"));
        QTextDocumentWriter odt(path(QStringLiteral("statuts.odt")), "odf");
        QVERIFY(odt.write(&document));
        QImage photo(64, 48, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        QVERIFY(photo.save(path(QStringLiteral("place.jpeg")), "JPEG"));
        // A PDF named without suffix is a PDF; a PNG named ".pdf" is a PNG.
        const QString pdf = writePdf(QStringLiteral("scan"), QStringLiteral("Devis n° 42"));
        const QString png = writePng(QStringLiteral("devis-menuiserie.pdf"), Qt::red);

        const qint64 project = projectId();
        QSignalSpy changed(m_w.get(), &Workspace::attachmentsChanged);
        const auto added = Attachments::attach(
            *m_w, project,
            {pdf, png, path(QStringLiteral("statuts.odt")), path(QStringLiteral("place.jpeg"))});
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added->refused, QStringList());
        QCOMPARE(added->attached.size(), 4);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), project);

        const auto list = Attachments::list(*m_w, project);
        QVERIFY(list);
        QCOMPARE(list->size(), 4);
        QCOMPARE(list->at(0).mediaType, QString::fromLatin1(AttachmentContent::kPdf));
        QCOMPARE(list->at(1).mediaType, QString::fromLatin1(AttachmentContent::kPng));
        QCOMPARE(list->at(1).kind, QStringLiteral("quote")); // "devis…" in its name
        QCOMPARE(list->at(2).mediaType, QString::fromLatin1(AttachmentContent::kOdt));
        QCOMPARE(list->at(2).kind, QStringLiteral("statutes"));
        QCOMPARE(list->at(3).mediaType, QString::fromLatin1(AttachmentContent::kJpeg));
        QCOMPARE(list->at(3).kind, QStringLiteral("photo"));

        // In the file on disk, read by another connection, byte for byte.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_blobs")), 4);
        for (const Attachments::Attachment &a : *list) {
            const QString sql = QStringLiteral("SELECT data FROM attachment_blobs WHERE sha256 ="
                                               " '%1'")
                                    .arg(a.sha256);
            const QByteArray stored = TestSupport::readBack(m_w->filePath(), sql).toByteArray();
            QFile original(a.fileName == QLatin1String("scan") ? pdf : path(a.fileName));
            QVERIFY(original.open(QIODevice::ReadOnly));
            QCOMPARE(stored, original.readAll());
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            QVERIFY(Attachments::copyTo(*m_w, a.sha256, &out));
            QCOMPARE(out.data(), stored);
            QCOMPARE(a.size, qint64(stored.size()));
        }
        // Viewing writes it under a name the system's viewer recognises.
        const auto viewed = Attachments::extractForViewing(*m_w, list->at(0));
        QVERIFY2(viewed, qPrintable(viewed.error()));
        QVERIFY(viewed->endsWith(QLatin1String("/scan.pdf")));
        QCOMPARE(TestSupport::fileBytes(*viewed), TestSupport::fileBytes(pdf));
        // Gone with the session.
        Attachments::removeViewingCopies();
        QVERIFY(!QFile::exists(*viewed));
    }

    void theSameContentIsStoredOnce()
    {
        const QString png = writePng(QStringLiteral("photo.png"), Qt::blue);
        QVERIFY(Attachments::attach(*m_w, projectId(0), {png}));
        QVERIFY(Attachments::attach(*m_w, projectId(1), {png, png}));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_blobs")), 1);
    }

    void refusedInFrenchAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("program named like a PDF")
            << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) << "devis.pdf"
            << "Ce type de fichier n’est pas accepté";
        QTest::newRow("empty") << QByteArray() << "vide.pdf" << "Le fichier est vide";
        QTest::newRow("archive that is no document")
            << QByteArray("PK\x03\x04\x14\0\0\0\0\0", 10) + QByteArray(40, 'x') << "photos.zip"
            << "n’est pas un document bureautique";
        QTest::newRow("text") << QByteArray("Nom;Prénom\n") << "liste.csv"
                              << "Ce type de fichier n’est pas accepté";
    }
    void refusedInFrenchAndNothingWritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString file = writeBytes(name, bytes);
        QVERIFY(!file.isEmpty());
        m_w->waitForCheckpoint();
        const QByteArray before = TestSupport::fileBytes(m_w->filePath());
        const QByteArray walBefore = TestSupport::fileBytes(m_w->filePath() + QStringLiteral("-wal"));

        const auto lenient = Attachments::attach(*m_w, projectId(), {file});
        QVERIFY(lenient);
        QCOMPARE(lenient->attached.size(), 0);
        QCOMPARE(lenient->refused.size(), 1);
        QVERIFY2(lenient->refused.first().startsWith(name),
                 qPrintable(lenient->refused.first()));
        QVERIFY2(lenient->refused.first().contains(message), qPrintable(lenient->refused.first()));

        const auto strict = Attachments::attach(*m_w, projectId(), {file}, QString(), QString(), true);
        QVERIFY(!strict);
        QVERIFY(strict.error().contains(message));
        QCOMPARE(TestSupport::fileBytes(m_w->filePath()), before);
        QCOMPARE(TestSupport::fileBytes(m_w->filePath() + QStringLiteral("-wal")), walBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments")), 0);
    }

    void sizesAreLimited()
    {
        // 26 MB: over the limit per piece (a sparse file: nothing is written to disk).
        QFile big(path(QStringLiteral("grand-plan.pdf")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("%PDF-1.7\n");
        QVERIFY(big.resize(26LL * 1024 * 1024));
        big.close();
        const auto tooBig = Attachments::attach(*m_w, projectId(), {big.fileName()});
        QVERIFY(tooBig);
        QCOMPARE(tooBig->attached.size(), 0);
        QVERIFY2(tooBig->refused.first().contains(QStringLiteral("au-delà de la limite de 25 Mo")),
                 qPrintable(tooBig->refused.first()));

        // 24 MB eight times is 192 MB: a ninth is refused for the project, the eight are kept
        // (and stored once).
        QFile piece(path(QStringLiteral("plan.png")));
        QVERIFY(piece.open(QIODevice::WriteOnly));
        piece.write("\x89PNG\r\n\x1A\n", 8);
        QVERIFY(piece.resize(24LL * 1024 * 1024));
        piece.close();
        QStringList nine;
        for (int i = 0; i < 9; ++i)
            nine << piece.fileName();
        const auto added = Attachments::attach(*m_w, projectId(), nine);
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added->attached.size(), 8);
        QCOMPARE(added->refused.size(), 1);
        QVERIFY2(added->refused.first().contains(QStringLiteral("limite de 200 Mo")),
                 qPrintable(added->refused.first()));
        QCOMPARE(Attachments::projectBytes(m_w->database(), projectId()), 8 * 24LL * 1024 * 1024);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_blobs")), 1);
    }

    void editedAndReplaced()
    {
        const qint64 project = projectId();
        const QString first = writePdf(QStringLiteral("devis-v1.pdf"), QStringLiteral("v1"));
        const auto added = Attachments::attach(*m_w, project, {first});
        QVERIFY(added && added->attached.size() == 1);
        const QString updatedBefore = TestSupport::readBack(
            m_w->filePath(), QStringLiteral("SELECT updated_at FROM projects WHERE id = %1").arg(project))
                                          .toString();
        QTest::qWait(5); // the stamp has milliseconds: the next edit must read later
        Attachments::Attachment a = added->attached.first();
        a.caption = QStringLiteral("Devis de la menuiserie Leroy");
        a.budgetLineUuid = QStringLiteral("line-uuid");
        a.confidential = true;
        QVERIFY(Attachments::update(*m_w, a));
        auto read = Attachments::get(*m_w, a.id);
        QVERIFY(read);
        QCOMPARE(read->caption, a.caption);
        QCOMPARE(read->budgetLineUuid, QStringLiteral("line-uuid"));
        QVERIFY(read->confidential);
        QCOMPARE(Attachments::quotedLines(*m_w, project).value(QStringLiteral("line-uuid")), 1);
        QVERIFY(TestSupport::readBack(m_w->filePath(),
                                      QStringLiteral("SELECT updated_at FROM projects WHERE id = %1")
                                          .arg(project))
                    .toString() > updatedBefore);
        // A line is said only for a quote.
        a.kind = QStringLiteral("photo");
        QVERIFY(Attachments::update(*m_w, a));
        QCOMPARE(Attachments::get(*m_w, a.id)->budgetLineUuid, QString());
        a.kind = QStringLiteral("bank");
        QVERIFY(!Attachments::update(*m_w, a));

        const QString second = writePdf(QStringLiteral("devis-v2.pdf"), QStringLiteral("v2"));
        const auto replaced = Attachments::replace(*m_w, a.id, second);
        QVERIFY2(replaced, qPrintable(replaced.error()));
        QCOMPARE(replaced->uuid, a.uuid);
        QCOMPARE(replaced->fileName, QStringLiteral("devis-v2.pdf"));
        QCOMPARE(replaced->caption, QStringLiteral("Devis de la menuiserie Leroy"));
        QVERIFY(replaced->sha256 != a.sha256);
        QVERIFY(!Attachments::replace(*m_w, a.id, writeBytes(QStringLiteral("x.pdf"), "MZ\x90")));
        QCOMPARE(Attachments::get(*m_w, a.id)->sha256, replaced->sha256);
    }

    void deletedThroughTheTrash()
    {
        const qint64 project = projectId();
        const QString png = writePng(QStringLiteral("photo.png"), Qt::yellow);
        const QString pdf = writePdf(QStringLiteral("lettre.pdf"), QStringLiteral("Soutien"));
        const auto added = Attachments::attach(*m_w, project, {png, pdf});
        QVERIFY(added);
        const Attachments::Attachment photo = added->attached.at(0);

        QSignalSpy changed(m_w.get(), &Workspace::attachmentsChanged);
        const auto entries = Deletions::deleteAttachments(*m_w, {photo.id});
        QVERIFY2(entries, qPrintable(entries.error()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Attachments::list(*m_w, project)->size(), 1);
        QCOMPARE(TestSupport::readBack(m_w->filePath(),
                                       QStringLiteral("SELECT kind FROM tombstones WHERE uuid = '%1'")
                                           .arg(photo.uuid))
                     .toString(),
                 QStringLiteral("attachment"));
        const auto entry = Trash::entry(m_w->database(), entries->first());
        QVERIFY(entry);
        QCOMPARE(entry->kind, QStringLiteral("attachment"));
        QVERIFY(entry->label.contains(QStringLiteral("photo.png")));
        // Its content stays while the trash holds it.
        QVERIFY(Attachments::hasContent(m_w->database(), photo.sha256));

        QVERIFY(Deletions::restore(*m_w, *entries));
        QCOMPARE(Attachments::list(*m_w, project)->size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones WHERE kind = 'attachment'")),
                 0);

        // Deleted for good: the content goes, the tombstone stays.
        const auto again = Deletions::deleteAttachments(*m_w, {photo.id});
        QVERIFY(again);
        QVERIFY(Deletions::purge(*m_w, *again));
        QVERIFY(!Attachments::hasContent(m_w->database(), photo.sha256));
        QVERIFY(Attachments::hasContent(m_w->database(), added->attached.at(1).sha256));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones WHERE kind = 'attachment'")),
                 1);
    }

    void aProjectTakesItsAttachmentsToTheTrash()
    {
        const qint64 project = projectId();
        const QString pdf = writePdf(QStringLiteral("statuts.pdf"), QStringLiteral("Statuts"));
        const auto added = Attachments::attach(*m_w, project, {pdf});
        QVERIFY(added);
        const QString sha = added->attached.first().sha256;
        const auto entries = Deletions::deleteProjects(*m_w, {project});
        QVERIFY(entries);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments")), 0);
        // Only the project's tombstone: its attachments went with it.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tombstones WHERE kind = 'attachment'")),
                 0);
        QVERIFY(Attachments::hasContent(m_w->database(), sha));
        const auto restored = Deletions::restore(*m_w, *entries);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(Attachments::list(*m_w, restored->first())->size(), 1);

        QVERIFY(Deletions::deleteProjects(*m_w, {restored->first()}));
        QVERIFY(Deletions::emptyTrash(*m_w));
        QVERIFY(!Attachments::hasContent(m_w->database(), sha));
    }

    void aContentThatLiesIsRefused()
    {
        // What an import does with a file's piece: the bytes must hash to what the file says.
        QByteArray bytes("%PDF-1.4 a small piece");
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        const QString wrong(64, QLatin1Char('a'));
        const Result<void> stored = Attachments::storeContent(
            m_w->database(), in, bytes.size(), wrong, QString::fromLatin1(AttachmentContent::kPdf));
        QVERIFY(!stored);
        QVERIFY(stored.error().contains(QStringLiteral("empreinte")));
        QVERIFY(!Attachments::hasContent(m_w->database(), wrong));
        // Shorter than it says.
        in.seek(0);
        const Result<void> shorter = Attachments::storeContent(
            m_w->database(), in, bytes.size() + 10, wrong, QString::fromLatin1(AttachmentContent::kPdf));
        QVERIFY(!shorter);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_blobs")), 0);
    }

    void fromTheCommandLine()
    {
        const QString uuid =
            TestSupport::readBack(m_w->filePath(), QStringLiteral("SELECT uuid FROM projects"
                                                                  " ORDER BY id LIMIT 1"))
                .toString();
        const QString path = m_w->filePath();
        m_w.reset(); // the command takes the workspace's lock
        const QString pdf = writePdf(QStringLiteral("devis-cli.pdf"), QStringLiteral("Devis"));
        const QString png = writePng(QStringLiteral("photo-cli.png"), Qt::cyan);
        const QString exe = writeBytes(QStringLiteral("outil.pdf"), QByteArray("MZ\x90\0", 4));
        QProcess process;
        process.setProcessEnvironment(TestSupport::isolatedEnvironment());
        const auto run = [&process](const QStringList &arguments) {
            process.start(TestSupport::comptoirBinary(), arguments);
            if (!process.waitForFinished(30000))
                return -1;
            return process.exitCode();
        };
        const QStringList base = {QStringLiteral("--workspace"), path, QStringLiteral("--project"),
                                  uuid};

        // One file refused: none attached, said in French.
        QCOMPARE(run(QStringList{QStringLiteral("attach")} + base + QStringList{pdf, exe}), 1);
        const QString refused = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(refused.contains(QStringLiteral("Aucune pièce n’a été jointe")), qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("outil.pdf")), qPrintable(refused));
        QCOMPARE(TestSupport::readBack(path, QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 0);

        QCOMPARE(run(QStringList{QStringLiteral("attach")} + base +
                     QStringList{QStringLiteral("--kind"), QStringLiteral("quote"),
                                 QStringLiteral("--caption"), QStringLiteral("Devis du traiteur"),
                                 pdf, png}),
                 0);
        QCOMPARE(run(QStringList{QStringLiteral("attachments")} + base), 0);
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList first = lines.first().split(QLatin1Char('\t'));
        QCOMPARE(first.size(), 4);
        QCOMPARE(first.at(0).size(), 64);
        QCOMPARE(first.at(1), QStringLiteral("quote"));
        QCOMPARE(first.at(2).toLongLong(), QFileInfo(pdf).size());
        QCOMPARE(first.at(3), QStringLiteral("devis-cli.pdf"));
        QCOMPARE(TestSupport::readBack(path, QStringLiteral("SELECT caption FROM attachments"
                                                            " LIMIT 1"))
                     .toString(),
                 QStringLiteral("Devis du traiteur"));

        // Usage errors: exit code 2.
        QCOMPARE(run({QStringLiteral("attach"), QStringLiteral("--workspace"), path}), 2);
        QCOMPARE(run(QStringList{QStringLiteral("attach")} + base +
                     QStringList{QStringLiteral("--kind"), QStringLiteral("facture"), pdf}),
                 2);
        QCOMPARE(run({QStringLiteral("attachments"), QStringLiteral("--workspace"), path,
                      QStringLiteral("--project"), QStringLiteral("0000")}),
                 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(QStringLiteral("Aucun projet")));
    }

    void fileNamesAreSafe()
    {
        QCOMPARE(Attachments::safeFileName(QStringLiteral("../../etc/passwd"),
                                           QString::fromLatin1(AttachmentContent::kPdf)),
                 QStringLiteral("passwd.pdf"));
        QCOMPARE(Attachments::safeFileName(QStringLiteral("devis: \"final\"?.PDF"),
                                           QString::fromLatin1(AttachmentContent::kPdf)),
                 QStringLiteral("devis_ _final__.PDF"));
        QCOMPARE(Attachments::safeFileName(QStringLiteral("photo.jpeg"),
                                           QString::fromLatin1(AttachmentContent::kJpeg)),
                 QStringLiteral("photo.jpeg"));
        QCOMPARE(Attachments::fingerprint(QStringLiteral("3f2a9c1be077") + QString(52, QLatin1Char('0'))),
                 QStringLiteral("3f2a 9c1b e077"));
    }
};

QTEST_MAIN(TestAttachments)
#include "tst_attachments.moc"
