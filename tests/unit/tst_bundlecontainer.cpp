#include "TestSupport.h"
#include "attachments/Attachments.h"
#include "exchange/BundleContainer.h"
#include "exchange/BundleImport.h"
#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"
#include "Language.h"
#include "session/Deletions.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using Choice = BundleImport::ConflictChoice;

// The .comptoir container: attachments travel with their projects (document + contents by
// SHA-256), merge as the project's parts do, and a hostile container is refused with the
// workspace left byte for byte as it was.
class TestBundleContainer final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<Workspace> create(const QString &name)
    {
        QString error;
        auto w = Workspace::create(path(name + QStringLiteral(".comptoirdb")), &error);
        if (!w)
            qWarning("%s", qPrintable(error));
        return w;
    }
    static QList<qint64> allProjects(const Workspace &w) { return TestSupport::projectIds(w); }
    static qint64 projectOf(const Workspace &w, const QString &uuid)
    {
        QSqlQuery query(w.database());
        query.prepare(QStringLiteral("SELECT id FROM projects WHERE uuid = ?"));
        query.addBindValue(uuid);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }
    static QString uuidOf(const Workspace &w, qint64 id)
    {
        QSqlQuery query(w.database());
        query.prepare(QStringLiteral("SELECT uuid FROM projects WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }
    QString exportAll(Workspace &w, QList<qint64> ids = {})
    {
        const QString file = path(QStringLiteral("export-%1.comptoir").arg(++m_files));
        QString error;
        if (!BundleWriter::writeFile(w, ids.isEmpty() ? allProjects(w) : ids, file, &error))
            qWarning("%s", qPrintable(error));
        return file;
    }
    static std::optional<BundleImport::Report> import(Workspace &w, const QString &file,
                                                      Choice choice = Choice::AsPlanned,
                                                      QString *error = nullptr,
                                                      BundleImport::Plan *plan = nullptr)
    {
        QString why;
        auto report = BundleImport::importFile(w, file, choice, &why, plan);
        if (!report && !error)
            qWarning("%s", qPrintable(why));
        if (error)
            *error = why;
        return report;
    }
    QString writePdf(const QString &name, const QString &text)
    {
        const QString file = path(name);
        QPdfWriter writer(file);
        QPainter painter(&writer);
        painter.drawText(QRect(0, 0, 4000, 1000), text);
        return file;
    }
    QString writePng(const QString &name, QColor color, int width = 640)
    {
        QImage image(width, 400, QImage::Format_RGB32);
        image.fill(color);
        const QString file = path(name);
        return image.save(file, "PNG") ? file : QString();
    }
    static QByteArray sha(const QByteArray &bytes)
    {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }

    struct Member
    {
        QByteArray name;
        QByteArray data;
        bool deflate = false;
    };
    // A ZIP of these members, as a hostile tool would write it.
    QString writeZip(const QString &name, const QList<Member> &members)
    {
        const QString file = path(name);
        QFile::remove(file);
        int code = 0;
        zip_t *archive = zip_open(QFile::encodeName(file).constData(), ZIP_CREATE, &code);
        if (!archive)
            return QString();
        for (const Member &m : members) {
            zip_source_t *source =
                zip_source_buffer(archive, m.data.constData(), zip_uint64_t(m.data.size()), 0);
            const zip_int64_t index = zip_file_add(archive, m.name.constData(), source, 0);
            if (index < 0) {
                zip_source_free(source);
                zip_discard(archive);
                return QString();
            }
            zip_set_file_compression(archive, zip_uint64_t(index),
                                     m.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        }
        return zip_close(archive) == 0 ? file : QString();
    }
    // The document of a container, and its members but the document.
    static QPair<QByteArray, QList<Member>> unpack(const QString &file)
    {
        auto reader = BundleContainer::Reader::fromBytes(TestSupport::openedBytes(file));
        if (!reader)
            return {};
        QList<Member> members;
        for (auto it = (*reader)->contents().cbegin(); it != (*reader)->contents().cend(); ++it) {
            auto in = (*reader)->openContent(it.key());
            members << Member{QByteArray("attachments/") + it.key().toLatin1(), in->readAll()};
        }
        return {*(*reader)->document(), members};
    }
    // A document whose content was edited, its checksum written again.
    static QByteArray resealed(const QByteArray &document,
                               const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject root = QJsonDocument::fromJson(document).object();
        QJsonObject content = root.value(QStringLiteral("content")).toObject();
        edit(content);
        root.insert(QStringLiteral("content"), content);
        root.insert(QStringLiteral("sha256"), QString::fromLatin1(BundleWriter::sha256(content)));
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }

    // A facilitator's workspace: the demo, with a quote and a photo on its first project.
    std::unique_ptr<Workspace> facilitator(const QString &name, qint64 *project)
    {
        auto w = TestSupport::createDemo(m_dir, name);
        if (!w)
            return w;
        *project = allProjects(*w).constFirst();
        const auto added = Attachments::attach(
            *w, *project,
            {writePdf(QStringLiteral("devis-%1.pdf").arg(name), QStringLiteral("Devis ") + name),
             writePng(QStringLiteral("photo-%1.png").arg(name), Qt::darkCyan)});
        if (!added || added->attached.size() != 2)
            return nullptr;
        return w;
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
    }

    void attachmentsTravelWithTheirProject()
    {
        qint64 project = 0;
        auto a = facilitator(QStringLiteral("travel"), &project);
        QVERIFY(a);
        const QString file = exportAll(*a);
        QVERIFY(BundleContainer::isContainer(TestSupport::openedBytes(file)));
        const auto originals = Attachments::list(*a, project);
        QVERIFY(originals);

        // The container: the document first, then each content once, by its SHA-256.
        auto reader = BundleContainer::Reader::fromBytes(TestSupport::openedBytes(file));
        QVERIFY2(reader, qPrintable(reader.error()));
        QCOMPARE((*reader)->contents().size(), 2);
        for (const auto &piece : *originals)
            QCOMPARE((*reader)->contents().value(piece.sha256).size, piece.size);

        // Into an empty workspace: the projects, their pieces, their contents, byte for byte.
        auto b = create(QStringLiteral("officer"));
        QVERIFY(b);
        QString error;
        const auto report = import(*b, file, Choice::AsPlanned, &error);
        QVERIFY2(report, qPrintable(error));
        const qint64 there = projectOf(*b, uuidOf(*a, project));
        QVERIFY(there > 0);
        const auto copies = Attachments::list(*b, there);
        QVERIFY(copies);
        QCOMPARE(copies->size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(copies->at(i).uuid, originals->at(i).uuid);
            QCOMPARE(copies->at(i).fileName, originals->at(i).fileName);
            QCOMPARE(copies->at(i).kind, originals->at(i).kind);
            QCOMPARE(*Attachments::read(*b, copies->at(i).sha256),
                     *Attachments::read(*a, originals->at(i).sha256));
        }
        // The same file again brings nothing; exported from there, the same document content.
        const auto again = import(*b, file);
        QVERIFY(again);
        QCOMPARE(again->added + again->updated, 0);
        const QString back = exportAll(*b, {there});
        QVERIFY(BundleContainer::isContainer(TestSupport::openedBytes(back)));

        // A workspace without attachments still writes plain JSON.
        auto plain = create(QStringLiteral("plain"));
        QVERIFY(import(*plain, exportAll(*a, {allProjects(*a).at(1)})));
        const QString plainFile = exportAll(*plain);
        QVERIFY(TestSupport::openedBytes(plainFile).startsWith('{'));
    }

    void deletionsAndChangesMergeAsTheProjectsParts()
    {
        qint64 project = 0;
        auto a = facilitator(QStringLiteral("merge"), &project);
        QVERIFY(a);
        auto b = create(QStringLiteral("merge-officer"));
        QVERIFY(import(*b, exportAll(*a)));
        const qint64 there = projectOf(*b, uuidOf(*a, project));

        // Removed on the facilitator's side: the next file takes it away there too.
        const auto pieces = Attachments::list(*a, project);
        QVERIFY(Deletions::deleteAttachments(*a, {pieces->at(1).id}));
        QString error;
        const auto report = import(*b, exportAll(*a), Choice::AsPlanned, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->updated, 1);
        QCOMPARE(Attachments::list(*b, there)->size(), 1);
        // The content no attachment holds any more is gone from the officer's workspace.
        QVERIFY(!Attachments::hasContent(b->database(), pieces->at(1).sha256));

        // Changed on both sides since: a conflict, its field « Pièces jointes ».
        Attachments::Attachment local = Attachments::list(*b, there)->first();
        local.caption = QStringLiteral("Devis relu par la mission");
        QVERIFY(Attachments::update(*b, local));
        QVERIFY(Attachments::attach(*a, project, {writePng(QStringLiteral("plan.png"), Qt::gray)}));
        BundleImport::Plan plan;
        QVERIFY(!import(*b, exportAll(*a), Choice::AsPlanned, &error, &plan));
        QVERIFY(error.contains(QStringLiteral("Choisissez")));
        bool shown = false;
        for (const auto &p : std::as_const(plan.projects)) {
            for (const auto &field : p.fields)
                shown = shown || (field.key == QLatin1String("attachments") &&
                                  field.label == QStringLiteral("Pièces jointes") &&
                                  field.incoming.contains(QStringLiteral("plan.png")));
        }
        QVERIFY(shown);
        // Taking the file's version brings its pieces (and its new content).
        QVERIFY(import(*b, exportAll(*a), Choice::TakeFile));
        QCOMPARE(Attachments::list(*b, there)->size(), 2);
    }

    void hostileContainersAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("path in a name") << "path" << "ne contient jamais";
        QTest::newRow("dot-dot") << "dotdot" << "ne contient jamais";
        // libzip's consistency check may find it first.
        QTest::newRow("a name twice") << "twice" << "deux fois|endommagée";
        QTest::newRow("compression bomb") << "bomb" << "bombe";
        QTest::newRow("member not listed") << "unlisted" << "aucune pièce";
        QTest::newRow("listed content missing") << "missing" << "manque";
        QTest::newRow("size that lies") << "size" << "octets";
        QTest::newRow("content that is not its hash") << "hash" << "empreinte";
        QTest::newRow("content that is not its type") << "type" << "n’est pas";
        QTest::newRow("no document") << "nodocument" << "aucun document";
        QTest::newRow("damaged archive") << "damaged" << "endommagée";
    }
    void hostileContainersAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        static std::unique_ptr<Workspace> a;
        static QString good;
        static qint64 project = 0;
        if (!a) {
            a = facilitator(QStringLiteral("hostile"), &project);
            QVERIFY(a);
            good = exportAll(*a);
        }
        const auto [document, contents] = unpack(good);
        QVERIFY(!document.isEmpty());
        QCOMPARE(contents.size(), 2);
        const Member doc{"comptoir.json", document, true};
        QList<Member> members{doc};
        members += contents;
        QString file;
        if (kind == QLatin1String("path"))
            members << Member{"../../.bashrc", "echo owned"};
        else if (kind == QLatin1String("dotdot"))
            members << Member{"attachments/../comptoir.json", "{}"};
        else if (kind == QLatin1String("twice")) {
            // Two members, then the second renamed as the first in the bytes themselves.
            QList<Member> two{doc, contents.at(0), contents.at(1)};
            QByteArray bytes = TestSupport::fileBytes(writeZip(QStringLiteral("two.zip"), two));
            bytes.replace(contents.at(1).name, contents.at(0).name);
            QFile out(path(QStringLiteral("twice.comptoir")));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
            out.close();
            file = out.fileName();
        } else if (kind == QLatin1String("bomb")) {
            const QByteArray zeros(8 * 1024 * 1024, '\0');
            members << Member{"attachments/" + sha(zeros), zeros, true};
        } else if (kind == QLatin1String("unlisted")) {
            const QByteArray extra("%PDF-1.4 not listed");
            members << Member{"attachments/" + sha(extra), extra};
        } else if (kind == QLatin1String("missing")) {
            members.removeLast();
        } else if (kind == QLatin1String("size")) {
            members[0].data = resealed(document, [](QJsonObject &content) {
                QJsonArray pieces = content.value(QStringLiteral("attachments")).toArray();
                QJsonObject first = pieces.at(0).toObject();
                first.insert(QStringLiteral("size"), first.value(QStringLiteral("size")).toInt() + 7);
                pieces[0] = first;
                content.insert(QStringLiteral("attachments"), pieces);
            });
        } else if (kind == QLatin1String("hash")) {
            // The bytes under a content's name changed, its size kept.
            QByteArray &data = members[1].data;
            data[data.size() / 2] = char(data.at(data.size() / 2) ^ 0x55);
        } else if (kind == QLatin1String("type")) {
            // A program under the name of its own hash, listed as a PDF.
            const QByteArray program = QByteArray("MZ\x90\0", 4) + QByteArray(100, 'x');
            members << Member{"attachments/" + sha(program), program};
            QByteArray replaced;
            members[0].data = resealed(document, [&program, &replaced](QJsonObject &content) {
                QJsonArray pieces = content.value(QStringLiteral("attachments")).toArray();
                QJsonObject forged = pieces.at(0).toObject();
                replaced = forged.value(QStringLiteral("sha256")).toString().toLatin1();
                forged.insert(QStringLiteral("sha256"), QString::fromLatin1(sha(program)));
                forged.insert(QStringLiteral("size"), int(program.size()));
                forged.insert(QStringLiteral("mediaType"), QStringLiteral("application/pdf"));
                pieces[0] = forged;
                content.insert(QStringLiteral("attachments"), pieces);
            });
            members.removeIf([&replaced](const Member &m) { return m.name.endsWith(replaced); });
        } else if (kind == QLatin1String("nodocument")) {
            members.removeFirst();
        }
        if (kind == QLatin1String("damaged")) {
            QByteArray bytes = TestSupport::openedBytes(good);
            bytes.truncate(bytes.size() - 30); // its central directory cut
            QFile out(path(QStringLiteral("damaged.comptoir")));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
            out.close();
            file = out.fileName();
        } else if (file.isEmpty()) {
            file = writeZip(kind + QStringLiteral(".comptoir"), members);
        }
        QVERIFY(!file.isEmpty());

        auto b = TestSupport::createDemo(m_dir, QStringLiteral("victim-") + kind);
        QVERIFY(b);
        b->waitForCheckpoint();
        const QString target = b->filePath();
        const QByteArray before = TestSupport::fileBytes(target);
        const QByteArray walBefore = TestSupport::fileBytes(target + QStringLiteral("-wal"));
        QString error;
        QVERIFY(!import(*b, file, Choice::TakeFile, &error));
        QVERIFY2(error.contains(QRegularExpression(message)), qPrintable(error));
        QCOMPARE(TestSupport::fileBytes(target), before);
        QCOMPARE(TestSupport::fileBytes(target + QStringLiteral("-wal")), walBefore);
        QCOMPARE(TestSupport::readBack(target, QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 0);
    }
};

QTEST_MAIN(TestBundleContainer)
#include "tst_bundlecontainer.moc"
