#include "Language.h"
#include "attachments/Attachments.h"
#include "methodology/Methodology.h"
#include "projects/ProjectAnswers.h"
#include "report/Dossier.h"
#include "report/DossierBatch.h"
#include "report/PageFlow.h"
#include "report/PdfFile.h"
#include "report/WorkshopReport.h"
#include "storage/Workspace.h"
#include "util/SaveFile.h"
#include "TestPaths.h"
#include "TestSupport.h"
#include "workshops/Holders.h"

#include <QBuffer>
#include <QDir>
#include <QtEndian>
#include <QImage>
#include <QPainter>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// Project dossiers and workshop reports, read back from the PDFs with poppler's tools.
class TestDossier final : public QObject
{
    Q_OBJECT

private:
    // The text, its spaces made plain (French thousands and « » use non-breaking ones).
    static QString text(const QString &pdf)
    {
        QString t = TestSupport::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        t.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0x00a0), QLatin1Char(' '));
        return t.simplified();
    }
    static QString info(const QString &pdf, const QString &key)
    {
        const QString out = TestSupport::runTool(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^%1:\\s+(.*)$").arg(key),
                               QRegularExpression::MultilineOption)
                .match(out);
        return m.hasMatch() ? m.captured(1).trimmed() : QString();
    }
    // COMPTOIR_KEEP_PDF=dir keeps a copy of the documents to look at them.
    static void keep(const QString &pdf)
    {
        const QString dir = qEnvironmentVariable("COMPTOIR_KEEP_PDF");
        if (!dir.isEmpty())
            QFile::copy(pdf, QDir(dir).filePath(QFileInfo(pdf).fileName()));
    }
    static qint64 projectId(const Workspace &w, const QString &title)
    {
        QSqlQuery query(w.database());
        query.prepare(QStringLiteral("SELECT id FROM projects WHERE title = ?"));
        query.addBindValue(title);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }
    static QList<qint64> allProjects(const Workspace &w)
    {
        QList<qint64> ids;
        QSqlQuery query(w.database());
        query.exec(QStringLiteral("SELECT id FROM projects ORDER BY id"));
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }
    static const QString &epicerie()
    {
        static const QString title = QStringLiteral("Épicerie solidaire itinérante du Ternois");
        return title;
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
        // The PDFs are read back with poppler's tools: a dependency, not an option.
        QVERIFY2(TestSupport::hasTools({QStringLiteral("pdftotext"), QStringLiteral("pdfinfo")}),
                 "poppler-utils (pdftotext, pdfinfo) is missing: install the packages of "
                 "packaging/debian-packages.txt");
    }

    void demoDossierReadsBack()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        QString error;
        const auto data = Dossier::load(*w, projectId(*w, epicerie()), &error);
        QVERIFY2(data, qPrintable(error));
        const QString pdf = dir.filePath(Dossier::suggestedFileName(*data));
        QCOMPARE(QFileInfo(pdf).fileName(),
                 QStringLiteral("Dossier - Épicerie solidaire itinérante du Ternois.pdf"));
        QVERIFY2(Dossier::writePdf(*data, pdf, &error), qPrintable(error));
        keep(pdf);

        const QString t = text(pdf);
        // Every section of the methodology, numbered, and the dossier's own parts.
        int number = 1;
        for (const Methodology::Section &section : data->methodology.sections)
            QVERIFY2(t.contains(QStringLiteral("%1. %2").arg(number++).arg(section.title)),
                     qPrintable(section.title));
        for (const char *part : {"DOSSIER DE PROJET", "Synthèse", "Chiffres clés", "Éligibilité",
                                 "Estimation de la subvention", "Avancement dans la méthodologie",
                                 "PROBLÈME CENTRAL", "PARTENAIRES CLÉS"})
            QVERIFY2(t.contains(QString::fromUtf8(part)), part);
        // A known answer with accents, a grid's row, the budget's totals and balance.
        QVERIFY(t.contains(QStringLiteral("La fermeture de la dernière épicerie de "
                                          "Ligny-Saint-Flochel en 2024.")));
        QVERIFY(t.contains(QStringLiteral("Desservir douze villages chaque semaine")));
        QVERIFY(t.contains(QStringLiteral("Total des dépenses 25 700 €")));
        QVERIFY(t.contains(QStringLiteral("Total des ressources 25 700 €")));
        QVERIFY(t.contains(
            QRegularExpression(QStringLiteral("Solde \\(ressources − dépenses\\) 0 ?€"))));
        QVERIFY(t.contains(QStringLiteral("dont le Budget Citoyen 15 000 €")));
        QVERIFY(t.contains(QStringLiteral("Méthodologie : De l'idée au projet, version 1")));
        // Page numbers on every page, and the metadata.
        const int count = TestSupport::pdfPages(pdf);
        QVERIFY2(count >= 6, qPrintable(QString::number(count)));
        for (int page = 1; page <= count; ++page)
            QVERIFY(t.contains(QStringLiteral("Page %1 sur %2").arg(page).arg(count)));
        QCOMPARE(info(pdf, QStringLiteral("Title")),
                 QStringLiteral("Dossier · Épicerie solidaire itinérante du Ternois"));
        QCOMPARE(info(pdf, QStringLiteral("Author")),
                 QStringLiteral("Budget Citoyen du Pas-de-Calais"));
        QCOMPARE(info(pdf, QStringLiteral("Page size")).left(16),
                 QStringLiteral("595 x 842 pts (A"));
        // Fonts embedded, PDF/A-1b identification in the XMP.
        const QString fonts = TestSupport::runTool(QStringLiteral("pdffonts"), {pdf});
        const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        for (const QString &line : fontLines)
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\byes\\b"))),
                     qPrintable(line));
        // In Comptoir Sans only, regular and bold (the dossier is all Latin).
        QStringList faces;
        for (const QString &line : fontLines)
            faces << line.section(QLatin1Char(' '), 0, 0);
        faces.sort();
        QCOMPARE(faces, QStringList({QStringLiteral("ComptoirSans"),
                                     QStringLiteral("ComptoirSans-Bold")}));
        const QString meta =
            TestSupport::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QVERIFY(meta.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
        QVERIFY(meta.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
        QVERIFY(meta.contains(QStringLiteral("Budget Citoyen du Pas-de-Calais")));
    }

    // The documents' typeface: DejaVu Sans without its hinting instructions (FreeType ran them
    // for every glyph Qt embedded), Latin, Greek and Cyrillic; other characters still printed,
    // from the system's DejaVu Sans.
    void typefaceHasNoHintingAndFallsBack()
    {
        QCOMPARE(PageFlow::family(), QStringLiteral("Comptoir Sans"));
        for (const char *file : {":/fonts/ComptoirSans.ttf", ":/fonts/ComptoirSans-Bold.ttf"}) {
            QFile font(QString::fromLatin1(file));
            QVERIFY(font.open(QIODevice::ReadOnly));
            const QByteArray bytes = font.readAll();
            // The table directory: 12 bytes, then 16 a table, its tag first.
            QVERIFY(bytes.size() > 12);
            const int tables = (uchar(bytes.at(4)) << 8) | uchar(bytes.at(5));
            QVERIFY(tables > 8);
            QStringList tags;
            for (int i = 0; i < tables; ++i)
                tags << QString::fromLatin1(bytes.mid(12 + 16 * i, 4));
            for (const char *tag : {"glyf", "cmap", "hmtx", "name"})
                QVERIFY2(tags.contains(QLatin1String(tag)), tag);
            for (const char *tag : {"fpgm", "prep", "cvt "})
                QVERIFY2(!tags.contains(QLatin1String(tag)), tag);
        }

        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        QString error;
        auto data = Dossier::load(*w, projectId(*w, epicerie()), &error);
        QVERIFY2(data, qPrintable(error));
        // Armenian, which DejaVu Sans has and Comptoir Sans has not, in the title.
        data->details.title = QStringLiteral("Épicerie jumelée avec Երևան");
        const QString pdf = dir.filePath(QStringLiteral("jumelage.pdf"));
        QVERIFY2(Dossier::writePdf(*data, pdf, &error), qPrintable(error));
        QVERIFY(text(pdf).contains(QStringLiteral("Épicerie jumelée avec Երևան")));
        const QString fonts = TestSupport::runTool(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("ComptoirSans")), qPrintable(fonts));
        QVERIFY2(fonts.contains(QStringLiteral("DejaVuSans")), qPrintable(fonts));
    }

    void emptyAnswersAreShownAndContactsNever()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        // A project with hardly anything answered yet.
        const qint64 id =
            projectId(*w, QStringLiteral("Atelier vélo participatif du Fort-Nieulay"));
        QVERIFY(id > 0);
        QString error;
        const auto data = Dossier::load(*w, id, &error);
        QVERIFY2(data, qPrintable(error));
        const QString pdf = dir.filePath(QStringLiteral("velo.pdf"));
        QVERIFY2(Dossier::writePdf(*data, pdf, &error), qPrintable(error));
        keep(pdf);
        const QString t = text(pdf);
        int fields = 0, required = 0;
        for (const Methodology::Section &section : data->methodology.sections) {
            for (const Methodology::Field &field : section.fields) {
                if (field.type == Methodology::FieldType::Budget) {
                    // No budget line: the budget is said to be missing too.
                    required += data->budget.isEmpty() && field.required ? 1 : 0;
                    continue;
                }
                if (ProjectAnswers::isEmpty(data->answers.value(field.qualifiedKey).value)) {
                    ++fields;
                    required += field.required ? 1 : 0;
                    QVERIFY2(t.contains(field.label), qPrintable(field.label));
                }
            }
        }
        QVERIFY(fields > 20);
        QCOMPARE(t.count(QStringLiteral("Non renseigné (obligatoire)")), required);
        QVERIFY(t.count(QStringLiteral("Non renseigné")) >= fields);

        // No e-mail or phone of any holder, whatever their consent.
        for (const Holders::Holder &holder : Holders::ofProject(*w, id)) {
            if (!holder.email.isEmpty())
                QVERIFY2(!t.contains(holder.email), qPrintable(holder.email));
            if (!holder.phone.isEmpty())
                QVERIFY2(!t.contains(holder.phone.simplified()), qPrintable(holder.phone));
        }
    }

    void diagramTextsNeverLost()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        const qint64 id = projectId(*w, epicerie());
        QString error;
        // A canvas box far longer than its box shows, and a long cause.
        QJsonObject canvas =
            ProjectAnswers::value(*w, id, QStringLiteral("modele.canevas")).toObject();
        const QString longText = QStringLiteral("Des partenaires nombreux. ").repeated(25) +
                                 QStringLiteral("FIN-CANEVAS");
        canvas.insert(QStringLiteral("partenaires"), longText);
        QVERIFY(ProjectAnswers::write(*w, id, QStringLiteral("modele.canevas"), canvas,
                                      QStringLiteral("idee-au-projet"), 1, &error));
        QJsonObject tree = ProjectAnswers::value(*w, id, QStringLiteral("besoin.arbre")).toObject();
        tree.insert(QStringLiteral("causes"),
                    QStringLiteral("Une cause courte\n") +
                        QStringLiteral("Une cause très longue. ").repeated(20) +
                        QStringLiteral("FIN-CAUSE"));
        QVERIFY(ProjectAnswers::write(*w, id, QStringLiteral("besoin.arbre"), tree,
                                      QStringLiteral("idee-au-projet"), 1, &error));
        const auto data = Dossier::load(*w, id, &error);
        QVERIFY2(data, qPrintable(error));
        const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY2(Dossier::writePdf(*data, pdf, &error), qPrintable(error));
        const QString t = text(pdf);
        QVERIFY(t.contains(QStringLiteral("FIN-CANEVAS")));
        QVERIFY(t.contains(QStringLiteral("FIN-CAUSE")));
        QCOMPARE(t.count(QStringLiteral("En entier, les textes que le schéma raccourcit")), 2);
    }

    void namesOnlyWithConsent()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        const qint64 id = projectId(*w, epicerie());
        const QList<Holders::Holder> holders = Holders::ofProject(*w, id);
        QCOMPARE(holders.size(), 2);
        QString error;
        // The second holder agrees to publication; the first withdraws.
        QVERIFY(Holders::setConsent(*w, holders.at(0).id, Holders::ConsentKind::PublishName, false,
                                    QStringLiteral("oral"), &error));
        QVERIFY(Holders::setConsent(*w, holders.at(1).id, Holders::ConsentKind::PublishName, true,
                                    QStringLiteral("oral"), &error));
        const auto data = Dossier::load(*w, id, &error);
        QVERIFY2(data, qPrintable(error));
        const QString pdf = dir.filePath(QStringLiteral("consent.pdf"));
        QVERIFY2(Dossier::writePdf(*data, pdf, &error), qPrintable(error));
        const QString t = text(pdf);
        QVERIFY(!t.contains(holders.at(0).displayName()));
        QVERIFY(t.contains(QStringLiteral("Porteur·se 1 (nom non publié)")));
        QVERIFY(t.contains(holders.at(1).displayName()));
        // The names read for it, in one query, in the holders' order; an erased holder's never.
        QCOMPARE(Holders::publicNamesOfProject(*w, id),
                 QStringList({QString(), holders.at(1).displayName()}));
        QVERIFY2(Holders::erase(*w, holders.at(1).id, &error), qPrintable(error));
        QCOMPARE(Holders::publicNamesOfProject(*w, id), QStringList({QString(), QString()}));
        QVERIFY(Holders::publicNamesOfProject(*w, 999999).isEmpty());
    }

    void attachmentsInTheDossierAndTheCompleteOne()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        const qint64 project = projectId(*w, epicerie());
        // A quote of two pages, a photo, and a "PDF" that is not one.
        const QString quote = dir.filePath(QStringLiteral("devis-remorque.pdf"));
        {
            QPdfWriter writer(quote);
            QPainter painter(&writer);
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 30));
            painter.drawText(QRect(200, 200, 8000, 1500), QStringLiteral("PIECEUN"));
            writer.newPage();
            painter.drawText(QRect(200, 200, 8000, 1500), QStringLiteral("PIECEDEUX"));
        }
        QImage image(900, 600, QImage::Format_RGB32);
        image.fill(QColor(0xc0, 0x39, 0x2b));
        const QString photo = dir.filePath(QStringLiteral("remorque.jpg"));
        QVERIFY(image.save(photo, "JPEG"));
        const QString broken = dir.filePath(QStringLiteral("scan-abime.pdf"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4\n% torn in half");
        }
        const auto added = Attachments::attach(*w, project, {quote, photo, broken});
        QVERIFY2(added && added->attached.size() == 3, added ? "" : qPrintable(added.error()));
        Attachments::Attachment a = added->attached.first();
        a.caption = QStringLiteral("Devis de la remorque");
        QString error;
        const QList<BudgetLines::Line> lines = BudgetLines::load(*w, project, &error);
        QVERIFY(!lines.isEmpty());
        a.budgetLineUuid = lines.first().uuid;
        QVERIFY(Attachments::update(*w, a));

        const auto data = Dossier::load(*w, project, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->pieces.size(), 3);
        QVERIFY(!data->pieces.at(1).photo.isNull());
        const QString pdf = dir.filePath(QStringLiteral("dossier.pdf"));
        QVERIFY2(Dossier::writePdf(*data, pdf, &error), qPrintable(error));
        keep(pdf);
        const QString t = text(pdf);
        for (const QString &expected :
             {QStringLiteral("Pièces jointes"), QStringLiteral("Devis de la remorque"),
              QStringLiteral("devis-remorque.pdf"), QStringLiteral("remorque.jpg"),
              QStringLiteral("Photo"), Attachments::fingerprint(a.sha256),
              lines.first().label.isEmpty() ? lines.first().category : lines.first().label})
            QVERIFY2(t.contains(expected), qPrintable(expected));
        const int dossierPages = TestSupport::pdfPages(pdf);
        QVERIFY(dossierPages > 3);

        // The dossier complet: the two pages of the quote after it, a bookmark each; the
        // broken piece left out and said.
        const QString complete = dir.filePath(QStringLiteral("complet.pdf"));
        QStringList notes;
        QVERIFY2(Dossier::writeCompletePdf(*w, *data, complete, &error, &notes),
                 qPrintable(error));
        keep(complete);
        QCOMPARE(TestSupport::pdfPages(complete), dossierPages + 2);
        const QString last = TestSupport::runTool(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QString::number(dossierPages + 2), complete, QStringLiteral("-")});
        QVERIFY2(last.contains(QStringLiteral("PIECEDEUX")), qPrintable(last));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("scan-abime.pdf")), qPrintable(notes.first()));
        QPdfDocument document;
        QCOMPARE(document.load(complete), QPdfDocument::Error::None);
        QPdfBookmarkModel bookmarks;
        bookmarks.setDocument(&document);
        QCOMPARE(bookmarks.rowCount(), 2);
        QVERIFY(bookmarks.index(0, 0).data().toString().startsWith(QStringLiteral("Dossier")));
        QCOMPARE(bookmarks.index(1, 0).data().toString(),
                 QStringLiteral("Devis — Devis de la remorque"));
        QCOMPARE(bookmarks.index(1, 0).data(int(QPdfBookmarkModel::Role::Page)).toInt(),
                 dossierPages);
        QVERIFY(!QFile::exists(complete + QStringLiteral(".part")));

        // From the command line too.
        QSqlQuery uuid(w->database());
        QVERIFY(uuid.exec(QStringLiteral("SELECT uuid FROM projects WHERE id = %1").arg(project)) &&
                uuid.next());
        const QString projectUuid = uuid.value(0).toString();
        uuid.finish();
        w.reset();
        const QString folder = dir.filePath(QStringLiteral("complets"));
        QProcess process;
        process.setProcessEnvironment(TestSupport::isolatedEnvironment());
        process.start(TestSupport::comptoirBinary(),
                      {QStringLiteral("export-pdf"), QStringLiteral("--workspace"),
                       dir.filePath(QStringLiteral("demo.comptoirdb")), QStringLiteral("--out"),
                       folder, QStringLiteral("--complete"), QStringLiteral("--project"),
                       projectUuid});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString written =
            QDir(folder).filePath(QStringLiteral("Dossier - %1.pdf").arg(epicerie()));
        QVERIFY2(QFile::exists(written), qPrintable(QDir(folder).entryList().join(u',')));
        QCOMPARE(TestSupport::pdfPages(written), dossierPages + 2);
    }

    void combinedFileHoldsEveryDossier()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        const QList<qint64> ids = allProjects(*w).mid(0, 4);
        int expected = 0;
        for (qint64 id : ids) {
            QString error;
            const auto data = Dossier::load(*w, id, &error);
            QVERIFY(data);
            const QString one = dir.filePath(QStringLiteral("one-%1.pdf").arg(id));
            QVERIFY(Dossier::writePdf(*data, one, &error));
            expected += TestSupport::pdfPages(one);
        }
        DossierBatch::Options options;
        options.workspacePath = w->filePath();
        options.projectIds = ids;
        options.mode = DossierBatch::Mode::Combined;
        options.target = dir.filePath(QStringLiteral("all.pdf"));
        QList<int> told;
        const DossierBatch::Result result =
            DossierBatch::run(options, [&told](int done, int total, const QString &) {
                told << done;
                return total == 4;
            });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(told, (QList<int>{1, 2, 3, 4}));
        QCOMPARE(result.written, 4);
        QCOMPARE(TestSupport::pdfPages(options.target), expected);
        QCOMPARE(info(options.target, QStringLiteral("Title")),
                 QStringLiteral("Dossiers de projet (4 projets)"));
    }

    // One PDF per project is written on several threads: the files are named in the order of
    // the projects (a title met twice numbered the same way whatever the threads), reported in
    // that order, and each is the dossier written alone.
    void batchOnSeveralThreadsKeepsTheOrder()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        QList<qint64> ids = allProjects(*w);
        QVERIFY(ids.size() >= 4);
        ids << ids.at(1) << ids.at(1) << ids.at(0); // titles met again
        QList<QStringList> names;
        QList<QList<int>> pages;
        for (int threads : {1, 3}) {
            DossierBatch::Options options;
            options.workspacePath = w->filePath();
            options.projectIds = ids;
            options.target = dir.filePath(QStringLiteral("threads-%1").arg(threads));
            options.threads = threads;
            QList<int> told;
            QStringList titles;
            const DossierBatch::Result result = DossierBatch::run(
                options, [&](int done, int, const QString &title) {
                    told << done;
                    titles << title;
                    return true;
                });
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.written, ids.size());
            QCOMPARE(told.size(), ids.size());
            for (int i = 0; i < told.size(); ++i)
                QCOMPARE(told.at(i), i + 1);
            QCOMPARE(titles.at(ids.size() - 1), titles.at(0));
            QStringList fileNames;
            QList<int> counts;
            for (const QString &file : result.files) {
                fileNames << QFileInfo(file).fileName();
                counts << TestSupport::pdfPages(file);
            }
            QCOMPARE(QDir(options.target).entryList(QDir::Files).size(), ids.size());
            names << fileNames;
            pages << counts;
        }
        QCOMPARE(names.at(1), names.at(0));
        QCOMPARE(pages.at(1), pages.at(0));
        QVERIFY2(names.at(0).at(ids.size() - 2).endsWith(QStringLiteral(" (3).pdf")),
                 qPrintable(names.at(0).join(u',')));
        QVERIFY(!pages.at(0).contains(-1));
    }

    void stoppedBatchLeavesOnlyCompleteFiles_data()
    {
        QTest::addColumn<bool>("combined");
        QTest::newRow("one per project") << false;
        QTest::newRow("combined") << true;
    }
    void stoppedBatchLeavesOnlyCompleteFiles()
    {
        QFETCH(bool, combined);
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        DossierBatch::Options options;
        options.workspacePath = w->filePath();
        options.projectIds = allProjects(*w);
        options.mode = combined ? DossierBatch::Mode::Combined : DossierBatch::Mode::OnePerProject;
        options.target = combined ? QDir(out).filePath(QStringLiteral("all.pdf")) : out;
        options.threads = 2;
        // Stopped after the third dossier, as the progress dialog's button does. One PDF each,
        // the next dossiers were written and put in place meanwhile, in order, by a thread of
        // their own (while the reports wait: the caller busy, a sync of the disk slow): not
        // reported, they are not left.
        bool wentAhead = false;
        const DossierBatch::Result result =
            DossierBatch::run(options, [&](int done, int, const QString &) {
                if (done < 3)
                    return true;
                if (!combined)
                    wentAhead = QTest::qWaitFor(
                        [&] { return QDir(out).entryList(QDir::Files).size() > 3; }, 20000);
                return false;
            });
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(wentAhead || combined);
        const QStringList left = QDir(out).entryList(QDir::Files | QDir::Hidden);
        if (combined) {
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
            QVERIFY(result.files.isEmpty());
        } else {
            QCOMPARE(result.written, 3);
            QCOMPARE(left.size(), 3);
            for (const QString &file : std::as_const(result.files))
                QVERIFY2(left.contains(QFileInfo(file).fileName()), qPrintable(file));
            for (const QString &name : left) {
                QVERIFY2(name.startsWith(QStringLiteral("Dossier - ")) &&
                             name.endsWith(QStringLiteral(".pdf")),
                         qPrintable(name));
                QVERIFY2(TestSupport::pdfPages(QDir(out).filePath(name)) > 0, qPrintable(name));
            }
        }
    }

    // A batch's writers finish their files and the reporting thread puts them in place
    // (synced, then renamed): a finished file is nowhere until committed — by any thread —, and
    // leaves nothing when dropped.
    void finishedFileIsPutInPlaceByWhoeverCommitsIt()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        QString error;
        const std::optional<Dossier::Data> data = Dossier::load(*w, allProjects(*w).at(0), &error);
        QVERIFY2(data, qPrintable(error));
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const QString kept = QDir(out).filePath(QStringLiteral("kept.pdf"));
        const QString dropped = QDir(out).filePath(QStringLiteral("dropped.pdf"));

        std::unique_ptr<QSaveFile> finished = Dossier::finishPdf(*data, kept, &error);
        QVERIFY2(finished, qPrintable(error));
        std::unique_ptr<QSaveFile> other = Dossier::finishPdf(*data, dropped, &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(!QFileInfo::exists(kept));
        QVERIFY(!QFileInfo::exists(dropped));

        bool committed = false;
        std::unique_ptr<QThread> reporter(
            QThread::create([&] { committed = commitWritten(*finished); }));
        reporter->start();
        QVERIFY(reporter->wait(30000));
        QVERIFY(committed);
        finished.reset();
        other.reset();
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("kept.pdf")});
        QVERIFY(TestSupport::pdfPages(kept) > 0);
        // Every byte of it: the author added after Qt's trailer is read.
        QVERIFY(TestSupport::hasTools({QStringLiteral("pdfinfo")}));
        const QString info = TestSupport::runTool(QStringLiteral("pdfinfo"), {kept});
        QVERIFY2(info.contains(QStringLiteral("Author:")) &&
                     info.contains(Dossier::author()),
                 qPrintable(info));
    }

    // A page is painted in passes (fills, rules, content): a box of many lines or a striped
    // table sets each colour once for the run, not again for every line — fewer bytes for the
    // PDF to compress — and a table's rules lie over the stripes, never under the next row's.
    void pagesSayEachColourOnceForARun()
    {
        PageFlow flow;
        flow.setMargins(20, 20, 20, 20);
        PageFlow::TextStyle boxed;
        boxed.font = PageFlow::font(9);
        boxed.color = PageFlow::navy;
        boxed.background = PageFlow::light;
        boxed.leftRule = PageFlow::rule;
        QStringList lines;
        for (int i = 1; i <= 20; ++i)
            lines << QStringLiteral("Ligne %1 de la réponse encadrée").arg(i);
        flow.text(lines.join(QLatin1Char('\n')), boxed);
        PageFlow::Table table;
        table.widths = {2, 1};
        table.header = {QStringLiteral("Poste"), QStringLiteral("Montant")};
        for (int i = 1; i <= 12; ++i)
            table.rows << QStringList{QStringLiteral("Poste %1").arg(i),
                                      QStringLiteral("%1 €").arg(i)};
        table.font = PageFlow::font(9);
        flow.table(table);

        QBuffer pdf;
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        {
            QPdfWriter writer(&pdf);
            writer.setResolution(300);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QCOMPARE(flow.render(&writer, {}), 1);
        }
        // The page's content: the stream that draws text, inflated.
        const QByteArray bytes = pdf.data();
        QByteArray content;
        for (qsizetype from = bytes.indexOf("stream\n"); from >= 0;
             from = bytes.indexOf("stream\n", from + 1)) {
            const qsizetype start = from + 7;
            const qsizetype end = bytes.indexOf("endstream", start);
            QByteArray sized(4, '\0');
            qToBigEndian(quint32(64 << 20), sized.data()); // qUncompress's size prefix
            const QByteArray inflated = qUncompress(sized + bytes.mid(start, end - start));
            if (inflated.contains(" Tj\n") && inflated.contains(" re\n"))
                content = inflated;
        }
        QVERIFY(!content.isEmpty());
        int fills = 0;   // `f`: fill the rectangles given since the colour was set
        int strokes = 0; // `S`: stroke the lines given since the pen was set
        for (const QByteArray &op : content.split('\n')) {
            fills += op == "f" ? 1 : 0;
            strokes += op == "S" ? 1 : 0;
        }
        // The box's background and bar, the table's header and stripes: four fills, not one
        // per line and row (47); its rules: one stroke, not one per row (12).
        QCOMPARE(fills, 4);
        QCOMPARE(strokes, 1);
        QVERIFY(content.count(" re\n") < 12); // the box's lines joined into one rectangle each
        // Every line and row is there all the same.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("passes.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const QString text =
            TestSupport::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Ligne 20 de la réponse encadrée")));
        QVERIFY(text.contains(QStringLiteral("Poste 12")));
    }

    void fileNamesAreSafeAndUnique()
    {
        QCOMPARE(Dossier::safeFileName(QStringLiteral("Vélo: l'atelier / 2026 *?")),
                 QStringLiteral("Vélo- l'atelier - 2026 --"));
        QCOMPARE(Dossier::safeFileName(QStringLiteral("..caché")), QStringLiteral("caché"));
        QVERIFY(Dossier::safeFileName(QString(300, QChar(0xe9))).toUtf8().size() <= 150);
        QStringList names;
        QCOMPARE(DossierBatch::uniqueFileName(QStringLiteral("Dossier - A.pdf"), &names),
                 QStringLiteral("Dossier - A.pdf"));
        QCOMPARE(DossierBatch::uniqueFileName(QStringLiteral("Dossier - A.pdf"), &names),
                 QStringLiteral("Dossier - A (2).pdf"));
        QCOMPARE(DossierBatch::uniqueFileName(QStringLiteral("dossier - a.pdf"), &names),
                 QStringLiteral("dossier - a (3).pdf"));
    }

    void informationUpdateIsAValidIncrement()
    {
        const QByteArray tail = "xref\n0 3\n...\ntrailer\n<<\n/Size 12\n/Info 2 0 R\n/Root 1 0 R\n"
                                "/ID [<ab> <ab>]\n>>\nstartxref\n4567\n%%EOF\n";
        const QByteArray update = PdfFile::informationUpdate(
            tail, 5000, QStringLiteral("Titre é"), QStringLiteral("Auteur"),
            QStringLiteral("Comptoir"), QStringLiteral("Qt"),
            QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        QVERIFY(update.startsWith("\n12 0 obj\n"));
        QVERIFY(update.contains("/Prev 4567\n"));
        QVERIFY(update.contains("/Root 1 0 R\n"));
        QVERIFY(update.contains("/Info 12 0 R\n"));
        QVERIFY(update.contains("/Size 13\n"));
        QVERIFY(update.contains("/ID [<ab> <ab>]"));
        QVERIFY(update.contains("(D:20261130100000Z)"));
        // The object's offset in the cross-reference table is where it starts.
        QVERIFY(update.contains("12 1\n0000005001 00000 n \n"));
        const qsizetype xref = update.indexOf("xref\n");
        QVERIFY(update.contains("startxref\n" + QByteArray::number(5000 + xref) + "\n%%EOF\n"));
        QVERIFY(PdfFile::informationUpdate("no trailer here", 10, {}, {}, {}, {}, {}).isEmpty());
    }

    void workshopReportSaysWhoCameAndWhatAdvanced()
    {
        QTemporaryDir dir;
        auto w = TestSupport::createDemo(dir);
        QVERIFY(w);
        // The demo workshop where the Épicerie's holder was present.
        QSqlQuery query(w->database());
        query.prepare(QStringLiteral(
            "SELECT t.workshop_id FROM attendance t JOIN projects p ON p.id = t.project_id"
            " WHERE p.title = ? AND t.status = 'present'"));
        query.addBindValue(epicerie());
        QVERIFY(query.exec() && query.next());
        const qint64 workshop = query.value(0).toLongLong();
        QString error;
        const auto data = WorkshopReport::load(*w, workshop, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(!data->projects.isEmpty());
        const QString pdf = dir.filePath(WorkshopReport::suggestedFileName(*data));
        QVERIFY(QFileInfo(pdf).fileName().startsWith(QStringLiteral("Compte rendu - ")));
        QVERIFY2(WorkshopReport::writePdf(*data, pdf, &error), qPrintable(error));
        keep(pdf);
        const QString t = text(pdf);
        for (const char *part : {"COMPTE RENDU D'ATELIER", "Qui est venu", "Projets qui ont avancé",
                                 "Prochaines étapes", "Sections complètes avant"})
            QVERIFY2(t.contains(QString::fromUtf8(part)), part);
        QVERIFY(t.contains(epicerie()));
        QVERIFY(t.contains(QStringLiteral("Choisir le camion d'occasion")));
        QVERIFY(t.contains(QStringLiteral("Page 1 sur")));
        QVERIFY(info(pdf, QStringLiteral("Title")).startsWith(QStringLiteral("Compte rendu · ")));
    }

    void commandLine()
    {
        QTemporaryDir dir;
        {
            auto w = TestSupport::createDemo(dir);
            QVERIFY(w);
        }
        const QString workspace = dir.filePath(QStringLiteral("demo.comptoirdb"));
        const auto comptoir = [&](const QStringList &arguments, QString *out, QString *err) {
            QProcess process;
            process.setProcessEnvironment(TestSupport::isolatedEnvironment());
            process.start(TestSupport::comptoirBinary(),
                          QStringList{QStringLiteral("export-pdf"), QStringLiteral("--lang"),
                                      QStringLiteral("fr")} +
                              arguments);
            if (!process.waitForFinished(120000))
                return -1;
            *out = QString::fromUtf8(process.readAllStandardOutput());
            *err = QString::fromUtf8(process.readAllStandardError());
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        QString out, err;
        const QString folder = dir.filePath(QStringLiteral("dossiers"));
        QCOMPARE(comptoir({QStringLiteral("--workspace"), workspace, QStringLiteral("--out"),
                           folder, QStringLiteral("--stage"), QStringLiteral("ready")},
                          &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("2 dossiers écrits dans")), qPrintable(out + err));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);

        const QString combined = dir.filePath(QStringLiteral("tous.pdf"));
        QCOMPARE(comptoir({QStringLiteral("--workspace"), workspace, QStringLiteral("--out"),
                           combined, QStringLiteral("--combined")},
                          &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("14 dossiers écrits")), qPrintable(out + err));
        QVERIFY(TestSupport::pdfPages(combined) >= 14 * 5);

        // Usage errors: 2, with the reason in French.
        QCOMPARE(comptoir({QStringLiteral("--workspace"), workspace}, &out, &err), 2);
        QVERIFY(err.contains(QStringLiteral("Indiquez l'espace de travail")));
        QCOMPARE(comptoir({QStringLiteral("--workspace"), workspace, QStringLiteral("--out"),
                           folder, QStringLiteral("--stage"), QStringLiteral("brouillon")},
                          &out, &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("Stade «\u00a0brouillon\u00a0» inconnu")));
        QCOMPARE(comptoir({QStringLiteral("--workspace"), workspace, QStringLiteral("--out"),
                           folder, QStringLiteral("--combined")},
                          &out, &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("est un dossier")));
        // Refusals: 1, nothing written.
        const QString nowhere = dir.filePath(QStringLiteral("nothing"));
        QCOMPARE(comptoir({QStringLiteral("--workspace"), workspace, QStringLiteral("--out"),
                           nowhere, QStringLiteral("--project"),
                           QStringLiteral("00000000-0000-4000-8000-000000000000")},
                          &out, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("Aucun projet n'a l'UUID")));
        QVERIFY(!QFileInfo::exists(nowhere));
        QCOMPARE(comptoir({QStringLiteral("--workspace"),
                           QStringLiteral(COMPTOIR_TEST_DATA_DIR "/not-a-workspace.txt"),
                           QStringLiteral("--out"), nowhere},
                          &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("n'est pas un espace de travail Comptoir")),
                 qPrintable(err));
        QVERIFY(!QFileInfo::exists(nowhere));
    }
};

QTEST_MAIN(TestDossier)
#include "tst_dossier.moc"
