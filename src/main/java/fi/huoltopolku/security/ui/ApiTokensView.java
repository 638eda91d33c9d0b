package fi.huoltopolku.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ApiToken;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.Sites;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * Integrations' API tokens: create one for a role (the token is shown once, then only its first
 * characters), see when each was last used, revoke.
 */
@Route("admin/tokens")
@RolesAllowed("ADMIN")
@Prototype
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Messages messages;
    private final Grid<ApiToken> grid = new Grid<>();

    /** The choice "the whole group" among the sites (no site has the id 0). */
    private static final long GROUP = 0L;

    public ApiTokensView(ApiTokenService tokens, Messages messages, WorkshopClock clock, Sites sites) {
        this.tokens = tokens;
        this.messages = messages;
        setMaxWidth("80rem");
        TextField name = new TextField(getTranslation("token.name"));
        name.setId("token-name");
        name.setPlaceholder(getTranslation("token.namePlaceholder"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("token.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(Ui::tr);
        role.setValue(Role.MANAGER);
        role.setId("token-role");
        // A group's token belongs to one site or to the whole group (0); a one-site install shows no picker.
        Select<Long> site = new Select<>();
        site.setLabel(getTranslation("admin.tokenSite"));
        List<Long> places = new ArrayList<>(List.of(GROUP));
        sites.all().forEach(s -> places.add(s.siteId()));
        site.setItems(places);
        site.setItemLabelGenerator(id -> id == GROUP ? getTranslation("admin.wholeGroup") : sites.name(id));
        site.setValue(Site.FIRST);
        site.setId("token-site");
        site.setVisible(sites.isGroup());
        Button create = new Button(getTranslation("token.create"), e -> {
            name.setInvalid(false);
            try {
                ApiTokenService.Created created = tokens.create(name.getValue(), role.getValue(),
                        site.getValue() == GROUP ? null : site.getValue(), CurrentUser.actor());
                name.clear();
                show(created);
                refresh();
            } catch (Problem problem) {
                name.setErrorMessage(messages.reason(problem, Ui.locale()));
                name.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("token-create");
        HorizontalLayout form = new HorizontalLayout(name, role, site, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(ApiToken::name).setHeader(getTranslation("token.name")).setAutoWidth(true);
        grid.addColumn(t -> Ui.tr(t.role())).setHeader(getTranslation("token.role"));
        grid.addColumn(t -> t.siteId() == null ? getTranslation("admin.wholeGroup") : sites.name(t.siteId()))
                .setHeader(getTranslation("admin.tokenSite")).setKey("site").setVisible(sites.isGroup());
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("token.prefix"));
        grid.addColumn(t -> Ui.fullTime(t.createdAt(), clock.zone()) + " · " + StoredText.read(t.createdBy(), getLocale()))
                .setHeader(getTranslation("token.created")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("token.neverUsed")
                : Ui.fullTime(t.lastUsedAt(), clock.zone())).setHeader(getTranslation("token.lastUsed")).setKey("lastUsed");
        grid.addComponentColumn(t -> {
            if (!t.active()) {
                return Ui.badge(getTranslation("token.revoked"), "contrast");
            }
            Button revoke = new Button(getTranslation("token.revoke"),
                    e -> Ui.attempt(messages, () -> tokens.revoke(t.id(), CurrentUser.actor()), this::refresh));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setId("revoke-" + t.id());
            return revoke;
        }).setKey("status");
        grid.setAllRowsVisible(true);
        grid.setId("tokens");
        add(new H2(getTranslation("nav.tokens")), new Paragraph(getTranslation("token.help")), form, grid);
        refresh();
    }

    private void show(ApiTokenService.Created created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("token.createdTitle", created.token().name()));
        TextField secret = new TextField(getTranslation("token.secret"));
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidth("36rem");
        secret.setId("token-secret");
        dialog.add(new Paragraph(getTranslation("token.showOnce")), secret);
        Button done = new Button(getTranslation("action.close"), e -> dialog.close());
        done.setId("token-done");
        dialog.getFooter().add(done);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tokens");
    }
}
