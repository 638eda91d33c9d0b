package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.CustomerContact;
import fi.huoltopolku.visit.CustomerContacts;
import fi.huoltopolku.visit.Direction;
import fi.huoltopolku.visit.VisitDetails;
import java.util.function.Consumer;

/** The visit page's contacts with the customer: logging one (channel, direction, what was said) and the list. */
public class ContactsSection extends Composite<VerticalLayout> {

    public ContactsSection(VisitDetails details, CustomerContacts customerContacts, WorkshopClock clock,
            Consumer<Runnable> attempt) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(new H2(getTranslation("visit.contacts")));
        Select<ContactChannel> channel = new Select<>();
        channel.setLabel(getTranslation("visit.channel"));
        channel.setItems(ContactChannel.byStaff());
        channel.setItemLabelGenerator(Ui::tr);
        channel.setValue(ContactChannel.PHONE);
        Select<Direction> direction = new Select<>();
        direction.setLabel(getTranslation("visit.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Ui::tr);
        direction.setValue(Direction.OUTBOUND);
        TextArea summary = new TextArea(getTranslation("field.summary"));
        summary.setMaxLength(2000);
        summary.setWidth("28em");
        summary.setId("contact-summary");
        long visitId = details.card().id();
        Button log = new Button(getTranslation("visit.logContact"), e -> attempt.accept(() -> customerContacts.logContact(
                visitId, channel.getValue(), direction.getValue(), summary.getValue(), CurrentUser.actor())));
        log.setId("log-contact");
        HorizontalLayout form = new HorizontalLayout(channel, direction, summary, log);
        form.setAlignItems(Alignment.END);
        form.getStyle().set("flex-wrap", "wrap");
        content.add(form);
        for (CustomerContact contact : details.contacts()) {
            content.add(Ui.withClass(new Paragraph(Ui.time(contact.at(), clock) + " · " + Ui.tr(contact.channel())
                    + " · " + Ui.tr(contact.direction()) + " · " + contact.staffName() + ": " + contact.summary()),
                    "text-s", "contact-entry"));
        }
    }
}
