package fi.huoltopolku.quality;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.quality.stats.Proportion;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The comparison report as a PDF a manager can take to a meeting: period, focus, the paired bar
 * chart, and every theme's numbers with n and intervals (OpenPDF).
 */
public final class ReportPdf {

    private static final Color CHECKS = new Color(0x5b, 0x7f, 0xa6);
    private static final Color CUSTOMERS = new Color(0xe0, 0xa0, 0x30);

    private ReportPdf() {
    }

    public static byte[] render(ComparisonReport report, Messages messages, Locale locale, ZoneId zone, String workshop) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            Font title = new Font(Font.HELVETICA, 16, Font.BOLD);
            Font body = new Font(Font.HELVETICA, 9);
            Font bold = new Font(Font.HELVETICA, 9, Font.BOLD);
            document.add(new Paragraph(workshop + ": " + messages.getTranslation("report.title", locale), title));
            document.add(new Paragraph(report.filter().from().atZone(zone).toLocalDate() + " – "
                    + report.filter().to().atZone(zone).toLocalDate().minusDays(1), body));
            for (ThemeComparison row : report.themes()) {
                if (row.focus()) {
                    document.add(new Paragraph(messages.getTranslation("report.focusSentence", locale,
                            row.theme().name(locale), percent(row.comparison().subjective().rate()),
                            percent(row.comparison().objective().rate()), Math.round(-row.comparison().gapPoints()),
                            row.comparison().subjective().n()), bold));
                }
            }
            chart(writer.getDirectContent(), report, locale, document.getPageSize().getHeight() - 130, messages);
            Paragraph spacer = new Paragraph(" ");
            spacer.setSpacingBefore(150);
            document.add(spacer);
            PdfPTable table = new PdfPTable(new float[] {3, 3, 3, 1.3f, 2, 1.3f, 1.3f});
            table.setWidthPercentage(100);
            for (String key : new String[] {"field.theme", "report.checksSay", "report.customersSay", "report.gap",
                    "report.classification", "report.coverage", "report.importance"}) {
                PdfPCell cell = new PdfPCell(new Phrase(messages.getTranslation(key, locale), bold));
                cell.setBackgroundColor(new Color(0xee, 0xee, 0xee));
                table.addCell(cell);
            }
            for (ThemeComparison row : report.themes()) {
                table.addCell(new Phrase(row.theme().name(locale), body));
                table.addCell(new Phrase(rate(row.comparison().objective()), body));
                table.addCell(new Phrase(rate(row.comparison().subjective())
                        + (row.subjective().mean() == null ? "" : String.format(Locale.ROOT, " · ø %.1f", row.subjective().mean())), body));
                table.addCell(new Phrase(row.comparison().gapPoints() == null ? "–"
                        : String.format(Locale.ROOT, "%+.0f", row.comparison().gapPoints()), body));
                table.addCell(new Phrase(messages.name(row.comparison().classification(), locale), body));
                table.addCell(new Phrase(percent(row.objective().coverage()), body));
                table.addCell(new Phrase(row.link().importance() == null ? "–"
                        : String.format(Locale.ROOT, "%+.0f", 100 * row.link().importance()), body));
            }
            document.add(table);
            var s = report.satisfaction();
            document.add(new Paragraph(messages.getTranslation("report.nps", locale, s.nps().score() == null ? "–"
                    : String.format(Locale.ROOT, "%+.0f", s.nps().score()), s.nps().n()) + " · "
                    + messages.getTranslation("report.overall", locale, percent(s.overall().topTwoShare()), s.overall().n())
                    + " · " + messages.getTranslation("report.responseRate", locale, percent(s.responseRate()),
                    s.selfCompleted(), s.invitations()), body));
            document.add(new Paragraph(messages.getTranslation("report.explain", locale,
                    Math.round(report.thresholds().good() * 100), Math.round(report.thresholds().gapPoints()),
                    report.thresholds().minAnswers()), new Font(Font.HELVETICA, 7)));
            document.add(new Chunk(""));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** Paired bars per theme: checks (blue) and customers (amber), 0–100 %. */
    private static void chart(PdfContentByte canvas, ComparisonReport report, Locale locale, float top, Messages messages) {
        float left = 60;
        float height = 120;
        float bottom = top - height;
        float width = 700;
        float slot = width / Math.max(1, report.themes().size());
        canvas.setColorStroke(Color.GRAY);
        canvas.moveTo(left, bottom);
        canvas.lineTo(left + width, bottom);
        canvas.stroke();
        for (int i = 0; i < report.themes().size(); i++) {
            ThemeComparison row = report.themes().get(i);
            float x = left + i * slot + slot * 0.15f;
            bar(canvas, x, bottom, slot * 0.33f, height, row.comparison().objective().rate(), CHECKS);
            bar(canvas, x + slot * 0.35f, bottom, slot * 0.33f, height, row.comparison().subjective().rate(), CUSTOMERS);
            canvas.setColorFill(Color.BLACK);
            com.lowagie.text.pdf.ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(row.theme().name(locale), new Font(Font.HELVETICA, 6)), x, bottom - 10, 0);
        }
        com.lowagie.text.pdf.ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase("■ " + messages.getTranslation("report.checksSay", locale), new Font(Font.HELVETICA, 7, Font.NORMAL, CHECKS)),
                left, top + 6, 0);
        com.lowagie.text.pdf.ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase("■ " + messages.getTranslation("report.customersSay", locale), new Font(Font.HELVETICA, 7, Font.NORMAL, CUSTOMERS)),
                left + 200, top + 6, 0);
        canvas.setColorFill(Color.BLACK);
        canvas.setColorStroke(Color.BLACK);
    }

    private static void bar(PdfContentByte canvas, float x, float bottom, float w, float height, @Nullable Double rate,
            Color color) {
        if (rate == null) {
            return;
        }
        canvas.setColorFill(color);
        canvas.rectangle(x, bottom, w, (float) (height * rate));
        canvas.fill();
    }

    private static String rate(Proportion p) {
        return p.n() == 0 ? "–" : String.format(Locale.ROOT, "%s (%.0f–%.0f) n %d", percent(p.rate()), 100 * p.low(),
                100 * p.high(), p.n());
    }

    private static String percent(@Nullable Double share) {
        return share == null ? "–" : Math.round(100 * share) + " %";
    }
}
