package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.infra.OpenScreens;
import fi.huoltopolku.visit.ChangedVisit;
import fi.huoltopolku.visit.VisitBroadcaster;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Refreshes a screen when visits change, pushed to the browser while the screen is open. Changes
 * that arrive while a refresh is waiting for the screen's session are folded into that one refresh.
 * A screen whose browser has stopped sending heartbeats (a tablet asleep, a browser killed, a
 * dropped network) is let go: it is not refreshed again and leaves the broadcaster, so its updates
 * cannot pile up in memory; if the browser comes back, Vaadin reloads the screen.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /**
     * Hands the screen the visits that changed since its last update, each with its card as read
     * once for every screen (the latest change of a visit when it changed more than once meanwhile).
     */
    public static void keepFresh(Component screen, VisitBroadcaster broadcaster, WorkshopClock clock,
            Consumer<Collection<ChangedVisit>> update) {
        screen.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Map<Long, ChangedVisit> pending = new LinkedHashMap<>();
            Runnable[] unregister = new Runnable[1];
            unregister[0] = broadcaster.register(changed -> {
                if (OpenScreens.gone(ui, clock)) {
                    unregister[0].run();
                    return;
                }
                // One update waits for the screen's session at a time; changes meanwhile join it.
                boolean first;
                synchronized (pending) {
                    first = pending.isEmpty();
                    pending.put(changed.visitId(), changed);
                }
                if (first) {
                    ui.access(() -> {
                        List<ChangedVisit> changes;
                        synchronized (pending) {
                            changes = List.copyOf(pending.values());
                            pending.clear();
                        }
                        if (!changes.isEmpty()) {
                            update.accept(changes);
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
