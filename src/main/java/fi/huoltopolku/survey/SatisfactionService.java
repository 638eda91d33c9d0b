package fi.huoltopolku.survey;

import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.Visit;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        List<Visit> scope = scope(filter);
        Map<Long, Visit> byId = scope.stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
        List<SurveyResponse> answers = scope.isEmpty() ? List.of()
                : responses.findOfVisitsBookedBetween(filter.from(), filter.to()).stream()
                        .filter(r -> byId.containsKey(r.visitId())).toList();
        Map<Long, Theme> themeById = themes.byId();
        Map<Long, SurveyResponse> responseById = answers.stream()
                .collect(Collectors.toMap(SurveyResponse::id, Function.identity()));

        Satisfaction overall = Satisfaction.NONE;
        Nps nps = Nps.NONE;
        for (SurveyResponse r : answers) {
            overall = overall.plus(Satisfaction.of(r.overall()));
            if (r.nps() != null) {
                nps = nps.plus(Nps.of(r.nps()));
            }
        }
        Map<String, Satisfaction> byTheme = new TreeMap<>();
        Map<ResponseSource, Map<String, Satisfaction>> bySource = new EnumMap<>(ResponseSource.class);
        if (!answers.isEmpty()) {
            for (SurveyRating rating : ratings.findOfVisitsBookedBetween(filter.from(), filter.to())) {
                if (!responseById.containsKey(rating.responseId())) {
                    continue;
                }
                String code = themeById.get(rating.themeId()).code();
                Satisfaction one = Satisfaction.of(rating.rating());
                byTheme.merge(code, one, Satisfaction::plus);
                bySource.computeIfAbsent(responseById.get(rating.responseId()).source(), s -> new TreeMap<>())
                        .merge(code, one, Satisfaction::plus);
            }
        }
        java.util.Set<Long> invitedIds = new java.util.HashSet<>(invitations.findInvitedVisitIds(filter.from(), filter.to()));
        long invited = scope.stream().filter(v -> invitedIds.contains(v.getId())).count();
        long selfCompleted = answers.stream().filter(r -> r.source() == ResponseSource.SURVEY).count();

        Map<Long, EstimateBias> bias = new TreeMap<>();
        if (!scope.isEmpty()) {
            Map<Long, SurveyResponse> firstAnswer = new java.util.HashMap<>();
            for (SurveyResponse r : answers) {
                firstAnswer.merge(r.visitId(), r, (a, b) -> a.answeredAt().isBefore(b.answeredAt()) ? a : b);
            }
            for (StaffEstimate estimate : estimates.findOfVisitsBookedBetween(filter.from(), filter.to())) {
                if (!byId.containsKey(estimate.visitId())) {
                    continue;
                }
                Optional<SurveyResponse> first = Optional.ofNullable(firstAnswer.get(estimate.visitId()));
                Long advisor = estimate.advisorId() != null ? estimate.advisorId()
                        : byId.get(estimate.visitId()).getAdvisorId();
                if (first.isPresent() && advisor != null) {
                    bias.merge(advisor, EstimateBias.NONE.plus(estimate.estimate(), first.get().overall()),
                            (a, b) -> new EstimateBias(a.n() + b.n(), a.sumOfDifferences() + b.sumOfDifferences()));
                }
            }
        }
        return new SatisfactionFigures(overall, byTheme, bySource, nps, invited, selfCompleted, bias);
    }

    /** Per theme and visit: the customer's first rating of the theme (1–5). */
    @Transactional
    public Map<String, Map<Long, Integer>> ratings(FigureFilter filter) {
        List<Visit> scope = scope(filter);
        Map<String, Map<Long, Integer>> result = new TreeMap<>();
        if (scope.isEmpty()) {
            return result;
        }
        java.util.Set<Long> inScope = scope.stream().map(Visit::getId).collect(Collectors.toSet());
        List<SurveyResponse> answers = responses.findOfVisitsBookedBetween(filter.from(), filter.to()).stream()
                .filter(r -> inScope.contains(r.visitId()))
                .sorted(java.util.Comparator.comparing(SurveyResponse::answeredAt)).toList();
        if (answers.isEmpty()) {
            return result;
        }
        Map<Long, SurveyResponse> byId = answers.stream().collect(Collectors.toMap(SurveyResponse::id, Function.identity()));
        Map<Long, Theme> themeById = themes.byId();
        List<SurveyRating> all = ratings.findOfVisitsBookedBetween(filter.from(), filter.to()).stream()
                .filter(r -> byId.containsKey(r.responseId()))
                .sorted(java.util.Comparator.comparing(r -> byId.get(r.responseId()).answeredAt())).toList();
        for (SurveyRating rating : all) {
            result.computeIfAbsent(themeById.get(rating.themeId()).code(), t -> new java.util.HashMap<>())
                    .putIfAbsent(byId.get(rating.responseId()).visitId(), rating.rating());
        }
        return result;
    }

    private List<Visit> scope(FigureFilter filter) {
        return visits.bookedBetween(filter.from(), filter.to()).stream()
                .filter(v -> filter.visitId() == null || filter.visitId().equals(v.getId()))
                .filter(v -> filter.advisorId() == null || filter.advisorId().equals(v.getAdvisorId()))
                .filter(v -> filter.technicianId() == null || filter.technicianId().equals(v.getTechnicianId()))
                .filter(v -> filter.departmentCode() == null || servedBy(v, filter.departmentCode()))
                .toList();
    }

    /** A department's visits: those its people served (the visit's advisor or technician belongs to it). */
    private boolean servedBy(Visit visit, String departmentCode) {
        Map<Long, Person> staff = people.peopleById();
        Map<Long, Department> departments = people.departmentsById();
        return java.util.stream.Stream.of(visit.getAdvisorId(), visit.getTechnicianId())
                .filter(java.util.Objects::nonNull).map(staff::get).filter(java.util.Objects::nonNull)
                .anyMatch(p -> departmentCode.equals(departments.get(p.departmentId()).code()));
    }
}
