package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected error in a screen is logged for operations and shown to the person as a plain
 * message in their language, never as a stack trace. Expected refusals are handled by the views.
 */
@Singleton
public class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            LOG.error("Unexpected error in a screen", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification n = Notification.show(ui.getTranslation("error.unexpected"), 8000,
                        Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
