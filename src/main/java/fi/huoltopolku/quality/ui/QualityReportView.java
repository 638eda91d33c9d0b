package fi.huoltopolku.quality.ui;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.MainLayout;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.ComparisonReport;
import fi.huoltopolku.quality.ComparisonService;
import fi.huoltopolku.quality.DiscordantPage;
import fi.huoltopolku.quality.DiscordantVisit;
import fi.huoltopolku.quality.ThemeComparison;
import fi.huoltopolku.quality.TrendPoint;
import fi.huoltopolku.quality.TrendService;
import fi.huoltopolku.quality.stats.Classification;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.survey.EstimateBias;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The manager's quality report: per theme, what the checks say next to what customers say, with
 * n and intervals; blind spots and the one or two themes to focus on at a glance; a click on a
 * theme shows the visits where the two sides disagree, with the customers' own words.
 */
@Route(value = "quality", layout = MainLayout.class)
@RolesAllowed("MANAGER")
@Prototype
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
public class QualityReportView extends VerticalLayout implements HasDynamicTitle {

    /** Disagreeing visits shown at a time in the drill-down. */
    static final int DRILL_PAGE = 50;

    private final ComparisonService comparison;
    private final PeopleService people;
    private final WorkshopClock clock;
    private final DatePicker from = fi.huoltopolku.base.ui.DateTexts.localized(new DatePicker());
    private final DatePicker to = fi.huoltopolku.base.ui.DateTexts.localized(new DatePicker());
    private final Select<Department> department = new Select<>();
    private final ComboBox<Person> advisor = new ComboBox<>();
    private final ComboBox<Person> technician = new ComboBox<>();
    private final ComboBox<String> make = new ComboBox<>();
    private final Select<fi.huoltopolku.visit.VisitType> visitType = new Select<>();
    private final Div focus = new Div();
    private final Div chart = new Div();
    private final Div scatter = new Div();
    private final Grid<ThemeComparison> grid = new Grid<>();
    private final Div summary = new Div();
    private final Div drill = new Div();
    private final Anchor csv = new Anchor();
    private final Anchor pdf = new Anchor();
    private final Div trend = new Div();
    private final TrendService trends;
    private final fi.huoltopolku.feedback.FeedbackService feedback;
    /** What customers wrote about each theme in the period, newest first, beside its numbers. */
    private final java.util.Map<String, List<String>> commentsByTheme = new java.util.HashMap<>();
    private FigureFilter filter;

    public QualityReportView(ComparisonService comparison, PeopleService people, WorkshopClock clock,
            TrendService trends, fi.huoltopolku.feedback.FeedbackService feedback,
            fi.huoltopolku.customer.CustomerService customers) {
        this.trends = trends;
        this.feedback = feedback;
        this.comparison = comparison;
        this.people = people;
        this.clock = clock;
        setMaxWidth("80rem");
        LocalDate today = clock.today();
        from.setLabel(getTranslation("report.from"));
        from.setValue(today.minusDays(90));
        to.setLabel(getTranslation("report.to"));
        to.setValue(today);
        department.setLabel(getTranslation("field.department"));
        department.setItems(people.departments());
        department.setItemLabelGenerator(d -> d == null ? getTranslation("report.all") : d.name(getLocale()));
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("report.all"));
        advisor.setLabel(getTranslation("field.advisor"));
        advisor.setItems(people.withRole(Role.ADVISOR));
        advisor.setItemLabelGenerator(Person::fullName);
        advisor.setClearButtonVisible(true);
        technician.setLabel(getTranslation("field.technician"));
        technician.setItems(people.withRole(Role.TECHNICIAN));
        technician.setItemLabelGenerator(Person::fullName);
        technician.setClearButtonVisible(true);
        make.setLabel(getTranslation("field.vehicle.make"));
        make.setItems(customers.makes());
        make.setClearButtonVisible(true);
        make.setId("filter-make");
        visitType.setLabel(getTranslation("field.visitType"));
        visitType.setItems(fi.huoltopolku.visit.VisitType.values());
        visitType.setItemLabelGenerator(t -> t == null ? getTranslation("report.all") : Ui.tr(t));
        visitType.setEmptySelectionAllowed(true);
        visitType.setEmptySelectionCaption(getTranslation("report.all"));
        visitType.setId("filter-visit-type");
        List.of(from, to).forEach(p -> p.addValueChangeListener(e -> refresh()));
        department.addValueChangeListener(e -> refresh());
        advisor.addValueChangeListener(e -> refresh());
        technician.addValueChangeListener(e -> refresh());
        make.addValueChangeListener(e -> refresh());
        visitType.addValueChangeListener(e -> refresh());
        csv.setText(getTranslation("report.csv"));
        csv.setId("download-csv");
        pdf.setText(getTranslation("report.pdf"));
        pdf.setId("download-pdf");
        csv.getElement().setAttribute("download", true);
        pdf.getElement().setAttribute("download", true);
        HorizontalLayout downloads = new HorizontalLayout(csv, pdf);
        downloads.setAlignSelf(Alignment.END);
        HorizontalLayout filters = new HorizontalLayout(from, to, department, advisor, technician, make, visitType, downloads);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        focus.setId("focus");
        chart.setId("comparison-chart");
        chart.setWidthFull();
        chart.getElement().setProperty("innerHTML", "<canvas aria-label=\"" + getTranslation("report.chartLabel")
                + "\" role=\"img\"></canvas>");
        chart.setHeight("18rem");
        scatter.setId("importance-chart");
        scatter.setWidthFull();
        scatter.setHeight("16rem");
        scatter.getElement().setProperty("innerHTML", "<canvas aria-label=\"" + getTranslation("report.scatterLabel")
                + "\" role=\"img\"></canvas>");

        grid.setId("comparison");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.theme().name(getLocale())).setHeader(getTranslation("field.theme")).setFlexGrow(2);
        grid.addColumn(r -> rate(r.comparison().objective())).setHeader(getTranslation("report.checksSay"))
                .setAutoWidth(true);
        grid.addColumn(r -> rate(r.comparison().subjective()) + (r.subjective().mean() == null ? ""
                : String.format(Locale.ROOT, " · ø %.1f", r.subjective().mean())))
                .setHeader(getTranslation("report.customersSay")).setAutoWidth(true);
        grid.addColumn(r -> r.comparison().gapPoints() == null ? "–"
                : String.format(Locale.ROOT, "%+.0f", r.comparison().gapPoints())
                + (r.comparison().intervalsSeparate() ? " ◆" : "")).setHeader(getTranslation("report.gap")).setAutoWidth(true);
        grid.addComponentColumn(r -> classification(r.comparison().classification()))
                .setHeader(getTranslation("report.classification")).setAutoWidth(true);
        grid.addColumn(r -> percent(r.objective().coverage())).setHeader(getTranslation("report.coverage")).setAutoWidth(true);
        grid.addColumn(this::selfVsInspected).setHeader(getTranslation("report.selfVsInspected")).setAutoWidth(true);
        grid.addColumn(r -> r.link().importance() == null ? "–"
                : String.format(Locale.ROOT, "%+.0f", 100 * r.link().importance()))
                .setHeader(getTranslation("report.importance")).setAutoWidth(true);
        grid.addColumn(this::latestComment).setHeader(getTranslation("report.comments")).setKey("comments")
                .setFlexGrow(3);
        grid.setPartNameGenerator(r -> r.comparison().classification() == Classification.TOO_FEW_ANSWERS ? "too-few" : null);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> showDrill(e.getItem()));

        summary.setId("report-summary");
        drill.setId("drill-down");
        trend.setId("trend-chart");
        trend.setWidthFull();
        trend.setHeight("16rem");
        trend.getElement().setProperty("innerHTML", "<canvas role=\"img\" aria-label=\"trend\"></canvas>");
        trend.setVisible(false);
        add(new H2(getTranslation("report.title")), filters, focus, chart, grid,
                Ui.withClass(new Paragraph(getTranslation("report.explain", Math.round(comparison.thresholds().good() * 100),
                        Math.round(comparison.thresholds().gapPoints()), comparison.thresholds().minAnswers())),
                        "text-s", "text-secondary"), new H3(getTranslation("report.scatterLabel")), scatter, summary, trend, drill);
        refresh();
    }

    /** The number of comments on the theme and the newest, shortened; all of them in the drill-down. */
    private String latestComment(ThemeComparison row) {
        List<String> said = commentsByTheme.getOrDefault(row.theme().code(), List.of());
        if (said.isEmpty()) {
            return "–";
        }
        String newest = said.get(0).length() > 70 ? said.get(0).substring(0, 69) + "…" : said.get(0);
        return "(" + said.size() + ") “" + newest + "”";
    }

    private void refresh() {
        LocalDate start = from.getValue() == null ? clock.today().minusDays(90) : from.getValue();
        LocalDate end = (to.getValue() == null ? clock.today() : to.getValue()).plusDays(1);
        filter = FigureFilter.period(start.atStartOfDay(clock.zone()).toInstant(), end.atStartOfDay(clock.zone()).toInstant());
        if (department.getValue() != null) {
            filter = filter.department(department.getValue().code());
        }
        if (advisor.getValue() != null) {
            filter = filter.advisor(advisor.getValue().id());
        }
        if (technician.getValue() != null) {
            filter = filter.technician(technician.getValue().id());
        }
        if (make.getValue() != null) {
            filter = filter.make(make.getValue());
        }
        if (visitType.getValue() != null) {
            filter = filter.type(visitType.getValue());
        }
        ComparisonReport report = comparison.report(filter);
        String query = "?from=" + start + "&to=" + end
                + (department.getValue() == null ? "" : "&department=" + department.getValue().code())
                + (advisor.getValue() == null ? "" : "&advisor=" + advisor.getValue().username())
                + (technician.getValue() == null ? "" : "&technician=" + technician.getValue().username())
                + (make.getValue() == null ? "" : "&make="
                        + java.net.URLEncoder.encode(make.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                + (visitType.getValue() == null ? "" : "&visitType=" + visitType.getValue().name());
        csv.setHref("api/v1/reports/comparison.csv" + query);
        pdf.setHref("api/v1/reports/comparison.pdf" + query + "&lang=" + getLocale().getLanguage());
        commentsByTheme.clear();
        report.themes().forEach(r -> commentsByTheme.put(r.theme().code(),
                feedback.commentsAbout(r.theme().code(), filter.from(), filter.to())));
        grid.setItems(report.themes());
        showFocus(report);
        drawChart(report);
        drawScatter(report);
        showSummary(report);
        drill.removeAll();
    }

    private void showFocus(ComparisonReport report) {
        focus.removeAll();
        if (report.focus().isEmpty()) {
            focus.add(new Paragraph(getTranslation("report.noFocus")));
            return;
        }
        for (ThemeComparison row : report.themes()) {
            if (!row.focus()) {
                continue;
            }
            Paragraph sentence = new Paragraph(getTranslation("report.focusSentence", row.theme().name(getLocale()),
                    percent(row.comparison().subjective().rate()), percent(row.comparison().objective().rate()),
                    Math.round(-row.comparison().gapPoints()), row.comparison().subjective().n()));
            sentence.addClassNames("focus-sentence");
            sentence.add(new Span(" "), new Anchor("improvements/" + row.theme().code(), getTranslation("improvements.start")));
            focus.add(sentence);
        }
    }

    private void drawChart(ComparisonReport report) {
        List<String> labels = report.themes().stream().map(r -> r.theme().name(getLocale())).toList();
        String objective = report.themes().stream().map(r -> pct(r.comparison().objective().rate()))
                .collect(Collectors.joining(","));
        String subjective = report.themes().stream().map(r -> pct(r.comparison().subjective().rate()))
                .collect(Collectors.joining(","));
        chart.getElement().executeJs("""
                const canvas = this.querySelector('canvas');
                if (!window.Chart) { return; }
                if (this.$chart) { this.$chart.destroy(); }
                this.$chart = new Chart(canvas, {type: 'bar', data: {labels: $0, datasets: [
                  {label: $1, data: [%s], backgroundColor: '#5b7fa6'},
                  {label: $2, data: [%s], backgroundColor: '#e0a030'}]},
                  options: {responsive: true, maintainAspectRatio: false, animation: false,
                    scales: {y: {min: 0, max: 100, ticks: {callback: v => v + ' %%'}}}}});
                """.formatted(objective, subjective), json(labels), getTranslation("report.checksSay"),
                getTranslation("report.customersSay"));
    }

    /** Month by month, both sides of the theme; with a person or department chosen, the whole workshop too. */
    private void drawTrend(ThemeComparison row) {
        boolean narrowed = filter.advisorId() != null || filter.technicianId() != null || filter.departmentCode() != null;
        List<TrendPoint> points = trends.trend(filter, row.theme().code(), TrendService.Step.MONTH);
        List<TrendPoint> workshop = narrowed ? trends.trend(FigureFilter.period(filter.from(), filter.to()),
                row.theme().code(), TrendService.Step.MONTH) : List.of();
        elemental.json.JsonArray labels = elemental.json.Json.createArray();
        for (int i = 0; i < points.size(); i++) {
            labels.set(i, points.get(i).periodStart().toString().substring(0, 7));
        }
        trend.setVisible(true);
        trend.getElement().executeJs("""
                const canvas = this.querySelector('canvas');
                if (!window.Chart) { return; }
                if (this.$chart) { this.$chart.destroy(); }
                const series = (label, data, color, dash) => ({label, data, borderColor: color, backgroundColor: color,
                  borderDash: dash ? [6, 4] : [], spanGaps: true, tension: 0.2});
                const sets = [series($1, $2, '#5b7fa6', false), series($3, $4, '#e0a030', false)];
                if ($5.length) { sets.push(series($6, $5, '#5b7fa6', true), series($7, $8, '#e0a030', true)); }
                this.$chart = new Chart(canvas, {type: 'line', data: {labels: $0, datasets: sets},
                  options: {responsive: true, maintainAspectRatio: false, animation: false,
                    scales: {y: {min: 0, max: 100}}}});
                """, labels, row.theme().name(getLocale()) + ": " + getTranslation("report.checksSay"),
                series(points, true), getTranslation("report.customersSay"), series(points, false),
                series(workshop, true), getTranslation("report.workshopChecks"), getTranslation("report.workshopCustomers"),
                series(workshop, false));
    }

    private static elemental.json.JsonArray series(List<TrendPoint> points, boolean objective) {
        elemental.json.JsonArray values = elemental.json.Json.createArray();
        for (int i = 0; i < points.size(); i++) {
            Double rate = (objective ? points.get(i).objective() : points.get(i).subjective()).rate();
            if (rate == null) {
                values.set(i, elemental.json.Json.createNull());
            } else {
                values.set(i, Math.round(1000 * rate) / 10.0);
            }
        }
        return values;
    }

    /** Importance (x) against performance (y, customers satisfied): a theme high right matters and is done well. */
    private void drawScatter(ComparisonReport report) {
        elemental.json.JsonArray points = elemental.json.Json.createArray();
        int i = 0;
        for (ThemeComparison row : report.themes()) {
            if (row.link().importance() == null || row.comparison().subjective().rate() == null) {
                continue;
            }
            elemental.json.JsonObject point = elemental.json.Json.createObject();
            point.put("x", Math.round(100 * row.link().importance()));
            point.put("y", Math.round(100 * row.comparison().subjective().rate()));
            point.put("label", row.theme().name(getLocale()));
            points.set(i++, point);
        }
        scatter.getElement().executeJs("""
                const canvas = this.querySelector('canvas');
                if (!window.Chart) { return; }
                if (this.$chart) { this.$chart.destroy(); }
                this.$chart = new Chart(canvas, {type: 'scatter', data: {datasets: [{label: $1, data: $0,
                  backgroundColor: '#c0392b', pointRadius: 6}]},
                  options: {responsive: true, maintainAspectRatio: false, animation: false,
                    plugins: {tooltip: {callbacks: {label: c => c.raw.label + ': ' + c.raw.x + ' / ' + c.raw.y + ' %'}}},
                    scales: {x: {title: {display: true, text: $2}}, y: {min: 0, max: 100, title: {display: true, text: $3}}}}});
                """, points, getTranslation("report.scatterLabel"), getTranslation("report.importance"),
                getTranslation("report.customersSay"));
    }

    private static elemental.json.JsonArray json(List<String> values) {
        elemental.json.JsonArray array = elemental.json.Json.createArray();
        for (int i = 0; i < values.size(); i++) {
            array.set(i, values.get(i));
        }
        return array;
    }

    private void showSummary(ComparisonReport report) {
        summary.removeAll();
        var s = report.satisfaction();
        summary.add(new H3(getTranslation("report.summary")));
        summary.add(new Paragraph(getTranslation("report.nps", s.nps().score() == null ? "–"
                : String.format(Locale.ROOT, "%+.0f", s.nps().score()), s.nps().n())
                + " · " + getTranslation("report.overall", percent(s.overall().topTwoShare()), s.overall().n())
                + " · " + getTranslation("report.responseRate", percent(s.responseRate()), s.selfCompleted(), s.invitations())));
        Map<Long, Person> staff = people.peopleById();
        for (Map.Entry<Long, EstimateBias> bias : s.estimateBiasByAdvisor().entrySet()) {
            Person advisorPerson = staff.get(bias.getKey());
            summary.add(Ui.withClass(new Paragraph(getTranslation("report.bias",
                    advisorPerson == null ? "#" + bias.getKey() : advisorPerson.fullName(),
                    String.format(Locale.ROOT, "%+.1f", bias.getValue().mean()), bias.getValue().n())),
                    "text-s", "m-0", "estimate-bias"));
        }
    }

    private void showDrill(ThemeComparison row) {
        drill.removeAll();
        drawTrend(row);
        List<String> said = feedback.commentsAbout(row.theme().code(), filter.from(), filter.to());
        if (!said.isEmpty()) {
            drill.add(new H3(getTranslation("report.commentsAbout", row.theme().name(getLocale()), said.size())));
            said.forEach(c -> drill.add(Ui.withClass(new Paragraph("“" + c + "”"), "customer-comment", "theme-comment")));
        }
        drill.add(new H3(getTranslation("report.behind", row.theme().name(getLocale()))));
        Div behind = new Div();
        behind.addClassName("discordant-list");
        drill.add(behind);
        showDiscordant(row, behind, 0);
    }

    /** The drill-down's disagreeing visits a page at a time, with a button for the next page. */
    private void showDiscordant(ThemeComparison row, Div behind, int offset) {
        DiscordantPage page = comparison.discordant(filter, row.theme().code(), offset, DRILL_PAGE);
        if (page.total() == 0) {
            behind.add(new Paragraph(getTranslation("report.noDiscordant")));
        }
        for (DiscordantVisit visit : page.visits()) {
            Div line = new Div();
            line.addClassNames("discordant", visit.checksPassed() ? "blind" : "reverse");
            line.add(new Anchor("visit/" + visit.visitId(), visit.plate()),
                    new Span(" · " + visit.customerName() + " · " + getTranslation(visit.checksPassed()
                            ? "report.passedUnhappy" : "report.failedHappy", visit.rating())));
            if (visit.comment() != null) {
                line.add(Ui.withClass(new Paragraph("“" + visit.comment() + "”"), "customer-comment", "m-0"));
            }
            behind.add(line);
        }
        int shown = offset + page.visits().size();
        if (shown < page.total()) {
            Paragraph count = Ui.withClass(new Paragraph(getTranslation("report.shownOf", shown, page.total())),
                    "text-s", "m-0");
            Button more = new Button(getTranslation("report.showMore", Math.min(DRILL_PAGE, page.total() - shown)));
            more.addClassName("show-more");
            more.addClickListener(e -> {
                behind.remove(count, more);
                showDiscordant(row, behind, shown);
            });
            behind.add(count, more);
        }
    }

    /** Self-reported compliance (in the flow) next to independently inspected (post-inspections, workshop tests). */
    private String selfVsInspected(ThemeComparison row) {
        Proportion self = row.objectiveBySource().get(fi.huoltopolku.checks.Source.PROCESS);
        Proportion post = row.objectiveBySource().get(fi.huoltopolku.checks.Source.POST_INSPECTION);
        Proportion test = row.objectiveBySource().get(fi.huoltopolku.checks.Source.WORKSHOP_TEST);
        Proportion inspected = new Proportion(post.successes() + test.successes(), post.n() + test.n());
        return percent(self.rate()) + " / " + percent(inspected.rate()) + " (n " + inspected.n() + ")";
    }

    private Span classification(Classification c) {
        String variant = switch (c) {
            case BLIND_SPOT -> "error";
            case HIDDEN_STRENGTH -> "primary";
            case ALIGNED_GOOD -> "success";
            case ALIGNED_WEAK -> "contrast";
            case TOO_FEW_ANSWERS -> "";
        };
        return variant.isEmpty() ? Ui.badge(Ui.tr(c)) : Ui.badge(Ui.tr(c), variant);
    }

    private String rate(Proportion p) {
        if (p.n() == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%s (%.0f–%.0f) n %d", percent(p.rate()), 100 * p.low(), 100 * p.high(), p.n());
    }

    private static String percent(@Nullable Double share) {
        return share == null ? "–" : Math.round(100 * share) + " %";
    }

    private static String pct(@Nullable Double share) {
        return share == null ? "null" : String.format(Locale.ROOT, "%.1f", 100 * share);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
