package fi.huoltopolku.quality.api;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.api.ReportController.RateJson;
import fi.huoltopolku.quality.group.GroupComparison;
import fi.huoltopolku.quality.group.GroupPdf;
import fi.huoltopolku.quality.group.GroupReport;
import fi.huoltopolku.quality.group.GroupReport.Side;
import fi.huoltopolku.quality.group.GroupReport.SiteFigures;
import fi.huoltopolku.quality.group.GroupSentences;
import fi.huoltopolku.quality.stats.Classification;
import fi.huoltopolku.quality.stats.Funnel;
import fi.huoltopolku.theme.ThemeService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The group comparison for integrations and BI tools: JSON, CSV and PDF. */
@Allowed(Role.MANAGER)
@Controller("/api/v1/reports")
@Tag(name = "reports")
public class GroupReportController {

    private static final String QUERY = ReportQuery.PERIOD + "; theme: a theme's code (all when none); site: one or "
            + "several site codes, comma-separated (all the caller's sites when none); lang=en|fi for the sentences";

    private final GroupComparison group;
    private final ThemeService themes;
    private final Messages messages;
    private final WorkshopClock clock;
    private final ReportQuery query;

    GroupReportController(GroupComparison group, ThemeService themes, Messages messages, WorkshopClock clock,
            ReportQuery query) {
        this.query = query;
        this.group = group;
        this.themes = themes;
        this.messages = messages;
        this.clock = clock;
    }

    /** A site of the group. */
    @Serdeable
    public record SiteJson(String code, String name) {
    }

    /** A theme's funnel of one side: the group's rate and how much the limits were widened. */
    @Serdeable
    @Schema(description = "One side's funnel: the limits at a site's n are centre ± z·√(centre(1 − centre)/n + tau2), "
            + "z = 1.96 (95 %) and 3.09 (99.8 %), cut to 0–1")
    public record FunnelJson(
            @Schema(description = "The group's rate, a fraction 0–1 (all the sites' answers together); null without answers")
            @Nullable Double centre,
            @Schema(description = "Winsorized overdispersion φ̂ in times the binomial variance (1 = as much as chance allows)")
            double phi,
            @Schema(description = "Added between-site variance τ² in squared fractions 0–1 (0 when not widened)") double tau2,
            @Schema(description = "Whether the limits were widened because the sites differ more than chance allows")
            boolean widened) {
        static FunnelJson of(Funnel f) {
            return new FunnelJson(f.centre(), f.phi(), f.tau2(), f.widened());
        }
    }

    /** One side of a site's theme: its rate, n, interval, limits at its n and where it falls. */
    @Serdeable
    public record SideJson(RateJson rate,
            @Schema(description = "Lower 95 % limit of the group at this site's n, a fraction 0–1; null without answers")
            @Nullable Double limit95Low,
            @Schema(description = "Upper 95 % limit of the group at this site's n, a fraction 0–1; null without answers")
            @Nullable Double limit95High,
            @Schema(description = "Lower 99.8 % limit of the group at this site's n, a fraction 0–1; null without answers")
            @Nullable Double limit998Low,
            @Schema(description = "Upper 99.8 % limit of the group at this site's n, a fraction 0–1; null without answers")
            @Nullable Double limit998High,
            @Schema(description = "INSIDE the 95 % limits, ABOVE_95/BELOW_95 outside them but within 99.8 %, "
                    + "ABOVE_998/BELOW_998 beyond 99.8 %, NO_DATA without answers") Funnel.Position position) {
        static SideJson of(Funnel.Unit u) {
            return new SideJson(RateJson.of(u.rate()), u.inner() == null ? null : u.inner().lower(),
                    u.inner() == null ? null : u.inner().upper(), u.outer() == null ? null : u.outer().lower(),
                    u.outer() == null ? null : u.outer().upper(), u.position());
        }
    }

    /** A site's figures of a theme. */
    @Serdeable
    public record SiteThemeJson(String site,
            @Schema(description = "Checks done: yes ÷ (yes + no) of the check answers") SideJson checks,
            @Schema(description = "Customers satisfied: theme ratings of 4–5 ÷ all theme ratings") SideJson customers,
            @Schema(description = "Customers − checks in percentage points (−100…100)") @Nullable Double gap,
            @Schema(description = "As in the single-site report (BLIND_SPOT, HIDDEN_STRENGTH, ALIGNED_GOOD, "
                    + "ALIGNED_WEAK, TOO_FEW_ANSWERS), same thresholds") Classification classification) {
    }

    /** A theme across the sites. */
    @Serdeable
    public record ThemeJson(String theme, FunnelJson checks, FunnelJson customers, List<SiteThemeJson> sites,
            @Schema(description = "The site to learn from (its code), null when none qualifies; see bestHow")
            @Nullable String best, String bestSentence) {
    }

    /** A site outside a theme's limits, in one sentence. */
    @Serdeable
    public record FlagJson(String site, String theme, Side side, Funnel.Position position,
            @Schema(description = "The site's rate, a fraction 0–1") @Nullable Double rate,
            @Schema(description = "Count of answers") long n, String sentence) {
    }

    /** A site's blind spots. */
    @Serdeable
    public record BlindSpotJson(String site, List<String> themes) {
    }

    /** The group comparison; {@code from} and {@code to} both inclusive. */
    @Serdeable
    public record GroupJson(LocalDate from, LocalDate to, List<SiteJson> sites, List<ThemeJson> themes,
            List<FlagJson> flags, List<BlindSpotJson> blindSpots,
            @Schema(description = "How the site to learn from is chosen") String bestHow) {
    }

    @Get("/group")
    @Operation(summary = "The group comparison: per theme each site's checks done and customers satisfied with n and "
            + "95 % Wilson intervals, the group's funnel limits (95 % and 99.8 %, widened for overdispersion by "
            + "Spiegelhalter's method) at each site's n and where it falls, the verdict, the sites outside the limits "
            + "in plain sentences, each site's blind spots and the site to learn from. Rates and limits are fractions "
            + "0–1, gap percentage points, n counts of answers. " + QUERY)
    public GroupJson report(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
            @QueryValue @Nullable String theme, @QueryValue @Nullable String site, @QueryValue @Nullable String lang) {
        GroupReport report = compute(from, to, theme, site);
        Locale locale = "fi".equals(lang) ? Messages.FINNISH : Locale.ENGLISH;
        List<ThemeJson> rows = report.themes().stream().map(t -> new ThemeJson(t.theme().code(),
                FunnelJson.of(t.checks()), FunnelJson.of(t.customers()),
                t.sites().stream().map(GroupReportController::json).toList(),
                t.best() == null ? null : t.best().code(), GroupSentences.best(t, messages, locale))).toList();
        List<FlagJson> flags = report.flags().stream().map(f -> new FlagJson(f.site().code(), f.theme().code(),
                f.side(), f.position(), f.rate().rate(), f.rate().n(), GroupSentences.flag(f, messages, locale))).toList();
        List<BlindSpotJson> blind = report.blindSpots().entrySet().stream().map(e -> new BlindSpotJson(
                e.getKey().code(), e.getValue().stream().map(t -> t.code()).toList())).toList();
        return new GroupJson(report.first(), report.last(),
                report.sites().stream().map(s -> new SiteJson(s.code(), s.name())).toList(), rows, flags, blind,
                GroupSentences.bestHow(report.thresholds(), messages, locale));
    }

    @Get("/group.csv")
    @Produces("text/csv")
    @Operation(summary = "The group comparison as CSV, a row per theme and site: rates, interval ends and limits are "
            + "fractions 0–1, *_n counts of answers, gap_points percentage points, *_position where the site falls "
            + "against the group's limits; best says whether the site is the theme's one to learn from. " + QUERY)
    public HttpResponse<String> csv(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
            @QueryValue @Nullable String theme, @QueryValue @Nullable String site) {
        GroupReport report = compute(from, to, theme, site);
        StringBuilder csv = new StringBuilder("theme,site,site_name");
        for (String side : List.of("checks", "customers")) {
            for (String column : List.of("rate", "n", "low", "high", "group_rate", "limit95_low", "limit95_high",
                    "limit998_low", "limit998_high", "position")) {
                csv.append(',').append(side).append('_').append(column);
            }
        }
        csv.append(",gap_points,classification,best\n");
        for (GroupReport.GroupTheme t : report.themes()) {
            for (SiteFigures row : t.sites()) {
                csv.append(t.theme().code()).append(',').append(row.site().code()).append(',')
                        .append(quoted(row.site().name()));
                for (Side side : Side.values()) {
                    Funnel.Unit u = row.on(side);
                    csv.append(',').append(String.join(",", n(u.rate().rate()), String.valueOf(u.rate().n()),
                            n(u.rate().low()), n(u.rate().high()), n(t.funnel(side).centre()),
                            n(u.inner() == null ? null : u.inner().lower()), n(u.inner() == null ? null : u.inner().upper()),
                            n(u.outer() == null ? null : u.outer().lower()), n(u.outer() == null ? null : u.outer().upper()),
                            u.position().name()));
                }
                csv.append(',').append(n(row.comparison().gapPoints())).append(',')
                        .append(row.comparison().classification().name()).append(',')
                        .append(row.site().equals(t.best())).append('\n');
            }
        }
        return HttpResponse.ok(csv.toString()).contentType(MediaType.of("text/csv;charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"group-comparison-" + report.first() + "-to-"
                        + report.last() + ".csv\"");
    }

    @Get("/group.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The group comparison as a PDF for a meeting (lang=fi|en, Finnish when none). " + QUERY)
    public HttpResponse<byte[]> pdf(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
            @QueryValue @Nullable String theme, @QueryValue @Nullable String site, @QueryValue @Nullable String lang) {
        GroupReport report = compute(from, to, theme, site);
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Messages.FINNISH;
        return HttpResponse.ok(GroupPdf.render(report, messages, locale)).contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"group-comparison-" + report.first() + "-to-"
                        + report.last() + ".pdf\"");
    }

    private GroupReport compute(@Nullable String from, @Nullable String to, @Nullable String theme,
            @Nullable String site) {
        LocalDate last = ReportQuery.date("to", to, clock.today());
        LocalDate first = ReportQuery.date("from", from, last.minusDays(89));
        if (last.isBefore(first)) {
            throw Problem.invalid("to", "report.toAfterFrom");
        }
        String code = theme == null || theme.isBlank() ? null : themes.byCode(theme.trim().toUpperCase(Locale.ROOT)).code();
        return group.report(first, last, code, query.siteIds(site));
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String n(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static SiteThemeJson json(SiteFigures row) {
        return new SiteThemeJson(row.site().code(), SideJson.of(row.checks()), SideJson.of(row.customers()),
                row.comparison().gapPoints(), row.comparison().classification());
    }
}
