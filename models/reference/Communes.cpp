#include "Communes.h"

#include "text/TextFolding.h"

#include <QFile>
#include <QHash>

namespace {

struct Data
{
    QStringList names;
    QHash<QString, QString> byFolded;
};

const Data &data()
{
    static const Data d = [] {
        Data result;
        QFile file(QStringLiteral(":/data/communes-62.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QString name = QString::fromUtf8(line).trimmed();
                if (name.isEmpty() || name.startsWith(QLatin1Char('#')))
                    continue;
                result.names << name;
                result.byFolded.insert(TextFolding::fold(name).simplified(), name);
            }
        }
        return result;
    }();
    return d;
}

} // namespace

const QStringList &Communes::all()
{
    return data().names;
}

QString Communes::find(const QString &name)
{
    return data().byFolded.value(TextFolding::fold(name).simplified());
}
