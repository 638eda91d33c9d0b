package fi.huoltopolku.approval.api;

import fi.huoltopolku.approval.ApprovalService.ApprovalForm;
import fi.huoltopolku.base.Amounts;
import fi.huoltopolku.base.Html;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.ExtraWork;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import static fi.huoltopolku.base.Html.escape;

/**
 * The customer's extra-work page as plain HTML and a little CSS: phone first, no scripts, every
 * choice a large labelled radio button, AA contrast. Everything from the workshop is escaped.
 */
final class ApprovalPage {

    private static final String CSS = """
            *{box-sizing:border-box}body{margin:0;font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
            color:#1a1a1a;background:#f4f6f8}main{max-width:36rem;margin:0 auto;padding:1rem}\
            h1{font-size:1.35rem;margin:.5rem 0}p{margin:.4rem 0}.lang{float:right;font-size:.95rem}a{color:#0b4f8a}\
            fieldset{background:#fff;border:2px solid #c9d2dc;border-radius:.6rem;margin:1rem 0;padding:.8rem}\
            legend{font-weight:700;padding:0 .3rem}.facts{font-size:.95rem;color:#3a3a3a}\
            .choice{display:flex;gap:.5rem;margin-top:.6rem}.choice label{flex:1;text-align:center;border:2px solid #8a97a6;\
            border-radius:.5rem;min-height:3rem;padding:.65rem .3rem;cursor:pointer;background:#fff}\
            .choice input{position:absolute;opacity:0;width:1px;height:1px}\
            .choice label:has(input:checked){background:#0b4f8a;color:#fff;border-color:#0b4f8a;font-weight:700}\
            .choice label:has(input:focus-visible){outline:3px solid #c25e00;outline-offset:2px}\
            .invalid{border-color:#a4261d}.photo{display:block;max-width:100%;height:auto;border-radius:.4rem;margin:.4rem 0}.done{color:#1d5e2a;font-weight:600}\
            button{font:inherit;font-weight:700;color:#fff;background:#0b4f8a;border:0;border-radius:.5rem;\
            padding:.8rem 1.6rem;min-height:3rem;width:100%}\
            .contact a{white-space:nowrap}.alert{background:#fdecea;border:2px solid #a4261d;color:#7a1a13;border-radius:.5rem;padding:.6rem .8rem}""";

    private final Messages messages;
    private final Locale locale;

    ApprovalPage(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    private String t(String key, Object... args) {
        return escape(messages.getTranslation(key, locale, args));
    }

    /** The lines to decide, with what the customer already chose; the problem named when there is one. */
    String form(String token, ApprovalForm form, String workshop, Map<Long, Decision> chosen, @Nullable String problem,
            Set<Long> missing) {
        String lang = locale.getLanguage();
        String other = "fi".equals(lang) ? "en" : "fi";
        StringBuilder html = head(t("approvalPage.title", workshop), lang);
        html.append("<main><p class=\"lang\"><a href=\"/approve/").append(escape(token)).append("?lang=").append(other)
                .append("\" lang=\"").append(other).append("\" hreflang=\"").append(other).append("\">")
                .append(other.equals("fi") ? "Suomeksi" : "In English").append("</a></p>");
        html.append("<h1>").append(t("approvalPage.heading", form.plate())).append("</h1>");
        html.append("<p>").append(t("approvalPage.intro", firstName(form.customerName()), form.car())).append("</p>");
        if (problem != null) {
            html.append("<div class=\"alert\" role=\"alert\" id=\"problem\">").append(escape(problem)).append("</div>");
        }
        html.append("<form method=\"post\" accept-charset=\"UTF-8\" action=\"/approve/").append(escape(token)).append("\">");
        html.append("<input type=\"hidden\" name=\"lang\" value=\"").append(lang).append("\">");
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
            for (Long photo : form.photoIds().getOrDefault(line.id(), java.util.List.of())) {
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
        html.append("<button type=\"submit\">").append(t("approvalPage.send")).append("</button></form></main>");
        return html.append("</body></html>").toString();
    }

    private static void choice(StringBuilder html, long lineId, Decision decision, String label,
            @Nullable Decision chosen) {
        String id = "line-" + lineId + "-" + decision.name().toLowerCase(Locale.ROOT);
        html.append("<label for=\"").append(id).append("\"><input type=\"radio\" id=\"").append(id)
                .append("\" name=\"line-").append(lineId).append("\" value=\"").append(decision.name()).append("\"")
                .append(decision == chosen ? " checked" : "").append("><span>").append(label).append("</span></label>");
    }

    /**
     * A page with a title and a sentence: thanks, or why the link does not open; with the workshop's
     * name and contacts to call unless {@code contact} is null.
     */
    String message(String title, String text, String workshop, @Nullable String contact) {
        StringBuilder html = head(escape(title) + " – " + escape(workshop), locale.getLanguage());
        html.append("<main><h1>").append(escape(title)).append("</h1><p>").append(escape(text)).append("</p>");
        if (contact != null) {
            html.append(Html.contact(workshop, contact));
        }
        return html.append("</main></body></html>").toString();
    }

    private static String firstName(String name) {
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private StringBuilder head(String title, String lang) {
        return new StringBuilder(6000).append("<!doctype html><html lang=\"").append(lang).append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex\">")
                .append("<title>").append(title).append("</title><style>").append(CSS).append("</style></head><body>");
    }
}
