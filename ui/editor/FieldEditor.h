#pragma once

#include "methodology/Methodology.h"

#include <QJsonValue>
#include <QWidget>

class QLabel;

// One field of the methodology as a block of the project editor: its label, the input made for
// its type, an inline message when the input cannot be saved as it is, and a character counter.
// FieldEditor::create() makes the right kind for a field; the editor generated from a
// definition is a list of them.
//
// The block never writes: it says when the user changed something (edited: typing, saved at
// most a second later) and when a change is complete (committed: the field left, a choice
// made, a row added, saved at once). value() is what to save: while the input is invalid (a
// number that is not one, an unknown date) it is the last valid value, so nothing wrong is
// ever written.
class FieldEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldEditor)

public:
    static FieldEditor *create(const Methodology::Field &field, QWidget *parent = nullptr);
    ~FieldEditor() override;

    const Methodology::Field &field() const { return m_field; }
    virtual QJsonValue value() const = 0;
    // Shows value without emitting edited() or committed().
    void setValue(const QJsonValue &value);
    // The widget that takes the focus when the field is reached.
    virtual QWidget *input() const = 0;
    // Why the input is not saved as it is, or a warning about it; empty when all is well.
    QString message() const;
    // Says the field's value could not be saved (the reason, for the user), or, with an empty
    // text, that it was saved since.
    void setSaveError(const QString &error);

signals:
    void edited();
    void committed();
    // An input of the field got the focus: what the help panel shows. title is the field's
    // label, or the part's for a composite field.
    void helpRequested(const QString &title, const QString &help, const QString &example);

protected:
    explicit FieldEditor(const Methodology::Field &field, QWidget *parent);

    void setContent(QWidget *content);
    void setMessage(const QString &message, bool blocking);
    void setCounter(const QString &text, bool over = false);
    // Reports focus-in (help) and focus-out (committed) of an input widget, and hands the
    // undo and redo keys to the application so that Ctrl+Z undoes project edits everywhere.
    void watch(QWidget *input, const QString &helpTitle = QString(),
               const QString &help = QString());
    void userEdited();
    bool isLoading() const { return m_loading; }

    virtual void applyValue(const QJsonValue &value) = 0;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Help
    {
        QString title;
        QString help;
    };

    Methodology::Field m_field;
    QLabel *m_label = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_counter = nullptr;
    QString m_messageText;
    QString m_saveError; // the message shown while the value is not saved
    bool m_loading = false;
    QHash<QObject *, Help> m_helps;
};
