#include "AttachmentContent.h"

#include <QFile>

#include <zip.h>

#include <memory>

namespace {

bool startsWith(const QByteArray &bytes, const char *signature, int length)
{
    return bytes.size() >= length && memcmp(bytes.constData(), signature, size_t(length)) == 0;
}

bool isZip(const QByteArray &head)
{
    return startsWith(head, "PK\x03\x04", 4);
}

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

// The first bytes of a member, at most `limit`.
QByteArray memberHead(zip_t *archive, const char *name, int limit)
{
    const zip_int64_t index = zip_name_locate(archive, name, 0);
    if (index < 0)
        return {};
    zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!file)
        return {};
    QByteArray bytes(limit, Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), zip_uint64_t(limit));
    zip_fclose(file);
    if (read < 0)
        return {};
    bytes.truncate(int(read));
    return bytes;
}

bool hasMember(zip_t *archive, const char *name)
{
    return zip_name_locate(archive, name, 0) >= 0;
}

// The office document an archive is, or an empty string.
QString officeType(zip_t *archive)
{
    const QByteArray mimetype = memberHead(archive, "mimetype", 128).trimmed();
    if (mimetype == AttachmentContent::kOdt || mimetype == AttachmentContent::kOds)
        return QString::fromLatin1(mimetype);
    if (hasMember(archive, "[Content_Types].xml")) {
        if (hasMember(archive, "word/document.xml"))
            return QString::fromLatin1(AttachmentContent::kDocx);
        if (hasMember(archive, "xl/workbook.xml"))
            return QString::fromLatin1(AttachmentContent::kXlsx);
    }
    return {};
}

Result<QString> refusedOffice()
{
    return Failure{AttachmentContent::tr(
                       "This archive is not an office document Comptoir accepts. Accepted: %1.")
                       .arg(AttachmentContent::acceptedList())};
}

Result<QString> fromHead(const QByteArray &head)
{
    if (startsWith(head, "%PDF-", 5))
        return QString::fromLatin1(AttachmentContent::kPdf);
    if (startsWith(head, "\xFF\xD8\xFF", 3))
        return QString::fromLatin1(AttachmentContent::kJpeg);
    if (startsWith(head, "\x89PNG\r\n\x1A\n", 8))
        return QString::fromLatin1(AttachmentContent::kPng);
    if (head.isEmpty())
        return Failure{AttachmentContent::tr("The file is empty.")};
    return Failure{AttachmentContent::tr("This kind of file is not accepted. Accepted: %1.")
                       .arg(AttachmentContent::acceptedList())};
}

} // namespace

Result<QString> AttachmentContent::sniffFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("The file cannot be read: %1").arg(file.errorString())};
    const QByteArray head = file.read(16);
    file.close();
    if (!isZip(head))
        return fromHead(head);
    int error = 0;
    ZipPtr archive(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error));
    if (!archive)
        return refusedOffice();
    const QString type = officeType(archive.get());
    return type.isEmpty() ? refusedOffice() : Result<QString>(type);
}

Result<QString> AttachmentContent::sniffBytes(const QByteArray &bytes)
{
    if (!isZip(bytes))
        return fromHead(bytes.left(16));
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()),
                                                    0, &error);
    if (!source) {
        zip_error_fini(&error);
        return refusedOffice();
    }
    ZipPtr archive(zip_open_from_source(source, ZIP_RDONLY, &error));
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        return refusedOffice();
    }
    const QString type = officeType(archive.get());
    return type.isEmpty() ? refusedOffice() : Result<QString>(type);
}

bool AttachmentContent::signatureFits(const QString &mediaType, const QByteArray &head)
{
    const Result<QString> kind = fromHead(head.left(16));
    if (kind)
        return *kind == mediaType;
    return isZip(head) && isAccepted(mediaType) && !isPdf(mediaType) && !isImage(mediaType);
}

bool AttachmentContent::isAccepted(const QString &mediaType)
{
    for (const char *type : {kPdf, kJpeg, kPng, kOdt, kOds, kDocx, kXlsx}) {
        if (mediaType == QLatin1String(type))
            return true;
    }
    return false;
}

bool AttachmentContent::isImage(const QString &mediaType)
{
    return mediaType == QLatin1String(kJpeg) || mediaType == QLatin1String(kPng);
}

QString AttachmentContent::suffix(const QString &mediaType)
{
    if (mediaType == QLatin1String(kPdf))
        return QStringLiteral("pdf");
    if (mediaType == QLatin1String(kJpeg))
        return QStringLiteral("jpg");
    if (mediaType == QLatin1String(kPng))
        return QStringLiteral("png");
    if (mediaType == QLatin1String(kOdt))
        return QStringLiteral("odt");
    if (mediaType == QLatin1String(kOds))
        return QStringLiteral("ods");
    if (mediaType == QLatin1String(kDocx))
        return QStringLiteral("docx");
    if (mediaType == QLatin1String(kXlsx))
        return QStringLiteral("xlsx");
    return QStringLiteral("bin");
}

QString AttachmentContent::label(const QString &mediaType)
{
    if (mediaType == QLatin1String(kPdf))
        return tr("PDF");
    if (mediaType == QLatin1String(kJpeg))
        return tr("JPEG image");
    if (mediaType == QLatin1String(kPng))
        return tr("PNG image");
    if (mediaType == QLatin1String(kOdt))
        return tr("OpenDocument text");
    if (mediaType == QLatin1String(kOds))
        return tr("OpenDocument spreadsheet");
    if (mediaType == QLatin1String(kDocx))
        return tr("Word document");
    if (mediaType == QLatin1String(kXlsx))
        return tr("Excel spreadsheet");
    return mediaType;
}

QString AttachmentContent::acceptedList()
{
    return tr("PDF, JPEG, PNG, ODT, ODS, DOCX and XLSX");
}
