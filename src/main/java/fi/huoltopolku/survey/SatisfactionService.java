package fi.huoltopolku.survey;

import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.checks.VisitScope;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.Visit;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Satisfaction figures for a visit, person, department (visits its people served), period (visits
 * booked in it) or theme: top-2-box share,
 * mean and n; NPS; response rate; staff-estimate bias per advisor. Phone answers count beside the
 * self-completed ones and are shown apart; the staff's estimate is never counted as an answer.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class SatisfactionService {

    private final VisitOverviewService visits;
    private final SurveyRepositories.Responses responses;
    private final SurveyRepositories.Ratings ratings;
    private final SurveyRepositories.Estimates estimates;
    private final InvitationRepository invitations;
    private final ThemeService themes;
    private final PeopleService people;

    SatisfactionService(VisitOverviewService visits, SurveyRepositories.Responses responses,
            SurveyRepositories.Ratings ratings, SurveyRepositories.Estimates estimates,
            InvitationRepository invitations, ThemeService themes, PeopleService people) {
        this.people = people;
        this.visits = visits;
        this.responses = responses;
        this.ratings = ratings;
        this.estimates = estimates;
        this.invitations = invitations;
        this.themes = themes;
    }

    @Transactional
    public SatisfactionFigures figures(FigureFilter filter) {
        return figuresBy(filter, visit -> "").getOrDefault("", SatisfactionFigures.NONE);
    }

    /**
     * {@link #figures} for each group of visits, e.g. per advisor and technician: the roll-ups are
     * built from it, so they and the report computed directly share one definition.
     */
    @Transactional
    public <K> Map<K, SatisfactionFigures> figuresBy(FigureFilter filter, Function<Visit, K> group) {
        return figures(scope(filter), group);
    }

    /**
     * {@link #figuresBy} of the visits given (within the filter's period, the filter's department not
     * applied again): a few visits of a busy day are counted from their own answers, not the day's.
     */
    @Transactional
    public <K> Map<K, SatisfactionFigures> figuresBy(FigureFilter filter, VisitScope given, Function<Visit, K> group) {
        return figures(new Scope(filter, given.visits(), given.few()), group);
    }

    private <K> Map<K, SatisfactionFigures> figures(Scope in, Function<Visit, K> group) {
        FigureFilter filter = in.filter;
        List<Visit> scope = in.visits();
        Map<Long, Visit> byId = scope.stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
        List<SurveyResponse> answers = scope.isEmpty() ? List.of() : in.responses().stream()
                .filter(r -> byId.containsKey(r.visitId())).toList();
        Map<Long, Theme> themeById = themes.byId();
        Map<Long, SurveyResponse> responseById = answers.stream()
                .collect(Collectors.toMap(SurveyResponse::id, Function.identity()));
        Map<K, Builder> groups = new HashMap<>();
        Function<Long, Builder> of = visitId -> groups.computeIfAbsent(group.apply(byId.get(visitId)), k -> new Builder());

        for (SurveyResponse r : answers) {
            Builder b = of.apply(r.visitId());
            b.overall = b.overall.plus(Satisfaction.of(r.overall()));
            if (r.nps() != null) {
                b.nps = b.nps.plus(Nps.of(r.nps()));
            }
            if (r.source() == ResponseSource.SURVEY) {
                b.selfCompleted++;
            }
        }
        if (!answers.isEmpty()) {
            for (SurveyRating rating : in.ratings(answers)) {
                SurveyResponse response = responseById.get(rating.responseId());
                if (response == null) {
                    continue;
                }
                String code = themeById.get(rating.themeId()).code();
                Satisfaction one = Satisfaction.of(rating.rating());
                Builder b = of.apply(response.visitId());
                b.byTheme.merge(code, one, Satisfaction::plus);
                b.bySource.computeIfAbsent(response.source(), s -> new TreeMap<>()).merge(code, one, Satisfaction::plus);
            }
        }
        for (Long invited : new HashSet<>(in.few() ? invitations.findVisitIdByVisitIdIn(byId.keySet())
                : invitations.findInvitedVisitIds(filter.from(), filter.to()))) {
            if (byId.containsKey(invited)) {
                of.apply(invited).invitations++;
            }
        }
        if (!scope.isEmpty()) {
            Map<Long, SurveyResponse> firstAnswer = new HashMap<>();
            for (SurveyResponse r : answers) {
                firstAnswer.merge(r.visitId(), r, (a, b) -> a.answeredAt().isBefore(b.answeredAt()) ? a : b);
            }
            for (StaffEstimate estimate : in.few() ? estimates.findByVisitIdIn(byId.keySet())
                    : estimates.findOfVisitsBookedBetween(filter.from(), filter.to())) {
                SurveyResponse first = firstAnswer.get(estimate.visitId());
                if (!byId.containsKey(estimate.visitId()) || first == null) {
                    continue;
                }
                Long advisor = estimate.advisorId() != null ? estimate.advisorId()
                        : byId.get(estimate.visitId()).getAdvisorId();
                if (advisor != null) {
                    of.apply(estimate.visitId()).bias.merge(advisor,
                            EstimateBias.NONE.plus(estimate.estimate(), first.overall()), EstimateBias::plus);
                }
            }
        }
        Map<K, SatisfactionFigures> figures = new HashMap<>();
        groups.forEach((key, b) -> figures.put(key, new SatisfactionFigures(b.overall, b.byTheme, b.bySource, b.nps,
                b.invitations, b.selfCompleted, b.bias)));
        return figures;
    }

    /** One group's figures while they are being counted. */
    private static final class Builder {
        Satisfaction overall = Satisfaction.NONE;
        Nps nps = Nps.NONE;
        final Map<String, Satisfaction> byTheme = new TreeMap<>();
        final Map<ResponseSource, Map<String, Satisfaction>> bySource = new EnumMap<>(ResponseSource.class);
        long invitations;
        long selfCompleted;
        final Map<Long, EstimateBias> bias = new TreeMap<>();
    }

    /** Per theme and visit: the customer's first rating of the theme (1–5). */
    @Transactional
    public Map<String, Map<Long, Integer>> ratings(FigureFilter filter) {
        return ratings(scope(filter));
    }

    /** {@link #ratings} of the visits given (within the filter's period). */
    @Transactional
    public Map<String, Map<Long, Integer>> ratings(FigureFilter filter, VisitScope given) {
        return ratings(new Scope(filter, given.visits(), given.few()));
    }

    private Map<String, Map<Long, Integer>> ratings(Scope in) {
        List<Visit> scope = in.visits();
        Map<String, Map<Long, Integer>> result = new TreeMap<>();
        if (scope.isEmpty()) {
            return result;
        }
        Set<Long> inScope = scope.stream().map(Visit::getId).collect(Collectors.toSet());
        List<SurveyResponse> answers = in.responses().stream()
                .filter(r -> inScope.contains(r.visitId()))
                .sorted(Comparator.comparing(SurveyResponse::answeredAt)).toList();
        if (answers.isEmpty()) {
            return result;
        }
        Map<Long, SurveyResponse> byId = answers.stream().collect(Collectors.toMap(SurveyResponse::id, Function.identity()));
        Map<Long, Theme> themeById = themes.byId();
        List<SurveyRating> all = in.ratings(answers).stream()
                .filter(r -> byId.containsKey(r.responseId()))
                .sorted(Comparator.comparing(r -> byId.get(r.responseId()).answeredAt())).toList();
        for (SurveyRating rating : all) {
            result.computeIfAbsent(themeById.get(rating.themeId()).code(), t -> new HashMap<>())
                    .putIfAbsent(byId.get(rating.responseId()).visitId(), rating.rating());
        }
        return result;
    }

    private Scope scope(FigureFilter filter) {
        Map<Long, String> makes = filter.make() == null ? Map.of()
                : visits.makesOfVisitsBookedBetween(filter.from(), filter.to());
        Set<Long> served = filter.departmentCode() == null ? Set.of()
                : servingPeople(filter.departmentCode());
        List<Visit> inPeriod = visits.bookedBetween(filter.from(), filter.to());
        List<Visit> scope = inPeriod.stream()
                .filter(v -> filter.admits(v, makes.get(v.getId())))
                .filter(v -> filter.departmentCode() == null || served.contains(v.getAdvisorId())
                        || served.contains(v.getTechnicianId()))
                .toList();
        return new Scope(filter, scope, FigureFilter.fewOf(scope.size(), inPeriod.size()));
    }

    /** The visits counted, and where their answers are read from: their own ids when few, else the period. */
    private final class Scope {
        private final FigureFilter filter;
        private final List<Visit> visits;
        private final boolean few;

        Scope(FigureFilter filter, List<Visit> visits, boolean few) {
            this.filter = filter;
            this.visits = visits;
            this.few = few;
        }

        List<Visit> visits() {
            return visits;
        }

        boolean few() {
            return few;
        }

        List<SurveyResponse> responses() {
            return few ? responses.findByVisitIdInOrderByAnsweredAt(visits.stream().map(Visit::getId).toList())
                    : responses.findOfVisitsBookedBetween(filter.from(), filter.to());
        }

        /** The theme ratings of these answers (read by answer when few). */
        List<SurveyRating> ratings(List<SurveyResponse> answers) {
            return few ? ratings.findByResponseIdIn(answers.stream().map(SurveyResponse::id).toList())
                    : ratings.findOfVisitsBookedBetween(filter.from(), filter.to());
        }
    }

    /**
     * The people of a department, whose visits are the department's: a visit belongs to a department
     * when its advisor or technician does.
     */
    public Set<Long> servingPeople(String departmentCode) {
        Map<Long, Department> departments = people.departmentsById();
        return people.peopleById().values().stream()
                .filter(p -> departmentCode.equals(departments.get(p.departmentId()).code()))
                .map(Person::id).collect(Collectors.toSet());
    }
}
