package fi.huoltopolku.approval.api;

import fi.huoltopolku.approval.ApprovalService.ApprovalForm;
import fi.huoltopolku.base.Amounts;
import fi.huoltopolku.base.Html;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.survey.api.PublicPage;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.ExtraWork;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import static fi.huoltopolku.base.Html.escape;

/**
 * The customer's extra-work page as plain HTML and a little CSS: phone first, no scripts, every
 * choice a large labelled radio button, AA contrast. Everything from the workshop is escaped.
 * Changes with what the customer decides; the frame it shares with the survey page is {@link PublicPage}.
 */
final class ApprovalPage extends PublicPage {

    private static final String STYLE = """
            p{margin:.4rem 0}fieldset{background:#fff;border:2px solid #c9d2dc;border-radius:.6rem;margin:1rem 0;padding:.8rem}\
            legend{font-weight:700;padding:0 .3rem}.facts{font-size:.95rem;color:#3a3a3a}\
            .choice{display:flex;gap:.5rem;margin-top:.6rem}.choice label{flex:1;text-align:center;border:2px solid #8a97a6;\
            border-radius:.5rem;min-height:3rem;padding:.65rem .3rem;cursor:pointer;background:#fff}\
            .choice input{position:absolute;opacity:0;width:1px;height:1px}\
            .choice label:has(input:checked){background:#0b4f8a;color:#fff;border-color:#0b4f8a;font-weight:700}\
            .choice label:has(input:focus-visible){outline:3px solid #c25e00;outline-offset:2px}\
            .invalid{border-color:#a4261d}.photo{display:block;max-width:100%;height:auto;border-radius:.4rem;margin:.4rem 0}\
            .done{color:#1d5e2a;font-weight:600}""";

    ApprovalPage(Messages messages, Locale locale) {
        super(messages, locale, STYLE);
    }

    @Override
    protected String meta(String title) {
        return "<meta name=\"robots\" content=\"noindex\">";
    }

    /** The lines to decide, with what the customer already chose; the problem named when there is one. */
    String form(String token, ApprovalForm form, String workshop, Map<Long, Decision> chosen, @Nullable String problem,
            Set<Long> missing) {
        String path = "/approve/" + token;
        StringBuilder html = top(t("approvalPage.title", workshop), path);
        html.append("<h1>").append(t("approvalPage.heading", form.plate())).append("</h1>");
        html.append("<p>").append(t("approvalPage.intro", firstName(form.customerName()), form.car())).append("</p>");
        formStart(html, path, problem);
        for (ExtraWork line : form.lines()) {
            boolean invalid = missing.contains(line.id());
            html.append("<fieldset id=\"line-").append(line.id()).append("\"").append(invalid ? " class=\"invalid\"" : "")
                    .append(invalid ? " aria-invalid=\"true\" aria-describedby=\"problem\"" : "").append("><legend>")
                    .append(escape(line.what().in(locale))).append("</legend><p class=\"facts\">");
            if (line.reason() != null) {
                html.append(t("approvalPage.why")).append(": ").append(escape(line.reason())).append("<br>");
            }
            html.append(t("approvalPage.urgency")).append(": ")
                    .append(escape(messages.name(line.urgency(), locale)));
            if (line.priceEstimate() != null) {
                html.append("<br>").append(t("approvalPage.price")).append(": <b>").append(escape(Amounts.euros(line.priceEstimate(), locale)))
                        .append("</b>");
            }
            html.append("</p>");
            for (Long photo : form.photoIds().getOrDefault(line.id(), List.of())) {
                html.append("<img class=\"photo\" src=\"/approve/").append(escape(token)).append("/photos/").append(photo)
                        .append("\" alt=\"").append(escape(line.what().in(locale))).append("\" loading=\"lazy\">");
            }
            if (line.decision() != Decision.PENDING) {
                html.append("<p class=\"done\">").append(t("approvalPage.decidedAlready",
                        messages.name(line.decision(), locale))).append("</p>");
            } else {
                html.append("<div class=\"choice\">");
                choice(html, line.id(), Decision.APPROVED, t("approvalPage.approve"), chosen.get(line.id()));
                choice(html, line.id(), Decision.DECLINED, t("approvalPage.decline"), chosen.get(line.id()));
                html.append("</div>");
            }
            html.append("</fieldset>");
        }
        return formEnd(html, t("approvalPage.send"));
    }

    private static void choice(StringBuilder html, long lineId, Decision decision, String label,
            @Nullable Decision chosen) {
        String id = "line-" + lineId + "-" + decision.name().toLowerCase(Locale.ROOT);
        html.append("<label for=\"").append(id).append("\"><input type=\"radio\" id=\"").append(id)
                .append("\" name=\"line-").append(lineId).append("\" value=\"").append(decision.name()).append("\"")
                .append(decision == chosen ? " checked" : "").append("><span>").append(label).append("</span></label>");
    }

    private static String firstName(String name) {
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
