package fi.huoltopolku.survey.api;

import fi.huoltopolku.base.ApiErrors;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.ProblemHandler;
import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.Caller;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.survey.Invitation;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Survey invitations and submissions for integrations. */
@Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
@Controller("/api/v1")
@Tag(name = "surveys")
public class SurveyApiController {

    private final InvitationService invitations;
    private final SurveyService surveys;
    private final WorkshopClock clock;

    private final SubmissionLimiter limiter;
    private final Messages messages;

    private final PeopleService people;

    SurveyApiController(InvitationService invitations, SurveyService surveys, WorkshopClock clock,
            SubmissionLimiter limiter, Messages messages, PeopleService people) {
        this.people = people;
        this.limiter = limiter;
        this.messages = messages;
        this.invitations = invitations;
        this.surveys = surveys;
        this.clock = clock;
    }

    /** An invitation's link. */
    @Serdeable
    public record InvitationJson(String token, String url, OffsetDateTime expiresAt) {
    }

    /** A submission, as the survey page takes it. */
    @Serdeable
    public record SubmissionJson(@Nullable Integer overall, @Nullable Integer nps,
            @Nullable Map<String, Integer> ratings, @Nullable String comment, @Nullable Boolean contactConsent) {
    }

    /** The stored answer. */
    @Serdeable
    public record ResponseJson(long id, long visitId) {
    }

    /** The advisor's estimate of the customer's satisfaction; {@code advisor} defaults to the visit's. */
    @Serdeable
    public record EstimateJson(@Nullable Integer estimate, @Nullable String advisor) {
    }

    @Post("/visits/{id}/staff-estimate")
    @Operation(summary = "Record how satisfied the advisor expects the customer to be (estimate 1-5), before the "
            + "customer answers; advisor (username or id) defaults to the visit's advisor. The estimate's bias per "
            + "advisor is in the comparison report (estimateBias). 409 when the customer already answered or an "
            + "estimate was recorded")
    @ApiResponse(responseCode = "201", description = "Recorded")
    public HttpResponse<?> estimate(@PathVariable long id, @Body EstimateJson body) {
        Validation check = new Validation();
        Long advisor = body.advisor() == null || body.advisor().isBlank() ? null
                : check.value(() -> people.byReference(body.advisor().trim(), "advisor").id());
        check.that(body.estimate() != null && body.estimate() >= 1 && body.estimate() <= 5, "estimate",
                "problem.between", 1, 5);
        check.done();
        surveys.estimate(id, body.estimate(), new Actor(advisor, "API"));
        return HttpResponse.status(HttpStatus.CREATED);
    }

    @Post("/visits/{id}/survey-invitations")
    @Operation(summary = "The visit's open survey invitation; a second call returns the same one")
    public InvitationJson invite(@PathVariable long id) {
        Invitation invitation = invitations.invite(id);
        return new InvitationJson(invitation.token(), invitations.url(invitation),
                invitation.expiresAt().atZone(clock.zone()).toOffsetDateTime());
    }

    @Allowed(anonymous = true)
    @Post("/surveys/{token}")
    @Operation(summary = "Submit a survey: overall 1-5 (required), nps 0-10, ratings per theme code 1-5; 404 unknown, 410 expired or used")
    @ApiResponse(responseCode = "201", description = "The stored answer",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ResponseJson.class)))
    @ApiResponse(responseCode = "410",
            description = "The survey has expired or was already answered")
    public HttpResponse<?> submit(@PathVariable String token, @Body SubmissionJson body,
            HttpRequest<?> request) {
        // An integration's API token has its own quota; anyone else is refused after too many links
        // that do not work from their address, and a customer's own working link is never counted.
        Caller caller = Callers.current().orElse(Caller.ANONYMOUS);
        String address = SubmissionLimiter.address(request);
        if (caller.anonymous() ? limiter.refused(address) : !limiter.allowIntegration(caller.name())) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(new ProblemHandler.Body(
                    "TOO_MANY_REQUESTS", null, messages.getTranslation("apiError.TOO_MANY_REQUESTS",
                            ApiErrors.language(request))));
        }
        try {
            SurveyAnswers answers = new SurveyAnswers(body.overall(), body.nps(),
                    body.ratings() == null ? Map.of() : body.ratings(), body.comment(),
                    Boolean.TRUE.equals(body.contactConsent()));
            long visitId = surveys.form(token).visitId();
            long id = surveys.submit(token, answers, "fi");
            return HttpResponse.created(new ResponseJson(id, visitId));
        } catch (SurveyService.ClosedSurvey closed) {
            if (caller.anonymous()) {
                limiter.failed(address);
            }
            HttpStatus status = closed.reason() == SurveyService.Closed.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
            return HttpResponse.status(status).body(new ProblemHandler.Body(closed.reason().name(), "token",
                    switch (closed.reason()) {
                        case UNKNOWN -> "No survey has this link.";
                        case EXPIRED -> "This survey link has expired.";
                        case USED -> "This survey has already been answered.";
                    }));
        }
    }
}
