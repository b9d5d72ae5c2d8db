#pragma once

#include "report/DossierBatch.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>

class QProgressDialog;
class QCheckBox;
class QRadioButton;
class Workspace;

// The dossiers of the projects chosen in the list, shown by the filter, or "prêt à déposer",
// as one PDF each in a folder or one combined PDF. Accepting asks where, then writes them on a
// worker thread behind a progress dialog that can be cancelled: a cancelled batch leaves the
// dossiers already finished and no partial file.
class DossierExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierExportDialog)

public:
    DossierExportDialog(Workspace *workspace, QList<qint64> selected, QList<qint64> shown,
                        QWidget *parent = nullptr);
    ~DossierExportDialog() override;

    QList<qint64> chosenProjects() const;
    DossierBatch::Result result() const { return m_result; }
    void accept() override;

signals:
    // The batch ended: finished, failed or cancelled (see result()).
    void batchFinished();

private:
    void start(const DossierBatch::Options &options);
    void finish(const DossierBatch::Result &result);

    Workspace *m_workspace;
    QList<qint64> m_selected;
    QList<qint64> m_shown;
    QList<qint64> m_ready;
    QRadioButton *m_selectedRadio = nullptr;
    QRadioButton *m_shownRadio = nullptr;
    QRadioButton *m_readyRadio = nullptr;
    QRadioButton *m_separateRadio = nullptr;
    QRadioButton *m_combinedRadio = nullptr;
    QCheckBox *m_completeCheck = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<QFutureWatcher<DossierBatch::Result>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    DossierBatch::Result m_result;
};
