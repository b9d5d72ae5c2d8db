#include "FileDialog.h"

#include <QFileDialog>
#include <QFileInfo>

#include <optional>

namespace {
std::optional<QString> s_nextFileName;
} // namespace

bool FileDialog::takeNext(QString *fileName)
{
    if (!s_nextFileName)
        return false;
    *fileName = *s_nextFileName;
    s_nextFileName.reset();
    return true;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption,
                                         const QString &dir, const QString &filter)
{
    QString fileNames;
    if (takeNext(&fileNames))
        return fileNames.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter, const QString &defaultSuffix)
{
    QString fileName;
    if (!takeNext(&fileName)) {
        QFileDialog dialog(parent, caption, dir, filter);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(defaultSuffix);
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return QString();
        fileName = dialog.selectedFiles().constFirst();
    }
    if (!fileName.isEmpty() && QFileInfo(fileName).suffix().isEmpty())
        fileName += QLatin1Char('.') + defaultSuffix;
    return fileName;
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption,
                                         const QString &dir)
{
    QString fileName;
    if (takeNext(&fileName))
        return fileName;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}
