#pragma once

#include "CsvReader.h"
#include "workshops/Holders.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// Importing a registration list (a CSV exported by a spreadsheet or by the web platform) into
// holders, their registration for a workshop and the projects they bring.
//
//   1. read(): the file is decoded and split (CsvReader); columns are mapped by their header.
//   2. prepare(): every row is checked; bad rows get their line and reason; rows that look
//      like a holder already known (same e-mail, or same name and commune), or like an earlier
//      row of the file, are marked as duplicates and offered for merging.
//   3. apply(): the good rows are written in one transaction, or nothing is.
class RegistrationImport final
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationImport)

public:
    enum class Field
    {
        Ignore,
        FirstName,
        LastName,
        FullName,
        Email,
        Phone,
        Commune,
        Organisation,
        Address,
        ProjectTitle,
        ConsentContact,
        ConsentPublishName,
        ConsentPhotos,
    };
    static QList<Field> fields();
    static QString label(Field field);
    // The field a column header most likely means ("Prénom", "E-mail", "Courriel", "Ville"…).
    static Field guess(const QString &header);
    static QList<Field> guessMapping(const QStringList &headers);

    struct Row
    {
        int line = 0;
        Holders::Holder holder;
        QString projectTitle;
        QString problem;          // not empty: the row is bad and will not be imported
        QList<qint64> duplicates; // holders of the workspace it matches
        int sameAsRow = -1;       // an earlier row of the file it matches
        bool isDuplicate() const { return !duplicates.isEmpty() || sameAsRow >= 0; }
    };

    struct Preview
    {
        CsvReader::Result csv;
        QStringList headers;
        QList<Field> mapping;
        QList<Row> rows;
        int good = 0;
        int bad = 0;
        int duplicates = 0;
    };

    // Reads a file; on refusal preview.csv.ok is false and csv.error says why.
    static Preview read(const QString &path);
    static Preview read(const QByteArray &bytes);
    // (Re)computes the rows from the mapping chosen by the user.
    static void prepare(const Workspace &workspace, Preview *preview);

    enum class Resolution
    {
        Merge,     // the row completes the holder it matches (the default)
        CreateNew, // a different person with the same name
        Skip,
    };
    struct Options
    {
        qint64 workshopId = 0;              // 0: holders only, no registration
        QHash<int, Resolution> resolutions; // by row index; duplicates default to Merge
        QString source;                     // the file's name, for the consent's "how"
    };
    struct Report
    {
        int created = 0;
        int merged = 0;
        int skipped = 0;
        int bad = 0;
        int registered = 0;
        int alreadyRegistered = 0;
        int projectsCreated = 0;
    };
    static std::optional<Report> apply(Workspace &workspace, const Preview &preview,
                                       const Options &options, QString *error);
    static QString summary(const Report &report);
};
