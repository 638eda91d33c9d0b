package fi.huoltopolku.quality;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the changed groups of the comparison roll-ups soon after a change (by default half a
 * second after the first of a burst), in the background, so the marks a report has to fold in
 * itself ({@link RollupDelta}) are the last moment's few, not the half minute's since the
 * scheduled refresh. A change only asks; it never waits, and nothing it writes depends on this.
 */
@Singleton
class RollupSoon {

    private static final Logger LOG = LoggerFactory.getLogger(RollupSoon.class);

    private final TaskScheduler scheduler;
    // Looked up when first asked: the roll-ups' services are built on the repositories whose
    // changes {@link RollupMarker} (which asks) listens to.
    private final Provider<ComparisonRollups> rollups;
    private final Duration after;
    private final AtomicBoolean asked = new AtomicBoolean();

    RollupSoon(@Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler, Provider<ComparisonRollups> rollups,
            @Value("${huoltopolku.rollups.refresh-after-change:500ms}") Duration after) {
        this.scheduler = scheduler;
        this.rollups = rollups;
        this.after = after;
    }

    /** A change was marked: one rebuild is due after the delay (asks meanwhile join it). */
    void changed() {
        if (!asked.compareAndSet(false, true)) {
            return;
        }
        try {
            scheduler.schedule(after, () -> {
                // Changes marked from here on ask for the next rebuild.
                asked.set(false);
                try {
                    rollups.get().refresh();
                } catch (RuntimeException e) {
                    LOG.info("Roll-ups not rebuilt after a change (the scheduled refresh will): {}", e.toString());
                }
            });
        } catch (RuntimeException e) {
            // The app is stopping (the scheduler refuses): the next start's refresh does it.
            asked.set(false);
            LOG.debug("No rebuild after a change: {}", e.toString());
        }
    }
}
