#include "BundleContainer.h"

#include "BundleReader.h"
#include "attachments/Attachments.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QSet>

#include <zip.h>

#include <cstring>

namespace {

// Every member's time: fixed, so that the same export gives the same bytes.
constexpr time_t kMemberTime = 1577836800; // 2020-01-01T00:00:00Z

bool isSha256(const QByteArray &text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

QString zipError(zip_t *archive)
{
    return QString::fromUtf8(zip_strerror(archive));
}

// A workspace's content as a libzip source: opened, read in pieces and closed by libzip while
// it writes the archive (at zip_close), so that no content is ever whole in memory.
struct ContentSource
{
    QSqlDatabase db;
    QString sha256;
    qint64 size = 0;
    std::unique_ptr<Attachments::ContentReader> reader;
    qint64 offset = 0;
    zip_error_t error;

    static zip_int64_t callback(void *userdata, void *data, zip_uint64_t length,
                                zip_source_cmd_t command)
    {
        auto *self = static_cast<ContentSource *>(userdata);
        switch (command) {
        case ZIP_SOURCE_OPEN:
            self->reader = std::make_unique<Attachments::ContentReader>(self->db, self->sha256);
            self->offset = 0;
            if (!self->reader->isOpen() || self->reader->size() != self->size) {
                zip_error_set(&self->error, ZIP_ER_OPEN, 0);
                return -1;
            }
            return 0;
        case ZIP_SOURCE_READ: {
            const qint64 n = qMin<qint64>(qint64(length), self->size - self->offset);
            if (n <= 0)
                return 0;
            if (!self->reader->read(self->offset, static_cast<char *>(data), int(n))) {
                zip_error_set(&self->error, ZIP_ER_READ, 0);
                return -1;
            }
            self->offset += n;
            return n;
        }
        case ZIP_SOURCE_CLOSE:
            self->reader.reset();
            return 0;
        case ZIP_SOURCE_STAT: {
            auto *stat = static_cast<zip_stat_t *>(data);
            zip_stat_init(stat);
            stat->size = zip_uint64_t(self->size);
            stat->mtime = kMemberTime;
            stat->valid = ZIP_STAT_SIZE | ZIP_STAT_MTIME;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&self->error, data, length);
        case ZIP_SOURCE_FREE:
            zip_error_fini(&self->error);
            delete self;
            return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                  ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            zip_error_set(&self->error, ZIP_ER_OPNOTSUPP, 0);
            return -1;
        }
    }
};

// A member read as a stream; it ends at its declared size (libzip checks its CRC there).
class MemberDevice final : public QIODevice
{
public:
    explicit MemberDevice(zip_file_t *file)
        : m_file(file)
    {
        open(QIODevice::ReadOnly);
    }
    ~MemberDevice() override { zip_fclose(m_file); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (n < 0) {
            setErrorString(QString::fromUtf8(zip_file_strerror(m_file)));
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file_t *m_file;
};

} // namespace

bool BundleContainer::isContainer(const QByteArray &head)
{
    return head.startsWith(QByteArrayView("PK\x03\x04", 4));
}

bool BundleContainer::isContainerFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && isContainer(file.read(4));
}

Result<void> BundleContainer::write(const Workspace &workspace, const QString &path,
                                    const QByteArray &document, QStringList contents)
{
    const QString name = QFileInfo(path).fileName();
    int code = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Failure{tr("“%1” cannot be written: %2").arg(name, why)};
    }
    const auto fail = [&](const QString &why) {
        zip_discard(archive); // nothing written: libzip writes only at zip_close
        return Failure{tr("“%1” cannot be written: %2").arg(name, why)};
    };
    zip_source_t *documentSource =
        zip_source_buffer(archive, document.constData(), zip_uint64_t(document.size()), 0);
    const zip_int64_t documentIndex =
        documentSource ? zip_file_add(archive, kDocumentName, documentSource, ZIP_FL_ENC_UTF_8)
                       : -1;
    if (documentIndex < 0) {
        zip_source_free(documentSource);
        return fail(zipError(archive));
    }
    zip_file_set_mtime(archive, zip_uint64_t(documentIndex), kMemberTime, 0);

    contents.sort();
    contents.removeDuplicates();
    for (const QString &sha256 : std::as_const(contents)) {
        auto *state = new ContentSource;
        state->db = workspace.database();
        state->sha256 = sha256;
        zip_error_init(&state->error);
        {
            Attachments::ContentReader probe(state->db, sha256);
            if (!probe.isOpen()) {
                zip_error_fini(&state->error);
                delete state;
                return fail(tr("the content %1 is missing from the workspace.")
                                .arg(Attachments::fingerprint(sha256)));
            }
            state->size = probe.size();
        }
        zip_source_t *source = zip_source_function(archive, &ContentSource::callback, state);
        if (!source) {
            zip_error_fini(&state->error);
            delete state;
            return fail(zipError(archive));
        }
        const QByteArray member = QByteArray(kContentFolder) + sha256.toLatin1();
        const zip_int64_t index = zip_file_add(archive, member.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source); // frees state through ZIP_SOURCE_FREE
            return fail(zipError(archive));
        }
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
        zip_file_set_mtime(archive, zip_uint64_t(index), kMemberTime, 0);
    }
    if (zip_close(archive) != 0)
        return fail(zipError(archive));
    return {};
}

BundleContainer::Reader::~Reader()
{
    if (m_archive)
        zip_discard(m_archive);
}

Result<std::unique_ptr<BundleContainer::Reader>> BundleContainer::Reader::open(const QString &path)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive)
        return Failure{tr("The file is not a Comptoir container: its ZIP structure is damaged.")};
    std::unique_ptr<Reader> reader(new Reader);
    reader->m_archive = archive;
    if (const Result<void> surveyed = reader->survey(); !surveyed)
        return Failure{surveyed.error()};
    return reader;
}

Result<std::unique_ptr<BundleContainer::Reader>>
BundleContainer::Reader::fromBytes(const QByteArray &bytes)
{
    std::unique_ptr<Reader> reader(new Reader);
    reader->m_bytes = bytes;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(
        reader->m_bytes.constData(), zip_uint64_t(reader->m_bytes.size()), 0, &error);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error)
                            : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        if (source)
            zip_source_free(source);
        return Failure{tr("The file is not a Comptoir container: its ZIP structure is damaged.")};
    }
    reader->m_archive = archive;
    if (const Result<void> surveyed = reader->survey(); !surveyed)
        return Failure{surveyed.error()};
    return reader;
}

Result<void> BundleContainer::Reader::survey()
{
    const zip_int64_t count = zip_get_num_entries(m_archive, 0);
    if (count < 0 || count > kMaxMembers)
        return Failure{tr("The container holds too many members (%1 at most).").arg(kMaxMembers)};
    QSet<QByteArray> names;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(m_archive, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        const QByteArray name(raw ? raw : "");
        const QString shown = QString::fromUtf8(name.left(80));
        zip_stat_t stat;
        if (!raw || zip_stat_index(m_archive, zip_uint64_t(i), ZIP_FL_ENC_RAW, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE))
            return Failure{tr("The container's member %1 cannot be read.").arg(i)};
        if (names.contains(name))
            return Failure{tr("The container holds “%1” twice.").arg(shown)};
        names.insert(name);
        const bool isDocument = name == kDocumentName;
        const bool isContent = name.startsWith(kContentFolder) &&
                               isSha256(name.mid(int(std::strlen(kContentFolder))));
        if (!isDocument && !isContent)
            return Failure{tr("The container holds “%1”, which a Comptoir file never holds (only "
                              "its document and contents named by their SHA-256).")
                               .arg(shown)};
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
            return Failure{tr("The container's member “%1” is encrypted.").arg(shown)};
        const qint64 size = qint64(qMin<zip_uint64_t>(stat.size, zip_uint64_t(kMaxTotalBytes) + 1));
        if (size > kRatioFloor && qint64(stat.comp_size) * kMaxRatio < size)
            return Failure{tr("The container's member “%1” would expand %2 times: refused as a "
                              "compression bomb.")
                               .arg(shown)
                               .arg(stat.comp_size ? size / qint64(stat.comp_size) : size)};
        total += size;
        if (total > kMaxTotalBytes)
            return Failure{tr("The container would expand to more than %1 GB.")
                               .arg(kMaxTotalBytes / (1024 * 1024 * 1024))};
        if (isDocument) {
            if (size > BundleReader::kMaxFileSize)
                return Failure{tr("The file is too large (%1 MB; %2 MB at most).")
                                   .arg(size / (1024 * 1024))
                                   .arg(BundleReader::kMaxFileSize / (1024 * 1024))};
            m_documentIndex = i;
            m_documentSize = size;
        } else {
            if (size > Attachments::kMaxFileBytes)
                return Failure{tr("The container's member “%1” is over the limit of %2 per piece.")
                                   .arg(shown, Attachments::sizeText(Attachments::kMaxFileBytes))};
            m_contents.insert(QString::fromLatin1(name.mid(int(std::strlen(kContentFolder)))),
                              Member{quint64(i), size});
        }
    }
    if (m_documentIndex < 0)
        return Failure{tr("The container holds no document (“%1”).")
                           .arg(QLatin1String(kDocumentName))};
    return {};
}

Result<QByteArray> BundleContainer::Reader::document()
{
    zip_file_t *file = zip_fopen_index(m_archive, zip_uint64_t(m_documentIndex), 0);
    if (!file)
        return Failure{tr("The container's document cannot be read: %1").arg(zipError(m_archive))};
    QByteArray bytes(int(m_documentSize), Qt::Uninitialized);
    qint64 got = 0;
    while (got < m_documentSize) {
        const zip_int64_t n = zip_fread(file, bytes.data() + got, zip_uint64_t(m_documentSize - got));
        if (n <= 0)
            break;
        got += n;
    }
    char extra = 0;
    const bool longer = got == m_documentSize && zip_fread(file, &extra, 1) > 0;
    const bool failed = got != m_documentSize || longer;
    const QString why = QString::fromUtf8(zip_file_strerror(file));
    zip_fclose(file);
    if (failed)
        return Failure{tr("The container's document is not the size it says, or is damaged (%1).")
                           .arg(why)};
    return bytes;
}

Result<void> BundleContainer::Reader::checkAgainst(const QJsonObject &content) const
{
    QHash<QString, qint64> listed;
    for (const QJsonValue &v : content.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject piece = v.toObject();
        listed.insert(piece.value(QLatin1String("sha256")).toString(),
                      qint64(piece.value(QLatin1String("size")).toDouble()));
    }
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const auto member = m_contents.constFind(it.key());
        if (member == m_contents.cend())
            return Failure{tr("The content %1 of an attachment is missing from the container.")
                               .arg(Attachments::fingerprint(it.key()))};
        if (member->size != it.value())
            return Failure{tr("The content %1 is %2 bytes in the container, %3 in the document.")
                               .arg(Attachments::fingerprint(it.key()))
                               .arg(member->size)
                               .arg(it.value())};
    }
    for (auto it = m_contents.cbegin(); it != m_contents.cend(); ++it) {
        if (!listed.contains(it.key()))
            return Failure{tr("The container holds a content no attachment of its document lists "
                              "(%1).")
                               .arg(Attachments::fingerprint(it.key()))};
    }
    return {};
}

std::unique_ptr<QIODevice> BundleContainer::Reader::openContent(const QString &sha256)
{
    const auto member = m_contents.constFind(sha256);
    if (member == m_contents.cend())
        return nullptr;
    zip_file_t *file = zip_fopen_index(m_archive, member->index, 0);
    if (!file)
        return nullptr;
    return std::make_unique<MemberDevice>(file);
}
