package fi.huoltopolku.quality;

import fi.huoltopolku.checks.ComplianceService;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.checks.Figures;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.stats.Comparison;
import fi.huoltopolku.quality.stats.Focus;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.quality.stats.SatisfactionLink;
import fi.huoltopolku.quality.stats.Thresholds;
import fi.huoltopolku.survey.Satisfaction;
import fi.huoltopolku.survey.SatisfactionFigures;
import fi.huoltopolku.survey.SatisfactionService;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Puts the objective and subjective figures of each theme side by side: compliance against
 * top-2-box satisfaction, with intervals, the gap and its classification, the pass/fail satisfaction
 * link as the theme's importance, and the focus suggestion.
 */
@Singleton
@Allowed(Role.MANAGER)
public class ComparisonService {

    static final int FOCUS_THEMES = 2;

    private final ComplianceService compliance;
    private final ComparisonRollups rollups;
    private final SatisfactionService satisfaction;
    private final ThemeService themes;
    private final VisitOverviewService visits;
    private final SurveyService surveys;
    private final Thresholds thresholds;

    ComparisonService(ComplianceService compliance, SatisfactionService satisfaction, ThemeService themes,
            VisitOverviewService visits, SurveyService surveys, ComparisonRollups rollups,
            @Value("${huoltopolku.comparison.good:0.80}") double good,
            @Value("${huoltopolku.comparison.gap-points:15}") double gapPoints,
            @Value("${huoltopolku.comparison.min-answers:10}") int minAnswers) {
        this.compliance = compliance;
        this.rollups = rollups;
        this.visits = visits;
        this.surveys = surveys;
        this.satisfaction = satisfaction;
        this.themes = themes;
        this.thresholds = new Thresholds(good, gapPoints, minAnswers);
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /**
     * The report for a filter: from the roll-ups when they cover it (their refresh of changed days
     * runs in transactions of its own, so it is not inside one here), else from the raw answers.
     */
    public ComparisonReport report(FigureFilter filter) {
        Evidence evidence = rollups.covers(filter) ? rollups.evidence(filter).orElseGet(() -> computed(filter))
                : computed(filter);
        Map<Source, Map<String, Figures>> bySource = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            bySource.put(source, new HashMap<>());
        }
        evidence.objectiveBySource().forEach((key, figures) -> bySource.get(key.source()).put(key.theme(), figures));
        Map<String, Figures> objective = evidence.objective();
        SatisfactionFigures subjective = evidence.subjective();

        List<Focus.Candidate> candidates = new ArrayList<>();
        List<ThemeComparison> rows = new ArrayList<>();
        for (Theme theme : themes.all()) {
            Figures answered = objective.getOrDefault(theme.code(), Figures.NONE);
            Satisfaction said = subjective.byTheme().getOrDefault(theme.code(), Satisfaction.NONE);
            Comparison comparison = Comparison.of(new Proportion(answered.yes(), answered.n()),
                    new Proportion(said.topTwo(), said.n()), thresholds);
            SatisfactionLink link = evidence.links().getOrDefault(theme.code(), SatisfactionLink.NONE);
            Map<Source, Proportion> perSource = new EnumMap<>(Source.class);
            bySource.forEach((source, figures) -> {
                Figures f = figures.getOrDefault(theme.code(), Figures.NONE);
                perSource.put(source, new Proportion(f.yes(), f.n()));
            });
            Focus.Candidate candidate = new Focus.Candidate(theme.code(), theme.position(), comparison, link.importance());
            candidates.add(candidate);
            rows.add(new ThemeComparison(theme, comparison, answered, perSource, said, link, candidate.score(), false));
        }
        List<String> focus = Focus.suggest(candidates, FOCUS_THEMES);
        List<ThemeComparison> marked = rows.stream().map(r -> new ThemeComparison(r.theme(), r.comparison(),
                r.objective(), r.objectiveBySource(), r.subjective(), r.link(), r.focusScore(),
                focus.contains(r.theme().code()))).toList();
        return new ComparisonReport(filter, thresholds, marked, focus, subjective);
    }

    /**
     * A page of the visits behind a theme's numbers where the sides disagree, the blind-spot kind
     * first (checks all yes, customer rated 3 or less; lowest rating first), then the reverse (a
     * check failed, customer 4–5), with how many there are in all. From the roll-ups' list when
     * they cover the filter (not inside a transaction here, as {@link #report}), else from the raw
     * answers; only the page's visits are looked up.
     */
    public DiscordantPage discordant(FigureFilter filter, String themeCode, int offset, int limit) {
        ComparisonRollups.DisagreementPage page = (rollups.covers(filter)
                ? rollups.disagreements(filter, themeCode, offset, limit) : Optional.<ComparisonRollups.DisagreementPage>empty())
                .orElseGet(() -> {
                    List<ComparisonRollups.DisagreementPage.Found> all = disagreeing(filter, themeCode);
                    return new ComparisonRollups.DisagreementPage(
                            all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())), all.size());
                });
        List<Long> ids = page.visits().stream().map(ComparisonRollups.DisagreementPage.Found::visitId).toList();
        Map<Long, VisitCard> cards = visits.cardsById(ids);
        Map<Long, String> comments = surveys.firstComments(ids);
        List<DiscordantVisit> found = new ArrayList<>();
        for (ComparisonRollups.DisagreementPage.Found f : page.visits()) {
            VisitCard card = cards.get(f.visitId());
            if (card != null) {
                found.add(new DiscordantVisit(card.id(), card.plate(), card.customerName(), themeCode, f.checksPassed(),
                        f.rating(), comments.get(f.visitId())));
            }
        }
        return new DiscordantPage(found, page.total());
    }

    /** All the disagreeing visits, in the drill-down's order, from the raw answers. */
    @Transactional
    List<ComparisonRollups.DisagreementPage.Found> disagreeing(FigureFilter filter, String themeCode) {
        Map<Long, Integer> rated = satisfaction.ratings(filter).getOrDefault(themeCode, Map.of());
        if (rated.isEmpty()) {
            return List.of();
        }
        Map<Long, Boolean> passed = compliance.snapshot(filter).outcomes().getOrDefault(themeCode, Map.of());
        List<ComparisonRollups.DisagreementPage.Found> found = new ArrayList<>();
        passed.forEach((visit, checksPassed) -> {
            Integer rating = rated.get(visit);
            if (rating != null && checksPassed != (rating >= 4)) {
                found.add(new ComparisonRollups.DisagreementPage.Found(visit, checksPassed, rating));
            }
        });
        found.sort(Comparator.comparing((ComparisonRollups.DisagreementPage.Found d) -> !d.checksPassed())
                .thenComparingInt(ComparisonRollups.DisagreementPage.Found::rating)
                .thenComparingLong(ComparisonRollups.DisagreementPage.Found::visitId));
        return found;
    }

    /** Both sides computed directly from the raw answers: the definition the roll-ups must agree with. */
    @Transactional
    Evidence computed(FigureFilter filter) {
        ComplianceService.Snapshot checks = compliance.snapshot(filter);
        Map<String, Map<Long, Integer>> ratings = satisfaction.ratings(filter);
        Map<String, SatisfactionLink> links = new TreeMap<>();
        checks.outcomes().forEach((theme, outcomes) -> {
            SatisfactionLink link = SatisfactionLink.of(outcomes, ratings.getOrDefault(theme, Map.of()));
            if (!link.isEmpty()) {
                links.put(theme, link);
            }
        });
        return new Evidence(checks.byTheme(), checks.bySourceAndTheme(), links, satisfaction.figures(filter));
    }
}
