package fi.huoltopolku.survey.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.survey.Invitation;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.OutboxMessage;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyForm;
import fi.huoltopolku.survey.SurveyResponse;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The visit page's side of the customer: every message sent to them, and once the car is ready the
 * survey invitation and handover sheet, the staff estimate, the answers, and a follow-up call's
 * answers entered by hand.
 */
public class CustomerSaysSection extends Composite<VerticalLayout> {

    private final InvitationService invitations;
    private final SurveyService surveys;
    private final WorkshopClock clock;
    private final Consumer<Runnable> attempt;
    private final Runnable refresh;

    public CustomerSaysSection(VisitCard card, InvitationService invitations, SurveyService surveys, ThemeService themes,
            WorkshopClock clock, Consumer<Runnable> attempt, Runnable refresh) {
        this.invitations = invitations;
        this.surveys = surveys;
        this.clock = clock;
        this.attempt = attempt;
        this.refresh = refresh;
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        // What the customer said and how to reach them is for the roles that deal with customers (the
        // services refuse the rest); a technician sees whether the survey was answered, not the answers.
        boolean customerSide = CurrentUser.has(Role.ADVISOR, Role.FOREMAN, Role.MANAGER);
        // Every message sent to the customer (status messages, approval links, the invitation), at any stage.
        List<OutboxMessage> messages = customerSide ? invitations.outbox(card.id()) : List.of();
        if (!messages.isEmpty()) {
            Details sentList = new Details(getTranslation("visit.messagesSent", messages.size()));
            sentList.setId("messages-sent");
            for (OutboxMessage message : messages) {
                Paragraph line = Ui.withClass(new Paragraph(Ui.time(message.createdAt(), clock) + " · "
                        + Ui.tr(message.channel()) + " → " + message.recipient() + " · "
                        + getTranslation("outbox." + message.status().name()) + ": " + message.body()),
                        "text-s", "m-0", "outbox-entry");
                if (message.detail() != null) {
                    // The sender's own words (a gateway's or mail server's answer) for whoever looks into it.
                    line.getElement().setAttribute("title", message.detail());
                }
                sentList.add(line);
            }
            getContent().add(sentList);
        }
        if (card.stage().ordinal() < Stage.READY.ordinal()) {
            return;
        }
        getContent().add(new H2(getTranslation("visit.customerSays")));
        List<Invitation> sent = invitations.ofVisit(card.id());
        if (!sent.isEmpty()) {
            Invitation latest = sent.get(0);
            Paragraph state = new Paragraph(getTranslation("visit.invitation", Ui.fullTime(latest.expiresAt(), clock.zone()),
                    latest.usedAt() == null ? getTranslation("visit.notAnswered") : getTranslation("visit.answered")));
            state.setId("invitation-state");
            getContent().add(state);
            if (customerSide) {
                // The printed sheet carries the link for the customer to take home.
                Anchor sheet = new Anchor("handover-sheet/" + card.id(), getTranslation("visit.handoverSheet"));
                sheet.setTarget("_blank");
                getContent().add(sheet);
            }
        }
        if (!customerSide) {
            return;
        }
        Integer estimate = surveys.estimateOf(card.id());
        if (estimate != null) {
            getContent().add(Ui.withClass(new Paragraph(getTranslation("visit.estimate", estimate)), "text-s"));
        }
        Map<Long, Theme> themeById = themes.byId();
        for (SurveyResponse response : surveys.responses(card.id())) {
            String ratings = surveys.ratings(response.id()).entrySet().stream()
                    .map(e -> themeById.get(e.getKey()).name(getLocale()) + " " + e.getValue() + "/5")
                    .collect(Collectors.joining(" · "));
            Paragraph answer = new Paragraph(Ui.tr(response.source()) + " · " + Ui.fullTime(response.answeredAt(),
                    clock.zone()) + " · " + getTranslation("field.overall") + " " + response.overall() + "/5"
                    + (response.nps() == null ? "" : " · " + getTranslation("field.nps") + " " + response.nps() + "/10")
                    + (ratings.isEmpty() ? "" : " · " + ratings));
            answer.addClassNames("text-s", "m-0", "survey-answer");
            getContent().add(answer);
            if (response.comment() != null) {
                getContent().add(Ui.withClass(new Paragraph("“" + response.comment() + "”"), "customer-comment", "m-0"));
            }
        }
        followUpCall(card);
    }

    private void followUpCall(VisitCard card) {
        Details entry = new Details(getTranslation("visit.followUpCall"));
        SurveyForm form = surveys.formOf(card.id(), getLocale().getLanguage());
        Select<Integer> overall = scale(getTranslation("field.overall"), 1, 5);
        Select<Integer> nps = scale(getTranslation("field.nps"), 0, 10);
        Map<String, Select<Integer>> ratings = new LinkedHashMap<>();
        HorizontalLayout fields = new HorizontalLayout(overall, nps);
        fields.getStyle().set("flex-wrap", "wrap");
        for (Theme theme : form.themes()) {
            Select<Integer> rating = scale(theme.name(getLocale()), 1, 5);
            ratings.put(theme.code(), rating);
            fields.add(rating);
        }
        TextArea comment = new TextArea(getTranslation("surveyPage.comment"));
        comment.setMaxLength(2000);
        comment.setWidth("28rem");
        Checkbox consent = new Checkbox(getTranslation("surveyPage.consent"));
        Button save = new Button(getTranslation("action.save"), e -> attempt.accept(() -> {
            Map<String, Integer> given = new HashMap<>();
            ratings.forEach((code, select) -> {
                if (select.getValue() != null) {
                    given.put(code, select.getValue());
                }
            });
            surveys.phoneAnswers(card.id(), new SurveyAnswers(overall.getValue(), nps.getValue(), given,
                    comment.getValue(), consent.getValue()), CurrentUser.actor());
            refresh.run();
        }));
        save.setId("save-call");
        entry.add(fields, comment, consent, save);
        getContent().add(entry);
    }

    private static Select<Integer> scale(String label, int from, int to) {
        Select<Integer> select = new Select<>();
        select.setLabel(label);
        select.setItems(IntStream.rangeClosed(from, to).boxed().toList());
        select.setEmptySelectionAllowed(true);
        select.setWidth("9rem");
        return select;
    }
}
