#include "Dossier.h"

#include "methodology/Completeness.h"
#include "methodology/MethodologyStore.h"
#include "CompletePdf.h"
#include "PageFlow.h"
#include "PdfFile.h"
#include "attachments/AttachmentContent.h"
#include "projects/AnswerText.h"
#include "projects/ProjectRecord.h"
#include "rules/Money.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "workshops/Holders.h"

#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QImageReader>
#include <QScopeGuard>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSqlError>
#include <QSqlQuery>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>

namespace {

using Type = Methodology::FieldType;

const QColor &kNavy = PageFlow::navy;
const QColor &kGrey = PageFlow::grey;
const QColor &kLight = PageFlow::light;
const QColor &kRule = PageFlow::rule;
const QColor kMissing(0x9b, 0x1c, 0x1c);

QFont font(double points, bool bold = false)
{
    return PageFlow::font(points, bold);
}

PageFlow::TextStyle style(double points, bool bold = false, QColor color = Qt::black)
{
    PageFlow::TextStyle s;
    s.font = font(points, bold);
    s.color = color;
    return s;
}

// An answer as the dossier's text: lists on one line, the parts of a grid one a line.
QString plain(const QJsonValue &value)
{
    return AnswerText::plain(
        value, {QStringLiteral(", "), QStringLiteral("\n"), AnswerText::Numbers::Locale});
}

QString dateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : iso;
}

QString moneyText(const QJsonValue &euros)
{
    if (euros.isDouble())
        return Money::format(qRound64(euros.toDouble() * 100));
    return plain(euros);
}

// A value of a simple type as it reads.
QString valueText(Type type, const QJsonValue &value)
{
    switch (type) {
    case Type::Money:
        return moneyText(value);
    case Type::Date:
        return dateText(value.toString());
    default:
        return plain(value);
    }
}

QStringList lines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('-')) || trimmed.startsWith(QChar(0x2022)))
            trimmed = trimmed.mid(1).trimmed();
        if (!trimmed.isEmpty())
            result << trimmed;
    }
    return result;
}

// How much of a text a diagram's box shows; the rest follows the diagram in full.
constexpr int kTreeBox = 300;
constexpr int kProblemBox = 600;
constexpr int kCanvasBox = 420;

QString shortened(const QString &text, int characters)
{
    return text.size() <= characters ? text : text.left(characters - 1) + QChar(0x2026);
}

// Text wrapped in a box of the diagrams.
struct BoxText
{
    std::shared_ptr<QTextLayout> layout;
    double height = 0;

    static BoxText make(const QString &text, const QFont &f, double width, QPaintDevice *device,
                        Qt::Alignment alignment = Qt::AlignLeft)
    {
        BoxText box;
        QString content = text;
        content.replace(QLatin1Char('\n'), QChar::LineSeparator);
        box.layout = std::make_shared<QTextLayout>(content, QFont(f, device), device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        box.layout->setTextOption(option);
        box.layout->beginLayout();
        for (QTextLine line = box.layout->createLine(); line.isValid();
             line = box.layout->createLine()) {
            line.setLineWidth(std::max(1.0, width));
            line.setPosition(QPointF(0, box.height));
            box.height += line.height();
        }
        box.layout->endLayout();
        return box;
    }
    void draw(QPainter *painter, const QPointF &at) const { layout->draw(painter, at); }
};

// The problem tree: the effects above, the main problem in the middle, the causes below, with
// arrows from the causes to the problem and from the problem to its effects.
PageFlow::Drawing problemTree(const QJsonObject &parts)
{
    struct State
    {
        QStringList effects, causes;
        QString problem;
        QList<BoxText> effectBoxes, causeBoxes;
        BoxText problemBox, effectsTitle, causesTitle, problemTitle;
        double boxWidth = 0, pad = 0, gap = 0, arrow = 0, effectsHeight = 0, causesHeight = 0;
        int perRow = 1;
    };
    auto state = std::make_shared<State>();
    state->effects = lines(parts.value(QLatin1String("effets")).toString());
    state->causes = lines(parts.value(QLatin1String("causes")).toString());
    state->problem = parts.value(QLatin1String("probleme")).toString().trimmed();
    const QString none = Dossier::tr("Not filled in");
    if (state->effects.isEmpty())
        state->effects << none;
    if (state->causes.isEmpty())
        state->causes << none;
    if (state->problem.isEmpty())
        state->problem = none;

    PageFlow::Drawing drawing;
    drawing.height = [state](double width, QPaintDevice *device) {
        State &s = *state;
        s.pad = PageFlow::mm(device, 2);
        s.gap = PageFlow::mm(device, 3);
        s.arrow = PageFlow::mm(device, 9);
        const int most = int(std::max(s.effects.size(), s.causes.size()));
        s.perRow = std::clamp(most, 1, 4);
        s.boxWidth = (width - (s.perRow - 1) * s.gap) / s.perRow;
        const QFont small = font(8.5);
        const QFont title = font(7.5, true);
        s.effectsTitle = BoxText::make(Dossier::tr("EFFECTS"), title, width, device);
        s.causesTitle = BoxText::make(Dossier::tr("CAUSES"), title, width, device);
        s.problemTitle =
            BoxText::make(Dossier::tr("MAIN PROBLEM"), title, width, device, Qt::AlignHCenter);
        const auto boxes = [&](const QStringList &texts, QList<BoxText> *out) {
            out->clear();
            double total = 0;
            for (int i = 0; i < texts.size(); i += s.perRow) {
                double row = 0;
                for (int j = i; j < std::min<int>(int(texts.size()), i + s.perRow); ++j) {
                    out->append(BoxText::make(shortened(texts.at(j), kTreeBox), small,
                                              s.boxWidth - 2 * s.pad, device, Qt::AlignHCenter));
                    row = std::max(row, out->constLast().height + 2 * s.pad);
                }
                total += row + (i > 0 ? s.gap : 0);
            }
            return total;
        };
        s.effectsHeight = boxes(s.effects, &s.effectBoxes);
        s.causesHeight = boxes(s.causes, &s.causeBoxes);
        s.problemBox = BoxText::make(shortened(s.problem, kProblemBox), font(10, true),
                                     width * 0.7 - 2 * s.pad, device, Qt::AlignHCenter);
        return s.effectsTitle.height + s.effectsHeight + s.arrow + s.problemTitle.height +
               s.problemBox.height + 2 * s.pad + s.arrow + s.causesTitle.height + s.causesHeight;
    };
    drawing.paint = [state](QPainter *painter, const QRectF &rect) {
        const State &s = *state;
        painter->setRenderHint(QPainter::Antialiasing);
        const double radius = s.pad;
        // Rows of boxes from top; returns the rectangles.
        const auto drawBoxes = [&](const QList<BoxText> &boxes, double top, const QColor &fill) {
            QList<QRectF> rects;
            double y = top;
            for (int i = 0; i < boxes.size(); i += s.perRow) {
                const int count = std::min<int>(int(boxes.size()) - i, s.perRow);
                double row = 0;
                for (int j = i; j < i + count; ++j)
                    row = std::max(row, boxes.at(j).height + 2 * s.pad);
                const double used = count * s.boxWidth + (count - 1) * s.gap;
                double x = rect.left() + (rect.width() - used) / 2;
                for (int j = i; j < i + count; ++j) {
                    const QRectF box(x, y, s.boxWidth, row);
                    painter->setPen(QPen(kNavy, 1.5));
                    painter->setBrush(fill);
                    painter->drawRoundedRect(box, radius, radius);
                    painter->setPen(Qt::black);
                    boxes.at(j).draw(painter, QPointF(box.left() + s.pad,
                                                      box.top() + (row - boxes.at(j).height) / 2));
                    rects << box;
                    x += s.boxWidth + s.gap;
                }
                y += row + s.gap;
            }
            return rects;
        };
        const auto arrowUp = [&](const QPointF &from, const QPointF &to) {
            painter->setPen(QPen(kNavy, 2));
            painter->drawLine(from, to);
            const double head = s.pad * 1.2;
            QPainterPath path;
            path.moveTo(to);
            path.lineTo(to + QPointF(-head / 1.6, head));
            path.lineTo(to + QPointF(head / 1.6, head));
            path.closeSubpath();
            painter->fillPath(path, kNavy);
        };

        double y = rect.top();
        painter->setPen(kGrey);
        s.effectsTitle.draw(painter, QPointF(rect.left(), y));
        y += s.effectsTitle.height;
        const QList<QRectF> effects = drawBoxes(s.effectBoxes, y, QColor(0xfd, 0xf3, 0xe7));
        y += s.effectsHeight + s.arrow;
        painter->setPen(kGrey);
        s.problemTitle.draw(painter, QPointF(rect.left(), y - s.problemTitle.height));
        const QRectF problem(rect.left() + rect.width() * 0.15, y, rect.width() * 0.7,
                             s.problemBox.height + 2 * s.pad);
        painter->setPen(Qt::NoPen);
        painter->setBrush(kNavy);
        painter->drawRoundedRect(problem, radius, radius);
        painter->setPen(Qt::white);
        s.problemBox.draw(painter, problem.topLeft() + QPointF(s.pad, s.pad));
        y = problem.bottom() + s.arrow;
        painter->setPen(kGrey);
        s.causesTitle.draw(painter, QPointF(rect.left(), y));
        y += s.causesTitle.height;
        const QList<QRectF> causes = drawBoxes(s.causeBoxes, y, kLight);
        for (const QRectF &effect : effects) {
            if (effect.bottom() < problem.top())
                arrowUp(QPointF(effect.center().x(), problem.top()),
                        QPointF(effect.center().x(), effect.bottom()));
        }
        for (const QRectF &cause : causes) {
            if (cause.top() > problem.bottom() && cause.top() - problem.bottom() < s.arrow * 2)
                arrowUp(QPointF(cause.center().x(), cause.top()),
                        QPointF(std::clamp(cause.center().x(), problem.left() + s.pad,
                                           problem.right() - s.pad),
                                problem.bottom()));
        }
    };
    return drawing;
}

// The social business model canvas: the eleven boxes in the usual arrangement, partners on the
// left, beneficiaries and customers on the right, costs and revenues below.
PageFlow::Drawing canvas(const QJsonObject &parts)
{
    struct Box
    {
        QString key;
        QString title;
        BoxText titleText, body;
        QRectF rect;
    };
    struct State
    {
        QList<Box> boxes;
        double pad = 0;
    };
    auto state = std::make_shared<State>();
    for (const Methodology::Part &part : Methodology::canvasBoxes())
        state->boxes.append({part.key, part.label, {}, {}, {}});

    PageFlow::Drawing drawing;
    drawing.height = [state, parts](double width, QPaintDevice *device) {
        State &s = *state;
        s.pad = PageFlow::mm(device, 1.8);
        // Column and row of each box: (column, row, columns spanned, rows spanned) on a grid of
        // five columns and three rows (the last split in two halves).
        struct Place
        {
            const char *key;
            int column, row, rowSpan;
        };
        static const Place places[] = {
            {"partenaires", 0, 0, 2}, {"activites", 1, 0, 1},     {"ressources", 1, 1, 1},
            {"besoins", 2, 0, 1},     {"offre", 2, 1, 1},         {"canaux", 3, 0, 1},
            {"impact", 3, 1, 1},      {"beneficiaires", 4, 0, 1}, {"clients", 4, 1, 1},
        };
        const double column = width / 5;
        const QFont titleFont = font(7.5, true);
        const QFont bodyFont = font(8);
        const QString none = Dossier::tr("Not filled in");
        const auto prepare = [&](Box &box, double boxWidth) {
            box.titleText =
                BoxText::make(box.title.toUpper(), titleFont, boxWidth - 2 * s.pad, device);
            const QString text = parts.value(box.key).toString().trimmed();
            box.body = BoxText::make(text.isEmpty() ? none : shortened(text, kCanvasBox), bodyFont,
                                     boxWidth - 2 * s.pad, device);
            return box.titleText.height + box.body.height + 3 * s.pad;
        };
        const double minimum = PageFlow::mm(device, 28);
        double rows[3] = {minimum, minimum, minimum * 0.8};
        double partnersHeight = 0;
        for (Box &box : s.boxes) {
            for (const Place &place : places) {
                if (box.key == QLatin1String(place.key)) {
                    const double h = prepare(box, column);
                    if (place.rowSpan == 2)
                        partnersHeight = h;
                    else
                        rows[place.row] = std::max(rows[place.row], h);
                }
            }
            if (box.key == QLatin1String("couts") || box.key == QLatin1String("revenus"))
                rows[2] = std::max(rows[2], prepare(box, width / 2));
        }
        if (partnersHeight > rows[0] + rows[1])
            rows[1] = partnersHeight - rows[0];
        for (Box &box : s.boxes) {
            for (const Place &place : places) {
                if (box.key == QLatin1String(place.key)) {
                    const double top = place.row == 0 ? 0 : rows[0];
                    const double h = place.rowSpan == 2 ? rows[0] + rows[1] : rows[place.row];
                    box.rect = QRectF(place.column * column, top, column, h);
                }
            }
            if (box.key == QLatin1String("couts"))
                box.rect = QRectF(0, rows[0] + rows[1], width / 2, rows[2]);
            if (box.key == QLatin1String("revenus"))
                box.rect = QRectF(width / 2, rows[0] + rows[1], width / 2, rows[2]);
        }
        return rows[0] + rows[1] + rows[2];
    };
    drawing.paint = [state](QPainter *painter, const QRectF &rect) {
        const State &s = *state;
        for (const Box &box : s.boxes) {
            const QRectF r = box.rect.translated(rect.topLeft());
            painter->fillRect(r, box.key == QLatin1String("offre") ? kLight : QColor(Qt::white));
            painter->setPen(QPen(kNavy, 1.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(r);
            painter->setPen(kNavy);
            box.titleText.draw(painter, r.topLeft() + QPointF(s.pad, s.pad));
            painter->setPen(Qt::black);
            box.body.draw(painter, r.topLeft() + QPointF(s.pad, 2 * s.pad + box.titleText.height));
        }
    };
    return drawing;
}

class Writer
{
public:
    Writer(const Dossier::Data &data, PageFlow *flow)
        : d(data)
        , m_flow(flow)
    {}

    void build()
    {
        cover();
        summary();
        int number = 1;
        for (const Methodology::Section &section : d.methodology.sections)
            this->section(number++, section);
        archived();
        pieces();
        followUp();
        compliance();
        colophon();
    }

private:
    const Dossier::Data &d;
    PageFlow *m_flow;

    void heading(const QString &text)
    {
        PageFlow::TextStyle s = style(15, true, kNavy);
        s.spaceBeforeMm = 6;
        s.spaceAfterMm = 3;
        s.keepWithNext = true;
        m_flow->text(text, s);
    }
    void label(const QString &text)
    {
        PageFlow::TextStyle s = style(10, true, kNavy);
        s.spaceBeforeMm = 3.5;
        s.spaceAfterMm = 1;
        s.keepWithNext = true;
        m_flow->text(text, s);
    }
    void body(const QString &text)
    {
        PageFlow::TextStyle s = style(10);
        s.spaceAfterMm = 1;
        s.leftRule = kRule;
        m_flow->text(text, s);
    }
    void missing(bool required)
    {
        PageFlow::TextStyle s;
        s.font = font(9.5);
        s.color = required ? kMissing : kGrey;
        s.spaceAfterMm = 1;
        s.leftRule = kRule;
        m_flow->text(
            required ? Dossier::tr("Not filled in (required)") : Dossier::tr("Not filled in"), s);
    }
    void facts(const QList<QPair<QString, QString>> &rows, double size = 10)
    {
        PageFlow::Table table;
        table.widths = {0.32, 0.68};
        table.font = font(size);
        table.boldColumns = {0};
        table.zebra = QColor();
        for (const auto &[name, value] : rows)
            table.rows << QStringList{name, value};
        m_flow->table(table);
    }

    QString holdersText() const
    {
        return d.holders.isEmpty() ? Dossier::tr("none recorded")
                                   : d.holders.join(QLatin1Char('\n'));
    }
    QString workshopsText() const
    {
        if (d.workshops.isEmpty())
            return Dossier::tr("none recorded");
        QStringList lines;
        const QLocale locale;
        for (const Dossier::Workshop &w : d.workshops)
            lines << Dossier::tr("%1, %2").arg(w.venue.isEmpty() ? Dossier::tr("No comptoir")
                                                                 : w.venue,
                                               locale.toString(w.date, QLocale::LongFormat));
        return lines.join(QLatin1Char('\n'));
    }
    QString orNot(const QString &text) const
    {
        return text.trimmed().isEmpty() ? Dossier::tr("not given") : text;
    }

    void cover()
    {
        const ProjectDetails &p = d.details;
        PageFlow::TextStyle top = style(9, true, kGrey);
        top.spaceBeforeMm = 18;
        m_flow->text(Dossier::tr("PROJECT DOSSIER"), top);
        PageFlow::TextStyle title = style(24, true, kNavy);
        title.spaceBeforeMm = 3;
        title.spaceAfterMm = 3;
        m_flow->text(p.title.isEmpty() ? Dossier::tr("Untitled project") : p.title, title);
        if (!p.organisation.isEmpty()) {
            PageFlow::TextStyle org = style(13, false, kGrey);
            org.spaceAfterMm = 4;
            m_flow->text(p.organisationLegalForm.isEmpty()
                             ? p.organisation
                             : Dossier::tr("%1 (%2)").arg(p.organisation, p.organisationLegalForm),
                         org);
        }
        const QString accroche =
            d.answers.value(QStringLiteral("pitch.accroche")).value.toString().trimmed();
        if (!accroche.isEmpty()) {
            PageFlow::TextStyle quote;
            quote.font = font(12);
            quote.color = kNavy;
            quote.spaceBeforeMm = 2;
            quote.spaceAfterMm = 8;
            quote.leftRule = kNavy;
            m_flow->text(QStringLiteral("« %1 »").arg(accroche), quote);
        }
        PageFlow::TextStyle space = style(4);
        space.spaceBeforeMm = 4;
        m_flow->text(QString(), space);
        facts(
            {
                {Dossier::tr("Holders"), holdersText()},
                {Dossier::tr("Commune"), orNot(p.commune)},
                {Dossier::tr("Category"), orNot(p.category)},
                {Dossier::tr("Theme"), orNot(p.theme)},
                {Dossier::tr("Stage"), Stages::name(p.stage)},
                {Dossier::tr("Edition"), orNot(p.edition)},
                {Dossier::tr("Subsidy requested"), Money::format(p.amountRequestedCents)},
                {Dossier::tr("Subsidy estimated"), Money::format(d.estimate.amountCents)},
                {Dossier::tr("Comptoirs attended"), workshopsText()},
            },
            11);
        PageFlow::TextStyle small = style(8, false, kGrey);
        small.spaceBeforeMm = 10;
        m_flow->text(Dossier::tr("Dossier produced on %1 from the workspace's data. Methodology: "
                                 "%2. Project reference: %3.")
                         .arg(QLocale().toString(d.producedAt.date(), QLocale::LongFormat),
                              methodologyName(), p.uuid),
                     small);
        m_flow->pageBreak();
    }

    QString methodologyName() const
    {
        return Dossier::tr("%1, version %2").arg(d.methodology.name).arg(d.methodology.version);
    }

    void summary()
    {
        heading(Dossier::tr("Summary"));
        label(Dossier::tr("The project in a few lines"));
        const QString summary = d.details.summary.trimmed();
        if (summary.isEmpty())
            missing(true);
        else
            body(summary);

        const qint64 expenses = BudgetLines::total(d.budget, BudgetLines::Kind::Expense);
        const qint64 resources = BudgetLines::total(d.budget, BudgetLines::Kind::Resource);
        int passed = 0;
        for (const Eligibility::Check &check : d.checks)
            passed += check.result == Eligibility::Result::Passed ? 1 : 0;
        label(Dossier::tr("Key figures"));
        const QJsonValue people = d.answers.value(QStringLiteral("public.nombre")).value;
        const QJsonValue start = d.answers.value(QStringLiteral("actions.demarrage")).value;
        facts({
            {Dossier::tr("Total expenses"), Money::format(expenses)},
            {Dossier::tr("Total resources"), Money::format(resources)},
            {Dossier::tr("Balance"), Money::format(resources - expenses)},
            {Dossier::tr("Subsidy requested"), Money::format(d.details.amountRequestedCents)},
            {Dossier::tr("Subsidy estimated"), Money::format(d.estimate.amountCents)},
            {Dossier::tr("Expected beneficiaries"),
             ProjectAnswers::isEmpty(people) ? Dossier::tr("not given") : plain(people)},
            {Dossier::tr("Planned start"), ProjectAnswers::isEmpty(start)
                                               ? Dossier::tr("not given")
                                               : dateText(start.toString())},
            {Dossier::tr("Eligibility"),
             Dossier::tr("%1 of %n check(s) passed", nullptr, int(d.checks.size())).arg(passed)},
        });

        label(Dossier::tr("Progress through the methodology"));
        const bool hasBudget = expenses > 0 && resources > 0;
        PageFlow::Table table;
        table.widths = {0.6, 0.2, 0.2};
        table.font = font(9);
        table.header = QStringList{Dossier::tr("Section"), Dossier::tr("Required answered"),
                                   Dossier::tr("Fields answered")};
        table.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight};
        Completeness::Count all;
        int number = 1;
        for (const Methodology::Section &section : d.methodology.sections) {
            const Completeness::Count count = Completeness::section(section, d.answers, hasBudget);
            all += count;
            table.rows << QStringList{
                QStringLiteral("%1. %2").arg(number++).arg(section.title),
                QStringLiteral("%1/%2").arg(count.requiredAnswered).arg(count.required),
                QStringLiteral("%1/%2").arg(count.answered).arg(count.total)};
        }
        table.rows << QStringList{
            Dossier::tr("All sections"),
            QStringLiteral("%1/%2").arg(all.requiredAnswered).arg(all.required),
            QStringLiteral("%1/%2").arg(all.answered).arg(all.total)};
        table.boldRows = {int(table.rows.size()) - 1};
        m_flow->table(table);
        m_flow->pageBreak();
    }

    void section(int number, const Methodology::Section &section)
    {
        heading(QStringLiteral("%1. %2").arg(number).arg(section.title));
        if (!section.intro.isEmpty()) {
            PageFlow::TextStyle intro;
            intro.font = font(9);
            intro.color = kGrey;
            intro.spaceAfterMm = 1;
            intro.keepWithNext = true;
            m_flow->text(section.intro, intro);
        }
        for (const Methodology::Field &field : section.fields)
            this->field(field);
    }

    void field(const Methodology::Field &field)
    {
        label(field.label);
        const QJsonValue value = d.answers.value(field.qualifiedKey).value;
        if (field.type == Type::Budget) {
            budget(field.required);
            return;
        }
        if (ProjectAnswers::isEmpty(value)) {
            missing(field.required);
            return;
        }
        switch (field.type) {
        case Type::Rows:
            rows(field, value.toArray());
            return;
        case Type::Qqoqcp:
            parts(Methodology::qqoqcpParts(), value.toObject());
            return;
        case Type::ProblemTree:
            m_flow->drawing(problemTree(value.toObject()));
            longParts(Methodology::problemTreeParts(), value.toObject(), kTreeBox);
            return;
        case Type::BusinessModelCanvas:
            m_flow->drawing(canvas(value.toObject()));
            longParts(Methodology::canvasBoxes(), value.toObject(), kCanvasBox);
            return;
        case Type::MultipleChoice: {
            QStringList items;
            for (const QJsonValue &v : value.toArray())
                items << QStringLiteral("•  %1").arg(plain(v));
            body(items.isEmpty() ? plain(value) : items.join(QLatin1Char('\n')));
            return;
        }
        default:
            body(valueText(field.type, value));
            return;
        }
    }

    // A diagram shortens what does not fit its boxes: those texts follow it in full.
    void longParts(const QList<Methodology::Part> &parts, const QJsonObject &values, int limit)
    {
        PageFlow::Table table;
        table.font = font(8.5);
        table.widths = {0.25, 0.75};
        table.boldColumns = {0};
        for (const Methodology::Part &part : parts) {
            const QString text = values.value(part.key).toString().trimmed();
            bool cut = text.size() > limit;
            if (limit == kTreeBox) { // the tree shortens each cause and effect, and the problem
                cut = part.key == QLatin1String("probleme") && text.size() > kProblemBox;
                for (const QString &line : lines(text))
                    cut = cut || (part.key != QLatin1String("probleme") && line.size() > kTreeBox);
            }
            if (cut)
                table.rows << QStringList{part.label, text};
        }
        if (table.rows.isEmpty())
            return;
        PageFlow::TextStyle note;
        note.font = font(8.5);
        note.color = kGrey;
        note.keepWithNext = true;
        m_flow->text(Dossier::tr("In full, the texts the diagram shortens:"), note);
        m_flow->table(table);
    }

    void rows(const Methodology::Field &field, const QJsonArray &rows)
    {
        PageFlow::Table table;
        table.font = font(8.5);
        for (const Methodology::Column &column : field.columns) {
            table.header << column.label;
            table.widths << (column.type == Type::LongText ? 2.0 : 1.0);
            table.alignments << (column.type == Type::Money || column.type == Type::Number
                                     ? Qt::AlignRight
                                     : Qt::AlignLeft);
        }
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            QStringList cells;
            bool any = false;
            for (const Methodology::Column &column : field.columns) {
                const QString text = valueText(column.type, row.value(column.key));
                any = any || !text.isEmpty();
                cells << text;
            }
            if (any)
                table.rows << cells;
        }
        if (table.rows.isEmpty()) {
            missing(field.required);
            return;
        }
        m_flow->table(table);
    }

    void parts(const QList<Methodology::Part> &parts, const QJsonObject &values)
    {
        PageFlow::Table table;
        table.font = font(9);
        table.widths = {0.25, 0.75};
        table.boldColumns = {0};
        for (const Methodology::Part &part : parts) {
            const QString text = values.value(part.key).toString().trimmed();
            table.rows << QStringList{part.label,
                                      text.isEmpty() ? Dossier::tr("Not filled in") : text};
        }
        m_flow->table(table);
    }

    void budget(bool required)
    {
        const qint64 expenses = BudgetLines::total(d.budget, BudgetLines::Kind::Expense);
        const qint64 resources = BudgetLines::total(d.budget, BudgetLines::Kind::Resource);
        if (d.budget.isEmpty()) {
            missing(required);
            return;
        }
        for (const BudgetLines::Kind kind :
             {BudgetLines::Kind::Expense, BudgetLines::Kind::Resource}) {
            PageFlow::Table table;
            table.font = font(9);
            table.widths = {0.32, 0.48, 0.2};
            table.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
            table.header =
                QStringList{kind == BudgetLines::Kind::Expense ? Dossier::tr("Expenses")
                                                               : Dossier::tr("Resources"),
                            Dossier::tr("Item"), Dossier::tr("Amount")};
            for (const BudgetLines::Line &line : d.budget) {
                if (line.kind == kind)
                    table.rows << QStringList{line.category, line.label,
                                              Money::format(line.amountCents)};
            }
            if (table.rows.isEmpty())
                table.rows << QStringList{Dossier::tr("none"), QString(), Money::format(0)};
            table.rows << QStringList{
                kind == BudgetLines::Kind::Expense ? Dossier::tr("Total expenses")
                                                   : Dossier::tr("Total resources"),
                QString(),
                Money::format(kind == BudgetLines::Kind::Expense ? expenses : resources)};
            table.boldRows = {int(table.rows.size()) - 1};
            m_flow->table(table);
        }
        const qint64 citizen = BudgetLines::citizenBudget(d.budget);
        PageFlow::Table totals;
        totals.font = font(9.5);
        totals.widths = {0.8, 0.2};
        totals.alignments = {Qt::AlignLeft, Qt::AlignRight};
        totals.zebra = QColor();
        totals.rows << QStringList{Dossier::tr("Balance (resources − expenses)"),
                                   Money::format(resources - expenses)};
        totals.rows << QStringList{Dossier::tr("of which the Budget Citoyen"),
                                   Money::format(citizen)};
        totals.rows << QStringList{Dossier::tr("Co-financing (other resources)"),
                                   Money::format(resources - citizen)};
        totals.boldRows = {0};
        m_flow->table(totals);
        if (resources != expenses) {
            PageFlow::TextStyle warn = style(9, true, kMissing);
            m_flow->text(Dossier::tr("The budget is not balanced."), warn);
        }
    }

    void archived()
    {
        QStringList keys;
        for (auto it = d.answers.cbegin(); it != d.answers.cend(); ++it) {
            if (!d.methodology.field(it.key()) && !ProjectAnswers::isEmpty(it.value().value))
                keys << it.key();
        }
        if (keys.isEmpty())
            return;
        keys.sort();
        heading(Dossier::tr("Archived answers"));
        PageFlow::TextStyle intro;
        intro.font = font(9);
        intro.color = kGrey;
        m_flow->text(Dossier::tr("Answers to questions the current methodology no longer asks, "
                                 "kept as they were written."),
                     intro);
        for (const QString &key : std::as_const(keys)) {
            label(key);
            body(plain(d.answers.value(key).value));
        }
    }

    // The pièces jointes: one row each, then the photos as figures.
    void pieces()
    {
        if (d.pieces.isEmpty())
            return;
        m_flow->pageBreak();
        heading(Dossier::tr("Attachments"));
        PageFlow::Table table;
        table.font = font(8.5);
        table.widths = {0.15, 0.30, 0.25, 0.10, 0.20};
        table.header = QStringList{Dossier::tr("Kind"), Dossier::tr("Caption and file"),
                                   Dossier::tr("Budget line"), Dossier::tr("Size"),
                                   Dossier::tr("Fingerprint")};
        table.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight,
                            Qt::AlignLeft};
        for (const Dossier::Data::Piece &piece : d.pieces) {
            const Attachments::Attachment &a = piece.attachment;
            QString what = a.caption.isEmpty() ? a.fileName
                                               : QStringLiteral("%1\n%2").arg(a.caption, a.fileName);
            if (a.confidential)
                what += QLatin1Char('\n') + Dossier::tr("(confidential)");
            table.rows << QStringList{Attachments::kindLabel(a.kind), what,
                                      piece.budgetLine.isEmpty() ? QStringLiteral("—")
                                                                 : piece.budgetLine,
                                      Attachments::sizeText(a.size),
                                      Attachments::fingerprint(a.sha256)};
        }
        m_flow->table(table);
        for (const Dossier::Data::Piece &piece : d.pieces) {
            if (piece.photo.isNull())
                continue;
            const QImage photo = piece.photo;
            PageFlow::Drawing figure;
            // As wide as the text at most, and 95 mm high at most: two photos a page.
            figure.height = [photo](double width, QPaintDevice *device) {
                const QSizeF fitted = QSizeF(photo.size()).scaled(
                    QSizeF(width, PageFlow::mm(device, 95)), Qt::KeepAspectRatio);
                return fitted.height();
            };
            figure.paint = [photo](QPainter *painter, const QRectF &rect) {
                const QSizeF fitted = QSizeF(photo.size()).scaled(rect.size(), Qt::KeepAspectRatio);
                const QRectF target(rect.topLeft(), fitted);
                painter->drawImage(target, photo);
                painter->setPen(QPen(kRule, 1));
                painter->drawRect(target);
            };
            figure.spaceAfterMm = 1;
            m_flow->drawing(figure);
            PageFlow::TextStyle caption = style(8.5, false, kGrey);
            caption.spaceAfterMm = 4;
            const Attachments::Attachment &a = piece.attachment;
            m_flow->text(a.caption.isEmpty()
                             ? a.fileName
                             : Dossier::tr("%1 (%2)").arg(a.caption, a.fileName),
                         caption);
        }
    }

    // « Suivi de l'accompagnement »: what the committee reads as engagement.
    void followUp()
    {
        const FollowUps::Summary &f = d.followUp;
        heading(Dossier::tr("Follow-up of the support"));
        QStringList facts;
        facts << Dossier::tr("%n contact(s) with the facilitators", nullptr, f.contacts)
              << Dossier::tr("%n workshop(s) attended", nullptr, f.workshops);
        QString text = facts.join(QStringLiteral(", "));
        text += f.lastContact.isValid()
                    ? Dossier::tr("; last met on %1.")
                          .arg(f.lastContact.toString(QStringLiteral("dd/MM/yyyy")))
                    : QStringLiteral(".");
        m_flow->text(text, style(10));
        if (f.steps.isEmpty())
            return;
        PageFlow::Table table;
        table.font = font(9);
        table.widths = {0.46, 0.16, 0.22, 0.16};
        table.header = QStringList{Dossier::tr("Next step"), Dossier::tr("Due"),
                                   Dossier::tr("Who"), Dossier::tr("Done")};
        const QString format = QStringLiteral("dd/MM/yyyy");
        // The open steps first, then the last ones done: six at most.
        for (int i = 0; i < f.steps.size() && i < 6; ++i) {
            const FollowUps::Step &s = f.steps.at(i);
            table.rows << QStringList{s.description,
                                      s.due.isValid() ? s.due.toString(format) : QStringLiteral("—"),
                                      s.assignee.isEmpty() ? QStringLiteral("—") : s.assignee,
                                      s.done.isValid() ? s.done.toString(format)
                                                       : Dossier::tr("to do")};
        }
        m_flow->table(table);
    }

    void compliance()
    {
        m_flow->pageBreak();
        heading(Dossier::tr("Eligibility"));
        PageFlow::Table table;
        table.font = font(9);
        table.widths = {0.34, 0.18, 0.48};
        table.header = QStringList{Dossier::tr("Check"), Dossier::tr("Result"), Dossier::tr("Why")};
        for (const Eligibility::Check &check : d.checks) {
            QString result;
            switch (check.result) {
            case Eligibility::Result::Passed:
                result = Dossier::tr("✔ Passed");
                break;
            case Eligibility::Result::Failed:
                result = Dossier::tr("✘ Not passed");
                break;
            case Eligibility::Result::ToCheck:
                result = Dossier::tr("? To check");
                break;
            }
            table.rows << QStringList{check.label, result, check.reason};
        }
        if (table.rows.isEmpty())
            table.rows << QStringList{Dossier::tr("No check applies to this edition."), QString(),
                                      QString()};
        m_flow->table(table);
        if (!d.details.stageOverrideReason.isEmpty()) {
            label(Dossier::tr("Marked ready although a check did not pass, because"));
            body(d.details.stageOverrideReason);
        }
        label(Dossier::tr("Subsidy estimate"));
        body(d.estimate.reasoning.isEmpty() ? Money::format(d.estimate.amountCents)
                                            : d.estimate.reasoning.join(QLatin1Char('\n')));
    }

    void colophon()
    {
        PageFlow::TextStyle s = style(8, false, kGrey);
        s.spaceBeforeMm = 10;
        m_flow->text(
            Dossier::tr("Produced by %1 on %2 with the methodology %3. The answers are "
                        "the holders' own words, as written at the comptoirs.")
                .arg(QStringLiteral("Comptoir %1").arg(QCoreApplication::applicationVersion()),
                     QLocale().toString(d.producedAt, QLocale::LongFormat), methodologyName()),
            s);
    }
};

} // namespace

std::optional<Dossier::Data> Dossier::load(const Workspace &workspace, qint64 projectId,
                                           QString *error, Methodologies *cache)
{
    // One reading of the file for the whole project: what the window writes meanwhile is in
    // the dossier entirely or not at all — and the file is locked and looked at once, not
    // once a statement (a batch reads a dozen for each project). Nothing is written.
    Transaction snapshot(workspace.database());
    std::optional<ProjectDetails> details = ProjectDetails::load(workspace, projectId, error);
    if (!details)
        return std::nullopt;
    Data data;
    data.details = std::move(*details);
    data.producedAt = QDateTime::currentDateTime();

    // The definition the project follows; the newest stored, or the built-in one, for a
    // project that never had one (nothing is written here).
    qint64 methodologyId = ProjectRecord::methodologyId(workspace, projectId);
    if (methodologyId == 0) {
        QString ignored;
        const std::optional<MethodologyStore::Entry> latest =
            MethodologyStore::latest(workspace, Methodology::builtIn().code, &ignored);
        methodologyId = latest ? latest->id : 0;
    }
    if (methodologyId == 0) {
        data.methodology = Methodology::builtIn();
    } else if (cache && cache->contains(methodologyId)) {
        data.methodology = cache->value(methodologyId);
    } else {
        std::optional<Methodology> methodology =
            MethodologyStore::load(workspace, methodologyId, error);
        if (!methodology)
            return std::nullopt;
        data.methodology = std::move(*methodology);
        if (cache)
            cache->insert(methodologyId, data.methodology);
    }

    QString readError;
    data.answers = ProjectAnswers::all(workspace, projectId, &readError);
    if (readError.isEmpty())
        data.budget = BudgetLines::load(workspace, projectId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    const std::optional<QList<Eligibility::Check>> checks = Eligibility::evaluate(
        workspace, projectId, data.methodology, QDate::currentDate(), data.answers, &readError);
    if (checks)
        data.checks = *checks;
    data.estimate = SubsidyEstimate::compute(
        data.details.amountRequestedCents, data.details.category, data.details.categoryFloorCents,
        data.details.categoryCeilingCents, data.details.envelopeCents,
        data.details.stage == Stage::NotSelected);

    // Names only with the consent to publish them; never contact details.
    const QStringList names = Holders::publicNamesOfProject(workspace, projectId);
    for (int i = 0; i < names.size(); ++i)
        data.holders << (names.at(i).isEmpty() ? tr("Holder %1 (name not published)").arg(i + 1)
                                               : names.at(i));

    // The pièces jointes; photos read scaled (QImageReader decodes them at print size).
    const auto attachments = Attachments::list(workspace, projectId);
    if (attachments) {
        QHash<QString, QString> lines;
        for (const BudgetLines::Line &line : std::as_const(data.budget))
            lines.insert(line.uuid, tr("%1 (%2)").arg(line.label.isEmpty() ? line.category
                                                                             : line.label,
                                                        Money::format(line.amountCents)));
        for (const Attachments::Attachment &a : *attachments) {
            Data::Piece piece{a, lines.value(a.budgetLineUuid), QImage()};
            if (AttachmentContent::isImage(a.mediaType)) {
                const Result<QByteArray> bytes = Attachments::read(workspace, a.sha256);
                if (bytes) {
                    QBuffer buffer;
                    buffer.setData(*bytes);
                    buffer.open(QIODevice::ReadOnly);
                    QImageReader reader(&buffer);
                    reader.setAutoTransform(true);
                    const QSize full = reader.size();
                    if (full.isValid() && (full.width() > 1600 || full.height() > 1600))
                        reader.setScaledSize(full.scaled(1600, 1600, Qt::KeepAspectRatio));
                    piece.photo = reader.read();
                }
            }
            data.pieces << piece;
        }
    }

    if (const auto followUp = FollowUps::summary(workspace, projectId))
        data.followUp = *followUp;

    Workspace::Statement statement =
        workspace.statement(QStringLiteral("SELECT DISTINCT v.name, w.starts_at"
                                           "  FROM project_holders ph"
                                           "  CROSS JOIN attendance t ON t.holder_id = ph.holder_id"
                                           "  CROSS JOIN workshops w ON w.id = t.workshop_id"
                                           "  LEFT JOIN venues v ON v.id = w.venue_id"
                                           " WHERE ph.project_id = ? AND t.status = 'present'"
                                           " ORDER BY w.starts_at"));
    QSqlQuery &query = statement.query();
    query.addBindValue(projectId);
    if (query.exec()) {
        while (query.next()) {
            const QDateTime start =
                QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
            data.workshops.append({query.value(0).toString(), start.toLocalTime().date()});
        }
    }
    query.finish();
    snapshot.commit(); // the reading ends (nothing was written)
    return data;
}

std::unique_ptr<PageFlow> Dossier::layout(const Data &data)
{
    auto flow = std::make_unique<PageFlow>();
    flow->setMargins(20, 24, 20, 20);
    Writer(data, flow.get()).build();
    return flow;
}

int Dossier::render(const Data &data, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const int pages = render(data, &painter, device);
    painter.end();
    return pages;
}

int Dossier::render(const Data &data, QPainter *painter, QPagedPaintDevice *device)
{
    const std::unique_ptr<PageFlow> flow = layout(data);
    const QString edition = data.details.edition;
    const QString title = data.details.title;
    const QString produced = QLocale().toString(data.producedAt.date(), QLocale::ShortFormat);
    return flow->render(
        painter, device, [&](QPainter *p, const QRectF &page, int index, int count) {
            const double margin = PageFlow::mm(device, 20);
            const double width = page.width() - 2 * margin;
            if (index == 0) {
                // The cover's band.
                p->fillRect(QRectF(0, 0, page.width(), PageFlow::mm(device, 14)), kNavy);
                p->setPen(Qt::white);
                p->setFont(QFont(font(10, true), device));
                p->drawText(QRectF(margin, 0, width, PageFlow::mm(device, 14)),
                            Qt::AlignVCenter | Qt::AlignLeft,
                            edition.isEmpty()
                                ? tr("Budget Citoyen of the Pas-de-Calais")
                                : tr("Budget Citoyen of the Pas-de-Calais · %1").arg(edition));
            } else {
                p->setPen(kGrey);
                p->setFont(QFont(font(8), device));
                const QRectF header(margin, PageFlow::mm(device, 10), width,
                                    PageFlow::mm(device, 6));
                const QFontMetricsF metrics(p->font(), device);
                p->drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                            tr("Budget Citoyen of the Pas-de-Calais"));
                p->drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                            metrics.elidedText(title, Qt::ElideRight, width * 0.6));
                p->setPen(QPen(kNavy, 2));
                p->drawLine(QLineF(header.bottomLeft(), header.bottomRight()));
            }
            p->setPen(kGrey);
            p->setFont(QFont(font(8), device));
            const QRectF footer(margin, page.height() - PageFlow::mm(device, 14), width,
                                PageFlow::mm(device, 6));
            p->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                        tr("Project dossier · produced on %1").arg(produced));
            p->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                        tr("Page %1 of %2").arg(index + 1).arg(count));
        });
}

namespace {

bool renderInto(const Dossier::Data &data, PdfFile &file, QString *error)
{
    if (!file.open(error))
        return false;
    if (Dossier::render(data, file.writer()) == 0) {
        file.cancel();
        *error = Dossier::tr("The dossier could not be drawn.");
        return false;
    }
    return true;
}

} // namespace

bool Dossier::writePdf(const Data &data, const QString &path, QString *error)
{
    PdfFile file(path, documentTitle(data), author());
    return renderInto(data, file, error) && file.commit(error);
}

std::unique_ptr<QSaveFile> Dossier::finishPdf(const Data &data, const QString &path,
                                              QString *error)
{
    PdfFile file(path, documentTitle(data), author());
    if (!renderInto(data, file, error))
        return nullptr;
    return file.finish(error);
}

QList<CompletePdf::Piece> Dossier::completePieces(const Workspace &workspace, const Data &data,
                                                  QStringList *notes)
{
    QList<CompletePdf::Piece> pieces;
    for (const Data::Piece &piece : data.pieces) {
        const Attachments::Attachment &a = piece.attachment;
        if (!AttachmentContent::isPdf(a.mediaType))
            continue;
        const Result<QByteArray> bytes = Attachments::read(workspace, a.sha256);
        if (!bytes) {
            if (notes)
                *notes << tr("%1: %2").arg(a.fileName, bytes.error());
            continue;
        }
        const QString title = a.caption.isEmpty()
                                  ? tr("%1 — %2").arg(Attachments::kindLabel(a.kind), a.fileName)
                                  : tr("%1 — %2").arg(Attachments::kindLabel(a.kind), a.caption);
        pieces.append({title, *bytes});
    }
    return pieces;
}

bool Dossier::writeCompletePdf(const Data &data, const QList<CompletePdf::Piece> &pieces,
                               const QString &path, QString *error, QStringList *notes)
{
    // The dossier first, beside the target; then the pieces appended to it.
    const QString dossier = path + QStringLiteral(".dossier.part");
    if (!writePdf(data, dossier, error))
        return false;
    const auto removeDossier = qScopeGuard([&dossier] { QFile::remove(dossier); });
    return CompletePdf::append(dossier, tr("Dossier: %1").arg(data.details.title), pieces, path,
                               error, notes);
}

bool Dossier::writeCompletePdf(const Workspace &workspace, const Data &data, const QString &path,
                               QString *error, QStringList *notes)
{
    return writeCompletePdf(data, completePieces(workspace, data, notes), path, error, notes);
}

QString Dossier::safeFileName(QString name)
{
    static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (unsafe.contains(c) || c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('-');
    }
    name = name.simplified();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    // Room for the rest of the name and a number in file systems of 255 bytes.
    while (name.toUtf8().size() > 150)
        name.chop(1);
    return name.trimmed();
}

QString Dossier::suggestedFileName(const Data &data)
{
    const QString title = safeFileName(data.details.title);
    return tr("Dossier - %1.pdf").arg(title.isEmpty() ? tr("untitled project") : title);
}

QString Dossier::documentTitle(const Data &data)
{
    return tr("Dossier · %1").arg(data.details.title);
}

QString Dossier::author()
{
    return tr("Budget Citoyen of the Pas-de-Calais");
}
