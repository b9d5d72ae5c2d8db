#include "PitchSheet.h"

#include "Dossier.h"
#include "PageFlow.h"
#include "PdfFile.h"
#include "projects/BudgetLines.h"
#include "projects/ProjectAnswers.h"
#include "projects/ProjectDetails.h"
#include "rules/Money.h"
#include "storage/Workspace.h"

#include <QJsonObject>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>

namespace {

const QColor kNavy(0x1b, 0x3a, 0x5c);
const QColor kGrey(0x55, 0x55, 0x55);

// The largest size (down to `smallest`) at which text fits the rectangle, word-wrapped.
QFont fitted(QPainter *painter, const QString &text, const QRectF &rect, double largest,
             double smallest, bool italic = false)
{
    for (double size = largest;; size -= 0.5) {
        QFont font(PageFlow::font(size), painter->device());
        font.setItalic(italic);
        const QRectF needed = QFontMetricsF(font, painter->device())
                                  .boundingRect(rect, Qt::TextWordWrap, text);
        if (needed.height() <= rect.height() || size <= smallest)
            return font;
    }
}

} // namespace

std::optional<PitchSheet::Data> PitchSheet::load(const Workspace &workspace, qint64 projectId,
                                                 QString *error)
{
    const std::optional<ProjectDetails> details = ProjectDetails::load(workspace, projectId, error);
    if (!details)
        return std::nullopt;
    Data d;
    d.title = details->title.isEmpty() ? tr("Untitled project") : details->title;
    d.commune = details->commune;
    d.venue = details->venue;
    d.theme = details->theme;
    d.amountRequestedCents = details->amountRequestedCents;
    const auto text = [&](const char *key) {
        const QJsonValue v = ProjectAnswers::value(workspace, projectId, QLatin1String(key));
        return v.isDouble() ? QLocale().toString(v.toDouble()) : v.toString().trimmed();
    };
    d.hook = text("pitch.accroche");
    d.pitch = text("pitch.pitch");
    d.beneficiaries = text("public.nombre");
    const QDate start = QDate::fromString(text("actions.demarrage"), Qt::ISODate);
    d.start = start.isValid() ? start.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    QString ignored;
    d.expensesCents = BudgetLines::total(BudgetLines::load(workspace, projectId, &ignored),
                                         BudgetLines::Kind::Expense);
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM project_holders WHERE project_id = ?"));
    query.addBindValue(projectId);
    d.holders = query.exec() && query.next() ? query.value(0).toInt() : 0;
    d.allottedSeconds = PitchRuns::allottedSeconds(workspace, projectId);
    if (const auto runs = PitchRuns::ofProject(workspace, projectId); runs && !runs->isEmpty())
        d.lastRun = runs->first();
    return d;
}

bool PitchSheet::render(const Data &d, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const auto mm = [device](double v) { return PageFlow::mm(device, v); };
    const QRectF page(0, 0, device->width(), device->height());
    const double margin = mm(18);
    const double width = page.width() - 2 * margin;
    double y = mm(12);

    painter.setPen(kGrey);
    painter.setFont(QFont(PageFlow::font(8.5), device));
    painter.drawText(QRectF(margin, y, width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Budget Citoyen of the Pas-de-Calais · pitch sheet"));
    y += mm(6);
    painter.setPen(QPen(kNavy, mm(0.6)));
    painter.drawLine(QPointF(margin, y), QPointF(margin + width, y));
    y += mm(6);

    // The title, and where the project is from.
    painter.setPen(kNavy);
    QFont titleFont(PageFlow::font(22, true), device);
    painter.setFont(titleFont);
    const QRectF titleRect =
        painter.boundingRect(QRectF(margin, y, width, mm(40)), Qt::TextWordWrap, d.title);
    painter.drawText(titleRect, Qt::TextWordWrap, d.title);
    y += titleRect.height() + mm(2);
    QStringList where;
    for (const QString &part : {d.commune, d.venue, d.theme}) {
        if (!part.isEmpty())
            where << part;
    }
    painter.setPen(kGrey);
    painter.setFont(QFont(PageFlow::font(11), device));
    painter.drawText(QRectF(margin, y, width, mm(7)), Qt::AlignLeft | Qt::TextWordWrap,
                     where.join(QStringLiteral(" · ")));
    y += mm(10);

    // The hook phrase, large.
    const QString hook = d.hook.isEmpty() ? tr("(no hook phrase yet)") : QStringLiteral("« %1 »").arg(d.hook);
    const QRectF hookArea(margin + mm(4), y, width - mm(8), mm(34));
    painter.setFont(fitted(&painter, hook, hookArea, 20, 12, true));
    painter.setPen(Qt::black);
    const QRectF hookRect = painter.boundingRect(hookArea, Qt::TextWordWrap, hook);
    painter.fillRect(QRectF(margin, y - mm(2), mm(1.2), hookRect.height() + mm(4)), kNavy);
    painter.drawText(hookRect, Qt::TextWordWrap, hook);
    y += hookRect.height() + mm(8);

    // The key figures, at the foot of the page.
    QList<QPair<QString, QString>> figures = {
        {tr("Amount requested"), Money::format(d.amountRequestedCents)},
        {tr("Budget (expenses)"), Money::format(d.expensesCents)},
        {tr("Beneficiaries expected"), d.beneficiaries.isEmpty() ? QStringLiteral("—") : d.beneficiaries},
        {tr("Holders"), QString::number(d.holders)},
        {tr("Start planned"), d.start.isEmpty() ? QStringLiteral("—") : d.start},
        {tr("Time to speak"), PitchRuns::clock(d.allottedSeconds)},
    };
    if (d.lastRun)
        figures << qMakePair(tr("Last run"), tr("%1 on %2")
                                                 .arg(PitchRuns::clock(d.lastRun->seconds),
                                                      d.lastRun->ranAt.toLocalTime().date().toString(
                                                          QStringLiteral("dd/MM/yyyy"))));
    const int columns = 2;
    const int rows = int((figures.size() + columns - 1) / columns);
    const double cell = mm(15);
    const double figuresTop = page.height() - mm(20) - rows * cell - mm(8);

    // The pitch fills what is left, as large as it fits.
    painter.setPen(kNavy);
    painter.setFont(QFont(PageFlow::font(12, true), device));
    painter.drawText(QRectF(margin, y, width, mm(7)), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("The pitch"));
    y += mm(8);
    const QString pitch = d.pitch.isEmpty() ? tr("(the pitch is not written yet)") : d.pitch;
    const QRectF pitchArea(margin, y, width, figuresTop - y - mm(4));
    painter.setPen(Qt::black);
    painter.setFont(fitted(&painter, pitch, pitchArea, 14, 7));
    painter.drawText(pitchArea, Qt::TextWordWrap, pitch);

    painter.setPen(kNavy);
    painter.setFont(QFont(PageFlow::font(12, true), device));
    painter.drawText(QRectF(margin, figuresTop, width, mm(7)), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Key figures"));
    const double cellWidth = width / columns;
    for (int i = 0; i < figures.size(); ++i) {
        const QRectF box(margin + (i % columns) * cellWidth, figuresTop + mm(8) + (i / columns) * cell,
                         cellWidth - mm(3), cell - mm(2));
        painter.fillRect(box, QColor(0xee, 0xf2, 0xf7));
        painter.setPen(kGrey);
        painter.setFont(QFont(PageFlow::font(8.5), device));
        painter.drawText(box.adjusted(mm(2), mm(1), -mm(2), 0), Qt::AlignLeft | Qt::AlignTop,
                         figures.at(i).first);
        painter.setPen(Qt::black);
        painter.setFont(QFont(PageFlow::font(13, true), device));
        painter.drawText(box.adjusted(mm(2), 0, -mm(2), -mm(1)), Qt::AlignLeft | Qt::AlignBottom,
                         figures.at(i).second);
    }
    return painter.end();
}

bool PitchSheet::writePdf(const Data &data, const QString &path, QString *error)
{
    PdfFile file(path, tr("Pitch sheet · %1").arg(data.title), Dossier::author());
    if (!file.open(error))
        return false;
    if (!render(data, file.writer())) {
        file.cancel();
        *error = tr("The pitch sheet could not be drawn.");
        return false;
    }
    return file.commit(error);
}

QString PitchSheet::suggestedFileName(const Data &data)
{
    return tr("Pitch sheet - %1.pdf").arg(Dossier::safeFileName(data.title));
}
