#include "demo/DemoWorkspace.h"
#include "demo/SyntheticWorkspace.h"
#include "Language.h"
#include "projects/BudgetLines.h"
#include "projects/ProjectAnswers.h"
#include "report/DossierBatch.h"
#include "report/PageFlow.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "TestSupport.h"
#include "util/ProcessMemory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <numeric>
#include <vector>

#include <unistd.h>

// Dossiers at the scale of a committee: 1,000 projects of realistic size (every field of the
// methodology answered, as the demo's labelled épicerie is: grids, the problem tree, the
// canvas, a budget of six lines) written one PDF each by the batch, on every core, as the
// window's worker and `comptoir export-pdf` do. Targets: at least 50 dossiers per second on two
// cores, memory flat as the batch grows, and under 1.5 times the time per page of its baseline:
// the same text written by QPdfWriter in the same fonts, line by line, with no layout — each
// line where the dossier has it, in its size, weight and colour, as poppler reads them back
// from the dossiers — (measured in rounds alternating the two, on this machine shared with
// others).
namespace {

constexpr int kZoom = 2; // pdftohtml's sizes and positions, in half points

// A size, weight and slant of type, as poppler reads it in a PDF.
struct TextFont
{
    double points = 0;
    bool bold = false;
    bool italic = false;
    bool operator==(const TextFont &other) const
    {
        return points == other.points && bold == other.bold && italic == other.italic;
    }
};

// A line of a PDF's text: where it stands, in which font and colour.
struct TextRun
{
    QPointF baseline; // in pdftohtml's pixels
    int font = 0;     // in the list of fonts
    QColor color;
    QString text;
};

// The pages of `pdftohtml -xml`'s reading of a PDF, their lines' fonts added to `fonts`.
QList<QList<TextRun>> readRuns(const QString &xml, QList<TextFont> &fonts)
{
    QList<QList<TextRun>> pages;
    QHash<QString, std::pair<double, QColor>> specs; // fontspec id: size in points, colour
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.name() == QLatin1String("page")) {
            pages.append(QList<TextRun>());
        } else if (reader.name() == QLatin1String("fontspec")) {
            specs.insert(attributes.value(QLatin1String("id")).toString(),
                         {attributes.value(QLatin1String("size")).toDouble() / kZoom,
                          QColor(attributes.value(QLatin1String("color")))});
        } else if (reader.name() == QLatin1String("text") && !pages.isEmpty()) {
            const auto spec = specs.value(attributes.value(QLatin1String("font")).toString());
            TextRun run;
            run.baseline = QPointF(attributes.value(QLatin1String("left")).toDouble(),
                                   attributes.value(QLatin1String("top")).toDouble() +
                                       0.8 * attributes.value(QLatin1String("height")).toDouble());
            run.color = spec.second;
            TextFont font{spec.first, false, false};
            for (int depth = 1; depth > 0 && !reader.atEnd();) {
                switch (reader.readNext()) {
                case QXmlStreamReader::StartElement:
                    ++depth;
                    font.bold = font.bold || reader.name() == QLatin1String("b");
                    font.italic = font.italic || reader.name() == QLatin1String("i");
                    break;
                case QXmlStreamReader::EndElement:
                    --depth;
                    break;
                case QXmlStreamReader::Characters:
                    run.text += reader.text();
                    break;
                default:
                    break;
                }
            }
            run.font = int(fonts.indexOf(font));
            if (run.font < 0) {
                run.font = int(fonts.size());
                fonts << font;
            }
            pages.last() << run;
        }
    }
    return reader.hasError() ? QList<QList<TextRun>>() : pages;
}

} // namespace

class BenchDossiers final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
        QVERIFY(m_dir.isValid());
    }

    void thousandDossiers()
    {
        // The answers and budget of the demo's fully answered project…
        QString error;
        auto demo = TestSupport::createDemo(m_dir);
        QVERIFY(demo);
        QSqlQuery source(demo->database());
        QVERIFY(source.exec(QStringLiteral(
            "SELECT id FROM projects WHERE title = 'Épicerie solidaire itinérante du Ternois'")));
        QVERIFY(source.next());
        const qint64 model = source.value(0).toLongLong();
        const QHash<QString, ProjectAnswers::Answer> answers =
            ProjectAnswers::all(*demo, model, &error);
        QVERIFY(answers.size() > 30);
        QList<BudgetLines::Line> lines = BudgetLines::load(*demo, model, &error);
        QCOMPARE(lines.size(), 6);
        for (BudgetLines::Line &line : lines)
            line.uuid.clear();

        // …given to each of 1,000 synthetic projects, in one transaction.
        const QString path = m_dir.filePath(QStringLiteral("comite.comptoirdb"));
        auto workspace = Workspace::create(path, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY2(SyntheticWorkspace::populate(*workspace, 1000, 62, &error), qPrintable(error));
        QList<qint64> ids;
        {
            QSqlQuery query(workspace->database());
            QVERIFY(query.exec(QStringLiteral("SELECT id FROM projects ORDER BY id")));
            while (query.next())
                ids << query.value(0).toLongLong();
        }
        QCOMPARE(ids.size(), 1000);
        {
            Transaction transaction(workspace->database());
            QSqlQuery remove(workspace->database());
            QVERIFY(remove.exec(QStringLiteral("DELETE FROM answers")));
            QVERIFY(remove.exec(QStringLiteral("DELETE FROM budget_lines")));
            QSqlQuery insert(workspace->database());
            insert.prepare(QStringLiteral(
                "INSERT INTO answers (uuid, project_id, field_key, value, methodology_code,"
                " methodology_version, created_at, updated_at, origin)"
                " VALUES (lower(hex(randomblob(16))), ?, ?, ?, 'idee-au-projet', 1,"
                " '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z', ?)"));
            for (qint64 id : std::as_const(ids)) {
                for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
                    if (ProjectAnswers::mirroredColumn(it.key()) == QLatin1String("title"))
                        continue; // each keeps its own title
                    insert.addBindValue(id);
                    insert.addBindValue(it.key());
                    insert.addBindValue(QString::fromUtf8(
                        QJsonDocument::fromVariant(QVariantList{it.value().value.toVariant()})
                            .toJson(QJsonDocument::Compact)
                            .chopped(1)
                            .mid(1)));
                    insert.addBindValue(workspace->origin());
                    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
                }
            }
            QVERIFY(transaction.commit());
        }
        for (qint64 id : std::as_const(ids))
            QVERIFY2(BudgetLines::replace(*workspace, id, lines, &error), qPrintable(error));
        workspace.reset();

        // The batch, timed, memory sampled as it goes.
        DossierBatch::Options options;
        options.workspacePath = path;
        options.projectIds = ids;
        options.mode = DossierBatch::Mode::OnePerProject;
        options.target = m_dir.filePath(QStringLiteral("dossiers"));
        QMap<int, qint64> rss;
        QElapsedTimer timer;
        timer.start();
        const DossierBatch::Result result =
            DossierBatch::run(options, [&rss](int done, int, const QString &) {
                if (done == 100 || done == 250 || done == 500 || done == 750 || done == 1000)
                    rss.insert(done, ProcessMemory::residentKb());
                return true;
            });
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.written, 1000);
        qint64 bytes = 0;
        for (const QString &file : result.files)
            bytes += QFileInfo(file).size();
        const double perSecond = 1000 / seconds;
        const qint64 growth = rss.value(1000) - rss.value(100);
        std::printf("BENCH 1,000 dossiers (%.0f KB each on average) written one PDF each on %d "
                    "threads in %.2f s: %.1f dossiers per second; resident memory after 100, 250, "
                    "500, 750, 1,000 dossiers: %lld, %lld, %lld, %lld, %lld MB (peak %lld MB)\n",
                    double(bytes) / 1000 / 1024, QThread::idealThreadCount(), seconds, perSecond,
                    rss.value(100) / 1024, rss.value(250) / 1024, rss.value(500) / 1024,
                    rss.value(750) / 1024, rss.value(1000) / 1024, ProcessMemory::peakKb() / 1024);
        QVERIFY2(perSecond >= 50, "target: at least 50 dossiers per second");
        QVERIFY2(growth < 20 * 1024, "target: memory flat as the batch grows (under 20 MB more "
                                     "between the 100th and the 1,000th dossier)");

        // The baseline: the text of the dossiers written by a bare QPdfWriter on as many
        // threads, with no layout: each line where the dossier has it, in the font and colour
        // the dossier's PDF says it is in (read back by poppler's pdftohtml: size, weight,
        // slant, colour), one drawText a line.
        QVERIFY2(TestSupport::hasTools({QStringLiteral("pdftohtml")}), "pdftohtml is needed");
        QList<QList<QList<TextRun>>> texts; // per dossier sampled, per page: its lines
        QList<TextFont> fonts;              // every size, weight and slant of the samples
        for (int i = 0; i < 10; ++i) {
            const QString xml = TestSupport::runTool(QStringLiteral("pdftohtml"),
                                                     {QStringLiteral("-xml"), QStringLiteral("-i"),
                                                      QStringLiteral("-stdout"),
                                                      QStringLiteral("-q"), QStringLiteral("-zoom"),
                                                      QString::number(kZoom), result.files.at(i)});
            QList<QList<TextRun>> dossierPages = readRuns(xml, fonts);
            QVERIFY2(!dossierPages.isEmpty(), qPrintable(xml.left(500)));
            texts << dossierPages;
        }
        // Pages counted from the samples, for the batch and the baseline alike.
        const auto pagesOf = [&texts](int first, int count) {
            int pages = 0;
            for (int i = first; i < first + count; ++i)
                pages += int(texts.at(i % texts.size()).size());
            return pages;
        };
        const auto writeBare = [&texts, &fonts](const QString &folder, int first, int count) {
            std::atomic<int> next = first;
            const auto write = [&] {
                QList<QFont> threadFonts; // fonts are made on the thread that uses them
                for (const TextFont &spec : std::as_const(fonts)) {
                    QFont font = PageFlow::font(spec.points, spec.bold);
                    font.setItalic(spec.italic);
                    threadFonts << font;
                }
                for (int i = next++; i < first + count; i = next++) {
                    QPdfWriter writer(QStringLiteral("%1/%2.pdf").arg(folder).arg(i));
                    writer.setResolution(300);
                    writer.setPageSize(QPageSize(QPageSize::A4));
                    writer.setTitle(QStringLiteral("Dossier %1").arg(i));
                    QPainter painter(&writer);
                    const double scale = 300.0 / 72.0 / kZoom; // pdftohtml's pixels to dots
                    const QList<QList<TextRun>> &dossierPages = texts.at(i % texts.size());
                    for (qsizetype page = 0; page < dossierPages.size(); ++page) {
                        if (page > 0)
                            writer.newPage();
                        for (const TextRun &run : dossierPages.at(page)) {
                            painter.setFont(threadFonts.at(run.font));
                            painter.setPen(run.color);
                            painter.drawText(run.baseline * scale, run.text);
                        }
                    }
                }
            };
            std::vector<std::unique_ptr<QThread>> threads;
            for (int t = 0; t < QThread::idealThreadCount(); ++t) {
                threads.emplace_back(QThread::create(write));
                threads.back()->start();
            }
            for (const auto &thread : threads)
                thread->wait();
        };
        // Five rounds, each the batch on 100 of the projects then the bare text of as many
        // dossiers, so that whatever else the machine does weighs on both alike; the median
        // of the rounds' ratios is kept.
        constexpr int kRounds = 5; // the ratio of a round moves by ±0.15 on a shared machine
        constexpr int kRound = 100;
        QList<double> ratios, batchPerPage, barePerPage, batchCpu, bareCpu;
        for (int round = 0; round < kRounds; ++round) {
            DossierBatch::Options part = options;
            part.projectIds = ids.mid(round * kRound, kRound);
            part.target = m_dir.filePath(QStringLiteral("round-%1").arg(round));
            ::sync(); // the last round's files on the disk: each side pays its own writing alone
            QElapsedTimer partTimer;
            partTimer.start();
            double processor = TestSupport::processorMs();
            const DossierBatch::Result partResult = DossierBatch::run(part, {});
            const double partMs = double(partTimer.nsecsElapsed()) / 1e6;
            const double partCpuMs = TestSupport::processorMs() - processor;
            QVERIFY2(partResult.ok, qPrintable(partResult.error));
            QCOMPARE(partResult.written, kRound);

            const QString bare = m_dir.filePath(QStringLiteral("bare-%1").arg(round));
            QVERIFY(QDir().mkpath(bare));
            ::sync();
            QElapsedTimer bareTimer;
            bareTimer.start();
            processor = TestSupport::processorMs();
            writeBare(bare, round * kRound, kRound);
            const double bareMs = double(bareTimer.nsecsElapsed()) / 1e6;
            const double bareCpuMs = TestSupport::processorMs() - processor;
            QCOMPARE(TestSupport::pdfPages(
                         QDir(bare).filePath(QStringLiteral("%1.pdf").arg(round * kRound + 7))),
                     int(texts.at((round * kRound + 7) % texts.size()).size()));
            const int pages = pagesOf(round * kRound, kRound);
            batchPerPage << partMs / pages;
            barePerPage << bareMs / pages;
            ratios << batchPerPage.constLast() / barePerPage.constLast();
            batchCpu << partCpuMs / pages;
            bareCpu << bareCpuMs / pages;
            std::printf("  round %d: %d pages, Comptoir %.2f ms a page, bare text %.2f ms, "
                        "ratio %.2f (processor time: %.2f and %.2f ms a page, ratio %.2f)\n",
                        round + 1, pages, batchPerPage.constLast(), barePerPage.constLast(),
                        ratios.constLast(), batchCpu.constLast(), bareCpu.constLast(),
                        batchCpu.constLast() / bareCpu.constLast());
        }
        // The round of the median ratio, both its times: each round's two sides ran under the
        // same load, while the medians of each side apart could come from different rounds (and
        // their ratio differ from every round's).
        QList<int> order(kRounds);
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&ratios](int a, int b) { return ratios.at(a) < ratios.at(b); });
        const int middle = order.at(kRounds / 2);
        // 1.2 to 1.35 on two shared cores since a project's reading keeps its statements and
        // the files are put in place off the writers' way (1.4 to 1.7 before).
        const double ratio = TestSupport::reportBaseline(
            QStringLiteral("dossiers, time per page (%1 rounds of %2 dossiers: the round of the "
                           "median ratio)")
                .arg(kRounds)
                .arg(kRound),
            batchPerPage.at(middle), barePerPage.at(middle), QStringLiteral("ms"), 1.5);
        // Beside it, what the two cost in processor time (both cores, that round): what the
        // dossiers' layout, boxes and type add to the text, apart from the machine's neighbours.
        TestSupport::reportBaseline(
            QStringLiteral("dossiers, processor time per page (the same round)"),
            batchCpu.at(middle), bareCpu.at(middle), QStringLiteral("ms"));
        QVERIFY2(ratio < 1.5, "target: under 1.5 times the bare text's time per page");
    }
};

QTEST_MAIN(BenchDossiers)
#include "bench_dossiers.moc"
