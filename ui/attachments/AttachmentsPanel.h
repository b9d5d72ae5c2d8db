#pragma once

#include "attachments/Attachments.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QGroupBox;
class Workspace;

// A project's pièces jointes: their thumbnails, names, kinds and sizes; added by drag and drop
// or « Ajouter des pièces… » (several at once), opened with the system's viewer, replaced by a
// newer file, removed to the trash; each one's kind, caption, the budget line a quote backs and
// whether it is confidential, written as they are chosen. Read-only (the review page, a
// workspace open elsewhere), it lists and opens only.
class AttachmentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsPanel)

public:
    explicit AttachmentsPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setProject(qint64 projectId);
    void setReadOnly(bool readOnly);
    qint64 projectId() const { return m_projectId; }
    int count() const { return m_attachments.size(); }

    // Attaches files (as dropped or chosen); what was refused is said in a message.
    void attachFiles(const QStringList &paths);

signals:
    // After the count of pieces changed (the editor's navigator shows it).
    void countChanged(int count);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reload();
    void refreshThumbnail(const QString &sha256);
    void selectionChanged();
    const Attachments::Attachment *current() const;
    void chooseFiles();
    void openCurrent();
    void replaceCurrent();
    void removeCurrent();
    void writeDetails();
    void fillBudgetLines();
    QString itemText(const Attachments::Attachment &a) const;

    Workspace *m_workspace = nullptr;
    qint64 m_projectId = 0;
    bool m_readOnly = false;
    bool m_loading = false;
    QList<Attachments::Attachment> m_attachments;

    QListWidget *m_list;
    QLabel *m_hint;
    QString m_addHint;
    QPushButton *m_addButton;
    QPushButton *m_openButton;
    QPushButton *m_replaceButton;
    QPushButton *m_removeButton;
    QGroupBox *m_details;
    QComboBox *m_kind;
    QLineEdit *m_caption;
    QComboBox *m_budgetLine;
    QCheckBox *m_confidential;
};
