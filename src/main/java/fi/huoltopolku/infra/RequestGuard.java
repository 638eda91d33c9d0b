package fi.huoltopolku.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The first thing every request meets. Refuses, before anything reads it, an address whose escapes
 * cannot be decoded ({@code %2}, {@code %zz}) with 400, and a body over the cap of its address with
 * 413 (the customer's survey a few kilobytes, the workshop-test import
 * {@value #CSV_LIMIT} bytes, other API calls {@value #API_LIMIT}, the screens {@value #UI_LIMIT});
 * a body of unknown length to the API is refused with 411. Adds the headers that keep the pages out
 * of other sites' frames and stop content sniffing.
 *
 * <p>A body that names no charset is read as UTF-8, before anything reads a parameter: browsers post
 * a form ({@code application/x-www-form-urlencoded}) in the page's encoding, UTF-8 on every page of
 * the app, and never say so; the servlet default would read it as ISO-8859-1 ("JÃ¤Ã¤hdytin").
 */
final class RequestGuard extends HttpFilter {

    static final long FORM_LIMIT = 16 * 1024;
    static final long CSV_LIMIT = 2 * 1024 * 1024;
    static final long API_LIMIT = 256 * 1024;
    /** The screens: a photo of up to 12 MB (ExtraWorkPhotos.MAX_UPLOAD) with its upload's overhead. */
    static final long UI_LIMIT = 13 * 1024 * 1024;

    /** A percent sign not followed by two hexadecimal digits. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ErrorPages.secure(response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String charset = request.getCharacterEncoding();
        if (charset == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        } else if (!known(charset)) {
            // Nothing could read the body: named, not a failure of ours with a stack trace per request.
            ErrorPages.write(request, path, response, 415);
            return;
        }
        String query = request.getQueryString();
        if (BAD_ESCAPE.matcher(request.getRequestURI()).find() || (query != null && (BAD_ESCAPE.matcher(query).find()
                || query.indexOf('\u0000') >= 0))) {
            ErrorPages.write(path, response, 400);
            return;
        }
        long length = request.getContentLengthLong();
        long limit = limit(path);
        boolean api = path.startsWith("/api/");
        if (length > limit) {
            ErrorPages.write(path, response, 413);
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            if (api) {
                ErrorPages.write(path, response, 411);
                return;
            }
            if (limit == FORM_LIMIT) {
                // No length to check first: counted while it streams, refused as soon as it is too long.
                HttpServletRequest read = CappedBody.read(request, limit);
                if (read == null) {
                    response.setHeader("Connection", "close");
                    ErrorPages.write(request, path, response, 413);
                    return;
                }
                chain.doFilter(read, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether Java can read a body in this character set. */
    static boolean known(String charset) {
        try {
            return Charset.isSupported(charset.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static long limit(String path) {
        if (path.equals("/login") || path.equals("/logout")) {
            return FORM_LIMIT;
        }
        if (path.startsWith("/survey/") || path.startsWith("/api/survey") || path.startsWith("/api/v1/surveys/")
                || path.startsWith("/approve/") || path.startsWith("/api/approval")) {
            return FORM_LIMIT;
        }
        if (path.startsWith("/api/v1/workshop-tests")) {
            return CSV_LIMIT;
        }
        return path.startsWith("/api/") ? API_LIMIT : UI_LIMIT;
    }
}
