#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// Which language Comptoir speaks, and installing it. French is the default and the reference;
// English is the second language.
class Language final
{
public:
    static QStringList supported() { return {QStringLiteral("fr"), QStringLiteral("en")}; }
    static bool isSupported(const QString &code) { return supported().contains(code); }

    // The command line wins, then the saved preference, then the system language when it is
    // French or English; French otherwise.
    static QString resolve(const QString &commandLine, const QString &preference,
                           const QLocale &system = QLocale::system());

    // Installs Comptoir's and Qt's own translations for code ("fr" or "en") and makes its
    // locale the default for dates and numbers. Returns false if Comptoir's catalogue is missing.
    static bool install(QCoreApplication &app, const QString &code);
};
