#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QString Language::resolve(const QString &commandLine, const QString &preference,
                          const QLocale &system)
{
    if (isSupported(commandLine))
        return commandLine;
    if (isSupported(preference))
        return preference;
    if (system.language() == QLocale::English)
        return QStringLiteral("en");
    return QStringLiteral("fr");
}

bool Language::install(QCoreApplication &app, const QString &code)
{
    const QLocale locale = code == QLatin1String("en")
                               ? (QLocale::system().language() == QLocale::English
                                      ? QLocale::system()
                                      : QLocale(QLocale::English, QLocale::UnitedKingdom))
                               : QLocale(QLocale::French, QLocale::France);
    QLocale::setDefault(locale);

    // One language at a time: the catalogues of the one spoken before go (the English one has
    // no entries, so French ones left behind would answer for it).
    for (QTranslator *previous : app.findChildren<QTranslator *>(QStringLiteral("comptoirLanguage"),
                                                                 Qt::FindDirectChildrenOnly)) {
        app.removeTranslator(previous);
        delete previous;
    }

    // Qt's own strings (standard buttons, file dialogs); the English source needs no catalogue.
    if (code != QLatin1String("en")) {
        auto *qt = new QTranslator(&app);
        qt->setObjectName(QStringLiteral("comptoirLanguage"));
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
        else
            delete qt;
    }

    auto *own = new QTranslator(&app);
    own->setObjectName(QStringLiteral("comptoirLanguage"));
    if (!own->load(QStringLiteral(":/i18n/comptoir_%1.qm").arg(code))) {
        delete own;
        return code == QLatin1String("en");
    }
    app.installTranslator(own);
    return true;
}
