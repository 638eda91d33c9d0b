package fi.huoltopolku.infra;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import fi.huoltopolku.base.WorkshopClock;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets go of screens whose browser has gone away (a tablet asleep, a browser killed, a dropped
 * network) within a few minutes, without waiting for another request of the same session, which
 * may never come: every minute each open session's screens that have not sent a heartbeat for
 * {@link #GONE_AFTER} are closed and removed, so their components, and their places in the live
 * updates, are freed. The session itself stays (a tablet that wakes up is still signed in, and
 * Vaadin reloads its screen); it ends at its idle timeout. Counts the open screens for the metrics
 * as Vaadin opens and removes them, where it holds the session's lock, so a scrape reads a number
 * without touching any session.
 */
@Singleton
public class OpenScreens {

    private static final Logger LOG = LoggerFactory.getLogger(OpenScreens.class);

    /** Three missed heartbeats (the servlet's heartbeat interval is a minute). */
    public static final Duration GONE_AFTER = Duration.ofMinutes(3);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger screens = new AtomicInteger();
    private final WorkshopClock clock;

    OpenScreens(WorkshopClock clock) {
        this.clock = clock;
    }

    /** Keeps track of the sessions and screens the service opens and ends. */
    public void watch(VaadinService service) {
        service.addSessionInitListener(event -> sessions.add(event.getSession()));
        service.addSessionDestroyListener(event -> sessions.remove(event.getSession()));
        service.addUIInitListener(event -> {
            screens.incrementAndGet();
            // A screen is detached once, when its session removes it (closed, gone or session ended).
            event.getUI().addDetachListener(detached -> screens.decrementAndGet());
        });
    }

    /** Sessions open now. */
    public int sessions() {
        return sessions.size();
    }

    /** Screens open now, in all sessions; read without any session's lock. */
    public int screens() {
        return screens.get();
    }

    /** Whether the screen is closing or its browser has not been heard of for {@link #GONE_AFTER}. */
    public static boolean gone(UI ui, WorkshopClock clock) {
        if (ui.isClosing()) {
            return true;
        }
        long last = ui.getInternals().getLastHeartbeatTimestamp();
        return last > 0 && clock.now().toEpochMilli() - last > GONE_AFTER.toMillis();
    }

    /**
     * Closes and removes the screens whose browser has gone. Each session is handled under its own
     * lock, queued with {@code access} when a request holds it, so no request waits for this.
     */
    @Scheduled(fixedDelay = "${huoltopolku.screens.sweep-every:1m}", initialDelay = "1m")
    public void letGoOfVanished() {
        for (VaadinSession session : List.copyOf(sessions)) {
            session.access(() -> {
                for (UI ui : List.copyOf(session.getUIs())) {
                    if (gone(ui, clock)) {
                        LOG.debug("Screen {} of a browser not heard of since {} let go", ui.getUIId(),
                                ui.getInternals().getLastHeartbeatTimestamp());
                        // As Vaadin's own clean-up at a request: with the screen as the current UI.
                        ui.accessSynchronously(() -> {
                            ui.close();
                            session.removeUI(ui);
                        });
                    }
                }
            });
        }
    }
}
