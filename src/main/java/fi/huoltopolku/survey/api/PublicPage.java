package fi.huoltopolku.survey.api;

import fi.huoltopolku.base.Html;
import fi.huoltopolku.base.Messages;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the customer's public pages (the survey and the extra-work approval) share: plain HTML in
 * UTF-8 with no scripts, the head with the viewport and the common styles, the link to the page in
 * the other language, the form that posts back in UTF-8 with its problem named, and the page that
 * says one thing (thanks, slow down, a link that does not open) with its status. Changes when the
 * customer's pages change their common frame; each page's own fields and styles are its own.
 */
public abstract class PublicPage {

    /** The content type every public page is answered in. */
    public static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private static final String STYLE = """
            *{box-sizing:border-box}body{margin:0;font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
            color:#1a1a1a;background:#f4f6f8}main{max-width:36rem;margin:0 auto;padding:1rem}\
            h1{font-size:1.35rem;margin:.5rem 0}.lang{float:right;font-size:.95rem}a{color:#0b4f8a}\
            .contact a{white-space:nowrap}\
            button{font:inherit;font-weight:700;color:#fff;background:#0b4f8a;border:0;border-radius:.5rem;\
            padding:.8rem 1.6rem;min-height:3rem;width:100%}\
            .alert{background:#fdecea;border:2px solid #a4261d;color:#7a1a13;border-radius:.5rem;padding:.6rem .8rem}""";

    protected final Messages messages;
    protected final Locale locale;
    private final String style;

    /** A page in this language, with its own styles after the common ones. */
    protected PublicPage(Messages messages, Locale locale, String style) {
        this.messages = messages;
        this.locale = locale;
        this.style = style;
    }

    /** The language a link asks for: English when it says so, Finnish otherwise. */
    public static Locale locale(@Nullable String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Messages.FINNISH;
    }

    /** The page's own meta elements in the head, given its escaped title. */
    protected abstract String meta(String title);

    /** A text in the page's language, escaped. */
    protected String t(String key, Object... args) {
        return Html.escape(messages.getTranslation(key, locale, args));
    }

    /** The head (the title already escaped), the main column, and the link to this page in the other language. */
    protected StringBuilder top(String title, String path) {
        String other = "fi".equals(locale.getLanguage()) ? "en" : "fi";
        return head(title).append("<main><p class=\"lang\"><a href=\"").append(Html.escape(path)).append("?lang=")
                .append(other).append("\" lang=\"").append(other).append("\" hreflang=\"").append(other).append("\">")
                .append(other.equals("fi") ? "Suomeksi" : "In English").append("</a></p>");
    }

    /** The problem when there is one, then the form that posts back to {@code path} in UTF-8 with the language. */
    protected void formStart(StringBuilder html, String path, @Nullable String problem) {
        if (problem != null) {
            html.append("<div class=\"alert\" role=\"alert\" id=\"problem\">").append(Html.escape(problem)).append("</div>");
        }
        html.append("<form method=\"post\" accept-charset=\"UTF-8\" action=\"").append(Html.escape(path)).append("\">");
        html.append("<input type=\"hidden\" name=\"lang\" value=\"").append(locale.getLanguage()).append("\">");
    }

    /** The send button (its label escaped), then the end of the form and the page. */
    protected String formEnd(StringBuilder html, String send) {
        html.append("<button type=\"submit\">").append(send).append("</button></form></main>");
        return html.append("</body></html>").toString();
    }

    /**
     * A plain page with a title and a sentence (translation keys): thanks, or why the link does not
     * open; with the workshop's name and contacts unless {@code contact} is null (a page that asks
     * nothing more of the customer).
     */
    public String message(String titleKey, String textKey, String workshop, @Nullable String contact) {
        String title = Html.escape(messages.getTranslation(titleKey, locale));
        StringBuilder html = head(title + " – " + Html.escape(workshop));
        html.append("<main><h1>").append(title).append("</h1><p>").append(t(textKey)).append("</p>");
        if (contact != null) {
            html.append(Html.contact(workshop, contact));
        }
        return html.append("</main></body></html>").toString();
    }

    /** 429 to an address the limiter refuses: a page asking to wait a moment. */
    public HttpResponse<String> slowDown(String workshop, @Nullable String contact) {
        return HttpResponse.<String>status(HttpStatus.TOO_MANY_REQUESTS)
                .body(message("surveyPage.slowDown", "surveyPage.slowDownText", workshop, contact));
    }

    /** A link that opens no page: 404 when nobody knows it, 410 once it expired or was used; {@code key}.text says why. */
    public HttpResponse<String> closed(String key, boolean unknown, String workshop, String contact) {
        return HttpResponse.<String>status(unknown ? HttpStatus.NOT_FOUND : HttpStatus.GONE)
                .body(message(key, key + ".text", workshop, contact));
    }

    private StringBuilder head(String title) {
        return new StringBuilder(6000).append("<!doctype html><html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">").append(meta(title))
                .append("<title>").append(title).append("</title><style>").append(STYLE).append(style)
                .append("</style></head><body>");
    }
}
