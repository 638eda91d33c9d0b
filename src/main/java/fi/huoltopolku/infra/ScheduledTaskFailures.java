package fi.huoltopolku.infra;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.scheduling.DefaultTaskExceptionHandler;
import io.micronaut.scheduling.TaskExceptionHandler;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed scheduled task (roll-up refresh, outbox, sweeps) leaves in the log: its error with the
 * trace, except a task that started while the app was stopping and found the connection pool closed,
 * which is one line (nothing was lost: the next start does the work again).
 */
@Singleton
@Replaces(DefaultTaskExceptionHandler.class)
final class ScheduledTaskFailures implements TaskExceptionHandler<Object, Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledTaskFailures.class);

    @Override
    public void handle(@Nullable Object bean, Throwable failure) {
        String task = bean == null ? "a bean" : bean.getClass().getSimpleName();
        if (poolClosed(failure)) {
            LOG.info("A scheduled task of {} found the connection pool closed: the app is stopping", task);
            return;
        }
        LOG.error("A scheduled task of {} failed", task, failure);
    }

    /** Whether the failure, or one of its causes, is the app's own connection pool closed at stop. */
    static boolean poolClosed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null
                    && cause.getMessage().startsWith("HikariDataSource") && cause.getMessage().endsWith("has been closed.")) {
                return true;
            }
        }
        return false;
    }
}
