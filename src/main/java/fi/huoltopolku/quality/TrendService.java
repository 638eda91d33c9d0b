package fi.huoltopolku.quality;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ComplianceService;
import fi.huoltopolku.checks.Dimension;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.checks.Figures;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.stats.ControlChart;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.survey.Satisfaction;
import fi.huoltopolku.survey.SatisfactionService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** A theme's objective and subjective figures by week or month over a period. */
@Singleton
@Allowed(Role.MANAGER)
public class TrendService {

    /** The length of one point of a trend. */
    public enum Step { WEEK, MONTH }

    private final ComplianceService compliance;
    private final SatisfactionService satisfaction;
    private final WorkshopClock clock;

    TrendService(ComplianceService compliance, SatisfactionService satisfaction, WorkshopClock clock) {
        this.compliance = compliance;
        this.satisfaction = satisfaction;
        this.clock = clock;
    }

    /** The periods (weeks from Monday, or calendar months) that overlap the filter's period. */
    @Transactional
    public List<TrendPoint> trend(FigureFilter filter, String themeCode, Step step) {
        LocalDate first = filter.from().atZone(clock.zone()).toLocalDate();
        LocalDate start = step == Step.WEEK ? first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : first.withDayOfMonth(1);
        List<TrendPoint> points = new ArrayList<>();
        while (start.atStartOfDay(clock.zone()).toInstant().isBefore(filter.to())) {
            LocalDate end = step == Step.WEEK ? start.plusWeeks(1) : start.plusMonths(1);
            Instant from = max(filter.from(), start.atStartOfDay(clock.zone()).toInstant());
            Instant to = min(filter.to(), end.atStartOfDay(clock.zone()).toInstant());
            FigureFilter period = filter.during(from, to);
            Figures checks = compliance.by(Dimension.THEME, period).getOrDefault(themeCode, Figures.NONE);
            Satisfaction said = satisfaction.figures(period).byTheme().getOrDefault(themeCode, Satisfaction.NONE);
            points.add(new TrendPoint(start, new Proportion(checks.yes(), checks.n()),
                    new Proportion(said.topTwo(), said.n())));
            start = end;
        }
        return points;
    }

    /** The months of a p-chart and the chart over them. */
    public record ControlYear(List<TrendPoint> months, ControlChart chart) {
    }

    /**
     * The customers' side of a theme on a p-chart: the last twelve calendar months up to the end of
     * the filter's period (the month it ends in included), the centre line the workshop's own rate over them.
     */
    @Transactional
    public ControlYear controlYear(FigureFilter filter, String themeCode) {
        LocalDate end = filter.to().atZone(clock.zone()).toLocalDate();
        LocalDate start = end.minusDays(1).withDayOfMonth(1).minusMonths(11);
        List<TrendPoint> year = trend(filter.during(start.atStartOfDay(clock.zone()).toInstant(), filter.to()),
                themeCode, Step.MONTH);
        return new ControlYear(year, ControlChart.of(year.stream().map(TrendPoint::subjective).toList()));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
