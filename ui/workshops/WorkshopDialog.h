#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;
class Workspace;

// Creating or changing a workshop: date, times, comptoir, kind, facilitator, capacity, notes.
// OK writes it (one statement); a refused workshop shows why and writes nothing.
class WorkshopDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopDialog)

public:
    // workshopId 0: a new workshop (today, 14:00–17:00, the comptoir given if any).
    WorkshopDialog(Workspace *workspace, qint64 workshopId, QWidget *parent = nullptr,
                   qint64 defaultVenueId = 0);

    qint64 workshopId() const { return m_workshopId; }
    void accept() override;

private:
    Workspace *m_workspace;
    qint64 m_workshopId;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_venue = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_edition = nullptr;
    QLineEdit *m_facilitator = nullptr;
    QSpinBox *m_capacity = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problem = nullptr;
};
