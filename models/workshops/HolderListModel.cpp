#include "HolderListModel.h"

#include "Holders.h"
#include "storage/Workspace.h"
#include "text/TextFolding.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSqlQuery>

HolderListModel::HolderListModel(QObject *parent)
    : RecordTableModel(parent)
{}

QList<HolderListRow> HolderListModel::readRows(const Workspace &workspace) const
{
    QList<HolderListRow> rows;
    {
        QSqlQuery query(workspace.database());
        query.setForwardOnly(true);
        query.exec(QStringLiteral(
            "SELECT h.id, h.kind, h.first_name, h.last_name, h.commune, coalesce(o.name, ''),"
            "       h.email, h.phone, h.erased_at IS NOT NULL,"
            "       (SELECT count(*) FROM project_holders ph WHERE ph.holder_id = h.id),"
            "       coalesce((SELECT granted FROM consents c WHERE c.holder_id = h.id"
            "                   AND c.kind = 'contact'), 0),"
            "       coalesce((SELECT granted FROM consents c WHERE c.holder_id = h.id"
            "                   AND c.kind = 'publish_name'), 0),"
            "       coalesce((SELECT granted FROM consents c WHERE c.holder_id = h.id"
            "                   AND c.kind = 'photos'), 0)"
            "  FROM holders h LEFT JOIN organisations o ON o.id = h.organisation_id"
            " ORDER BY h.erased_at IS NOT NULL, h.last_name COLLATE NOCASE,"
            "          h.first_name COLLATE NOCASE"));
        while (query.next()) {
            HolderListRow row;
            row.id = query.value(0).toLongLong();
            row.erased = query.value(8).toBool();
            if (row.erased)
                row.name = Holders::erasedName();
            else if (query.value(1).toString() == QLatin1String("collective"))
                row.name = query.value(3).toString();
            else
                row.name =
                    (query.value(3).toString() + QLatin1Char(' ') + query.value(2).toString())
                        .trimmed();
            row.commune = query.value(4).toString();
            row.organisation = query.value(5).toString();
            row.email = query.value(6).toString();
            row.phone = query.value(7).toString();
            row.projects = query.value(9).toInt();
            row.contact = query.value(10).toBool();
            row.publishName = query.value(11).toBool();
            row.photos = query.value(12).toBool();
            row.search =
                TextFolding::fold(row.name + QLatin1Char(' ') + row.commune + QLatin1Char(' ') +
                                  row.organisation + QLatin1Char(' ') + row.email);
            rows << row;
        }
    }
    return rows;
}

QVariant HolderListModel::data(const QModelIndex &index, int role) const
{
    const HolderListRow *found = rowAt(index);
    if (!found)
        return {};
    const HolderListRow &row = *found;
    switch (role) {
    case IdRole:
        return row.id;
    case SearchRole:
        return row.search;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case CommuneColumn:
            return row.commune;
        case OrganisationColumn:
            return row.organisation;
        case EmailColumn:
            return row.email;
        case PhoneColumn:
            return row.phone;
        case ProjectsColumn:
            return row.projects;
        case ConsentColumn: {
            if (row.erased)
                return tr("Erased");
            QStringList agreed;
            if (row.contact)
                agreed << tr("contact");
            if (row.publishName)
                agreed << tr("name");
            if (row.photos)
                agreed << tr("photos");
            return agreed.isEmpty() ? tr("none") : agreed.join(QStringLiteral(", "));
        }
        }
        break;
    case Qt::ForegroundRole:
        if (row.erased)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        break;
    case Qt::FontRole:
        if (row.erased) {
            QFont font;
            font.setItalic(true);
            return font;
        }
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

QVariant HolderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Holder");
    case CommuneColumn:
        return tr("Commune");
    case OrganisationColumn:
        return tr("Structure");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case ProjectsColumn:
        return tr("Projects");
    case ConsentColumn:
        return tr("Agreed to");
    }
    return {};
}
