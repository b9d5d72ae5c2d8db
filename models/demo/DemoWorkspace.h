#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class Workspace;

// The demo workspace: the seven comptoirs of the seed, the 2026 edition and its three categories,
// workshops, holders and projects at every stage, all fictional, loaded from resources/demo.
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    // Fills an empty workspace in one transaction; on error nothing is written.
    static bool populate(Workspace &workspace, QString *error);
    // Creates a new workspace at path and fills it.
    static std::unique_ptr<Workspace> create(const QString &path, QString *error);
};
