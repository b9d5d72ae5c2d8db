#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class Workspace;
struct zip;

// The .comptoir file as a container: a ZIP (libzip) holding the JSON document ("comptoir.json",
// the same document a plain file is) and each attachment's content once, as
// "attachments/<sha256>", stored as it is (PDFs and photos are compressed already). A file
// without attachments stays plain JSON. Written and read as streams: a content goes from the
// workspace's blob to the file, and from the file to the workspace, in pieces, so memory stays
// flat whatever the size. resources/exchange/README.md, "The container".
//
// The reader refuses what a hostile file could hold before anything is read: a member named
// otherwise (a path, "..", anything but the document and contents named by their SHA-256), a
// name twice, an encrypted member, a member that expands more than kMaxRatio times (a
// compression bomb), more than kMaxTotalBytes in all, a document over BundleReader's limit,
// contents the document does not list or lists with another size, listed contents missing; and
// while reading, a member whose bytes are not its declared size or do not hash to its name.
class BundleContainer final
{
    Q_DECLARE_TR_FUNCTIONS(BundleContainer)

public:
    static constexpr auto kDocumentName = "comptoir.json";
    static constexpr auto kContentFolder = "attachments/";
    static constexpr qint64 kMaxTotalBytes = 64LL * 1024 * 1024 * 1024;
    static constexpr int kMaxMembers = 1'000'000;
    // Expanding more than this from a member over kRatioFloor bytes is a bomb, not a document.
    static constexpr int kMaxRatio = 200;
    static constexpr qint64 kRatioFloor = 1024 * 1024;

    // Whether a file's first bytes are a ZIP's.
    static bool isContainer(const QByteArray &head);
    static bool isContainerFile(const QString &path);

    // Writes document and the contents named (SHA-256s of the workspace's) to path, through a
    // temporary file renamed when complete.
    static Result<void> write(const Workspace &workspace, const QString &path,
                              const QByteArray &document, QStringList contents);

    struct Member
    {
        quint64 index = 0;
        qint64 size = 0;
    };

    class Reader final
    {
    public:
        ~Reader();
        Reader(const Reader &) = delete;
        Reader &operator=(const Reader &) = delete;

        // Opens and checks the structure (names, sizes, ratio, total).
        static Result<std::unique_ptr<Reader>> open(const QString &path);
        // The same over bytes in memory (the fuzz target).
        static Result<std::unique_ptr<Reader>> fromBytes(const QByteArray &bytes);

        // The JSON document, whole (at most BundleReader::kMaxFileSize).
        Result<QByteArray> document();
        // The contents, by SHA-256.
        const QHash<QString, Member> &contents() const { return m_contents; }
        // The document's attachments and the members agree: each content listed is here with
        // the size the document says, and no member is unlisted.
        Result<void> checkAgainst(const QJsonObject &content) const;
        // A content, read as a stream of exactly its declared size (fails past it or short of
        // it); nullptr when it is not here.
        std::unique_ptr<QIODevice> openContent(const QString &sha256);

    private:
        Reader() = default;
        Result<void> survey();

        zip *m_archive = nullptr;
        qint64 m_documentIndex = -1;
        qint64 m_documentSize = 0;
        QHash<QString, Member> m_contents;
        QByteArray m_bytes; // fromBytes: kept alive while the archive reads it
    };
};
