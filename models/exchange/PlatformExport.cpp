#include "PlatformExport.h"
#include "util/JsonFields.h"
#include "util/SaveFile.h"

#include "BundleWriter.h"
#include "attachments/Attachments.h"
#include "storage/Workspace.h"
#include "projects/AnswerText.h"
#include "reference/Communes.h"
#include "rules/Money.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using JsonFields::str;

QHash<QString, QJsonObject> byUuid(const QJsonObject &content, const char *list)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue &v : content.value(QLatin1String(list)).toArray())
        result.insert(str(v.toObject(), "uuid"), v.toObject());
    return result;
}

// An answer as text: texts as they are, lists and grids as their texts one per line.
QString answerText(const QJsonValue &answer)
{
    return AnswerText::plain(
        answer, {QStringLiteral("\n"), QStringLiteral("\n"), AnswerText::Numbers::Plain});
}

// Text as HTML paragraphs on one line (Decidim's import fails on line breaks in a CSV field).
QString paragraphs(const QString &text)
{
    QString html;
    const QStringList lines =
        text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty())
            html += QStringLiteral("<p>") + simplified.toHtmlEscaped() + QStringLiteral("</p>");
    }
    return html;
}

QString euros(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QStringList PlatformExport::valueNames()
{
    return {QStringLiteral("uuid"),
            QStringLiteral("title"),
            QStringLiteral("summary"),
            QStringLiteral("bodyHtml"),
            QStringLiteral("bodyText"),
            QStringLiteral("category"),
            QStringLiteral("theme"),
            QStringLiteral("commune"),
            QStringLiteral("address"),
            QStringLiteral("amountRequested"),
            QStringLiteral("amountRequestedCents"),
            QStringLiteral("amountRequestedText"),
            QStringLiteral("organisation"),
            QStringLiteral("publicName"),
            QStringLiteral("venue"),
            QStringLiteral("stage"),
            QStringLiteral("edition")};
}

PlatformExport::Profile PlatformExport::decidim()
{
    QFile file(QStringLiteral(":/exchange/platform/decidim.json"));
    QString error;
    std::optional<Profile> profile;
    if (file.open(QIODevice::ReadOnly))
        profile = parseProfile(file.readAll(), &error);
    Q_ASSERT_X(profile, "PlatformExport::decidim", qPrintable(error));
    return profile.value_or(Profile());
}

std::optional<PlatformExport::Profile> PlatformExport::parseProfile(const QByteArray &json,
                                                                    QString *error)
{
    error->clear();
    if (json.size() > kMaxProfileSize) {
        *error = tr("The profile is too large (%1 KB at most).").arg(kMaxProfileSize / 1024);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The profile is not JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    if (str(o, "format") != QLatin1String("comptoir-platform-profile") ||
        o.value(QLatin1String("formatVersion")).toInt() != 1) {
        *error = tr("This is not a platform profile (“format” must be "
                    "“comptoir-platform-profile”, “formatVersion” 1).");
        return std::nullopt;
    }
    Profile profile;
    profile.name = str(o, "name").trimmed();
    profile.description = str(o, "description");
    if (profile.name.isEmpty()) {
        *error = tr("The profile has no “name”.");
        return std::nullopt;
    }
    const QString separator = o.value(QLatin1String("separator")).toString(QStringLiteral(";"));
    if (separator.size() != 1 || separator.at(0) == QLatin1Char('"') ||
        separator.at(0) == QLatin1Char('\n') || separator.at(0) == QLatin1Char('\r')) {
        *error = tr("The profile's “separator” must be one character (not a quote or a line "
                    "break).");
        return std::nullopt;
    }
    profile.separator = separator.at(0);
    profile.bom = o.value(QLatin1String("bom")).toBool(true);
    const QStringList known = valueNames();
    const auto checkValue = [&known, error](const QString &value, const QString &where) {
        if (known.contains(value) ||
            (value.startsWith(QLatin1String("answer:")) && value.size() > 7))
            return true;
        *error = tr("%1: unknown value “%2” (use one of %3, or answer:<section.field>).")
                     .arg(where, value, known.join(QStringLiteral(", ")));
        return false;
    };
    const QJsonArray columns = o.value(QLatin1String("columns")).toArray();
    if (columns.isEmpty() || columns.size() > 200) {
        *error = tr("The profile must list between 1 and 200 “columns”.");
        return std::nullopt;
    }
    QSet<QString> headers;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonObject c = columns.at(i).toObject();
        const QString where = QStringLiteral("columns[%1]").arg(i);
        Column column{str(c, "header"), str(c, "value")};
        if (column.header.trimmed().isEmpty() || headers.contains(column.header)) {
            *error = tr("%1: the header is empty or used twice.").arg(where);
            return std::nullopt;
        }
        headers.insert(column.header);
        if (!checkValue(column.value, where))
            return std::nullopt;
        profile.columns << column;
    }
    const QJsonArray body = o.value(QLatin1String("body")).toArray();
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QJsonObject b = body.at(i).toObject();
        BodyPart part{str(b, "title"), str(b, "value")};
        if (part.value == QLatin1String("bodyHtml") || part.value == QLatin1String("bodyText") ||
            !checkValue(part.value, QStringLiteral("body[%1]").arg(i))) {
            if (error->isEmpty())
                *error = tr("body[%1]: the body cannot contain itself.").arg(i);
            return std::nullopt;
        }
        profile.body << part;
    }
    return profile;
}

std::optional<PlatformExport::Profile> PlatformExport::loadProfile(const QString &path,
                                                                   QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxProfileSize) {
        *error = tr("The profile is too large (%1 KB at most).").arg(kMaxProfileSize / 1024);
        return std::nullopt;
    }
    std::optional<Profile> profile = parseProfile(file.readAll(), error);
    if (!profile)
        *error = tr("“%1” is not a usable profile: %2").arg(QFileInfo(path).fileName(), *error);
    return profile;
}

std::optional<QList<QStringList>> PlatformExport::rows(const Workspace &workspace,
                                                       const QList<qint64> &projectIds,
                                                       const Profile &profile, QString *error)
{
    // The same content a .comptoir file would carry: closed over its references, and already
    // limited to what consent allows.
    const std::optional<QJsonObject> content = BundleWriter::content(workspace, projectIds, error);
    if (!content)
        return std::nullopt;
    const QHash<QString, QJsonObject> categories = byUuid(*content, "categories");
    const QHash<QString, QJsonObject> organisations = byUuid(*content, "organisations");
    const QHash<QString, QJsonObject> venues = byUuid(*content, "venues");
    const QHash<QString, QJsonObject> editions = byUuid(*content, "editions");
    const QHash<QString, QJsonObject> holders = byUuid(*content, "holders");
    QSet<QString> publishable;
    for (const QJsonValue &v : content->value(QLatin1String("consents")).toArray()) {
        const QJsonObject c = v.toObject();
        if (str(c, "kind") == QLatin1String("publish_name") &&
            c.value(QLatin1String("granted")).toBool())
            publishable.insert(str(c, "holder"));
    }
    QHash<QString, QHash<QString, QJsonValue>> answers;
    for (const QJsonValue &v : content->value(QLatin1String("answers")).toArray()) {
        const QJsonObject a = v.toObject();
        answers[str(a, "project")].insert(str(a, "key"), a.value(QLatin1String("value")));
    }
    QHash<QString, QList<QJsonObject>> links;
    for (const QJsonValue &v : content->value(QLatin1String("projectHolders")).toArray())
        links[str(v.toObject(), "project")] << v.toObject();

    QList<QStringList> result;
    QStringList header;
    for (const Column &column : profile.columns)
        header << column.header;
    result << header;
    for (const QJsonValue &v : content->value(QLatin1String("projects")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString uuid = str(p, "uuid");
        const qint64 cents = qint64(p.value(QLatin1String("amountRequestedCents")).toDouble());
        const auto value = [&](const QString &name) -> QString {
            if (name.startsWith(QLatin1String("answer:")))
                return answerText(answers.value(uuid).value(name.mid(7)));
            if (name == QLatin1String("uuid"))
                return uuid;
            if (name == QLatin1String("title") || name == QLatin1String("summary") ||
                name == QLatin1String("theme") || name == QLatin1String("commune") ||
                name == QLatin1String("stage"))
                return p.value(name).toString();
            if (name == QLatin1String("category"))
                return str(categories.value(str(p, "category")), "name");
            if (name == QLatin1String("organisation"))
                return str(organisations.value(str(p, "organisation")), "name");
            if (name == QLatin1String("venue"))
                return str(venues.value(str(p, "venue")), "name");
            if (name == QLatin1String("edition")) {
                const int year =
                    editions.value(str(p, "edition")).value(QLatin1String("year")).toInt();
                return year > 0 ? QString::number(year) : QString();
            }
            if (name == QLatin1String("address")) {
                // "62170 Montreuil-sur-Mer, Pas-de-Calais, France": what a geocoder finds.
                const QString commune = str(p, "commune");
                if (commune.isEmpty())
                    return QString();
                const Commune *known = Communes::byCode(str(p, "communeCode"));
                const QString postal = known && !known->postalCodes.isEmpty()
                                           ? known->postalCodes.first() + QLatin1Char(' ')
                                           : QString();
                return postal + commune + QStringLiteral(", Pas-de-Calais, France");
            }
            if (name == QLatin1String("amountRequested"))
                return euros(cents);
            if (name == QLatin1String("amountRequestedCents"))
                return QString::number(cents);
            if (name == QLatin1String("amountRequestedText"))
                return cents > 0 ? Money::format(cents) : QString();
            if (name == QLatin1String("publicName")) {
                QList<QJsonObject> mine = links.value(uuid);
                std::sort(mine.begin(), mine.end(), [](const QJsonObject &a, const QJsonObject &b) {
                    return a.value(QLatin1String("position")).toDouble() <
                           b.value(QLatin1String("position")).toDouble();
                });
                QStringList names;
                for (const QJsonObject &link : std::as_const(mine)) {
                    const QString holder = str(link, "holder");
                    const QJsonObject h = holders.value(holder);
                    if (!publishable.contains(holder) ||
                        !h.value(QLatin1String("erasedAt")).isNull())
                        continue;
                    const QString name =
                        str(h, "kind") == QLatin1String("collective")
                            ? str(h, "lastName")
                            : (str(h, "firstName") + QLatin1Char(' ') + str(h, "lastName"))
                                  .simplified();
                    if (!name.isEmpty())
                        names << name;
                }
                return names.join(QStringLiteral(", "));
            }
            return QString();
        };
        const auto body = [&](bool html) {
            QStringList parts;
            for (const BodyPart &part : profile.body) {
                const QString text = value(part.value).trimmed();
                if (text.isEmpty())
                    continue;
                if (html) {
                    // A one-line value follows its title; longer text comes under it.
                    const bool oneLine = !text.contains(QLatin1Char('\n'));
                    if (part.title.isEmpty())
                        parts << paragraphs(text);
                    else if (oneLine)
                        parts << QStringLiteral("<p><strong>%1\u00a0:</strong> %2</p>")
                                     .arg(part.title.toHtmlEscaped(),
                                          text.simplified().toHtmlEscaped());
                    else
                        parts << QStringLiteral("<p><strong>%1</strong></p>")
                                         .arg(part.title.toHtmlEscaped()) +
                                     paragraphs(text);
                } else {
                    parts << (part.title.isEmpty()
                                  ? text
                                  : part.title + QStringLiteral("\u00a0: ") + text);
                }
            }
            return parts.join(html ? QString() : QStringLiteral("\n\n"));
        };
        QStringList row;
        for (const Column &column : profile.columns) {
            if (column.value == QLatin1String("bodyHtml"))
                row << body(true);
            else if (column.value == QLatin1String("bodyText"))
                row << body(false);
            else
                row << value(column.value);
        }
        result << row;
    }
    return result;
}

QByteArray PlatformExport::csv(const QList<QStringList> &rows, const Profile &profile)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &field : row) {
            if (field.contains(profile.separator) || field.contains(QLatin1Char('"')) ||
                field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
                QString quoted = field;
                quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                fields << QLatin1Char('"') + quoted + QLatin1Char('"');
            } else {
                fields << field;
            }
        }
        text += fields.join(profile.separator) + QStringLiteral("\r\n");
    }
    return (profile.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

QByteArray PlatformExport::json(const QList<QStringList> &rows)
{
    QJsonArray array;
    const QStringList header = rows.value(0);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QJsonObject object;
        for (qsizetype c = 0; c < header.size(); ++c)
            object.insert(header.at(c), rows.at(r).value(c));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

namespace {

// A name any file system takes: no separator, no reserved character.
QString folderName(QString name)
{
    static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (unsafe.contains(c) || c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('-');
    }
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.trimmed();
}

// The name, or with " (2)", " (3)"… before its suffix when taken (case aside).
QString unique(const QString &name, QStringList *taken)
{
    const QFileInfo info(name);
    QString candidate = name;
    for (int n = 2; taken->contains(candidate, Qt::CaseInsensitive); ++n)
        candidate = info.suffix().isEmpty()
                        ? QStringLiteral("%1 (%2)").arg(name).arg(n)
                        : QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    taken->append(candidate);
    return candidate;
}

} // namespace

QString PlatformExport::attachmentsFolder(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(tr("%1 - attachments").arg(info.completeBaseName()));
}

Result<int> PlatformExport::writeAttachments(const Workspace &workspace,
                                             const QList<qint64> &projectIds, const QString &path)
{
    const QString folder = attachmentsFolder(path);
    const QString part = folder + QStringLiteral(".part");
    QDir(part).removeRecursively();
    int written = 0;
    QStringList projectFolders;
    // The pieces that may leave, for every project at once (one query, not one per project).
    QHash<qint64, QList<Attachments::Attachment>> byProject;
    QHash<qint64, std::pair<QString, QString>> titles; // id → title, UUID
    {
        const QSet<qint64> chosen(projectIds.cbegin(), projectIds.cend());
        QSqlQuery query(workspace.database());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral(
                "SELECT a.id, a.project_id, a.sha256, a.kind, a.caption, a.file_name,"
                " a.media_type, p.title, p.uuid FROM attachments a JOIN projects p ON"
                " p.id = a.project_id WHERE a.confidential = 0 ORDER BY a.project_id,"
                " a.position, a.id")))
            return Failure{tr("The attachments cannot be read: %1").arg(query.lastError().text())};
        while (query.next()) {
            const qint64 projectId = query.value(1).toLongLong();
            if (!chosen.contains(projectId))
                continue;
            Attachments::Attachment a;
            a.id = query.value(0).toLongLong();
            a.projectId = projectId;
            a.sha256 = query.value(2).toString();
            a.kind = query.value(3).toString();
            a.caption = query.value(4).toString();
            a.fileName = query.value(5).toString();
            a.mediaType = query.value(6).toString();
            byProject[projectId] << a;
            titles.insert(projectId, {query.value(7).toString(), query.value(8).toString()});
        }
    }
    for (qint64 projectId : projectIds) {
        const QList<Attachments::Attachment> shared = byProject.value(projectId);
        if (shared.isEmpty())
            continue;
        const auto [title, uuid] = titles.value(projectId);
        const QString name = unique(
            folderName(QStringLiteral("%1 (%2)").arg(title.left(80), uuid.left(8))), &projectFolders);
        const QDir projectDir(QDir(part).filePath(name));
        if (!QDir().mkpath(projectDir.path()))
            return Failure{tr("The folder “%1” cannot be created.")
                               .arg(QDir::toNativeSeparators(projectDir.path()))};
        QStringList names;
        int number = 0;
        for (const Attachments::Attachment &a : std::as_const(shared)) {
            const QString label = a.caption.isEmpty() ? QFileInfo(a.fileName).completeBaseName()
                                                      : a.caption.left(80);
            const QString fileName = unique(
                Attachments::safeFileName(QStringLiteral("%1 - %2 - %3")
                                              .arg(++number, 2, 10, QLatin1Char('0'))
                                              .arg(Attachments::kindLabel(a.kind), label),
                                          a.mediaType),
                &names);
            QSaveFile out(projectDir.filePath(fileName));
            if (!out.open(QIODevice::WriteOnly))
                return Failure{tr("“%1” cannot be written: %2").arg(fileName, out.errorString())};
            const Result<void> copied = Attachments::copyTo(workspace, a.sha256, &out);
            if (!copied)
                return Failure{copied.error()};
            if (!commitWritten(out))
                return Failure{tr("“%1” cannot be written: %2").arg(fileName, out.errorString())};
            ++written;
        }
    }
    QDir(folder).removeRecursively();
    if (written > 0 && !QDir().rename(part, folder))
        return Failure{tr("The folder “%1” cannot be created.")
                           .arg(QDir::toNativeSeparators(folder))};
    return written;
}

bool PlatformExport::writeFile(const Workspace &workspace, const QList<qint64> &projectIds,
                               const Profile &profile, Format format, const QString &path,
                               QString *error, int *pieces)
{
    const std::optional<QList<QStringList>> table = rows(workspace, projectIds, profile, error);
    if (!table)
        return false;
    const QByteArray bytes = format == Format::Csv ? csv(*table, profile) : json(*table);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !commitWritten(file)) {
        *error =
            tr("“%1” cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const Result<int> written = writeAttachments(workspace, projectIds, path);
    if (!written) {
        *error = tr("“%1” was written, but not its attachments: %2")
                     .arg(QFileInfo(path).fileName(), written.error());
        return false;
    }
    if (pieces)
        *pieces = *written;
    return true;
}
