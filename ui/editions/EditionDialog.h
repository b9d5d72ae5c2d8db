#pragma once

#include "rules/Edition.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimeEdit;
class QSpinBox;
class QTableWidget;
class Workspace;

// The rules of an edition, edited as a whole: name and year, envelope, calendar, categories
// with their floors and ceilings, and which eligibility checks apply. Saved in one transaction
// when accepted; what is wrong is said in the dialog, which stays open, and nothing is written.
class EditionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditionDialog)

public:
    explicit EditionDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~EditionDialog() override;

    // Shows the edition (0: a new one for next year).
    void showEdition(qint64 editionId);
    qint64 editionId() const { return m_edition.id; }
    void accept() override;

private:
    Edition collect() const;
    void addCategory();
    void removeCategory();
    void newEdition();

    Workspace *m_workspace;
    Edition m_edition;
    QComboBox *m_editionCombo = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QSpinBox *m_yearSpin = nullptr;
    QLineEdit *m_envelopeEdit = nullptr;
    QLineEdit *m_quoteThresholdEdit = nullptr;
    QSpinBox *m_followUpWeeks = nullptr;
    QTimeEdit *m_pitchTime = nullptr;
    QList<QPair<QDateEdit *, QDateEdit *>> m_periods;
    QDateEdit *m_resultsEdit = nullptr;
    QTableWidget *m_categoryTable = nullptr;
    QList<QPair<Eligibility::Rule, QCheckBox *>> m_checks;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
