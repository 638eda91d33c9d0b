package fi.huoltopolku.infra;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The logs, set up in code at the start (not from an XML file: parsing one costs the start a tenth
 * of a second): lines for people, or one JSON object a line for a log collector
 * ({@code HUOLTOPOLKU_LOG_FORMAT=json}); both carry the request id ({@link RequestIds}) where there
 * is one. Vaadin and Atmosphere log warnings only. A file named by {@code -Dlogback.configurationFile}
 * is used instead, as logback's own setting. Tomcat's note about a client's unparsable request is one
 * line ({@link BadRequestLog}); a push connection's browser that has gone is not an error
 * ({@link GoneBrowsers}).
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%X{" + RequestIds.MDC_KEY + ":--}] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        BadRequestLog.shorten();
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        boolean json = "json".equalsIgnoreCase(System.getenv("HUOLTOPOLKU_LOG_FORMAT"));
        Encoder<ILoggingEvent> encoder;
        if (json) {
            JsonEncoder lines = new JsonEncoder();
            lines.setWithSequenceNumber(false);
            lines.setWithNanoseconds(false);
            lines.setWithContext(false);
            lines.setWithArguments(false);
            encoder = lines;
        } else {
            PatternLayoutEncoder lines = new PatternLayoutEncoder();
            lines.setPattern(PATTERN);
            encoder = lines;
        }
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(json ? "json" : "text");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        context.getLogger("com.vaadin").setLevel(Level.WARN);
        context.getLogger("org.atmosphere").setLevel(Level.WARN);
        GoneBrowsers gone = new GoneBrowsers();
        gone.setContext(context);
        gone.start();
        context.addTurboFilter(gone);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
