#include "Methodology.h"

#include "JsonLineMap.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace {

constexpr int kMaxErrors = 20;
constexpr int kMaxSections = 50;
constexpr int kMaxFields = 100;
constexpr int kMaxColumns = 12;
constexpr int kMaxOptions = 100;
constexpr int kMaxLengthLimit = 100000;

const QList<std::pair<Methodology::FieldType, QLatin1String>> &typeNames()
{
    using T = Methodology::FieldType;
    static const QList<std::pair<T, QLatin1String>> names = {
        {T::ShortText, QLatin1String("shortText")},
        {T::LongText, QLatin1String("longText")},
        {T::SingleChoice, QLatin1String("singleChoice")},
        {T::MultipleChoice, QLatin1String("multipleChoice")},
        {T::Number, QLatin1String("number")},
        {T::Money, QLatin1String("money")},
        {T::Date, QLatin1String("date")},
        {T::Commune, QLatin1String("commune")},
        {T::Rows, QLatin1String("rows")},
        {T::Qqoqcp, QLatin1String("qqoqcp")},
        {T::ProblemTree, QLatin1String("problemTree")},
        {T::BusinessModelCanvas, QLatin1String("businessModelCanvas")},
        {T::Budget, QLatin1String("budget")},
    };
    return names;
}

// Checks one definition, collecting located errors.
class Checker
{
public:
    Checker(const QByteArray &json, QStringList *errors)
        : m_lines(json)
        , m_errors(errors)
    {}

    bool failed() const { return !m_errors->isEmpty(); }

    void error(const QString &path, const QString &where, const QString &message)
    {
        if (m_errors->size() >= kMaxErrors)
            return;
        const int line = m_lines.line(path);
        QString located = line > 0 ? Methodology::tr("line %1").arg(line) : QString();
        if (!where.isEmpty())
            located += (located.isEmpty() ? QString() : QStringLiteral(", ")) + where;
        m_errors->append(
            located.isEmpty()
                ? message
                : Methodology::tr("%1: %2", "where: what is wrong").arg(located, message));
    }

    // Refuses properties the format does not know: a typo ("lable") must not pass unnoticed.
    void onlyKnown(const QJsonObject &object, const QStringList &known, const QString &path,
                   const QString &where)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                error(path + QLatin1Char('/') + it.key(), where,
                      Methodology::tr("unknown property “%1”").arg(it.key()));
        }
    }

    QString text(const QJsonObject &object, const QString &name, const QString &path,
                 const QString &where, bool required, int maxLength = 2000)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            if (required)
                error(path, where, Methodology::tr("“%1” is missing").arg(name));
            return QString();
        }
        if (!value.isString()) {
            error(path + QLatin1Char('/') + name, where,
                  Methodology::tr("“%1” must be text").arg(name));
            return QString();
        }
        const QString s = value.toString().trimmed();
        if (required && s.isEmpty())
            error(path + QLatin1Char('/') + name, where,
                  Methodology::tr("“%1” is empty").arg(name));
        if (s.size() > maxLength)
            error(path + QLatin1Char('/') + name, where,
                  Methodology::tr("“%1” is longer than %2 characters").arg(name).arg(maxLength));
        return s;
    }

    QString key(const QJsonObject &object, const QString &path, const QString &where)
    {
        static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
        const QString k = text(object, QStringLiteral("key"), path, where, true, 40);
        if (!k.isEmpty() && !valid.match(k).hasMatch())
            error(
                path + QStringLiteral("/key"), where,
                Methodology::tr("the key “%1” must be lower-case letters, digits or “_”, starting "
                                "with a letter")
                    .arg(k));
        return k;
    }

    bool boolean(const QJsonObject &object, const QString &name, const QString &path,
                 const QString &where)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return false;
        if (!value.isBool())
            error(path + QLatin1Char('/') + name, where,
                  Methodology::tr("“%1” must be true or false").arg(name));
        return value.toBool();
    }

    int integer(const QJsonObject &object, const QString &name, const QString &path,
                const QString &where, int minimum, int maximum)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return 0;
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d != double(qint64(d)) || d < minimum || d > maximum) {
            error(path + QLatin1Char('/') + name, where,
                  Methodology::tr("“%1” must be a whole number between %2 and %3")
                      .arg(name)
                      .arg(minimum)
                      .arg(maximum));
            return 0;
        }
        return int(d);
    }

    std::optional<double> number(const QJsonObject &object, const QString &name,
                                 const QString &path, const QString &where)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isDouble()) {
            error(path + QLatin1Char('/') + name, where,
                  Methodology::tr("“%1” must be a number").arg(name));
            return std::nullopt;
        }
        return value.toDouble();
    }

    QStringList options(const QJsonObject &object, const QString &path, const QString &where,
                        bool required)
    {
        const QJsonValue value = object.value(QLatin1String("options"));
        if (value.isUndefined()) {
            if (required)
                error(path, where, Methodology::tr("a choice needs “options”"));
            return {};
        }
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.isEmpty() || array.size() > kMaxOptions) {
            error(path + QStringLiteral("/options"), where,
                  Methodology::tr("“options” must be a list of 1 to %1 texts").arg(kMaxOptions));
            return {};
        }
        QStringList list;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString option = array.at(i).toString().trimmed();
            if (!array.at(i).isString() || option.isEmpty() || option.size() > 300) {
                error(path + QStringLiteral("/options/%1").arg(i), where,
                      Methodology::tr("each option must be a non-empty text"));
                continue;
            }
            if (list.contains(option))
                error(path + QStringLiteral("/options/%1").arg(i), where,
                      Methodology::tr("the option “%1” appears twice").arg(option));
            list << option;
        }
        return list;
    }

    std::optional<Methodology::FieldType> type(const QJsonObject &object, const QString &path,
                                               const QString &where)
    {
        const QString name = text(object, QStringLiteral("type"), path, where, true, 40);
        if (name.isEmpty())
            return std::nullopt;
        const auto type = Methodology::typeFromName(name);
        if (!type) {
            QStringList known;
            for (const auto &[t, n] : typeNames())
                known << QString(n);
            error(path + QStringLiteral("/type"), where,
                  Methodology::tr("unknown type “%1” (known types: %2)")
                      .arg(name, known.join(QStringLiteral(", "))));
        }
        return type;
    }

    void limits(const std::optional<double> &minimum, const std::optional<double> &maximum,
                const QString &path, const QString &where)
    {
        if (minimum && maximum && *minimum > *maximum)
            error(path + QStringLiteral("/minimum"), where,
                  Methodology::tr("“minimum” is greater than “maximum”"));
    }

private:
    JsonLineMap m_lines;
    QStringList *m_errors;
};

QString sectionWhere(const QString &key)
{
    return key.isEmpty() ? QString() : Methodology::tr("section “%1”").arg(key);
}

QString fieldWhere(const QString &section, const QString &field)
{
    return Methodology::tr("section “%1”, field “%2”").arg(section, field);
}

void parseTranslations(const QJsonValue &value, Methodology *m, Checker &check);

} // namespace

int Methodology::Section::requiredCount() const
{
    return int(
        std::count_if(fields.begin(), fields.end(), [](const Field &f) { return f.required; }));
}

std::optional<Methodology> Methodology::parse(const QByteArray &json, QStringList *errors)
{
    errors->clear();
    if (json.size() > kMaxFileSize) {
        errors->append(tr("The file is too large for a methodology definition (%1 MB at most).")
                           .arg(kMaxFileSize / (1024 * 1024)));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonLineMap::lineAndColumn(json, parseError.offset);
        errors->append(tr("line %1, column %2: this is not valid JSON (%3)")
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors->append(tr("line 1: a methodology definition is a JSON object"));
        return std::nullopt;
    }

    Checker check(json, errors);
    const QJsonObject root = document.object();
    check.onlyKnown(root,
                    {QStringLiteral("format"), QStringLiteral("formatVersion"),
                     QStringLiteral("code"), QStringLiteral("version"), QStringLiteral("name"),
                     QStringLiteral("language"), QStringLiteral("sections"),
                     QStringLiteral("translations")},
                    QString(), QString());
    if (root.value(QLatin1String("format")).toString() != QLatin1String("comptoir-methodology")) {
        check.error(QStringLiteral("format"), QString(),
                    tr("this is not a Comptoir methodology definition (“format” must be "
                       "“comptoir-methodology”)"));
        return std::nullopt;
    }
    const int formatVersion =
        check.integer(root, QStringLiteral("formatVersion"), QString(), QString(), 1, 1000);
    if (formatVersion != kFormatVersion) {
        if (formatVersion > kFormatVersion)
            check.error(QStringLiteral("formatVersion"), QString(),
                        tr("this definition needs a newer version of Comptoir (format %1)")
                            .arg(formatVersion));
        else if (!check.failed())
            check.error(QStringLiteral("formatVersion"), QString(),
                        tr("“formatVersion” is missing"));
        return std::nullopt;
    }

    Methodology m;
    m.source = json;
    m.code = check.text(root, QStringLiteral("code"), QString(), QString(), true, 60);
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!m.code.isEmpty() && !codePattern.match(m.code).hasMatch())
        check.error(
            QStringLiteral("code"), QString(),
            tr("the code “%1” must be lower-case letters and digits separated by “-”").arg(m.code));
    m.version = check.integer(root, QStringLiteral("version"), QString(), QString(), 1, 100000);
    if (root.value(QLatin1String("version")).isUndefined())
        check.error(QString(), QString(), tr("“version” is missing"));
    m.name = check.text(root, QStringLiteral("name"), QString(), QString(), true, 200);
    m.language = check.text(root, QStringLiteral("language"), QString(), QString(), false, 10);

    const QJsonValue sectionsValue = root.value(QLatin1String("sections"));
    const QJsonArray sections = sectionsValue.toArray();
    if (!sectionsValue.isArray() || sections.isEmpty() || sections.size() > kMaxSections) {
        check.error(QStringLiteral("sections"), QString(),
                    tr("“sections” must be a list of 1 to %1 sections").arg(kMaxSections));
        return std::nullopt;
    }

    QSet<QString> sectionKeys;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QString sPath = QStringLiteral("sections/%1").arg(s);
        if (!sections.at(s).isObject()) {
            check.error(sPath, QString(), tr("each section must be a JSON object"));
            continue;
        }
        const QJsonObject so = sections.at(s).toObject();
        Section section;
        section.key = check.key(so, sPath, tr("section %1").arg(s + 1));
        const QString sWhere =
            sectionWhere(section.key.isEmpty() ? QString::number(s + 1) : section.key);
        if (!section.key.isEmpty() && sectionKeys.contains(section.key))
            check.error(sPath + QStringLiteral("/key"), sWhere,
                        tr("another section has the same key"));
        sectionKeys.insert(section.key);
        check.onlyKnown(so,
                        {QStringLiteral("key"), QStringLiteral("title"), QStringLiteral("intro"),
                         QStringLiteral("fields")},
                        sPath, sWhere);
        section.title = check.text(so, QStringLiteral("title"), sPath, sWhere, true, 200);
        section.intro = check.text(so, QStringLiteral("intro"), sPath, sWhere, false, 2000);

        const QJsonValue fieldsValue = so.value(QLatin1String("fields"));
        const QJsonArray fields = fieldsValue.toArray();
        if (!fieldsValue.isArray() || fields.isEmpty() || fields.size() > kMaxFields) {
            check.error(sPath + QStringLiteral("/fields"), sWhere,
                        tr("“fields” must be a list of 1 to %1 fields").arg(kMaxFields));
            continue;
        }
        QSet<QString> fieldKeys;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const QString fPath = sPath + QStringLiteral("/fields/%1").arg(f);
            if (!fields.at(f).isObject()) {
                check.error(fPath, sWhere, tr("each field must be a JSON object"));
                continue;
            }
            const QJsonObject fo = fields.at(f).toObject();
            Field field;
            field.key = check.key(fo, fPath, sWhere);
            const QString fWhere =
                fieldWhere(section.key, field.key.isEmpty() ? QString::number(f + 1) : field.key);
            if (!field.key.isEmpty() && fieldKeys.contains(field.key))
                check.error(fPath + QStringLiteral("/key"), fWhere,
                            tr("another field of this section has the same key"));
            fieldKeys.insert(field.key);
            field.qualifiedKey = section.key + QLatin1Char('.') + field.key;
            const auto type = check.type(fo, fPath, fWhere);
            if (!type)
                continue;
            field.type = *type;
            field.label = check.text(fo, QStringLiteral("label"), fPath, fWhere, true, 300);
            field.help = check.text(fo, QStringLiteral("help"), fPath, fWhere, false, 4000);
            field.example = check.text(fo, QStringLiteral("example"), fPath, fWhere, false, 4000);
            field.required = check.boolean(fo, QStringLiteral("required"), fPath, fWhere);

            QStringList known = {QStringLiteral("key"),     QStringLiteral("type"),
                                 QStringLiteral("label"),   QStringLiteral("help"),
                                 QStringLiteral("example"), QStringLiteral("required")};
            switch (field.type) {
            case FieldType::ShortText:
            case FieldType::LongText:
                known << QStringLiteral("maxLength");
                field.maxLength = check.integer(fo, QStringLiteral("maxLength"), fPath, fWhere, 1,
                                                kMaxLengthLimit);
                break;
            case FieldType::SingleChoice:
                known << QStringLiteral("options") << QStringLiteral("allowOther");
                field.options = check.options(fo, fPath, fWhere, true);
                field.allowOther = check.boolean(fo, QStringLiteral("allowOther"), fPath, fWhere);
                break;
            case FieldType::MultipleChoice:
                known << QStringLiteral("options");
                field.options = check.options(fo, fPath, fWhere, true);
                break;
            case FieldType::Number:
            case FieldType::Money:
                known << QStringLiteral("minimum") << QStringLiteral("maximum");
                field.minimum = check.number(fo, QStringLiteral("minimum"), fPath, fWhere);
                field.maximum = check.number(fo, QStringLiteral("maximum"), fPath, fWhere);
                check.limits(field.minimum, field.maximum, fPath, fWhere);
                break;
            case FieldType::Commune:
                known << QStringLiteral("multiple");
                field.multiple = check.boolean(fo, QStringLiteral("multiple"), fPath, fWhere);
                break;
            case FieldType::Rows: {
                known << QStringLiteral("columns") << QStringLiteral("minRows")
                      << QStringLiteral("maxRows");
                field.minRows =
                    check.integer(fo, QStringLiteral("minRows"), fPath, fWhere, 0, 1000);
                field.maxRows =
                    check.integer(fo, QStringLiteral("maxRows"), fPath, fWhere, 1, 1000);
                if (field.maxRows > 0 && field.minRows > field.maxRows)
                    check.error(fPath + QStringLiteral("/minRows"), fWhere,
                                tr("“minRows” is greater than “maxRows”"));
                const QJsonValue columnsValue = fo.value(QLatin1String("columns"));
                const QJsonArray columns = columnsValue.toArray();
                if (!columnsValue.isArray() || columns.isEmpty() || columns.size() > kMaxColumns) {
                    check.error(
                        fPath + QStringLiteral("/columns"), fWhere,
                        tr("rows need “columns”: a list of 1 to %1 columns").arg(kMaxColumns));
                    break;
                }
                QSet<QString> columnKeys;
                for (qsizetype c = 0; c < columns.size(); ++c) {
                    const QString cPath = fPath + QStringLiteral("/columns/%1").arg(c);
                    const QJsonObject co = columns.at(c).toObject();
                    if (!columns.at(c).isObject()) {
                        check.error(cPath, fWhere, tr("each column must be a JSON object"));
                        continue;
                    }
                    Column column;
                    column.key = check.key(co, cPath, fWhere);
                    const QString cWhere =
                        fWhere + QStringLiteral(", ") + tr("column “%1”").arg(column.key);
                    if (!column.key.isEmpty() && columnKeys.contains(column.key))
                        check.error(cPath + QStringLiteral("/key"), cWhere,
                                    tr("another column has the same key"));
                    columnKeys.insert(column.key);
                    column.label =
                        check.text(co, QStringLiteral("label"), cPath, cWhere, true, 200);
                    const auto columnType = check.type(co, cPath, cWhere);
                    check.onlyKnown(co,
                                    {QStringLiteral("key"), QStringLiteral("type"),
                                     QStringLiteral("label"), QStringLiteral("maxLength"),
                                     QStringLiteral("options"), QStringLiteral("minimum"),
                                     QStringLiteral("maximum")},
                                    cPath, cWhere);
                    if (!columnType)
                        continue;
                    column.type = *columnType;
                    switch (column.type) {
                    case FieldType::ShortText:
                    case FieldType::LongText:
                    case FieldType::Date:
                    case FieldType::Commune:
                        break;
                    case FieldType::SingleChoice:
                        column.options = check.options(co, cPath, cWhere, true);
                        break;
                    case FieldType::Number:
                    case FieldType::Money:
                        column.minimum = check.number(co, QStringLiteral("minimum"), cPath, cWhere);
                        column.maximum = check.number(co, QStringLiteral("maximum"), cPath, cWhere);
                        check.limits(column.minimum, column.maximum, cPath, cWhere);
                        break;
                    default:
                        check.error(
                            cPath + QStringLiteral("/type"), cWhere,
                            tr("a column cannot be of type “%1”").arg(typeName(column.type)));
                        break;
                    }
                    column.maxLength = check.integer(co, QStringLiteral("maxLength"), cPath, cWhere,
                                                     1, kMaxLengthLimit);
                    field.columns << column;
                }
                break;
            }
            case FieldType::Date:
            case FieldType::Qqoqcp:
            case FieldType::ProblemTree:
            case FieldType::BusinessModelCanvas:
            case FieldType::Budget:
                break;
            }
            check.onlyKnown(fo, known, fPath, fWhere);
            field.optionLabels = field.options;
            for (Column &column : field.columns)
                column.optionLabels = column.options;
            section.fields << field;
        }
        m.sections << section;
    }
    if (check.failed())
        return std::nullopt;
    parseTranslations(root.value(QLatin1String("translations")), &m, check);
    if (check.failed())
        return std::nullopt;
    return m;
}

namespace {

// "translations": {"en": {"name": …, "sections": {"idee": {"title": …, "intro": …, "fields":
// {"titre": {"label": …, "help": …, "example": …, "options": […], "columns": {"cible":
// {"label": …, "options": […]}}}}}}}}. Every key must name a section, field or column of the
// definition, and a list of options must have as many words as the options it shows.
void parseTranslations(const QJsonValue &value, Methodology *m, Checker &check)
{
    if (value.isUndefined())
        return;
    const QString path = QStringLiteral("translations");
    if (!value.isObject()) {
        check.error(path, QString(), Methodology::tr("“translations” must be an object, by language"));
        return;
    }
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}(-[A-Za-z]{2,4})?$"));
    const QJsonObject languages = value.toObject();
    if (languages.size() > 20)
        check.error(path, QString(), Methodology::tr("“translations” holds more than 20 languages"));
    const auto object = [&check](const QJsonValue &v, const QString &at, const QString &where) {
        if (!v.isUndefined() && !v.isObject())
            check.error(at, where, Methodology::tr("this must be an object"));
        return v.toObject();
    };
    const auto options = [&check](const QJsonObject &o, const QStringList &reference,
                                  const QString &at, const QString &where) -> QStringList {
        const QJsonValue v = o.value(QLatin1String("options"));
        if (v.isUndefined())
            return reference;
        QStringList words;
        for (const QJsonValue &w : v.toArray())
            words << w.toString().trimmed();
        if (!v.isArray() || words.size() != reference.size() || words.contains(QString()) ||
            std::any_of(words.begin(), words.end(), [](const QString &w) { return w.size() > 200; }))
            check.error(at + QStringLiteral("/options"), where,
                        Methodology::tr("“options” must translate each of the %n option(s), in order",
                           nullptr, int(reference.size())));
        return words;
    };
    for (auto lit = languages.begin(); lit != languages.end(); ++lit) {
        const QString lPath = path + QLatin1Char('/') + lit.key();
        const QString lWhere = Methodology::tr("translation “%1”").arg(lit.key());
        if (!languageCode.match(lit.key()).hasMatch()) {
            check.error(lPath, QString(), Methodology::tr("“%1” is not a language code").arg(lit.key()));
            continue;
        }
        const QJsonObject lo = object(lit.value(), lPath, lWhere);
        check.onlyKnown(lo, {QStringLiteral("name"), QStringLiteral("sections")}, lPath, lWhere);
        Methodology::Translation t;
        t.name = check.text(lo, QStringLiteral("name"), lPath, lWhere, false, 200);
        const QJsonObject sections =
            object(lo.value(QLatin1String("sections")), lPath + QStringLiteral("/sections"), lWhere);
        for (auto sit = sections.begin(); sit != sections.end(); ++sit) {
            const QString sPath = lPath + QStringLiteral("/sections/") + sit.key();
            const QString sWhere = lWhere + QStringLiteral(", ") + Methodology::tr("section “%1”").arg(sit.key());
            const auto section =
                std::find_if(m->sections.cbegin(), m->sections.cend(),
                             [&](const Methodology::Section &s) { return s.key == sit.key(); });
            if (section == m->sections.cend()) {
                check.error(sPath, sWhere, Methodology::tr("the definition has no such section"));
                continue;
            }
            const QJsonObject so = object(sit.value(), sPath, sWhere);
            check.onlyKnown(so,
                            {QStringLiteral("title"), QStringLiteral("intro"),
                             QStringLiteral("fields")},
                            sPath, sWhere);
            for (const char *name : {"title", "intro"}) {
                const QString text = check.text(so, QLatin1String(name), sPath, sWhere, false,
                                                qstrcmp(name, "title") == 0 ? 200 : 2000);
                if (!text.isEmpty())
                    t.texts.insert(sit.key() + QLatin1Char('/') + QLatin1String(name), text);
            }
            const QJsonObject fields = object(so.value(QLatin1String("fields")),
                                              sPath + QStringLiteral("/fields"), sWhere);
            for (auto fit = fields.begin(); fit != fields.end(); ++fit) {
                const QString fPath = sPath + QStringLiteral("/fields/") + fit.key();
                const QString fWhere =
                    sWhere + QStringLiteral(", ") + Methodology::tr("field “%1”").arg(fit.key());
                const auto field =
                    std::find_if(section->fields.cbegin(), section->fields.cend(),
                                 [&](const Methodology::Field &f) { return f.key == fit.key(); });
                if (field == section->fields.cend()) {
                    check.error(fPath, fWhere, Methodology::tr("the section has no such field"));
                    continue;
                }
                const QJsonObject fo = object(fit.value(), fPath, fWhere);
                check.onlyKnown(fo,
                                {QStringLiteral("label"), QStringLiteral("help"),
                                 QStringLiteral("example"), QStringLiteral("options"),
                                 QStringLiteral("columns")},
                                fPath, fWhere);
                for (const char *name : {"label", "help", "example"}) {
                    const QString text = check.text(fo, QLatin1String(name), fPath, fWhere, false,
                                                    qstrcmp(name, "label") == 0 ? 300 : 2000);
                    if (!text.isEmpty())
                        t.texts.insert(field->qualifiedKey + QLatin1Char('/') + QLatin1String(name),
                                       text);
                }
                if (fo.contains(QLatin1String("options")))
                    t.optionTexts.insert(field->qualifiedKey,
                                         options(fo, field->options, fPath, fWhere));
                const QJsonObject columns = object(fo.value(QLatin1String("columns")),
                                                   fPath + QStringLiteral("/columns"), fWhere);
                for (auto cit = columns.begin(); cit != columns.end(); ++cit) {
                    const QString cPath = fPath + QStringLiteral("/columns/") + cit.key();
                    const QString cWhere =
                        fWhere + QStringLiteral(", ") + Methodology::tr("column “%1”").arg(cit.key());
                    const auto column =
                        std::find_if(field->columns.cbegin(), field->columns.cend(),
                                     [&](const Methodology::Column &c) { return c.key == cit.key(); });
                    if (column == field->columns.cend()) {
                        check.error(cPath, cWhere, Methodology::tr("the field has no such column"));
                        continue;
                    }
                    const QJsonObject co = object(cit.value(), cPath, cWhere);
                    check.onlyKnown(co, {QStringLiteral("label"), QStringLiteral("options")},
                                    cPath, cWhere);
                    const QString columnKey = field->qualifiedKey + QLatin1Char('.') + cit.key();
                    const QString label =
                        check.text(co, QStringLiteral("label"), cPath, cWhere, false, 200);
                    if (!label.isEmpty())
                        t.texts.insert(columnKey + QStringLiteral("/label"), label);
                    if (co.contains(QLatin1String("options")))
                        t.optionTexts.insert(columnKey,
                                             options(co, column->options, cPath, cWhere));
                }
            }
        }
        m->translations.insert(lit.key(), t);
    }
}

} // namespace

// The translations Comptoir ships for a definition of its own, kept beside it
// (resources/methodology/CODE-vVERSION.translations.json) so that the definition's text, which
// workspaces store and compare, stays the same: read against the definition, checked as a
// definition's own "translations" would be, once per definition and language.
std::optional<Methodology::Translation> Methodology::shippedTranslation(const QString &language) const
{
    static QMutex mutex;
    static QHash<QString, std::optional<Translation>> cache;
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(code)
                            .arg(version)
                            .arg(language)
                            .arg(qHash(source));
    const QMutexLocker lock(&mutex);
    const auto cached = cache.constFind(key);
    if (cached != cache.constEnd())
        return *cached;
    std::optional<Translation> found;
    QFile file(QStringLiteral(":/methodology/%1-v%2.translations.json").arg(code).arg(version));
    if (file.open(QIODevice::ReadOnly) && !source.isEmpty()) {
        QJsonObject root = QJsonDocument::fromJson(source).object();
        root.insert(QStringLiteral("translations"),
                    QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("translations")));
        QStringList errors;
        const std::optional<Methodology> withThem =
            parse(QJsonDocument(root).toJson(QJsonDocument::Compact), &errors);
        if (withThem && withThem->translations.contains(language))
            found = withThem->translations.value(language);
    }
    cache.insert(key, found);
    return found;
}

Methodology Methodology::localized(const QString &language) const
{
    if (language == this->language)
        return *this;
    const auto own = translations.constFind(language);
    const std::optional<Translation> shipped =
        own == translations.constEnd() ? shippedTranslation(language) : std::nullopt;
    if (own == translations.constEnd() && !shipped)
        return *this;
    const Translation &t = own != translations.constEnd() ? *own : *shipped;
    Methodology shown = *this;
    const auto text = [&t](const QString &key, QString *target) {
        const auto found = t.texts.constFind(key);
        if (found != t.texts.constEnd())
            *target = *found;
    };
    if (!t.name.isEmpty())
        shown.name = t.name;
    for (Section &section : shown.sections) {
        text(section.key + QStringLiteral("/title"), &section.title);
        text(section.key + QStringLiteral("/intro"), &section.intro);
        for (Field &field : section.fields) {
            text(field.qualifiedKey + QStringLiteral("/label"), &field.label);
            text(field.qualifiedKey + QStringLiteral("/help"), &field.help);
            text(field.qualifiedKey + QStringLiteral("/example"), &field.example);
            field.optionLabels = t.optionTexts.value(field.qualifiedKey, field.options);
            for (Column &column : field.columns) {
                const QString key = field.qualifiedKey + QLatin1Char('.') + column.key;
                text(key + QStringLiteral("/label"), &column.label);
                column.optionLabels = t.optionTexts.value(key, column.options);
            }
        }
    }
    return shown;
}

const Methodology &Methodology::builtIn()
{
    static const Methodology methodology = [] {
        QFile file(QStringLiteral(":/methodology/idee-au-projet-v1.json"));
        QStringList errors;
        std::optional<Methodology> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = parse(file.readAll(), &errors);
        Q_ASSERT_X(parsed, "Methodology::builtIn", qPrintable(errors.join(QLatin1Char('\n'))));
        return parsed.value_or(Methodology());
    }();
    return methodology;
}

const Methodology::Field *Methodology::field(const QString &qualifiedKey) const
{
    for (const Section &section : sections) {
        for (const Field &f : section.fields) {
            if (f.qualifiedKey == qualifiedKey)
                return &f;
        }
    }
    return nullptr;
}

int Methodology::fieldCount() const
{
    int count = 0;
    for (const Section &section : sections)
        count += int(section.fields.size());
    return count;
}

QString Methodology::typeName(FieldType type)
{
    for (const auto &[t, name] : typeNames()) {
        if (t == type)
            return QString(name);
    }
    return QString();
}

std::optional<Methodology::FieldType> Methodology::typeFromName(const QString &name)
{
    for (const auto &[t, n] : typeNames()) {
        if (n == name)
            return t;
    }
    return std::nullopt;
}

QList<Methodology::Part> Methodology::qqoqcpParts()
{
    return {
        {QStringLiteral("qui"), tr("Who?"), tr("Who is concerned by the problem?")},
        {QStringLiteral("quoi"), tr("What?"), tr("What is the problem, exactly?")},
        {QStringLiteral("ou"), tr("Where?"), tr("Where does it happen?")},
        {QStringLiteral("quand"), tr("When?"), tr("When, how often, since when?")},
        {QStringLiteral("comment"), tr("How?"), tr("How does it show?")},
        {QStringLiteral("pourquoi"), tr("Why?"), tr("Why is it a problem? What are its causes?")},
        {QStringLiteral("pour_qui"), tr("For whom?"),
         tr("For whom would solving it make a difference?")},
    };
}

QList<Methodology::Part> Methodology::problemTreeParts()
{
    return {
        {QStringLiteral("effets"), tr("Effects"), tr("What the problem leads to. One per line.")},
        {QStringLiteral("probleme"), tr("Main problem"),
         tr("The problem the project tackles, in one sentence.")},
        {QStringLiteral("causes"), tr("Causes"), tr("What leads to the problem. One per line.")},
    };
}

QList<Methodology::Part> Methodology::canvasBoxes()
{
    return {
        {QStringLiteral("besoins"), tr("Social needs"), tr("The needs the project answers.")},
        {QStringLiteral("offre"), tr("Offer"),
         tr("What the project provides: services, products, activities.")},
        {QStringLiteral("beneficiaires"), tr("Beneficiaries"), tr("Who benefits from the offer.")},
        {QStringLiteral("clients"), tr("Customers and payers"),
         tr("Who pays, if not the beneficiaries.")},
        {QStringLiteral("canaux"), tr("Channels"),
         tr("How beneficiaries hear of the project and reach it.")},
        {QStringLiteral("impact"), tr("Social impact"),
         tr("The change the project brings, and how it is measured.")},
        {QStringLiteral("activites"), tr("Key activities"),
         tr("What must be done for the offer to exist.")},
        {QStringLiteral("ressources"), tr("Key resources"),
         tr("People, places, equipment, skills needed.")},
        {QStringLiteral("partenaires"), tr("Key partners"),
         tr("Who the project cannot do without.")},
        {QStringLiteral("couts"), tr("Costs"), tr("The main costs.")},
        {QStringLiteral("revenus"), tr("Revenues"),
         tr("Sales, subsidies, donations, membership fees…")},
    };
}
