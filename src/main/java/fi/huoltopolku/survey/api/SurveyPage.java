package fi.huoltopolku.survey.api;

import static fi.huoltopolku.base.Html.escape;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.survey.SurveyForm;
import fi.huoltopolku.theme.Theme;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The customer's survey page as plain HTML and a little CSS: no scripts, every input labelled,
 * keyboard usable, AA contrast, light on a mobile network. Everything the customer typed is escaped.
 * Changes with the survey's questions; the frame it shares with the approval page is {@link PublicPage}.
 */
final class SurveyPage extends PublicPage {

    private static final String STYLE = """
            p{margin:.5rem 0}fieldset{border:0;margin:1rem 0;padding:0}legend{font-weight:600;padding:0;margin-bottom:.4rem}\
            .hint{font-size:.9rem;color:#4a4a4a;margin:-.2rem 0 .4rem}.scale{display:flex;flex-wrap:wrap;gap:.35rem}\
            .scale label{flex:1 0 2.6rem;text-align:center;border:2px solid #8a97a6;border-radius:.5rem;background:#fff;\
            min-height:2.9rem;padding:.55rem 0;cursor:pointer}.scale input{position:absolute;opacity:0;width:1px;height:1px}\
            .scale input:checked+span{font-weight:700}.scale label:has(input:checked){background:#0b4f8a;color:#fff;\
            border-color:#0b4f8a}.scale label:has(input:focus-visible){outline:3px solid #c25e00;outline-offset:2px}\
            .ends{display:flex;justify-content:space-between;font-size:.85rem;color:#4a4a4a}\
            textarea{width:100%;min-height:6rem;font:inherit;padding:.5rem;border:2px solid #8a97a6;border-radius:.5rem}\
            .consent{display:flex;gap:.6rem;align-items:flex-start;margin:1rem 0}.consent input{width:1.4rem;height:1.4rem}\
            .invalid legend,.invalid label[for]{color:#a4261d}""";

    SurveyPage(Messages messages, Locale locale) {
        super(messages, locale, STYLE);
    }

    @Override
    protected String meta(String title) {
        return "<meta name=\"description\" content=\"" + title + "\">";
    }

    /** The survey form, filled with what the customer already chose, the problem named when there is one. */
    String form(String token, SurveyForm form, String workshop, Map<String, String> values, @Nullable String problem,
            @Nullable String problemField) {
        String path = "/survey/" + token;
        StringBuilder html = top(t("surveyPage.title", workshop), path);
        html.append("<h1>").append(t("surveyPage.heading", workshop)).append("</h1>");
        html.append("<p>").append(t("surveyPage.intro", form.plate())).append("</p>");
        formStart(html, path, problem);
        scale(html, "overall", t("surveyPage.overall") + " " + t("surveyPage.required"), null, 1, 5,
                t("surveyPage.low"), t("surveyPage.high"), values, problemField);
        for (Theme theme : form.themes()) {
            scale(html, "r_" + theme.code(), escape(theme.name(locale)), escape(theme.description(locale)), 1, 5,
                    t("surveyPage.low"), t("surveyPage.high"), values, problemField);
        }
        scale(html, "nps", t("surveyPage.nps", workshop), null, 0, 10, t("surveyPage.npsLow"), t("surveyPage.npsHigh"),
                values, problemField);
        html.append("<p><label for=\"comment\"><b>").append(t("surveyPage.comment")).append("</b></label></p>")
                .append("<textarea id=\"comment\" name=\"comment\" maxlength=\"2000\"")
                .append("comment".equals(problemField) ? " aria-invalid=\"true\" aria-describedby=\"problem\"" : "")
                .append(">").append(escape(values.getOrDefault("comment", ""))).append("</textarea>");
        html.append("<div class=\"consent\"><input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"yes\"")
                .append("yes".equals(values.get("consent")) ? " checked" : "").append("><label for=\"consent\">")
                .append(t("surveyPage.consent")).append("</label></div>");
        return formEnd(html, t("surveyPage.send"));
    }

    private void scale(StringBuilder html, String name, String legend, @Nullable String hint, int from, int to,
            String low, String high, Map<String, String> values, @Nullable String problemField) {
        String field = name.startsWith("r_") ? "ratings." + name.substring(2) : name;
        boolean invalid = field.equals(problemField);
        html.append("<fieldset").append(invalid ? " class=\"invalid\" aria-invalid=\"true\" aria-describedby=\"problem\"" : "")
                .append("><legend>").append(legend).append("</legend>");
        if (hint != null) {
            html.append("<p class=\"hint\">").append(hint).append("</p>");
        }
        html.append("<div class=\"scale\">");
        for (int i = from; i <= to; i++) {
            String id = name + "_" + i;
            html.append("<label for=\"").append(id).append("\"><input type=\"radio\" id=\"").append(id)
                    .append("\" name=\"").append(name).append("\" value=\"").append(i).append("\"")
                    .append(String.valueOf(i).equals(values.get(name)) ? " checked" : "").append("><span>").append(i)
                    .append("</span></label>");
        }
        html.append("</div><div class=\"ends\" aria-hidden=\"true\"><span>").append(low).append("</span><span>")
                .append(high).append("</span></div></fieldset>");
    }
}
