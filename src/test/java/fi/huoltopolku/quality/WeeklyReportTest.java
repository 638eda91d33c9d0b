package fi.huoltopolku.quality;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.WeeklyReportRepositories.Subscription;
import fi.huoltopolku.support.FakeSmtp;
import fi.huoltopolku.support.Staff;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly report by e-mail, at fixed instants in the workshop's zone (Helsinki): nothing before
 * Monday 07:00, the past week's PDF to each manager who opted in once 07:00 has come, in their
 * language, exactly once however many checks (or nodes) run at the same time, and on the Monday
 * after the clocks went back too. Mails go to a small SMTP server on loopback.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeeklyReportTest implements TestPropertyProvider {

    private FakeSmtp smtp;

    @Inject WeeklyReportService weekly;
    @Inject WeeklyReportRepositories.Subscriptions subscriptions;
    @Inject WeeklyReportRepositories.Mails mails;
    @Inject PeopleService people;
    @Inject WorkshopClock clock;

    @Override
    public Map<String, String> getProperties() {
        smtp = FakeSmtp.start();
        return Map.of("huoltopolku.smtp.host", "127.0.0.1", "huoltopolku.smtp.port", String.valueOf(smtp.port()),
                "huoltopolku.smtp.from", "huolto@example.com", "huoltopolku.weekly-report.first-check-after", "1h");
    }

    @AfterAll
    void stop() throws IOException {
        smtp.close();
    }

    @AfterEach
    void realTime() {
        clock.reset();
        subscriptions.deleteAll();
    }

    private void at(String local) {
        clock.use(Clock.fixed(ZonedDateTime.parse(local + "+02:00[Europe/Helsinki]").toInstant(), clock.zone()));
    }

    private Person manager(String email, String language, String subscribedAt) {
        Person manager = people.create("wk" + Staff.next(), "Weekly Manager", Role.MANAGER, Department.RECEPTION);
        subscriptions.save(new Subscription(manager.id(), email, language, ZonedDateTime.parse(subscribedAt
                + "+02:00[Europe/Helsinki]").toInstant()));
        return manager;
    }

    private List<String> mailsTo(String email) {
        return smtp.received().stream().filter(m -> m.contains("To: " + email)).toList();
    }

    @Test
    void monday_from_seven_the_past_week_goes_once_to_each_manager_in_their_language_however_many_checks_run() throws Exception {
        String fi = "leena" + Staff.next() + "@example.com";
        String en = "liam" + Staff.next() + "@example.com";
        manager(fi, "fi", "2026-11-20T10:00");
        manager(en, "en", "2026-11-20T10:00");

        at("2026-11-23T06:59:59");
        assertThat(weekly.sendDue()).as("before Monday 07:00 the week before last is not due either: "
                + "they opted in after its Monday").isZero();
        assertThat(mailsTo(fi)).isEmpty();

        // 07:00: four checks at once, five times each (four nodes, or one node's check and a restart).
        at("2026-11-23T07:00");
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> checks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            checks.add(weekly::sendDue);
        }
        int sent = 0;
        for (Future<Integer> check : nodes.invokeAll(checks)) {
            sent += check.get();
        }
        nodes.shutdown();
        assertThat(sent).isEqualTo(2);
        assertThat(mailsTo(fi)).hasSize(1).first().satisfies(mail -> assertThat(mail)
                .contains("Content-Type: application/pdf", "quality-report-2026-11-16-to-2026-11-22.pdf")
                .containsPattern("Subject: =\\?UTF-8\\?.*"));
        assertThat(decodedSubject(mailsTo(fi).get(0))).contains("laaturaportti 16.11.2026–22.11.2026");
        assertThat(decodedSubject(mailsTo(en).get(0))).contains("quality report 16.11.2026–22.11.2026");

        at("2026-11-23T12:00");
        assertThat(weekly.sendDue()).as("sent already this week").isZero();
        at("2026-11-30T07:05");
        assertThat(weekly.sendDue()).as("the next Monday, the next week").isEqualTo(2);
        assertThat(mailsTo(fi)).hasSize(2).last().satisfies(mail ->
                assertThat(mail).contains("quality-report-2026-11-23-to-2026-11-29.pdf"));
    }

    @Test
    void the_monday_after_the_clocks_go_back_and_a_claim_left_by_a_dead_node() {
        // Finland leaves summer time on Sunday 25 October 2026 at 04:00 (to 03:00).
        String email = "kalle" + Staff.next() + "@example.com";
        Person manager = manager(email, "fi", "2026-10-01T09:00");
        clock.use(Clock.fixed(ZonedDateTime.parse("2026-10-26T07:00+02:00[Europe/Helsinki]").toInstant(), clock.zone()));
        assertThat(weekly.sendDue()).isEqualTo(1);
        assertThat(mailsTo(email)).hasSize(1).first().satisfies(mail ->
                assertThat(mail).contains("quality-report-2026-10-19-to-2026-10-25.pdf"));

        // A node claimed the next week and died before sending: after 30 minutes another node sends it.
        mails.claim(manager.id(), LocalDate.parse("2026-10-26"), ZonedDateTime.parse(
                "2026-11-02T07:00+02:00[Europe/Helsinki]").toInstant());
        at("2026-11-02T07:20");
        assertThat(weekly.sendDue()).as("the claim is 20 minutes old: its node may still be sending").isZero();
        at("2026-11-02T07:31");
        assertThat(weekly.sendDue()).isEqualTo(1);
        assertThat(weekly.sendDue()).isZero();
        assertThat(mailsTo(email)).hasSize(2);
    }

    /** The subject as a person reads it (JavaMail encodes non-ASCII words). */
    private static String decodedSubject(String mail) throws Exception {
        return new MimeMessage(null, new ByteArrayInputStream(
                mail.getBytes(StandardCharsets.UTF_8))).getSubject();
    }
}
