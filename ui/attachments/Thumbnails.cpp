#include "Thumbnails.h"

#include "attachments/AttachmentContent.h"
#include "attachments/Attachments.h"
#include "report/PdfModule.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

Thumbnails::Thumbnails()
    : m_cache(32 * 1024 * 1024)
{
}

void Thumbnails::keep(const QString &sha256, const QImage &image)
{
    m_cache.insert(sha256, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes()));
}

Thumbnails &Thumbnails::instance()
{
    static Thumbnails thumbnails;
    return thumbnails;
}

QImage Thumbnails::placeholder(const QString &mediaType, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF sheet(size.width() * 0.18, size.height() * 0.06, size.width() * 0.64,
                       size.height() * 0.88);
    painter.setPen(QPen(QColor(0x55, 0x5b, 0x66), 1.5));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(sheet, 3, 3);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(8, size.height() / 6));
    painter.setFont(font);
    const QString suffix = AttachmentContent::suffix(mediaType).toUpper();
    painter.setPen(AttachmentContent::isPdf(mediaType) ? QColor(0xb0, 0x1c, 0x1c)
                   : suffix.startsWith(QLatin1Char('O')) ? QColor(0x1f, 0x5f, 0x99)
                                                        : QColor(0x1d, 0x6b, 0x3a));
    painter.drawText(sheet, Qt::AlignCenter, suffix);
    return image;
}

QImage Thumbnails::render(const QByteArray &bytes, const QString &mediaType, QSize size)
{
    if (AttachmentContent::isImage(mediaType)) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(size, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull())
            return image;
    } else if (AttachmentContent::isPdf(mediaType)) {
        const QImage image = PdfModule::firstPage(bytes, size);
        if (!image.isNull()) {
            // A page is white where a PDF says nothing; a thin frame shows its edge.
            QImage framed(image.size(), QImage::Format_ARGB32_Premultiplied);
            framed.fill(Qt::white);
            QPainter painter(&framed);
            painter.drawImage(0, 0, image);
            painter.setPen(QColor(0x9a, 0xa0, 0xa6));
            painter.drawRect(framed.rect().adjusted(0, 0, -1, -1));
            return framed;
        }
    }
    return placeholder(mediaType, size);
}

QImage Thumbnails::thumbnail(const Workspace &workspace, const QString &sha256,
                             const QString &mediaType)
{
    if (const QImage *cached = m_cache.object(sha256))
        return *cached;
    if (!AttachmentContent::isImage(mediaType) && !AttachmentContent::isPdf(mediaType)) {
        const QImage image = placeholder(mediaType, QSize(kSide, kSide));
        keep(sha256, image);
        return image;
    }
    if (m_pending.contains(sha256))
        return QImage();
    // Read here (the connection belongs to this thread), drawn on another.
    const Result<QByteArray> bytes = Attachments::read(workspace, sha256);
    if (!bytes) {
        const QImage image = placeholder(mediaType, QSize(kSide, kSide));
        keep(sha256, image);
        return image;
    }
    m_pending.insert(sha256);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, sha256] {
        m_pending.remove(sha256);
        keep(sha256, watcher->result());
        watcher->deleteLater();
        emit ready(sha256);
    });
    watcher->setFuture(QtConcurrent::run(
        [bytes = *bytes, mediaType] { return render(bytes, mediaType, QSize(kSide, kSide)); }));
    return QImage();
}
