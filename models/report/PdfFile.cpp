#include "PdfFile.h"
#include "util/SaveFile.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

// A PDF text string: UTF-16BE with its byte order mark, in hexadecimal.
QByteArray pdfString(const QString &text)
{
    QByteArray bytes("\xfe\xff", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return '<' + bytes.toHex() + '>';
}

QByteArray pdfDate(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    return "(D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The XMP packet: the same title, author, tool and dates as the document information, and the
// PDF/A-1b identification.
QByteArray xmp(const QString &title, const QString &author, const QString &creator,
               const QString &producer, const QDateTime &created)
{
    const QString date = created.toUTC().toString(Qt::ISODate);
    return QStringLiteral(
               "<?xpacket begin='\xef\xbb\xbf' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
               "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
               "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
               "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>\n"
               "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
               "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
               "</rdf:Description>\n"
               "<rdf:Description rdf:about='' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
               "<pdf:Producer>%4</pdf:Producer>\n"
               "</rdf:Description>\n"
               "<rdf:Description rdf:about='' xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n"
               "<xmp:CreatorTool>%3</xmp:CreatorTool>\n"
               "<xmp:CreateDate>%5</xmp:CreateDate>\n"
               "<xmp:ModifyDate>%5</xmp:ModifyDate>\n"
               "<xmp:MetadataDate>%5</xmp:MetadataDate>\n"
               "</rdf:Description>\n"
               "<rdf:Description rdf:about='' xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/'>\n"
               "<pdfaid:part>1</pdfaid:part>\n"
               "<pdfaid:conformance>B</pdfaid:conformance>\n"
               "</rdf:Description>\n"
               "</rdf:RDF>\n"
               "</x:xmpmeta>\n"
               "<?xpacket end='w'?>")
        .arg(xmlEscaped(title), xmlEscaped(author), xmlEscaped(creator), xmlEscaped(producer), date)
        .toUtf8();
}

QString creatorName()
{
    return QStringLiteral("Comptoir %1").arg(QCoreApplication::applicationVersion());
}

QString producerName()
{
    return QStringLiteral("Qt %1 (Comptoir)").arg(QLatin1String(qVersion()));
}

} // namespace

// Passes what the PDF writer writes on to the file, keeping its end, where the trailer is.
class PdfFile::Tail final : public QIODevice
{
public:
    explicit Tail(QIODevice *target)
        : m_target(target)
    {}
    bool isSequential() const override { return true; }
    QByteArray tail() const { return m_tail; }
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 done = m_target->write(data, size);
        if (done != size)
            return -1;
        m_written += size;
        m_tail.append(data, size);
        constexpr qsizetype kKept = 4096;
        if (m_tail.size() > 2 * kKept)
            m_tail.remove(0, m_tail.size() - kKept);
        return size;
    }

private:
    QIODevice *m_target;
    QByteArray m_tail;
    qint64 m_written = 0;
};

PdfFile::PdfFile(const QString &path, const QString &title, const QString &author)
    : m_path(path)
    , m_title(title)
    , m_author(author)
    , m_created(QDateTime::currentDateTime())
{}

PdfFile::~PdfFile()
{
    cancel();
}

bool PdfFile::open(QString *error)
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = tr("“%1” cannot be written: %2")
                     .arg(QFileInfo(m_path).fileName(), m_file->errorString());
        m_file.reset();
        return false;
    }
    m_tail = std::make_unique<Tail>(m_file.get());
    m_tail->open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(m_tail.get());
    m_writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageOrientation(QPageLayout::Portrait);
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_writer->setResolution(300);
    m_writer->setTitle(m_title);
    m_writer->setCreator(creatorName());
    m_writer->setDocumentXmpMetadata(
        xmp(m_title, m_author, creatorName(), producerName(), m_created));
    return true;
}

QPdfWriter *PdfFile::writer() const
{
    return m_writer.get();
}

bool PdfFile::commit(QString *error)
{
    const std::unique_ptr<QSaveFile> finished = finish(error);
    if (!finished)
        return false;
    if (!commitWritten(*finished)) {
        *error = tr("“%1” cannot be written: %2")
                     .arg(QFileInfo(m_path).fileName(), finished->errorString());
        return false;
    }
    return true;
}

std::unique_ptr<QSaveFile> PdfFile::finish(QString *error)
{
    if (!m_writer) {
        *error = tr("The document was not started.");
        return nullptr;
    }
    m_writer.reset(); // writes the trailer
    const QByteArray update = informationUpdate(m_tail->tail(), m_tail->written(), m_title,
                                                m_author, creatorName(), producerName(), m_created);
    if (update.isEmpty() || m_file->write(update) != update.size() || !m_file->flush() ||
        m_file->error() != QFileDevice::NoError) {
        *error = tr("“%1” could not be written completely.").arg(QFileInfo(m_path).fileName());
        cancel();
        return nullptr;
    }
    m_tail.reset();
    m_file->moveToThread(nullptr); // whichever thread commits it
    return std::move(m_file);
}

void PdfFile::cancel()
{
    m_writer.reset();
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_tail.reset();
}

QByteArray PdfFile::informationUpdate(const QByteArray &tail, qint64 size, const QString &title,
                                      const QString &author, const QString &creator,
                                      const QString &producer, const QDateTime &created)
{
    const qsizetype trailerAt = tail.lastIndexOf("trailer");
    if (trailerAt < 0)
        return QByteArray();
    const QString trailer = QString::fromLatin1(tail.mid(trailerAt));
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootRe(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression idRe(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])"));
    static const QRegularExpression startRe(QStringLiteral("startxref\\s+(\\d+)"));
    const QRegularExpressionMatch sizeMatch = sizeRe.match(trailer);
    const QRegularExpressionMatch rootMatch = rootRe.match(trailer);
    const QRegularExpressionMatch startMatch = startRe.match(trailer);
    if (!sizeMatch.hasMatch() || !rootMatch.hasMatch() || !startMatch.hasMatch())
        return QByteArray();
    const int object = sizeMatch.captured(1).toInt();
    QByteArray update = "\n";
    const qint64 objectAt = size + update.size();
    update += QByteArray::number(object) + " 0 obj\n<<\n/Title " + pdfString(title) + "\n/Author " +
              pdfString(author) + "\n/Creator " + pdfString(creator) + "\n/Producer " +
              pdfString(producer) + "\n/CreationDate " + pdfDate(created) + "\n/ModDate " +
              pdfDate(created) + "\n>>\nendobj\n";
    const qint64 xrefAt = size + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(object) + " 1\n" +
              QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " +
              rootMatch.captured(1).toLatin1() + "\n/Info " + QByteArray::number(object) + " 0 R\n";
    const QRegularExpressionMatch idMatch = idRe.match(trailer);
    if (idMatch.hasMatch())
        update += "/ID " + idMatch.captured(1).toLatin1() + "\n";
    update += "/Prev " + startMatch.captured(1).toLatin1() + "\n>>\nstartxref\n" +
              QByteArray::number(xrefAt) + "\n%%EOF\n";
    return update;
}
