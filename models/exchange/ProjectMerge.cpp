#include "ProjectMerge.h"
#include "util/JsonFields.h"

#include "attachments/Attachments.h"
#include "methodology/Methodology.h"
#include "projects/AnswerText.h"
#include "projects/Stage.h"
#include "reference/CommuneValue.h"
#include "rules/Money.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

using JsonFields::str;

// The fields of a project shown in a conflict, in the order of the project's page.
struct ProjectField
{
    const char *key;
    const char *label;
    const char *refList = nullptr;
};

const QList<ProjectField> &projectFields()
{
    static const QList<ProjectField> fields = {
        {"title", QT_TRANSLATE_NOOP("ProjectMerge", "Title")},
        {"summary", QT_TRANSLATE_NOOP("ProjectMerge", "Summary")},
        {"stage", QT_TRANSLATE_NOOP("ProjectMerge", "Stage")},
        {"stageOverrideReason", QT_TRANSLATE_NOOP("ProjectMerge", "Reason for the stage")},
        {"theme", QT_TRANSLATE_NOOP("ProjectMerge", "Theme")},
        {"commune", QT_TRANSLATE_NOOP("ProjectMerge", "Commune")},
        {"amountRequestedCents", QT_TRANSLATE_NOOP("ProjectMerge", "Amount requested")},
        {"edition", QT_TRANSLATE_NOOP("ProjectMerge", "Edition"), "editions"},
        {"venue", QT_TRANSLATE_NOOP("ProjectMerge", "Comptoir"), "venues"},
        {"category", QT_TRANSLATE_NOOP("ProjectMerge", "Category"), "categories"},
        {"organisation", QT_TRANSLATE_NOOP("ProjectMerge", "Organisation"), "organisations"},
        {"methodology", QT_TRANSLATE_NOOP("ProjectMerge", "Methodology"), "methodologies"},
    };
    return fields;
}

QString budgetText(const QJsonArray &lines)
{
    qint64 expenses = 0;
    qint64 resources = 0;
    QStringList rows;
    for (const QJsonValue &v : lines) {
        const QJsonObject line = v.toObject();
        const qint64 cents = qint64(line.value(QLatin1String("amountCents")).toDouble());
        const bool expense = str(line, "kind") == QLatin1String("expense");
        (expense ? expenses : resources) += cents;
        rows << QStringLiteral("%1 %2 : %3")
                    .arg(expense ? ProjectMerge::tr("Expense") : ProjectMerge::tr("Resource"),
                         str(line, "label"), Money::format(cents));
    }
    rows.prepend(
        ProjectMerge::tr("%n line(s); expenses %1, resources %2", nullptr, int(lines.size()))
            .arg(Money::format(expenses), Money::format(resources)));
    return rows.join(QLatin1Char('\n'));
}

QList<QJsonObject> sortedHolders(const QJsonArray &links)
{
    QList<QJsonObject> result;
    for (const QJsonValue &v : links)
        result << v.toObject();
    std::sort(result.begin(), result.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("position")).toDouble() <
               b.value(QLatin1String("position")).toDouble();
    });
    return result;
}

QByteArray linesKey(const QJsonArray &records, std::initializer_list<const char *> keys)
{
    QList<QByteArray> lines;
    for (const QJsonValue &v : records) {
        QJsonObject o;
        for (const char *key : keys)
            o.insert(QLatin1String(key), v.toObject().value(QLatin1String(key)));
        lines << QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    std::sort(lines.begin(), lines.end());
    return lines.join('\n');
}

QHash<QString, QJsonObject> answersByKey(const QJsonArray &answers)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue &v : answers)
        result.insert(str(v.toObject(), "key"), v.toObject());
    return result;
}

QString answerLabel(const QString &key)
{
    const Methodology &methodology = Methodology::builtIn();
    for (const Methodology::Section &section : methodology.sections) {
        for (const Methodology::Field &field : section.fields) {
            if (field.qualifiedKey == key)
                return section.title + QStringLiteral(" › ") + field.label;
        }
    }
    return key;
}

// The fields in which the two versions of a project differ.
} // namespace

QList<ProjectMerge::Field> ProjectMerge::differences(const ProjectSnapshot &local,
                                                     const ProjectSnapshot &incoming,
                                                     const NameOf &names)
{
    QList<ProjectMerge::Field> fields;
    for (const ProjectField &f : projectFields()) {
        const QJsonValue a = local.project.value(QLatin1String(f.key));
        const QJsonValue b = incoming.project.value(QLatin1String(f.key));
        if (a == b)
            continue;
        ProjectMerge::Field field;
        field.key = QLatin1String(f.key);
        field.label = ProjectMerge::tr(f.label);
        const auto show = [&](const QJsonValue &v) {
            if (f.refList)
                return names(f.refList, v.toString());
            if (field.key == QLatin1String("stage")) {
                const std::optional<Stage> stage = Stages::fromCode(v.toString());
                return stage ? Stages::name(*stage) : v.toString();
            }
            if (field.key == QLatin1String("amountRequestedCents"))
                return Money::format(qint64(v.toDouble()));
            return AnswerText::plain(v);
        };
        field.local = show(a);
        field.incoming = show(b);
        fields << field;
    }
    const QHash<QString, QJsonObject> localAnswers = answersByKey(local.answers);
    const QHash<QString, QJsonObject> incomingAnswers = answersByKey(incoming.answers);
    QStringList keys = localAnswers.keys() + incomingAnswers.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue a = localAnswers.value(key).value(QLatin1String("value"));
        const QJsonValue b = incomingAnswers.value(key).value(QLatin1String("value"));
        // A commune with its code and the same name without it are the same answer.
        if (a == b || CommuneValue::withNames(a) == CommuneValue::withNames(b))
            continue;
        fields << ProjectMerge::Field{QStringLiteral("answer:") + key, answerLabel(key),
                                      AnswerText::plain(a), AnswerText::plain(b)};
    }
    const auto budgetKey = [](const QJsonArray &lines) {
        return linesKey(lines, {"kind", "position", "category", "label", "amountCents"});
    };
    if (budgetKey(local.budgetLines) != budgetKey(incoming.budgetLines))
        fields << ProjectMerge::Field{QStringLiteral("budgetLines"), ProjectMerge::tr("Budget"),
                                      budgetText(local.budgetLines),
                                      budgetText(incoming.budgetLines)};
    const auto holdersKey = [](const QJsonArray &links) {
        return linesKey(links, {"holder", "lead", "position"});
    };
    if (holdersKey(local.holders) != holdersKey(incoming.holders)) {
        const auto text = [&names](const QJsonArray &links) {
            QStringList people;
            for (const QJsonObject &link : sortedHolders(links))
                people << names("holders", str(link, "holder"));
            return people.join(QLatin1Char('\n'));
        };
        fields << ProjectMerge::Field{QStringLiteral("holders"), ProjectMerge::tr("Holders"),
                                      text(local.holders), text(incoming.holders)};
    }
    const auto attachmentsKey = [](const QJsonArray &pieces) {
        return linesKey(pieces, {"budgetLine", "caption", "confidential", "fileName", "kind",
                                 "position", "sha256"});
    };
    if (attachmentsKey(local.attachments) != attachmentsKey(incoming.attachments)) {
        const auto text = [](const QJsonArray &pieces) {
            QStringList lines;
            for (const QJsonValue &v : pieces) {
                const QJsonObject piece = v.toObject();
                const QString caption = str(piece, "caption");
                lines << QStringLiteral("%1 — %2%3")
                             .arg(Attachments::kindLabel(str(piece, "kind")), str(piece, "fileName"),
                                  caption.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(caption));
            }
            lines.sort();
            return lines.join(QLatin1Char('\n'));
        };
        fields << ProjectMerge::Field{QStringLiteral("attachments"),
                                      ProjectMerge::tr("Attachments"), text(local.attachments),
                                      text(incoming.attachments)};
    }
    return fields;
}

// The version that results from the choices made field by field.
ProjectSnapshot ProjectMerge::merged(const ProjectSnapshot &local, const ProjectSnapshot &incoming,
                                     const QList<Field> &fields)
{
    ProjectSnapshot result = local;
    QHash<QString, QJsonObject> answers = answersByKey(local.answers);
    const QHash<QString, QJsonObject> incomingAnswers = answersByKey(incoming.answers);
    for (const ProjectMerge::Field &field : fields) {
        if (!field.takeIncoming)
            continue;
        if (field.key.startsWith(QLatin1String("answer:"))) {
            const QString key = field.key.mid(7);
            if (incomingAnswers.contains(key))
                answers.insert(key, incomingAnswers.value(key));
            else
                answers.remove(key);
        } else if (field.key == QLatin1String("budgetLines")) {
            result.budgetLines = incoming.budgetLines;
        } else if (field.key == QLatin1String("holders")) {
            result.holders = incoming.holders;
        } else if (field.key == QLatin1String("attachments")) {
            result.attachments = incoming.attachments;
        } else {
            result.project.insert(field.key, incoming.project.value(field.key));
            if (field.key == QLatin1String("commune")) // its code goes with it
                result.project.insert(QStringLiteral("communeCode"),
                                      incoming.project.value(QLatin1String("communeCode")));
        }
    }
    result.answers = QJsonArray();
    QStringList keys = answers.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys))
        result.answers.append(answers.value(key));
    return result;
}
