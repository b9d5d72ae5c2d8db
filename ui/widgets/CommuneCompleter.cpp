#include "CommuneCompleter.h"

#include "reference/CommuneListModel.h"
#include "text/TextFolding.h"

#include <QAbstractItemView>
#include <QCoreApplication>

namespace {

CommuneListModel *sharedModel()
{
    // Owned by the application: built once, on the first commune field shown.
    static CommuneListModel *model = new CommuneListModel(QCoreApplication::instance());
    return model;
}

} // namespace

CommuneCompleter::CommuneCompleter(QObject *parent)
    : QCompleter(parent)
{
    setModel(sharedModel());
    setCompletionRole(CommuneListModel::KeyRole);
    setCaseSensitivity(Qt::CaseSensitive); // the keys and the typed text are folded alike
    setFilterMode(Qt::MatchContains);
    setModelSorting(QCompleter::UnsortedModel);
    setMaxVisibleItems(12);
}

QStringList CommuneCompleter::splitPath(const QString &path) const
{
    // " saint pol" matches the start of a word of " saint pol sur ternoise 62130".
    return {QLatin1Char(' ') + TextFolding::fold(path).simplified()};
}

QString CommuneCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(CommuneListModel::NameRole).toString();
}
