package fi.huoltopolku.quality;

import static fi.huoltopolku.quality.DetailRows.ALL;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ComplianceService;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.checks.VisitScope;
import fi.huoltopolku.quality.DetailRows.Disagreement;
import fi.huoltopolku.quality.DetailRows.Row;
import fi.huoltopolku.quality.stats.SatisfactionLink;
import fi.huoltopolku.survey.SatisfactionService;
import fi.huoltopolku.visit.Visit;
import fi.huoltopolku.visit.VisitOverviewService;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A day's DETAIL roll-up rows, or those of some of its groups, from the raw computation
 * ({@link ComplianceService#departmentSnapshotsBy}, {@link SatisfactionService#figuresBy}) of
 * those groups' visits alone, so the roll-ups cannot drift from the raw figures. Changes when the
 * comparison gains a figure (a new measure to roll up).
 */
@Singleton
class RollupComputation {

    private final ComplianceService compliance;
    private final SatisfactionService satisfaction;
    private final VisitOverviewService visits;
    private final WorkshopClock clock;

    RollupComputation(ComplianceService compliance, SatisfactionService satisfaction, VisitOverviewService visits,
            WorkshopClock clock) {
        this.compliance = compliance;
        this.satisfaction = satisfaction;
        this.visits = visits;
        this.clock = clock;
    }

    /** The DETAIL rows of the day's visits in these groups (all when null), from the raw computation. */
    DetailRows compute(LocalDate day, @Nullable Set<RollupGroup> groups) {
        FigureFilter filter = FigureFilter.period(day.atStartOfDay(clock.zone()).toInstant(),
                day.plusDays(1).atStartOfDay(clock.zone()).toInstant());
        Map<Long, String> makes = visits.makesOfVisitsBookedBetween(filter.from(), filter.to());
        // The day's visits read once; those of the changed groups are counted.
        List<Visit> inDay = visits.bookedBetween(filter.from(), filter.to());
        VisitScope among = VisitScope.of(groups == null ? inDay
                : inDay.stream().filter(visit -> groups.contains(RollupGroup.of(visit, makes))).toList(),
                inDay.size());
        return rows(filter, among, makes);
    }

    /**
     * The DETAIL rows of the marked groups' visits of these days (a report's {@link RollupDelta}), in
     * one computation of those visits read by id: a period's sums do not ask which day a row is of,
     * and the figures add up visit by visit.
     */
    DetailRows computeMarked(Map<LocalDate, Set<RollupGroup>> marked) {
        List<Visit> chosen = new ArrayList<>();
        Map<Long, String> makes = new HashMap<>();
        for (Map.Entry<LocalDate, Set<RollupGroup>> day : marked.entrySet()) {
            Instant from = day.getKey().atStartOfDay(clock.zone()).toInstant();
            Instant to = day.getKey().plusDays(1).atStartOfDay(clock.zone()).toInstant();
            Map<Long, String> ofDay = visits.makesOfVisitsBookedBetween(from, to);
            for (Visit visit : visits.bookedBetween(from, to)) {
                if (day.getValue().contains(RollupGroup.of(visit, ofDay))) {
                    chosen.add(visit);
                    makes.put(visit.getId(), ofDay.get(visit.getId()));
                }
            }
        }
        if (chosen.isEmpty()) {
            return new DetailRows(List.of(), List.of());
        }
        LocalDate first = Collections.min(marked.keySet());
        LocalDate last = Collections.max(marked.keySet());
        FigureFilter filter = FigureFilter.period(first.atStartOfDay(clock.zone()).toInstant(),
                last.plusDays(1).atStartOfDay(clock.zone()).toInstant());
        return rows(filter, new VisitScope(chosen, true), makes);
    }

    /** The DETAIL rows of these visits (within the filter's period), grouped as the roll-ups are. */
    private DetailRows rows(FigureFilter filter, VisitScope among, Map<Long, String> makes) {
        List<Row> rows = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        Map<String, Map<Long, Integer>> ratings = satisfaction.ratings(filter, among);
        compliance.departmentSnapshotsBy(filter, among, visit -> RollupGroup.of(visit, makes)).forEach(
                (group, byDepartment) -> byDepartment.forEach((department, snapshot) -> {
                    snapshot.bySourceAndTheme().forEach((key, f) -> rows.add(new Row(group, department, "CHECK",
                            key.theme(), key.source().name(), null, f.yes(), f.no(), f.na(), f.answered(),
                            f.required())));
                    snapshot.outcomes().forEach((theme, outcomes) -> {
                        Map<Long, Integer> rated = ratings.getOrDefault(theme, Map.of());
                        outcomes.forEach((visit, passed) -> {
                            Integer rating = rated.get(visit);
                            if (rating != null && passed != (rating >= 4)) {
                                disagreements.add(new Disagreement(group, department, theme, visit, passed, rating));
                            }
                        });
                        SatisfactionLink link = SatisfactionLink.of(outcomes, rated);
                        if (!link.isEmpty()) {
                            rows.add(new Row(group, department, "LINK", theme, null, null,
                                    link.whenPassed().successes(), link.whenPassed().n(),
                                    link.whenFailed().successes(), link.whenFailed().n(), 0));
                        }
                    });
                }));
        satisfaction.figuresBy(filter, among, visit -> RollupGroup.of(visit, makes)).forEach((group, f) -> {
            f.byThemeAndSource().forEach((source, byTheme) -> byTheme.forEach((theme, s) ->
                    rows.add(new Row(group, ALL, "RATING", theme, source.name(), null, s.n(), s.topTwo(), s.sum(), 0, 0))));
            rows.add(new Row(group, ALL, "OVERALL", null, null, null, f.overall().n(), f.overall().topTwo(),
                    f.overall().sum(), 0, 0));
            rows.add(new Row(group, ALL, "NPS", null, null, null, f.nps().promoters(), f.nps().passives(),
                    f.nps().detractors(), 0, 0));
            rows.add(new Row(group, ALL, "INVITED", null, null, null, f.invitations(), f.selfCompleted(), 0, 0, 0));
            f.estimateBiasByAdvisor().forEach((advisor, bias) -> rows.add(new Row(group, ALL, "BIAS", null, null,
                    advisor, bias.n(), bias.sumOfDifferences(), 0, 0, 0)));
        });
        return new DetailRows(rows, disagreements);
    }
}
