#pragma once

#include "ProjectSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

// Two versions of a project that both changed since they last met: the fields in which they
// differ, shown side by side for someone to choose, and the version that results from the
// choices. Pure: no workspace, no file (the names of what a project refers to are asked for).
class ProjectMerge final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectMerge)

public:
    // One field of a project in conflict.
    struct Field
    {
        QString key;   // "title", "answer:besoin.preuves", "budgetLines", "holders"…
        QString label; // in the interface's language
        QString local; // the workspace's value, as shown
        QString incoming;
        bool takeIncoming = false;
    };

    // The name to show for a record a project refers to: list ("venues"…) and UUID.
    using NameOf = std::function<QString(const char *list, const QString &uuid)>;

    // The fields in which the two versions differ, in the order of the project's page: its own
    // fields, its answers by key, its budget, its holders.
    static QList<Field> differences(const ProjectSnapshot &local, const ProjectSnapshot &incoming,
                                    const NameOf &names);
    // The local version with the fields chosen from the incoming one (a commune with its code).
    static ProjectSnapshot merged(const ProjectSnapshot &local, const ProjectSnapshot &incoming,
                                  const QList<Field> &fields);
};
