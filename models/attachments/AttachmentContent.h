#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

// What an attachment is, told by its content and never by its name: PDF, JPEG, PNG, and the
// office documents (OpenDocument text and spreadsheet, Word and Excel's OOXML). A file renamed
// "devis.pdf" that is an executable is refused; a PDF named "scan" is a PDF.
//
// The office documents are ZIP files: an OpenDocument one begins with a "mimetype" member that
// names it, an OOXML one holds "[Content_Types].xml" and its "word/" or "xl/" part. libzip reads
// their central directory (never the whole file).
class AttachmentContent final
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentContent)

public:
    static constexpr auto kPdf = "application/pdf";
    static constexpr auto kJpeg = "image/jpeg";
    static constexpr auto kPng = "image/png";
    static constexpr auto kOdt = "application/vnd.oasis.opendocument.text";
    static constexpr auto kOds = "application/vnd.oasis.opendocument.spreadsheet";
    static constexpr auto kDocx =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static constexpr auto kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // The media type of the file at path, or why it is refused (in French).
    static Result<QString> sniffFile(const QString &path);
    // The same for content in memory (a fuzz target's input, a test's bytes).
    static Result<QString> sniffBytes(const QByteArray &bytes);

    // Whether the first bytes of a content fit its declared media type (a file's record says
    // the type; the importer checks its content's signature before writing a byte).
    static bool signatureFits(const QString &mediaType, const QByteArray &head);
    static bool isAccepted(const QString &mediaType);
    static bool isImage(const QString &mediaType);
    static bool isPdf(const QString &mediaType) { return mediaType == QLatin1String(kPdf); }
    // "pdf", "jpg", "png", "odt", "ods", "docx", "xlsx".
    static QString suffix(const QString &mediaType);
    // "PDF", "Image JPEG", "Texte OpenDocument"…, for the user.
    static QString label(const QString &mediaType);
    // What the refusal of an unknown content says.
    static QString acceptedList();
};
