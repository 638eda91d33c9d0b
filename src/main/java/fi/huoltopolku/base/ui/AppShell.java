package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;

/** The application shell: the Huoltopolku theme and server push for live boards. */
@Push
@Theme("huoltopolku")
public class AppShell implements AppShellConfigurator {
}
