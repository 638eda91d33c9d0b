package fi.huoltopolku.survey;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.customer.Customer;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitHandedOver;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Survey invitations: one open invitation per visit, created at handover. Its token is 256 random
 * bits from a secure source, single use, expiring (30 days by default). Messages go through the
 * {@link MessageSender} unless the customer declined contact; the invitation still prints.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class InvitationService {

    private final InvitationRepository invitations;
    private final OutboxRepository outbox;
    private final Outbox messagesOut;
    private final VisitOverviewService visits;
    private final CustomerService customers;
    private final Messages messages;
    private final WorkshopClock clock;
    private final Duration validFor;
    private final Sites sites;

    InvitationService(InvitationRepository invitations, OutboxRepository outbox, Outbox messagesOut,
            VisitOverviewService visits, CustomerService customers, Messages messages, WorkshopClock clock,
            @Value("${huoltopolku.survey.valid-days:30}") int validDays,
            Sites sites) {
        this.invitations = invitations;
        this.outbox = outbox;
        this.messagesOut = messagesOut;
        this.visits = visits;
        this.customers = customers;
        this.messages = messages;
        this.clock = clock;
        this.validFor = Duration.ofDays(validDays);
        this.sites = sites;
    }

    /** The visit is handed over: invite the customer. */
    @EventListener
    void onHandover(VisitHandedOver handedOver) {
        invite(handedOver.visitId());
    }

    /**
     * The visit's invitation: the open or already answered one, or a new one when there is none or
     * the last expired unanswered (sent to the customer unless they declined contact). Calling again
     * returns the same invitation; a visit is never answered twice.
     */
    @Transactional
    public Invitation invite(long visitId) {
        VisitCard card = visits.card(visitId);
        if (card.stage().ordinal() < Stage.READY.ordinal()) {
            throw Problem.refused("survey.notHandedOver");
        }
        Optional<Invitation> latest = invitations.findByVisitIdOrderByCreatedAtDesc(visitId).stream().findFirst();
        if (latest.isPresent() && (latest.get().usedAt() != null || latest.get().open(clock.now()))) {
            return latest.get();
        }
        Customer customer = customers.customer(card.customerId());
        Invitation invitation = invitations.save(new Invitation(null, visitId, Outbox.newToken(), customer.language(),
                clock.now(), clock.now().plus(validFor), null, null));
        if (!customer.contactDeclined()) {
            Locale locale = Locale.forLanguageTag(customer.language());
            String workshopName = sites.senderName(visits.visit(visitId).getSiteId());
            String subject = messages.getTranslation("survey.messageSubject", locale, workshopName);
            String body = messages.getTranslation("survey.messageBody", locale, customer.name(), card.plate(),
                    url(invitation), workshopName);
            if (card.customerEmail() != null) {
                record(visitId, card.customerEmail(), MessageChannel.EMAIL, subject, body);
            }
            if (card.customerPhone() != null) {
                record(visitId, card.customerPhone(), MessageChannel.SMS, subject,
                        messages.getTranslation("survey.messageSms", locale, workshopName, url(invitation)));
            }
        }
        return invitation;
    }

    public String url(Invitation invitation) {
        return sites.link(visits.visit(invitation.visitId()).getSiteId(), "/survey/" + invitation.token());
    }

    @Transactional
    public List<Invitation> ofVisit(long visitId) {
        return invitations.findByVisitIdOrderByCreatedAtDesc(visitId);
    }

    /**
     * The messages sent to the visit's customer, as staff read them: to whom, how, when and what
     * became of them, their links masked (the stored message keeps the link for sending). Only for
     * the roles that deal with customers: a technician's work needs none of it.
     */
    @Transactional
    @Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
    public List<OutboxMessage> outbox(long visitId) {
        return outbox.findByVisitIdOrderByCreatedAtDesc(visitId).stream()
                .map(m -> new OutboxMessage(m.id(), m.visitId(), m.recipient(), m.channel(), Links.masked(m.subject()),
                        Links.masked(m.body()), m.createdAt(), m.status(), Links.masked(m.detail())))
                .toList();
    }

    @Transactional
    public Optional<Invitation> byToken(String token) {
        return token.length() > 64 ? Optional.empty() : invitations.findByToken(token);
    }

    @Transactional
    void markUsed(Invitation invitation) {
        invitations.update(invitation.used(clock.now()));
    }

    private void record(long visitId, String to, MessageChannel channel, String subject, String body) {
        messagesOut.send(visitId, to, channel, subject, body);
    }
}
