#pragma once

#include "methodology/Completeness.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QStackedWidget;
class ProjectDetails;

// The right-hand pane: what a facilitator needs to see of the selected project at a glance.
class ProjectDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDetailsPane)

public:
    explicit ProjectDetailsPane(QWidget *parent = nullptr);
    ~ProjectDetailsPane() override;

    // progress: the required fields answered, when it could be counted.
    void showProject(const ProjectDetails &details,
                     const std::optional<Completeness::Count> &progress);
    void showPlaceholder(const QString &message);

private:
    // The details' widgets, built the first time a project is shown (a window opening on its
    // list shows the placeholder: nothing of them to lay out before its first paint).
    void buildDetails();
    QLabel *addRow(const QString &label, const QString &objectName);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholderLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_stageLabel = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_holdersLabel = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QLabel *m_venueLabel = nullptr;
    QLabel *m_communeLabel = nullptr;
    QLabel *m_themeLabel = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QLabel *m_editionLabel = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_datesLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
};
