package fi.huoltopolku.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.customer.Phones;
import fi.huoltopolku.customer.VehicleMatch;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.privacy.CustomerDataService;
import fi.huoltopolku.security.ui.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A customer's data request: find the customer, download everything about them as JSON, or erase
 * their personal data after a confirmation (visits, answers and ratings stay for the statistics).
 */
@Route("admin/customers")
@RolesAllowed("ADMIN")
@Prototype
public class CustomerDataView extends VerticalLayout implements HasDynamicTitle {

    private final CustomerDataService data;
    private final Messages messages;
    private final Grid<VehicleMatch> grid = new Grid<>();
    private final TextField search = new TextField();

    public CustomerDataView(CustomerDataService data, Messages messages) {
        this.data = data;
        this.messages = messages;
        setMaxWidth("70rem");
        search.setLabel(getTranslation("privacy.search"));
        search.setPlaceholder(getTranslation("privacy.searchPlaceholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.setId("privacy-search");
        search.addValueChangeListener(e -> refresh());
        grid.addColumn(VehicleMatch::plate).setHeader(getTranslation("field.vehicle.plate")).setKey("plate");
        grid.addColumn(VehicleMatch::customerName).setHeader(getTranslation("field.customer.name")).setKey("name")
                .setAutoWidth(true);
        grid.addColumn(m -> Phones.shown(m.phone())).setHeader(getTranslation("field.customer.phone"));
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("privacy-customers");
        add(new H2(getTranslation("nav.customerData")), new Paragraph(getTranslation("privacy.help")), search, grid);
    }

    private HorizontalLayout actions(VehicleMatch match) {
        Actor actor = CurrentUser.actor();
        Anchor export = new Anchor(new StreamResource("customer-" + match.customerId() + ".json",
                () -> new ByteArrayInputStream(data.export(match.customerId(), actor).getBytes(StandardCharsets.UTF_8))),
                getTranslation("privacy.export"));
        export.getElement().setAttribute("download", true);
        export.setId("export-" + match.customerId());
        Button erase = new Button(getTranslation("privacy.erase"), e -> confirmErase(match));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        erase.setId("erase-" + match.customerId());
        HorizontalLayout row = new HorizontalLayout(export, erase);
        row.setAlignItems(Alignment.CENTER);
        return row;
    }

    private void confirmErase(VehicleMatch match) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("privacy.eraseTitle", match.customerName()));
        dialog.add(new Paragraph(getTranslation("privacy.eraseHelp")));
        Button confirm = new Button(getTranslation("privacy.eraseConfirm"), e -> {
            dialog.close();
            Ui.attempt(messages, () -> {
                data.erase(match.customerId(), CurrentUser.actor());
                Ui.saved("privacy.erased");
            }, this::refresh);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("erase-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        String text = search.getValue().trim();
        grid.setItems(text.length() < 2 ? List.of() : data.search(text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customerData");
    }
}
