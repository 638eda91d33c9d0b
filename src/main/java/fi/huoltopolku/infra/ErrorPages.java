package fi.huoltopolku.infra;

import fi.huoltopolku.base.ApiErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The answers the container gives by itself (a malformed address, a body over its cap, a failure
 * before the application): the API's JSON shape under {@code /api/}, a small page in both languages
 * elsewhere. Never a stack trace, a server version or an exception's text.
 */
final class ErrorPages {

    private ErrorPages() {
    }

    /**
     * The four headers every answer carries, the container's own too: no framing by other sites, no
     * content sniffing, no address leaking to other sites.
     */
    static void secure(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    static void write(String path, HttpServletResponse response, int status) throws IOException {
        write(path, response, status, true);
    }

    /**
     * The same, a page in the language the customer's page was in: its address's {@code lang}, else
     * the browser's first language (Finnish unless it prefers another).
     */
    static void write(HttpServletRequest request, String path, HttpServletResponse response, int status)
            throws IOException {
        write(path, response, status, finnish(request));
    }

    static boolean finnish(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.equals("lang=fi") || pair.equals("lang=en")) {
                    return pair.endsWith("fi");
                }
            }
        }
        String accept = request.getHeader("Accept-Language");
        return accept == null || accept.isBlank() || accept.trim().toLowerCase(Locale.ROOT).startsWith("fi");
    }

    private static void write(String path, HttpServletResponse response, int status, boolean finnish)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        secure(response);
        response.resetBuffer();
        response.setStatus(status);
        String kind = ApiErrors.kind(status);
        Text text = text(status);
        byte[] body;
        if (path.startsWith("/api/") && !path.startsWith("/api/survey") && !path.startsWith("/api/approval")) {
            response.setContentType("application/json;charset=utf-8");
            String message = status == 415
                    ? "The body's character set (charset) is not one we can read: send it in UTF-8." : text.english();
            body = ("{\"error\":\"" + kind + "\",\"field\":null,\"message\":\"" + message + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/html;charset=utf-8");
            String first = finnish ? "fi" : "en";
            String second = finnish ? "en" : "fi";
            body = ("<!DOCTYPE html><html lang=\"" + first + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                    + "content=\"width=device-width,initial-scale=1\"><title>Huoltopolku</title></head>"
                    + "<body style=\"font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem\">"
                    + "<h1>" + (finnish ? text.finnish() : text.english()) + "</h1><p lang=\"" + second + "\">"
                    + (finnish ? text.english() : text.finnish()) + "</p>"
                    + "<p><a href=\"/\">Huoltopolku</a></p></body></html>").getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** What the page says, in English and Finnish. */
    private record Text(String english, String finnish) {
    }

    private static Text text(int status) {
        return switch (status) {
            case 400 -> new Text("The address or the request is not valid.", "Osoite tai pyyntö ei kelpaa.");
            case 401 -> new Text("Sign in, or send an API token.", "Kirjaudu sisään tai lähetä API-tunniste.");
            case 403 -> new Text("Not allowed for this user or token.", "Ei sallittu tälle käyttäjälle tai tunnisteelle.");
            case 404 -> new Text("Not found.", "Sivua ei löydy.");
            case 405 -> new Text("This address does not take this method.",
                    "Tähän osoitteeseen ei voi lähettää tällä tavalla.");
            case 411 -> new Text("Send the request with its length (Content-Length).",
                    "Lähetä pyyntö pituuden kanssa (Content-Length).");
            case 413, 414, 431 -> new Text("The request is too large.", "Pyyntö on liian suuri.");
            case 415 -> new Text("The form's character set (charset) is not one we can read: send it in UTF-8.",
                    "Lomakkeen merkistöä (charset) ei voi lukea: lähetä se UTF-8-muodossa.");
            default -> status >= 500
                    ? new Text("Something went wrong on our side. Try again in a moment.",
                            "Meillä tapahtui virhe. Yritä hetken päästä uudelleen.")
                    : new Text("The request could not be handled.", "Pyyntöä ei voitu käsitellä.");
        };
    }
}
