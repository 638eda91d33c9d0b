package fi.huoltopolku.infra;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Tomcat's note about a request it could not parse (a bad character in the request line, a header
 * too large: a client's mistake or a probe, answered 400, not our failure), which it logs once at
 * INFO through java.util.logging with the parser's stack trace, shortened to one line: its message
 * and the reason, without the trace. Tomcat's warnings and errors pass untouched.
 */
final class BadRequestLog {

    /** Held here: java.util.logging keeps its loggers weakly, and would forget the filter with it. */
    private static final Logger PARSER = Logger.getLogger("org.apache.coyote.http11.Http11Processor");

    private BadRequestLog() {
    }

    /** Installs the shortening on Tomcat's request parser's logger. */
    static void shorten() {
        PARSER.setFilter(BadRequestLog::oneLine);
    }

    static boolean oneLine(LogRecord note) {
        Throwable reason = note.getThrown();
        if (reason != null && note.getLevel().intValue() < Level.WARNING.intValue()) {
            String message = note.getMessage() == null ? "" : note.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
            note.setMessage(message + " Reason: " + reason.getMessage());
            note.setThrown(null);
        }
        return true;
    }
}
