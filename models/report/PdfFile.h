#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

class QPdfWriter;
class QSaveFile;

// A PDF document written for keeping: A4, PDF/A-1b as far as Qt writes it (embedded fonts,
// an output intent, XMP metadata), its title and author in the document information and the
// XMP alike, written through a temporary file that replaces the target only when complete.
//
// Qt 6.4's QPdfWriter has no author: it is added as an incremental update (a new document
// information dictionary appended after the file Qt wrote, which PDF readers and PDF/A allow).
class PdfFile final
{
    Q_DECLARE_TR_FUNCTIONS(PdfFile)

public:
    PdfFile(const QString &path, const QString &title, const QString &author);
    ~PdfFile();
    PdfFile(const PdfFile &) = delete;
    PdfFile &operator=(const PdfFile &) = delete;

    // Opens the temporary file; false with error set (in French) when it cannot be written.
    bool open(QString *error);
    // The device to paint on, valid between open() and commit() or cancel().
    QPdfWriter *writer() const;
    // Finishes the document and puts it in place; false with error set, nothing left behind.
    bool commit(QString *error);
    // Finishes the document without putting it in place: its temporary file, every byte
    // written, for the caller to commit (synced to the disk, then renamed: commitWritten) or to
    // drop (destroyed, it leaves nothing). No longer tied to this thread: a batch hands it to
    // the thread that reports the files in order. Null with error set when the document could
    // not be finished (nothing left behind).
    std::unique_ptr<QSaveFile> finish(QString *error);
    // Drops everything written: no file is left.
    void cancel();

    // The document information dictionary appended to a PDF as an incremental update; exposed
    // for tests. Empty when pdf does not end as a PDF written by Qt does.
    static QByteArray informationUpdate(const QByteArray &tail, qint64 size, const QString &title,
                                        const QString &author, const QString &creator,
                                        const QString &producer, const QDateTime &created);

private:
    class Tail;
    QString m_path;
    QString m_title;
    QString m_author;
    QDateTime m_created;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<Tail> m_tail;
    std::unique_ptr<QPdfWriter> m_writer;
};
