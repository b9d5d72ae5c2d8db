#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;

// The platform file: one row per project, as a participatory platform's proposal import takes
// it (CSV, UTF-8 with BOM, or the same rows as a JSON array of objects with identical keys).
// Which columns, under which headers, filled from which value, is a profile (JSON) loaded at run
// time: Decidim's is built in (resources/exchange/platform/decidim.json) and another platform's
// can be given as a file, without recompiling. Profiles are documented in
// resources/exchange/README.md.
//
// No contact details ever; a holder's name only when they agreed to its publication.
class PlatformExport final
{
    Q_DECLARE_TR_FUNCTIONS(PlatformExport)

public:
    struct Column
    {
        QString header;
        QString value; // a value name: uuid, title, bodyHtml… or answer:<section.field>
    };
    struct BodyPart
    {
        QString title; // may be empty
        QString value;
    };
    struct Profile
    {
        QString name;
        QString description;
        QChar separator = QLatin1Char(';');
        bool bom = true;
        QList<Column> columns;
        QList<BodyPart> body;
    };

    enum class Format
    {
        Csv,
        Json,
    };

    static constexpr qint64 kMaxProfileSize = 256 * 1024;

    // The value names a profile may use (besides answer:<key>).
    static QStringList valueNames();
    static Profile decidim();
    // Reads a profile; on error returns nothing with a French message saying what is wrong.
    static std::optional<Profile> parseProfile(const QByteArray &json, QString *error);
    static std::optional<Profile> loadProfile(const QString &path, QString *error);

    // The rows (header first) for these projects.
    static std::optional<QList<QStringList>> rows(const Workspace &workspace,
                                                  const QList<qint64> &projectIds,
                                                  const Profile &profile, QString *error);
    static QByteArray csv(const QList<QStringList> &rows, const Profile &profile);
    static QByteArray json(const QList<QStringList> &rows);
    // Writes through a temporary file: a failure leaves nothing behind. The platform's importer
    // does not take files: the projects' attachments go beside it (writeAttachments), how many
    // said in `pieces`.
    static bool writeFile(const Workspace &workspace, const QList<qint64> &projectIds,
                          const Profile &profile, Format format, const QString &path,
                          QString *error, int *pieces = nullptr);

    // The folder beside a platform file that holds its attachments: "<file> - pièces jointes".
    static QString attachmentsFolder(const QString &path);
    // Writes the attachments of these projects, never the confidential ones, in one folder per
    // project ("<title> (<8 first digits of its UUID>)"), each named for upload
    // ("01 - Devis - <caption or file name>.pdf"); the folder is replaced as a whole, written
    // beside under a temporary name first. No folder when no piece is to go. How many files.
    static Result<int> writeAttachments(const Workspace &workspace,
                                        const QList<qint64> &projectIds, const QString &path);
};
