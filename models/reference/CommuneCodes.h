#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "util/Result.h"

// The communes a workspace names, matched against the list of communes of the department.
class CommuneCodes final
{
    Q_DECLARE_TR_FUNCTIONS(CommuneCodes)

public:
    // Schema 6's data step, inside the migration's transaction: rows that name a commune of the
    // department (by its current or former name) get its INSEE code, and commune answers become
    // {"code", "name"} objects. The names stay as written; those the list does not know stay
    // plain and are listed by unrecognised(). Timestamps are not touched: nothing was edited.
    static bool fillIn(QSqlDatabase db, QString *error);
    // The first half of it, for rows written without a code (an import of a file that carries
    // none, the demo): projects, holders and comptoirs that name a commune of the department.
    static bool fillInRows(QSqlDatabase db, QString *error);

    // A commune named somewhere that is not one of the department's: for the facilitator to fix.
    struct Unrecognised
    {
        enum class Kind
        {
            Project,
            Venue
        };
        Kind kind = Kind::Project;
        qint64 id = 0;    // the project's or the comptoir's
        QString title;    // the project's title or the comptoir's name
        QString fieldKey; // the commune field ("public.communes"); empty for a comptoir
        QString name;     // as written
    };
    // (A workspace's, through ProjectRecord::unrecognisedCommunes: reference data is a leaf of
    // the models, below storage, and knows no workspace.)
    static Result<QList<Unrecognised>> unrecognised(QSqlDatabase db);

    // The qualified keys ("public.communes") of the commune fields of every methodology the
    // workspace holds.
    static QStringList communeFieldKeys(QSqlDatabase db);
};
