package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

@Route("")
@Prototype
public class HelloView extends VerticalLayout {
    public HelloView() {
        add(new H1("Huoltopolku"));
    }
}
