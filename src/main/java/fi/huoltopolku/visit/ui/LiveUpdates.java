package fi.huoltopolku.visit.ui;

import fi.huoltopolku.infra.OpenScreens;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.visit.VisitBroadcaster;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Refreshes a screen when visits change, pushed to the browser while the screen is open. Changes
 * that arrive while a refresh is waiting for the screen's session are folded into that one refresh.
 * A screen whose browser has stopped sending heartbeats (a tablet asleep, a browser killed, a
 * dropped network) is let go: it is not refreshed again and leaves the broadcaster, so its updates
 * cannot pile up in memory; if the browser comes back, Vaadin reloads the screen.
 */
final class LiveUpdates {

    private LiveUpdates() {
    }

    /** Refreshes the whole screen on changes. */
    static void keepFresh(Component screen, VisitBroadcaster broadcaster, WorkshopClock clock, Runnable refresh) {
        keepFresh(screen, broadcaster, clock, changed -> refresh.run());
    }

    /** Hands the screen the ids of the visits that changed since its last update. */
    static void keepFresh(Component screen, VisitBroadcaster broadcaster, WorkshopClock clock,
            Consumer<Set<Long>> update) {
        screen.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Set<Long> pending = ConcurrentHashMap.newKeySet();
            AtomicBoolean scheduled = new AtomicBoolean();
            Runnable[] unregister = new Runnable[1];
            unregister[0] = broadcaster.register(changed -> {
                if (OpenScreens.gone(ui, clock)) {
                    unregister[0].run();
                    return;
                }
                // One update waits for the screen's session at a time; changes meanwhile join it. The
                // flag is cleared before the ids are taken, so a change arriving during an update
                // schedules the next one.
                pending.add(changed.visitId());
                if (scheduled.compareAndSet(false, true)) {
                    ui.access(() -> {
                        scheduled.set(false);
                        Set<Long> ids = new HashSet<>(pending);
                        pending.removeAll(ids);
                        if (!ids.isEmpty()) {
                            update.accept(ids);
                        }
                    });
                }
            });
            screen.addDetachListener(detach -> {
                unregister[0].run();
                detach.unregisterListener();
            });
        });
    }
}
