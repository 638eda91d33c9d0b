package fi.huoltopolku.desk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.site.Sites;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The frame of every staff screen: the navigation of the signed-in person's roles, who is signed
 * in, signing out (switching technician on a tablet), and the language. Screens of other roles are
 * not in the menu (and refused if opened by address). Every staff route gets it by {@code @Layout}, so the
 * features' screens do not name it; the sign-in page and the printable sheet opt out.
 */
@Layout
@PermitAll
@Prototype
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final Sites sites;

    public MainLayout(Sites sites) {
        this.sites = sites;
        setPrimarySection(Section.DRAWER);
        Span title = Ui.withClass(new Span(getTranslation("app.name")), "text-l", "font-bold", "px-m", "py-s");
        addToDrawer(title, navigation());

        Span who = Ui.withClass(new Span(CurrentUser.get()
                .map(p -> p.fullName() + " · " + CurrentUser.roles().stream().sorted()
                        .map(r -> getTranslation(Messages.enumKey(r))).collect(Collectors.joining(", ")))
                .orElse("")),
                "text-s", "text-secondary");
        who.setId("acting-person");
        // A PIN session (shared tablet) goes back to the badge and PIN form for the next technician.
        boolean tablet = CurrentUser.has(Role.TECHNICIAN) && !CurrentUser.has(Role.ADVISOR, Role.MANAGER, Role.ADMIN);
        Button switchPerson = new Button(getTranslation(tablet ? "layout.switchPerson" : "layout.signOut"),
                VaadinIcon.SIGN_OUT.create(), e -> signOut(tablet));
        switchPerson.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        switchPerson.setId("switch-person");

        Select<Locale> language = new Select<>();
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(l -> "fi".equals(l.getLanguage()) ? "Suomi" : "English");
        language.setValue("fi".equals(getLocale().getLanguage()) ? Messages.FINNISH : Locale.ENGLISH);
        language.setAriaLabel(getTranslation("layout.language"));
        language.setId("language");
        language.setWidth("8em");
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        // The page's language, so the browser hyphenates Finnish words at their syllables (and reads them aloud right).
        addAttachListener(e -> e.getUI().getPage().executeJs("document.documentElement.lang = $0",
                getLocale().getLanguage()));

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), who, switchPerson, language);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        bar.setWidthFull();
        bar.addClassNames("pe-m");
        addToNavbar(bar);
    }

    /** Signing out is a POST (a link elsewhere cannot sign anyone out). */
    private static void signOut(boolean tablet) {
        UI.getCurrent().getPage().executeJs("const f = document.createElement('form'); f.method = 'post';"
                + " f.action = $0; document.body.appendChild(f); f.submit();", tablet ? "logout?tablet" : "logout");
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        if (CurrentUser.has(Role.ADVISOR, Role.FOREMAN, Role.MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.counter"), "counter", VaadinIcon.DESKTOP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.calendar"), "calendar", VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.inbox"), "inbox", VaadinIcon.INBOX.create()));
        }
        if (CurrentUser.has(Role.TECHNICIAN, Role.FOREMAN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.myJobs"), "my-jobs", VaadinIcon.WRENCH.create()));
        }
        if (CurrentUser.has(Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.board"), "board", VaadinIcon.GRID_BIG.create()));
        }
        if (CurrentUser.has(Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.myFeedback"), "my-feedback", VaadinIcon.COMMENT_ELLIPSIS.create()));
        }
        if (CurrentUser.has(Role.FOREMAN, Role.MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.workshopTests"), "workshop-tests",
                    VaadinIcon.CLIPBOARD_CHECK.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.improvements"), "improvements", VaadinIcon.TRENDING_UP.create()));
        }
        if (CurrentUser.has(Role.MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.quality"), "quality", VaadinIcon.SCALE.create()));
            if (sites.isGroup()) {
                nav.addItem(new SideNavItem(getTranslation("nav.group"), "quality/group", VaadinIcon.SITEMAP.create()));
            }
            nav.addItem(new SideNavItem(getTranslation("nav.checkItems"), "check-items", VaadinIcon.LIST_OL.create()));
        }
        if (CurrentUser.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), "admin/users", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.sites"), "admin/sites", VaadinIcon.BUILDING.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.tokens"), "admin/tokens", VaadinIcon.KEY.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.customerData"), "admin/customers", VaadinIcon.USER_CARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.securityLog"), "admin/log", VaadinIcon.LIST.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.backups"), "admin/backups", VaadinIcon.ARCHIVE.create()));
        }
        return nav;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Access is checked by the navigation access control (see SecurityServiceInit).
    }
}
