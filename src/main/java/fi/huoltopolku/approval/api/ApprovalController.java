package fi.huoltopolku.approval.api;

import fi.huoltopolku.approval.ApprovalService.ApprovalForm;
import fi.huoltopolku.approval.ApprovalService;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.survey.api.PublicPage;
import fi.huoltopolku.survey.api.SubmissionLimiter;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.ExtraWork;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

import static fi.huoltopolku.survey.api.PublicPage.locale;

/**
 * The customer's extra-work page, served at {@code /approve/{token}} as plain HTML (no Vaadin, no
 * JavaScript). An unknown token answers 404, an expired or used one 410, each with a friendly page;
 * the page never shows more than the car, the customer's first name and the lines asked about.
 */
@Allowed(anonymous = true)
@Controller("/api/approval")
@Hidden
public class ApprovalController {

    private final ApprovalService approvals;
    private final SubmissionLimiter limiter;
    private final Messages messages;
    private final Sites sites;
    private final String workshop;
    private final String contact;

    ApprovalController(Sites sites, ApprovalService approvals, SubmissionLimiter limiter, Messages messages,
            @Value("${huoltopolku.workshop-name:Huoltopolku}") String workshop,
            @Value("${huoltopolku.workshop-contact:}") String contact) {
        this.contact = contact;
        this.approvals = approvals;
        this.limiter = limiter;
        this.messages = messages;
        this.workshop = workshop;
        this.sites = sites;
    }

    @Get("/{token}")
    @Produces(PublicPage.HTML)
    HttpResponse<String> page(@PathVariable String token, @QueryValue @Nullable String lang) {
        try {
            ApprovalForm form = approvals.form(token);
            ApprovalPage page = new ApprovalPage(messages, locale(lang == null ? form.language() : lang));
            return HttpResponse.ok(page.form(token, form, sites.name(form.siteId()), Map.of(), null, Set.of()));
        } catch (ApprovalService.ClosedLink closed) {
            return closed(new ApprovalPage(messages, locale(lang)), closed.reason());
        }
    }

    /** A photo of a line the link asks about (404 for any other, 410 once the link is used or expired). */
    @Get("/{token}/photos/{photoId}")
    HttpResponse<?> photo(@PathVariable String token, @PathVariable long photoId) {
        try {
            return approvals.photo(token, photoId)
                    .<HttpResponse<?>>map(p -> HttpResponse.ok(p.bytes()).contentType(p.contentType())
                            .header("Cache-Control", "private, max-age=3600"))
                    .orElseGet(HttpResponse::notFound);
        } catch (ApprovalService.ClosedLink closed) {
            return HttpResponse.status(closed.reason() == ApprovalService.Closed.UNKNOWN ? HttpStatus.NOT_FOUND
                    : HttpStatus.GONE);
        }
    }

    @Post("/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(PublicPage.HTML)
    HttpResponse<String> answer(@PathVariable String token, @Body Map<String, String> body, HttpRequest<?> request) {
        Map<String, String> values = new HashMap<>(body);
        Locale locale = locale(values.get("lang"));
        ApprovalPage page = new ApprovalPage(messages, locale);
        String address = SubmissionLimiter.address(request);
        if (limiter.refused(address)) {
            return page.slowDown(workshop, contact);
        }
        try {
            ApprovalForm form = approvals.form(token);
            Map<Long, Decision> chosen = decisions(form, values);
            try {
                approvals.answer(token, chosen);
                return HttpResponse.ok(page.message("approvalPage.thanks", "approvalPage.thanksText", sites.name(form.siteId()), sites.contact(form.siteId())));
            } catch (Problem problem) {
                Set<Long> missing = form.lines().stream()
                        .filter(l -> l.decision() == Decision.PENDING && !chosen.containsKey(l.id()))
                        .map(ExtraWork::id).collect(Collectors.toSet());
                return HttpResponse.<String>status(HttpStatus.BAD_REQUEST).body(page.form(token, form, sites.name(form.siteId()), chosen,
                        messages.text(problem, locale), missing));
            }
        } catch (ApprovalService.ClosedLink closed) {
            limiter.failed(address);
            return closed(page, closed.reason());
        }
    }

    /** The choices made for the lines of this page ("line-{id}" = APPROVED or DECLINED); anything else is no choice. */
    private static Map<Long, Decision> decisions(ApprovalForm form, Map<String, String> values) {
        Map<Long, Decision> chosen = new HashMap<>();
        for (ExtraWork line : form.lines()) {
            String value = values.get("line-" + line.id());
            if ("APPROVED".equals(value) || "DECLINED".equals(value)) {
                chosen.put(line.id(), Decision.valueOf(value));
            }
        }
        return chosen;
    }

    private HttpResponse<String> closed(ApprovalPage page, ApprovalService.Closed reason) {
        return page.closed("approvalPage.closed." + reason.name(), reason == ApprovalService.Closed.UNKNOWN, workshop,
                contact);
    }
}
