package fi.huoltopolku.quality;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.feedback.Said;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.security.Caller;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.survey.EstimateBias;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everyone's own view of the feedback: the signed-in advisor's, technician's or foreman's themes
 * next to the whole workshop's, what their customers wrote, an advisor's estimate bias, a
 * technician's post-inspection results, a foreman's quality checks, post-inspections and cars sent
 * back (and their customers' satisfaction), and the improvement actions they own or practised in.
 * Always the caller's own figures: there is no way to ask for another person's (a manager reads
 * anyone's in the quality report).
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN})
public class MyFeedbackService {

    /** The periods one's own view offers, in days up to today; the first is the one it opens with. */
    public static final List<Integer> PERIODS = List.of(90, 30, 365);

    /** One theme: one's own figures and the workshop's, and (technicians) the re-checks of one's cars. */
    public record ThemeLine(Theme theme, Proportion myChecks, Proportion myCustomers, Proportion workshopChecks,
            Proportion workshopCustomers, Proportion myPostInspections) {
    }

    /** An improvement action one takes part in: as its owner, or named in one of its practice sessions. */
    public record ActionLine(ImprovementAction action, Theme theme, boolean owner, BeforeAfter figures) {
    }

    /** One's own view for the last days of one of the {@link #PERIODS}. */
    public record MyFeedback(Person person, LocalDate from, LocalDate to, List<ThemeLine> themes, List<Said> comments,
            @Nullable EstimateBias estimateBias, Proportion postInspections, List<ActionLine> actions, int minAnswers,
            ForemanWork.@Nullable Work foreman) {
    }

    private final ComparisonService comparison;
    private final FeedbackService feedback;
    private final ImprovementService improvements;
    private final PeopleService people;
    private final WorkshopClock clock;
    private final ThemeService themes;
    private final ForemanWork foremanWork;

    MyFeedbackService(ComparisonService comparison, FeedbackService feedback, ImprovementService improvements,
            PeopleService people, WorkshopClock clock, ThemeService themes, ForemanWork foremanWork) {
        this.themes = themes;
        this.foremanWork = foremanWork;
        this.comparison = comparison;
        this.feedback = feedback;
        this.improvements = improvements;
        this.people = people;
        this.clock = clock;
    }

    /** The caller's own feedback over the last {@code days} days; refused for anyone who is not a signed-in person. */
    @Transactional
    public MyFeedback mine(int days) {
        if (!PERIODS.contains(days)) {
            throw Problem.invalid("days", "problem.oneOf", PERIODS.toString());
        }
        Caller caller = Callers.current().filter(c -> c.personId() != null).orElseThrow(Problem::forbidden);
        Person me = people.find(caller.personId()).orElseThrow(Problem::forbidden);
        LocalDate to = clock.today();
        LocalDate from = to.minusDays(days - 1L);
        FigureFilter workshop = FigureFilter.period(from.atStartOfDay(clock.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(clock.zone()).toInstant());
        FigureFilter own = me.role() == Role.ADVISOR ? workshop.advisor(me.id()) : workshop.technician(me.id());
        ComparisonReport mine = comparison.report(own);
        ComparisonReport all = comparison.report(workshop);
        Map<String, ThemeComparison> workshopRows = new HashMap<>();
        all.themes().forEach(row -> workshopRows.put(row.theme().code(), row));
        List<ThemeLine> themes = new ArrayList<>();
        long inspected = 0;
        long inspectedYes = 0;
        for (ThemeComparison row : mine.themes()) {
            ThemeComparison whole = workshopRows.get(row.theme().code());
            Proportion post = row.objectiveBySource().getOrDefault(Source.POST_INSPECTION, new Proportion(0, 0));
            inspected += post.n();
            inspectedYes += post.successes();
            themes.add(new ThemeLine(row.theme(), row.comparison().objective(), row.comparison().subjective(),
                    whole.comparison().objective(), whole.comparison().subjective(), post));
        }
        EstimateBias bias = me.role() == Role.ADVISOR ? mine.satisfaction().estimateBiasByAdvisor().get(me.id()) : null;
        return new MyFeedback(me, from, to, themes, feedback.commentsOnVisitsOf(me.id(), workshop.from(), workshop.to()),
                bias, new Proportion(inspectedYes, inspected), actionsOf(me), comparison.thresholds().minAnswers(),
                me.role() == Role.FOREMAN ? foremanWork.of(me.id(), workshop.from(), workshop.to(), this.themes.all(),
                        new Proportion(all.satisfaction().overall().topTwo(), all.satisfaction().overall().n())) : null);
    }

    private static String firstName(Person person) {
        return person.fullName().strip().split("\\s+")[0];
    }

    /** The actions one owns or was named in a practice session of (by full name, or first name as a word). */
    private List<ActionLine> actionsOf(Person me) {
        Map<Long, Theme> themes = this.themes.byId();
        // Attendees are written by hand: the full name, or the first name when nobody else has it.
        String first = firstName(me);
        boolean firstIsMine = people.active().stream().filter(p -> firstName(p).equalsIgnoreCase(first)).count() <= 1;
        Pattern named = Pattern.compile("(^|[^\\p{L}])(" + Pattern.quote(me.fullName().toLowerCase(Locale.ROOT))
                + (firstIsMine ? "|" + Pattern.quote(first.toLowerCase(Locale.ROOT)) : "") + ")($|[^\\p{L}])");
        List<ActionLine> lines = new ArrayList<>();
        for (ImprovementAction action : improvements.all()) {
            boolean owner = action.ownerId().equals(me.id());
            boolean practised = improvements.sessions(action.id()).stream()
                    .anyMatch(s -> named.matcher(s.attendees().toLowerCase(Locale.ROOT)).find());
            if (owner || practised) {
                lines.add(new ActionLine(action, themes.get(action.themeId()), owner, improvements.beforeAfter(action.id())));
            }
        }
        return lines;
    }
}
