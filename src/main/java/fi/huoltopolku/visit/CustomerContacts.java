package fi.huoltopolku.visit;

import static fi.huoltopolku.visit.VisitWriter.MAX_TEXT;
import static fi.huoltopolku.visit.VisitWriter.required;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.people.Allowed;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

/**
 * The contacts with the customer about a visit, on its timeline: a call or message logged by the
 * staff or sent by the app, and a link the customer got or answered (never the link itself).
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class CustomerContacts {

    private final CustomerContactRepository contacts;
    private final VisitWriter writer;
    private final WorkshopClock clock;

    CustomerContacts(CustomerContactRepository contacts, VisitWriter writer, WorkshopClock clock) {
        this.contacts = contacts;
        this.writer = writer;
        this.clock = clock;
    }

    /** Logs a contact with the customer about this visit. */
    @Transactional
    public void logContact(long visitId, ContactChannel channel, Direction direction, @Nullable String summary,
            Actor actor) {
        Visit visit = writer.find(visitId);
        String text = required("summary", summary, MAX_TEXT);
        contacts.save(new CustomerContact(null, visitId, clock.now(), channel, direction, text, actor.name()));
        writer.touch(visit);
        writer.record(visit, actor, EventKind.CONTACT, channel.name(), direction.name(), text);
    }

    /**
     * A link the customer got (or their answer through it) on the timeline: when and how, never the
     * link itself (its token is the customer's credential).
     */
    @Transactional
    public void recordLink(long visitId, Direction direction, String storedNote, Actor actor) {
        writer.record(writer.find(visitId), actor, EventKind.CONTACT, ContactChannel.LINK.name(), direction.name(),
                storedNote);
    }
}
