package fi.huoltopolku.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.PublicAddress;
import fi.huoltopolku.base.ui.PublicAddressWarning;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.security.AccountService.User;
import fi.huoltopolku.site.Sites;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The admin's list of users: add one (username, name, department, roles, first password), change
 * roles, reset the password, give a technician a badge number and PIN for the tablet, disable or
 * enable. Nobody is deleted: visits and logs refer to them.
 */
@Route("admin/users")
@RolesAllowed("ADMIN")
@Prototype
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final PeopleService people;
    private final Messages messages;
    private final Grid<User> grid = new Grid<>();
    private final Sites sites;

    /** The choice "at the whole group" among a role's sites (no site has the id 0). */
    private static final long GROUP = 0L;

    public UsersView(AccountService accounts, PeopleService people, Messages messages, PublicAddress address,
            Sites sites) {
        this.sites = sites;
        this.accounts = accounts;
        this.people = people;
        this.messages = messages;
        setMaxWidth("80rem");
        Map<Long, Department> departments = people.departmentsById();
        grid.addColumn(u -> u.person().fullName()).setHeader(getTranslation("admin.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(u -> u.person().username()).setHeader(getTranslation("admin.username")).setKey("username")
                .setAutoWidth(true);
        grid.addColumn(u -> departments.get(u.person().departmentId()).name(getLocale()))
                .setHeader(getTranslation("field.department")).setAutoWidth(true);
        grid.addColumn(u -> sites.isGroup() ? grantsText(u)
                        : u.roles().stream().sorted().map(Ui::tr).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.roles")).setKey("roles").setAutoWidth(true);
        grid.addColumn(u -> u.badge() == null ? "" : u.badge()).setHeader(getTranslation("login.badge")).setAutoWidth(true);
        grid.addComponentColumn(u -> u.person().active() ? new Span(getTranslation("admin.active"))
                : Ui.badge(getTranslation("admin.disabled"), "contrast")).setHeader(getTranslation("admin.status"))
                .setKey("status");
        // The four actions wrap onto two lines rather than push the grid wider than the screen.
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("22rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setId("users");
        Button add = new Button(getTranslation("admin.addUser"), e -> addUser());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        add(new H2(getTranslation("nav.users")), new PublicAddressWarning(address), add, grid);
        refresh();
    }

    private Component actions(User user) {
        Button roles = new Button(getTranslation("admin.roles"), e -> editRoles(user));
        roles.setId("roles-" + user.person().username());
        Button password = new Button(getTranslation("admin.resetPassword"), e -> resetPassword(user));
        password.setId("password-" + user.person().username());
        Button pin = new Button(getTranslation("admin.setPin"), e -> setPin(user));
        pin.setId("pin-" + user.person().username());
        Button active = new Button(getTranslation(user.person().active() ? "admin.disable" : "admin.enable"),
                e -> Ui.attempt(messages, () -> accounts.setActive(user.person().id(), !user.person().active(),
                        CurrentUser.actor()), this::refresh));
        active.setId("active-" + user.person().username());
        HorizontalLayout row = new HorizontalLayout(roles, password, pin, active);
        row.setWrap(true);
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        row.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return row;
    }

    private void refresh() {
        grid.setItems(accounts.users());
    }

    private CheckboxGroup<Role> roleChoice(Set<Role> selected) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Ui::tr);
        roles.setValue(selected);
        roles.setId("dialog-roles");
        return roles;
    }

    private void addUser() {
        TextField username = new TextField(getTranslation("admin.username"));
        username.setId("new-username");
        TextField name = new TextField(getTranslation("admin.name"));
        name.setId("new-name");
        Select<Department> department = new Select<>();
        department.setLabel(getTranslation("field.department"));
        department.setItems(people.departments());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setValue(people.departments().get(0));
        CheckboxGroup<Role> roles = roleChoice(EnumSet.noneOf(Role.class));
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setHelperText(getTranslation("account.passwordRule", AccountService.MIN_PASSWORD_LENGTH));
        password.setId("new-password");
        FormLayout form = new FormLayout(username, name, department, password, roles);
        dialog(getTranslation("admin.addUser"), form, Map.of("username", username, "fullName", name,
                "password", password, "roles", roles), () -> accounts.create(username.getValue(), name.getValue(),
                department.getValue().code(), roles.getValue(), password.getValue(), CurrentUser.actor()));
    }

    private void editRoles(User user) {
        if (sites.isGroup()) {
            editGrants(user);
            return;
        }
        CheckboxGroup<Role> roles = roleChoice(user.roles());
        dialog(user.person().fullName(), roles, Map.of("roles", roles),
                () -> accounts.setRoles(user.person().id(), roles.getValue(), CurrentUser.actor()));
    }

    /** A group's roles: each role at the sites chosen, or at the whole group (the admin at the group only). */
    private void editGrants(User user) {
        Set<AccountService.Grant> held = accounts.grantsOf(user.person().id());
        VerticalLayout grid = new VerticalLayout();
        grid.setPadding(false);
        grid.setId("dialog-grants");
        Map<Role, CheckboxGroup<Long>> rows = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            CheckboxGroup<Long> places = new CheckboxGroup<>(Ui.tr(role));
            List<Long> items = new ArrayList<>();
            items.add(GROUP);
            if (role != Role.ADMIN) {
                sites.all().forEach(site -> items.add(site.siteId()));
            }
            places.setItems(items);
            places.setItemLabelGenerator(id -> id == GROUP ? getTranslation("admin.wholeGroup") : sites.name(id));
            places.setValue(held.stream().filter(g -> g.role() == role)
                    .map(g -> g.siteId() == null ? GROUP : g.siteId()).collect(Collectors.toSet()));
            places.setId("grants-" + role.name().toLowerCase(Locale.ROOT));
            rows.put(role, places);
            grid.add(places);
        }
        dialog(user.person().fullName(), grid, Map.of("roles", rows.get(Role.ADVISOR)), () -> {
            Set<AccountService.Grant> granted = new HashSet<>();
            rows.forEach((role, places) -> places.getValue().forEach(place ->
                    granted.add(new AccountService.Grant(role, place == GROUP ? null : place))));
            accounts.setGrants(user.person().id(), granted, CurrentUser.actor());
        });
    }

    /** Where a group's person holds their roles: "Advisor (Espoo), Manager (whole group)". */
    private String grantsText(User user) {
        return accounts.grantsOf(user.person().id()).stream()
                .sorted(Comparator.comparing((AccountService.Grant g) -> g.role())
                        .thenComparing(g -> g.siteId() == null ? GROUP : g.siteId()))
                .map(g -> Ui.tr(g.role()) + " (" + (g.siteId() == null ? getTranslation("admin.wholeGroup")
                        : sites.name(g.siteId())) + ")")
                .collect(Collectors.joining(", "));
    }

    private void resetPassword(User user) {
        PasswordField password = new PasswordField(getTranslation("admin.newPassword"));
        password.setHelperText(getTranslation("account.passwordRule", AccountService.MIN_PASSWORD_LENGTH));
        password.setId("dialog-password");
        dialog(user.person().fullName(), password, Map.of("password", password),
                () -> accounts.setPassword(user.person().id(), password.getValue(), CurrentUser.actor()));
    }

    private void setPin(User user) {
        TextField badge = new TextField(getTranslation("login.badge"));
        badge.setValue(user.badge() == null ? "" : user.badge());
        badge.setId("dialog-badge");
        PasswordField pin = new PasswordField(getTranslation("login.pin"));
        pin.setHelperText(getTranslation("account.pinRule"));
        pin.setId("dialog-pin");
        dialog(user.person().fullName(), new FormLayout(badge, pin), Map.of("badge", badge, "pin", pin),
                () -> accounts.setPin(user.person().id(), badge.getValue(), pin.getValue(), CurrentUser.actor()));
    }

    /** A dialog whose save runs the change; a refusal marks the field it names and keeps the input. */
    private void dialog(String title, Component content, Map<String, HasValidation> fields, Runnable save) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setMaxWidth("40rem");
        dialog.add(content);
        Button ok = new Button(getTranslation("action.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                save.run();
                dialog.close();
                Ui.saved("admin.saved");
                refresh();
            } catch (Problem problem) {
                // Every field the problem names is marked, each with its reason.
                if (!Ui.markInvalid(fields, problem, messages)) {
                    Ui.show(problem, messages);
                }
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("dialog-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
