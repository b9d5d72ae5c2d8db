#include "LoadableModule.h"

#include <QDir>
#include <QStringList>

LoadableModule::LoadableModule(const char *name, int abi)
{
    const QString file = QLatin1String(name);
    QStringList folders{QCoreApplication::applicationDirPath() +
                        QStringLiteral("/" COMPTOIR_MODULE_DIR)};
#ifdef COMPTOIR_MODULE_BUILD_DIR
    folders << QStringLiteral(COMPTOIR_MODULE_BUILD_DIR);
#endif
    QStringList tried;
    for (const QString &folder : std::as_const(folders)) {
        m_library.setFileName(QDir::cleanPath(folder + QLatin1Char('/') + file));
        tried << QDir::toNativeSeparators(m_library.fileName());
        if (!m_library.load())
            continue;
        using AbiFunction = int (*)();
        const auto version = reinterpret_cast<AbiFunction>(m_library.resolve("comptoirModuleAbi"));
        if (version && version() == abi) {
            m_loaded = true;
            return;
        }
        m_error = tr("Comptoir's module %1 (%2) is not the one this program was built with: "
                     "reinstall Comptoir.")
                      .arg(file, QDir::toNativeSeparators(m_library.fileName()));
        m_library.unload();
        return;
    }
    m_error = tr("Comptoir's module %1 cannot be found (looked for as %2): reinstall Comptoir.")
                  .arg(file, tried.join(QStringLiteral(", ")));
}

QFunctionPointer LoadableModule::resolve(const char *symbol)
{
    return m_loaded ? m_library.resolve(symbol) : nullptr;
}
