package fi.huoltopolku.quality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.huoltopolku.base.Days;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.quality.WeeklyReportService;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;

/**
 * The manager's own opt-in to the weekly report by e-mail, how the latest one went, and that last
 * mail itself to open: its subject and body as sent and its PDF.
 */
final class WeeklyReportPanel extends Div {

    private final WeeklyReportService weekly;
    private final Messages messages;
    private final EmailField email = new EmailField();
    private final Select<String> language = new Select<>();
    private final Paragraph state = new Paragraph();
    private final Button subscribe = new Button();
    private final Button stop = new Button();
    private final Button openLast = new Button();

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
        openLast.setText(getTranslation("weeklyReport.openLast"));
        openLast.setId("weekly-open-last");
        openLast.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        openLast.addClickListener(e -> weekly.lastMail().ifPresent(this::openLast));
        HorizontalLayout form = new HorizontalLayout(email, language, subscribe, stop, openLast);
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
                    Days.shown(LocalDate.parse(latest[0])),
                    getTranslation("weeklyMail." + latest[1]));
        }
        state.setText(text);
        state.setVisible(!text.isEmpty());
        openLast.setVisible(weekly.lastMail().isPresent());
    }

    /** The last weekly mail as it was sent: subject, body and its PDF to open. */
    private void openLast(WeeklyReportService.LastMail mail) {
        Dialog dialog = new Dialog();
        dialog.setId("weekly-last-mail");
        dialog.setHeaderTitle(getTranslation("weeklyReport.lastTitle", Days.shown(mail.weekStart()),
                getTranslation("weeklyMail." + mail.status())));
        dialog.setWidth("min(44rem, 96vw)");
        Paragraph subject = Ui.withClass(new Paragraph(mail.subject()), "font-semibold", "weekly-last-subject");
        Paragraph body = Ui.withClass(new Paragraph(mail.body()), "weekly-last-body");
        body.getStyle().set("white-space", "pre-line");
        byte[] pdf = mail.pdf();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(pdf), mail.fileName(), "application/pdf", pdf.length)),
                getTranslation("weeklyReport.lastPdf"));
        download.setId("weekly-last-pdf");
        download.setRouterIgnore(true);
        download.getElement().setAttribute("target", "_blank");
        dialog.add(subject, body, download);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
