package fi.huoltopolku.checks;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.support.ApiAccess;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.TestTime;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comeback sweep runs beside the workshop's work without stalling it: while it answers the
 * derived checks of many cars handed over a month ago, managers' reports of those very days and an
 * advisor's corrections of those cars' checklists (a handed-over car is the counter's) all go through
 * (no 500, no wait for the sweep to finish).
 */
@MicronautTest(transactional = false)
class SweepBesideUsersTest {

    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject DerivedChecks derived;
    @Inject PeopleService people;
    @Inject WorkshopClock clock;
    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;

    private volatile long sweepStarted = Long.MAX_VALUE;
    private volatile long sweepEnded = Long.MAX_VALUE;

    /** Whether a request that ran from {@code from} to {@code to} ran while the sweep did. */
    private boolean overlaps(long from, long to) {
        return from < sweepEnded && to > sweepStarted;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void reports_and_answers_go_through_while_the_sweep_answers_a_month_old_handovers() throws Exception {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        Instant monthAgo = TestTime.START.minus(Duration.ofDays(40));
        clock.use(Clock.fixed(monthAgo, ZoneOffset.UTC));
        List<Long> handedOver = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            handedOver.add(Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, technician,
                    monthAgo.plus(Duration.ofMinutes(10 + i))));
        }
        clock.reset();
        LocalDate day = monthAgo.atZone(clock.zone()).toLocalDate();
        URI report = URI.create(server.getURL() + "/api/v1/reports/comparison?from=" + day.minusDays(1) + "&to="
                + day.plusDays(1));
        String token = ApiAccess.bearer(tokens, Role.MANAGER);

        AtomicBoolean sweeping = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger reportsDuringSweep = new AtomicInteger();
        AtomicInteger answersDuringSweep = new AtomicInteger();
        Thread manager = new Thread(() -> {
            HttpClient http = HttpClient.newHttpClient();
            while (sweeping.get()) {
                try {
                    long asked = System.nanoTime();
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(report)
                            .header("Authorization", token).timeout(Duration.ofSeconds(20)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        failures.add("report answered " + answer.statusCode() + ": " + answer.body());
                    }
                    if (answer.statusCode() == 200 && overlaps(asked, System.nanoTime())) {
                        reportsDuringSweep.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.add("report: " + e);
                }
            }
        }, "manager");
        Thread worker = new Thread(() -> {
            int i = 0;
            while (sweeping.get()) {
                long visit = handedOver.get(i++ % handedOver.size());
                try {
                    long asked = System.nanoTime();
                    ChecklistRow row = checks.overview(visit).stream()
                            .filter(r -> r.source() == Source.PROCESS && r.answer() != null).findFirst().orElseThrow();
                    checks.answer(visit, row.code(), row.answer() == Answer.YES ? Answer.NO : Answer.YES, null,
                            Source.PROCESS, advisor.asActor());
                    if (overlaps(asked, System.nanoTime())) {
                        answersDuringSweep.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failures.add("answer on " + visit + ": " + e);
                }
            }
        }, "advisor");
        manager.start();
        worker.start();
        Thread.sleep(500);
        sweepStarted = System.nanoTime();
        derived.sweep();
        sweepEnded = System.nanoTime();
        sweeping.set(false);
        manager.join();
        worker.join();

        assertThat(failures).isEmpty();
        assertThat(reportsDuringSweep.get()).as("reports that ran while the sweep ran").isPositive();
        assertThat(answersDuringSweep.get()).as("answers while the sweep ran").isPositive();
        // And the sweep did its work: every car has its no-comeback answer.
        for (long visit : handedOver) {
            assertThat(checks.overview(visit)).as("visit %d", visit)
                    .anyMatch(r -> r.code().equals(Derivation.NO_COMEBACK) && r.source() == Source.DERIVED
                            && r.answer() == Answer.YES);
        }
    }
}
