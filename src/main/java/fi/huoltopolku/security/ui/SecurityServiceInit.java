package fi.huoltopolku.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fi.huoltopolku.security.SessionAccessControl;
import jakarta.inject.Singleton;

/**
 * Registers the navigation access control on every UI: views declare who may open them and the
 * rest are denied; someone not signed in is sent to the login view.
 */
@Singleton
public class SecurityServiceInit implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        SessionAccessControl control = new SessionAccessControl();
        control.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(control));
    }
}
