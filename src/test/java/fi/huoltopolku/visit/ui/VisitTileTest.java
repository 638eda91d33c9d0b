package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.UI;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.TestTime;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** A board tile shows what was typed as text, never as markup, and says what the card says. */
class VisitTileTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject VisitOverviewService overview;
    @Inject WorkshopClock clock;

    @Test
    void a_tile_shows_the_car_its_customer_and_flags_with_what_was_typed_escaped() {
        Person advisor = Staff.advisor(people);
        String plate = Staff.plate();
        var at = TestTime.soon();
        long id = visits.book(new Booking(new CustomerDetails("<img src=x onerror=alert(1)> & \"Tom\"",
                "040 100 " + Staff.next(), null, plate, null, "Škoda", "Octavia <RS>", 2018), "Brakes", at,
                at.plus(5, ChronoUnit.HOURS), advisor.id(), EnumSet.of(Flag.CUSTOMER_WAITING)), advisor.asActor());
        actAs(advisor);
        UI.getCurrent().setLocale(Locale.forLanguageTag("fi-FI"));

        VisitTile tile = new VisitTile(overview.card(id), clock);
        String html = tile.getChildren().findFirst().orElseThrow().getElement().getProperty("innerHTML");

        assertThat(html).contains("<a class=\"plate\" href=\"visit/" + id + "\">" + plate + "</a>")
                .contains("Škoda Octavia &lt;RS&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Tom&quot;")
                .doesNotContain("<img", "<RS>")
                .contains("theme=\"badge contrast small\">" + Ui.tr(Flag.CUSTOMER_WAITING) + "<");
        assertThat(tile.getElement().getAttribute("data-plate")).isEqualTo(plate);
        assertThat(tile.getElement().getAttribute("data-stage")).isEqualTo("BOOKED");
    }
}
