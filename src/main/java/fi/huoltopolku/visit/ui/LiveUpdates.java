package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fi.huoltopolku.visit.VisitBroadcaster;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Refreshes a screen when visits change, pushed to the browser while the screen is open. Changes
 * that arrive while a refresh is waiting for the screen's session are folded into that one refresh.
 * A screen whose browser has stopped sending heartbeats (a tablet asleep, a browser killed, a
 * dropped network) is let go: it is not refreshed again and leaves the broadcaster, so its updates
 * cannot pile up in memory; if the browser comes back, Vaadin reloads the screen.
 */
final class LiveUpdates {

    /** Three missed heartbeats (the servlet's heartbeat interval is a minute). */
    static final Duration GONE_AFTER = Duration.ofMinutes(3);

    private LiveUpdates() {
    }

    static void keepFresh(Component screen, VisitBroadcaster broadcaster, Runnable refresh) {
        screen.addAttachListener(attach -> {
            UI ui = attach.getUI();
            AtomicBoolean queued = new AtomicBoolean();
            Runnable[] unregister = new Runnable[1];
            unregister[0] = broadcaster.register(changed -> {
                if (gone(ui)) {
                    unregister[0].run();
                    return;
                }
                if (queued.compareAndSet(false, true)) {
                    ui.access(() -> {
                        queued.set(false);
                        refresh.run();
                    });
                }
            });
            screen.addDetachListener(detach -> {
                unregister[0].run();
                detach.unregisterListener();
            });
        });
    }

    /** Whether the screen's browser has not been heard of for {@link #GONE_AFTER}. */
    static boolean gone(UI ui) {
        if (ui.isClosing()) {
            return true;
        }
        // Vaadin stamps heartbeats with the machine's time: compared with the same (not workshop time).
        long last = ui.getInternals().getLastHeartbeatTimestamp();
        return last > 0 && System.currentTimeMillis() - last > GONE_AFTER.toMillis();
    }
}
