#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "security/Envelope.h"

#include <memory>
#include <optional>

class QTemporaryFile;

// Reads a .comptoir file and checks all of it before anything touches a workspace: JSON, format
// and version, checksum, every list and field the format documents (resources/exchange/README.md)
// with its type, allowed values and size, UUIDs and timestamps, and references that resolve
// within the file. The first problems are reported in French with where they are
// ("projects[3].stage"); a refused file yields no content at all.
class BundleReader final
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)

public:
    static constexpr qint64 kMaxFileSize = 256LL * 1024 * 1024;
    static constexpr int kMaxRecords = 2'000'000; // per list
    static constexpr int kMaxText = 100'000;      // characters per text field
    static constexpr int kMaxProblems = 10;
    static constexpr int kMaxHistory = 10'000; // versions in a project's history

    struct Result
    {
        bool ok = false;
        QStringList problems; // the first kMaxProblems, in French
        QJsonObject document; // the whole document when ok
        QString containerPath; // the file, when it is a container (its contents read from it)
        // A sealed or signed file (an envelope): who signed it, whether it was sealed, why it
        // could not be opened, and its content opened in a temporary file (removed with the
        // last copy of this result, or of the plan made from it).
        std::optional<SignerIdentity> signer;
        bool sealed = false;
        Envelope::Problem envelopeProblem = Envelope::Problem::None;
        std::shared_ptr<QTemporaryFile> openedFile;
        // Parsed in two halves on two cores (a large file laid out as Comptoir writes it).
        bool parsedOnBothCores = false;
        QJsonObject content() const { return document.value(QStringLiteral("content")).toObject(); }
    };

    static Result read(const QByteArray &bytes);
    // A plain JSON file, or a container (BundleContainer) whose document is read and whose
    // members are checked against it; either inside an envelope (Envelope), opened first with
    // key when it is sealed, its signature verified, and the document's producer checked to be
    // its signer.
    static Result readFile(const QString &path, const DepartmentKey::Unlocked *key = nullptr);
};
