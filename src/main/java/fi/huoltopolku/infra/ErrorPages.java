package fi.huoltopolku.infra;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answers the container gives by itself (a malformed address, a body over its cap, a failure
 * before the application): the API's JSON shape under {@code /api/}, a small page in both languages
 * elsewhere. Never a stack trace, a server version or an exception's text.
 */
final class ErrorPages {

    private ErrorPages() {
    }

    static void write(String path, HttpServletResponse response, int status) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        String kind = kind(status);
        byte[] body;
        if (path.startsWith("/api/") && !path.startsWith("/api/survey")) {
            response.setContentType("application/json;charset=utf-8");
            body = ("{\"error\":\"" + kind + "\",\"field\":null,\"message\":\"" + english(status) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/html;charset=utf-8");
            body = ("<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                    + "content=\"width=device-width,initial-scale=1\"><title>Huoltopolku</title></head>"
                    + "<body style=\"font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem\">"
                    + "<h1>" + finnish(status) + "</h1><p lang=\"en\">" + english(status) + "</p>"
                    + "<p><a href=\"/\">Huoltopolku</a></p></body></html>").getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    static String kind(int status) {
        return switch (status) {
            case 400 -> "INVALID";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 411 -> "LENGTH_REQUIRED";
            case 413 -> "TOO_LARGE";
            case 414 -> "TOO_LARGE";
            case 431 -> "TOO_LARGE";
            default -> status >= 500 ? "INTERNAL" : "INVALID";
        };
    }

    static String english(int status) {
        return switch (status) {
            case 400 -> "The address or the request is not valid.";
            case 404 -> "Not found.";
            case 405 -> "This address does not take this method.";
            case 411 -> "Send the request with its length (Content-Length).";
            case 413, 414, 431 -> "The request is too large.";
            default -> status >= 500 ? "Something went wrong on our side. Try again in a moment."
                    : "The request could not be handled.";
        };
    }

    static String finnish(int status) {
        return switch (status) {
            case 400 -> "Osoite tai pyyntö ei kelpaa.";
            case 404 -> "Sivua ei löydy.";
            case 405 -> "Tähän osoitteeseen ei voi lähettää tällä tavalla.";
            case 411 -> "Lähetä pyyntö pituuden kanssa (Content-Length).";
            case 413, 414, 431 -> "Pyyntö on liian suuri.";
            default -> status >= 500 ? "Meillä tapahtui virhe. Yritä hetken päästä uudelleen."
                    : "Pyyntöä ei voitu käsitellä.";
        };
    }
}
