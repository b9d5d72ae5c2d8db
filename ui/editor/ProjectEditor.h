#pragma once

#include "methodology/Methodology.h"
#include "projects/BudgetLines.h"
#include "projects/Stage.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QWidget>

#include <optional>

class AttachmentsPanel;
class FollowUpPanel;
class SuggestionsPanel;
class BudgetEditor;
class EditingSession;
class FieldEditor;
class QComboBox;
class QLabel;
class QListWidget;
class QAction;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QUndoGroup;
class QUndoStack;
class Workspace;

// The project editor, generated from the project's methodology: a navigator of the sections
// with their completeness, the section's fields, previous and next, and beside them the help of
// the focused field, the eligibility checklist and the subsidy estimate, updated as answers
// are written.
//
// There is no Save: an edit is written when it is complete (a field left, a choice made, a
// row added) and at most a second after typing stops, through undoable commands pushed on the
// project's own QUndoStack. The stacks live as long as the workspace is open, so reopening a
// project in the same session keeps its history; the group passed to the constructor makes the
// open project's stack the active one.
class ProjectEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectEditor)

public:
    static constexpr int kAutosaveDelayMs = 800; // under the second the brief promises

    ProjectEditor(QUndoGroup *undoGroup, QWidget *parent = nullptr);
    ~ProjectEditor() override;

    // Forgets every project and its history (nullptr: the workspace is closing).
    void setWorkspace(Workspace *workspace);
    // Shows the project; false with error set when it cannot be read.
    bool openProject(qint64 projectId, QString *error);
    // Writes what is pending and leaves the project (its history stays).
    void closeProject();
    // What is typed in the open project and not written yet (a write failed); written again
    // into another workspace with applyPending() after it opened the same project.
    QHash<QString, QJsonValue> pendingAnswers();
    bool hasUnsavedAnswers();
    void applyPending(const QHash<QString, QJsonValue> &answers);
    qint64 projectId() const;
    QString projectTitle() const { return m_title; }
    const Methodology &methodology() const;

    // Writes the edits still waiting for the autosave delay. Called before undo, redo, a
    // change of project or section, and on quit.
    void flush();

    // Presentation mode, for a projector: the current section only, in large black-on-white
    // text scaled by zoomPercent; the navigator, help and eligibility are hidden.
    static constexpr int kMinZoom = 100;
    static constexpr int kMaxZoom = 400;
    void setPresentationMode(bool on, int zoomPercent);
    bool isPresentationMode() const { return m_presenting; }
    // The help, eligibility and subsidy panel beside the form: shown or folded as chosen, or
    // (nullopt) by the room there is, folded when the editor is narrower than
    // kSidePanelFoldWidth.
    static constexpr int kSidePanelFoldWidth = 1200;
    void setSidePanelChoice(std::optional<bool> shown);
    std::optional<bool> sidePanelChoice() const { return m_sideChoice; }
    bool isSidePanelShown() const;

    // The back button leads to the workshop being run rather than to the projects.
    void setBackToWorkshop(bool workshop);

    int sectionCount() const;
    int currentSection() const;
    void showSection(int index);
    void nextSection();
    void previousSection();
    FieldEditor *fieldEditor(const QString &qualifiedKey) const;
    // The page of the pièces jointes (the last of the navigator).
    AttachmentsPanel *attachmentsPanel() const { return m_attachments; }
    FollowUpPanel *followUpPanel() const { return m_followUp; }
    SuggestionsPanel *suggestionsPanel() const { return m_suggestions; }
    // Shows the « Suivi » page.
    void showFollowUp();
    // Shows the section of a field and puts the focus in it.
    void focusField(const QString &qualifiedKey);
    QUndoStack *undoStack(qint64 projectId) const;

signals:
    void closeRequested();
    // After every write of the open project (an edit, an undo, a redo).
    void projectEdited(qint64 projectId);
    void titleChanged(const QString &title);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildForm();
    void scaleFont(QWidget *widget);
    void updateSidePanel();
    QWidget *buildSection(const Methodology::Section &section);
    QWidget *buildArchive();
    void loadValues();
    void fieldEdited(FieldEditor *editor);
    void fieldCommitted(FieldEditor *editor);
    void budgetCommitted();
    void answerWritten(qint64 projectId, const QString &key);
    void budgetWritten(qint64 projectId);
    void projectWritten(qint64 projectId);
    void showHelp(const QString &title, const QString &help, const QString &example);
    void scheduleRefresh();
    void refreshStatus();
    void refreshHeader();
    void stageChosen(int index);
    void setStage(Stage to, const QString &reason);
    void linkChosen(QComboBox *combo);
    void refreshStructure();
    void chooseStructure();
    void editStructure();
    void setStructure(qint64 organisationId);
    // Adds a partner of the directory to the « Partenaires » table (an edit, undoable).
    void addPartnerRow(const QString &name, const QString &kind);
    void reveal(const QString &qualifiedKey);

    Workspace *m_workspace = nullptr;
    // The editing without its widgets: project, pending and written values, undo stacks.
    EditingSession *m_session;

    // The project's methodology as shown: in the interface's language when it has it.
    Methodology m_shown;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, int> m_sectionOf; // qualified key → section index
    QSet<FieldEditor *> m_dirty;     // fields changed since the last flush
    BudgetEditor *m_budget = nullptr;
    AttachmentsPanel *m_attachments = nullptr;
    FollowUpPanel *m_followUp = nullptr;
    SuggestionsPanel *m_suggestions = nullptr;
    QString m_title;
    Stage m_stage = Stage::Idea;
    QString m_stageReason;
    bool m_eligible = false;
    QStringList m_failures; // the checks that do not pass, with their reasons

    QLabel *m_titleLabel = nullptr;
    QPushButton *m_backButton = nullptr;
    QComboBox *m_stageCombo = nullptr;
    QComboBox *m_editionCombo = nullptr;
    QComboBox *m_venueCombo = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QPushButton *m_structureButton = nullptr;
    QAction *m_chooseStructureAction = nullptr;
    QAction *m_editStructureAction = nullptr;
    QAction *m_clearStructureAction = nullptr;
    QListWidget *m_sectionList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QLabel *m_positionLabel = nullptr;
    QTextBrowser *m_helpPanel = nullptr;
    QTextBrowser *m_eligibilityView = nullptr;
    QLabel *m_eligibilitySummary = nullptr;
    QLabel *m_subsidyLabel = nullptr;
    QLabel *m_overrideLabel = nullptr;
    QLabel *m_provenanceLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_linksBar = nullptr;
    QWidget *m_side = nullptr;
    bool m_presenting = false;
    std::optional<bool> m_sideChoice;
    QTimer *m_autosave = nullptr;
    QTimer *m_refresh = nullptr;
};
