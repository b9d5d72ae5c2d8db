#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;

// A small page layout engine for the documents Comptoir prints (a project's dossier, a
// workshop's report): headings, paragraphs, tables and drawn diagrams flowed onto A4 pages, with
// a running header and footer drawn by the caller on each page once the page count is known.
//
// Text is laid out with QTextLayout and drawn as text, so a PDF keeps it selectable and embeds
// its fonts. Headings stay with what follows them, a paragraph never leaves one line alone at
// the top or bottom of a page, a table's header row is repeated on each page it runs onto, and
// a diagram is never cut. Sizes are in millimetres and points, whatever the device.
class PageFlow final
{
public:
    struct TextStyle
    {
        QFont font;
        QColor color = Qt::black;
        double spaceBeforeMm = 0;
        double spaceAfterMm = 0;
        double indentMm = 0;
        Qt::Alignment alignment = Qt::AlignLeft;
        QColor background; // none when invalid
        QColor leftRule;   // a bar on the left (answers), none when invalid
        bool keepWithNext = false;
    };

    struct Table
    {
        QList<double> widths; // relative widths of the columns
        QStringList header;   // none when empty
        QList<QStringList> rows;
        QList<Qt::Alignment> alignments; // per column; left when missing
        QList<int> boldRows;             // totals…
        QList<int> boldColumns;
        QFont font;
        QColor headerBackground = QColor(0x1f, 0x3a, 0x5f);
        QColor headerColor = Qt::white;
        QColor zebra = QColor(0xf3, 0xf5, 0xf8);
        QColor rule = QColor(0xc8, 0xcf, 0xd8);
        bool keepWithNext = false;
        double spaceBeforeMm = 1.5;
        double spaceAfterMm = 3;
    };

    // A drawing of its own: its height for a width (device pixels, on device), then painted in
    // the rectangle it was given. Never split across pages.
    struct Drawing
    {
        std::function<double(double width, QPaintDevice *device)> height;
        std::function<void(QPainter *painter, const QRectF &rect)> paint;
        double spaceBeforeMm = 2;
        double spaceAfterMm = 4;
    };

    // Draws the running header and footer of a page (0-based) once all are known.
    using Decorate =
        std::function<void(QPainter *painter, const QRectF &page, int index, int count)>;

    PageFlow();
    ~PageFlow();
    PageFlow(const PageFlow &) = delete;
    PageFlow &operator=(const PageFlow &) = delete;

    // The margins of the text area; header and footer are drawn by decorate() outside them.
    void setMargins(double leftMm, double topMm, double rightMm, double bottomMm);

    void text(const QString &text, const TextStyle &style);
    void table(const Table &table);
    void drawing(const Drawing &drawing);
    void pageBreak();

    // Lays everything out on device and paints it, page after page (the device's first page is
    // already there; newPage() is called between pages). Returns the number of pages, 0 when
    // the device cannot be painted on.
    int render(QPagedPaintDevice *device, const Decorate &decorate) const;
    // The same on a painter already active on device (several documents in one file).
    int render(QPainter *painter, QPagedPaintDevice *device, const Decorate &decorate) const;

    // Converts millimetres to device pixels.
    static double mm(const QPaintDevice *device, double millimetres);

    // The documents' typeface: Comptoir Sans, DejaVu Sans without its hinting instructions
    // (resources/fonts), regular or bold only (asides are set in grey, not in italics: each
    // face a PDF embeds costs it a tenth of the time it takes to write), no ligatures (copied
    // or searched, "fi" stays two letters), no hinting (vector text).
    static QFont font(double points, bool bold = false);
    // The typeface's family, registered with the font database on first use.
    static QString family();
    // The documents' colours.
    static const QColor navy;  // headings, rules, table headers
    static const QColor grey;  // asides, running header and footer
    static const QColor light; // boxes
    static const QColor rule;  // thin lines

    struct Block;

private:
    std::vector<std::unique_ptr<Block>> m_blocks;
    double m_left = 20, m_top = 22, m_right = 20, m_bottom = 20;
};
