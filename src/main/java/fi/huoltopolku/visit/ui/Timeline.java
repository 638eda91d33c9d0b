package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.Direction;
import fi.huoltopolku.visit.EventKind;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.HoldReason;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitEvent;
import fi.huoltopolku.visit.WorkStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A visit's timeline, every event in the reader's language: the events keep stages, statuses,
 * flags, decisions, channels and preset extra work as names and keys, and are told here.
 */
public final class Timeline extends Div {

    private final WorkshopClock clock;
    private final List<Department> departments;

    /** The departments name an owner (kept as the department's code) in the reader's language. */
    public Timeline(List<VisitEvent> events, List<Department> departments, WorkshopClock clock) {
        this.clock = clock;
        this.departments = departments;
        Div list = new Div();
        list.setId("timeline");
        for (VisitEvent event : events) {
            list.add(Ui.withClass(new Paragraph(Ui.fullTime(event.at(), clock.zone()) + " · " + StoredText.read(event.actorName(), getLocale())
                    + " · " + Ui.tr(event.kind()) + describe(event)), "text-s", "timeline-entry", "m-0"));
        }
        add(new H2(getTranslation("visit.timeline")), list);
    }

    private String describe(VisitEvent event) {
        String from = value(event.kind(), event.fromValue());
        String to = value(event.kind(), event.toValue());
        String move = from.isEmpty() ? to : from + " → " + to;
        String note = StoredText.read(event.note(), getLocale());
        if (note != null && event.kind() == EventKind.EXTRA_WORK_DECIDED) {
            // The decision's route is kept as the channel's name: shown in the reader's language.
            for (ContactChannel channel : ContactChannel.values()) {
                if (channel.name().equals(note)) {
                    note = Ui.tr(channel);
                }
            }
        }
        return (move.isEmpty() ? "" : ": " + move) + (note == null ? "" : " (" + note + ")");
    }

    private String value(EventKind kind, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        return switch (kind) {
            case BOOKED, STAGE -> Ui.tr(Stage.valueOf(raw));
            case STATUS -> Arrays.stream(raw.split(":")).map(Timeline::statusPart).collect(Collectors.joining(": "));
            case FLAGS -> Arrays.stream(raw.split(",")).map(f -> Ui.tr(Flag.valueOf(f))).collect(Collectors.joining(", "));
            case EXTRA_WORK_DECIDED -> raw.equals("APPROVED") || raw.equals("DECLINED") || raw.equals("PENDING")
                    ? Ui.tr(Decision.valueOf(raw)) : ExtraWork.what(raw).in(getLocale());
            case CONTACT -> raw.equals("INBOUND") || raw.equals("OUTBOUND") ? Ui.tr(Direction.valueOf(raw))
                    : Ui.tr(ContactChannel.valueOf(raw));
            case HANDOFF -> owner(raw);
            case PROMISE, RESCHEDULED -> Ui.fullTime(Instant.parse(raw), clock.zone());
            case EXTRA_WORK_FLAGGED, EXTRA_WORK_DONE -> ExtraWork.what(raw).in(getLocale());
            default -> raw;
        };
    }

    /** "WORKSHOP / Juha Nieminen" as kept: the department in the reader's language, the person as named. */
    private String owner(String raw) {
        int slash = raw.indexOf(" / ");
        String code = slash < 0 ? raw : raw.substring(0, slash);
        String name = departments.stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> d.name(getLocale())).orElse(code);
        return slash < 0 ? name : name + raw.substring(slash);
    }

    private static String statusPart(String part) {
        for (WorkStatus s : WorkStatus.values()) {
            if (s.name().equals(part)) {
                return Ui.tr(s);
            }
        }
        return Ui.tr(HoldReason.valueOf(part));
    }
}
