package fi.huoltopolku.survey;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.CheckItemService;
import fi.huoltopolku.checks.ItemKind;
import fi.huoltopolku.checks.ItemTemplate;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The customer's answers: the survey of a visit (one 1–5 question per theme that applies), its
 * submission (once per invitation), answers taken on a follow-up call, and the advisor's estimate.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class SurveyService {

    static final int MAX_COMMENT = 2000;

    /** Why a token does not open a survey. */
    public enum Closed { UNKNOWN, EXPIRED, USED }

    private final InvitationService invitations;
    private final SurveyRepositories.Responses responses;
    private final SurveyRepositories.Ratings ratings;
    private final SurveyRepositories.Estimates estimates;
    private final VisitOverviewService visits;
    private final CheckItemService items;
    private final ThemeService themes;
    private final WorkshopClock clock;
    private final ApplicationEventPublisher<ResponseReceived> publisher;

    SurveyService(InvitationService invitations, SurveyRepositories.Responses responses,
            SurveyRepositories.Ratings ratings, SurveyRepositories.Estimates estimates, VisitOverviewService visits,
            CheckItemService items, ThemeService themes, WorkshopClock clock,
            ApplicationEventPublisher<ResponseReceived> publisher) {
        this.invitations = invitations;
        this.responses = responses;
        this.ratings = ratings;
        this.estimates = estimates;
        this.visits = visits;
        this.items = items;
        this.themes = themes;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** A token that no longer (or never) opens a survey says why; thrown by {@link #form}. */
    public static final class ClosedSurvey extends RuntimeException {
        private final Closed reason;

        ClosedSurvey(Closed reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Closed reason() {
            return reason;
        }
    }

    /** The survey behind a token; {@link ClosedSurvey} when unknown, expired or already answered. */
    @Transactional
    @Allowed(anonymous = true)
    public SurveyForm form(String token) {
        Invitation invitation = open(token);
        return formOf(invitation.visitId(), invitation.language());
    }

    /** The survey of a visit (for a follow-up call). */
    @Transactional
    public SurveyForm formOf(long visitId, String language) {
        VisitCard card = visits.card(visitId);
        Set<Stage> entered = visits.stagesEntered(List.of(visitId)).get(visitId);
        Set<Long> themeIds = entered.stream()
                .filter(s -> s != Stage.CLOSED)
                .flatMap(s -> items.templates(ItemKind.PROCESS, s).stream())
                .filter(t -> !t.retired())
                .map(ItemTemplate::theme).map(Theme::id).collect(Collectors.toSet());
        List<Theme> asked = themes.active().stream().filter(t -> themeIds.contains(t.id()))
                .sorted(Comparator.comparingInt(Theme::position)).toList();
        return new SurveyForm(visitId, card.plate(), language, asked, visits.visit(visitId).getSiteId());
    }

    /** The customer's submission: once per invitation; refused with the problem named, nothing stored. */
    @Transactional
    @Allowed(anonymous = true)
    public long submit(String token, SurveyAnswers answers, String language) {
        Invitation invitation = open(token);
        SurveyForm form = formOf(invitation.visitId(), language);
        long id = store(form, invitation.id(), ResponseSource.SURVEY, answers, language, null);
        invitations.markUsed(invitation);
        return id;
    }

    /** Answers taken on a follow-up call by an advisor (shown apart from self-completed answers). */
    @Transactional
    @Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
    public long phoneAnswers(long visitId, SurveyAnswers answers, Actor actor) {
        SurveyForm form = formOf(visitId, "fi");
        return store(form, null, ResponseSource.PHONE, answers, "fi", actor.name());
    }

    /** The advisor's estimate of the customer's satisfaction, before any answer arrives. */
    @Transactional
    public void estimate(long visitId, @Nullable Integer estimate, Actor actor) {
        if (estimate == null || estimate < 1 || estimate > 5) {
            throw Problem.invalid("estimate", "problem.between", 1, 5);
        }
        visits.card(visitId); // a visit that does not exist: 404 naming it, not a broken reference
        if (!responses.findByVisitIdOrderByAnsweredAt(visitId).isEmpty()) {
            throw Problem.refused("survey.estimateAfterAnswer");
        }
        if (estimates.findByVisitId(visitId).isPresent()) {
            throw Problem.refused("survey.estimateGiven");
        }
        estimates.save(new StaffEstimate(null, visitId, actor.personId(), estimate, clock.now()));
    }

    @Transactional
    @Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
    public List<SurveyResponse> responses(long visitId) {
        visits.card(visitId); // another site's visit: not found
        return responses.findByVisitIdOrderByAnsweredAt(visitId);
    }

    /** The first comment the customer wrote for each of these visits (visits without one are left out). */
    @Transactional
    @Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
    public Map<Long, String> firstComments(Collection<Long> visitIds) {
        Map<Long, String> comments = new HashMap<>();
        List<Long> all = List.copyOf(visits.visibleOf(visitIds));
        for (int start = 0; start < all.size(); start += 500) {
            for (SurveyResponse r : responses.findByVisitIdInOrderByAnsweredAt(
                    all.subList(start, Math.min(all.size(), start + 500)))) {
                if (r.comment() != null) {
                    comments.putIfAbsent(r.visitId(), r.comment());
                }
            }
        }
        return comments;
    }

    @Transactional
    @Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
    public SurveyResponse response(long responseId) {
        return responses.findById(responseId).filter(r -> !visits.visibleOf(List.of(r.visitId())).isEmpty())
                .orElseThrow(() -> Problem.notFound("survey.noSuchResponse", responseId));
    }

    @Transactional
    @Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
    public Map<Long, Integer> ratings(long responseId) {
        return ratings.findByResponseIdIn(List.of(responseId)).stream()
                .collect(Collectors.toMap(SurveyRating::themeId, SurveyRating::rating));
    }

    @Transactional
    public @Nullable Integer estimateOf(long visitId) {
        return estimates.findByVisitId(visitId).map(StaffEstimate::estimate).orElse(null);
    }

    private Invitation open(String token) {
        Invitation invitation = invitations.byToken(token).orElseThrow(() -> new ClosedSurvey(Closed.UNKNOWN));
        if (invitation.usedAt() != null) {
            throw new ClosedSurvey(Closed.USED);
        }
        if (!clock.now().isBefore(invitation.expiresAt())) {
            throw new ClosedSurvey(Closed.EXPIRED);
        }
        return invitation;
    }

    private long store(SurveyForm form, @Nullable Long invitationId, ResponseSource source, SurveyAnswers answers,
            String language, @Nullable String enteredBy) {
        validate(form, answers);
        String comment = answers.comment() == null || answers.comment().isBlank() ? null : answers.comment().trim();
        SurveyResponse response = responses.save(new SurveyResponse(null, form.visitId(), invitationId, source,
                answers.overall(), answers.nps(), comment, answers.contactConsent(), language, clock.now(), enteredBy));
        Map<String, Theme> byCode = form.themes().stream().collect(Collectors.toMap(Theme::code, t -> t));
        answers.ratings().forEach((code, rating) -> {
            if (rating != null) {
                ratings.save(new SurveyRating(null, response.id(), byCode.get(code).id(), rating));
            }
        });
        publisher.publishEvent(new ResponseReceived(response.id(), form.visitId()));
        return response.id();
    }

    /** Overall is required (1–5); the likelihood to recommend 0–10; each theme 1–5; comment capped. */
    static void validate(SurveyForm form, SurveyAnswers answers) {
        if (answers.overall() == null) {
            throw Problem.invalid("overall", "survey.overallRequired");
        }
        if (answers.overall() < 1 || answers.overall() > 5) {
            throw Problem.invalid("overall", "problem.between", 1, 5);
        }
        if (answers.nps() != null && (answers.nps() < 0 || answers.nps() > 10)) {
            throw Problem.invalid("nps", "problem.between", 0, 10);
        }
        Set<String> asked = form.themes().stream().map(Theme::code).collect(Collectors.toSet());
        for (Map.Entry<String, Integer> rating : answers.ratings().entrySet()) {
            if (!asked.contains(rating.getKey())) {
                throw Problem.invalid("ratings." + rating.getKey(), "survey.themeNotAsked", rating.getKey());
            }
            if (rating.getValue() != null && (rating.getValue() < 1 || rating.getValue() > 5)) {
                throw Problem.invalid("ratings." + rating.getKey(), "problem.between", 1, 5);
            }
        }
        if (answers.comment() != null && answers.comment().length() > MAX_COMMENT) {
            throw Problem.invalid("comment", "problem.tooLong", MAX_COMMENT);
        }
    }
}
