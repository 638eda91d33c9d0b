package fi.huoltopolku.quality;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistRow;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.ComplianceService;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.checks.PostInspectionService;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SatisfactionFigures;
import fi.huoltopolku.survey.SatisfactionService;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.Visit;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import fi.huoltopolku.visit.VisitType;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-ups always agree with the figures computed from the raw answers: random visits (random
 * people, makes, booking times near midnight too, stages reached, answers yes/no/N/A or left open,
 * post-inspections, survey and phone answers, estimates) entered through the public services, then
 * every filter the roll-ups answer compared, before and after further changes.
 */
@MicronautTest(transactional = false)
// No background refresh: a test sees the reports fold in changes nobody has rebuilt yet.
@Property(name = "huoltopolku.rollups.first-refresh-after", value = "1h")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupAgreementTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final LocalDate FIRST = LocalDate.of(2025, 6, 2);
    private static final int DAYS = 4;
    private static final String[] MAKES = {"Toyota", "Skoda", "skoda ", "Volvo"};

    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject PostInspectionService inspections;
    @Inject PeopleService people;
    @Inject SurveyService surveys;
    @Inject InvitationService invitations;
    @Inject ThemeService themes;
    @Inject ComparisonService comparison;
    @Inject ComparisonRollups rollups;
    @Inject ComplianceService compliance;
    @Inject VisitOverviewService overview;
    @Inject SatisfactionService satisfaction;
    @Inject RollupBacklog backlog;

    final Random random = new Random(42);
    final List<Person> advisors = new ArrayList<>();
    final List<Person> technicians = new ArrayList<>();
    final List<Long> handedOver = new ArrayList<>();
    final Map<Long, Person> advisorOf = new HashMap<>();

    @BeforeAll
    void seed() {
        inspections.useRandom(new Random(7));
        advisors.add(Staff.advisor(people));
        advisors.add(Staff.advisor(people));
        technicians.add(Staff.technician(people));
        int n = Staff.next();
        technicians.add(people.create("val" + n, "Valet " + n, Role.TECHNICIAN, Department.VALET));
        for (int i = 0; i < 36; i++) {
            visit();
        }
    }

    private void visit() {
        Person advisor = advisors.get(random.nextInt(advisors.size()));
        Person technician = technicians.get(random.nextInt(technicians.size()));
        // Whole days plus 0..24 h, on the hour and a few minutes either side of midnight.
        var booked = FIRST.atStartOfDay(HELSINKI).toInstant().plus(random.nextInt(DAYS * 24), ChronoUnit.HOURS)
                .plus(random.nextInt(3) == 0 ? 5 : 0, ChronoUnit.MINUTES);
        String plate = Staff.plate();
        long id = visits.book(new Booking(new CustomerDetails("Customer " + plate, "040 200 " + Staff.next(), null, plate,
                null, MAKES[random.nextInt(MAKES.length)], "Model", 2019), "Service", booked,
                booked.plus(5, ChronoUnit.HOURS), advisor.id(), Set.of(),
                VisitType.values()[random.nextInt(VisitType.values().length)]), advisor.asActor());
        advisorOf.put(id, advisor);
        Stage until = new Stage[] {Stage.BOOKED, Stage.CHECKED_IN, Stage.IN_WORK, Stage.READY, Stage.FOLLOW_UP,
                Stage.FOLLOW_UP, Stage.FOLLOW_UP}[random.nextInt(7)];
        if (until == Stage.BOOKED) {
            return;
        }
        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), technician.id()), advisor.asActor());
        for (Stage next : new Stage[] {Stage.IN_WORK, Stage.QUALITY_CHECK, Stage.READY, Stage.FOLLOW_UP}) {
            Stage now = visits.find(id).getStage();
            answerSome(id, checks.checklist(id, now), Source.PROCESS, advisor);
            if (now == until) {
                return;
            }
            try {
                visits.move(id, visits.find(id).getVersion(), next, null, advisor.asActor());
            } catch (Problem held) {
                Checks.answerMandatory(checks, id, now, advisor.asActor());
                visits.move(id, visits.find(id).getVersion(), next, null, advisor.asActor());
            }
        }
        handedOver.add(id);
        if (inspections.drawn(id)) {
            answerSome(id, checks.postInspection(id), Source.POST_INSPECTION, advisor);
        }
        if (random.nextInt(3) == 0) {
            surveys.estimate(id, 1 + random.nextInt(5), advisor.asActor());
        }
        int answers = random.nextInt(10);
        if (answers < 5) {
            surveys.submit(invitations.ofVisit(id).get(0).token(), answers(), "fi");
        } else if (answers < 7) {
            surveys.phoneAnswers(id, answers(), advisor.asActor());
        }
    }

    private void answerSome(long id, List<ChecklistRow> rows, Source source, Person who) {
        Answer[] choices = {Answer.YES, Answer.YES, Answer.YES, Answer.NO, Answer.NA, null};
        for (ChecklistRow row : rows) {
            Answer answer = choices[random.nextInt(choices.length)];
            if (answer != null && !row.answered()) {
                checks.answer(id, row.code(), answer, null, source, who.asActor());
            }
        }
    }

    private SurveyAnswers answers() {
        Map<String, Integer> ratings = new HashMap<>();
        for (Theme theme : themes.active()) {
            if (random.nextBoolean()) {
                ratings.put(theme.code(), 1 + random.nextInt(5));
            }
        }
        return new SurveyAnswers(1 + random.nextInt(5), random.nextInt(11), ratings, null, false);
    }

    private List<FigureFilter> filters() {
        List<FigureFilter> all = new ArrayList<>();
        FigureFilter whole = period(FIRST, FIRST.plusDays(DAYS));
        all.add(whole);
        all.add(period(FIRST.minusDays(1), FIRST.plusDays(DAYS + 1)));
        for (int d = 0; d < DAYS; d++) {
            all.add(period(FIRST.plusDays(d), FIRST.plusDays(d + 1)));
        }
        all.add(period(FIRST.plusDays(1), FIRST.plusDays(3)));
        for (Person advisor : advisors) {
            all.add(whole.advisor(advisor.id()));
            all.add(whole.advisor(advisor.id()).technician(technicians.get(0).id()));
        }
        for (Person technician : technicians) {
            all.add(whole.technician(technician.id()));
        }
        for (String make : new String[] {"Skoda", "TOYOTA", "Saab"}) {
            all.add(whole.make(make));
            all.add(whole.make(make).advisor(advisors.get(0).id()));
        }
        for (VisitType type : new VisitType[] {VisitType.SERVICE, VisitType.REPAIR, VisitType.WARRANTY}) {
            all.add(whole.type(type));
            all.add(whole.type(type).technician(technicians.get(1).id()));
        }
        all.add(whole.type(VisitType.TYRES).department(Department.WORKSHOP));
        for (String department : new String[] {Department.RECEPTION, Department.WORKSHOP, Department.VALET}) {
            all.add(whole.department(department));
            all.add(whole.department(department).advisor(advisors.get(1).id()));
        }
        return all;
    }

    private static FigureFilter period(LocalDate from, LocalDate to) {
        return FigureFilter.period(from.atStartOfDay(HELSINKI).toInstant(), to.atStartOfDay(HELSINKI).toInstant());
    }

    private void assertAgreement() {
        int disagreeing = 0;
        for (FigureFilter filter : filters()) {
            assertThat(rollups.covers(filter)).as("%s", filter).isTrue();
            assertThat(rollups.evidence(filter).orElseThrow()).as("%s", filter).isEqualTo(comparison.computed(filter));
            // The drill-down's list: the same visits in the same order, also read in pages of 3.
            for (Theme theme : themes.all()) {
                var raw = comparison.disagreeing(filter, theme.code());
                var all = rollups.disagreements(filter, theme.code(), 0, 1000).orElseThrow();
                assertThat(all.visits()).as("%s %s", filter, theme.code()).isEqualTo(raw);
                assertThat(all.total()).isEqualTo(raw.size());
                List<ComparisonRollups.DisagreementPage.Found> paged = new ArrayList<>();
                for (int offset = 0; offset < raw.size(); offset += 3) {
                    var page = rollups.disagreements(filter, theme.code(), offset, 3).orElseThrow();
                    assertThat(page.total()).isEqualTo(raw.size());
                    paged.addAll(page.visits());
                }
                assertThat(paged).isEqualTo(raw);
                disagreeing += raw.size();
            }
        }
        assertThat(disagreeing).as("not vacuous: some visits disagree").isPositive();
    }

    @Test
    void the_rollups_agree_with_the_raw_figures_for_every_filter() {
        Evidence whole = rollups.evidence(period(FIRST, FIRST.plusDays(DAYS))).orElseThrow();
        // Not vacuous: the random data has both sides, a link and more than one source.
        assertThat(whole.objective()).isNotEmpty();
        assertThat(whole.subjective().overall().n()).isPositive();
        assertThat(whole.links()).isNotEmpty();
        assertThat(whole.subjective().byThemeAndSource()).hasSize(2);
        assertAgreement();
    }

    @Test
    void they_still_agree_after_answers_change_people_move_and_customers_answer_later() {
        rollups.refresh();
        long visit = handedOver.get(0);
        Person advisor = advisorOf.get(visit);
        for (ChecklistRow row : checks.overview(visit)) {
            if (row.answer() == Answer.YES && row.source() == Source.PROCESS) {
                checks.answer(visit, row.code(), Answer.NO, "Found later", Source.PROCESS, advisor.asActor());
            }
        }
        long other = handedOver.get(1);
        visits.assignTechnician(other, visits.find(other).getVersion(),
                technicians.get(visits.find(other).getTechnicianId().equals(technicians.get(0).id()) ? 1 : 0).id(),
                advisor.asActor());
        surveys.phoneAnswers(handedOver.get(2), answers(), advisor.asActor());
        for (int i = 0; i < 4; i++) {
            visit();
        }
        assertAgreement();
    }

    @Test
    void a_report_folds_in_changes_made_while_it_reads_for_every_filter() {
        int changed = 0;
        try {
            for (FigureFilter filter : filters()) {
                Evidence before = comparison.computed(filter);
                List<Long> some = List.of(handedOver.get(random.nextInt(handedOver.size())),
                        handedOver.get(random.nextInt(handedOver.size())), handedOver.get(random.nextInt(handedOver.size())));
                boolean[] done = {false};
                // Changes that commit after the report's rebuild, before its read.
                rollups.beforeRead = () -> {
                    if (!done[0]) {
                        done[0] = true;
                        some.forEach(this::flipAnswers);
                        long moved = some.get(0);
                        visits.assignTechnician(moved, visits.find(moved).getVersion(),
                                technicians.get(visits.find(moved).getTechnicianId().equals(technicians.get(0).id()) ? 1 : 0)
                                        .id(), advisorOf.get(moved).asActor());
                    }
                };
                Evidence read = rollups.evidence(filter).orElseThrow();
                rollups.beforeRead = () -> { };
                // Folded in by the report itself: their marks are still waiting.
                assertThat(backlog.read()[0]).as("%s", filter).isPositive();
                Evidence raw = comparison.computed(filter);
                assertThat(read).as("%s", filter).isEqualTo(raw);
                changed += raw.equals(before) ? 0 : 1;
            }
        } finally {
            rollups.beforeRead = () -> { };
        }
        assertThat(changed).as("not vacuous: the changes moved the figures").isGreaterThan(filters().size() / 3);
    }

    private void flipAnswers(long visit) {
        for (ChecklistRow row : checks.overview(visit)) {
            if (row.answered() && row.source() == Source.PROCESS) {
                checks.answer(visit, row.code(), row.answer() == Answer.YES ? Answer.NO : Answer.YES, null,
                        Source.PROCESS, advisorOf.get(visit).asActor());
            }
        }
    }

    @Test
    void a_visits_figures_read_by_its_own_id_equal_its_share_of_the_whole_period() {
        // A rebuild after an edit reads a few visits' evidence by their ids, a full one the period's.
        FigureFilter whole = period(FIRST, FIRST.plusDays(DAYS));
        Map<Long, ComplianceService.Snapshot> objective = compliance.snapshotsBy(whole, Visit::getId);
        Map<Long, SatisfactionFigures> subjective = satisfaction.figuresBy(whole, Visit::getId);
        for (long id : handedOver) {
            assertThat(FigureFilter.fewOf(1, overview.bookedBetween(whole.from(), whole.to()).size())).isTrue();
            assertThat(compliance.snapshot(whole.visit(id))).as("visit %d", id).isEqualTo(objective.get(id));
            assertThat(satisfaction.figures(whole.visit(id))).as("visit %d", id)
                    .isEqualTo(subjective.getOrDefault(id, SatisfactionFigures.NONE));
        }
        assertThat(subjective.values()).anyMatch(f -> f.overall().n() > 0);
    }

    @Test
    void a_part_day_or_a_single_visit_is_not_for_the_rollups() {
        FigureFilter whole = period(FIRST, FIRST.plusDays(DAYS));
        assertThat(rollups.covers(FigureFilter.period(whole.from().plusSeconds(60), whole.to()))).isFalse();
        assertThat(rollups.covers(whole.visit(handedOver.get(0)))).isFalse();
        assertThat(rollups.covers(whole.stage(Stage.READY))).isFalse();
    }
}
