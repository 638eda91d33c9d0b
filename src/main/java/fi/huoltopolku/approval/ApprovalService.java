package fi.huoltopolku.approval;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.customer.Customer;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.customer.MessagesBy;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.survey.MessageChannel;
import fi.huoltopolku.survey.Outbox;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.CustomerContacts;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.Direction;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.ExtraWorkPhoto;
import fi.huoltopolku.visit.ExtraWorkPhotos;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Extra work approved from the customer's phone. The advisor sends the car's waiting lines (with
 * optional price estimates) as a link through the outbox, like the survey's: 256 random bits,
 * single use, expiring (48 hours by default). The customer approves or declines each line on a
 * light page without an account; each decision is recorded on its line as the customer's, through
 * the link, with the time; the last one lifts the car's "waiting for approval" hold.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
public class ApprovalService {

    /** Why a link no longer (or never) opens the page. */
    public enum Closed { UNKNOWN, EXPIRED, USED }

    /** A token that opens no page, and why. */
    public static final class ClosedLink extends RuntimeException {
        private final Closed reason;

        ClosedLink(Closed reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Closed reason() {
            return reason;
        }
    }

    /** What the customer's page shows: the car and each line asked about, with its price estimate. */
    public record ApprovalForm(String plate, String car, String customerName, String language, List<ExtraWork> lines,
            Map<Long, List<Long>> photoIds, long siteId) {
    }

    private final ApprovalRepositories.Requests requests;
    private final ApprovalRepositories.Lines lines;
    private final ExtraWorkPhotos photos;
    private final ExtraWorkService extraWork;
    private final CustomerContacts contacts;
    private final VisitOverviewService overview;
    private final CustomerService customers;
    private final Outbox outbox;
    private final Messages messages;
    private final WorkshopClock clock;
    private final Duration validFor;
    private final Sites sites;

    ApprovalService(ApprovalRepositories.Requests requests, ApprovalRepositories.Lines lines,
            ExtraWorkService extraWork, CustomerContacts contacts,
            VisitOverviewService overview, CustomerService customers, Outbox outbox, Messages messages,
            WorkshopClock clock, ExtraWorkPhotos photos, @Value("${huoltopolku.approval.valid-hours:48}") int validHours,
            Sites sites) {
        this.photos = photos;
        this.requests = requests;
        this.lines = lines;
        this.extraWork = extraWork;
        this.contacts = contacts;
        this.overview = overview;
        this.customers = customers;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.validFor = Duration.ofHours(validHours);
        this.sites = sites;
    }

    /**
     * Sends the car's waiting lines to the customer (SMS and e-mail, whichever they have), each with
     * its price estimate from {@code prices} (by line id; none leaves it without). Refused when no
     * line waits or the customer has neither a phone nor an e-mail address.
     */
    @Transactional
    public ApprovalRequest send(long visitId, Map<Long, BigDecimal> prices, Actor actor) {
        VisitCard card = overview.card(visitId);
        List<ExtraWork> waiting = extraWork.awaitingAnswer(visitId);
        if (waiting.isEmpty()) {
            throw Problem.refused("approval.nothingWaiting", card.plate());
        }
        if (card.customerPhone() == null && card.customerEmail() == null) {
            throw Problem.refused("approval.noContact", card.customerName());
        }
        Validation check = new Validation();
        for (ExtraWork line : waiting) {
            check.run(() -> extraWork.estimateExtraWork(line.id(), prices.get(line.id()), actor));
        }
        check.done();
        Customer customer = customers.customer(card.customerId());
        ApprovalRequest request = requests.save(new ApprovalRequest(null, visitId, Outbox.newToken(),
                customer.language(), clock.now(), actor.name(), clock.now().plus(validFor), null, null));
        waiting.forEach(line -> lines.save(new ApprovalRequestLine(null, request.id(), line.id())));
        Locale locale = Locale.forLanguageTag(customer.language());
        String workshopName = sites.senderName(overview.visit(card.id()).getSiteId());
        String subject = messages.getTranslation("approval.messageSubject", locale, workshopName, card.plate());
        String what = waiting.stream().map(l -> "- " + l.what().in(locale)).collect(Collectors.joining("\n"));
        // By the channel the customer chose; with no choice, by every channel they have.
        boolean email = card.customerEmail() != null && customer.messagesBy() != MessagesBy.SMS;
        boolean sms = card.customerPhone() != null && customer.messagesBy() != MessagesBy.EMAIL;
        if (email) {
            outbox.send(visitId, card.customerEmail(), MessageChannel.EMAIL, subject, messages.getTranslation(
                    "approval.messageBody", locale, customer.name(), card.plate(), what, url(request), workshopName,
                    validFor.toHours()));
        }
        if (sms) {
            outbox.send(visitId, card.customerPhone(), MessageChannel.SMS, subject, messages.getTranslation(
                    "approval.messageSms", locale, workshopName, card.plate(), url(request)));
        }
        contacts.recordLink(visitId, Direction.OUTBOUND, StoredText.of(email && sms ? "approval.linkSentBoth"
                : email ? "approval.linkSentEmail" : "approval.linkSentSms", waiting.size()), actor);
        return request;
    }

    /** The language the customer of a visit reads their messages and the approval page in. */
    @Transactional
    public Locale customerLocale(long visitId) {
        return Locale.forLanguageTag(customers.customer(overview.card(visitId).customerId()).language());
    }

    public String url(ApprovalRequest request) {
        return sites.link(overview.visit(request.visitId()).getSiteId(), "/approve/" + request.token());
    }

    /** The links sent for a visit, newest first. */
    @Transactional
    public List<ApprovalRequest> ofVisit(long visitId) {
        return requests.findByVisitIdOrderByCreatedAtDesc(visitId);
    }

    /** The page behind a token; {@link ClosedLink} when unknown, expired or already answered. */
    @Transactional
    @Allowed(anonymous = true)
    public ApprovalForm form(String token) {
        ApprovalRequest request = open(token);
        VisitCard card = overview.card(request.visitId());
        List<ExtraWork> asked = asked(request);
        Map<Long, List<Long>> photoIds = photos.of(asked.stream().map(ExtraWork::id).toList()).stream()
                .collect(Collectors.groupingBy(ExtraWorkPhoto.Info::extraWorkId,
                        Collectors.mapping(ExtraWorkPhoto.Info::id, Collectors.toList())));
        return new ApprovalForm(card.plate(), card.makeAndModel(), card.customerName(), request.language(), asked,
                photoIds, overview.visit(request.visitId()).getSiteId());
    }

    /** A photo of a line this open link asks about; nothing for any other photo. */
    @Transactional
    @Allowed(anonymous = true)
    public Optional<ExtraWorkPhoto> photo(String token, long photoId) {
        ApprovalRequest request = open(token);
        Set<Long> asked = asked(request).stream().map(ExtraWork::id).collect(Collectors.toSet());
        return photos.photo(photoId).filter(p -> asked.contains(p.extraWorkId()));
    }

    /**
     * The customer's answers: a decision (approve or decline) for every line asked about, by line
     * id; every line left without one is named at once. A line staff decided meanwhile (the customer
     * called) keeps that decision. The link is used up.
     */
    @Transactional
    @Allowed(anonymous = true)
    public void answer(String token, Map<Long, @Nullable Decision> decisions) {
        ApprovalRequest request = open(token);
        List<ExtraWork> asked = asked(request);
        Validation check = new Validation();
        for (ExtraWork line : asked) {
            Decision decision = decisions.get(line.id());
            if (line.decision() == Decision.PENDING && decision != Decision.APPROVED && decision != Decision.DECLINED) {
                check.run(() -> {
                    throw Problem.refused("approval.chooseOne", line.what());
                });
            }
        }
        check.done();
        Actor customer = Actor.integration(StoredText.of("approval.byCustomer", overview.card(request.visitId()).customerName()));
        for (ExtraWork line : asked) {
            if (line.decision() == Decision.PENDING) {
                extraWork.decideExtraWork(line.id(), decisions.get(line.id()), ContactChannel.LINK, customer);
            }
        }
        requests.update(request.used(clock.now()));
        contacts.recordLink(request.visitId(), Direction.INBOUND, StoredText.of("approval.linkAnswered"), customer);
    }

    private ApprovalRequest open(String token) {
        ApprovalRequest request = (token.length() > 64 ? Optional.<ApprovalRequest>empty()
                : requests.findByToken(token)).orElseThrow(() -> new ClosedLink(Closed.UNKNOWN));
        if (request.usedAt() != null) {
            throw new ClosedLink(Closed.USED);
        }
        if (!request.open(clock.now())) {
            throw new ClosedLink(Closed.EXPIRED);
        }
        return request;
    }

    /** The lines a request asks about, as they are now. */
    private List<ExtraWork> asked(ApprovalRequest request) {
        Set<Long> ids = lines.findByRequestIdOrderById(request.id()).stream().map(ApprovalRequestLine::extraWorkId)
                .collect(Collectors.toSet());
        return overview.extraWork(request.visitId()).stream().filter(l -> ids.contains(l.id())).toList();
    }
}
