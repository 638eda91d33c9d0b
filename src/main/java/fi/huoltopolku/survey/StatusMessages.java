package fi.huoltopolku.survey;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.customer.Customer;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.customer.MessagesBy;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.CustomerContacts;
import fi.huoltopolku.visit.CustomerNews;
import fi.huoltopolku.visit.Direction;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Tells the customer how their car is doing: checked in, ready for pickup, and a delay when the
 * advisor moves the promised time and chooses to tell them. By the channel the customer chose (at
 * check-in), else a text message when they have a phone number, else e-mail; never when they
 * declined messages. A delay told is also logged as
 * a contact on the visit: "the customer was told of the delay before the promised time passed" is
 * derived from it. (Extra work waiting for the customer's answer goes with its approval link.)
 */
@Singleton
class StatusMessages {

    private final VisitOverviewService overview;
    private final CustomerContacts contacts;
    private final CustomerService customers;
    private final Outbox outbox;
    private final Messages messages;
    private final WorkshopClock clock;
    private final Sites sites;

    StatusMessages(VisitOverviewService overview, CustomerContacts contacts, CustomerService customers, Outbox outbox,
            Messages messages, WorkshopClock clock,
            Sites sites) {
        this.overview = overview;
        this.contacts = contacts;
        this.customers = customers;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.sites = sites;
    }

    @EventListener
    void onNews(CustomerNews news) {
        VisitCard card = overview.card(news.visitId());
        Customer customer = customers.customer(card.customerId());
        if (customer.contactDeclined() || customer.channel() == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(customer.language());
        // The text itself; the workshop is named once, where the customer reads who is writing: at the
        // start of a text message, in an e-mail's subject, and as the one who made the contact logged.
        String text = switch (news.kind()) {
            case CHECKED_IN -> messages.getTranslation("status.checkedIn", locale, card.plate(),
                    time(card.promisedAt(), locale));
            case READY -> messages.getTranslation("status.ready", locale, card.plate());
            case DELAY -> messages.getTranslation("status.delay", locale, card.plate(),
                    time(news.promisedNow(), locale), news.reason());
        };
        boolean sms = customer.channel() == MessagesBy.SMS;
        String workshopName = sites.senderName(overview.visit(news.visitId()).getSiteId());
        outbox.send(news.visitId(), sms ? card.customerPhone() : card.customerEmail(),
                sms ? MessageChannel.SMS : MessageChannel.EMAIL,
                messages.getTranslation("status.subject", locale, workshopName, card.plate()),
                sms ? messages.getTranslation("status.sms", locale, workshopName, text) : text);
        if (news.kind() == CustomerNews.Kind.DELAY) {
            contacts.logContact(news.visitId(), sms ? ContactChannel.SMS : ContactChannel.EMAIL, Direction.OUTBOUND,
                    text, Actor.integration(workshopName));
        }
    }

    /** A time as the customer reads it, in the workshop's zone: "12.6. klo 15.30" or "12 Jun 15:30". */
    private String time(Instant at, Locale locale) {
        DateTimeFormatter format = "fi".equals(locale.getLanguage())
                ? DateTimeFormatter.ofPattern("d.M. 'klo' H.mm", locale)
                : DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
        return format.format(at.atZone(clock.zone()));
    }
}
