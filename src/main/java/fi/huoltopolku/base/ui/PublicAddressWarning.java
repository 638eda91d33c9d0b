package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.huoltopolku.base.PublicAddress;

/**
 * On the admin's screens: customers' links and QR codes still point at an address their phones
 * cannot open (the default, or this machine), and how to set the right one. Hidden once it is set,
 * and in demo mode.
 */
public class PublicAddressWarning extends Composite<Div> {

    public PublicAddressWarning(PublicAddress address) {
        Div box = getContent();
        box.setId("public-url-warning");
        box.getElement().setAttribute("role", "alert");
        box.addClassNames("bg-error-10", "border", "border-error", "rounded-m", "px-m", "py-s", "box-border");
        box.setWidthFull();
        box.add(Ui.withClass(new Span(getTranslation("publicUrl.warningTitle", address.url())), "font-semibold"),
                Ui.withClass(new Paragraph(getTranslation("publicUrl.warningText")), "m-0", "text-s"));
        setVisible(address.unreachable());
    }
}
