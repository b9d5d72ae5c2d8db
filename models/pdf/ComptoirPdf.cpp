// The module comptoir_pdf: what needs a PDF library (report/PdfModule.h says why it is apart).
// It links Qt and the PDF libraries only, not Comptoir's: everything it needs comes through its
// functions' arguments.
#include "report/PdfModule.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>
#include <string>
#include <vector>

namespace {

struct Bookmark
{
    QString title;
    QPDFObjectHandle page;
};

// The document's outline: one bookmark per entry, in order, each opening its page whole.
void writeOutline(QPDF &pdf, const std::vector<Bookmark> &bookmarks)
{
    QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
    std::vector<QPDFObjectHandle> items;
    for (const Bookmark &bookmark : bookmarks) {
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(bookmark.title.toStdString()));
        item.replaceKey("/Parent", outlines);
        // The page's top left, at the reader's zoom ([page /XYZ left top 0]).
        QPDFObjectHandle page = bookmark.page;
        QPDFObjectHandle box = page.getKey("/MediaBox");
        const double top = box.isArray() && box.getArrayNItems() == 4 && box.getArrayItem(3).isNumber()
                               ? box.getArrayItem(3).getNumericValue()
                               : 842;
        QPDFObjectHandle destination = QPDFObjectHandle::newArray();
        destination.appendItem(bookmark.page);
        destination.appendItem(QPDFObjectHandle::newName("/XYZ"));
        destination.appendItem(QPDFObjectHandle::newInteger(0));
        destination.appendItem(QPDFObjectHandle::newReal(top, 2));
        destination.appendItem(QPDFObjectHandle::newInteger(0));
        item.replaceKey("/Dest", destination);
        items.push_back(item);
    }
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            items[i].replaceKey("/Prev", items[i - 1]);
        if (i + 1 < items.size())
            items[i].replaceKey("/Next", items[i + 1]);
    }
    if (!items.empty()) {
        outlines.replaceKey("/First", items.front());
        outlines.replaceKey("/Last", items.back());
        outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(qint64(items.size())));
    }
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

} // namespace

extern "C" Q_DECL_EXPORT int comptoirModuleAbi()
{
    return PdfModule::kAbi;
}

// CompletePdf::append.
extern "C" Q_DECL_EXPORT bool comptoirPdfAppend(const QString &base, const QString &baseTitle,
                                                const QList<CompletePdf::Piece> &pieces,
                                                const QString &path, QString *error,
                                                QStringList *notes)
{
    using Piece = CompletePdf::Piece;
    const QString part = path + QStringLiteral(".part");
    try {
        // qpdf keeps the names it is given, not copies: they live as long as it.
        const QByteArray baseName = QFile::encodeName(base);
        const QByteArray partName = QFile::encodeName(part);
        QPDF out;
        out.setSuppressWarnings(true);
        out.processFile(baseName.constData());
        QPDFPageDocumentHelper outPages(out);
        std::vector<Bookmark> bookmarks;
        const auto first = outPages.getAllPages();
        if (!first.empty())
            bookmarks.push_back({baseTitle, first.front().getObjectHandle()});
        // The sources must outlive the writing: their pages are copied when written.
        std::vector<std::unique_ptr<QPDF>> sources;
        std::vector<std::unique_ptr<std::string>> descriptions;
        for (const Piece &piece : pieces) {
            auto source = std::make_unique<QPDF>();
            source->setSuppressWarnings(true);
            descriptions.push_back(std::make_unique<std::string>(piece.title.toStdString()));
            try {
                source->processMemoryFile(descriptions.back()->c_str(), piece.pdf.constData(),
                                          size_t(piece.pdf.size()));
                QPDFPageDocumentHelper sourcePages(*source);
                const auto pages = sourcePages.getAllPages();
                if (pages.empty())
                    continue;
                const size_t before = outPages.getAllPages().size();
                for (const QPDFPageObjectHelper &page : pages)
                    outPages.addPage(page, false);
                bookmarks.push_back({piece.title, outPages.getAllPages().at(before).getObjectHandle()});
            } catch (const std::exception &e) {
                if (notes)
                    *notes << CompletePdf::tr("“%1” was left out: it cannot be read as a PDF (%2).")
                                  .arg(piece.title, QString::fromLocal8Bit(e.what()).left(200));
                continue;
            }
            sources.push_back(std::move(source));
        }
        writeOutline(out, bookmarks);
        QPDFWriter writer(out, partName.constData());
        writer.setStaticID(false);
        writer.write();
    } catch (const std::exception &e) {
        QFile::remove(part);
        *error = CompletePdf::tr("“%1” cannot be written: %2")
                     .arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(e.what()).left(300));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        *error = CompletePdf::tr("“%1” cannot be written.").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

// PdfModule::firstPage.
extern "C" Q_DECL_EXPORT QImage comptoirPdfFirstPage(const QByteArray &pdf, QSize size)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1)
        return QImage();
    const QSize scaled =
        document.pagePointSize(0).scaled(QSizeF(size), Qt::KeepAspectRatio).toSize();
    return document.render(0, scaled.isValid() ? scaled : size);
}
