package fi.huoltopolku.privacy;

import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.quality.ComparisonReport;
import fi.huoltopolku.quality.ComparisonService;
import fi.huoltopolku.security.SecurityEvent;
import fi.huoltopolku.security.SecurityLog;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** A customer's export holds their data; erasure removes it and leaves the report's figures as they were. */
@MicronautTest(transactional = false)
class CustomerDataServiceTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final LocalDate DAY = LocalDate.of(2025, 9, 16);
    private static final Actor ADMIN = Actor.integration("test admin");

    @Inject CustomerDataService data;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject SurveyService surveys;
    @Inject InvitationService invitations;
    @Inject ComparisonService comparison;
    @Inject CustomerService customers;
    @Inject SecurityLog log;

    @Test
    void the_export_has_everything_and_erasure_keeps_the_statistics_but_not_the_person() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        long[] visitIds = new long[3];
        for (int i = 0; i < 3; i++) {
            visitIds[i] = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, technician,
                    DAY.atStartOfDay(HELSINKI).toInstant().plus(8 + i, ChronoUnit.HOURS));
            surveys.submit(invitations.ofVisit(visitIds[i]).get(0).token(), new SurveyAnswers(2 + i, 5,
                    Map.of("HANDOVER", 2 + i), "Nobody explained the bill to me " + i, false), "fi");
        }
        long customerId = visits.find(visitIds[0]).getCustomerId();
        String name = customers.customer(customerId).name();
        FigureFilter day = FigureFilter.period(DAY.atStartOfDay(HELSINKI).toInstant(),
                DAY.plusDays(1).atStartOfDay(HELSINKI).toInstant());
        ComparisonReport before = comparison.report(day);

        String json = data.export(customerId, ADMIN);
        assertThat(json).contains(name, "Nobody explained the bill to me 0", "\"visit\":[", "\"survey_rating\":[")
                .doesNotContain("\"token\"");

        data.erase(customerId, ADMIN);

        assertThat(customers.customer(customerId).name()).doesNotContain(name).startsWith("Erased customer");
        assertThat(customers.customer(customerId).phone()).isNull();
        assertThat(surveys.responses(visitIds[0])).allSatisfy(r -> assertThat(r.comment()).isNull());
        String after = data.export(customerId, ADMIN);
        assertThat(after).doesNotContain(name, "Nobody explained the bill");
        // Visits, answers and ratings stay: the report is the same to the last figure.
        ComparisonReport erased = comparison.report(day);
        assertThat(erased.themes()).isEqualTo(before.themes());
        assertThat(erased.satisfaction()).isEqualTo(before.satisfaction());
        assertThat(log.recent()).extracting(SecurityEvent::kind)
                .contains(SecurityEvent.Kind.CUSTOMER_EXPORTED, SecurityEvent.Kind.CUSTOMER_ERASED);
    }
}
