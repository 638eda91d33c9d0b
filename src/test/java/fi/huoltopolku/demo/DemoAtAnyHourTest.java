package fi.huoltopolku.demo;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.visit.CounterOverview;
import fi.huoltopolku.visit.PromiseState;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitEvent;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer who starts the demo at any hour sees a living workshop: cars in every stage of the
 * board, arrivals on the counter (tomorrow's after closing time), promises within opening hours and
 * nothing that happened in the future. The demo is generated at fixed instants of the workshop's
 * clock: early morning, noon, evening, just before and after midnight, and on the days the clocks
 * change in spring and autumn (Helsinki local times).
 */
class DemoAtAnyHourTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final LocalTime OPENS = LocalTime.of(7, 30);
    private static final LocalTime CLOSES = LocalTime.of(17, 0);

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-10T06:00", "2026-06-10T12:00", "2026-06-10T20:00", "2026-06-10T23:30",
            "2026-06-11T00:30", "2026-03-29T00:30", "2026-03-29T03:30", "2026-10-25T00:30", "2026-10-25T16:45"})
    void the_workshop_is_alive_at(String localTime) {
        Instant start = ZonedDateTime.of(LocalDateTime.parse(localTime), HELSINKI).toInstant();
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "huoltopolku.demo", "true",
                "huoltopolku.demo-history-days", "10",
                "huoltopolku.clock.start", start.toString(),
                "huoltopolku.rollups.first-refresh-after", "1h",
                "micronaut.server.port", "-1"), "test")) {
            WorkshopClock clock = context.getBean(WorkshopClock.class);
            VisitOverviewService overview = context.getBean(VisitOverviewService.class);
            Instant now = clock.now();
            LocalDate today = now.atZone(HELSINKI).toLocalDate();
            boolean closed = !now.atZone(HELSINKI).toLocalTime().isBefore(CLOSES);

            List<VisitCard> board = overview.board();
            assertThat(board).extracting(VisitCard::stage).as("board at " + localTime)
                    .contains(Stage.BOOKED, Stage.CHECKED_IN, Stage.IN_WORK, Stage.QUALITY_CHECK, Stage.WASH,
                            Stage.READY);

            CounterOverview counter = overview.counter(null);
            assertThat(counter.arrivalsDay()).isEqualTo(closed ? today.plusDays(1) : today);
            assertThat(counter.arrivals()).as("arrivals at " + localTime).isNotEmpty().allSatisfy(c -> {
                ZonedDateTime at = c.bookedAt().atZone(HELSINKI);
                assertThat(at.toLocalDate()).isEqualTo(counter.arrivalsDay());
                assertThat(at.toLocalTime()).isBetween(OPENS, CLOSES);
                assertThat(c.bookedAt()).isAfter(now);
            });
            assertThat(board).filteredOn(c -> c.stage() == Stage.BOOKED)
                    .allSatisfy(c -> assertThat(c.bookedAt().atZone(HELSINKI).toLocalDate())
                            .isBeforeOrEqualTo(counter.arrivalsDay()));

            // Promises fall within opening hours, and most cars in the house are not late.
            List<VisitCard> inHouse = board.stream().filter(c -> c.stage() != Stage.BOOKED).toList();
            assertThat(inHouse).allSatisfy(c ->
                    assertThat(c.promisedAt().atZone(HELSINKI).toLocalTime()).isBetween(OPENS, CLOSES));
            assertThat(inHouse.stream().filter(c -> c.promise() == PromiseState.LATE).count())
                    .as("late cars at " + localTime).isLessThan(inHouse.size() / 2);

            // Nothing on a car's timeline happened after now, and work happened during opening hours.
            for (VisitCard card : inHouse) {
                List<VisitEvent> timeline = overview.timeline(card.id());
                assertThat(timeline).allSatisfy(e -> assertThat(e.at()).isBeforeOrEqualTo(now));
                assertThat(card.bookedAt().atZone(HELSINKI).toLocalTime()).isBetween(OPENS, CLOSES);
            }

            PeopleService people = context.getBean(PeopleService.class);
            people.withRole(Role.TECHNICIAN).stream().filter(t -> !t.username().equals("emma"))
                    .forEach(t -> assertThat(overview.myJobs(t.id())).as(t.fullName()).isNotEmpty());
        }
    }
}
