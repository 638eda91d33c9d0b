package fi.huoltopolku.demo;

import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.survey.SatisfactionService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
@Property(name = "huoltopolku.demo", value = "true")
class DemoDataTest {

    @Inject PeopleService people;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;

    @Test
    void a_newcomer_sees_a_living_workshop_with_cars_in_every_stage() {
        // The first site's three advisors; Tampere's two and Turku's one beside them (DemoGroupTest).
        assertThat(people.withRoleAt(Role.ADVISOR, Site.FIRST)).hasSize(3);
        assertThat(people.withRole(Role.ADVISOR)).hasSize(6);
        assertThat(people.withRole(Role.TECHNICIAN)).hasSizeGreaterThanOrEqualTo(6);
        for (Stage stage : EnumSet.allOf(Stage.class)) {
            assertThat(overview.page(stage, null, null, 0, 1).getTotalSize()).as(stage.name()).isPositive();
        }
        List<VisitCard> board = overview.board();
        assertThat(board).extracting(VisitCard::stage).contains(Stage.BOOKED, Stage.CHECKED_IN, Stage.IN_WORK,
                Stage.QUALITY_CHECK, Stage.WASH, Stage.READY);
        assertThat(overview.page(Stage.CLOSED, null, null, 0, 1).getTotalSize()).isGreaterThan(150);
    }

    @Test
    void every_technician_has_work_today() {
        people.withRole(Role.TECHNICIAN).stream().filter(t -> !t.username().equals("emma"))
                .forEach(t -> assertThat(overview.myJobs(t.id())).as(t.fullName()).isNotEmpty());
    }

    @Test
    void handed_over_cars_have_their_checklists_answered() {
        VisitCard handedOver = overview.page(Stage.FOLLOW_UP, null, null, 0, 1).getContent().get(0);
        assertThat(checks.checklist(handedOver.id(), Stage.READY)).filteredOn(r -> r.mandatory())
                .allMatch(r -> r.answered());
    }

    @Inject SatisfactionService satisfaction;
    @Inject FeedbackService feedback;

    @Test
    void customers_have_answered_and_some_answers_wait_in_the_inbox() {
        var all = FigureFilter.period(Instant.EPOCH,
                Instant.parse("9999-01-01T00:00:00Z"));
        var figures = satisfaction.figures(all);
        assertThat(figures.overall().n()).isGreaterThan(100);
        assertThat(figures.responseRate()).isBetween(0.3, 0.8);
        assertThat(figures.estimateBiasByAdvisor()).hasSize(6)
                .containsKeys(people.withRoleAt(Role.ADVISOR, Site.FIRST).stream().map(p -> p.id()).toArray(Long[]::new));
        assertThat(feedback.open(null)).isNotEmpty();
    }
}
