#pragma once

#include "Methodology.h"

#include <optional>
#include <QCoreApplication>
#include <QList>

class Workspace;

// The methodology definitions a workspace holds. A definition is stored whole (its JSON) the
// first time it is used, so the workspace stays readable even when Comptoir later ships another
// version, and answers can always be shown against the definition they were written under.
class MethodologyStore final
{
    Q_DECLARE_TR_FUNCTIONS(MethodologyStore)

public:
    struct Entry
    {
        qint64 id = 0;
        QString code;
        int version = 0;
        QString name;
    };

    // Stores the definition unless the workspace already has this code and version; returns
    // its id, or -1 with error set. Refuses a different text under an existing code and version.
    static qint64 store(Workspace &workspace, const Methodology &methodology, QString *error);
    static std::optional<Methodology> load(const Workspace &workspace, qint64 id, QString *error);
    // Oldest first.
    static QList<Entry> list(const Workspace &workspace, QString *error);
    // The newest version stored for code, or nothing.
    static std::optional<Entry> latest(const Workspace &workspace, const QString &code,
                                       QString *error);
};
