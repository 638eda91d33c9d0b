package fi.huoltopolku.quality.api;

import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.TrendPoint;
import fi.huoltopolku.quality.TrendService;
import fi.huoltopolku.quality.api.ReportController.RateJson;
import fi.huoltopolku.quality.stats.ControlChart;
import fi.huoltopolku.security.SitesAsked;
import fi.huoltopolku.theme.ThemeService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A theme's month-by-month trend and its p-chart for integrations and BI tools: the figures the
 * report's theme detail draws, from the same services, with n on every point.
 */
@Allowed(Role.MANAGER)
@Controller("/api/v1/reports/themes")
@Tag(name = "reports")
public class ThemeTrendController {

    private final TrendService trends;
    private final ThemeService themes;
    private final ReportQuery query;

    ThemeTrendController(TrendService trends, ThemeService themes, ReportQuery query) {
        this.trends = trends;
        this.themes = themes;
        this.query = query;
    }

    /** One calendar month of a theme (cut to the period at its ends). */
    @Serdeable
    @Schema(description = "One calendar month of a theme; rates are fractions 0–1 with their counts of answers")
    public record MonthJson(@Schema(description = "The month, YYYY-MM") String month, RateJson objective,
            RateJson subjective) {
    }

    /** A theme's trend over a period. */
    @Serdeable
    public record TrendJson(String theme, LocalDate from, LocalDate to, List<MonthJson> months) {
    }

    /** One month of the p-chart of the customers' side. */
    @Serdeable
    @Schema(description = "One month of the p-chart: the customers' rate and that month's limits of ordinary variation")
    public record ControlMonthJson(@Schema(description = "The month, YYYY-MM") String month,
            @Schema(description = "Customers satisfied (4–5 of 5), a fraction 0–1; null without answers") @Nullable Double rate,
            @Schema(description = "Count of customer answers in the month") long n,
            @Schema(description = "Lower control limit, a fraction 0–1 (centre − 3 standard errors, times σz on Laney's "
                    + "p′ chart, at least 0)")
            @Nullable Double lower,
            @Schema(description = "Upper control limit, a fraction 0–1 (centre + 3 standard errors, times σz on Laney's "
                    + "p′ chart, at most 1)")
            @Nullable Double upper,
            @Schema(description = "Whether the month falls outside its limits: a signal, not noise") boolean outside) {
    }

    /** The p-chart of a theme's customers over the last twelve months. */
    @Serdeable
    public record ControlChartJson(String theme,
            @Schema(description = "The workshop's own rate over the twelve months (the centre line), a fraction 0–1")
            @Nullable Double centre,
            @Schema(description = "Count of months outside their limits") long signals,
            @Schema(description = "Which chart drew the limits: P_CHART (chance alone) or LANEY_P_PRIME (the months vary "
                    + "more than chance alone, so the limits are widened by sigmaZ)") ControlChart.Kind chart,
            @Schema(description = "Laney's σz, in times the binomial standard error: the months' spread (mean moving "
                    + "range of their z-scores / 1.128); 1 is chance alone") double sigmaZ,
            List<ControlMonthJson> months) {
    }

    @Get("/{theme}/trend")
    @Operation(summary = "A theme's checks and customers month by month over the period, each side's rate (fraction "
            + "0–1) with n and its 95 % Wilson interval: the report's trend chart. " + ReportQuery.PERIOD
            + "; the same narrowing as the comparison (department, advisor, technician, make, visitType)")
    public TrendJson trend(@PathVariable String theme, @QueryValue @Nullable String from, @QueryValue @Nullable String to,
            @QueryValue @Nullable String department, @QueryValue @Nullable String advisor,
            @QueryValue @Nullable String technician, @QueryValue @Nullable String make,
            @QueryValue @Nullable String visitType, @Parameter(description = SitesAsked.DESCRIPTION) @QueryValue @Nullable List<String> site) {
        String code = themes.byCode(theme.trim().toUpperCase(Locale.ROOT)).code();
        FigureFilter filter = query.filter(from, to, department, advisor, technician, make, visitType, site);
        List<MonthJson> months = trends.trend(filter, code, TrendService.Step.MONTH).stream()
                .map(p -> new MonthJson(month(p), RateJson.of(p.objective()), RateJson.of(p.subjective()))).toList();
        return new TrendJson(code, query.first(filter), query.last(filter), months);
    }

    @Get("/{theme}/control-chart")
    @Operation(summary = "The p-chart of a theme's customers: the twelve calendar months up to the period's end "
            + "(to; from is not used), the workshop's own rate as the centre line and each month's limits "
            + "(fractions 0–1); a month outside its limits is a signal. When the months vary more than chance alone, "
            + "Laney's p′ chart widens the limits by σz (chart, sigmaZ). The report's control chart. "
            + ReportQuery.PERIOD)
    public ControlChartJson controlChart(@PathVariable String theme, @QueryValue @Nullable String from,
            @QueryValue @Nullable String to, @QueryValue @Nullable String department,
            @QueryValue @Nullable String advisor, @QueryValue @Nullable String technician,
            @QueryValue @Nullable String make, @QueryValue @Nullable String visitType, @Parameter(description = SitesAsked.DESCRIPTION) @QueryValue @Nullable List<String> site) {
        String code = themes.byCode(theme.trim().toUpperCase(Locale.ROOT)).code();
        FigureFilter filter = query.filter(from, to, department, advisor, technician, make, visitType, site);
        TrendService.ControlYear year = trends.controlYear(filter, code);
        List<ControlMonthJson> months = new ArrayList<>();
        for (int i = 0; i < year.months().size(); i++) {
            ControlChart.Point point = year.chart().points().get(i);
            months.add(new ControlMonthJson(month(year.months().get(i)), point.rate().rate(), point.rate().n(),
                    point.lower(), point.upper(), point.outside()));
        }
        return new ControlChartJson(code, year.chart().centre(), year.chart().signals(), year.chart().kind(),
                year.chart().sigmaZ(), months);
    }

    private static String month(TrendPoint point) {
        return YearMonth.from(point.periodStart()).toString();
    }
}
