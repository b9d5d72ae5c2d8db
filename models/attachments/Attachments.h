#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QIODevice;
class Workspace;
struct sqlite3_blob;

// A project's attachments (pièces jointes): quotes, statutes, photos, letters of support, plans.
//
// Their content lives in the workspace (table attachment_blobs, schema 8), once per distinct
// SHA-256, written and read in pieces of kChunkBytes through SQLite's incremental blob I/O: the
// memory used stays the same whatever the size. The rows of `attachments` say which project
// holds which content, as what, with which caption and file name. An attachment is part of its
// project's version: adding, editing or removing one makes the project newer, so it travels.
//
// Accepted by content (AttachmentContent): a file over kMaxFileBytes, or one that would take a
// project over kMaxProjectBytes, is refused with a French message and nothing is written.
class Attachments final
{
    Q_DECLARE_TR_FUNCTIONS(Attachments)

public:
    static constexpr qint64 kMaxFileBytes = 25LL * 1024 * 1024;
    static constexpr qint64 kMaxProjectBytes = 200LL * 1024 * 1024;
    static constexpr qint64 kChunkBytes = 256 * 1024;
    static constexpr int kMaxCaption = 500;

    struct Attachment
    {
        qint64 id = 0;
        QString uuid;
        qint64 projectId = 0;
        QString sha256;
        QString kind = QStringLiteral("other");
        QString caption;
        QString fileName;
        qint64 size = 0;
        QString mediaType;
        QString budgetLineUuid; // the line a quote backs; empty for none
        bool confidential = false;
        int position = 0;
    };

    // What a facilitator can say a piece is: quote, statutes, photo, support_letter, plan, other.
    static QStringList kinds();
    // « Devis », « Statuts », « Photo », « Lettre de soutien », « Plan », « Autre ».
    static QString kindLabel(const QString &kind);
    // A first guess from the content and the name: images are photos, "devis…" a quote.
    static QString guessKind(const QString &mediaType, const QString &fileName);

    static Result<QList<Attachment>> list(const Workspace &workspace, qint64 projectId);
    static Result<Attachment> get(const Workspace &workspace, qint64 id);

    struct Added
    {
        QList<Attachment> attached;
        QStringList refused; // "name : why", one per file refused
    };
    // Attaches files to a project, in one transaction: each file is read twice in pieces (its
    // SHA-256, then its content, unless the workspace already holds it). A file refused (its
    // content, its size, the project's total) is said in `refused`; with allOrNothing, one
    // refusal makes the whole a Failure and nothing is written. An empty kind is guessed.
    static Result<Added> attach(Workspace &workspace, qint64 projectId, const QStringList &paths,
                                const QString &kind = QString(),
                                const QString &caption = QString(), bool allOrNothing = false);
    // Writes what can be edited of an attachment: kind, caption, budget line, confidential.
    static Result<void> update(Workspace &workspace, const Attachment &attachment);
    // Gives an attachment a new content (a newer quote), keeping its kind, caption and line.
    static Result<Attachment> replace(Workspace &workspace, qint64 id, const QString &path);

    // Writes a content to out, in pieces.
    static Result<void> copyTo(const Workspace &workspace, const QString &sha256, QIODevice *out);
    // A content whole in memory (at most kMaxFileBytes): for a thumbnail or the dossier.
    static Result<QByteArray> read(const Workspace &workspace, const QString &sha256);
    // Writes the attachment into a folder of the temporary directory under its own file name,
    // for the system's viewer; the file's path.
    static Result<QString> extractForViewing(const Workspace &workspace,
                                             const Attachment &attachment);
    // Removes what extractForViewing wrote (at the end of the session).
    static void removeViewingCopies();

    // Stores a content read from `in` (exactly `size` bytes) unless the workspace holds it;
    // fails, writing nothing, when the bytes read do not hash to `sha256` or are not `size`.
    // Inside the caller's transaction (an import's) when there is one.
    static Result<void> storeContent(QSqlDatabase db, QIODevice &in, qint64 size,
                                     const QString &sha256, const QString &mediaType);
    static bool hasContent(QSqlDatabase db, const QString &sha256);
    // Deletes the contents no attachment holds and no trash entry mentions; how many.
    static Result<int> sweepContents(QSqlDatabase db);

    // A content of the workspace read in pieces where it lies (the .comptoir container's writer
    // reads through it). Used on the connection's thread while it is open.
    class ContentReader final
    {
    public:
        ContentReader(const QSqlDatabase &db, const QString &sha256);
        ~ContentReader();
        ContentReader(const ContentReader &) = delete;
        ContentReader &operator=(const ContentReader &) = delete;
        bool isOpen() const { return m_blob != nullptr; }
        qint64 size() const { return m_size; }
        // Reads length bytes at offset; false when they cannot be read.
        bool read(qint64 offset, char *into, int length);

    private:
        sqlite3_blob *m_blob = nullptr;
        qint64 m_size = 0;
    };

    // The bytes a project's attachments take.
    static qint64 projectBytes(QSqlDatabase db, qint64 projectId);
    // Of a project's budget lines, those a quote backs (line UUID → how many quotes).
    static QHash<QString, int> quotedLines(const Workspace &workspace, qint64 projectId);
    // The first twelve hex digits of a SHA-256, by four: « 3f2a 9c1b e077 ».
    static QString fingerprint(const QString &sha256);
    // A file name that is safe in a folder on every system (no path, no reserved character).
    static QString safeFileName(const QString &name, const QString &mediaType);
    // « 2,4 Mo », « 830 ko ».
    static QString sizeText(qint64 bytes);

private:
    struct Stored
    {
        QString sha256;
        qint64 size = 0;
        QString mediaType;
    };
    static Result<Stored> store(QSqlDatabase db, const QString &path, qint64 projectBytesBefore);
};
