#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The application's file dialogs. Tests call setNextFileName() so that the next dialog returns
// that name without being shown; an empty name plays the user pressing Cancel.
class FileDialog final
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    // Several files at once (for a test, the next name may hold several separated by '\n').
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption,
                                        const QString &dir, const QString &filter);
    // Appends defaultSuffix when the name has none.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter, const QString &defaultSuffix);

    static QString getExistingDirectory(QWidget *parent, const QString &caption,
                                        const QString &dir);

    static void setNextFileName(const QString &fileName);

private:
    static bool takeNext(QString *fileName);
};
