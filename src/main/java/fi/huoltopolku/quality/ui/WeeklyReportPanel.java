package fi.huoltopolku.quality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.quality.WeeklyReportService;
import java.util.Map;

/** The manager's own opt-in to the weekly report by e-mail, and how the latest one went. */
final class WeeklyReportPanel extends Div {

    private final WeeklyReportService weekly;
    private final Messages messages;
    private final EmailField email = new EmailField();
    private final Select<String> language = new Select<>();
    private final Paragraph state = new Paragraph();
    private final Button subscribe = new Button();
    private final Button stop = new Button();

    WeeklyReportPanel(WeeklyReportService weekly, Messages messages) {
        this.weekly = weekly;
        this.messages = messages;
        setId("weekly-report");
        email.setLabel(getTranslation("weeklyReport.email"));
        email.setId("weekly-email");
        email.setWidth("20rem");
        language.setLabel(getTranslation("weeklyReport.language"));
        language.setItems("fi", "en");
        language.setItemLabelGenerator(l -> "fi".equals(l) ? "Suomi" : "English");
        language.setValue("fi".equals(getLocale().getLanguage()) ? "fi" : "en");
        subscribe.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        subscribe.setId("weekly-subscribe");
        subscribe.addClickListener(e -> {
            try {
                weekly.subscribe(email.getValue(), language.getValue());
                email.setInvalid(false);
                Ui.saved("weeklyReport.subscribedNow", email.getValue().trim());
                show();
            } catch (Problem problem) {
                Ui.markInvalid(Map.of("email", email, "language", language), problem, messages);
            }
        });
        stop.setText(getTranslation("weeklyReport.unsubscribe"));
        stop.setId("weekly-stop");
        stop.addClickListener(e -> {
            weekly.unsubscribe();
            Ui.saved("weeklyReport.stopped");
            show();
        });
        HorizontalLayout form = new HorizontalLayout(email, language, subscribe, stop);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        add(new H3(getTranslation("weeklyReport.title")),
                Ui.withClass(new Paragraph(getTranslation("weeklyReport.help")), "text-s", "text-secondary"), form, state);
        show();
    }

    private void show() {
        var mine = weekly.mine();
        subscribe.setText(getTranslation(mine.isPresent() ? "weeklyReport.update" : "weeklyReport.subscribe"));
        stop.setVisible(mine.isPresent());
        mine.ifPresent(m -> {
            email.setValue(m.email());
            language.setValue(m.language());
        });
        String text = mine.map(m -> getTranslation("weeklyReport.subscribed", m.email())).orElse("");
        if (mine.isPresent() && mine.get().latest() != null) {
            String[] latest = mine.get().latest().split(" ", 2);
            text += " " + getTranslation("weeklyReport.latest",
                    fi.huoltopolku.base.Days.shown(java.time.LocalDate.parse(latest[0])),
                    getTranslation("weeklyMail." + latest[1]));
        }
        state.setText(text);
        state.setVisible(!text.isEmpty());
    }
}
