package fi.huoltopolku.survey.api;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyForm;
import fi.huoltopolku.survey.SurveyService;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import static fi.huoltopolku.survey.api.PublicPage.locale;

/**
 * The customer's survey page, served at {@code /survey/{token}} as plain HTML (no Vaadin, no
 * JavaScript). An unknown token answers 404, an expired or used one 410, each with a friendly page.
 */
@Allowed(anonymous = true)
@Controller("/api/survey")
@Hidden
public class SurveyController {

    private final SurveyService surveys;
    private final SubmissionLimiter limiter;
    private final Messages messages;
    private final Sites sites;
    private final String workshop;
    private final String contact;

    SurveyController(Sites sites, SurveyService surveys, SubmissionLimiter limiter, Messages messages,
            @Value("${huoltopolku.workshop-name:Huoltopolku}") String workshop,
            @Value("${huoltopolku.workshop-contact:}") String contact) {
        this.surveys = surveys;
        this.limiter = limiter;
        this.messages = messages;
        this.workshop = workshop;
        this.sites = sites;
        this.contact = contact;
    }

    @Get("/{token}")
    @Produces(PublicPage.HTML)
    HttpResponse<String> page(@PathVariable String token, @QueryValue @Nullable String lang) {
        try {
            SurveyForm form = surveys.form(token);
            SurveyPage page = new SurveyPage(messages, locale(lang == null ? form.language() : lang));
            return HttpResponse.ok(page.form(token, form, sites.name(form.siteId()), Map.of(), null, null));
        } catch (SurveyService.ClosedSurvey closed) {
            return closed(new SurveyPage(messages, locale(lang)), closed.reason());
        }
    }

    @Post("/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(PublicPage.HTML)
    HttpResponse<String> submit(@PathVariable String token, @Body Map<String, String> body, HttpRequest<?> request) {
        Map<String, String> values = new HashMap<>(body);
        Locale locale = locale(values.get("lang"));
        SurveyPage page = new SurveyPage(messages, locale);
        String address = SubmissionLimiter.address(request);
        if (limiter.refused(address)) {
            return page.slowDown(workshop, contact);
        }
        try {
            SurveyForm form = surveys.form(token);
            try {
                surveys.submit(token, answers(values), locale.getLanguage());
                return HttpResponse.ok(page.message("surveyPage.thanks", "surveyPage.thanksText", sites.name(form.siteId()), null));
            } catch (Problem problem) {
                return HttpResponse.<String>status(HttpStatus.BAD_REQUEST).body(page.form(token, form, sites.name(form.siteId()),
                        values, messages.text(problem, locale), problem.field()));
            }
        } catch (SurveyService.ClosedSurvey closed) {
            limiter.failed(address);
            return closed(page, closed.reason());
        }
    }

    /** The form's fields as answers; a value that is not a number is refused naming its field. */
    static SurveyAnswers answers(Map<String, String> values) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith("r_") && !value.isBlank()) {
                ratings.put(name.substring(2), number("ratings." + name.substring(2), value));
            }
        });
        String overall = values.get("overall");
        String nps = values.get("nps");
        return new SurveyAnswers(overall == null || overall.isBlank() ? null : number("overall", overall),
                nps == null || nps.isBlank() ? null : number("nps", nps), ratings, values.get("comment"),
                "yes".equals(values.get("consent")));
    }

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw Problem.invalid(field, "surveyPage.notANumber", value);
        }
    }

    private HttpResponse<String> closed(SurveyPage page, SurveyService.Closed reason) {
        return page.closed("surveyPage.closed." + reason.name(), reason == SurveyService.Closed.UNKNOWN, workshop, contact);
    }
}
