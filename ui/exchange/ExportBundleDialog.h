#pragma once

#include <QDialog>
#include <QList>

class QRadioButton;
class Workspace;

// Which projects go into a .comptoir file: those chosen in the list, those the filter shows,
// or every project "prêt à déposer". Accepting asks where to write it and writes it.
class ExportBundleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportBundleDialog)

public:
    ExportBundleDialog(Workspace *workspace, QList<qint64> selected, QList<qint64> shown,
                       QWidget *parent = nullptr);

    QList<qint64> chosenProjects() const;
    QString writtenFile() const { return m_written; }
    void accept() override;

private:
    Workspace *m_workspace;
    QList<qint64> m_selected;
    QList<qint64> m_shown;
    QList<qint64> m_ready;
    QRadioButton *m_selectedRadio = nullptr;
    QRadioButton *m_shownRadio = nullptr;
    QRadioButton *m_readyRadio = nullptr;
    QString m_written;
};
