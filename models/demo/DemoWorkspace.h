#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class Workspace;

// The demo workspace: the seven comptoirs of the seed, this year's edition (its comptoirs under
// way, its deposit open) and last year's (its committee's decisions known), each with its three
// categories, workshops (one this afternoon), holders and projects at every stage, each stage
// matching what is written; all fictional, loaded from resources/demo, every date moved to
// tell the same story on the day it is created.
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    // Fills an empty workspace in one transaction; on error nothing is written.
    static bool populate(Workspace &workspace, QString *error);
    // Creates a new workspace at path and fills it.
    static std::unique_ptr<Workspace> create(const QString &path, QString *error);
};
