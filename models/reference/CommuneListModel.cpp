#include "CommuneListModel.h"

#include "Communes.h"
#include "text/TextFolding.h"

CommuneListModel::CommuneListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    const auto key = [](const QString &name, const Commune &commune) {
        return QLatin1Char(' ') + TextFolding::fold(name).simplified() + QLatin1Char(' ') +
               commune.postalCodes.join(QLatin1Char(' '));
    };
    for (const Commune &commune : Communes::all())
        m_rows.append({Communes::label(commune), key(commune.name, commune), commune.name,
                       commune.code, QString()});
    for (const auto &[former, commune] : Communes::formerNames())
        m_rows.append({tr("%1 → %2").arg(former, Communes::label(*commune)), key(former, *commune),
                       commune->name, commune->code, former});
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Row &a, const Row &b) { return a.key < b.key; });
}

int CommuneListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommuneListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.display;
    case KeyRole:
        return row.key;
    case NameRole:
        return row.name;
    case CodeRole:
        return row.code;
    case FormerNameRole:
        return row.former;
    default:
        return {};
    }
}
