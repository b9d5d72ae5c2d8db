#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// The fichier de dépôt (.comptoir): the projects a facilitator hands over, with everything they
// refer to, as one UTF-8 JSON document. The layout is documented field by field in
// resources/exchange/README.md and described by resources/exchange/bundle-v1.schema.json.
//
// The output is canonical, so that the same workspace always gives the same bytes: object keys
// sorted, every list sorted by UUID (answers by key, budget lines by position), compact
// separators. "sha256" is the SHA-256 of the compact "content" object.
//
// Every project carries its "history": the versions (content hashes) this workspace has
// exchanged, and the one written, so that the importer can tell which side is newer.
//
// Personal data travels only as far as consent allows: a holder's e-mail, phone and address
// only when they agreed to be contacted; an erased holder as their UUID alone.
class BundleWriter final
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    static constexpr int kFormatVersion = 1;
    static QString formatName() { return QStringLiteral("comptoir-bundle"); }
    static QString fileSuffix() { return QStringLiteral("comptoir"); }

    // The projects at a stage ("ready"…), for --stage and "export what is ready to deposit".
    static QList<qint64> projectsAtStage(const Workspace &workspace, const QString &stage);
    // Project ids from their UUIDs; unknown ones are listed in missing.
    static QList<qint64> projectsByUuid(const Workspace &workspace, const QStringList &uuids,
                                        QStringList *missing);

    // The "content" object for these projects and what they refer to.
    static std::optional<QJsonObject> content(const Workspace &workspace,
                                              const QList<qint64> &projectIds, QString *error);
    static QByteArray sha256(const QJsonObject &content);
    // The whole document; exportedAt defaults to now.
    static std::optional<QByteArray> write(const Workspace &workspace,
                                           const QList<qint64> &projectIds, QString *error,
                                           const QDateTime &exportedAt = QDateTime());
    // The whole document around a content object.
    static QByteArray document(const Workspace &workspace, const QJsonObject &content,
                               const QDateTime &exportedAt);
    // Writes the file through a temporary file: a failure leaves nothing behind. The versions
    // of the projects written are remembered in the workspace (project_versions). The file is
    // an envelope (security/Envelope) signed with the workspace's key, and sealed for sealFor
    // (the Department's public key) unless it is empty.
    static bool writeFile(Workspace &workspace, const QList<qint64> &projectIds,
                          const QString &path, QString *error, const QByteArray &sealFor = {});

    // One list of the format for these ids: the records' own ids, except for "categories" (the
    // editions' ids), "consents" (the holders') and "projectHolders", "answers" and
    // "budgetLines" (the projects'). The importer reads the workspace's side through this too.
    static std::optional<QJsonArray> records(const Workspace &workspace, const QString &list,
                                             const QList<qint64> &ids, QString *error);
    // The versions of these projects this workspace has exchanged, by project UUID.
    static QHash<QString, QStringList> versions(const Workspace &workspace,
                                                const QStringList &projectUuids, QString *error);
    // Remembers the "history" of every project of a content object as exchanged versions.
    static bool recordVersions(Workspace &workspace, const QJsonObject &content, QString *error);

private:
    static void addHistory(const Workspace &workspace, QJsonObject *content, QString *error);
};
