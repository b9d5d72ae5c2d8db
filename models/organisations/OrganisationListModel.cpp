#include "OrganisationListModel.h"

#include "Identifiers.h"
#include "Organisations.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include <QSqlQuery>

OrganisationListModel::OrganisationListModel(QObject *parent)
    : RecordTableModel(parent)
{}

QList<OrganisationListRow> OrganisationListModel::readRows(const Workspace &workspace) const
{
    QList<OrganisationListRow> rows;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    // The projects counted in one pass over the index on projects(organisation_id).
    query.exec(QStringLiteral(
        "SELECT o.id, o.name, o.legal_form, o.siret, o.rna, o.commune, o.ess_status,"
        "       o.ess_declared, o.directory_kind, coalesce(c.n, 0)"
        "  FROM organisations o"
        "  LEFT JOIN (SELECT organisation_id, count(*) AS n FROM projects"
        "              WHERE organisation_id IS NOT NULL GROUP BY organisation_id) c"
        "    ON c.organisation_id = o.id"
        " ORDER BY o.name COLLATE NOCASE, o.id"));
    // Labels looked up once per code, not once per row (tens of thousands of rows).
    QHash<QString, QString> forms, statuses, kinds;
    const auto cached = [](QHash<QString, QString> &cache, const QString &code, auto label) {
        auto it = cache.constFind(code);
        if (it == cache.constEnd())
            it = cache.insert(code, label(code));
        return *it;
    };
    while (query.next()) {
        OrganisationListRow row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.legalForm = cached(forms, query.value(2).toString(), &Organisations::legalFormLabel);
        const QString siret = query.value(3).toString();
        const QString rna = query.value(4).toString();
        row.number = !siret.isEmpty() ? tr("SIRET %1").arg(Identifiers::formatSiret(siret))
                     : !rna.isEmpty() ? tr("RNA %1").arg(rna)
                                      : QString();
        row.commune = query.value(5).toString();
        const QString status = query.value(6).toString();
        row.ess = !status.isEmpty()      ? cached(statuses, status,
                                                  [](const QString &code) {
                                                      return Organisations::label(
                                                          Organisations::essStatusFromCode(code));
                                                  })
                  : query.value(7).toBool() ? tr("Declared")
                                            : QString();
        const QString kind = query.value(8).toString();
        row.inDirectory = !kind.isEmpty();
        row.directory = row.inDirectory ? cached(kinds, kind,
                                                 [](const QString &code) {
                                                     return Organisations::label(
                                                         Organisations::directoryKindFromCode(code));
                                                 })
                                        : QString();
        row.projects = query.value(9).toInt();
        row.search = TextFolding::fold(row.name + QLatin1Char(' ') + row.legalForm +
                                       QLatin1Char(' ') + siret + QLatin1Char(' ') + rna +
                                       QLatin1Char(' ') + row.commune + QLatin1Char(' ') +
                                       row.directory);
        rows << row;
    }
    return rows;
}

QVariant OrganisationListModel::data(const QModelIndex &index, int role) const
{
    const OrganisationListRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case IdRole:
        return row->id;
    case SearchRole:
        return row->search;
    case InDirectoryRole:
        return row->inDirectory;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row->name;
        case LegalFormColumn:
            return row->legalForm;
        case NumberColumn:
            return row->number;
        case CommuneColumn:
            return row->commune;
        case EssColumn:
            return row->ess;
        case DirectoryColumn:
            return row->directory;
        case ProjectsColumn:
            return row->projects;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == LegalFormColumn)
            return index.data().toString();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ProjectsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LegalFormColumn:
        return tr("Legal form");
    case NumberColumn:
        return tr("SIRET or RNA");
    case CommuneColumn:
        return tr("Commune");
    case EssColumn:
        return tr("ESS");
    case DirectoryColumn:
        return tr("Directory");
    case ProjectsColumn:
        return tr("Projects");
    }
    return {};
}
