package fi.huoltopolku.infra;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers (before or outside the application: an address it cannot decode, a
 * request line too long, an exception that escaped) as {@link ErrorPages}: no report, no stack
 * trace, no server version.
 */
public final class QuietErrorValve extends ErrorReportValve {

    public QuietErrorValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        // The headers every answer carries, on the ones made before the application saw the request too.
        ErrorPages.secure(response);
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            // The address as sent: an undecodable one has no decoded form. A request line Tomcat could
            // not read at all (raw non-ASCII bytes, longer than its limit) has none: such requests come
            // from programs, not browsers (which escape and shorten), so they get the API's JSON.
            String uri = request.getCoyoteRequest().requestURI().toString();
            ErrorPages.write(uri == null || uri.isEmpty() ? "/api/" : uri, response, status);
        } catch (IOException | IllegalStateException e) {
            // The client has gone; nothing more to say.
        }
    }
}
