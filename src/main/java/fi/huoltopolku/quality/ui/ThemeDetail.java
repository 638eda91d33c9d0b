package fi.huoltopolku.quality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import elemental.json.Json;
import elemental.json.JsonArray;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.feedback.Said;
import fi.huoltopolku.quality.ComparisonService;
import fi.huoltopolku.quality.DiscordantPage;
import fi.huoltopolku.quality.DiscordantVisit;
import fi.huoltopolku.quality.ThemeComparison;
import fi.huoltopolku.quality.ThemeSentence;
import fi.huoltopolku.quality.TrendPoint;
import fi.huoltopolku.quality.TrendService;
import fi.huoltopolku.quality.stats.ControlChart;
import java.util.List;

/**
 * A theme opened from the report, beside it: its sentence, month by month both sides with n and
 * intervals (the whole workshop's too when the report is narrowed to a person or department), the
 * customers' side on a control chart over the last twelve months (signal or noise?), what
 * customers wrote (each comment once, newest first) and the visits where the two sides disagree.
 */
final class ThemeDetail extends Dialog {

    /** Disagreeing visits shown at a time. */
    static final int PAGE = 50;

    private final ComparisonService comparison;
    private final ThemeComparison row;
    private final FigureFilter filter;

    ThemeDetail(ThemeComparison row, String sentence, FigureFilter filter, ComparisonService comparison,
            TrendService trends, FeedbackService feedback, WorkshopClock clock) {
        this.comparison = comparison;
        this.row = row;
        this.filter = filter;
        setId("theme-detail");
        setHeaderTitle(row.theme().name(Ui.locale()));
        setWidth("min(64rem, 96vw)");
        getHeader().add(new Button(Ui.text("action.close"), e -> close()));
        add(Ui.withClass(new Paragraph(sentence), "theme-sentence"));

        String theme = row.theme().code();
        int min = comparison.thresholds().minAnswers();
        String percent = Ui.text("report.axis.percent");
        boolean narrowed = filter.advisorId() != null || filter.technicianId() != null || filter.departmentCode() != null;
        List<TrendPoint> points = trends.trend(filter, theme, TrendService.Step.MONTH);
        JsonArray series = Json.createArray();
        series.set(0, ReportCharts.series(Ui.text("report.checksSay"), points, true, ReportCharts.CHECKS, false));
        series.set(1, ReportCharts.series(Ui.text("report.customersSay"), points, false, ReportCharts.CUSTOMERS, false));
        if (narrowed) {
            List<TrendPoint> workshop = trends.trend(FigureFilter.period(filter.from(), filter.to()), theme,
                    TrendService.Step.MONTH);
            series.set(2, ReportCharts.series(Ui.text("report.workshopChecks"), workshop, true, ReportCharts.CHECKS, true));
            series.set(3, ReportCharts.series(Ui.text("report.workshopCustomers"), workshop, false, ReportCharts.CUSTOMERS,
                    true));
        }
        Div trend = ReportCharts.canvas("trend-chart", Ui.text("report.trendTitle"), "16rem");
        ReportCharts.trend(trend, ReportCharts.monthLabels(points), series, min, percent);
        add(new H3(Ui.text("report.trendTitle")),
                Ui.withClass(new Paragraph(Ui.text("report.trendHelp", min)), "text-s", "text-secondary", "m-0"), trend);

        // The control chart: the last twelve months up to the report's end, limits from the workshop's own rate.
        TrendService.ControlYear controlYear = trends.controlYear(filter, theme);
        List<TrendPoint> year = controlYear.months();
        ControlChart control = controlYear.chart();
        Div pChart = ReportCharts.canvas("control-chart", Ui.text("report.controlTitle"), "14rem");
        ReportCharts.controlChart(pChart, ReportCharts.monthLabels(year), control, Ui.text("report.customersSay"),
                Ui.text("report.controlCentre"), Ui.text("report.controlLimits"), percent);
        Paragraph reading = Ui.withClass(new Paragraph(control.centre() == null ? Ui.text("report.controlNone")
                : control.signals() == 0 ? Ui.text("report.controlNoise", ThemeSentence.percent(control.centre()))
                : Ui.text("report.controlSignals", control.signals(), ThemeSentence.percent(control.centre()))),
                "control-reading", "text-s");
        long months = control.points().stream().filter(p -> p.rate().n() > 0).count();
        Paragraph kind = Ui.withClass(new Paragraph(control.kind() == ControlChart.Kind.LANEY_P_PRIME
                ? Ui.text("report.controlKindLaney", control.sigmaZ())
                : control.sigmaZ() > 1 && months < ControlChart.LANEY_MIN_PERIODS
                        ? Ui.text("report.controlKindFew", months, ControlChart.LANEY_MIN_PERIODS)
                        : Ui.text("report.controlKindP")),
                "control-kind", "text-s", "text-secondary", "m-0");
        add(new H3(Ui.text("report.controlTitle")), reading, pChart, kind);

        List<Said> said = feedback.commentsAbout(theme, filter.from(), filter.to());
        add(new H3(Ui.text("report.commentsAbout", row.theme().name(Ui.locale()), said.size())));
        if (said.isEmpty()) {
            add(Ui.withClass(new Paragraph(Ui.text("report.noComments")), "text-s", "text-secondary"));
        }
        for (Said comment : said) {
            Paragraph line = Ui.withClass(new Paragraph("“" + comment.text() + "”"), "customer-comment", "theme-comment");
            if (comment.times() > 1) {
                line.add(Ui.withClass(new Span(" " + Ui.text("report.saidTimes", comment.times())), "text-s",
                        "text-secondary"));
            }
            add(line);
        }

        add(new H3(Ui.text("report.behind", row.theme().name(Ui.locale()))));
        Div behind = new Div();
        behind.addClassName("discordant-list");
        add(behind);
        showDiscordant(behind, 0);
    }

    /** The disagreeing visits a page at a time, with a button for the next page. */
    private void showDiscordant(Div behind, int offset) {
        DiscordantPage page = comparison.discordant(filter, row.theme().code(), offset, PAGE);
        if (page.total() == 0) {
            behind.add(new Paragraph(Ui.text("report.noDiscordant")));
        }
        for (DiscordantVisit visit : page.visits()) {
            Div line = new Div();
            line.addClassNames("discordant", visit.checksPassed() ? "blind" : "reverse");
            line.add(new Anchor("visit/" + visit.visitId(), visit.plate()),
                    new Span(" · " + visit.customerName() + " · " + Ui.text(visit.checksPassed()
                            ? "report.passedUnhappy" : "report.failedHappy", visit.rating())));
            if (visit.comment() != null) {
                line.add(Ui.withClass(new Paragraph("“" + visit.comment() + "”"), "customer-comment", "m-0"));
            }
            behind.add(line);
        }
        int shown = offset + page.visits().size();
        if (shown < page.total()) {
            Paragraph count = Ui.withClass(new Paragraph(Ui.text("report.shownOf", shown, page.total())), "text-s", "m-0");
            Button more = new Button(Ui.text("report.showMore", Math.min(PAGE, page.total() - shown)));
            more.addClassName("show-more");
            more.addClickListener(e -> {
                behind.remove(count, more);
                showDiscordant(behind, shown);
            });
            behind.add(count, more);
        }
    }
}
