package fi.huoltopolku.quality.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Dates;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.DateTexts;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.quality.ThemeSentence;
import fi.huoltopolku.quality.group.FunnelSvg;
import fi.huoltopolku.quality.group.GroupComparison;
import fi.huoltopolku.quality.group.GroupReport.GroupTheme;
import fi.huoltopolku.quality.group.GroupReport.Side;
import fi.huoltopolku.quality.group.GroupReport.SiteFigures;
import fi.huoltopolku.quality.group.GroupReport;
import fi.huoltopolku.quality.group.GroupSentences;
import fi.huoltopolku.quality.stats.Funnel;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The group comparison for a manager of several sites: per theme a funnel plot of each side (each
 * site's rate against its n, the group's rate and its 95 % and 99.8 % limits) instead of a league
 * table, the sites outside the limits in one sentence each, each site's blind spots, the site to
 * learn from, and a table of the sites with a link to each site's own report. Only in a group.
 */
@Route("quality/group")
@RolesAllowed("MANAGER")
@Prototype
public class GroupView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final GroupComparison group;
    private final Messages messages;
    private final Sites sites;
    private final WorkshopClock clock;
    private final DatePicker from = DateTexts.localized(new DatePicker());
    private final DatePicker to = DateTexts.localized(new DatePicker());
    private final Select<Theme> theme = new Select<>();
    private final Anchor csv = new Anchor();
    private final Anchor pdf = new Anchor();
    private final Div flags = new Div();
    private final Div blindSpots = new Div();
    private final Div themes = new Div();

    public GroupView(GroupComparison group, ThemeService themeService, Messages messages, Sites sites,
            WorkshopClock clock) {
        this.group = group;
        this.messages = messages;
        this.sites = sites;
        this.clock = clock;
        setMaxWidth("90rem");
        from.setLabel(getTranslation("report.from"));
        from.setValue(clock.today().minusDays(89));
        to.setLabel(getTranslation("report.to"));
        to.setValue(clock.today());
        theme.setLabel(getTranslation("group.theme"));
        theme.setItems(themeService.all());
        theme.setItemLabelGenerator(t -> t == null ? getTranslation("group.allThemes") : t.name(getLocale()));
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption(getTranslation("group.allThemes"));
        theme.setId("group-theme");
        csv.setText(getTranslation("report.csv"));
        csv.setId("download-csv");
        csv.getElement().setAttribute("download", true);
        pdf.setText(getTranslation("report.pdf"));
        pdf.setId("download-pdf");
        pdf.getElement().setAttribute("download", true);
        List.of(from, to).forEach(p -> p.addValueChangeListener(e -> refresh()));
        theme.addValueChangeListener(e -> refresh());
        HorizontalLayout downloads = new HorizontalLayout(csv, pdf);
        downloads.setAlignSelf(FlexComponent.Alignment.END);
        HorizontalLayout filters = new HorizontalLayout(from, to, theme, downloads);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        flags.setId("group-flags");
        blindSpots.setId("group-blind-spots");
        themes.setId("group-themes");
        themes.setWidthFull();
        add(new H2(getTranslation("group.title")), filters,
                Ui.withClass(new Paragraph(getTranslation("group.explain",
                        Math.round(group.thresholds().good() * 100), Math.round(group.thresholds().gapPoints()),
                        group.thresholds().minAnswers())), "text-s", "text-secondary"),
                new H3(getTranslation("group.flagsTitle")), flags, new H3(getTranslation("group.blindSpotsTitle")),
                blindSpots, themes, Ui.withClass(new Paragraph(GroupSentences.bestHow(group.thresholds(), messages,
                        getLocale())), "text-s", "text-secondary"));
    }

    /** Not a group (one site): there is nothing to compare, and the screen is not there. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!sites.isGroup()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        // A shared link's period: ?from=YYYY-MM-DD&to=YYYY-MM-DD (both inclusive); a date that is not one is left as it was.
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        date(query, "from").ifPresent(from::setValue);
        date(query, "to").ifPresent(to::setValue);
        refresh();
    }

    private static Optional<LocalDate> date(Map<String, List<String>> query, String name) {
        try {
            return query.getOrDefault(name, List.of()).stream().findFirst().map(String::strip).map(LocalDate::parse)
                    .filter(Dates::sane);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void refresh() {
        LocalDate first = from.getValue() == null ? clock.today().minusDays(89) : from.getValue();
        LocalDate last = to.getValue() == null ? clock.today() : to.getValue();
        if (last.isBefore(first)) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("report.toAfterFrom"));
            return;
        }
        to.setInvalid(false);
        GroupReport report = group.report(first, last, theme.getValue() == null ? null : theme.getValue().code(), Set.of());
        String query = "?from=" + first + "&to=" + last
                + (theme.getValue() == null ? "" : "&theme=" + URLEncoder.encode(theme.getValue().code(), StandardCharsets.UTF_8));
        csv.setHref("api/v1/reports/group.csv" + query);
        pdf.setHref("api/v1/reports/group.pdf" + query + "&lang=" + getLocale().getLanguage());

        flags.removeAll();
        List<GroupReport.Flag> found = report.flags();
        if (found.isEmpty()) {
            flags.add(new Paragraph(getTranslation("group.noFlags")));
        }
        for (GroupReport.Flag flag : found) {
            Paragraph sentence = new Paragraph(GroupSentences.flag(flag, messages, getLocale()));
            sentence.getStyle().set("border-left", "4px solid " + colour(flag.position())).set("padding-left", "0.5em");
            flags.add(sentence);
        }
        blindSpots.removeAll();
        GroupSentences.blindSpots(report, messages, getLocale()).forEach(s -> blindSpots.add(new Paragraph(s)));
        themes.removeAll();
        report.themes().forEach(t -> themes.add(theme(t)));
    }

    private static String colour(Funnel.Position position) {
        return position == Funnel.Position.ABOVE_998 || position == Funnel.Position.BELOW_998 ? "#c0392b" : "#d68910";
    }

    /** A theme: its name, the site to learn from, the two funnels with their dispersion note, and the table. */
    private Div theme(GroupTheme row) {
        Div section = new Div();
        section.setId("group-theme-" + row.theme().code());
        section.setWidthFull();
        Paragraph best = new Paragraph(GroupSentences.best(row, messages, getLocale()));
        best.addClassName("group-best");
        if (row.checks().centre() == null && row.customers().centre() == null) {
            // Nobody answered: nothing to draw or tabulate.
            section.add(new H3(row.theme().name(getLocale())), new Paragraph(getTranslation("group.noData")));
            return section;
        }
        HorizontalLayout plots = new HorizontalLayout(plot(row, Side.CHECKS), plot(row, Side.CUSTOMERS));
        plots.setWidthFull();
        plots.getStyle().set("flex-wrap", "wrap");
        section.add(new H3(row.theme().name(getLocale())), best, plots, table(row));
        return section;
    }

    private Div plot(GroupTheme row, Side side) {
        Div plot = new Div();
        plot.addClassName("funnel");
        plot.setId("funnel-" + row.theme().code() + "-" + side.name().toLowerCase(Locale.ROOT));
        plot.getStyle().set("flex", "1 1 26rem").set("max-width", "32rem");
        Div svg = new Div();
        svg.getElement().setProperty("innerHTML", FunnelSvg.render(row, side, messages, getLocale()));
        plot.add(Ui.withClass(new Span(getTranslation(side == Side.CHECKS ? "group.checks" : "group.customers")),
                "font-semibold"), svg, Ui.withClass(new Paragraph(GroupSentences.dispersion(row.funnel(side), messages, getLocale())),
                "text-xs", "text-secondary"));
        return plot;
    }

    private Grid<SiteFigures> table(GroupTheme row) {
        Grid<SiteFigures> grid = new Grid<>();
        grid.setId("group-table-" + row.theme().code());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(r -> {
            Anchor link = new Anchor("quality?site=" + URLEncoder.encode(r.site().code(), StandardCharsets.UTF_8)
                    + "&from=" + from.getValue() + "&to=" + to.getValue(),
                    r.site().name() + (r.site().equals(row.best()) ? " ★" : ""));
            link.getElement().setAttribute("title", getTranslation("group.openReport", r.site().name()));
            link.addClassName("site-report");
            return link;
        }).setHeader(getTranslation("group.site")).setKey("site").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(r -> GroupSentences.figure(r.comparison().objective(), messages, getLocale()))
                .setHeader(getTranslation("group.checks")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(r -> getTranslation("group.position." + r.checks().position()))
                .setHeader(getTranslation("group.limits")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> GroupSentences.figure(r.comparison().subjective(), messages, getLocale()))
                .setHeader(getTranslation("group.customers")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(r -> getTranslation("group.position." + r.customers().position()))
                .setHeader(getTranslation("group.limits")).setWidth("9rem").setFlexGrow(0);
        // Each side by its own threshold, in the words of the site's own report ("Aligned: checks good, customers not").
        grid.addColumn(r -> ThemeSentence.readingName(r.comparison(), messages, getLocale()))
                .setHeader(getTranslation("group.verdict")).setWidth("10rem").setFlexGrow(1);
        grid.setItems(row.sites());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("group.title");
    }
}
