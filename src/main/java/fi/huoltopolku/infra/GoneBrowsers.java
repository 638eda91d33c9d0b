package fi.huoltopolku.infra;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import org.slf4j.Marker;

/**
 * Leaves out Vaadin's "Exception in push connection" error and Atmosphere's "Failed to cancel resource",
 * with their traces, when all they say is that
 * the browser has gone (a tab closed, a tablet asleep, a dropped network: the WebSocket was closed or
 * the connection broke while an update was being written). Vaadin lets go of the connection either
 * way; a gone browser is normal in a workshop. Any other error of the push connection still shows.
 */
final class GoneBrowsers extends TurboFilter {

    static final String PUSH_HANDLER = "com.vaadin.flow.server.communication.PushAtmosphereHandler";
    static final String ATMOSPHERE = "org.atmosphere.cpr.AsynchronousProcessor";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (t != null && PUSH_HANDLER.equals(logger.getName()) && gone(t)) {
            return FilterReply.DENY;
        }
        // Cancelling the push of a browser already gone: Atmosphere finds the resource released.
        if (t != null && ATMOSPHERE.equals(logger.getName()) && format != null
                && format.startsWith("Failed to cancel resource")) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    /** Whether the failure, or one of its causes, is a connection the browser has closed. */
    static boolean gone(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException) {
                return true; // broken pipe, connection reset, the client's abort
            }
            if (cause instanceof IllegalStateException && cause.getMessage() != null
                    && cause.getMessage().contains("session has been closed")) {
                return true; // Tomcat's WebSocket, closed before the write
            }
            if (cause instanceof IllegalStateException && cause.getMessage() != null
                    && cause.getMessage().contains("remote endpoint was in state")) {
                return true; // Tomcat's WebSocket, closed while an update was being written
            }
        }
        return false;
    }
}
