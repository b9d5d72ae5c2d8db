#pragma once

#include "Organisations.h"
#include "exchange/CsvReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;

// Importing a list of partners and financers (a CSV a spreadsheet exported) into the directory,
// with the registration import's reader (CsvReader: semicolons or commas, Windows-1252 or
// UTF-8, quoted line breaks) and the same way of mapping columns by their titles.
//
//   1. read(): decoded, split, columns mapped by their titles (the user may change them).
//   2. prepare(): each row becomes an organisation, checked (a name, the SIRET's check digit,
//      an e-mail…); a row whose SIRET, RNA number or name is already in the workspace updates
//      that organisation's place in the directory rather than adding a second one.
//   3. apply(): the good rows in one transaction, or nothing.
class DirectoryImport final
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryImport)

public:
    enum class Field
    {
        Ignore,
        Name,
        Kind,
        LegalForm,
        Siret,
        Rna,
        Themes,
        Territory, // communes, or « tout le département »
        Commune,
        Address,
        ContactName,
        ContactEmail,
        ContactPhone,
        ContactConsent,
        Notes,
    };
    static QList<Field> fields();
    static QString label(Field field);
    static Field guess(const QString &header);
    static QList<Field> guessMapping(const QStringList &headers);

    struct Row
    {
        int line = 0;
        Organisations::Organisation organisation;
        qint64 existingId = 0; // the organisation it updates
        QString problem;       // not empty: not imported
        QStringList warnings;  // imported, with what was left out (an unknown commune…)
    };
    struct Preview
    {
        CsvReader::Result csv;
        QStringList headers;
        QList<Field> mapping;
        QList<Row> rows;
        int good = 0;
        int bad = 0;
        int updates = 0;
    };
    static Preview read(const QString &path);
    static Preview read(const QByteArray &bytes);
    static void prepare(const Workspace &workspace, Preview *preview);

    struct Report
    {
        int added = 0;
        int updated = 0;
        int skipped = 0;
    };
    static Result<Report> apply(Workspace &workspace, const Preview &preview);
};
