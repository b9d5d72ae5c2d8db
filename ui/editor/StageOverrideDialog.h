#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QPlainTextEdit;

// Asked when a project is marked "prêt à déposer" while eligibility checks do not pass: lists
// them and takes the written reason for going ahead, which is kept with the project.
class StageOverrideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageOverrideDialog)

public:
    StageOverrideDialog(const QStringList &failures, QWidget *parent = nullptr);
    ~StageOverrideDialog() override;

    QString reason() const;

private:
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
