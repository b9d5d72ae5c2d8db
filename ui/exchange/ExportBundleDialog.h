#pragma once

#include "exchange/PlatformExport.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class Workspace;

// Which projects go into a .comptoir file, or into the platform file: those chosen in the list,
// those the filter shows, or every project "prêt à déposer". For the platform file, also the
// format (CSV or JSON) and the profile (Decidim's, or one read from a file). Accepting asks
// where to write it and writes it.
class ExportBundleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportBundleDialog)

public:
    enum class Target
    {
        Bundle,
        Platform,
    };

    ExportBundleDialog(Workspace *workspace, QList<qint64> selected, QList<qint64> shown,
                       Target target = Target::Bundle, QWidget *parent = nullptr);

    QList<qint64> chosenProjects() const;
    QString writtenFile() const { return m_written; }
    // The attachments written beside a platform file (PlatformExport::attachmentsFolder).
    int writtenPieces() const { return m_pieces; }
    void accept() override;

private:
    void chooseProfile();

    Workspace *m_workspace;
    Target m_target;
    PlatformExport::Profile m_profile;
    QComboBox *m_format = nullptr;
    QLabel *m_profileLabel = nullptr;
    QList<qint64> m_selected;
    QList<qint64> m_shown;
    QList<qint64> m_ready;
    QRadioButton *m_selectedRadio = nullptr;
    QRadioButton *m_shownRadio = nullptr;
    QRadioButton *m_readyRadio = nullptr;
    QCheckBox *m_seal = nullptr;
    QLabel *m_sealNote = nullptr;
    QByteArray m_recipient; // the Department's key, when known
    QString m_written;
    int m_pieces = 0;
};
