#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>

class Workspace;

// Thumbnails of attachments: images scaled as they are read (QImageReader never decodes a
// photo whole at full size), the first page of a PDF rendered by Qt PDF, and for office
// documents an icon of their kind. Rendered on another thread from the content's bytes, cached
// by SHA-256 (contents never change under their hash), the latest kept; ready() says when one
// arrives.
class Thumbnails final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSide = 96;

    static Thumbnails &instance();
    // The thumbnail of a content, or a null image while it is being made (ready() follows).
    QImage thumbnail(const Workspace &workspace, const QString &sha256, const QString &mediaType);
    // Made now, on this thread (the dossier, a test).
    static QImage render(const QByteArray &bytes, const QString &mediaType, QSize size);
    // An icon for a content that has no picture: its type's initials on a sheet.
    static QImage placeholder(const QString &mediaType, QSize size);

signals:
    void ready(const QString &sha256);

private:
    Thumbnails();
    void keep(const QString &sha256, const QImage &image);
    // At most 32 MB of thumbnails (some 900): a mission officer browsing thousands of projects
    // keeps the latest.
    QCache<QString, QImage> m_cache;
    QSet<QString> m_pending;
};
