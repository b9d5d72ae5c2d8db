#pragma once

#include "storage/Backups.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

// Fichier › Restaurer une sauvegarde… : the open workspace's backups (when, why, how many
// projects, how large), to restore into a new file, or over the workspace after a confirmation.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    enum class Choice
    {
        None,
        NewFile, // written at targetPath()
        Replace, // put in place of the open workspace (the caller does it)
    };

    RestoreBackupDialog(const QString &origin, const QString &defaultDirectory,
                        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    Choice choice() const { return m_choice; }
    QString backupPath() const { return m_backupPath; }
    QString targetPath() const { return m_targetPath; }

    static QString reasonLabel(const QString &reason);

private:
    const Backups::Info *current() const;
    void restoreToNewFile();
    void replaceWorkspace();

    QList<Backups::Info> m_backups;
    QString m_defaultDirectory;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_newFile;
    QPushButton *m_replace;
    Choice m_choice = Choice::None;
    QString m_backupPath;
    QString m_targetPath;
};
