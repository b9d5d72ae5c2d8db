#include "PageFlow.h"

#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

const QColor PageFlow::navy(0x1f, 0x3a, 0x5f);
const QColor PageFlow::grey(0x5f, 0x67, 0x70);
const QColor PageFlow::light(0xee, 0xf2, 0xf7);
const QColor PageFlow::rule(0xc8, 0xcf, 0xd8);

QString PageFlow::family()
{
    // Registered once per process, on whichever thread writes the first document (the font
    // database is thread-safe).
    static const QString registered = [] {
        const int regular =
            QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/ComptoirSans.ttf"));
        const int bold =
            QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/ComptoirSans-Bold.ttf"));
        const QString name = QFontDatabase::applicationFontFamilies(regular).value(0);
        if (regular < 0 || bold < 0 || name.isEmpty()) {
            qWarning("The documents' typeface could not be loaded; DejaVu Sans is used instead");
            return QStringLiteral("DejaVu Sans");
        }
        return name;
    }();
    return registered;
}

QFont PageFlow::font(double points, bool bold)
{
    QFont f;
    // Characters outside the typeface's alphabets come from DejaVu Sans, then from the system.
    f.setFamilies({family(), QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

double PageFlow::mm(const QPaintDevice *device, double millimetres)
{
    return millimetres * device->logicalDpiY() / 25.4;
}

// One thing on the page, cut into slices a page break may fall between (the lines of a text,
// the rows of a table).
struct PageFlow::Block
{
    virtual ~Block() = default;
    virtual void layout(double width, QPaintDevice *device) = 0;
    virtual int count() const = 0;
    virtual double height(int slice) const = 0;
    // No page break between this slice and the next.
    virtual bool glued(int slice) const = 0;
    // What lies under a slice's content: rectangles of one colour (layer 0 the backgrounds,
    // layer 1 what lies on them) and lines. A page gathers them from all its slices and paints
    // them before any content, a run of one colour at once: Qt's PDF engine says the colour
    // again for every rectangle or line it is given alone, and a box of forty lines then set
    // its background forty times. Slices do not overlap but for a line on the edge between
    // two, which lies over both fills.
    struct Fill
    {
        QRectF rect;
        QColor color;
        int layer = 0;
    };
    struct Rule
    {
        QLineF line;
        QColor color;
        double width = 1;
    };
    virtual void fills(int /*slice*/, const QPointF & /*at*/, double /*width*/,
                       std::vector<Fill> * /*out*/) const
    {}
    virtual void rules(int /*slice*/, const QPointF & /*at*/, double /*width*/,
                       std::vector<Rule> * /*out*/) const
    {}
    virtual void paint(QPainter *painter, int slice, const QPointF &at, double width) const = 0;
    // The slice drawn again at the top of each page the block runs onto (a table's header).
    virtual int repeated() const { return -1; }
    virtual bool breaksPage() const { return false; }

    bool keepWithNext = false;
    double spaceBeforeMm = 0;
    double spaceAfterMm = 0;
};

namespace {

QTextOption wrapping(Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

// Lays text out in width; returns its height.
double layOut(QTextLayout &layout, double width)
{
    double y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

QString forLayout(QString text)
{
    // Line breaks the writer typed stay line breaks.
    text.replace(QLatin1String("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

struct TextBlock final : PageFlow::Block
{
    QString content;
    PageFlow::TextStyle style;
    QTextLayout layoutOf;
    double padding = 0;
    double indent = 0;
    double rule = 0;
    QPaintDevice *device = nullptr;

    void layout(double width, QPaintDevice *on) override
    {
        device = on;
        const bool boxed = style.background.isValid() || style.leftRule.isValid();
        padding = boxed ? PageFlow::mm(on, 1.6) : 0;
        rule = style.leftRule.isValid() ? PageFlow::mm(on, 0.8) : 0;
        indent = PageFlow::mm(on, style.indentMm);
        layoutOf.setText(forLayout(content));
        layoutOf.setFont(QFont(style.font, on));
        layoutOf.setTextOption(wrapping(style.alignment));
        layOut(layoutOf, std::max(1.0, width - indent - 2 * padding - rule));
    }
    int count() const override { return std::max(1, layoutOf.lineCount()); }
    double height(int slice) const override
    {
        if (layoutOf.lineCount() == 0)
            return 2 * padding;
        double h = layoutOf.lineAt(slice).height();
        if (slice == 0)
            h += padding;
        if (slice == layoutOf.lineCount() - 1)
            h += padding;
        return h;
    }
    bool glued(int slice) const override
    {
        // Never one line alone at the top or the bottom of a page.
        const int n = layoutOf.lineCount();
        return n <= 3 || slice == 0 || slice == n - 2;
    }
    QRectF band(int slice, const QPointF &at, double width) const
    {
        return QRectF(at.x() + indent, at.y(), width - indent, height(slice));
    }
    void fills(int slice, const QPointF &at, double width,
               std::vector<Fill> *out) const override
    {
        const QRectF b = band(slice, at, width);
        if (style.background.isValid())
            out->push_back({b, style.background, 0});
        if (style.leftRule.isValid())
            out->push_back({QRectF(b.left(), b.top(), rule, b.height()), style.leftRule, 1});
    }
    void paint(QPainter *painter, int slice, const QPointF &at, double width) const override
    {
        if (layoutOf.lineCount() == 0)
            return;
        const QTextLine line = layoutOf.lineAt(slice);
        const double top = at.y() + (slice == 0 ? padding : 0);
        painter->setPen(style.color);
        line.draw(painter, QPointF(band(slice, at, width).left() + rule + padding, top - line.y()));
    }
};

struct TableBlock final : PageFlow::Block
{
    PageFlow::Table table;
    QList<double> xs; // column edges
    // Row 0 is the header when there is one.
    std::vector<std::vector<std::unique_ptr<QTextLayout>>> cells;
    QList<double> heights;
    double padding = 0;
    bool hasHeader = false;

    void layout(double width, QPaintDevice *device) override
    {
        hasHeader = !table.header.isEmpty();
        padding = PageFlow::mm(device, 1.4);
        double total = 0;
        for (double w : std::as_const(table.widths))
            total += w;
        xs = {0};
        for (double w : std::as_const(table.widths))
            xs << xs.constLast() + width * w / (total > 0 ? total : 1);
        cells.clear();
        heights.clear();
        QList<QStringList> rows = table.rows;
        if (hasHeader)
            rows.prepend(table.header);
        QFont bold(table.font, device);
        bold.setBold(true);
        const QFont normal(table.font, device);
        for (int r = 0; r < rows.size(); ++r) {
            std::vector<std::unique_ptr<QTextLayout>> row;
            double h = 0;
            const int dataRow = hasHeader ? r - 1 : r;
            for (int c = 0; c + 1 < xs.size(); ++c) {
                auto layout = std::make_unique<QTextLayout>(
                    forLayout(c < rows.at(r).size() ? rows.at(r).at(c) : QString()));
                const bool strong = (hasHeader && r == 0) || table.boldRows.contains(dataRow) ||
                                    table.boldColumns.contains(c);
                layout->setFont(strong ? bold : normal);
                layout->setTextOption(
                    wrapping(c < table.alignments.size() ? table.alignments.at(c) : Qt::AlignLeft));
                h = std::max(h,
                             layOut(*layout, std::max(1.0, xs.at(c + 1) - xs.at(c) - 2 * padding)));
                row.push_back(std::move(layout));
            }
            heights << h + 2 * padding;
            cells.push_back(std::move(row));
        }
    }
    int count() const override { return int(heights.size()); }
    double height(int slice) const override { return heights.at(slice); }
    bool glued(int slice) const override { return hasHeader && slice == 0; }
    int repeated() const override { return hasHeader ? 0 : -1; }
    QRectF band(int slice, const QPointF &at, double width) const
    {
        return QRectF(at.x(), at.y(), width, heights.at(slice));
    }
    void fills(int slice, const QPointF &at, double width,
               std::vector<Fill> *out) const override
    {
        const bool header = hasHeader && slice == 0;
        const int dataRow = hasHeader ? slice - 1 : slice;
        if (header)
            out->push_back({band(slice, at, width), table.headerBackground, 0});
        else if (table.zebra.isValid() && dataRow % 2 == 1)
            out->push_back({band(slice, at, width), table.zebra, 0});
    }
    void rules(int slice, const QPointF &at, double width,
               std::vector<Rule> *out) const override
    {
        if (hasHeader && slice == 0)
            return;
        const QRectF b = band(slice, at, width);
        const int dataRow = hasHeader ? slice - 1 : slice;
        if (table.boldRows.contains(dataRow)) {
            out->push_back({QLineF(b.topLeft(), b.topRight()), table.headerBackground, 2.5});
            out->push_back({QLineF(b.bottomLeft(), b.bottomRight()), table.headerBackground, 2.5});
        } else {
            out->push_back({QLineF(b.bottomLeft(), b.bottomRight()), table.rule, 1});
        }
    }
    void paint(QPainter *painter, int slice, const QPointF &at, double) const override
    {
        const bool header = hasHeader && slice == 0;
        painter->setPen(header ? table.headerColor : QColor(Qt::black));
        const auto &row = cells.at(size_t(slice));
        for (size_t c = 0; c < row.size(); ++c) {
            const QTextLayout &layout = *row.at(c);
            layout.draw(painter, QPointF(at.x() + xs.at(int(c)) + padding, at.y() + padding));
        }
    }
};

struct DrawingBlock final : PageFlow::Block
{
    PageFlow::Drawing drawing;
    double h = 0;
    void layout(double width, QPaintDevice *device) override { h = drawing.height(width, device); }
    int count() const override { return 1; }
    double height(int) const override { return h; }
    bool glued(int) const override { return false; }
    void paint(QPainter *painter, int, const QPointF &at, double width) const override
    {
        painter->save();
        drawing.paint(painter, QRectF(at, QSizeF(width, h)));
        painter->restore();
    }
};

struct BreakBlock final : PageFlow::Block
{
    void layout(double, QPaintDevice *) override {}
    int count() const override { return 1; }
    double height(int) const override { return 0; }
    bool glued(int) const override { return false; }
    void paint(QPainter *, int, const QPointF &, double) const override {}
    bool breaksPage() const override { return true; }
};

// A page's fills, layer by layer, and its rules, each colour (and pen) once: the rectangles
// of a run of slices of one block joined into one, those of one colour drawn in one call.
void paintUnder(QPainter *painter, std::vector<PageFlow::Block::Fill> fills,
                const std::vector<PageFlow::Block::Rule> &rules)
{
    if (fills.empty() && rules.empty())
        return;
    // Joined: one above the other, as wide, of one colour and layer (a box's lines).
    std::stable_sort(fills.begin(), fills.end(),
                     [](const auto &a, const auto &b) { return a.layer < b.layer; });
    std::vector<PageFlow::Block::Fill> joined;
    for (const PageFlow::Block::Fill &fill : fills) {
        if (!joined.empty()) {
            PageFlow::Block::Fill &last = joined.back();
            if (last.layer == fill.layer && last.color == fill.color &&
                qFuzzyCompare(last.rect.left(), fill.rect.left()) &&
                qFuzzyCompare(last.rect.width(), fill.rect.width()) &&
                std::abs(last.rect.bottom() - fill.rect.top()) < 0.01) {
                last.rect.setBottom(fill.rect.bottom());
                continue;
            }
        }
        joined.push_back(fill);
    }
    painter->save();
    painter->setPen(Qt::NoPen);
    // Layer by layer (they are in that order), each colour of a layer in one call.
    std::vector<QRectF> rects;
    std::vector<bool> painted(joined.size(), false);
    for (size_t i = 0; i < joined.size(); ++i) {
        if (painted[i])
            continue;
        rects.clear();
        for (size_t j = i; j < joined.size() && joined[j].layer == joined[i].layer; ++j) {
            if (!painted[j] && joined[j].color == joined[i].color) {
                rects.push_back(joined[j].rect);
                painted[j] = true;
            }
        }
        painter->setBrush(joined[i].color);
        painter->drawRects(rects.data(), int(rects.size()));
    }
    painter->setBrush(Qt::NoBrush);
    std::vector<bool> done(rules.size(), false);
    std::vector<QLineF> lines;
    for (size_t i = 0; i < rules.size(); ++i) {
        if (done[i])
            continue;
        lines.clear();
        for (size_t j = i; j < rules.size(); ++j) {
            if (!done[j] && rules[j].color == rules[i].color &&
                qFuzzyCompare(rules[j].width, rules[i].width)) {
                lines.push_back(rules[j].line);
                done[j] = true;
            }
        }
        painter->setPen(QPen(rules[i].color, rules[i].width));
        painter->drawLines(lines.data(), int(lines.size()));
    }
    painter->restore();
}

} // namespace

PageFlow::PageFlow() = default;
PageFlow::~PageFlow() = default;

void PageFlow::setMargins(double leftMm, double topMm, double rightMm, double bottomMm)
{
    m_left = leftMm;
    m_top = topMm;
    m_right = rightMm;
    m_bottom = bottomMm;
}

void PageFlow::text(const QString &text, const TextStyle &style)
{
    auto block = std::make_unique<TextBlock>();
    block->content = text;
    block->style = style;
    block->keepWithNext = style.keepWithNext;
    block->spaceBeforeMm = style.spaceBeforeMm;
    block->spaceAfterMm = style.spaceAfterMm;
    m_blocks.push_back(std::move(block));
}

void PageFlow::table(const Table &table)
{
    auto block = std::make_unique<TableBlock>();
    block->table = table;
    block->keepWithNext = table.keepWithNext;
    block->spaceBeforeMm = table.spaceBeforeMm;
    block->spaceAfterMm = table.spaceAfterMm;
    m_blocks.push_back(std::move(block));
}

void PageFlow::drawing(const Drawing &drawing)
{
    auto block = std::make_unique<DrawingBlock>();
    block->drawing = drawing;
    block->spaceBeforeMm = drawing.spaceBeforeMm;
    block->spaceAfterMm = drawing.spaceAfterMm;
    m_blocks.push_back(std::move(block));
}

void PageFlow::pageBreak()
{
    m_blocks.push_back(std::make_unique<BreakBlock>());
}

int PageFlow::render(QPagedPaintDevice *device, const Decorate &decorate) const
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const int pages = render(&painter, device, decorate);
    painter.end();
    return pages;
}

int PageFlow::render(QPainter *painter, QPagedPaintDevice *device, const Decorate &decorate) const
{
    const QRectF page(0, 0, device->width(), device->height());
    const double left = mm(device, m_left);
    const double top = mm(device, m_top);
    const double width = page.width() - left - mm(device, m_right);
    const double available = page.height() - top - mm(device, m_bottom);
    if (width <= 0 || available <= 0)
        return 0;

    struct Slice
    {
        Block *block;
        int index;
        double gap; // space above it, dropped at the top of a page
        bool glued; // no page break after it
    };
    std::vector<Slice> slices;
    double pendingSpace = 0;
    for (size_t b = 0; b < m_blocks.size(); ++b) {
        Block *block = m_blocks[b].get();
        block->layout(width, device);
        const double before = pendingSpace + mm(device, block->spaceBeforeMm);
        for (int i = 0; i < block->count(); ++i) {
            const bool last = i == block->count() - 1;
            slices.push_back(
                {block, i, i == 0 ? before : 0.0, last ? block->keepWithNext : block->glued(i)});
        }
        pendingSpace = mm(device, block->spaceAfterMm);
    }

    struct Placed
    {
        const Slice *slice;
        double y;
    };
    std::vector<std::vector<Placed>> pages(1);
    double y = 0;
    const auto newPage = [&] {
        pages.emplace_back();
        y = 0;
    };
    // The height a slice takes where it would go next: its gap unless the page is empty, and
    // its table's header when it would open a page.
    const auto cost = [&](size_t k, bool first) {
        const Slice &s = slices[k];
        double h = s.block->height(s.index) + (first ? 0 : s.gap);
        if (first && s.block->repeated() >= 0 && s.block->repeated() != s.index)
            h += s.block->height(s.block->repeated());
        return h;
    };
    const auto place = [&](size_t k) {
        const Slice &s = slices[k];
        const bool first = pages.back().empty();
        if (first && s.block->repeated() >= 0 && s.block->repeated() != s.index) {
            // The table's header, painted again from its own slice.
            for (const Slice &candidate : slices) {
                if (candidate.block == s.block && candidate.index == s.block->repeated()) {
                    pages.back().push_back({&candidate, y});
                    y += s.block->height(candidate.index);
                    break;
                }
            }
        }
        if (!first)
            y += s.gap;
        pages.back().push_back({&s, y});
        y += s.block->height(s.index);
    };

    size_t k = 0;
    while (k < slices.size()) {
        if (slices[k].block->breaksPage()) {
            if (!pages.back().empty())
                newPage();
            ++k;
            continue;
        }
        // The run of slices that must stay together.
        size_t end = k;
        while (end + 1 < slices.size() && slices[end].glued && !slices[end + 1].block->breaksPage())
            ++end;
        const bool first = pages.back().empty();
        double runHeight = cost(k, first);
        for (size_t j = k + 1; j <= end; ++j)
            runHeight += cost(j, false);
        if (y + runHeight <= available) {
            for (size_t j = k; j <= end; ++j)
                place(j);
            k = end + 1;
        } else if (!first) {
            newPage();
        } else {
            // Taller than a page: as much as fits, then the rest on the next pages.
            place(k++);
            while (k <= end && y + cost(k, false) <= available)
                place(k++);
            if (k < slices.size())
                newPage();
        }
    }
    if (pages.size() > 1 && pages.back().empty())
        pages.pop_back();

    const int count = int(pages.size());
    for (int p = 0; p < count; ++p) {
        if (p > 0)
            device->newPage();
        painter->save();
        if (decorate)
            decorate(painter, page, p, count);
        painter->restore();
        // What lies under the slices (their fills and rules, gathered: paintUnder), then their
        // content one after the other in the painter's state, not each between a save and a
        // restore: each sets the pen it draws with (a drawing keeps its own state), and a PDF
        // then says a colour once for a run of lines rather than again for every line.
        const std::vector<Placed> &placedOnPage = pages[size_t(p)];
        const auto at = [&](const Placed &placed) { return QPointF(left, top + placed.y); };
        std::vector<Block::Fill> fills;
        std::vector<Block::Rule> rules;
        for (const Placed &placed : placedOnPage) {
            placed.slice->block->fills(placed.slice->index, at(placed), width, &fills);
            placed.slice->block->rules(placed.slice->index, at(placed), width, &rules);
        }
        paintUnder(painter, std::move(fills), rules);
        for (const Placed &placed : placedOnPage)
            placed.slice->block->paint(painter, placed.slice->index, at(placed), width);
    }
    return count;
}
