package fi.huoltopolku.quality.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.feedback.Said;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.quality.ComparisonReport;
import fi.huoltopolku.quality.ComparisonService;
import fi.huoltopolku.quality.RepresentativeComment;
import fi.huoltopolku.quality.ThemeComparison;
import fi.huoltopolku.quality.ThemeSentence;
import fi.huoltopolku.quality.TrendService;
import fi.huoltopolku.quality.WeeklyReportService;
import fi.huoltopolku.quality.stats.Classification;
import fi.huoltopolku.quality.stats.Comparison;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.survey.EstimateBias;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The manager's quality report: per theme, what the checks say next to what customers say, with
 * n and intervals; blind spots and the one or two themes to focus on at a glance; a click on a
 * theme shows the visits where the two sides disagree, with the customers' own words.
 */
@Route("quality")
@RolesAllowed("MANAGER")
@Prototype
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
public class QualityReportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ComparisonService comparison;
    private final PeopleService people;
    private final WorkshopClock clock;
    private final Div focus = new Div();
    private final Div chart = new Div();
    private final Div scatter = new Div();
    private final Grid<ThemeComparison> grid = new Grid<>();
    private final Div summary = new Div();
    private final Paragraph scatterHelp = new Paragraph();
    private final TrendService trends;
    private final FeedbackService feedback;
    private final Messages messages;
    /** What customers wrote about each theme in the period, newest first, beside its numbers. */
    private final Map<String, List<Said>> commentsByTheme = new HashMap<>();
    private final ReportFilters filters;
    private final Sites sites;
    /** Which site the report is narrowed to when opened from the group comparison ({@code ?site=}). */
    private final Div siteOnly = new Div();
    private FigureFilter filter;

    public QualityReportView(ComparisonService comparison, PeopleService people, WorkshopClock clock,
            TrendService trends, FeedbackService feedback, CustomerService customers,
            Messages messages, WeeklyReportService weekly, Sites sites) {
        this.messages = messages;
        this.sites = sites;
        this.trends = trends;
        this.feedback = feedback;
        this.comparison = comparison;
        this.people = people;
        this.clock = clock;
        setMaxWidth("80rem");
        filters = new ReportFilters(people, customers.makes(), clock, this::refresh);

        focus.setId("focus");
        chart.setId("comparison-chart");
        chart.setWidthFull();
        chart.getElement().setProperty("innerHTML", "<canvas aria-label=\"" + getTranslation("report.chartLabel")
                + "\" role=\"img\"></canvas>");
        chart.setHeight("18rem");

        grid.setId("comparison");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::themeCell).setHeader(header("field.theme", "report.help.theme")).setWidth("16rem")
                .setFlexGrow(3);
        grid.addComponentColumn(r -> classification(r.comparison()))
                .setHeader(header("report.classification", "report.help.classification")).setAutoWidth(true);
        grid.addComponentColumn(r -> figure(r.comparison().objective(), coverage(r)))
                .setHeader(header("report.checksSay", "report.help.checks")).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(r -> figure(r.comparison().subjective(), r.subjective().mean() == null ? ""
                : getTranslation("report.average", String.format(getLocale(), "%.1f", r.subjective().mean()))))
                .setHeader(header("report.customersSay", "report.help.customers")).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(r -> ThemeSentence.importance(r, messages, getLocale())).setHeader(header("report.importance", "report.help.importance"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(r -> ThemeSentence.bySource(r, messages, getLocale(), " · ")).setHeader(header("report.selfVsInspected", "report.help.bySource"))
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(this::latestComment).setHeader(header("report.comments", "report.help.comments"))
                .setKey("comments").setWidth("9rem").setFlexGrow(2);
        grid.setPartNameGenerator(r -> r.comparison().classification() == Classification.TOO_FEW_ANSWERS ? "too-few" : null);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> showDetail(e.getItem()));

        scatter.setId("importance-chart");
        scatter.setWidthFull();
        scatter.setHeight("22rem");
        scatter.getElement().setProperty("innerHTML", "<canvas aria-label=\"" + getTranslation("report.scatterLabel")
                + "\" role=\"img\"></canvas>");
        summary.setId("report-summary");
        scatterHelp.addClassNames("text-s", "text-secondary");
        siteOnly.setId("site-only");
        siteOnly.setVisible(false);
        add(new H2(getTranslation("report.title")), siteOnly, filters, focus, grid,
                Ui.withClass(new Paragraph(getTranslation("report.explain", Math.round(comparison.thresholds().good() * 100),
                        Math.round(comparison.thresholds().gapPoints()), comparison.thresholds().minAnswers())),
                        "text-s", "text-secondary"), chart, new H3(getTranslation("report.scatterLabel")), scatterHelp,
                scatter, summary, new WeeklyReportPanel(weekly, messages));
        refresh();
    }

    /**
     * Opened from the group comparison with {@code ?site=CODE}: the report of that site alone (narrowed
     * within the caller's sites, never wider; a code not theirs is named as such), with the way back.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        List<String> asked = query.getOrDefault("site", List.of());
        if (asked.isEmpty() || !sites.isGroup()) {
            return;
        }
        filters.period(query.getOrDefault("from", List.of()), query.getOrDefault("to", List.of()));
        Optional<Site> site = sites.within(Callers.sites()).stream()
                .filter(s -> s.code().equalsIgnoreCase(asked.get(0).strip())).findFirst();
        if (site.isEmpty()) {
            // Not one of the caller's sites, or none at all: said so (the same words for both), no empty report.
            String shown = asked.get(0).strip();
            siteOnly.removeAll();
            siteOnly.add(Ui.withClass(new Span(getTranslation("site.notYours",
                    shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)), "font-bold", "me-m"),
                    new RouterLink(getTranslation("report.backToGroup"), GroupView.class));
            siteOnly.setVisible(true);
            return;
        }
        filters.site(Callers.sites().narrowedTo(Set.of(site.map(Site::siteId).orElse(0L))),
                site.map(Site::code).orElse(asked.get(0).strip()));
        siteOnly.removeAll();
        siteOnly.add(Ui.withClass(new Span(getTranslation("report.siteOnly", site.map(sites::name).orElse(asked.get(0)))),
                "font-bold", "me-m"), new RouterLink(getTranslation("report.backToGroup"), GroupView.class));
        siteOnly.setVisible(true);
        refresh();
    }

    /** A column header that explains itself on hover and to screen readers. */
    private Span header(String key, String helpKey) {
        Span header = new Span(getTranslation(key));
        header.getElement().setAttribute("title", getTranslation(helpKey));
        header.getElement().setAttribute("aria-description", getTranslation(helpKey));
        return header;
    }

    /** The theme's name and its plain sentence. */
    private Div themeCell(ThemeComparison row) {
        Div cell = new Div();
        cell.add(Ui.withClass(new Span(row.theme().name(getLocale())), "theme-name", "font-semibold"));
        cell.add(Ui.withClass(new Paragraph(sentence(row)), "theme-sentence", "text-s", "m-0"));
        return cell;
    }

    private String sentence(ThemeComparison row) {
        return ThemeSentence.of(row, comparison.thresholds(), messages, getLocale());
    }

    /** A side's rate with its n; the 95 % interval on hover. */
    private Div figure(Proportion p, String more) {
        Div cell = new Div();
        if (p.n() == 0) {
            cell.add(new Span("–"));
            cell.add(Ui.withClass(new Paragraph(getTranslation("report.noAnswers")), "text-xs", "text-secondary", "m-0"));
            return cell;
        }
        cell.add(Ui.withClass(new Span(ThemeSentence.percent(p.rate())), "font-semibold"));
        cell.add(Ui.withClass(new Paragraph("n " + p.n() + (more.isEmpty() ? "" : " · " + more)), "text-xs",
                "text-secondary", "m-0"));
        cell.getElement().setAttribute("title", getTranslation("report.interval", Math.round(100 * p.low()),
                Math.round(100 * p.high())));
        return cell;
    }

    private String coverage(ThemeComparison row) {
        return row.objective().coverage() == null ? ""
                : getTranslation("report.answeredFor", ThemeSentence.percent(row.objective().coverage()));
    }

    /**
     * One comment that speaks to the theme's verdict (a complaint where it is weak or a blind spot,
     * praise where it does well), shortened, said in words out of how many; all of them in the detail.
     */
    private String latestComment(ThemeComparison row) {
        List<Said> said = commentsByTheme.getOrDefault(row.theme().code(), List.of());
        return RepresentativeComment.of(said, row.comparison().classification()).map(shown -> {
            String text = shown.said().text();
            String words = getTranslation("report.comment" + switch (shown.tone()) {
                case COMPLAINT -> "Complaint";
                case PRAISE -> "Praise";
                case NEWEST -> "Newest";
            }, shown.of(), text.length() > 70 ? text.substring(0, 69) + "…" : text);
            return shown.said().times() > 1 ? words + " " + getTranslation("report.saidTimes", shown.said().times()) : words;
        }).orElse("–");
    }

    private void refresh() {
        filter = filters.filter();
        ComparisonReport report = comparison.report(filter);
        commentsByTheme.clear();
        report.themes().forEach(r -> commentsByTheme.put(r.theme().code(),
                feedback.commentsAbout(r.theme().code(), filter.from(), filter.to())));
        grid.setItems(report.themes());
        showFocus(report);
        drawChart(report);
        drawImportance(report);
        showSummary(report);
    }

    /** The one or two themes to work on, best first, each with its reason and a way to start. */
    private void showFocus(ComparisonReport report) {
        focus.removeAll();
        if (report.focus().isEmpty()) {
            focus.add(new Paragraph(getTranslation("report.noFocus")));
            return;
        }
        for (ThemeComparison row : report.focusRows()) {
            Paragraph sentence = new Paragraph(ThemeSentence.focus(row, comparison.thresholds(), messages, getLocale()));
            sentence.addClassNames("focus-sentence");
            sentence.add(new Span(" "), new Anchor("improvements/" + row.theme().code(), getTranslation("improvements.start")));
            focus.add(sentence);
        }
        focus.add(Ui.withClass(new Paragraph(getTranslation("report.focusRule")), "focus-rule", "text-s",
                "text-secondary"));
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

    /**
     * Importance (points more satisfied when the checks pass) against customers satisfied: every
     * theme named, the quadrants split at the themes' mean importance and the "good" rate.
     */
    private void drawImportance(ComparisonReport report) {
        JsonArray points = Json.createArray();
        double sum = 0;
        for (ThemeComparison row : report.themes()) {
            Long importance = ThemeSentence.importancePoints(row);
            if (importance == null || row.comparison().subjective().rate() == null) {
                continue;
            }
            JsonObject point = Json.createObject();
            point.put("x", importance);
            point.put("y", Math.round(100 * row.comparison().subjective().rate()));
            point.put("n", row.comparison().subjective().n());
            point.put("label", row.focus() ? getTranslation("report.focusMark", row.theme().name(getLocale()))
                    : row.theme().name(getLocale()));
            point.put("focus", row.focus());
            points.set(points.length(), point);
            sum += importance;
        }
        double splitX = points.length() == 0 ? 0 : Math.round(sum / points.length());
        long splitY = Math.round(100 * comparison.thresholds().good());
        JsonArray quadrants = json(List.of(getTranslation("report.quadrant.goodEnough"),
                getTranslation("report.quadrant.keepUp"), getTranslation("report.quadrant.lowPriority"),
                getTranslation("report.quadrant.fixFirst")));
        scatterHelp.setText(getTranslation("report.scatterHelp", Math.round(splitX), splitY));
        scatter.setVisible(points.length() > 0);
        if (points.length() == 0) {
            scatterHelp.setText(getTranslation("report.scatterEmpty"));
            return;
        }
        ReportCharts.importance(scatter, points, splitX, splitY, quadrants, getTranslation("report.importanceAxis"),
                getTranslation("report.customersSay"));
    }

    private static JsonArray json(List<String> values) {
        JsonArray array = Json.createArray();
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
                    String.format(getLocale(), "%+.1f", bias.getValue().mean()).replace('-', '−'), bias.getValue().n())),
                    "text-s", "m-0", "estimate-bias"));
        }
    }

    /** A theme opened beside the report: its trend, control chart, comments and disagreeing visits. */
    private void showDetail(ThemeComparison row) {
        new ThemeDetail(row, sentence(row), filter, comparison, trends, feedback, clock).open();
    }

    private Span classification(Comparison comparison) {
        Classification c = comparison.classification();
        String name = ThemeSentence.readingName(comparison, messages, getLocale());
        String variant = switch (c) {
            case BLIND_SPOT -> "error";
            case HIDDEN_STRENGTH -> "primary";
            case ALIGNED_GOOD -> "success";
            case ALIGNED_WEAK -> "contrast";
            case TOO_FEW_ANSWERS -> "";
        };
        return variant.isEmpty() ? Ui.badge(name) : Ui.badge(name, variant);
    }

    private static String percent(@Nullable Double share) {
        return ThemeSentence.percent(share);
    }

    private static String pct(@Nullable Double share) {
        return share == null ? "null" : String.format(Locale.ROOT, "%.1f", 100 * share);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
