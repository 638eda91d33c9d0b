package fi.huoltopolku.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Value;
import java.util.List;
import java.util.Map;

/**
 * Sign-in: username and password at the counter and in the office; on the shared workshop tablet
 * ({@code login?tablet}) badge number and PIN. The form posts to {@code SignInFilter} as plain HTML,
 * so the session id changes at sign-in. In demo mode the page lists the demo users.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@Prototype
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The demo users (one per role at the first site, and the group's) and their password, also in the README. */
    public static final String DEMO_PASSWORD = "demo-password";
    private static final List<Map.Entry<String, String>> DEMO_USERS = List.of(Map.entry("aino", "role.ADVISOR"),
            Map.entry("juha", "role.TECHNICIAN"), Map.entry("kari", "role.FOREMAN"), Map.entry("leena", "role.MANAGER"),
            Map.entry("ryhma", "login.groupManager"), Map.entry("admin", "role.ADMIN"));
    /** The demo group's other two sites' users, one per role. */
    private static final List<Map.Entry<String, String>> TAMPERE_USERS = List.of(Map.entry("mirja", "role.ADVISOR"),
            Map.entry("tuomas", "role.TECHNICIAN"), Map.entry("sami", "role.FOREMAN"));
    private static final List<Map.Entry<String, String>> TURKU_USERS = List.of(Map.entry("hanna", "role.ADVISOR"),
            Map.entry("kalle", "role.TECHNICIAN"), Map.entry("jukka", "role.FOREMAN"));

    private final boolean demo;
    private final LoginForm form = new LoginForm();

    public LoginView(@Value("${huoltopolku.demo:false}") boolean demo) {
        this.demo = demo;
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassNames("login-view");
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        boolean tablet = query.containsKey("tablet");
        removeAll();
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation(tablet ? "login.tabletTitle" : "login.title"));
        texts.setUsername(getTranslation(tablet ? "login.badge" : "login.username"));
        texts.setPassword(getTranslation(tablet ? "login.pin" : "login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.failedTitle"));
        error.setUsername(getTranslation("login.missing", texts.getUsername()));
        error.setPassword(getTranslation("login.missing", texts.getPassword()));
        List<String> wait = query.getOrDefault("seconds", List.of());
        boolean throttled = query.getOrDefault("error", List.of()).contains("wait") && !wait.isEmpty()
                && wait.get(0).matches("[0-9]{1,6}");
        boolean busy = query.getOrDefault("error", List.of()).contains("busy");
        error.setMessage(throttled ? getTranslation("signIn.wait", Long.parseLong(wait.get(0)))
                : busy ? getTranslation("signIn.busy") : getTranslation("signIn.failed"));
        i18n.setHeader(null);
        form.setI18n(i18n);
        form.setAction(tablet ? "login?pin" : "login");
        form.setError(query.containsKey("error"));
        Anchor other = new Anchor(tablet ? "login" : "login?tablet",
                getTranslation(tablet ? "login.usePassword" : "login.useBadge"));
        other.setId("login-switch");
        add(new H1(getTranslation("app.name")), form, other);
        if (demo) {
            Paragraph note = new Paragraph(getTranslation("login.demo", DEMO_PASSWORD, users(DEMO_USERS), "1001",
                    "1234"));
            note.setId("demo-users");
            Paragraph group = new Paragraph(getTranslation("login.demoSites", users(TAMPERE_USERS),
                    users(TURKU_USERS)));
            group.setId("demo-sites");
            for (Paragraph p : List.of(note, group)) {
                p.setMaxWidth("30rem");
                p.addClassNames("text-s", "text-secondary");
                add(p);
            }
        }
    }

    private String users(List<Map.Entry<String, String>> users) {
        return String.join(", ", users.stream().map(e -> e.getKey() + " (" + getTranslation(e.getValue()) + ")").toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
