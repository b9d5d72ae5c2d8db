#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <unordered_map>

class QSqlQuery;
class WalCheckpointer;

// A workspace is one SQLite file: the document itself. Every edit is written in a transaction as
// it is made; there is no "Save". The file is identified by PRAGMA application_id and versioned
// by PRAGMA user_version; opening refuses anything that is not a Comptoir workspace, or one made
// by a newer Comptoir, before writing a single byte.
//
// Each Workspace owns a named QSqlDatabase connection, used from the thread that opened it only.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    // "Cmpt" in ASCII: what makes a SQLite file a Comptoir workspace.
    static constexpr quint32 kApplicationId = 0x436d7074;

    static QString fileSuffix() { return QStringLiteral("comptoirdb"); }

    enum class Access
    {
        ReadWrite,
        // Browsed, searched and exported, never written: another Comptoir has it open, or it
        // is on a write-protected medium. Every write fails (and says so); nothing is migrated.
        ReadOnly,
    };
    static int latestSchemaVersion();

    // Creates a new, empty workspace at path (which must not exist). The file is built under a
    // temporary name and renamed when complete, so a crash never leaves a half-made workspace.
    static std::unique_ptr<Workspace> create(const QString &path, QString *error);
    // Opens an existing workspace, migrating an older schema inside one transaction (after a
    // backup of it). Read-only, a workspace of an older schema is refused (it would need its
    // update).
    static std::unique_ptr<Workspace> open(const QString &path, QString *error,
                                           Access access = Access::ReadWrite);
    // Whether Comptoir can write the file and beside it (its journal): false on a
    // write-protected medium or for a file without write permission.
    static bool isWritable(const QString &path);
    // Points a read-only connection at the workspace file: a plain read-only connection, or on
    // a write-protected medium an immutable one (SQLite could not share its journal there).
    static void configureReader(QSqlDatabase &db, const QString &path);
    // A read-only view of a workspace open elsewhere, for work off the UI thread: a connection
    // of its own, used from the thread that opened it only, which sees every committed edit and
    // writes nothing. Refuses a file not at this version's schema.
    static std::unique_ptr<Workspace> openReader(const QString &path, QString *error);

    ~Workspace() override;

    QSqlDatabase database() const;

    // A statement of this connection, compiled once and kept for the next reading of the same
    // SQL — a batch of dossiers reads the same dozen statements for each of its projects, the
    // window each project one opens —: lent while the Statement lives, its reading ended
    // (reset, so that it holds no snapshot of the file) when it goes, its values bound anew
    // by the next borrower. A statement already lent — the same reading inside itself — comes
    // as a fresh one, not kept; so does any past the first 64 kept.
    class Statement
    {
        Q_DISABLE_COPY_MOVE(Statement)
    public:
        ~Statement();
        QSqlQuery &query() const { return *m_query; }

    private:
        friend class Workspace;
        Statement(QSqlQuery *kept, bool *lent);
        explicit Statement(std::unique_ptr<QSqlQuery> own);
        std::unique_ptr<QSqlQuery> m_own;
        QSqlQuery *m_query = nullptr;
        bool *m_lent = nullptr;
    };
    Statement statement(const QString &sql) const;

    QString filePath() const { return m_filePath; }
    QString displayName() const;
    // UUID of this workspace, recorded as the origin of every row it creates.
    QString origin() const { return m_origin; }
    int schemaVersion() const { return m_schemaVersion; }
    // A value of workspace_info ("created_at", "created_by", "name"…); empty when absent.
    QString info(const QString &key) const;
    bool isReadOnly() const { return m_readOnly; }
    // The schema version the file had before this opening brought it up to date; 0 when it
    // was already current.
    int migratedFrom() const { return m_migratedFrom; }
    // The write-ahead log is copied back into the file on another thread, started by the commit
    // that takes it past 1,000 pages (see WalCheckpointer). Waits for a running copy to end.
    void waitForCheckpoint();
    int checkpointsStarted() const;

    // What the models call after a write to announce it: the signal below is emitted at once
    // outside a transaction, else after the outermost transaction commits (Transaction::
    // afterCommit), once per kind and project however many writes made it; never if it rolls
    // back. Only the models announce; the views listen.
    void notifyProjectsChanged() const;
    void notifyProjectChanged(qint64 projectId) const;
    void notifyBudgetChanged(qint64 projectId) const;
    void notifyAnswerChanged(qint64 projectId, const QString &key) const;
    void notifyProjectRemoved(qint64 projectId) const;
    void notifyAttachmentsChanged(qint64 projectId) const;
    void notifyOrganisationsChanged() const;
    void notifyFollowUpChanged(qint64 projectId) const;

signals:
    // Emitted after a committed change to projects (added, edited, removed).
    void projectsChanged();
    // Emitted after a committed change to one project's own row (its stage, title, amount…).
    void projectChanged(qint64 projectId);
    // Emitted after a project's budget lines were written.
    void budgetChanged(qint64 projectId);
    // Emitted after an answer of a project was written (an edit, an undo or a redo).
    void answerChanged(qint64 projectId, const QString &key);
    // Emitted after a project left the workspace (to the trash, merged away): what was kept
    // for it (an undo history) can go. projectsChanged() follows.
    void projectRemoved(qint64 projectId);
    // Emitted after a project's attachments were added, edited, replaced or removed.
    void attachmentsChanged(qint64 projectId);
    // Emitted after an organisation was added, edited, merged or removed.
    void organisationsChanged();
    // Emitted after a project's follow-up (contacts, next steps) or pitch runs were written.
    void followUpChanged(qint64 projectId);
    // A write could not be made; the message is for the user. Nothing was changed.
    void writeFailed(const QString &message);

private:
    explicit Workspace(QString filePath, QString connectionName);
    bool initialise(QString *error);

    QString m_filePath;
    QString m_connectionName;
    QString m_origin;
    int m_schemaVersion = 0;
    int m_migratedFrom = 0;
    bool m_readOnly = false;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    struct KeptStatement;
    mutable std::unordered_map<QString, std::unique_ptr<KeptStatement>> m_statements;
};
