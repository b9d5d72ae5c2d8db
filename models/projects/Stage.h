#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

#include <optional>

// Where a project stands: idée → en structuration → prêt à déposer → déposé → labellisé / non
// retenu.
enum class Stage
{
    Idea,
    Structuring,
    Ready,
    Deposited,
    Labelled,
    NotSelected,
};

class Stages final
{
    Q_DECLARE_TR_FUNCTIONS(Stages)

public:
    static const QList<Stage> &all();
    // The code stored in the workspace and in exchange files ("idea", "ready"…).
    static QString code(Stage stage);
    static std::optional<Stage> fromCode(const QString &code);
    // The translated name shown to people ("Prêt à déposer").
    static QString name(Stage stage);
    // A colour to tell stages apart at a glance (always paired with the name, never alone).
    static QColor colour(Stage stage);
    // A small swatch of that colour, made once (views paint it on every row).
    static QIcon icon(Stage stage);
};
