#include "TestPaths.h"
#include "TestSupport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
    QString key() const { return context + QChar(4) + source + QChar(4) + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name") && messages.size() >= 0 && current.source.isNull()) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            // Read the message's children.
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    current.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    current.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    current.translationType =
                        xml.attributes().value(QLatin1String("type")).toString();
                    if (current.numerus) {
                        while (
                            !(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                            !xml.atEnd()) {
                            xml.readNext();
                            if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                                current.translations << xml.readElementText();
                        }
                    } else {
                        current.translations << xml.readElementText();
                    }
                }
            }
            messages << current;
            current = Message{};
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

// French is the reference language: every string of the sources must have a finished French
// translation in translations/comptoir_fr.ts, with the same placeholders.
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void frenchIsComplete()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(COMPTOIR_SOURCE_DIR));
        lupdate.start(QStringLiteral(COMPTOIR_LUPDATE),
                      {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("models"),
                       QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-silent"), QStringLiteral("-target-language"),
                       QStringLiteral("fr_FR"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> extracted = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(extracted.size() > 100, "lupdate found suspiciously few strings");
        const QList<Message> french =
            readTs(QStringLiteral(COMPTOIR_SOURCE_DIR "/translations/comptoir_fr.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, Message> byKey;
        for (const Message &m : french)
            byKey.insert(m.key(), m);

        QStringList problems;
        for (const Message &m : extracted) {
            const auto it = byKey.constFind(m.key());
            const QString where = m.context + QStringLiteral(": ") + m.source;
            if (it == byKey.constEnd()) {
                problems << QStringLiteral("missing — ") + where;
                continue;
            }
            if (!it->translationType.isEmpty()) {
                problems << it->translationType + QStringLiteral(" — ") + where;
                continue;
            }
            const int forms = m.numerus ? 2 : 1; // French has two plural forms
            if (it->translations.size() != forms ||
                std::any_of(it->translations.begin(), it->translations.end(),
                            [](const QString &t) { return t.trimmed().isEmpty(); })) {
                problems << QStringLiteral("empty — ") + where;
                continue;
            }
            for (const QString &t : it->translations) {
                QStringList expected = placeholders(m.source);
                QStringList actual = placeholders(t);
                // A singular French form may spell the number out ("un projet").
                if (m.numerus && expected != actual) {
                    expected.removeAll(QStringLiteral("n"));
                    actual.removeAll(QStringLiteral("n"));
                }
                if (expected != actual)
                    problems << QStringLiteral("placeholders differ — ") + where +
                                    QStringLiteral(" → ") + t;
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
