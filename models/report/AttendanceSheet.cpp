#include "AttendanceSheet.h"
#include "PageFlow.h"

#include "Dossier.h"
#include "PdfFile.h"

#include "storage/Workspace.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTextOption>

namespace {

// Layout in millimetres; converted with the device's resolution.
constexpr double kMargin = 15.0;
constexpr double kHeaderRow = 8.0;
constexpr double kRow = 13.0;
constexpr double kFooter = 10.0;
constexpr double kHeaderBlock = 10.0 + 9.0 + 5 * 6.0 + 5.0; // title, edition, facts, gap

struct Page
{
    QPainter *painter;
    double dotsPerMm;
    double mm(double v) const { return v * dotsPerMm; }
};

} // namespace

std::optional<AttendanceSheet::Data> AttendanceSheet::load(const Workspace &workspace,
                                                           qint64 workshopId)
{
    const std::optional<Workshops::Workshop> workshop = Workshops::workshop(workspace, workshopId);
    if (!workshop)
        return std::nullopt;
    Data data;
    data.workshop = *workshop;
    data.participants = Attendance::participants(workspace, workshopId);
    if (workshop->editionId > 0) {
        QSqlQuery query(workspace.database());
        query.prepare(QStringLiteral("SELECT name FROM editions WHERE id = ?"));
        query.addBindValue(workshop->editionId);
        if (query.exec() && query.next())
            data.editionName = query.value(0).toString();
    }
    return data;
}

QString AttendanceSheet::suggestedFileName(const Data &data)
{
    const QString venue = Dossier::safeFileName(
        data.workshop.venueName.isEmpty() ? tr("workshop") : data.workshop.venueName);
    return tr("Attendance - %1 - %2.pdf")
        .arg(venue, data.workshop.start.date().toString(Qt::ISODate));
}

int AttendanceSheet::render(const Data &data, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const double dotsPerMm = device->logicalDpiX() / 25.4;
    const Page page{&painter, dotsPerMm};
    const QRectF area(0, 0, device->width(), device->height());
    const double left = page.mm(kMargin);
    const double right = area.width() - page.mm(kMargin);
    const double width = right - left;
    const double bottom = area.height() - page.mm(kMargin) - page.mm(kFooter);
    const QLocale locale;
    const Workshops::Workshop &w = data.workshop;

    // Columns: number, name, commune, project, signature.
    const QList<double> ratios = {0.05, 0.25, 0.15, 0.25, 0.30};
    const QStringList headers = {tr("No."), tr("Name"), tr("Commune"), tr("Project"),
                                 tr("Signature")};
    QList<double> xs = {left};
    for (double r : ratios)
        xs << xs.constLast() + r * width;

    const int rows = int(data.participants.size()) + kBlankRows;
    int pageCount = 1;
    {
        // Pages needed: the first carries the header block.
        const double firstTop = page.mm(kMargin) + page.mm(kHeaderBlock);
        const double nextTop = page.mm(kMargin) + page.mm(12);
        const int firstRows = int((bottom - firstTop - page.mm(kHeaderRow)) / page.mm(kRow));
        const int nextRows = int((bottom - nextTop - page.mm(kHeaderRow)) / page.mm(kRow));
        if (rows > firstRows)
            pageCount += (rows - firstRows + nextRows - 1) / nextRows;
    }

    const auto drawFooter = [&](int number) {
        painter.setFont(PageFlow::font(8));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF footer(left, area.height() - page.mm(kMargin) - page.mm(6), width, page.mm(6));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Attendance sheet · %1").arg(Workshops::title(w)));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(number).arg(pageCount));
        painter.setPen(Qt::black);
    };
    const auto drawTableHeader = [&](double y) {
        painter.setFont(PageFlow::font(9, true));
        painter.fillRect(QRectF(left, y, width, page.mm(kHeaderRow)), QColor(0xe8, 0xe8, 0xe8));
        for (int c = 0; c < headers.size(); ++c) {
            const QRectF cell(xs.at(c), y, xs.at(c + 1) - xs.at(c), page.mm(kHeaderRow));
            painter.drawRect(cell);
            painter.drawText(cell.adjusted(page.mm(1.5), 0, -page.mm(1.5), 0),
                             Qt::AlignVCenter | Qt::AlignLeft, headers.at(c));
        }
        return y + page.mm(kHeaderRow);
    };

    // Header block.
    double y = page.mm(kMargin);
    painter.setFont(PageFlow::font(18, true));
    painter.drawText(QRectF(left, y, width, page.mm(10)), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Attendance sheet"));
    y += page.mm(10);
    painter.setFont(PageFlow::font(10));
    painter.drawText(QRectF(left, y, width, page.mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                     data.editionName.isEmpty()
                         ? tr("Budget Citoyen of the Pas-de-Calais")
                         : tr("Budget Citoyen of the Pas-de-Calais · %1").arg(data.editionName));
    y += page.mm(9);

    QString venue = w.venueName.isEmpty() ? tr("No comptoir") : w.venueName;
    QStringList place;
    if (!w.venueAddress.isEmpty())
        place << w.venueAddress;
    if (!w.venueCommune.isEmpty())
        place << w.venueCommune;
    const QString hours =
        w.end.isValid() ? tr("%1 – %2").arg(locale.toString(w.start.time(), QLocale::ShortFormat),
                                            locale.toString(w.end.time(), QLocale::ShortFormat))
                        : locale.toString(w.start.time(), QLocale::ShortFormat);
    const QList<QPair<QString, QString>> facts = {
        {tr("Workshop"), Workshops::label(w.kind)},
        {tr("Comptoir"), place.isEmpty() ? venue : tr("%1, %2").arg(venue, place.join(tr(", ")))},
        {tr("Date"), locale.toString(w.start.date(), QLocale::LongFormat)},
        {tr("Half-day"),
         tr("%1 (%2)").arg(Workshops::label(Workshops::halfDay(w.start, w.end)), hours)},
        {tr("Facilitator"), w.facilitator.isEmpty() ? tr("not given") : w.facilitator},
    };
    const double labelWidth = page.mm(32);
    for (const auto &[label, value] : facts) {
        painter.setFont(PageFlow::font(10, true));
        painter.drawText(QRectF(left, y, labelWidth, page.mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                         label);
        painter.setFont(PageFlow::font(10));
        const QFontMetricsF metrics(painter.font(), device);
        painter.drawText(QRectF(left + labelWidth, y, width - labelWidth, page.mm(6)),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(value, Qt::ElideRight, width - labelWidth));
        y += page.mm(6);
    }
    y += page.mm(5);
    y = drawTableHeader(y);

    int pageNumber = 1;
    for (int r = 0; r < rows; ++r) {
        if (y + page.mm(kRow) > bottom) {
            drawFooter(pageNumber);
            device->newPage();
            ++pageNumber;
            y = page.mm(kMargin);
            painter.setFont(PageFlow::font(10, true));
            painter.drawText(QRectF(left, y, width, page.mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("Attendance sheet · %1 (continued)").arg(Workshops::title(w)));
            y += page.mm(12);
            y = drawTableHeader(y);
        }
        QStringList cells = {QString::number(r + 1), QString(), QString(), QString(), QString()};
        if (r < data.participants.size()) {
            const Attendance::Participant &p = data.participants.at(r);
            cells[1] = p.name;
            cells[2] = p.commune;
            cells[3] = p.projectTitle;
            if (p.status == Attendance::Status::Excused)
                cells[4] = Attendance::label(p.status);
        }
        painter.setFont(PageFlow::font(9));
        const QFontMetricsF metrics(painter.font(), device);
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF cell(xs.at(c), y, xs.at(c + 1) - xs.at(c), page.mm(kRow));
            painter.drawRect(cell);
            const QRectF inner =
                cell.adjusted(page.mm(1.5), page.mm(1), -page.mm(1.5), -page.mm(1));
            // Long names and titles go on two lines before they are shortened.
            QString text = cells.at(c);
            if (metrics.horizontalAdvance(text) > inner.width() * 2)
                text = metrics.elidedText(text, Qt::ElideRight, inner.width() * 1.9);
            QTextOption option(c == 0 ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            painter.drawText(inner, text, option);
        }
        y += page.mm(kRow);
    }
    drawFooter(pageNumber);
    painter.end();
    return pageNumber;
}

// The one way Comptoir writes a PDF (PdfFile): PDF/A, title and author, through a temporary
// file that replaces the target only when complete.
bool AttendanceSheet::writePdf(const Data &data, const QString &path, QString *error)
{
    PdfFile file(path, tr("Attendance sheet · %1").arg(Workshops::title(data.workshop)),
                 Dossier::author());
    if (!file.open(error))
        return false;
    if (render(data, file.writer()) == 0) {
        file.cancel();
        *error = tr("The attendance sheet could not be drawn.");
        return false;
    }
    return file.commit(error);
}
