#pragma once

#include <QCoreApplication>
#include <QLibrary>
#include <QString>

// A library of Comptoir's own, loaded the first time what it does is needed rather than with
// the program: models/pdf (Qt PDF, qpdf) and ui/charts (Qt Charts). Each library linked with
// the program is mapped and has all its symbols resolved before main() (Debian links them
// BIND_NOW), ~0.1 ms a library; those two and what they bring were 32 of 80 libraries.
//
// A module is looked for beside the program as installed (COMPTOIR_MODULE_DIR, relative to the
// program's folder), then in the build tree. It exports comptoirModuleAbi(), which must return
// the number the program was built with; then its functions, resolved by name. Kept loaded for
// the process.
class LoadableModule final
{
    Q_DECLARE_TR_FUNCTIONS(LoadableModule)

public:
    // Loads the module named (comptoir_pdf…) and checks its version; not thread-safe: hold one
    // in a function's static (initialised once, whichever thread asks first).
    LoadableModule(const char *name, int abi);

    bool isLoaded() const { return m_loaded; }
    // Why it is not, in French: missing, or another version.
    QString error() const { return m_error; }
    // A function it exports (nullptr when it is not loaded or has none by that name).
    QFunctionPointer resolve(const char *symbol);

private:
    QLibrary m_library;
    bool m_loaded = false;
    QString m_error;
};
