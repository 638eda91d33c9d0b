package fi.huoltopolku.demo;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistRow;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.PostInspectionService;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.demo.DemoStaff.Crew;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.Direction;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.HoldReason;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.Urgency;
import fi.huoltopolku.visit.CustomerContacts;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.VisitService;
import fi.huoltopolku.visit.VisitType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One demo visit as people live it: booked, checked in, worked on (holds, extra work, send-backs),
 * checked, washed, handed over, answered by the customer and closed, each step through the
 * services at its own moment of the workshop's clock. Changes when the demo's visits should unfold
 * differently; the past months and today's day both use it, the customer's side is {@link DemoAnswers}.
 */
final class DemoJourney {

    // What the advisors write, in the workshop's language (customers' comments come in either).
    private static final String[] WORK = {"Vuosihuolto ja öljynvaihto", "Jarrut vinkuvat jarrutettaessa",
            "Talvirenkaat alle ja kulutuspintojen tarkistus", "Moottorin vikavalo syttyi eilen",
            "Kolinaa vasemmasta etupyörästä töyssyissä", "Ilmastointi ei viilennä",
            "Määräaikaishuolto valmistajan ohjelman mukaan, 60 000 km", "Auto vetää oikealle",
            "Akku tyhjenee viikonlopun aikana", "Katsastus hylätty: ajovalojen suuntaus"};
    // Extra work as the technicians pick it from the tablet's presets: read in each reader's language.
    private static final String[] EXTRA = {"preset:brakePads", "preset:wipers", "preset:tyres", "preset:cabinFilter",
            "preset:battery", "preset:brakeDiscs"};

    private final VisitService visits;
    private final ExtraWorkService extraWork;
    private final CustomerContacts contacts;
    private final WorkshopClock clock;
    private final ChecklistService checks;
    private final PostInspectionService postInspections;
    private final DemoAnswers answers;

    DemoJourney(VisitService visits, ExtraWorkService extraWork, CustomerContacts contacts, WorkshopClock clock,
            ChecklistService checks, PostInspectionService postInspections, DemoAnswers answers) {
        this.visits = visits;
        this.extraWork = extraWork;
        this.contacts = contacts;
        this.clock = clock;
        this.checks = checks;
        this.postInspections = postInspections;
        this.answers = answers;
    }

    /** The kind of job the demo's request is (from its words, so the random sequence stays the same). */
    private static VisitType typeOf(String work) {
        String w = work.toLowerCase(Locale.ROOT);
        if (w.contains("tyre")) {
            return VisitType.TYRES;
        }
        if (w.contains("inspection")) {
            return VisitType.INSPECTION;
        }
        return w.contains("service") ? VisitType.SERVICE : VisitType.REPAIR;
    }

    /** Takes one visit from booking up to {@code until}, never past {@code now}. */
    void journey(Crew crew, CustomerDetails customer, Instant bookedAt, Stage until, Instant now,
            Person technician) {
        journey(crew, customer, bookedAt, until, now, technician, null);
    }

    /** The same, with the promise given ({@code null}: from the work's length and opening hours). */
    void journey(Crew crew, CustomerDetails customer, Instant bookedAt, Stage until, Instant now,
            Person technician, @Nullable Instant promisedAt) {
        Random r = crew.random;
        Person advisor = crew.advisor();
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (r.nextInt(4) == 0) {
            flags.add(Flag.CUSTOMER_WAITING);
        }
        if (r.nextInt(5) == 0) {
            flags.add(Flag.KEEP_OLD_PARTS);
        }
        if (r.nextInt(3) == 0 || until == Stage.WASH) {
            flags.add(Flag.WASH);
        }
        if (r.nextInt(8) == 0) {
            flags.add(Flag.REPLACEMENT_CAR);
        }
        Instant natural = promise(crew.hours, bookedAt, flags.contains(Flag.CUSTOMER_WAITING) ? 2 : 4 + r.nextInt(4));
        Instant promised = promisedAt == null ? natural : promisedAt;
        Actor counter = advisor.asActor();
        Actor workshop = technician.asActor();
        Step t = new Step(bookedAt.minus(Duration.ofDays(1 + r.nextInt(10))), now);

        at(t.time);
        String work = WORK[r.nextInt(WORK.length)];
        long id = visits.book(new Booking(customer, work, bookedAt, promised, advisor.id(), flags, typeOf(work)),
                crew.siteId, counter);
        if (until == Stage.BOOKED) {
            if (r.nextBoolean()) {
                at(t.time.plus(Duration.ofHours(2)));
                contacts.logContact(id, ContactChannel.SMS, Direction.OUTBOUND, "Varaus vahvistettu tekstiviestillä", counter);
            }
            return;
        }
        t.time = bookedAt.minus(Duration.ofMinutes(r.nextInt(15)));
        at(t.time);
        tick(crew, id, counter, r);
        visits.checkIn(id, version(id), CheckIn.as(flags, r.nextInt(3) == 0 ? null : technician.id()), counter);
        tick(crew, id, counter, r);
        if (until == Stage.CHECKED_IN) {
            return;
        }
        at(t.advance(10 + r.nextInt(40)));
        visits.beginWork(id, version(id), workshop);
        if (r.nextInt(7) == 0) {
            at(t.advance(30 + r.nextInt(60)));
            visits.hold(id, version(id), HoldReason.WAITING_FOR_PARTS, null, workshop);
            if (until == Stage.IN_WORK && r.nextBoolean()) {
                return;
            }
            at(t.advance(30 + r.nextInt(90)));
            visits.start(id, version(id), workshop);
        }
        if (r.nextInt(3) == 0) {
            at(t.advance(20 + r.nextInt(40)));
            long line = extraWork.flagExtraWork(id, EXTRA[r.nextInt(EXTRA.length)], null,
                    r.nextInt(4) == 0 ? Urgency.SAFETY : Urgency.SOON, workshop);
            if (until == Stage.IN_WORK && r.nextBoolean()) {
                visits.hold(id, version(id), HoldReason.WAITING_FOR_APPROVAL, null, workshop);
                return;
            }
            at(t.advance(10 + r.nextInt(50)));
            boolean approved = r.nextInt(10) < 7;
            contacts.logContact(id, ContactChannel.PHONE, Direction.OUTBOUND,
                    approved ? "Soitettu lisätyöstä: saa tehdä" : "Soitettu lisätyöstä: ensi kerralla",
                    counter);
            extraWork.decideExtraWork(line, approved ? Decision.APPROVED : Decision.DECLINED, ContactChannel.PHONE,
                    counter);
            if (approved) {
                at(t.advance(20 + r.nextInt(60)));
                extraWork.markExtraWorkDone(line, workshop);
            }
        }
        if (until == Stage.IN_WORK) {
            return;
        }
        at(t.advance(30 + r.nextInt(120)));
        tick(crew, id, workshop, r);
        visits.move(id, version(id), Stage.QUALITY_CHECK, null, workshop);
        if (until == Stage.QUALITY_CHECK) {
            return;
        }
        Actor foreman = crew.foreman.asActor();
        if (r.nextInt(10) == 0) {
            at(t.advance(10 + r.nextInt(20)));
            visits.move(id, version(id), Stage.IN_WORK, "Ääni kuuluu edelleen koeajossa", foreman);
            at(t.advance(20 + r.nextInt(40)));
            visits.move(id, version(id), Stage.QUALITY_CHECK, null, workshop);
        }
        at(t.advance(10 + r.nextInt(20)));
        tick(crew, id, foreman, r);
        if (flags.contains(Flag.WASH)) {
            visits.move(id, version(id), Stage.WASH, null, foreman);
            if (until == Stage.WASH) {
                return;
            }
            at(t.advance(20 + r.nextInt(30)));
            tick(crew, id, crew.valet.asActor(), r);
            visits.move(id, version(id), Stage.READY, null, crew.valet.asActor());
        } else {
            visits.move(id, version(id), Stage.READY, null, foreman);
        }
        if (until == Stage.READY) {
            return;
        }
        at(t.advance(15 + r.nextInt(90)));
        tick(crew, id, counter, r);
        visits.move(id, version(id), Stage.FOLLOW_UP, null, counter);
        answers.afterHandover(id, advisor, counter, until == Stage.CLOSED, crew.site.blindSpot(), r, t);
        if (until == Stage.CLOSED && postInspections.drawn(id)) {
            at(t.advance(60 * 24));
            Actor inspector = crew.foreman.asActor();
            for (ChecklistRow row : checks.postInspection(id)) {
                Answer answer = r.nextInt(10) == 0 && !blindSpot(crew, row) ? Answer.NO : Answer.YES;
                checks.answer(id, row.code(), answer, answer == Answer.NO ? "Löytyi jälkitarkastuksessa" : null,
                        Source.POST_INSPECTION, inspector);
            }
            postInspections.complete(id, inspector);
        }
        if (until == Stage.FOLLOW_UP) {
            return;
        }
        at(t.advance(60 * 24 * (2 + r.nextInt(3))));
        visits.move(id, version(id), Stage.CLOSED, null, counter);
    }

    /**
     * A promise {@code hours} of work after the booking, within opening hours: work left at closing
     * time goes on when the workshop opens the next day.
     */
    private Instant promise(DemoHours site, Instant bookedAt, int hours) {
        LocalDate day = bookedAt.atZone(clock.zone()).toLocalDate();
        Instant start = bookedAt.isBefore(site.opening(day)) ? site.opening(day) : bookedAt;
        Instant promised = start.plus(Duration.ofHours(hours));
        if (!promised.isAfter(site.closing(day))) {
            return promised;
        }
        Duration left = Duration.between(site.closing(day), promised);
        Instant next = site.opening(day.plusDays(1)).plus(left);
        return next.isAfter(site.closing(day.plusDays(1))) ? site.closing(day.plusDays(1)) : next;
    }

    private long version(long id) {
        return visits.find(id).getVersion();
    }

    /**
     * Answers the checklist of the visit's current stage as people do: mandatory items always,
     * others mostly; mostly yes, sometimes no (more often for some people than others). A site's
     * planted blind spot is always ticked done.
     */
    private void tick(Crew crew, long id, Actor actor, Random r) {
        Stage stage = visits.find(id).getStage();
        for (ChecklistRow row : checks.checklist(id, stage)) {
            if (row.answered() || (!row.mandatory() && r.nextInt(5) == 0)) {
                continue;
            }
            int roll = r.nextInt(100);
            Answer answer = roll < 8 ? Answer.NO : roll < 14 ? Answer.NA : Answer.YES;
            if (row.code().equals("RDY_INVOICE_EXPLAINED") && actor.name().startsWith("Mikko")
                    || blindSpot(crew, row)) {
                answer = Answer.YES;
            }
            checks.answer(id, row.code(), answer, answer == Answer.NO ? "Forgot, customer in a hurry" : null,
                    Source.PROCESS, actor);
        }
    }

    /** Whether the check is in the theme the crew's site always ticks done (its planted blind spot). */
    private static boolean blindSpot(Crew crew, ChecklistRow row) {
        return row.themeCode().equals(crew.site.blindSpot());
    }

    /** Sets the workshop's clock to {@code time}: what the services do next happens then. */
    void at(Instant time) {
        clock.use(Clock.fixed(time, ZoneOffset.UTC));
    }

    /** A moving clock for one visit that never runs past now. */
    static final class Step {
        Instant time;
        final Instant now;

        Step(Instant time, Instant now) {
            this.time = time;
            this.now = now;
        }

        Instant advance(int minutes) {
            Instant next = time.plus(Duration.ofMinutes(minutes));
            time = next.isAfter(now) ? now : next;
            return time;
        }
    }
}
