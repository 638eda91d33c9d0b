package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The start screen: who is using this screen? One tap on a name (big targets for the shared
 * workshop tablet), then on to the person's own screen. Replaced by sign-in in its own issue.
 */
@Route("")
@Prototype
public class StartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PeopleService people;

    public StartView(PeopleService people) {
        this.people = people;
        addClassNames("start-view");
        setMaxWidth("60rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().isPresent()) {
            event.forwardTo(home(CurrentUser.require().role()));
            return;
        }
        removeAll();
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("start.who")));
        List<Person> staff = people.active();
        if (staff.isEmpty()) {
            add(new Paragraph(getTranslation("start.noStaff")));
        }
        Map<Role, List<Person>> byRole = staff.stream().collect(Collectors.groupingBy(Person::role));
        for (Role role : Role.values()) {
            List<Person> ofRole = byRole.getOrDefault(role, List.of());
            if (ofRole.isEmpty()) {
                continue;
            }
            FlexLayout buttons = new FlexLayout();
            buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            buttons.addClassNames("gap-m");
            for (Person person : ofRole) {
                Button pick = new Button(person.fullName(), e -> {
                    CurrentUser.set(person);
                    getUI().ifPresent(ui -> ui.navigate(home(person.role())));
                });
                pick.addThemeVariants(ButtonVariant.LUMO_LARGE);
                pick.addClassNames("touch-target");
                pick.setId("person-" + person.username());
                buttons.add(pick);
            }
            add(new H2(getTranslation(Messages.enumKey(role))), buttons);
        }
    }

    /** The route of a role's own screen. */
    static String home(Role role) {
        return switch (role) {
            case TECHNICIAN, FOREMAN -> "my-jobs";
            case ADVISOR -> "counter";
            default -> "board";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
