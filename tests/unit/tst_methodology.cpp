#include "methodology/JsonLineMap.h"
#include "methodology/Methodology.h"
#include "TestSupport.h"

#include <QSet>
#include <QTest>

namespace {

// A small valid definition; each malformed case below changes one thing in it.
// (moc cannot read raw string literals: one ordinary literal per line.)
const char *const kValid =
    "{\n"
    "  \"format\": \"comptoir-methodology\",\n"
    "  \"formatVersion\": 1,\n"
    "  \"code\": \"essai\",\n"
    "  \"version\": 2,\n"
    "  \"name\": \"Essai\",\n"
    "  \"sections\": [\n"
    "    {\n"
    "      \"key\": \"idee\",\n"
    "      \"title\": \"L'idée\",\n"
    "      \"fields\": [\n"
    "        { \"key\": \"titre\", \"type\": \"shortText\", \"label\": \"Titre\", \"required\": "
    "true, \"maxLength\": 80 },\n"
    "        { \"key\": \"theme\", \"type\": \"singleChoice\", \"label\": \"Thème\", \"options\": "
    "[\"Culture\", \"Sport\"] },\n"
    "        { \"key\": \"actions\", \"type\": \"rows\", \"label\": \"Actions\",\n"
    "          \"columns\": [ { \"key\": \"action\", \"type\": \"shortText\", \"label\": "
    "\"Action\" },\n"
    "                       { \"key\": \"quand\", \"type\": \"date\", \"label\": \"Quand\" } ] }\n"
    "      ]\n"
    "    }\n"
    "  ]\n"
    "}";

QByteArray valid()
{
    return QByteArray(kValid);
}

QByteArray replaced(const char *before, const char *after)
{
    QByteArray json = valid();
    Q_ASSERT(json.contains(before));
    return json.replace(before, after);
}

} // namespace

class TestMethodology final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolateFromUser(); }

    void builtInFollowsTheElevenSteps()
    {
        const Methodology &m = Methodology::builtIn();
        QCOMPARE(m.code, QStringLiteral("idee-au-projet"));
        QCOMPARE(m.version, 1);
        QStringList keys;
        for (const Methodology::Section &s : m.sections)
            keys << s.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("idee"), QStringLiteral("besoin"),
                                    QStringLiteral("public"), QStringLiteral("objectifs"),
                                    QStringLiteral("actions"), QStringLiteral("partenaires"),
                                    QStringLiteral("budget"), QStringLiteral("modele"),
                                    QStringLiteral("ess"), QStringLiteral("pitch"),
                                    QStringLiteral("suites")}));
        QCOMPARE(m.sections.at(0).title, QStringLiteral("L'idée"));
        QCOMPARE(m.sections.at(0).requiredCount(), 3);

        // Every kind of field is used, each with a French label and help.
        QSet<int> types;
        for (const Methodology::Section &s : m.sections) {
            QVERIFY(!s.intro.isEmpty());
            for (const Methodology::Field &f : s.fields) {
                types.insert(int(f.type));
                QVERIFY2(!f.help.isEmpty(), qPrintable(f.qualifiedKey));
            }
        }
        QCOMPARE(types.size(), 13);

        // The answers of the demo workspace belong to fields of this definition.
        QVERIFY(m.field(QStringLiteral("idee.declencheur")));
        QCOMPARE(m.field(QStringLiteral("besoin.qui"))->type, Methodology::FieldType::LongText);
        QCOMPARE(m.field(QStringLiteral("idee.titre"))->maxLength, 90);
        QVERIFY(!m.field(QStringLiteral("idee.nothing")));
        QVERIFY(!m.source.isEmpty());
    }

    void parsesAValidDefinition()
    {
        QStringList errors;
        const auto m = Methodology::parse(valid(), &errors);
        QVERIFY2(m, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(m->code, QStringLiteral("essai"));
        QCOMPARE(m->version, 2);
        QCOMPARE(m->fieldCount(), 3);
        const Methodology::Field *actions = m->field(QStringLiteral("idee.actions"));
        QVERIFY(actions);
        QCOMPARE(actions->columns.size(), 2);
        QCOMPARE(actions->columns.at(1).type, Methodology::FieldType::Date);
        QCOMPARE(m->field(QStringLiteral("idee.theme"))->options,
                 (QStringList{QStringLiteral("Culture"), QStringLiteral("Sport")}));
    }

    void refusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray(
                                         "{\n  \"format\": \"comptoir-methodology\",\n  oops\n}")
                                  << QStringLiteral("line 3, column 4: this is not valid JSON");
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << QStringLiteral("is a JSON object");
        QTest::newRow("another format")
            << replaced("comptoir-methodology", "autre-chose")
            << QStringLiteral("line 2: this is not a Comptoir methodology definition");
        QTest::newRow("newer format")
            << replaced("\"formatVersion\": 1", "\"formatVersion\": 7")
            << QStringLiteral("line 3: this definition needs a newer version of Comptoir");
        QTest::newRow("no sections") << replaced("\"sections\": [", "\"sektions\": [")
                                     << QStringLiteral("unknown property “sektions”");
        QTest::newRow("unknown type")
            << replaced("\"type\": \"singleChoice\"", "\"type\": \"choix\"")
            << QStringLiteral("line 13, section “idee”, field “theme”: unknown type “choix”");
        QTest::newRow("typo in a property")
            << replaced("\"label\": \"Titre\"", "\"lable\": \"Titre\"")
            << QStringLiteral("line 12, section “idee”, field “titre”: unknown property “lable”");
        QTest::newRow("duplicate field")
            << replaced("\"key\": \"theme\"", "\"key\": \"titre\"")
            << QStringLiteral("another field of this section has the same key");
        QTest::newRow("choice without options")
            << replaced(", \"options\": [\"Culture\", \"Sport\"]", "")
            << QStringLiteral("a choice needs “options”");
        QTest::newRow("option twice")
            << replaced("[\"Culture\", \"Sport\"]", "[\"Culture\", \"Culture\"]")
            << QStringLiteral("the option “Culture” appears twice");
        QTest::newRow("bad key") << replaced("\"key\": \"titre\"", "\"key\": \"Titre du projet\"")
                                 << QStringLiteral("must be lower-case letters");
        QTest::newRow("length not a whole number")
            << replaced("\"maxLength\": 80", "\"maxLength\": \"80\"")
            << QStringLiteral("“maxLength” must be a whole number");
        QTest::newRow("empty label") << replaced("\"label\": \"Titre\"", "\"label\": \"  \"")
                                     << QStringLiteral("“label” is empty");
        QTest::newRow("column of a composite type")
            << replaced("\"type\": \"date\"", "\"type\": \"qqoqcp\"")
            << QStringLiteral("line 16, section “idee”, field “actions”, column “quand”: a column "
                              "cannot be of type “qqoqcp”");
        QTest::newRow("rows without columns") << replaced("\"columns\": [", "\"kolumns\": [")
                                              << QStringLiteral("rows need “columns”");
        QTest::newRow("minimum above maximum")
            << replaced(
                   "\"type\": \"shortText\", \"label\": \"Titre\", \"required\": true, "
                   "\"maxLength\": 80",
                   "\"type\": \"money\", \"label\": \"Titre\", \"minimum\": 10, \"maximum\": 5")
            << QStringLiteral("“minimum” is greater than “maximum”");
        QTest::newRow("absurd size")
            << QByteArray(3 * 1024 * 1024, ' ') << QStringLiteral("too large");
        QTest::newRow("wrong encoding")
            << QByteArray("{\"format\": \"comptoir-m\xe9thodologie\"}") << QStringLiteral("line 1");
    }

    void refusesMalformedInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QStringList errors;
        QVERIFY(!Methodology::parse(json, &errors));
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(message),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void errorsAreCapped()
    {
        QByteArray json = valid();
        QByteArray many;
        for (int i = 0; i < 50; ++i)
            many += "\"extra" + QByteArray::number(i) + "\": 1, ";
        json.replace("\"code\": \"essai\",", "\"code\": \"essai\", " + many);
        QStringList errors;
        QVERIFY(!Methodology::parse(json, &errors));
        QCOMPARE(errors.size(), 20);
    }

    void lineMap()
    {
        const JsonLineMap map(valid());
        QCOMPARE(map.line(QStringLiteral("format")), 2);
        QCOMPARE(map.line(QStringLiteral("sections/0/key")), 9);
        QCOMPARE(map.line(QStringLiteral("sections/0/fields/1/type")), 13);
        QCOMPARE(map.line(QStringLiteral("sections/0/fields/2/columns/1/type")), 16);
        QCOMPARE(map.line(QStringLiteral("sections/0/fields/1/nothing")), 13); // nearest parent
        QCOMPARE(JsonLineMap::lineAndColumn("ab\ncé d", 7),
                 std::make_pair(2, 4)); // "é" is one column, two bytes
    }

    // The shipped definition in English: labels, help and the words of its options, while
    // the options saved stay the reference's French ones; French is the definition itself.
    void builtInSpeaksEnglishToo()
    {
        const Methodology &fr = Methodology::builtIn();
        QCOMPARE(fr.localized(QStringLiteral("fr")).sections.first().title, QStringLiteral("L'idée"));
        const Methodology en = fr.localized(QStringLiteral("en"));
        QCOMPARE(en.name, QStringLiteral("From idea to project"));
        QCOMPARE(en.sections.size(), fr.sections.size());
        QCOMPARE(en.sections.first().title, QStringLiteral("The idea"));
        const Methodology::Field *theme = en.field(QStringLiteral("idee.theme"));
        QVERIFY(theme);
        QCOMPARE(theme->label, QStringLiteral("Main theme"));
        QCOMPARE(theme->options, fr.field(QStringLiteral("idee.theme"))->options);
        QCOMPARE(theme->optionLabels.first(), QStringLiteral("Food"));
        QCOMPARE(theme->options.first(), QStringLiteral("Alimentation"));
        const Methodology::Field *partners = en.field(QStringLiteral("partenaires.partenaires"));
        QCOMPARE(partners->columns.at(2).label, QStringLiteral("Commitment"));
        QCOMPARE(partners->columns.at(2).optionLabels,
                 (QStringList{QStringLiteral("Secured"), QStringLiteral("Under discussion"),
                              QStringLiteral("To request")}));
        // Every section, field and help has its English; the definition's text is unchanged.
        for (const Methodology::Section &section : en.sections) {
            const auto reference = std::find_if(
                fr.sections.cbegin(), fr.sections.cend(),
                [&](const Methodology::Section &s) { return s.key == section.key; });
            QVERIFY(section.title != reference->title);
            for (const Methodology::Field &field : section.fields) {
                const Methodology::Field *french = fr.field(field.qualifiedKey);
                QVERIFY2(field.label != french->label, qPrintable(field.qualifiedKey));
                QVERIFY2(french->help.isEmpty() || field.help != french->help,
                         qPrintable(field.qualifiedKey));
            }
        }
        QVERIFY(!fr.source.contains("translations"));
        // A language it has nothing for: the reference.
        QCOMPARE(fr.localized(QStringLiteral("de")).sections.first().title,
                 QStringLiteral("L'idée"));
    }

    // A definition may carry its own translations; what they name must exist.
    void translationsAreChecked()
    {
        const QByteArray translated = replaced(
            "  \"sections\": [\n",
            "  \"translations\": { \"en\": { \"name\": \"Trial\", \"sections\": { \"idee\": {"
            " \"title\": \"The idea\", \"fields\": { \"theme\": { \"label\": \"Theme\","
            " \"options\": [\"Culture\", \"Sports\"] }, \"actions\": { \"columns\": {"
            " \"quand\": { \"label\": \"When\" } } } } } } } },\n"
            "  \"sections\": [\n");
        QStringList errors;
        const std::optional<Methodology> m = Methodology::parse(translated, &errors);
        QVERIFY2(m, qPrintable(errors.join(QLatin1Char('\n'))));
        const Methodology en = m->localized(QStringLiteral("en"));
        QCOMPARE(en.name, QStringLiteral("Trial"));
        QCOMPARE(en.field(QStringLiteral("idee.theme"))->optionLabels.last(),
                 QStringLiteral("Sports"));
        QCOMPARE(en.field(QStringLiteral("idee.theme"))->options.last(), QStringLiteral("Sport"));
        QCOMPARE(en.field(QStringLiteral("idee.actions"))->columns.at(1).label,
                 QStringLiteral("When"));

        for (const auto &[broken, expected] :
             {std::pair{QByteArray(translated).replace("\"idee\": {", "\"ideas\": {"),
                        "section"},
              std::pair{QByteArray(translated).replace("\"theme\": {", "\"themes\": {"),
                        "field"},
              std::pair{QByteArray(translated).replace("\"Sports\"] }", "\"Sports\", \"X\"] }"),
                        "options"},
              std::pair{QByteArray(translated).replace("\"en\": {", "\"english!\": {"),
                        "english"},
              std::pair{QByteArray(translated).replace("\"label\": \"Theme\"",
                                                       "\"lable\": \"Theme\""),
                        "lable"}}) {
            errors.clear();
            QVERIFY2(!Methodology::parse(broken, &errors), expected);
            QVERIFY2(errors.join(QLatin1Char(' ')).contains(QLatin1String(expected)),
                     qPrintable(errors.join(QLatin1Char('\n'))));
            // Located: the line of the translation at fault, not the file's first.
            QVERIFY2(errors.first().startsWith(QStringLiteral("line 7")),
                     qPrintable(errors.first()));
        }
    }

    void typeNamesRoundTrip()
    {
        for (int t = 0; t <= int(Methodology::FieldType::Budget); ++t) {
            const auto type = Methodology::FieldType(t);
            QCOMPARE(Methodology::typeFromName(Methodology::typeName(type)), std::optional(type));
        }
        QCOMPARE(Methodology::qqoqcpParts().size(), 7);
        QCOMPARE(Methodology::canvasBoxes().size(), 11);
        QCOMPARE(Methodology::problemTreeParts().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMethodology)
#include "tst_methodology.moc"
