package fi.huoltopolku.checks;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures checked against a hand calculation. Two visits booked on one day (3 March 2026 onwards) with the default
 * items (Booked 3, Checked in 3, In work 4):
 * <pre>
 * A: Booked → Checked in → In work (stays).  Required in-flow items: 3 + 3 + 4 = 10.
 *    CHK_WALKAROUND YES (reception), CHK_CONCERN_CONFIRMED NO (reception),
 *    WRK_COVERS YES (care), WRK_CONCERN_FIXED N/A (work quality)            → 4 answered of 10
 * B: Booked (stays).                          Required: 3.
 *    BOOK_CONTACT YES (booking), BOOK_PROMISE NO (timeliness)               → 2 answered of 3
 *    and a workshop test: BOOK_CONTACT NO (booking)
 * In the flow:   yes 3, no 2, N/A 1 → compliance 3/5 = 0.6, coverage 6/13
 * Workshop test: no 1              → compliance 0/1 = 0
 * All sources:   yes 3, no 3       → compliance 3/6 = 0.5
 * Reception: yes 1, no 1 → 0.5; required A 1+2, B 1 = 4, answered 2 → coverage 0.5
 * Booking:   yes 1 (flow), no 1 (test) → 0.5; in-flow required 2, answered 1 → coverage 0.5
 * Work quality: only N/A → compliance none (n 0), not 0
 * In work (stage): yes 1, N/A 1 → 1/1; coverage 2/4 = 0.5
 * A's technician: A's answers yes 2, no 1 → 2/3
 * </pre>
 */
@MicronautTest(startApplication = false)
class ComplianceServiceTest {

    private static final AtomicInteger DAYS = new AtomicInteger();

    /** Each test seeds the same two visits on a day of its own, so tests sharing the database never mix. */
    private Instant day;
    private FigureFilter oneDay;

    @Inject ComplianceService figures;
    @Inject ChecklistService checks;
    @Inject CheckItemService templates;
    @Inject VisitService visits;
    @Inject PeopleService people;
    @Inject WorkshopClock clock;

    Person advisor;
    Person technician;
    long a;
    long b;

    @BeforeEach
    void twoVisits() {
        day = Instant.parse("2026-03-03T06:00:00Z").plus(Duration.ofDays(DAYS.getAndIncrement()));
        oneDay = FigureFilter.period(day, day.plus(Duration.ofDays(1)));
        clock.use(Clock.fixed(day, ZoneOffset.UTC));
        advisor = Staff.advisor(people);
        technician = Staff.technician(people);
        Actor counter = advisor.asActor();
        Actor workshop = technician.asActor();
        a = Staff.book(visits, advisor, Staff.plate(), Set.of(), day.plus(Duration.ofHours(1)));
        b = Staff.book(visits, advisor, Staff.plate(), Set.of(), day.plus(Duration.ofHours(2)));
        visits.checkIn(a, visits.find(a).getVersion(), CheckIn.as(Set.of(), technician.id()), counter);
        checks.answer(a, "CHK_WALKAROUND", Answer.YES, null, Source.PROCESS, counter);
        checks.answer(a, "CHK_CONCERN_CONFIRMED", Answer.NO, null, Source.PROCESS, counter);
        visits.beginWork(a, visits.find(a).getVersion(), workshop);
        checks.answer(a, "WRK_COVERS", Answer.YES, null, Source.PROCESS, workshop);
        checks.answer(a, "WRK_CONCERN_FIXED", Answer.NA, null, Source.PROCESS, workshop);
        checks.answer(b, "BOOK_CONTACT", Answer.YES, null, Source.PROCESS, counter);
        checks.answer(b, "BOOK_PROMISE", Answer.NO, null, Source.PROCESS, counter);
        checks.answer(b, "BOOK_CONTACT", Answer.NO, "Mystery caller got no answer", Source.WORKSHOP_TEST,
                Actor.integration("Importer test"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void compliance_and_coverage_in_total_and_per_source_match_the_hand_calculation() {
        Map<String, Figures> bySource = figures.by(Dimension.SOURCE, oneDay);
        Figures flow = bySource.get("PROCESS");
        assertThat(flow).isEqualTo(new Figures(3, 2, 1, 6, 13));
        assertThat(flow.compliance()).isCloseTo(0.6, Offset.offset(1e-9));
        assertThat(flow.coverage()).isCloseTo(6.0 / 13, Offset.offset(1e-9));
        assertThat(bySource.get("WORKSHOP_TEST").compliance()).isEqualTo(0.0);
        assertThat(bySource.get("WORKSHOP_TEST").coverage()).isNull();

        Figures all = figures.total(oneDay);
        assertThat(all.n()).isEqualTo(6);
        assertThat(all.compliance()).isCloseTo(0.5, Offset.offset(1e-9));
    }

    @Test
    void per_theme_not_checked_is_never_a_pass_or_a_fail() {
        Map<String, Figures> byTheme = figures.by(Dimension.THEME, oneDay);
        assertThat(byTheme.get("RECEPTION").compliance()).isCloseTo(0.5, Offset.offset(1e-9));
        assertThat(byTheme.get("RECEPTION").coverage()).isCloseTo(0.5, Offset.offset(1e-9));
        assertThat(byTheme.get("BOOKING")).isEqualTo(new Figures(1, 1, 0, 1, 2));
        assertThat(byTheme.get("WORK_QUALITY").n()).isZero();
        assertThat(byTheme.get("WORK_QUALITY").compliance()).isNull();
        assertThat(byTheme.get("HANDOVER").compliance()).isNull();
    }

    @Test
    void per_stage_visit_and_person() {
        Figures inWork = figures.by(Dimension.STAGE, oneDay).get("IN_WORK");
        assertThat(inWork).isEqualTo(new Figures(1, 0, 1, 2, 4));
        assertThat(figures.total(oneDay.visit(b)).compliance()).isCloseTo(1.0 / 3, Offset.offset(1e-9));
        assertThat(figures.by(Dimension.TECHNICIAN, oneDay).get(technician.id().toString()).compliance())
                .isCloseTo(2.0 / 3, Offset.offset(1e-9));
        assertThat(figures.total(oneDay.technician(technician.id()))).isEqualTo(new Figures(2, 1, 1, 4, 10));
        assertThat(figures.by(Dimension.DEPARTMENT, oneDay).get("WORKSHOP")).isEqualTo(new Figures(1, 0, 1, 2, 4));
    }

    @Test
    void rewording_an_item_into_another_theme_leaves_the_past_figures_as_they_were() {
        Map<String, Figures> before = figures.by(Dimension.THEME, oneDay);
        CheckItem concern = checks.itemByCode("CHK_CONCERN_CONFIRMED");
        templates.reword(concern.id(), concern.version(), new ItemWording("CARE", "Concern repeated back to the customer",
                "Vika toistettu asiakkaalle", Role.ADVISOR, false), advisor.asActor());

        Map<String, Figures> after = figures.by(Dimension.THEME, oneDay);
        assertThat(after.get("RECEPTION")).isEqualTo(before.get("RECEPTION"));
        assertThat(after.get("CARE")).isEqualTo(before.get("CARE"));
    }
}
