#pragma once

#include <QString>
#include <QStringList>

// The communes of the Pas-de-Calais shipped in resources (data/communes-62.txt), for completion
// and for the "takes place in the Pas-de-Calais" check. Matching ignores case, accents and
// hyphens ("saint pol sur ternoise" finds "Saint-Pol-sur-Ternoise").
//
// The shipped list holds the main communes, not yet all 890: a name it does not know is
// reported "to check", never refused.
class Communes final
{
public:
    static const QStringList &all();
    // The list's spelling of name, or an empty string when the list does not know it.
    static QString find(const QString &name);
};
