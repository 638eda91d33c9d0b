package fi.huoltopolku.quality.group;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.quality.ThemeSentence;
import fi.huoltopolku.quality.group.GroupReport.GroupTheme;
import fi.huoltopolku.quality.group.GroupReport.Side;
import fi.huoltopolku.quality.group.GroupReport.SiteFigures;
import fi.huoltopolku.quality.stats.Funnel;
import java.util.List;
import java.util.Locale;

/**
 * A theme's funnel plot of one side as SVG, drawn on the server: each site a labelled dot (its rate
 * against its n), the group's rate, the 95 % (dashed) and 99.8 % (solid) limits. No script, no
 * chart library: it prints and reads the same everywhere.
 */
public final class FunnelSvg {

    private static final int W = 460;
    private static final int H = 230;
    private static final int LEFT = 44;
    private static final int TOP = 12;
    private static final int PLOT_W = W - LEFT - 14;
    private static final int PLOT_H = H - TOP - 36;

    private FunnelSvg() {
    }

    public static String render(GroupTheme theme, Side side, Messages messages, Locale locale) {
        Funnel funnel = theme.funnel(side);
        FunnelScale scale = FunnelScale.of(funnel, PLOT_W, PLOT_H);
        String title = messages.getTranslation("group.funnelLabel", locale, theme.theme().name(locale),
                messages.getTranslation(side == Side.CHECKS ? "group.checks" : "group.customers", locale));
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + W + " " + H
                + "\" width=\"100%\" role=\"img\" aria-label=\"" + escape(title) + "\" style=\"max-width:" + W
                + "px;font-family:sans-serif\"><title>" + escape(title) + "</title>");
        svg.append("<g transform=\"translate(").append(LEFT).append(',').append(TOP).append(")\">");
        svg.append("<defs><clipPath id=\"plot-").append(theme.theme().code()).append('-').append(side)
                .append("\"><rect width=\"").append(PLOT_W).append("\" height=\"").append(PLOT_H)
                .append("\"/></clipPath></defs>");
        for (double tick : scale.ticks()) {
            double y = scale.y(tick);
            svg.append(line(0, y, PLOT_W, y, "#e3e3e3", "")).append(text(-5, y + 3.5, "end", "#555",
                    Math.round(tick * 100) + " %"));
        }
        for (long n : scale.nTicks()) {
            svg.append(text(scale.x(n), PLOT_H + 14, "middle", "#555", String.valueOf(n)));
        }
        svg.append(text(PLOT_W / 2.0, PLOT_H + 30, "middle", "#333", messages.getTranslation("group.axisN", locale)));
        svg.append(line(0, PLOT_H, PLOT_W, PLOT_H, "#999", "")).append(line(0, 0, 0, PLOT_H, "#999", ""));
        if (funnel.centre() != null) {
            svg.append("<g clip-path=\"url(#plot-").append(theme.theme().code()).append('-').append(side).append(")\">");
            for (boolean upper : new boolean[] {true, false}) {
                svg.append(path(scale.curve(funnel, FunnelScale.Z95, upper), "#7a7a7a", "stroke-dasharray=\"4 3\""));
                svg.append(path(scale.curve(funnel, FunnelScale.Z998, upper), "#4a4a4a", ""));
            }
            double centre = scale.y(funnel.centre());
            svg.append(line(0, centre, PLOT_W, centre, "#2e6da4", "stroke-width=\"1.5\""));
            svg.append("</g>");
            svg.append(text(4, centre - 4, "start", "#2e6da4",
                    messages.getTranslation("group.groupRate", locale, ThemeSentence.percent(funnel.centre()))));
        }
        List<SiteFigures> rows = theme.sites().stream().filter(r -> r.on(side).rate().n() > 0).toList();
        double[] dotY = rows.stream().mapToDouble(r -> scale.y(r.on(side).rate().rate())).toArray();
        double[] labelY = FunnelScale.spread(dotY, 12);
        for (int i = 0; i < rows.size(); i++) {
            SiteFigures row = rows.get(i);
            Funnel.Unit unit = row.on(side);
            double x = scale.x(unit.rate().n());
            String colour = FunnelScale.colour(unit.position());
            svg.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(dotY[i])).append("\" r=\"5\" fill=\"")
                    .append(colour).append("\" stroke=\"#fff\"><title>").append(escape(row.site().name() + ": "
                    + GroupSentences.figure(unit.rate(), messages, locale))).append("</title></circle>");
            boolean right = x < PLOT_W - 90;
            svg.append(text(right ? x + 8 : x - 8, labelY[i] + 4, right ? "start" : "end", colour, row.site().name()));
        }
        return svg.append("</g></svg>").toString();
    }

    private static String path(List<double[]> points, String colour, String extra) {
        if (points.isEmpty()) {
            return "";
        }
        StringBuilder d = new StringBuilder();
        for (double[] p : points) {
            d.append(d.length() == 0 ? "M" : "L").append(f(p[0])).append(',').append(f(p[1]));
        }
        return "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + colour + "\" " + extra + "/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" stroke=\""
                + colour + "\" " + extra + "/>";
    }

    private static String text(double x, double y, String anchor, String colour, String text) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"11\" fill=\""
                + colour + "\">" + escape(text) + "</text>";
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
