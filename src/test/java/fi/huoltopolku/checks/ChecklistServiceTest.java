package fi.huoltopolku.checks;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(startApplication = false)
class ChecklistServiceTest {

    @Inject ChecklistService checks;
    @Inject CheckItemService templates;
    @Inject VisitService visits;
    @Inject PeopleService people;

    Person advisor;
    Person technician;

    @BeforeEach
    void staff() {
        advisor = Staff.advisor(people);
        technician = Staff.technician(people);
    }

    private long inWork() {
        long id = Staff.book(visits, advisor, Staff.plate(), Set.of());
        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), technician.id()), advisor.asActor());
        Checks.answerMandatory(checks, id, Stage.CHECKED_IN, advisor.asActor());
        visits.beginWork(id, visits.find(id).getVersion(), technician.asActor());
        return id;
    }

    private ChecklistRow row(long visitId, Stage stage, String code) {
        return checks.checklist(visitId, stage).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_car_cannot_leave_its_stage_while_mandatory_items_are_open_and_the_refusal_lists_them() {
        long id = inWork();
        assertThatThrownBy(() -> visits.move(id, visits.find(id).getVersion(), Stage.QUALITY_CHECK, null,
                technician.asActor()))
                .isInstanceOf(Problem.class)
                .hasMessage("Before the car leaves In work, answer: Protective covers fitted (seat, wheel, floor); "
                        + "Customer's concern fixed and verified");

        checks.answer(id, "WRK_COVERS", Answer.YES, null, Source.PROCESS, technician.asActor());
        checks.answer(id, "WRK_CONCERN_FIXED", Answer.NO, "Squeak remains, parts ordered", Source.PROCESS,
                technician.asActor());
        visits.move(id, visits.find(id).getVersion(), Stage.QUALITY_CHECK, null, technician.asActor());
        assertThat(visits.find(id).getStage()).isEqualTo(Stage.QUALITY_CHECK);
    }

    @Test
    void an_item_never_answered_is_not_checked_and_a_second_tap_replaces_the_first() {
        long id = inWork();
        assertThat(row(id, Stage.IN_WORK, "WRK_ROAD_TEST").answer()).isNull();

        checks.answer(id, "WRK_ROAD_TEST", Answer.NO, null, Source.PROCESS, technician.asActor());
        checks.answer(id, "WRK_ROAD_TEST", Answer.YES, "Done after all", Source.PROCESS, technician.asActor());

        ChecklistRow road = row(id, Stage.IN_WORK, "WRK_ROAD_TEST");
        assertThat(road.answer()).isEqualTo(Answer.YES);
        assertThat(road.comment()).isEqualTo("Done after all");
        assertThat(road.answeredBy()).isEqualTo(technician.fullName());
        assertThat(checks.overview(id)).filteredOn(r -> r.code().equals("WRK_ROAD_TEST")).hasSize(1);
    }

    @Test
    void rewording_an_item_makes_a_new_version_and_past_answers_keep_their_wording() {
        Actor admin = Staff.advisor(people).asActor();
        long before = inWork();
        checks.answer(before, "WRK_OLD_PARTS_KEPT", Answer.YES, null, Source.PROCESS, technician.asActor());
        CheckItem item = checks.itemByCode("WRK_OLD_PARTS_KEPT");

        templates.reword(item.id(), item.version(), new ItemWording("CARE", "Old parts bagged and in the boot",
                "Vanhat osat pussissa tavaratilassa", Role.TECHNICIAN, false), admin);
        long after = inWork();
        checks.answer(after, "WRK_OLD_PARTS_KEPT", Answer.YES, null, Source.PROCESS, technician.asActor());

        ChecklistRow old = row(before, Stage.IN_WORK, "WRK_OLD_PARTS_KEPT");
        assertThat(old.version()).isEqualTo(1);
        assertThat(old.question().en()).isEqualTo("Old parts kept for the customer when asked");
        assertThat(old.themeCode()).isEqualTo("HANDOVER");
        ChecklistRow fresh = row(after, Stage.IN_WORK, "WRK_OLD_PARTS_KEPT");
        assertThat(fresh.version()).isEqualTo(2);
        assertThat(fresh.question().en()).isEqualTo("Old parts bagged and in the boot");
        assertThat(fresh.themeCode()).isEqualTo("CARE");
        assertThat(templates.versions(item.id())).hasSize(2);
    }

    @Test
    void answers_for_a_stage_not_yet_reached_or_an_unknown_item_are_refused_naming_the_item() {
        long id = inWork();
        assertThatThrownBy(() -> checks.answer(id, "RDY_INVOICE_EXPLAINED", Answer.YES, null, Source.PROCESS,
                advisor.asActor()))
                .isInstanceOf(Problem.class)
                .hasMessage("Check item: RDY_INVOICE_EXPLAINED belongs to Ready / handover; the visit is in In work");
        assertThatThrownBy(() -> checks.answer(id, "NO_SUCH", Answer.YES, null, Source.PROCESS, advisor.asActor()))
                .isInstanceOf(Problem.class).hasMessage("Check item: there is no check item NO_SUCH");
        assertThatThrownBy(() -> checks.answer(id, "PI_NO_MARKS", Answer.YES, null, Source.POST_INSPECTION,
                advisor.asActor()))
                .isInstanceOf(Problem.class).hasMessage("This car was not drawn for a post-inspection.");
    }

    @Test
    void a_retired_item_leaves_the_checklist_takes_no_answers_and_its_answers_stay() {
        Actor admin = advisor.asActor();
        long answered = inWork();
        CheckItem covers = checks.itemByCode("WRK_ROAD_TEST");
        checks.answer(answered, "WRK_ROAD_TEST", Answer.YES, null, Source.PROCESS, technician.asActor());
        templates.setRetired(covers.id(), covers.version(), true);
        try {
            long fresh = inWork();
            assertThat(checks.checklist(fresh, Stage.IN_WORK)).extracting(ChecklistRow::code)
                    .doesNotContain("WRK_ROAD_TEST");
            assertThatThrownBy(() -> checks.answer(fresh, "WRK_ROAD_TEST", Answer.YES, null, Source.PROCESS, admin))
                    .isInstanceOf(Problem.class).hasMessageContaining("is retired");
            assertThat(row(answered, Stage.IN_WORK, "WRK_ROAD_TEST").answer()).isEqualTo(Answer.YES);
        } finally {
            CheckItem retired = checks.itemByCode("WRK_ROAD_TEST");
            templates.setRetired(retired.id(), retired.version(), false);
        }
    }

    @Test
    void items_are_added_at_the_end_and_moved_up_one_place() {
        Actor admin = advisor.asActor();
        templates.add("WSH_WHEELS_" + Staff.next(), ItemKind.PROCESS, Stage.WASH,
                new ItemWording("CARE", "Wheels cleaned", "Vanteet puhdistettu", Role.TECHNICIAN, false), admin);
        List<ItemTemplate> wash = templates.templates(ItemKind.PROCESS, Stage.WASH);
        ItemTemplate added = wash.get(wash.size() - 1);
        assertThat(added.current().questionEn()).isEqualTo("Wheels cleaned");

        templates.move(added.item().id(), added.item().version(), true);
        assertThat(templates.templates(ItemKind.PROCESS, Stage.WASH).get(wash.size() - 2).current().questionEn())
                .isEqualTo("Wheels cleaned");
        assertThatThrownBy(() -> templates.add("bad code", ItemKind.PROCESS, Stage.WASH,
                new ItemWording("CARE", "x", "x", Role.TECHNICIAN, false), admin))
                .isInstanceOf(Problem.class).hasMessageStartingWith("Code:");
    }

    @Test
    void a_new_item_with_several_problems_is_refused_naming_each_of_them() {
        Problem problem = assertThrows(
                Problem.class, () -> templates.add("bad code", ItemKind.PROCESS, null,
                        new ItemWording(null, " ", "", null, false), Actor.integration("test")));

        assertThat(problem.problems()).extracting(Problem::field)
                .containsExactly("code", "stage", "theme", "questionEn", "questionFi", "role");
    }
}
