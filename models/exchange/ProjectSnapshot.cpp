#include "ProjectSnapshot.h"

#include <QFuture>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include "reference/CommuneValue.h"
#include "util/Sha256.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>

#include <algorithm>

namespace {

// Compact JSON with sorted keys, written straight into a buffer (QJsonDocument would first copy
// every small object into a document of its own: hashing a department's file spent most of its
// time there). Strings escape '"', '\\' and control characters, numbers are written as
// integers when whole, in the shortest form otherwise.
void write(QByteArray &out, const QJsonValue &value);

void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    // Copied in runs between the bytes to escape (most strings have none), not a byte at a time.
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *at = run; at < end; ++at) {
        const char c = *at;
        if (uchar(c) >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, at - run);
        run = at + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[uchar(c) >> 4];
            out += hex[uchar(c) & 0xf];
        }
        }
    }
    out.append(run, end - run);
    out += '"';
}

void write(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9007199254740992.0)
            out += QByteArray::number(qint64(d));
        else
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        break;
    }
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &item : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            write(out, item);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        // A commune counts by its name: giving it its INSEE code (schema 6) is no new version.
        if (CommuneValue::isCommune(object)) {
            writeString(out, object.value(QLatin1String("name")).toString());
            break;
        }
        out += '{';
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) { // keys come sorted
            if (!first)
                out += ',';
            first = false;
            writeString(out, it.key());
            out += ':';
            write(out, it.value());
        }
        out += '}';
        break;
    }
    }
}

QByteArray compact(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(256);
    write(out, object);
    return out;
}

// A list of records as sorted lines, so that its order in the file does not matter.
QByteArray sortedLines(const QJsonArray &records, std::initializer_list<const char *> keys)
{
    QList<QByteArray> lines;
    lines.reserve(records.size());
    for (const QJsonValue &record : records) {
        // The keys given are in code-point order already: written as they come.
        const QJsonObject object = record.toObject();
        QByteArray line;
        line += '{';
        bool first = true;
        for (const char *key : keys) {
            if (!first)
                line += ',';
            first = false;
            line += '"';
            line += key;
            line += "\":";
            write(line, object.value(QLatin1String(key)));
        }
        line += '}';
        lines << line;
    }
    std::sort(lines.begin(), lines.end());
    return lines.join('\n');
}

} // namespace

QString ProjectSnapshot::hash() const
{
    QJsonObject own = project;
    for (const char *key : {"createdAt", "updatedAt", "origin", "history", "communeCode"})
        own.remove(QLatin1String(key));
    Sha256 sha;
    sha.addData(QByteArrayView("project\n"));
    sha.addData(compact(own));
    sha.addData(QByteArrayView("\nanswers\n"));
    sha.addData(sortedLines(answers, {"key", "methodologyCode", "methodologyVersion", "value"}));
    sha.addData(QByteArrayView("\nbudgetLines\n"));
    sha.addData(sortedLines(budgetLines, {"kind", "position", "category", "label", "amountCents"}));
    sha.addData(QByteArrayView("\nholders\n"));
    sha.addData(sortedLines(holders, {"holder", "lead", "position"}));
    // Added with the attachments: a project without any keeps the version it always had.
    if (!attachments.isEmpty()) {
        sha.addData(QByteArrayView("\nattachments\n"));
        sha.addData(sortedLines(attachments, {"budgetLine", "caption", "confidential", "fileName",
                                              "kind", "mediaType", "position", "sha256", "size"}));
    }
    return QString::fromLatin1(sha.result().toHex().left(kHashLength));
}

QHash<QString, ProjectSnapshot> ProjectSnapshot::fromContent(const QJsonObject &content)
{
    QHash<QString, ProjectSnapshot> result;
    const QJsonArray projects = content.value(QLatin1String("projects")).toArray();
    result.reserve(projects.size());
    for (const QJsonValue &v : projects) {
        QJsonObject project = v.toObject();
        project.remove(QLatin1String("history"));
        result[project.value(QLatin1String("uuid")).toString()].project = project;
    }
    // Each part to its project: the answers (the most) on the other core, the others here, each
    // side writing its own member of the snapshots and neither adding to the table (so both
    // only read it, and each snapshot stays where it is).
    const auto collect = [&content, &result](const char *list, QJsonArray ProjectSnapshot::*into) {
        for (const QJsonValue &v : content.value(QLatin1String(list)).toArray()) {
            const QString uuid = v.toObject().value(QLatin1String("project")).toString();
            const auto it = result.constFind(uuid);
            if (it != result.cend())
                (const_cast<ProjectSnapshot &>(*it).*into).append(v);
        }
    };
    QFuture<void> answers = QtConcurrent::run(collect, "answers", &ProjectSnapshot::answers);
    const auto waitForAnswers = qScopeGuard([&answers] { answers.waitForFinished(); });
    collect("budgetLines", &ProjectSnapshot::budgetLines);
    collect("projectHolders", &ProjectSnapshot::holders);
    collect("attachments", &ProjectSnapshot::attachments);
    answers.waitForFinished();
    return result;
}

const QJsonArray &ProjectSnapshot::part(QLatin1String list) const
{
    if (list == QLatin1String("answers"))
        return answers;
    if (list == QLatin1String("budgetLines"))
        return budgetLines;
    if (list == QLatin1String("attachments"))
        return attachments;
    Q_ASSERT(list == QLatin1String("projectHolders"));
    return holders;
}
