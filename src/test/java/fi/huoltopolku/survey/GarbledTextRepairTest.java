package fi.huoltopolku.survey;

import db.migration.V23__RepairStoredText;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.CustomerContact;
import fi.huoltopolku.visit.CustomerContacts;
import fi.huoltopolku.visit.Direction;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitEvent;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The V23 migration on the app's own database (H2, and PostgreSQL in its tier): text stored garbled
 * by a browser's form before the fix reads as typed afterwards, a delay told names the workshop
 * once, and nothing else changes.
 */
@MicronautTest(startApplication = false, transactional = false)
class GarbledTextRepairTest {

    private static final String WORKSHOP = "Huoltopolku Demo Autohuolto";

    @Inject DataSource dataSource;
    @Inject VisitService visits;
    @Inject CustomerContacts contacts;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject InvitationService invitations;
    @Inject SurveyService surveys;

    private static String garbled(String typed) {
        return new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private Connection connection() throws Exception {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }

    @Test
    void flyway_ran_the_repair_as_version_23() throws Exception {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = '23'")) {
            assertThat(r.next()).as("V23 in the schema history").isTrue();
            assertThat(r.getBoolean(1)).isTrue();
        }
    }

    @Test
    void garbled_comments_and_contacts_read_as_typed_and_other_text_stays_as_it_is() throws Exception {
        Person advisor = Staff.advisor(people);
        long visit = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, Staff.technician(people));
        String token = invitations.ofVisit(visit).get(0).token();
        String typed = "Jäähdytin vuotaa yhä, å € 🚗. Lisätöistä ei kerrottu";
        surveys.submit(token, new SurveyAnswers(2, null, Map.of(), garbled(typed), false), "fi");
        contacts.logContact(visit, ContactChannel.PHONE, Direction.INBOUND, garbled("Asiakas soitti: jarrut kitisevät"),
                advisor.asActor());
        contacts.logContact(visit, ContactChannel.PHONE, Direction.OUTBOUND, "Café Ã… — as written", advisor.asActor());
        // A delay told before the fix: logged by the workshop with the text as sent, the name at its start.
        contacts.logContact(visit, ContactChannel.SMS, Direction.OUTBOUND,
                "Huoltopolku Demo Autohuolto: ABC-123 valmistuu luvattua myöhemmin", Actor.integration(WORKSHOP));
        assertThat(surveys.responses(visit).get(0).comment()).startsWith("JÃ¤Ã¤hdytin");

        int changed;
        try (Connection c = connection()) {
            changed = V23__RepairStoredText.repair(c);
        }

        assertThat(changed).isGreaterThanOrEqualTo(2);
        assertThat(surveys.responses(visit).get(0).comment()).isEqualTo(typed);
        assertThat(overview.details(visit).contacts()).extracting(CustomerContact::summary)
                .contains("Asiakas soitti: jarrut kitisevät", "Café Ã… — as written",
                        "ABC-123 valmistuu luvattua myöhemmin");
        assertThat(overview.timeline(visit)).extracting(VisitEvent::note)
                .contains("ABC-123 valmistuu luvattua myöhemmin", "Asiakas soitti: jarrut kitisevät")
                .doesNotContain(WORKSHOP + ": ABC-123 valmistuu luvattua myöhemmin");
        // Run again, nothing is left to repair.
        try (Connection c = connection()) {
            assertThat(V23__RepairStoredText.repair(c)).isZero();
        }
    }
}
