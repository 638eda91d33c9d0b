package fi.huoltopolku.quality;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fi.huoltopolku.base.Days;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.quality.stats.Proportion;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The comparison report as a PDF a manager can take to a meeting: the period (both dates as on the
 * screen), the themes to work on with their reason, the paired bar chart with its axis, and every
 * theme's sentence and figures with n, intervals and sources, as on the screen. The text is set in
 * DejaVu Sans, embedded, so every letter and sign prints (OpenPDF).
 */
public final class ReportPdf {

    private static final Color CHECKS = new Color(0x5b, 0x7f, 0xa6);
    private static final Color CUSTOMERS = new Color(0xe0, 0xa0, 0x30);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private ReportPdf() {
    }

    private static byte[] font(String resource) {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The report's font " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font of the embedded family; each document gets its own (the embedded subset is per document). */
    private static BaseFont base(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] render(ComparisonReport report, Messages messages, Locale locale, ZoneId zone, String workshop) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 32, 32, 24, 22);
        BaseFont regular = base("DejaVuSans.ttf", REGULAR);
        BaseFont bold = base("DejaVuSans-Bold.ttf", BOLD);
        Font title = new Font(bold, 15);
        Font body = new Font(regular, 7.5f);
        Font small = new Font(regular, 6.5f, Font.NORMAL, Color.DARK_GRAY);
        Font strong = new Font(bold, 7.5f);
        Font focusFont = new Font(bold, 9);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(workshop + ": " + messages.getTranslation("report.title", locale), title));
            LocalDate first = report.filter().from().atZone(zone).toLocalDate();
            LocalDate last = report.filter().to().atZone(zone).toLocalDate().minusDays(1);
            document.add(new Paragraph(Days.shown(first) + " – " + Days.shown(last), body));

            if (report.focus().isEmpty()) {
                document.add(new Paragraph(messages.getTranslation("report.noFocus", locale), focusFont));
            }
            for (ThemeComparison row : report.focusRows()) {
                Paragraph focus = new Paragraph(ThemeSentence.focus(row, report.thresholds(), messages, locale), focusFont);
                focus.setSpacingBefore(3);
                document.add(focus);
            }

            float chartTop = writer.getVerticalPosition(true) - 22;
            float chartHeight = 85;
            chart(writer.getDirectContent(), report, locale, chartTop, chartHeight, messages, regular);
            Paragraph spacer = new Paragraph(" ", body);
            spacer.setSpacingBefore(chartHeight + 34);
            document.add(spacer);

            PdfPTable table = new PdfPTable(new float[] {2.0f, 3.8f, 1.4f, 2.1f, 2.1f, 1.3f, 2.6f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.getDefaultCell().setPadding(2.5f);
            for (String key : new String[] {"field.theme", "report.pdf.says", "report.classification", "report.checksSay",
                    "report.customersSay", "report.importance", "report.selfVsInspected"}) {
                PdfPCell cell = new PdfPCell(new Phrase(messages.getTranslation(key, locale), strong));
                cell.setBackgroundColor(new Color(0xee, 0xee, 0xee));
                table.addCell(cell);
            }
            for (ThemeComparison row : report.themes()) {
                table.addCell(new Phrase(row.theme().name(locale), strong));
                table.addCell(new Phrase(ThemeSentence.of(row, report.thresholds(), messages, locale), body));
                table.addCell(new Phrase(ThemeSentence.readingName(row.comparison(), messages, locale), body));
                table.addCell(new Phrase(rate(row.comparison().objective(), messages, locale), body));
                table.addCell(new Phrase(rate(row.comparison().subjective(), messages, locale)
                        + (row.subjective().mean() == null ? "" : "\n" + messages.getTranslation("report.average", locale,
                        String.format(locale, "%.1f", row.subjective().mean()))), body));
                table.addCell(new Phrase(ThemeSentence.importance(row, messages, locale), body));
                table.addCell(new Phrase(ThemeSentence.bySource(row, messages, locale, "\n"), body));
            }
            document.add(table);

            var s = report.satisfaction();
            Paragraph overall = new Paragraph(messages.getTranslation("report.summary", locale) + ": "
                    + messages.getTranslation("report.nps", locale, s.nps().score() == null ? "–"
                    : String.format(Locale.ROOT, "%+.0f", s.nps().score()).replace('-', '−'), s.nps().n()) + " · "
                    + messages.getTranslation("report.overall", locale, ThemeSentence.percent(s.overall().topTwoShare()),
                    s.overall().n()) + " · " + messages.getTranslation("report.responseRate", locale,
                    ThemeSentence.percent(s.responseRate()), s.selfCompleted(), s.invitations()), body);
            overall.setSpacingBefore(6);
            document.add(overall);
            document.add(new Paragraph(messages.getTranslation("report.explainPdf", locale,
                    Math.round(report.thresholds().good() * 100), Math.round(report.thresholds().gapPoints()),
                    report.thresholds().minAnswers()), small));
            document.add(new Paragraph(messages.getTranslation("report.focusRule", locale), small));
            document.add(new Paragraph(messages.getTranslation("report.help.importance", locale) + " "
                    + messages.getTranslation("report.help.bySource", locale), small));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /**
     * Paired bars per theme, checks (blue) and customers (amber), on a 0–100 % axis with grid lines,
     * each bar's value above it and a legend.
     */
    private static void chart(PdfContentByte canvas, ComparisonReport report, Locale locale, float top, float height,
            Messages messages, BaseFont font) {
        float left = 70;
        float bottom = top - height;
        float width = 700;
        float slot = width / Math.max(1, report.themes().size());
        canvas.setLineWidth(0.5f);
        for (int tick = 0; tick <= 100; tick += 25) {
            float y = bottom + height * tick / 100f;
            canvas.setColorStroke(tick == 0 ? Color.GRAY : GRID);
            canvas.moveTo(left, y);
            canvas.lineTo(left + width, y);
            canvas.stroke();
            text(canvas, font, 7, Color.DARK_GRAY, tick + " %", left - 4, y - 2.5f, Element.ALIGN_RIGHT);
        }
        canvas.setColorStroke(Color.GRAY);
        canvas.moveTo(left, bottom);
        canvas.lineTo(left, top);
        canvas.stroke();
        for (int i = 0; i < report.themes().size(); i++) {
            ThemeComparison row = report.themes().get(i);
            float x = left + i * slot + slot * 0.15f;
            float w = slot * 0.33f;
            bar(canvas, font, x, bottom, w, height, row.comparison().objective().rate(), CHECKS);
            bar(canvas, font, x + slot * 0.35f, bottom, w, height, row.comparison().subjective().rate(), CUSTOMERS);
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(new Phrase(row.theme().name(locale), new Font(font, 6.5f)), left + i * slot + 2,
                    bottom - 22, left + (i + 1) * slot - 2, bottom - 2, 7.5f, Element.ALIGN_CENTER);
            try {
                column.go();
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
        legend(canvas, font, CHECKS, messages.getTranslation("report.checksSay", locale), left, top + 8);
        legend(canvas, font, CUSTOMERS, messages.getTranslation("report.customersSay", locale), left + 200, top + 8);
        canvas.setColorFill(Color.BLACK);
        canvas.setColorStroke(Color.BLACK);
    }

    private static void legend(PdfContentByte canvas, BaseFont font, Color color, String label, float x, float y) {
        canvas.setColorFill(color);
        canvas.rectangle(x, y, 8, 8);
        canvas.fill();
        text(canvas, font, 7.5f, Color.BLACK, label, x + 12, y + 1, Element.ALIGN_LEFT);
    }

    private static void bar(PdfContentByte canvas, BaseFont font, float x, float bottom, float w, float height,
            @Nullable Double rate, Color color) {
        if (rate == null) {
            text(canvas, font, 6.5f, Color.GRAY, "–", x + w / 2, bottom + 3, Element.ALIGN_CENTER);
            return;
        }
        canvas.setColorFill(color);
        canvas.rectangle(x, bottom, w, (float) (height * rate));
        canvas.fill();
        text(canvas, font, 6.5f, Color.DARK_GRAY, ThemeSentence.percent(rate), x + w / 2,
                bottom + (float) (height * rate) + 2, Element.ALIGN_CENTER);
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, Color color, String text, float x, float y,
            int align) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.showTextAligned(align, text, x, y, 0);
        canvas.endText();
    }

    private static String rate(Proportion p, Messages messages, Locale locale) {
        return p.n() == 0 ? "– (n 0)" : ThemeSentence.percent(p.rate()) + " (n " + p.n() + ")\n"
                + messages.getTranslation("report.intervalShort", locale, Math.round(100 * p.low()), Math.round(100 * p.high()));
    }
}
