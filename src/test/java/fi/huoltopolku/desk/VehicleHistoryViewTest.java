package fi.huoltopolku.desk;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.CustomerContacts;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.Direction;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.Urgency;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class VehicleHistoryViewTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ExtraWorkService extraWork;
    @Inject CustomerContacts contacts;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;

    @Test
    void a_cars_page_shows_every_visit_with_its_outcome_the_work_declined_earlier_and_the_contacts() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        String plate = Staff.plate();
        // An earlier visit: brake pads found worn and declined by the customer.
        long earlier = declinedOnAnEarlierVisit(advisor, technician, plate, "Rear brake pads at 3 mm", "Worn",
                Urgency.SOON);
        contacts.logContact(earlier, ContactChannel.PHONE, Direction.OUTBOUND, "Offered the rear pads, declined",
                advisor.asActor());
        // A booking cancelled, and today's booking of the same car.
        long cancelled = Staff.book(visits, advisor, plate, EnumSet.noneOf(Flag.class));
        visits.move(cancelled, visits.find(cancelled).getVersion(), Stage.CLOSED, "Customer cancelled",
                advisor.asActor());
        long now = Staff.book(visits, advisor, plate, EnumSet.noneOf(Flag.class));
        actAs(advisor);

        UI.getCurrent().navigate(VehicleHistoryView.class, overview.card(now).vehicleId());

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("vehicle-owner")).getText())
                .startsWith(overview.card(now).customerName() + " · 040 ");
        @SuppressWarnings("unchecked")
        Grid<VisitCard> grid = _get(Grid.class, spec -> spec.withId("history-visits"));
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(IntStream.range(0, 3).mapToObj(i -> GridKt._getFormattedRow(grid, i).get(2)))
                .containsExactlyInAnyOrder("Booked", "Cancelled", "In work");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("declined-line"))).singleElement()
                .extracting(Paragraph::getText).asString().contains("Rear brake pads at 3 mm (Worn) · Soon");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("contact-entry"))).singleElement()
                .extracting(Paragraph::getText).asString().endsWith(": Offered the rear pads, declined");
    }

    @Test
    void the_declined_work_is_offered_again_at_check_in() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        String plate = Staff.plate();
        declinedOnAnEarlierVisit(advisor, technician, plate, "Timing belt due", null, Urgency.CAN_WAIT);
        long now = Staff.book(visits, advisor, plate, EnumSet.noneOf(Flag.class));
        actAs(advisor);

        UI.getCurrent().navigate(VisitView.class, now);
        LocatorJ._click(
                _get(Button.class, spec -> spec.withId("move-next")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("declined-before")).getText())
                .isEqualTo("Declined earlier: Timing belt due");
    }

    /** A visit of the car in work, where the technician found extra work the customer declined; its id. */
    private long declinedOnAnEarlierVisit(Person advisor, Person technician, String plate, String what,
            @Nullable String why, Urgency urgency) {
        long earlier = Staff.book(visits, advisor, plate, EnumSet.noneOf(Flag.class));
        visits.checkIn(earlier, visits.find(earlier).getVersion(), CheckIn.as(Set.of(), technician.id()),
                advisor.asActor());
        Checks.answerMandatory(checks, earlier, Stage.CHECKED_IN, advisor.asActor());
        visits.beginWork(earlier, visits.find(earlier).getVersion(), technician.asActor());
        long line = extraWork.flagExtraWork(earlier, what, why, urgency, technician.asActor());
        extraWork.decideExtraWork(line, Decision.DECLINED, ContactChannel.PHONE, advisor.asActor());
        return earlier;
    }
}
