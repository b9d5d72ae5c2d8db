#pragma once

#include "organisations/Organisations.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class Workspace;

// An organisation's editor: a porteurs' structure (legal form, SIRET or RNA number checked as
// typed, address, ESS status and what shows it) and, on its second tab, its place in the
// directory of partners and financers (kind, themes, territory, comptoirs, a contact person and
// their consent). Saved in one transaction on OK; another record of the same number is said,
// with the offer to merge.
class OrganisationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationDialog)

public:
    // organisationId 0: a new organisation (named `name` when given).
    OrganisationDialog(Workspace *workspace, qint64 organisationId, QWidget *parent = nullptr,
                       const QString &name = QString());

    qint64 organisationId() const { return m_id; }
    // The organisation merged into when the dialog ended with a merge (its id), else 0.
    qint64 mergedInto() const { return m_mergedInto; }

    void accept() override;

private:
    Organisations::Organisation fromFields() const;
    void checkNumbers();
    void updateDirectory();
    QStringList communeCodes(QStringList *unknown) const;

    Workspace *m_workspace;
    qint64 m_id;
    qint64 m_mergedInto = 0;
    Organisations::Organisation m_loaded;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_legalForm = nullptr;
    QLineEdit *m_siret = nullptr;
    QLineEdit *m_rna = nullptr;
    QLabel *m_numberProblem = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_commune = nullptr;
    QComboBox *m_essStatus = nullptr;
    QLineEdit *m_essEvidence = nullptr;
    QCheckBox *m_essDeclared = nullptr;
    QComboBox *m_directoryKind = nullptr;
    QListWidget *m_themes = nullptr;
    QLineEdit *m_otherThemes = nullptr;
    QCheckBox *m_wholeDepartment = nullptr;
    QLineEdit *m_communes = nullptr;
    QListWidget *m_venues = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QCheckBox *m_contactConsent = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QWidget *m_directoryFields = nullptr;
};
