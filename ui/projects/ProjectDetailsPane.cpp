#include "ProjectDetailsPane.h"

#include "projects/ProjectDetails.h"
#include "rules/Money.h"
#include "storage/Timestamp.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QString money(qint64 cents)
{
    return Money::format(cents);
}

QString dateTime(const QString &iso)
{
    return QLocale().toString(Timestamp::toDateTime(iso).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ProjectDetailsPane::ProjectDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("projectDetailsPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_placeholderLabel = new QLabel(this);
    m_placeholderLabel->setObjectName(QStringLiteral("detailsPlaceholderLabel"));
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setEnabled(false);
    m_placeholderLabel->setMargin(24);
    m_stack->addWidget(m_placeholderLabel);
    showPlaceholder(tr("Select a project to see its details."));
    // (the details' own widgets are built with the first project shown: buildDetails)
}

void ProjectDetailsPane::buildDetails()
{
    if (m_titleLabel)
        return;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    m_titleLabel = new QLabel(content);
    m_titleLabel->setObjectName(QStringLiteral("detailsTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);

    m_stageLabel = new QLabel(content);
    m_stageLabel->setObjectName(QStringLiteral("detailsStageLabel"));
    layout->addWidget(m_stageLabel, 0, Qt::AlignLeft);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addLayout(m_form);

    m_holdersLabel = addRow(tr("Holders:"), QStringLiteral("detailsHoldersLabel"));
    m_organisationLabel = addRow(tr("Structure:"), QStringLiteral("detailsOrganisationLabel"));
    m_venueLabel = addRow(tr("Comptoir:"), QStringLiteral("detailsVenueLabel"));
    m_communeLabel = addRow(tr("Commune:"), QStringLiteral("detailsCommuneLabel"));
    m_themeLabel = addRow(tr("Theme:"), QStringLiteral("detailsThemeLabel"));
    m_categoryLabel = addRow(tr("Category:"), QStringLiteral("detailsCategoryLabel"));
    m_editionLabel = addRow(tr("Edition:"), QStringLiteral("detailsEditionLabel"));
    m_amountLabel = addRow(tr("Amount requested:"), QStringLiteral("detailsAmountLabel"));
    m_budgetLabel = addRow(tr("Budget:"), QStringLiteral("detailsBudgetLabel"));
    m_progressLabel = addRow(tr("Progress:"), QStringLiteral("detailsProgressLabel"));
    m_datesLabel = addRow(tr("Dates:"), QStringLiteral("detailsDatesLabel"));

    auto *summaryHeading = new QLabel(tr("Summary"), content);
    QFont headingFont = summaryHeading->font();
    headingFont.setBold(true);
    summaryHeading->setFont(headingFont);
    layout->addSpacing(6);
    layout->addWidget(summaryHeading);
    m_summaryLabel = new QLabel(content);
    m_summaryLabel->setObjectName(QStringLiteral("detailsSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_summaryLabel);
    layout->addStretch(1);

    scroll->setWidget(content);
    m_stack->addWidget(scroll);
}

ProjectDetailsPane::~ProjectDetailsPane() = default;

QLabel *ProjectDetailsPane::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    QPalette palette = caption->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    caption->setPalette(palette);
    m_form->addRow(caption, value);
    return value;
}

void ProjectDetailsPane::showPlaceholder(const QString &message)
{
    m_placeholderLabel->setText(message);
    m_stack->setCurrentIndex(0);
}

void ProjectDetailsPane::showProject(const ProjectDetails &d,
                                     const std::optional<Completeness::Count> &progress)
{
    buildDetails();
    const QString none = tr("Not given");
    const auto orNone = [&none](const QString &s) {
        return s.isEmpty() ? none : s;
    };

    m_titleLabel->setText(d.title);
    const QColor colour = Stages::colour(d.stage);
    m_stageLabel->setText(Stages::name(d.stage));
    m_stageLabel->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: white; border-radius: 9px; padding: 3px 10px; "
            "font-weight: bold; }")
            .arg(colour.name()));

    m_holdersLabel->setText(d.holders.isEmpty() ? none : d.holders.join(QStringLiteral(", ")));
    QString organisation = orNone(d.organisation);
    if (!d.organisation.isEmpty()) {
        QStringList notes;
        if (!d.organisationLegalForm.isEmpty())
            notes << d.organisationLegalForm;
        notes << (d.organisationEssDeclared ? tr("declared ESS") : tr("ESS status not declared"));
        organisation += QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    m_organisationLabel->setText(organisation);
    m_venueLabel->setText(orNone(d.venue));
    m_communeLabel->setText(orNone(d.commune));
    m_themeLabel->setText(orNone(d.theme));
    m_categoryLabel->setText(
        d.category.isEmpty()
            ? tr("Not chosen yet")
            : tr("%1 (ceiling %2)").arg(d.category, money(d.categoryCeilingCents)));
    m_editionLabel->setText(orNone(d.edition));
    m_amountLabel->setText(d.amountRequestedCents > 0 ? money(d.amountRequestedCents) : none);

    if (d.expensesCents == 0 && d.resourcesCents == 0) {
        m_budgetLabel->setText(tr("No budget lines yet"));
    } else {
        const qint64 balance = d.resourcesCents - d.expensesCents;
        const QString state = balance == 0 ? tr("balanced")
                              : balance > 0
                                  ? tr("resources exceed expenses by %1").arg(money(balance))
                                  : tr("%1 of expenses not covered").arg(money(-balance));
        m_budgetLabel->setText(tr("expenses %1, resources %2 — %3")
                                   .arg(money(d.expensesCents), money(d.resourcesCents), state));
    }
    // Counted as the editor's navigator counts: the same figure on both screens.
    m_progressLabel->setText((progress ? tr("%1 of %n required field(s) answered", nullptr,
                                            progress->required)
                                             .arg(progress->requiredAnswered)
                                       : tr("%n answer(s) written", nullptr, d.answerCount)) +
                             QStringLiteral(" · ") +
                             tr("%n workshop(s) attended", nullptr, d.workshopsAttended));
    m_datesLabel->setText(
        tr("created %1, updated %2").arg(dateTime(d.createdAt), dateTime(d.updatedAt)));
    m_summaryLabel->setText(d.summary.isEmpty() ? tr("No summary yet.") : d.summary);
    m_stack->setCurrentIndex(1);
}
