package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fi.huoltopolku.visit.VisitBroadcaster;

/** Refreshes a screen whenever any visit changes, pushed to the browser while the screen is open. */
final class LiveUpdates {

    private LiveUpdates() {
    }

    static void keepFresh(Component screen, VisitBroadcaster broadcaster, Runnable refresh) {
        screen.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable unregister = broadcaster.register(changed -> ui.access(refresh::run));
            screen.addDetachListener(detach -> {
                unregister.run();
                detach.unregisterListener();
            });
        });
    }
}
