package fi.huoltopolku.quality.api;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.ComparisonReport;
import fi.huoltopolku.quality.ComparisonService;
import fi.huoltopolku.quality.DiscordantPage;
import fi.huoltopolku.quality.ReportPdf;
import fi.huoltopolku.quality.ThemeComparison;
import fi.huoltopolku.quality.ThemeSentence;
import fi.huoltopolku.quality.stats.Classification;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.security.SitesAsked;
import fi.huoltopolku.theme.ThemeService;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The comparison report for integrations and BI tools: JSON and CSV. */
@Allowed(Role.MANAGER)
@Controller("/api/v1/reports")
@Tag(name = "reports")
public class ReportController {

    private final ComparisonService comparison;
    private final PeopleService people;
    private final WorkshopClock clock;
    private final ThemeService themes;
    private final Messages messages;
    private final String workshop;
    private final ReportQuery query;

    ReportController(ComparisonService comparison, PeopleService people, WorkshopClock clock,
            ThemeService themes, Messages messages, ReportQuery query,
            @Value("${huoltopolku.workshop-name:Huoltopolku}") String workshop) {
        this.query = query;
        this.themes = themes;
        this.messages = messages;
        this.workshop = workshop;
        this.comparison = comparison;
        this.people = people;
        this.clock = clock;
    }

    /** A rate with its n and 95% Wilson interval. */
    @Serdeable
    @Schema(description = "A rate with its number of answers and its 95 % Wilson interval; every rate a fraction 0–1")
    public record RateJson(
            @Schema(description = "The rate as a fraction 0–1 (0.85 = 85 %); null without answers") @Nullable Double rate,
            @Schema(description = "Count of answers the rate is over") long n,
            @Schema(description = "Lower end of the 95 % Wilson interval, a fraction 0–1") @Nullable Double low,
            @Schema(description = "Upper end of the 95 % Wilson interval, a fraction 0–1") @Nullable Double high) {
        static RateJson of(Proportion p) {
            return new RateJson(p.rate(), p.n(), p.low(), p.high());
        }
    }

    /** One theme of the comparison. */
    @Serdeable
    @Schema(description = "One theme: the checks (objective) next to the customers (subjective)")
    public record ThemeJson(String theme, RateJson objective, RateJson subjective,
            @Schema(description = "Mean rating on the 1–5 scale") @Nullable Double subjectiveMean,
            @Schema(description = "Subjective rate − objective rate in percentage points (−100…100)") @Nullable Double gap,
            boolean intervalsSeparate,
            @Schema(description = "BLIND_SPOT and HIDDEN_STRENGTH: a gap of at least the threshold; ALIGNED_GOOD: "
                    + "closer than that and both sides good; ALIGNED_WEAK: closer than that and at least one side "
                    + "below good (objectiveGood and subjectiveGood say which); TOO_FEW_ANSWERS") Classification classification,
            @Schema(description = "Whether the checks reach the good rate (huoltopolku.comparison.good) by their own rate")
            boolean objectiveGood,
            @Schema(description = "Whether the customers reach the good rate (huoltopolku.comparison.good) by their own rate")
            boolean subjectiveGood,
            @Schema(description = "A fraction 0–1: answered ÷ required check items (not visits), over the items the "
                    + "process asked for, in-flow and post-inspection items alike") @Nullable Double coverage,
            RateJson satisfiedWhenPassed, RateJson satisfiedWhenFailed,
            @Schema(description = "In percentage points: how many more customers are satisfied when the theme's "
                    + "checks all pass than when one fails") @Nullable Long importancePoints,
            Map<Source, RateJson> objectiveBySource, boolean focus) {
    }

    /** An advisor's estimates against the customers' own answers: mean of (estimate − answer) on the 1–5 scale. */
    @Serdeable
    public record EstimateBiasJson(String advisor,
            @Schema(description = "Count of visits with both an estimate and the customer's answer") long n,
            @Schema(description = "Mean of estimate − answer in rating steps of the 1–5 scale (−4…4)")
            @Nullable Double meanDifference) {
    }

    /** The comparison report; {@code from} and {@code to} are both inclusive. */
    @Serdeable
    public record ReportJson(LocalDate from, LocalDate to, List<ThemeJson> themes, List<String> focus,
            @Schema(description = "Net Promoter Score in NPS points on −100…100 (0.99 means +0.99, not +99)")
            @Nullable Double nps,
            @Schema(description = "Count of NPS answers") long npsN,
            @Schema(description = "Customers satisfied overall (4–5 of 5), a fraction 0–1") @Nullable Double overallTopTwo,
            @Schema(description = "Count of overall answers") long overallN,
            @Schema(description = "Surveys answered ÷ invitations sent, a fraction 0–1") @Nullable Double responseRate,
            List<EstimateBiasJson> estimateBias) {
    }

    static final String PERIOD = ReportQuery.PERIOD;

    @Get("/comparison")
    @Operation(summary = "Objective compliance next to subjective top-2-box per theme, with n, Wilson intervals, gap "
            + "and classification (rates are fractions 0–1, gap percentage points, nps NPS points −100…100); the "
            + "objective side per source (PROCESS, POST_INSPECTION, WORKSHOP_TEST, DERIVED); "
            + "importancePoints = percentage points more customers satisfied when the theme's checks pass than when "
            + "one fails; the advisors' estimate bias. " + PERIOD + "; make compared without case; visitType SERVICE, "
            + "REPAIR, TYRES, INSPECTION or WARRANTY; site: one or several site codes, comma-separated (every site when none)")
    public ReportJson report(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
            @QueryValue @Nullable String department, @QueryValue @Nullable String advisor,
            @QueryValue @Nullable String technician, @QueryValue @Nullable String make,
            @QueryValue @Nullable String visitType, @Parameter(description = SitesAsked.DESCRIPTION) @QueryValue @Nullable List<String> site) {
        ComparisonReport report = comparison.report(
                query.filter(from, to, department, advisor, technician, make, visitType, site));
        LocalDate start = report.filter().from().atZone(clock.zone()).toLocalDate();
        LocalDate last = report.filter().to().atZone(clock.zone()).toLocalDate().minusDays(1);
        Map<Long, Person> staff = people.peopleById();
        List<EstimateBiasJson> bias = report.satisfaction().estimateBiasByAdvisor().entrySet().stream()
                .map(e -> new EstimateBiasJson(staff.containsKey(e.getKey()) ? staff.get(e.getKey()).username()
                        : String.valueOf(e.getKey()), e.getValue().n(), e.getValue().mean()))
                .sorted(Comparator.comparing(EstimateBiasJson::advisor)).toList();
        return new ReportJson(start, last, report.themes().stream().map(ReportController::json).toList(),
                report.focus(), report.satisfaction().nps().score(), report.satisfaction().nps().n(),
                report.satisfaction().overall().topTwoShare(), report.satisfaction().overall().n(),
                report.satisfaction().responseRate(), bias);
    }

    @Get("/comparison.csv")
    @Produces("text/csv")
    @Operation(summary = "The comparison report as CSV, a row per theme, the objective side per source in its own "
            + "columns. Rates, interval ends and coverage are fractions 0–1; gap_points and importance_points are "
            + "percentage points; *_n are counts of answers; coverage is answered ÷ required check items (not visits), "
            + "post-inspection items included; objective_good and subjective_good say whether each side reaches the "
            + "good rate by itself. " + PERIOD)
    public HttpResponse<String> csv(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
            @QueryValue @Nullable String department, @QueryValue @Nullable String advisor,
            @QueryValue @Nullable String technician, @QueryValue @Nullable String make,
            @QueryValue @Nullable String visitType, @Parameter(description = SitesAsked.DESCRIPTION) @QueryValue @Nullable List<String> site) {
        ReportJson report = report(from, to, department, advisor, technician, make, visitType, site);
        StringBuilder csv = new StringBuilder("theme,objective_rate,objective_n,objective_low,objective_high,"
                + "subjective_rate,subjective_n,subjective_low,subjective_high,subjective_mean,gap_points,"
                + "intervals_separate,classification,coverage,importance_points,focus");
        for (Source source : Source.values()) {
            String name = source.name().toLowerCase(Locale.ROOT);
            csv.append(',').append(name).append("_rate,").append(name).append("_n,").append(name).append("_low,")
                    .append(name).append("_high");
        }
        csv.append(",objective_good,subjective_good\n");
        for (ThemeJson t : report.themes()) {
            csv.append(String.join(",", t.theme(), n(t.objective().rate()), String.valueOf(t.objective().n()),
                    n(t.objective().low()), n(t.objective().high()), n(t.subjective().rate()),
                    String.valueOf(t.subjective().n()), n(t.subjective().low()), n(t.subjective().high()),
                    n(t.subjectiveMean()), n(t.gap()), String.valueOf(t.intervalsSeparate()), t.classification().name(),
                    n(t.coverage()), t.importancePoints() == null ? "" : String.valueOf(t.importancePoints()),
                    String.valueOf(t.focus())));
            for (Source source : Source.values()) {
                RateJson r = t.objectiveBySource().get(source);
                csv.append(',').append(String.join(",", n(r.rate()), String.valueOf(r.n()), n(r.low()), n(r.high())));
            }
            csv.append(',').append(t.objectiveGood()).append(',').append(t.subjectiveGood()).append('\n');
        }
        return HttpResponse.ok(csv.toString()).contentType(MediaType.of("text/csv;charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"comparison-" + report.from() + "-to-"
                        + report.to() + ".csv\"");
    }

    @Get("/comparison.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The comparison report as a PDF for a meeting (lang=fi|en); " + PERIOD)
    public HttpResponse<byte[]> pdf(@QueryValue @Nullable String from, @QueryValue @Nullable String to,
            @QueryValue @Nullable String department, @QueryValue @Nullable String advisor,
            @QueryValue @Nullable String technician, @QueryValue @Nullable String make,
            @QueryValue @Nullable String visitType, @QueryValue @Nullable String lang, @Parameter(description = SitesAsked.DESCRIPTION) @QueryValue @Nullable List<String> site) {
        ComparisonReport report = comparison.report(
                query.filter(from, to, department, advisor, technician, make, visitType, site));
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Messages.FINNISH;
        byte[] pdf = ReportPdf.render(report, messages, locale, clock.zone(), workshop);
        LocalDate start = report.filter().from().atZone(clock.zone()).toLocalDate();
        LocalDate last = report.filter().to().atZone(clock.zone()).toLocalDate().minusDays(1);
        return HttpResponse.ok(pdf).contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"quality-report-" + start + "-to-" + last + ".pdf\"");
    }

    /** A visit where checks and customer disagree on a theme. */
    @Serdeable
    public record DiscordantJson(@Schema(description = "The visit's identifier (not a quantity)") long visitId,
            String plate, String theme, boolean checksPassed,
            @Schema(description = "The customer's rating of the theme on the 1–5 scale") int rating,
            @Nullable String comment) {
    }

    @Get("/discordant")
    @Operation(summary = "Visits where a theme's checks and the customer's rating disagree, checks-passed-but-unhappy "
            + "first; a page of them (offset, limit: default 100, at most 500), the total in X-Total-Count; " + PERIOD)
    public HttpResponse<List<DiscordantJson>> discordant(@QueryValue String theme, @QueryValue @Nullable String from,
            @QueryValue @Nullable String to, @QueryValue @Nullable String department,
            @QueryValue @Nullable String advisor, @QueryValue @Nullable String technician,
            @QueryValue @Nullable String make, @QueryValue @Nullable String visitType,
            @QueryValue @Nullable String offset, @QueryValue @Nullable String limit, @Parameter(description = SitesAsked.DESCRIPTION) @QueryValue @Nullable List<String> site) {
        String code = themes.byCode(theme.trim().toUpperCase(Locale.ROOT)).code();
        int first = whole(offset, "offset", 0, 0, Integer.MAX_VALUE);
        int size = whole(limit, "limit", 100, 1, 500);
        DiscordantPage page = comparison.discordant(
                query.filter(from, to, department, advisor, technician, make, visitType, site), code, first, size);
        return HttpResponse.ok(page.visits().stream()
                .map(d -> new DiscordantJson(d.visitId(), d.plate(), d.theme(), d.checksPassed(), d.rating(), d.comment()))
                .toList()).header("X-Total-Count", String.valueOf(page.total()));
    }

    /** A whole number query parameter within bounds, else 400 naming it. */
    private static int whole(@Nullable String value, String field, int otherwise, int min, int max) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw Problem.invalid(field, "report.wholeNumber", min, max);
    }

    private static String n(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static ThemeJson json(ThemeComparison row) {
        Map<Source, RateJson> bySource = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            bySource.put(source, RateJson.of(row.objectiveBySource().getOrDefault(source, new Proportion(0, 0))));
        }
        return new ThemeJson(row.theme().code(), RateJson.of(row.comparison().objective()),
                RateJson.of(row.comparison().subjective()), row.subjective().mean(), row.comparison().gapPoints(),
                row.comparison().intervalsSeparate(), row.comparison().classification(),
                row.comparison().objectiveGood(), row.comparison().subjectiveGood(), row.objective().coverage(),
                RateJson.of(row.link().whenPassed()), RateJson.of(row.link().whenFailed()),
                ThemeSentence.importancePoints(row), bySource, row.focus());
    }
}
