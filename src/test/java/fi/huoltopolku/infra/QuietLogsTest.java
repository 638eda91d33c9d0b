package fi.huoltopolku.infra;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import java.sql.SQLException;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** A client's bad request and a gone browser leave at most one line in the log, other failures their trace. */
class QuietLogsTest {

    @Test
    void tomcats_note_about_an_unparsable_request_is_one_line_with_the_reason() {
        LogRecord note = new LogRecord(java.util.logging.Level.INFO, "Error parsing HTTP request header\n Note: further occurrences"
                + " of HTTP request parsing errors will be logged at DEBUG level.");
        note.setThrown(new IllegalArgumentException("Request header is too large"));

        assertThat(BadRequestLog.oneLine(note)).isTrue();
        assertThat(note.getThrown()).isNull();
        assertThat(note.getMessage()).doesNotContain("\n").startsWith("Error parsing HTTP request header Note:")
                .endsWith("Reason: Request header is too large");

        LogRecord severe = new LogRecord(java.util.logging.Level.SEVERE, "Failed to process");
        severe.setThrown(new IllegalStateException("ours"));
        assertThat(BadRequestLog.oneLine(severe)).isTrue();
        assertThat(severe.getThrown()).isNotNull();
    }

    @Test
    void only_a_closed_connection_counts_as_a_gone_browser() {
        assertThat(GoneBrowsers.gone(new IllegalStateException(
                "Message will not be sent because the WebSocket session has been closed"))).isTrue();
        assertThat(GoneBrowsers.gone(new RuntimeException(new IOException("Broken pipe")))).isTrue();
        assertThat(GoneBrowsers.gone(new IllegalStateException(
                "Cannot access state in VaadinSession or UI without locking the session."))).isFalse();
        assertThat(GoneBrowsers.gone(new NullPointerException())).isFalse();
        IllegalStateException writing = new IllegalStateException(
                "The remote endpoint was in state [TEXT_FULL_WRITING] which is an invalid state for called method");
        assertThat(GoneBrowsers.gone(writing)).isTrue();

        LoggerContext logs = new LoggerContext();
        IllegalStateException closed = new IllegalStateException("the WebSocket session has been closed");
        assertThat(new GoneBrowsers().decide(null, logs.getLogger(GoneBrowsers.PUSH_HANDLER), Level.ERROR,
                "Exception in push connection", null, closed)).isEqualTo(FilterReply.DENY);
        assertThat(new GoneBrowsers().decide(null, logs.getLogger(QuietLogsTest.class), Level.ERROR,
                "ours", null, closed)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(new GoneBrowsers().decide(null, logs.getLogger(GoneBrowsers.ATMOSPHERE), Level.ERROR,
                "Failed to cancel resource: {}", null, writing)).isEqualTo(FilterReply.DENY);
        assertThat(new GoneBrowsers().decide(null, logs.getLogger(GoneBrowsers.ATMOSPHERE), Level.ERROR,
                "Failed to cancel resource: {}", null, new NullPointerException("resource is null")))
                .isEqualTo(FilterReply.DENY);
        assertThat(new GoneBrowsers().decide(null, logs.getLogger(GoneBrowsers.ATMOSPHERE), Level.ERROR,
                "Something else", null, new NullPointerException())).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void a_scheduled_task_that_finds_the_pool_closed_at_stop_is_one_line_any_other_failure_keeps_its_trace() {
        assertThat(ScheduledTaskFailures.poolClosed(new RuntimeException("Failed to obtain JDBC Connection",
                new SQLException("HikariDataSource HikariDataSource (HikariPool-35) has been closed.")))).isTrue();
        assertThat(ScheduledTaskFailures.poolClosed(new RuntimeException(
                new SQLException("This connection has been closed.")))).isFalse();
        assertThat(ScheduledTaskFailures.poolClosed(new IllegalStateException("ours"))).isFalse();
    }
}
