#include "BundleReader.h"

#include "BundleContainer.h"
#include "BundleFormat.h"
#include "BundleWriter.h"
#include "attachments/Attachments.h"
#include "methodology/Methodology.h"
#include "util/Sha256.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

#include <cmath>

namespace {

using BundleFormat::Type;

// Checked by hand rather than by regular expression: a department's file holds millions of them.
// A project version's hash: sixteen lower-case hexadecimal digits.
bool isHash(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    return text.size() == 16 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

bool isUuid(const QJsonValue &v)
{
    if (!v.isString())
        return false;
    const QString text = v.toString();
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

// 2026-03-14T09:30:00.000Z, a real date and time.
bool isTimestamp(const QJsonValue &v)
{
    if (!v.isString())
        return false;
    const QString text = v.toString();
    if (text.size() != 24)
        return false;
    static constexpr char pattern[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    for (qsizetype i = 0; i < 24; ++i) {
        const char16_t c = text.at(i).unicode();
        if (pattern[i] == 'd' ? !(c >= u'0' && c <= u'9') : c != char16_t(pattern[i]))
            return false;
    }
    const auto number = [&text](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i)
            n = n * 10 + (text.at(i).unicode() - u'0');
        return n;
    };
    return QDate::isValid(number(0, 4), number(5, 2), number(8, 2)) && number(11, 2) < 24 &&
           number(14, 2) < 60 && number(17, 2) < 60;
}

bool isDate(const QJsonValue &v)
{
    return v.isString() && v.toString().size() == 10 &&
           QDate::fromString(v.toString(), Qt::ISODate).isValid();
}

// Whole numbers only, within what a double holds exactly.
bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d == std::floor(d) && std::abs(d) <= 9007199254740992.0;
}

// Values in range and records that must be unique together: what the workspace's schema would
// refuse half-way through an import is refused here, before anything is touched.
template<typename Problem> void checkRecords(const QJsonObject &body, const Problem &problem)
{
    // Where a record is, said only when something is wrong with it (written for every record
    // of every list, it was a tenth of the reading of a department's file).
    const auto each = [&body](const char *list, const auto &check) {
        const QJsonArray records = body.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const auto where = [list, i] {
                return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i);
            };
            check(where, records.at(i).toObject());
        }
    };
    const auto text = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    each("editions", [&](const auto &where, const QJsonObject &o) {
        const int year = o.value(QLatin1String("year")).toInt();
        if (year < 2000 || year > 2100)
            problem(BundleReader::tr("%1.year must be between 2000 and 2100.").arg(where()));
    });
    each("methodologies", [&](const auto &where, const QJsonObject &o) {
        if (o.value(QLatin1String("version")).toInt() < 1)
            problem(BundleReader::tr("%1.version must be 1 or more.").arg(where()));
        QStringList errors;
        const QByteArray definition = QJsonDocument(o.value(QLatin1String("definition")).toObject())
                                          .toJson(QJsonDocument::Compact);
        if (!Methodology::parse(definition, &errors))
            problem(BundleReader::tr("%1.definition is not a methodology Comptoir can use: %2")
                        .arg(where(), errors.value(0)));
    });
    // The natural keys the workspace's schema holds unique (BundleFormat), and one lead per
    // project.
    QSet<QString> seen;
    const auto unique = [&](const char *list, const QString &what, const auto &where,
                            const QString &key) {
        const QString scoped = QLatin1String(list) + QLatin1Char('|') + key;
        if (seen.contains(scoped))
            problem(BundleReader::tr("%1 repeats %2.").arg(where(), what));
        seen.insert(scoped);
    };
    for (const BundleFormat::List &list : BundleFormat::lists()) {
        if (list.naturalKey.isEmpty() || !list.keyIsUnique)
            continue;
        const QString meaning = BundleReader::tr(list.keyMeaning);
        each(list.key, [&](const auto &where, const QJsonObject &o) {
            QStringList parts;
            for (const char *key : list.naturalKey)
                parts << text(o, key);
            if (list.keyIsUnordered)
                parts.sort();
            unique(list.key, meaning, where, parts.join(QLatin1Char('|')));
        });
    }
    each("projectHolders", [&](const auto &where, const QJsonObject &o) {
        if (o.value(QLatin1String("lead")).toBool())
            unique("leads", BundleReader::tr("the lead holder of the same project"), where,
                   text(o, "project"));
    });
    each("attendance", [&](const auto &where, const QJsonObject &o) {
        if (o.value(QLatin1String("secondsSpent")).toDouble() < 0)
            problem(BundleReader::tr("%1.secondsSpent must not be negative.").arg(where()));
    });
    each("categories", [&](const auto &where, const QJsonObject &o) {
        const QJsonValue weight = o.value(QLatin1String("scoreWeight"));
        if (!weight.isUndefined() && (weight.toDouble() < 0 || weight.toDouble() > 100))
            problem(BundleReader::tr("%1.scoreWeight must be between 0 and 100.").arg(where()));
    });
    each("reviewScores", [&](const auto &where, const QJsonObject &o) {
        const double score = o.value(QLatin1String("score")).toDouble();
        if (score < 0 || score > 5)
            problem(BundleReader::tr("%1.score must be between 0 and 5.").arg(where()));
    });
    // A piece within the limits a workspace holds (Attachments), and one content one size.
    QHash<QString, double> projectBytes;
    QHash<QString, double> contentSize;
    each("attachments", [&](const auto &where, const QJsonObject &o) {
        const double size = o.value(QLatin1String("size")).toDouble();
        if (size < 0 || size > double(Attachments::kMaxFileBytes)) {
            problem(BundleReader::tr("%1.size must be between 0 and %2 bytes.")
                        .arg(where())
                        .arg(Attachments::kMaxFileBytes));
            return;
        }
        double &total = projectBytes[text(o, "project")];
        total += size;
        if (total > double(Attachments::kMaxProjectBytes) &&
            total - size <= double(Attachments::kMaxProjectBytes))
            problem(BundleReader::tr("%1: the project's pieces are over %2 bytes.")
                        .arg(where())
                        .arg(Attachments::kMaxProjectBytes));
        const auto known = contentSize.constFind(text(o, "sha256"));
        if (known != contentSize.cend() && *known != size)
            problem(BundleReader::tr("%1.size differs from another piece of the same content.")
                        .arg(where()));
        contentSize.insert(text(o, "sha256"), size);
    });
    each("projectLinks", [&](const auto &where, const QJsonObject &o) {
        if (text(o, "project") == text(o, "other"))
            problem(BundleReader::tr("%1 links a project to itself.").arg(where()));
    });
    each("tombstones", [&](const auto &where, const QJsonObject &o) {
        for (const char *key : {"uuid", "origin"}) {
            if (!isUuid(o.value(QLatin1String(key))))
                problem(BundleReader::tr("%1.%2 is not a UUID.").arg(where(), QLatin1String(key)));
        }
    });
    each("workshops", [&](const auto &where, const QJsonObject &o) {
        if (o.value(QLatin1String("capacity")).toDouble() < 0)
            problem(BundleReader::tr("%1.capacity must not be negative.").arg(where()));
    });
}

// The checks of one list of the content, record by record and field by field: what is wrong,
// and the UUIDs it holds. The lists are checked on both cores, each apart.
struct CheckedList
{
    QStringList problems;
    QSet<QString> uuids;
};

CheckedList checkList(const BundleFormat::List &list, const QJsonObject &body)
{
    CheckedList checked;
    const auto problem = [&checked](const QString &text) {
        if (checked.problems.size() < BundleReader::kMaxProblems)
            checked.problems << text;
    };
    const QString name = list.name();
    const QJsonValue value = body.value(name);
    if (list.optional && value.isUndefined())
        return checked;
    if (!value.isArray()) {
        problem(BundleReader::tr("“%1” is missing or is not a list.").arg(name));
        return checked;
    }
    const QJsonArray records = value.toArray();
    if (records.size() > BundleReader::kMaxRecords) {
        problem(BundleReader::tr("“%1” holds %2 records; %3 at most.")
                    .arg(name)
                    .arg(records.size())
                    .arg(BundleReader::kMaxRecords));
        return checked;
    }
    QSet<QString> &uuids = checked.uuids;
    for (qsizetype i = 0; i < records.size(); ++i) {
        // Where a problem is, said only when there is one (10,000 records, a dozen fields).
        const auto where = [&name, i] {
            return QStringLiteral("%1[%2]").arg(name).arg(i);
        };
        if (!records.at(i).isObject()) {
            problem(BundleReader::tr("%1 is not an object.").arg(where()));
            continue;
        }
        const QJsonObject record = records.at(i).toObject();
        if (list.tracked) {
            const QJsonValue uuid = record.value(QStringLiteral("uuid"));
            if (!isUuid(uuid)) {
                problem(BundleReader::tr("%1.uuid is not a UUID.").arg(where()));
            } else {
                const QString text = uuid.toString();
                const qsizetype before = uuids.size();
                uuids.insert(text);
                if (uuids.size() == before)
                    problem(BundleReader::tr("%1.uuid %2 appears twice.").arg(where(), text));
            }
            for (const char *key : {"createdAt", "updatedAt"}) {
                if (!isTimestamp(record.value(QLatin1String(key))))
                    problem(BundleReader::tr("%1.%2 is not a timestamp.")
                                .arg(where(), QLatin1String(key)));
            }
            if (!isUuid(record.value(QLatin1String("origin"))))
                problem(BundleReader::tr("%1.origin is not a UUID.").arg(where()));
        }
        for (const BundleFormat::Field &field : list.fields) {
            const QLatin1String key = field.name();
            const auto at = [&where, key] {
                return where() + QLatin1Char('.') + key;
            };
            const QJsonValue v = record.value(key);
            if (v.isUndefined()) {
                if (!field.optional())
                    problem(BundleReader::tr("%1 is missing.").arg(at()));
                continue;
            }
            if (v.isNull() && field.nullable())
                continue;
            bool ok = true;
            switch (field.type) {
            case Type::Ref:
                ok = isUuid(v);
                break;
            case Type::Text:
                ok = v.isString();
                if (ok && v.toString().size() > BundleReader::kMaxText) {
                    problem(BundleReader::tr("%1 is too long (%2 characters at most).")
                                .arg(at())
                                .arg(BundleReader::kMaxText));
                    continue;
                }
                if (ok && !field.allowed.isEmpty() && !field.allowed.contains(v.toString())) {
                    problem(BundleReader::tr("%1: unknown value “%2” (allowed: %3).")
                                .arg(at(), v.toString().left(40),
                                     field.allowed.join(QStringLiteral(", "))));
                    continue;
                }
                break;
            case Type::Timestamp:
                ok = isTimestamp(v);
                break;
            case Type::Date:
                ok = isDate(v);
                break;
            case Type::Integer:
                ok = isInteger(v) && (!field.nullable() || v.toDouble() >= 0);
                break;
            case Type::Cents:
                ok = isInteger(v) && v.toDouble() >= 0 && v.toDouble() <= 1e13;
                break;
            case Type::Boolean:
                ok = v.isBool();
                break;
            case Type::JsonValue:
                ok = !v.isUndefined();
                break;
            case Type::JsonObject:
                ok = v.isObject();
                break;
            case Type::Codes:
                ok = v.isArray();
                for (const QJsonValue &s : v.toArray())
                    ok = ok && s.isString();
                break;
            case Type::Sha256: {
                const QString text = v.toString();
                ok = v.isString() && text.size() == 64 &&
                     std::all_of(text.cbegin(), text.cend(), [](QChar c) {
                         return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
                     });
                break;
            }
            case Type::Hashes: {
                ok = v.isArray() && v.toArray().size() <= BundleReader::kMaxHistory;
                for (const QJsonValue &s : v.toArray())
                    ok = ok && isHash(s);
                break;
            }
            }
            if (!ok)
                problem(BundleReader::tr("%1 has the wrong type or form.").arg(at()));
        }
    }
    return checked;
}

} // namespace

namespace {

// Where an envelope's content is opened: in memory while it is a plain document (never in
// clear on disk), or, as soon as its first bytes say it is a container (which the import reads
// from a file, and which may weigh gigabytes), into a temporary file only this user can read:
// memory stays flat whatever the size.
class OpenedContent final : public QIODevice
{
public:
    // size: the content's, as its envelope announces it (memory is taken at once for a plain
    // document, not grown as it comes).
    bool start(quint64 size)
    {
        m_expected = qsizetype(qMin<quint64>(size, quint64(BundleReader::kMaxFileSize)));
        return open(QIODevice::WriteOnly);
    }
    const QByteArray &memory() const { return m_memory; }
    std::shared_ptr<QTemporaryFile> file() const { return m_file; }
    bool finish()
    {
        if (m_file && !m_file->flush()) {
            setErrorString(m_file->errorString());
            return false;
        }
        if (m_file)
            m_file->close();
        return true;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (!m_decided) {
            m_decided = true;
            if (BundleContainer::isContainer(QByteArray::fromRawData(data, int(qMin<qint64>(size, 4))))) {
                m_file = std::make_shared<QTemporaryFile>(
                    QDir(QDir::tempPath()).filePath(QStringLiteral("comptoir-opened-XXXXXX")));
                if (!m_file->open()) {
                    setErrorString(m_file->errorString());
                    return -1;
                }
                m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            } else {
                m_memory.reserve(m_expected);
            }
        }
        if (m_file) {
            const qint64 written = m_file->write(data, size);
            if (written != size)
                setErrorString(m_file->errorString());
            return written;
        }
        if (m_memory.size() + size > BundleReader::kMaxFileSize) {
            setErrorString(BundleReader::tr("The file is too large (%1 MB; %2 MB at most).")
                               .arg((m_memory.size() + size) / (1024 * 1024))
                               .arg(BundleReader::kMaxFileSize / (1024 * 1024)));
            return -1;
        }
        m_memory.append(data, int(size));
        return size;
    }

private:
    bool m_decided = false;
    qsizetype m_expected = 0;
    QByteArray m_memory;
    std::shared_ptr<QTemporaryFile> m_file;
};

// The envelope's content, opened and read as a .comptoir file of its own; its producer must be
// the envelope's signer.
BundleReader::Result readEnvelope(QFile &file, const DepartmentKey::Unlocked *key)
{
    BundleReader::Result result;
    Envelope::Problem problem = Envelope::Problem::None;
    const auto refused = [&](const QString &why) {
        result = BundleReader::Result();
        result.envelopeProblem = problem;
        result.problems << why;
        return result;
    };
    const auto announced = Envelope::readHeader(file, &problem);
    if (!announced)
        return refused(announced.error());
    file.seek(0);
    OpenedContent out;
    out.start(announced->contentSize);
    const auto header = Envelope::open(file, out, key, &problem);
    if (!header)
        return refused(header.error());
    if (!out.finish())
        return refused(out.errorString());
    std::shared_ptr<QTemporaryFile> opened = out.file();
    if (Envelope::isEnvelope(out.memory().left(Envelope::kMagicSize))) {
        problem = Envelope::Problem::Damaged;
        return refused(BundleReader::tr("The file is damaged: an envelope inside an envelope."));
    }
    result = opened ? BundleReader::readFile(opened->fileName()) : BundleReader::read(out.memory());
    result.signer = header->signer;
    result.sealed = header->isSealed();
    if (!result.ok)
        return result;
    // A file signed by one workspace that says another one wrote it: the signature of someone
    // else around a file they did not write.
    const QString producer = result.document.value(QLatin1String("producer"))
                                 .toObject()
                                 .value(QLatin1String("workspace"))
                                 .toString();
    if (producer != header->signer.workspace) {
        problem = Envelope::Problem::BadSignature;
        return refused(BundleReader::tr(
                           "The file was written by another workspace (%1) than the one that "
                           "signed it (« %2 », %3): it cannot be imported.")
                           .arg(producer, header->signer.name, header->signer.workspace));
    }
    if (opened)
        result.containerPath = opened->fileName();
    result.openedFile = std::move(opened);
    return result;
}

// A file laid out as Comptoir writes it, parsed on both cores: its content's lists cut in two
// near the middle, between two lists (after a "]," that opens a key: unescaped quotes are never
// inside a string, and a cut inside a record leaves a half with brackets unclosed, which does not
// parse), each half parsed on its own core, and the few members around the content apart. None
// when anything differs from that layout or from its checksum: the whole file is then parsed on
// one core as any other (its errors said as they were).
std::optional<QJsonObject> parseOnBothCores(const QByteArray &bytes, qsizetype contentFrom,
                                            qsizetype contentTo,
                                            QFuture<QByteArray> &contentHash)
{
    const QByteArrayView content = QByteArrayView(bytes).sliced(contentFrom, contentTo - contentFrom);
#ifdef COMPTOIR_FUZZING
    constexpr qsizetype kFrom = 16; // the fuzzer's inputs are small: the halves fuzzed too
#else
    constexpr qsizetype kFrom = 1024 * 1024; // below, one core is as quick
#endif
    if (content.size() < kFrom || !content.startsWith('{') || !content.endsWith('}'))
        return std::nullopt;
    static const QByteArrayView between("],\"");
    qsizetype cut = QByteArrayView(content).indexOf(between, content.size() / 2);
    if (cut < 0)
        cut = QByteArrayView(content).lastIndexOf(between, content.size() / 2);
    if (cut < 0)
        return std::nullopt;
    // The key that follows: a list's name, then its array.
    qsizetype at = cut + between.size();
    while (at < content.size() && QChar::isLetter(uchar(content.at(at))))
        ++at;
    if (at == cut + between.size() || !content.sliced(at).startsWith("\":["))
        return std::nullopt;
    const QByteArray first = content.first(cut + 1).toByteArray() + '}';
    const QByteArray second = '{' + content.sliced(cut + 2).toByteArray();
    // The members around the content: the document without it.
    const QByteArray around = "{" + QByteArrayView(bytes).sliced(contentTo + 1).toByteArray();

    QFuture<QJsonDocument> firstParsed = QtConcurrent::run([&first] {
        QJsonParseError error;
        return QJsonDocument::fromJson(first, &error);
    });
    const auto waitForFirst = qScopeGuard([&firstParsed] { firstParsed.waitForFinished(); });
    QJsonParseError error;
    const QJsonDocument secondParsed = QJsonDocument::fromJson(second, &error);
    const QJsonDocument aroundParsed = QJsonDocument::fromJson(around, &error);
    const QJsonDocument firstDocument = firstParsed.result();
    if (!firstDocument.isObject() || !secondParsed.isObject() || !aroundParsed.isObject())
        return std::nullopt;
    QJsonObject document = aroundParsed.object();
    if (document.contains(QLatin1String("content")))
        return std::nullopt;
    // What the halves say is what the file says only for the very bytes Comptoir wrote.
    if (contentHash.result() != document.value(QLatin1String("sha256")).toString().toLatin1())
        return std::nullopt;
    QJsonObject lists = firstDocument.object();
    const QJsonObject rest = secondParsed.object();
    for (auto it = rest.constBegin(); it != rest.constEnd(); ++it) {
        if (lists.contains(it.key()))
            return std::nullopt; // a list twice: not as Comptoir writes
        lists.insert(it.key(), it.value());
    }
    document.insert(QLatin1String("content"), lists);
    return document;
}

} // namespace

BundleReader::Result BundleReader::readFile(const QString &path,
                                            const DepartmentKey::Unlocked *key)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems
            << tr("“%1” cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    if (Envelope::isEnvelope(file.peek(Envelope::kMagicSize)))
        return readEnvelope(file, key);
    if (BundleContainer::isContainer(file.peek(4))) {
        file.close();
        auto container = BundleContainer::Reader::open(path);
        if (!container) {
            result.problems << container.error();
            return result;
        }
        const auto bytes = (*container)->document();
        if (!bytes) {
            result.problems << bytes.error();
            return result;
        }
        result = read(*bytes);
        if (!result.ok)
            return result;
        if (const auto agree = (*container)->checkAgainst(result.content()); !agree) {
            result.ok = false;
            result.document = QJsonObject();
            result.problems << agree.error();
            return result;
        }
        result.containerPath = path;
        return result;
    }
    if (file.size() > kMaxFileSize) {
        result.problems << tr("The file is too large (%1 MB; %2 MB at most).")
                               .arg(file.size() / (1024 * 1024))
                               .arg(kMaxFileSize / (1024 * 1024));
        return result;
    }
    return read(file.readAll());
}

BundleReader::Result BundleReader::read(const QByteArray &bytes)
{
    Result result;
    QStringList &problems = result.problems;
    const auto problem = [&problems](const QString &text) {
        if (problems.size() < kMaxProblems)
            problems << text;
    };
    if (bytes.size() > kMaxFileSize) {
        problem(tr("The file is too large (%1 MB; %2 MB at most).")
                    .arg(bytes.size() / (1024 * 1024))
                    .arg(kMaxFileSize / (1024 * 1024)));
        return result;
    }
    // A file as Comptoir writes it holds its content first, compact: its bytes are hashed as
    // they stand, on the other core while the JSON is parsed (a department's file is tens of
    // megabytes). Any other layout is checked below by writing the content out again.
    static const QByteArray head = QByteArrayLiteral("{\"content\":");
    const qsizetype tail = bytes.lastIndexOf(QByteArrayLiteral(",\"exportedAt\":"));
    QFuture<QByteArray> contentHash;
    if (bytes.startsWith(head) && tail > head.size()) {
        const QByteArrayView laidOut =
            QByteArrayView(bytes).sliced(head.size(), tail - head.size());
        contentHash = QtConcurrent::run([laidOut] {
            return Sha256::hash(laidOut).toHex();
        });
    }
    // Should this thread leave early, the other finishes before the bytes it reads go away.
    const auto waitForHash = qScopeGuard([&contentHash] { contentHash.waitForFinished(); });
    std::optional<QJsonObject> split;
    if (contentHash.isValid())
        split = parseOnBothCores(bytes, head.size(), tail, contentHash);
    QJsonObject document;
    if (split) {
        document = std::move(*split);
        result.parsedOnBothCores = true;
    } else {
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
            problem(tr("This is not a Comptoir file: it is not JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
            return result;
        }
        document = json.object();
    }
    if (document.value(QStringLiteral("format")).toString() != BundleWriter::formatName()) {
        problem(tr("This is not a Comptoir file (its “format” is not “comptoir-bundle”)."));
        return result;
    }
    const QJsonValue version = document.value(QStringLiteral("formatVersion"));
    if (!isInteger(version) || version.toInt() < 1) {
        problem(tr("“formatVersion” is missing or is not a whole number."));
        return result;
    }
    if (version.toInt() > BundleWriter::kFormatVersion) {
        problem(tr("This file was made by a newer Comptoir (format version %1; this one reads "
                   "version %2): update Comptoir to import it.")
                    .arg(version.toInt())
                    .arg(BundleWriter::kFormatVersion));
        return result;
    }
    const QJsonValue content = document.value(QStringLiteral("content"));
    if (!content.isObject()) {
        problem(tr("“content” is missing or is not an object."));
        return result;
    }
    const QString sha = document.value(QStringLiteral("sha256")).toString();
    if (sha.isEmpty()) {
        problem(tr("“sha256” is missing: the file cannot be checked."));
        return result;
    }
    const bool intact = contentHash.isValid() && contentHash.result() == sha.toLatin1();
    if (!intact && BundleWriter::sha256(content.toObject()) != sha.toLatin1()) {
        problem(tr("The checksum does not match: the file was changed or damaged after it was "
                   "written."));
        return result;
    }
    for (const char *key : {"producer", "exportedAt"}) {
        if (!document.contains(QLatin1String(key)))
            problem(tr("“%1” is missing.").arg(QLatin1String(key)));
    }
    if (!isTimestamp(document.value(QStringLiteral("exportedAt"))))
        problem(tr("“exportedAt” is not a timestamp."));

    // Every list, every record, every field: the lists shared between both cores, the largest
    // first, each core taking the next when done with one (so that neither waits long for the
    // other), then their findings put back in the order of the format.
    const QJsonObject body = content.toObject();
    const QList<BundleFormat::List> &all = BundleFormat::lists();
    QList<std::pair<qsizetype, int>> bySize; // records, list: the largest first
    for (int i = 0; i < all.size(); ++i)
        bySize.append({body.value(all.at(i).name()).toArray().size(), i});
    std::sort(bySize.begin(), bySize.end(), std::greater<>());
    QList<CheckedList> checked(all.size());
    {
        std::atomic<int> next = 0;
        const auto work = [&] {
            for (int k = next++; k < bySize.size(); k = next++)
                checked[bySize.at(k).second] = checkList(all.at(bySize.at(k).second), body);
        };
        QFuture<void> other = QtConcurrent::run(work);
        const auto waitForOther = qScopeGuard([&other] { other.waitForFinished(); });
        work();
    }
    QHash<QString, QSet<QString>> known; // list → UUIDs
    for (int i = 0; i < all.size(); ++i) {
        for (const QString &text : std::as_const(checked.at(i).problems))
            problem(text);
        known.insert(all.at(i).name(), checked.at(i).uuids);
    }
    // References resolve within the file, list by list, and what the workspace's own rules
    // require of the records together: shared between both cores (the rules first, the largest
    // lists next), the findings put back in order; the rules' said only when the references
    // found nothing.
    if (problems.isEmpty()) {
        QStringList ruleProblems;
        QList<QStringList> referenceProblems(all.size());
        static const QSet<QString> none;
        const auto checkReferences = [&](int index) {
            const BundleFormat::List &list = all.at(index);
            QStringList &found = referenceProblems[index];
            // The list's references, each with the UUIDs it may name (looked up once a list).
            QList<std::pair<const BundleFormat::Field *, const QSet<QString> *>> references;
            for (const BundleFormat::Field &field : list.fields) {
                if (field.type != Type::Ref)
                    continue;
                const auto targets = known.constFind(QLatin1String(field.refersTo));
                references.append({&field, targets == known.cend() ? &none : &*targets});
            }
            if (references.isEmpty())
                return;
            const QJsonArray records = body.value(list.name()).toArray();
            for (qsizetype i = 0; i < records.size() && found.size() < kMaxProblems; ++i) {
                const QJsonObject record = records.at(i).toObject();
                for (const auto &[fieldOf, targets] : std::as_const(references)) {
                    const BundleFormat::Field &field = *fieldOf;
                    const QJsonValue v = record.value(QLatin1String(field.key));
                    if (v.isString() && !targets->contains(v.toString()) &&
                        found.size() < kMaxProblems)
                        found << tr("%1[%2].%3 refers to %4 %5, which is not in the file.")
                                     .arg(QLatin1String(list.key))
                                     .arg(i)
                                     .arg(QLatin1String(field.key),
                                          QLatin1String(field.refersTo), v.toString());
                }
            }
        };
        std::atomic<int> next = -1; // -1: the rules
        const auto work = [&] {
            for (int k = next++; k < bySize.size(); k = next++) {
                if (k < 0)
                    checkRecords(body, [&ruleProblems](const QString &text) {
                        if (ruleProblems.size() < kMaxProblems)
                            ruleProblems << text;
                    });
                else
                    checkReferences(bySize.at(k).second);
            }
        };
        {
            QFuture<void> other = QtConcurrent::run(work);
            const auto waitForOther = qScopeGuard([&other] { other.waitForFinished(); });
            work();
        }
        for (const QStringList &found : std::as_const(referenceProblems)) {
            for (const QString &text : found)
                problem(text);
        }
        // A record the file both brings and says deleted: one of the two is wrong.
        const QJsonArray tombstones = body.value(QLatin1String("tombstones")).toArray();
        for (qsizetype i = 0; i < tombstones.size(); ++i) {
            const QString uuid =
                tombstones.at(i).toObject().value(QLatin1String("uuid")).toString();
            for (auto it = known.cbegin(); it != known.cend(); ++it) {
                if (it.value().contains(uuid))
                    problem(tr("tombstones[%1] says that %2 %3 was deleted, but the file brings "
                               "it.")
                                .arg(i)
                                .arg(it.key(), uuid));
            }
        }
        if (problems.isEmpty())
            problems = ruleProblems;
    }
    if (!problems.isEmpty())
        return result;
    result.ok = true;
    result.document = document;
    return result;
}
