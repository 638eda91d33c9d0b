package fi.huoltopolku.quality.group;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fi.huoltopolku.base.Days;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.quality.ThemeSentence;
import fi.huoltopolku.quality.group.GroupReport.Flag;
import fi.huoltopolku.quality.group.GroupReport.GroupTheme;
import fi.huoltopolku.quality.group.GroupReport.Side;
import fi.huoltopolku.quality.group.GroupReport.SiteFigures;
import fi.huoltopolku.quality.stats.Funnel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The group comparison as a PDF, as {@code ReportPdf} makes the single-site one: the period, the
 * sites outside the limits in sentences, each site's blind spots, then per theme its two funnel
 * plots, the site to learn from and the table of sites with both sides, n and intervals. DejaVu
 * Sans, embedded.
 */
public final class GroupPdf {

    private static final float PLOT_W = 330;
    private static final float PLOT_H = 120;

    private GroupPdf() {
    }

    public static byte[] render(GroupReport report, Messages messages, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 32, 32, 24, 22);
        BaseFont regular = font("fonts/DejaVuSans.ttf", "DejaVuSans.ttf");
        BaseFont bold = font("fonts/DejaVuSans-Bold.ttf", "DejaVuSans-Bold.ttf");
        Font body = new Font(regular, 7.5f);
        Font strong = new Font(bold, 7.5f);
        Font heading = new Font(bold, 10);
        Font small = new Font(regular, 6.5f, Font.NORMAL, Color.DARK_GRAY);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(messages.getTranslation("group.title", locale), new Font(bold, 15)));
            document.add(new Paragraph(Days.shown(report.first()) + " – " + Days.shown(report.last()) + " · "
                    + String.join(", ", report.sites().stream().map(GroupReport.GroupSite::name).toList()), body));
            document.add(new Paragraph(messages.getTranslation("group.flagsTitle", locale), heading));
            List<Flag> flags = report.flags();
            if (flags.isEmpty()) {
                document.add(new Paragraph(messages.getTranslation("group.noFlags", locale), body));
            }
            for (Flag flag : flags) {
                document.add(new Paragraph(GroupSentences.flag(flag, messages, locale), body));
            }
            document.add(new Paragraph(messages.getTranslation("group.blindSpotsTitle", locale), heading));
            for (String sentence : GroupSentences.blindSpots(report, messages, locale)) {
                document.add(new Paragraph(sentence, body));
            }
            document.add(new Paragraph(messages.getTranslation("group.explain", locale,
                    Math.round(report.thresholds().good() * 100), Math.round(report.thresholds().gapPoints()),
                    report.thresholds().minAnswers()) + " " + GroupSentences.bestHow(report.thresholds(), messages,
                    locale), small));
            for (GroupTheme theme : report.themes()) {
                if (theme.checks().centre() == null && theme.customers().centre() == null) {
                    Paragraph none = new Paragraph(theme.theme().name(locale) + ": "
                            + messages.getTranslation("group.noData", locale), body);
                    none.setSpacingBefore(6);
                    document.add(none);
                    continue;
                }
                if (writer.getVerticalPosition(true) < PLOT_H + 150) {
                    document.newPage();
                }
                Paragraph title = new Paragraph(theme.theme().name(locale), heading);
                title.setSpacingBefore(8);
                document.add(title);
                document.add(new Paragraph(GroupSentences.best(theme, messages, locale), body));
                float top = writer.getVerticalPosition(true) - 18;
                PdfContentByte canvas = writer.getDirectContent();
                plot(canvas, theme, Side.CHECKS, 70, top, messages, locale, regular);
                plot(canvas, theme, Side.CUSTOMERS, 450, top, messages, locale, regular);
                Paragraph spacer = new Paragraph(" ", body);
                spacer.setSpacingBefore(PLOT_H + 22);
                document.add(spacer);
                document.add(table(theme, messages, locale, body, strong));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The group comparison PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(GroupTheme theme, Messages messages, Locale locale, Font body, Font strong) {
        PdfPTable table = new PdfPTable(new float[] {2.2f, 2.6f, 1.6f, 2.6f, 1.6f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.getDefaultCell().setPadding(2.5f);
        for (String key : new String[] {"group.site", "group.checks", "group.limits", "group.customers", "group.limits",
                "group.verdict"}) {
            PdfPCell cell = new PdfPCell(new Phrase(messages.getTranslation(key, locale), strong));
            cell.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            table.addCell(cell);
        }
        for (SiteFigures row : theme.sites()) {
            table.addCell(new Phrase(row.site().name() + (row.site().equals(theme.best()) ? " ★" : ""), strong));
            table.addCell(new Phrase(GroupSentences.figure(row.comparison().objective(), messages, locale), body));
            table.addCell(new Phrase(messages.getTranslation("group.position." + row.checks().position(), locale), body));
            table.addCell(new Phrase(GroupSentences.figure(row.comparison().subjective(), messages, locale), body));
            table.addCell(new Phrase(messages.getTranslation("group.position." + row.customers().position(), locale),
                    body));
            table.addCell(new Phrase(ThemeSentence.readingName(row.comparison(), messages, locale), body));
        }
        return table;
    }

    /** One side's funnel: axes, the group's rate, the 95 % (dashed) and 99.8 % limits, and each site a labelled dot. */
    private static void plot(PdfContentByte canvas, GroupTheme theme, Side side, float left, float top,
            Messages messages, Locale locale, BaseFont font) {
        Funnel funnel = theme.funnel(side);
        FunnelScale scale = FunnelScale.of(funnel, PLOT_W, PLOT_H);
        float bottom = top - PLOT_H;
        text(canvas, font, 7.5f, Color.BLACK, messages.getTranslation(side == Side.CHECKS ? "group.checks"
                : "group.customers", locale) + (funnel.centre() == null ? "" : " · " + messages.getTranslation(
                "group.groupRate", locale, ThemeSentence.percent(funnel.centre()))), left, top + 6, Element.ALIGN_LEFT);
        canvas.setLineWidth(0.4f);
        for (double tick : scale.ticks()) {
            float y = top - (float) scale.y(tick);
            line(canvas, new Color(0xdd, 0xdd, 0xdd), left, y, left + PLOT_W, y);
            text(canvas, font, 6.5f, Color.DARK_GRAY, Math.round(tick * 100) + " %", left - 4, y - 2, Element.ALIGN_RIGHT);
        }
        for (long n : scale.nTicks()) {
            text(canvas, font, 6.5f, Color.DARK_GRAY, String.valueOf(n), left + (float) scale.x(n), bottom - 9,
                    Element.ALIGN_CENTER);
        }
        text(canvas, font, 6.5f, Color.DARK_GRAY, messages.getTranslation("group.axisN", locale), left + PLOT_W,
                bottom - 17, Element.ALIGN_RIGHT);
        line(canvas, Color.GRAY, left, bottom, left + PLOT_W, bottom);
        if (funnel.centre() != null) {
            canvas.saveState();
            canvas.rectangle(left, bottom, PLOT_W, PLOT_H);
            canvas.clip();
            canvas.newPath();
            for (boolean upper : new boolean[] {true, false}) {
                canvas.setLineDash(3, 2, 0);
                curve(canvas, scale.curve(funnel, FunnelScale.Z95, upper), left, top, Color.GRAY);
                canvas.setLineDash(0);
                curve(canvas, scale.curve(funnel, FunnelScale.Z998, upper), left, top, Color.DARK_GRAY);
            }
            float centre = top - (float) scale.y(funnel.centre());
            line(canvas, new Color(0x2e, 0x6d, 0xa4), left, centre, left + PLOT_W, centre);
            canvas.restoreState();
        }
        List<SiteFigures> rows = theme.sites().stream().filter(r -> r.on(side).rate().n() > 0).toList();
        double[] dotY = rows.stream().mapToDouble(r -> scale.y(r.on(side).rate().rate())).toArray();
        double[] labelY = FunnelScale.spread(dotY, 8);
        for (int i = 0; i < rows.size(); i++) {
            Funnel.Unit unit = rows.get(i).on(side);
            float x = left + (float) scale.x(unit.rate().n());
            float y = top - (float) dotY[i];
            Color colour = Color.decode(FunnelScale.colour(unit.position()));
            canvas.setColorFill(colour);
            canvas.circle(x, y, 2.8f);
            canvas.fill();
            boolean right = x < left + PLOT_W - 60;
            text(canvas, font, 6.5f, colour, rows.get(i).site().name(), right ? x + 5 : x - 5,
                    top - (float) labelY[i] - 2, right ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        }
        canvas.setColorFill(Color.BLACK);
        canvas.setColorStroke(Color.BLACK);
    }

    private static void curve(PdfContentByte canvas, List<double[]> points, float left, float top, Color colour) {
        if (points.isEmpty()) {
            return;
        }
        canvas.setColorStroke(colour);
        canvas.moveTo(left + (float) points.get(0)[0], top - (float) points.get(0)[1]);
        for (double[] p : points) {
            canvas.lineTo(left + (float) p[0], top - (float) p[1]);
        }
        canvas.stroke();
    }

    private static void line(PdfContentByte canvas, Color colour, float x1, float y1, float x2, float y2) {
        canvas.setColorStroke(colour);
        canvas.moveTo(x1, y1);
        canvas.lineTo(x2, y2);
        canvas.stroke();
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, Color color, String text, float x,
            float y, int align) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.showTextAligned(align, text, x, y, 0);
        canvas.endText();
    }

    private static BaseFont font(String resource, String name) {
        try (InputStream in = GroupPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The report's font " + resource + " is missing from the build");
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
