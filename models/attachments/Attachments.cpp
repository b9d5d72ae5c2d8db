#include "Attachments.h"

#include "AttachmentContent.h"
#include "storage/SqliteStatement.h"
#include "storage/Timestamp.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "util/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

#include <memory>

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Bound as text, never as NULL (an empty QString binds NULL).
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QString failedQuery(const QSqlQuery &query)
{
    return Attachments::tr("The attachments could not be written: %1")
        .arg(query.lastError().text());
}

struct BlobCloser
{
    void operator()(sqlite3_blob *blob) const { sqlite3_blob_close(blob); }
};
using BlobPtr = std::unique_ptr<sqlite3_blob, BlobCloser>;

// The content's blob, open for reading or writing; null when it is not there.
BlobPtr openBlob(const QSqlDatabase &db, const QString &sha256, bool write, qint64 *size)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    if (!handle)
        return nullptr;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, size FROM attachment_blobs WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec() || !query.next())
        return nullptr;
    const qint64 rowid = query.value(0).toLongLong();
    if (size)
        *size = query.value(1).toLongLong();
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(handle, "main", "attachment_blobs", "data", rowid, write ? 1 : 0,
                          &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return nullptr;
    }
    return BlobPtr(blob);
}

// The SHA-256 and size of a file, read in pieces.
Result<std::pair<QString, qint64>> hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{Attachments::tr("it cannot be read (%1)").arg(file.errorString())};
    Sha256 sha;
    QByteArray buffer(int(Attachments::kChunkBytes), Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return Failure{Attachments::tr("it cannot be read (%1)").arg(file.errorString())};
        if (got == 0)
            break;
        sha.addData(QByteArrayView(buffer.constData(), got));
    }
    return std::make_pair(QString::fromLatin1(sha.result().toHex()), file.size());
}

bool stampProject(QSqlDatabase db, qint64 projectId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE projects SET updated_at = ? WHERE id = ?"));
    query.addBindValue(Timestamp::now());
    query.addBindValue(projectId);
    if (!query.exec()) {
        *error = failedQuery(query);
        return false;
    }
    return true;
}

Attachments::Attachment fromQuery(const QSqlQuery &q)
{
    Attachments::Attachment a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.projectId = q.value(2).toLongLong();
    a.sha256 = q.value(3).toString();
    a.kind = q.value(4).toString();
    a.caption = q.value(5).toString();
    a.fileName = q.value(6).toString();
    a.size = q.value(7).toLongLong();
    a.mediaType = q.value(8).toString();
    a.budgetLineUuid = q.value(9).toString();
    a.confidential = q.value(10).toBool();
    a.position = q.value(11).toInt();
    return a;
}

const QString kColumns = QStringLiteral(
    "id, uuid, project_id, sha256, kind, caption, file_name, size, media_type, "
    "budget_line_uuid, confidential, position");

} // namespace

// Checks a file (a file, its size, its content, the project's total with it) and stores its
// content unless the workspace holds it; what it is, or why it is refused.
Result<Attachments::Stored> Attachments::store(QSqlDatabase db, const QString &path,
                                               qint64 projectBytesBefore)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Failure{tr("it is not a file")};
    if (info.size() > kMaxFileBytes)
        return Failure{tr("%1, over the limit of %2 per piece")
                           .arg(sizeText(info.size()), sizeText(kMaxFileBytes))};
    const Result<QString> type = AttachmentContent::sniffFile(path);
    if (!type)
        return Failure{type.error()};
    const auto hashed = hashFile(path);
    if (!hashed)
        return Failure{hashed.error()};
    const auto [sha256, size] = *hashed;
    if (projectBytesBefore + size > kMaxProjectBytes)
        return Failure{tr("the project's pieces would take %1, over the limit of %2")
                           .arg(sizeText(projectBytesBefore + size), sizeText(kMaxProjectBytes))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("it cannot be read (%1)").arg(file.errorString())};
    const Result<void> stored = storeContent(db, file, size, sha256, *type);
    if (!stored)
        return Failure{stored.error()};
    return Stored{sha256, size, *type};
}

Attachments::ContentReader::ContentReader(const QSqlDatabase &db, const QString &sha256)
{
    m_blob = openBlob(db, sha256, false, &m_size).release();
}

Attachments::ContentReader::~ContentReader()
{
    sqlite3_blob_close(m_blob);
}

bool Attachments::ContentReader::read(qint64 offset, char *into, int length)
{
    return m_blob && offset >= 0 && offset + length <= m_size &&
           sqlite3_blob_read(m_blob, into, length, int(offset)) == SQLITE_OK;
}

QStringList Attachments::kinds()
{
    return {QStringLiteral("quote"),          QStringLiteral("statutes"),
            QStringLiteral("photo"),          QStringLiteral("support_letter"),
            QStringLiteral("plan"),           QStringLiteral("other")};
}

QString Attachments::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("quote"))
        return tr("Quote");
    if (kind == QLatin1String("statutes"))
        return tr("Statutes");
    if (kind == QLatin1String("photo"))
        return tr("Photo");
    if (kind == QLatin1String("support_letter"))
        return tr("Letter of support");
    if (kind == QLatin1String("plan"))
        return tr("Plan");
    return tr("Other");
}

QString Attachments::guessKind(const QString &mediaType, const QString &fileName)
{
    const QString name = fileName.toLower();
    if (name.contains(QLatin1String("devis")))
        return QStringLiteral("quote");
    if (name.contains(QLatin1String("statut")))
        return QStringLiteral("statutes");
    if (name.contains(QLatin1String("soutien")))
        return QStringLiteral("support_letter");
    if (name.contains(QLatin1String("plan")))
        return QStringLiteral("plan");
    if (AttachmentContent::isImage(mediaType))
        return QStringLiteral("photo");
    return QStringLiteral("other");
}

Result<QList<Attachments::Attachment>> Attachments::list(const Workspace &workspace,
                                                         qint64 projectId)
{
    Workspace::Statement statement =
        workspace.statement(QStringLiteral("SELECT %1 FROM attachments WHERE project_id = ? "
                                           "ORDER BY position, id")
                                .arg(kColumns));
    QSqlQuery &query = statement.query();
    query.addBindValue(projectId);
    if (!query.exec())
        return Failure{tr("The attachments cannot be read: %1").arg(query.lastError().text())};
    QList<Attachment> all;
    while (query.next())
        all << fromQuery(query);
    return all;
}

Result<Attachments::Attachment> Attachments::get(const Workspace &workspace, qint64 id)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return Failure{tr("The attachments cannot be read: %1").arg(query.lastError().text())};
    if (!query.next())
        return Failure{tr("This attachment no longer exists.")};
    return fromQuery(query);
}

qint64 Attachments::projectBytes(QSqlDatabase db, qint64 projectId)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT coalesce(sum(size), 0) FROM attachments WHERE project_id = ?"));
    query.addBindValue(projectId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool Attachments::hasContent(QSqlDatabase db, const QString &sha256)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM attachment_blobs WHERE sha256 = ?"));
    query.addBindValue(sha256);
    return query.exec() && query.next();
}

Result<void> Attachments::storeContent(QSqlDatabase db, QIODevice &in, qint64 size,
                                       const QString &sha256, const QString &mediaType)
{
    if (hasContent(db, sha256))
        return {};
    if (size < 0 || size > kMaxFileBytes)
        return Failure{tr("A piece of %1 is over the limit of %2.")
                           .arg(sizeText(size), sizeText(kMaxFileBytes))};
    Transaction transaction(db);
    SqliteStatement insert(db, QStringLiteral("INSERT INTO attachment_blobs (sha256, size, "
                                              "media_type, data) VALUES (?, ?, ?, zeroblob(?))"));
    insert.bindText(0, sha256);
    insert.bindInteger(1, size);
    insert.bindText(2, mediaType);
    insert.bindInteger(3, size);
    if (!transaction.isActive() || !insert.exec())
        return Failure{tr("The attachments could not be written: %1").arg(insert.error())};
    sqlite3 *handle = SqliteStatement::handle(db);
    sqlite3_blob *raw = nullptr;
    if (sqlite3_blob_open(handle, "main", "attachment_blobs", "data", insert.lastInsertId(), 1,
                          &raw) != SQLITE_OK) {
        sqlite3_blob_close(raw);
        return Failure{tr("The attachments could not be written: %1")
                           .arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
    }
    BlobPtr blob(raw);
    Sha256 sha;
    QByteArray buffer(int(qMin<qint64>(kChunkBytes, qMax<qint64>(size, 1))), Qt::Uninitialized);
    qint64 offset = 0;
    while (offset < size) {
        const qint64 wanted = qMin<qint64>(buffer.size(), size - offset);
        const qint64 got = in.read(buffer.data(), wanted);
        if (got <= 0)
            return Failure{tr("A piece is shorter than it says (%1 of %2 bytes).")
                               .arg(offset)
                               .arg(size)};
        sha.addData(QByteArrayView(buffer.constData(), got));
        if (sqlite3_blob_write(blob.get(), buffer.constData(), int(got), int(offset)) != SQLITE_OK)
            return Failure{tr("The attachments could not be written: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
        offset += got;
    }
    blob.reset();
    char extra = 0;
    if (in.read(&extra, 1) > 0)
        return Failure{tr("A piece is longer than it says (more than %1 bytes).").arg(size)};
    if (QString::fromLatin1(sha.result().toHex()) != sha256)
        return Failure{tr("A piece does not match its fingerprint (SHA-256): it was damaged.")};
    if (!transaction.commit())
        return Failure{tr("The attachments could not be written: %1").arg(db.lastError().text())};
    return {};
}

Result<Attachments::Added> Attachments::attach(Workspace &workspace, qint64 projectId,
                                               const QStringList &paths, const QString &kind,
                                               const QString &caption, bool allOrNothing)
{
    if (!kind.isEmpty() && !kinds().contains(kind))
        return Failure{tr("Unknown kind of attachment: %1. Known: %2.")
                           .arg(kind, kinds().join(QStringLiteral(", ")))};
    if (caption.size() > kMaxCaption)
        return Failure{tr("The caption is too long (%1 characters at most).").arg(kMaxCaption)};
    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return Failure{tr("The attachments could not be written: %1").arg(db.lastError().text())};
    {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM projects WHERE id = ?"));
        exists.addBindValue(projectId);
        if (!exists.exec() || !exists.next())
            return Failure{tr("This project no longer exists.")};
    }
    qint64 total = projectBytes(db, projectId);
    int position = 0;
    {
        QSqlQuery last(db);
        last.prepare(QStringLiteral(
            "SELECT coalesce(max(position), -1) + 1 FROM attachments WHERE project_id = ?"));
        last.addBindValue(projectId);
        if (last.exec() && last.next())
            position = last.value(0).toInt();
    }
    Added result;
    const QString now = Timestamp::now();
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        auto refuse = [&](const QString &why) { result.refused << tr("%1: %2").arg(name, why); };
        const Result<Stored> stored = store(db, path, total);
        if (!stored) {
            refuse(stored.error());
            continue;
        }
        const auto &[sha256, size, type] = *stored;
        Attachment a;
        a.uuid = newUuid();
        a.projectId = projectId;
        a.sha256 = sha256;
        a.kind = kind.isEmpty() ? guessKind(type, name) : kind;
        a.caption = caption;
        a.fileName = name;
        a.size = size;
        a.mediaType = type;
        a.position = position++;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO attachments (uuid, project_id, sha256, kind, caption, file_name, size, "
            "media_type, position, created_at, updated_at, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(a.uuid), QVariant(projectId), QVariant(sha256),
                                  QVariant(a.kind), text(caption), QVariant(name),
                                  QVariant(size), QVariant(a.mediaType), QVariant(a.position),
                                  QVariant(now), QVariant(now), QVariant(workspace.origin())})
            insert.addBindValue(v);
        if (!insert.exec())
            return Failure{failedQuery(insert)};
        a.id = insert.lastInsertId().toLongLong();
        total += size;
        result.attached << a;
    }
    if (allOrNothing && !result.refused.isEmpty())
        return Failure{result.refused.join(QLatin1Char('\n'))};
    if (result.attached.isEmpty())
        return result; // nothing written: the transaction rolls back, the file stays as it was
    QString error;
    if (!stampProject(db, projectId, &error))
        return Failure{error};
    workspace.notifyAttachmentsChanged(projectId);
    workspace.notifyProjectChanged(projectId);
    if (!transaction.commit())
        return Failure{tr("The attachments could not be written: %1").arg(db.lastError().text())};
    return result;
}

Result<void> Attachments::update(Workspace &workspace, const Attachment &attachment)
{
    if (!kinds().contains(attachment.kind))
        return Failure{tr("Unknown kind of attachment: %1.").arg(attachment.kind)};
    if (attachment.caption.size() > kMaxCaption)
        return Failure{tr("The caption is too long (%1 characters at most).").arg(kMaxCaption)};
    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE attachments SET kind = ?, caption = ?, budget_line_uuid = ?, confidential = ?, "
        "updated_at = ? WHERE id = ?"));
    query.addBindValue(attachment.kind);
    query.addBindValue(text(attachment.caption));
    query.addBindValue(text(attachment.kind == QLatin1String("quote") ? attachment.budgetLineUuid
                                                                       : QString()));
    query.addBindValue(attachment.confidential ? 1 : 0);
    query.addBindValue(Timestamp::now());
    query.addBindValue(attachment.id);
    if (!transaction.isActive() || !query.exec())
        return Failure{failedQuery(query)};
    if (query.numRowsAffected() != 1)
        return Failure{tr("This attachment no longer exists.")};
    QString error;
    if (!stampProject(db, attachment.projectId, &error))
        return Failure{error};
    workspace.notifyAttachmentsChanged(attachment.projectId);
    workspace.notifyProjectChanged(attachment.projectId);
    if (!transaction.commit())
        return Failure{tr("The attachments could not be written: %1").arg(db.lastError().text())};
    return {};
}

Result<Attachments::Attachment> Attachments::replace(Workspace &workspace, qint64 id,
                                                     const QString &path)
{
    Result<Attachment> current = get(workspace, id);
    if (!current)
        return current;
    const QString name = QFileInfo(path).fileName();
    QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    // The project's other pieces, and the new content in place of this one.
    const Result<Stored> stored =
        store(db, path, projectBytes(db, current->projectId) - current->size);
    if (!stored)
        return Failure{tr("%1: %2").arg(name, stored.error())};
    const auto &[sha256, size, type] = *stored;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE attachments SET sha256 = ?, file_name = ?, size = ?, "
                                 "media_type = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant &v : {QVariant(sha256), QVariant(name), QVariant(size), QVariant(type),
                              QVariant(Timestamp::now()), QVariant(id)})
        query.addBindValue(v);
    if (!transaction.isActive() || !query.exec())
        return Failure{failedQuery(query)};
    QString error;
    if (!stampProject(db, current->projectId, &error))
        return Failure{error};
    workspace.notifyAttachmentsChanged(current->projectId);
    workspace.notifyProjectChanged(current->projectId);
    if (!transaction.commit())
        return Failure{tr("The attachments could not be written: %1").arg(db.lastError().text())};
    // The content it had stays while the trash or another attachment may need it; the sweep
    // after an emptied trash takes it.
    return get(workspace, id);
}

Result<void> Attachments::copyTo(const Workspace &workspace, const QString &sha256,
                                 QIODevice *out)
{
    qint64 size = 0;
    BlobPtr blob = openBlob(workspace.database(), sha256, false, &size);
    if (!blob)
        return Failure{tr("The content of this attachment is missing from the workspace.")};
    QByteArray buffer(int(qMin<qint64>(kChunkBytes, qMax<qint64>(size, 1))), Qt::Uninitialized);
    for (qint64 offset = 0; offset < size;) {
        const int n = int(qMin<qint64>(buffer.size(), size - offset));
        if (sqlite3_blob_read(blob.get(), buffer.data(), n, int(offset)) != SQLITE_OK)
            return Failure{tr("The content of this attachment cannot be read.")};
        if (out->write(buffer.constData(), n) != n)
            return Failure{tr("The attachment could not be written: %1").arg(out->errorString())};
        offset += n;
    }
    return {};
}

Result<QByteArray> Attachments::read(const Workspace &workspace, const QString &sha256)
{
    qint64 size = 0;
    BlobPtr blob = openBlob(workspace.database(), sha256, false, &size);
    if (!blob || size > kMaxFileBytes)
        return Failure{tr("The content of this attachment is missing from the workspace.")};
    QByteArray bytes(int(size), Qt::Uninitialized);
    if (size > 0 && sqlite3_blob_read(blob.get(), bytes.data(), int(size), 0) != SQLITE_OK)
        return Failure{tr("The content of this attachment cannot be read.")};
    return bytes;
}

namespace {

// This session's copies for the system's viewer.
QString viewingFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(QStringLiteral("comptoir-%1").arg(QCoreApplication::applicationPid()));
}

} // namespace

void Attachments::removeViewingCopies()
{
    QDir(viewingFolder()).removeRecursively();
}

Result<QString> Attachments::extractForViewing(const Workspace &workspace,
                                               const Attachment &attachment)
{
    const QString folder = QDir(viewingFolder()).filePath(attachment.sha256.left(16));
    if (!QDir().mkpath(folder))
        return Failure{tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder))};
    const QString path =
        QDir(folder).filePath(safeFileName(attachment.fileName, attachment.mediaType));
    if (QFileInfo(path).size() == attachment.size)
        return path;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Failure{tr("The attachment could not be written: %1").arg(file.errorString())};
    const Result<void> copied = copyTo(workspace, attachment.sha256, &file);
    if (!copied) {
        file.remove();
        return Failure{copied.error()};
    }
    return path;
}

Result<int> Attachments::sweepContents(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "DELETE FROM attachment_blobs WHERE NOT EXISTS (SELECT 1 FROM attachments a WHERE "
            "a.sha256 = attachment_blobs.sha256) AND NOT EXISTS (SELECT 1 FROM trash t WHERE "
            "instr(t.rows, attachment_blobs.sha256) > 0)")))
        return Failure{failedQuery(query)};
    return query.numRowsAffected();
}

QHash<QString, int> Attachments::quotedLines(const Workspace &workspace, qint64 projectId)
{
    QHash<QString, int> lines;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT budget_line_uuid, count(*) FROM attachments WHERE project_id = ? AND kind = "
        "'quote' AND budget_line_uuid <> '' GROUP BY budget_line_uuid"));
    query.addBindValue(projectId);
    if (query.exec()) {
        while (query.next())
            lines.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return lines;
}

QString Attachments::fingerprint(const QString &sha256)
{
    const QString head = sha256.left(12);
    return QStringList{head.mid(0, 4), head.mid(4, 4), head.mid(8, 4)}.join(QLatin1Char(' '));
}

QString Attachments::safeFileName(const QString &name, const QString &mediaType)
{
    QString base = QFileInfo(name).fileName();
    static const QString reserved = QStringLiteral("<>:\"/\\|?*");
    for (QChar &c : base) {
        if (c.unicode() < 0x20 || reserved.contains(c))
            c = QLatin1Char('_');
    }
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    base = base.trimmed().left(120);
    const QString suffix = AttachmentContent::suffix(mediaType);
    if (base.isEmpty())
        base = QStringLiteral("piece");
    if (QFileInfo(base).suffix().compare(suffix, Qt::CaseInsensitive) != 0 &&
        !(suffix == QLatin1String("jpg") &&
          QFileInfo(base).suffix().compare(QLatin1String("jpeg"), Qt::CaseInsensitive) == 0))
        base += QLatin1Char('.') + suffix;
    return base;
}

QString Attachments::sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return tr("%n byte(s)", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(double(bytes) / 1024.0, 'f', 0));
    // « 2,4 Mo », « 25 Mo »: a tenth only where it says something.
    const double megabytes = double(bytes) / (1024.0 * 1024.0);
    const bool tenths = megabytes < 10 && qRound(megabytes * 10) % 10 != 0;
    return tr("%1 MB").arg(locale.toString(megabytes, 'f', tenths ? 1 : 0));
}
