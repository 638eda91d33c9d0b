package fi.huoltopolku.quality;

import fi.huoltopolku.base.Dates;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ComplianceService;
import fi.huoltopolku.checks.Dimension;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.checks.Figures;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.stats.Change;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.site.SiteScope;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.survey.Satisfaction;
import fi.huoltopolku.survey.SatisfactionService;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Improvement actions: started from a theme, owned, practised (sessions with who attended), and
 * measured: the theme's figures before and after the start date.
 */
@Singleton
@Allowed({Role.MANAGER, Role.FOREMAN})
public class ImprovementService {

    static final int WINDOW_DAYS = 90;
    static final int MAX_TEXT = 2000;

    private final ImprovementRepositories.Actions actions;
    private final ImprovementRepositories.Sessions sessions;
    private final ThemeService themes;
    private final PeopleService people;
    private final ComplianceService compliance;
    private final SatisfactionService satisfaction;
    private final ComparisonService comparison;
    private final WorkshopClock clock;

    ImprovementService(ImprovementRepositories.Actions actions, ImprovementRepositories.Sessions sessions,
            ThemeService themes, PeopleService people, ComplianceService compliance, SatisfactionService satisfaction,
            ComparisonService comparison, WorkshopClock clock) {
        this.actions = actions;
        this.sessions = sessions;
        this.themes = themes;
        this.people = people;
        this.compliance = compliance;
        this.satisfaction = satisfaction;
        this.comparison = comparison;
        this.clock = clock;
    }

    @Transactional
    public long start(@Nullable String themeCode, @Nullable String whatChanges, @Nullable Long ownerId,
            @Nullable LocalDate startDate, Actor actor) {
        Validation check = new Validation();
        Theme theme = themeCode == null ? null : check.value(() -> themes.byCode(themeCode));
        check.that(themeCode != null, "theme", "problem.required");
        if (check.that(whatChanges != null && !whatChanges.isBlank(), "whatChanges", "problem.required")) {
            check.that(whatChanges.length() <= MAX_TEXT, "whatChanges", "problem.tooLong", MAX_TEXT);
        }
        if (check.that(ownerId != null, "owner", "problem.required")) {
            check.that(people.find(ownerId).isPresent(), "owner", "problem.unknownPerson", ownerId);
        }
        check.that(startDate != null, "startDate", "problem.required");
        check.sane(startDate, "startDate");
        check.done();
        return actions.save(new ImprovementAction(null, theme.id(), whatChanges.trim(), ownerId, startDate,
                ActionStatus.PLANNED, clock.now(), null, siteOfNew())).id();
    }

    /** Planned → in practice → done, one step at a time. */
    @Transactional
    public void advance(long actionId, long expectedVersion) {
        ImprovementAction action = load(actionId, expectedVersion);
        ActionStatus next = switch (action.status()) {
            case PLANNED -> ActionStatus.IN_PRACTICE;
            case IN_PRACTICE, DONE -> ActionStatus.DONE;
        };
        if (action.status() == ActionStatus.DONE) {
            throw Problem.refused("improvement.done");
        }
        try {
            actions.update(action.withStatus(next));
        } catch (OptimisticLockException e) {
            throw Problem.conflict("problem.staleEdit");
        }
    }

    /** A practice session: the new way of working practised, not just written down. */
    @Transactional
    public void practised(long actionId, @Nullable LocalDate heldOn, @Nullable String attendees, @Nullable String note) {
        visible(actionId).orElseThrow(() -> Problem.notFound("improvement.noSuchAction", actionId));
        if (heldOn == null) {
            throw Problem.invalid("heldOn", "problem.required");
        }
        if (!Dates.sane(heldOn)) {
            throw Problem.invalid("heldOn", "problem.dateRange", Dates.FIRST_YEAR, Dates.LAST_YEAR);
        }
        if (attendees == null || attendees.isBlank()) {
            throw Problem.invalid("attendees", "problem.required");
        }
        sessions.save(new PracticeSession(null, actionId, heldOn, attendees.trim(),
                note == null || note.isBlank() ? null : note.trim()));
    }

    @Transactional
    public List<ImprovementAction> all() {
        return actions.listOrderByStartDateDesc().stream().filter(ImprovementService::visible).toList();
    }

    /** One action; 404 when there is none. */
    @Transactional
    public ImprovementAction action(long actionId) {
        return visible(actionId).orElseThrow(() -> Problem.notFound("improvement.noSuchAction", actionId));
    }

    @Transactional
    public List<PracticeSession> sessions(long actionId) {
        return sessions.findByActionIdOrderByHeldOn(actionId);
    }

    /**
     * The theme's figures in {@value #WINDOW_DAYS}-day windows before and after the start date, and
     * whether each side changed beyond chance.
     */
    @Transactional
    public BeforeAfter beforeAfter(long actionId) {
        ImprovementAction action = visible(actionId)
                .orElseThrow(() -> Problem.notFound("improvement.noSuchAction", actionId));
        String theme = themes.byId().get(action.themeId()).code();
        LocalDate start = action.startDate();
        LocalDate tomorrow = clock.today().plusDays(1);
        LocalDate afterEnd = start.plusDays(WINDOW_DAYS).isBefore(tomorrow) ? start.plusDays(WINDOW_DAYS) : tomorrow;
        FigureFilter before = period(start.minusDays(WINDOW_DAYS), start);
        FigureFilter after = afterEnd.isAfter(start) ? period(start, afterEnd) : period(start, start.plusDays(1));
        Proportion objectiveAfter = objective(after, theme);
        Proportion subjectiveAfter = subjective(after, theme);
        int needed = comparison.thresholds().minAnswers();
        return new BeforeAfter(WINDOW_DAYS, Change.of(objective(before, theme), objectiveAfter, needed),
                Change.of(subjective(before, theme), subjectiveAfter, needed),
                afterEnd.isAfter(start) && objectiveAfter.n() >= needed && subjectiveAfter.n() >= needed);
    }

    private FigureFilter period(LocalDate from, LocalDate to) {
        return FigureFilter.period(from.atStartOfDay(clock.zone()).toInstant(), to.atStartOfDay(clock.zone()).toInstant());
    }

    private Proportion objective(FigureFilter filter, String theme) {
        Figures f = compliance.by(Dimension.THEME, filter).getOrDefault(theme, Figures.NONE);
        return new Proportion(f.yes(), f.n());
    }

    private Proportion subjective(FigureFilter filter, String theme) {
        Satisfaction s = satisfaction.figures(filter).byTheme().getOrDefault(theme, Satisfaction.NONE);
        return new Proportion(s.topTwo(), s.n());
    }

    /** A site's own actions and the group's (no site): the ones a caller of that site sees. */
    private static boolean visible(ImprovementAction action) {
        return action.siteId() == null || Callers.sees(action.siteId());
    }

    private Optional<ImprovementAction> visible(long actionId) {
        return actions.findById(actionId).filter(ImprovementService::visible);
    }

    /** A new action is the caller's site's; one the group's people start is the group's. */
    private static @Nullable Long siteOfNew() {
        SiteScope scope = Callers.dataScope();
        return scope.all() ? null : scope.home();
    }

    private ImprovementAction load(long actionId, long expectedVersion) {
        ImprovementAction action = visible(actionId)
                .orElseThrow(() -> Problem.notFound("improvement.noSuchAction", actionId));
        if (!Objects.equals(action.version(), expectedVersion)) {
            throw Problem.conflict("problem.staleEdit");
        }
        return action;
    }
}
