package fi.huoltopolku.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.survey.Invitation;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.QrCode;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** The printable handover sheet: the car, the work, and the survey link as a QR code. */
@Route(value = "handover-sheet", autoLayout = false)
@RolesAllowed({"ADVISOR", "FOREMAN", "MANAGER"})
@Prototype
public class HandoverSheetView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle,
        BeforeEnterObserver {

    private final InvitationService invitations;
    private final VisitOverviewService visits;
    private final Messages messages;
    private final WorkshopClock clock;
    private final Sites sites;
    private String title = "";

    public HandoverSheetView(InvitationService invitations, VisitOverviewService visits, Messages messages,
            WorkshopClock clock, Sites sites) {
        this.invitations = invitations;
        this.visits = visits;
        this.messages = messages;
        this.clock = clock;
        this.sites = sites;
        addClassNames("handover-sheet");
        setMaxWidth("42rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().isEmpty()) {
            event.forwardTo("");
        }
    }

    @Override
    public void setParameter(BeforeEvent event, Long visitId) {
        removeAll();
        try {
            VisitCard card = visits.card(visitId);
            Invitation invitation = invitations.invite(visitId);
            Locale customer = Locale.forLanguageTag(invitation.language());
            long site = visits.visit(visitId).getSiteId();
            String workshop = sites.name(site);
            String contact = sites.contact(site);
            title = card.plate() + " · " + workshop;
            String url = invitations.url(invitation);
            Button print = new Button(getTranslation("sheet.print"), e -> getElement().executeJs("window.print()"));
            print.addClassName("no-print");
            add(print, new H1(workshop), new H2(card.plate() + " · " + card.makeAndModel()),
                    new Paragraph(card.customerName()),
                    new Paragraph(messages.getTranslation("field.requestedWork", customer) + ": " + card.requestedWork()),
                    new Paragraph(messages.getTranslation("sheet.thanks", customer)));
            if (invitation.usedAt() != null) {
                add(new Paragraph(getTranslation("sheet.answered")));
            } else {
                Image qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                        QrCode.svg(url, 200).getBytes(StandardCharsets.UTF_8)), messages.getTranslation("sheet.qrAlt", customer));
                qr.setId("survey-qr");
                qr.setWidth("200px");
                add(qr, Ui.withClass(new Paragraph(url), "text-s", "survey-url"),
                        new Paragraph(messages.getTranslation("sheet.valid", customer,
                                Ui.fullTime(invitation.expiresAt(), clock.zone()))));
            }
            add(Ui.withClass(new Paragraph(contact), "text-s"));
        } catch (Problem problem) {
            add(new H2(messages.text(problem, getLocale())));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
