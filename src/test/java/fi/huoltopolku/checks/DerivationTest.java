package fi.huoltopolku.checks;

import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.EventKind;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.Urgency;
import fi.huoltopolku.visit.VisitEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class DerivationTest {

    private static final Instant T0 = Instant.parse("2026-10-01T06:00:00Z");
    private static final Instant PROMISED = T0.plus(Duration.ofHours(6));

    private final List<VisitEvent> timeline = new ArrayList<>();

    private void move(String from, String to, long minutesAfterStart) {
        timeline.add(new VisitEvent(null, 1L, T0.plus(Duration.ofMinutes(minutesAfterStart)), null, "x",
                EventKind.STAGE, from, to, null));
    }

    private static ExtraWork line(Decision decision, Long decidedMinute, Long doneMinute) {
        return new ExtraWork(1L, 1L, "Brake pads", null, Urgency.SOON, decision, "Tech", T0,
                decidedMinute == null ? null : "Advisor", decidedMinute == null ? null : ContactChannel.PHONE,
                decidedMinute == null ? null : T0.plus(Duration.ofMinutes(decidedMinute)),
                doneMinute == null ? null : T0.plus(Duration.ofMinutes(doneMinute)), null, 0L);
    }

    private Map<String, Answer> derive(List<ExtraWork> lines, List<Instant> comebacks, Instant now) {
        return Derivation.derive(new Derivation.Facts(PROMISED, timeline, lines, comebacks, now));
    }

    @Test
    void nothing_is_known_before_the_car_reaches_the_stages_that_decide() {
        move("BOOKED", "CHECKED_IN", 0);
        move("CHECKED_IN", "IN_WORK", 30);
        assertThat(derive(List.of(), List.of(), T0.plus(Duration.ofHours(1))))
                .containsEntry(Derivation.READY_ON_TIME, null)
                .containsEntry(Derivation.EXTRA_APPROVED_FIRST, null)
                .containsEntry(Derivation.FIRST_TIME_PASS, null)
                .containsEntry(Derivation.NO_COMEBACK, null);
    }

    @Test
    void ready_exactly_at_the_promise_is_on_time_a_minute_later_is_not() {
        move("QUALITY_CHECK", "READY", 360); // 06:00 + 6 h = the promised time itself
        assertThat(derive(List.of(), List.of(), T0.plus(Duration.ofDays(1)))).containsEntry(Derivation.READY_ON_TIME, Answer.YES);
        timeline.clear();
        move("QUALITY_CHECK", "READY", 361);
        assertThat(derive(List.of(), List.of(), T0.plus(Duration.ofDays(1)))).containsEntry(Derivation.READY_ON_TIME, Answer.NO);
    }

    @Test
    void a_send_back_from_quality_check_fails_first_time_pass() {
        move("IN_WORK", "QUALITY_CHECK", 100);
        move("QUALITY_CHECK", "IN_WORK", 110);
        assertThat(derive(List.of(), List.of(), T0)).containsEntry(Derivation.FIRST_TIME_PASS, null);
        move("IN_WORK", "QUALITY_CHECK", 150);
        move("QUALITY_CHECK", "WASH", 160);
        assertThat(derive(List.of(), List.of(), T0)).containsEntry(Derivation.FIRST_TIME_PASS, Answer.NO);
        timeline.clear();
        move("IN_WORK", "QUALITY_CHECK", 100);
        move("QUALITY_CHECK", "READY", 120);
        assertThat(derive(List.of(), List.of(), T0)).containsEntry(Derivation.FIRST_TIME_PASS, Answer.YES);
    }

    @Test
    void extra_work_counts_only_once_done_and_must_have_been_approved_first() {
        assertThat(derive(List.of(line(Decision.APPROVED, 50L, null)), List.of(), T0))
                .containsEntry(Derivation.EXTRA_APPROVED_FIRST, null);
        assertThat(derive(List.of(line(Decision.APPROVED, 50L, 90L), line(Decision.DECLINED, 55L, null)), List.of(), T0))
                .containsEntry(Derivation.EXTRA_APPROVED_FIRST, Answer.YES);
        assertThat(derive(List.of(line(Decision.APPROVED, 95L, 90L)), List.of(), T0))
                .containsEntry(Derivation.EXTRA_APPROVED_FIRST, Answer.NO);
    }

    @Test
    void no_comeback_is_known_after_thirty_days_or_as_soon_as_a_comeback_is_marked_within_them() {
        move("READY", "FOLLOW_UP", 400);
        Instant handedOver = T0.plus(Duration.ofMinutes(400));
        assertThat(derive(List.of(), List.of(), handedOver.plus(Duration.ofDays(29))))
                .containsEntry(Derivation.NO_COMEBACK, null);
        assertThat(derive(List.of(), List.of(), handedOver.plus(Duration.ofDays(30))))
                .containsEntry(Derivation.NO_COMEBACK, Answer.YES);
        assertThat(derive(List.of(), List.of(handedOver.plus(Duration.ofDays(12))), handedOver.plus(Duration.ofDays(13))))
                .containsEntry(Derivation.NO_COMEBACK, Answer.NO);
        assertThat(derive(List.of(), List.of(handedOver.plus(Duration.ofDays(31))), handedOver.plus(Duration.ofDays(31))))
                .containsEntry(Derivation.NO_COMEBACK, Answer.YES);
    }

    private void promise(long minutesAfterStart, Instant from, Instant to) {
        timeline.add(new VisitEvent(null, 1L, T0.plus(Duration.ofMinutes(minutesAfterStart)), null, "Advisor",
                EventKind.PROMISE, from.toString(), to.toString(), "Part arrives tomorrow"));
    }

    private void contact(long minutesAfterStart, String direction) {
        timeline.add(new VisitEvent(null, 1L, T0.plus(Duration.ofMinutes(minutesAfterStart)), null, "Advisor",
                EventKind.CONTACT, "SMS", direction, "Told of the delay"));
    }

    @Test
    void a_delay_counts_as_told_only_when_the_customer_heard_of_it_before_the_old_promise_ran_out() {
        Instant later = PROMISED.plus(Duration.ofHours(20));
        // Never delayed: not checked.
        assertThat(derive(List.of(), List.of(), T0)).containsEntry(Derivation.DELAY_TOLD, null);

        // Delayed at 10:00 (promise was 12:00), nobody told yet: unknown until 12:00, then a miss.
        promise(240, PROMISED, later);
        assertThat(derive(List.of(), List.of(), T0.plus(Duration.ofMinutes(300)))).containsEntry(Derivation.DELAY_TOLD, null);
        assertThat(derive(List.of(), List.of(), PROMISED.plusSeconds(60))).containsEntry(Derivation.DELAY_TOLD, Answer.NO);

        // The customer called in: that is not telling them.
        contact(250, "INBOUND");
        assertThat(derive(List.of(), List.of(), PROMISED.plusSeconds(60))).containsEntry(Derivation.DELAY_TOLD, Answer.NO);

        // A message at 11:50, ten minutes before the old promise: told in time.
        contact(350, "OUTBOUND");
        assertThat(derive(List.of(), List.of(), PROMISED.plusSeconds(60))).containsEntry(Derivation.DELAY_TOLD, Answer.YES);
    }

    @Test
    void a_call_just_before_the_change_counts_and_a_promise_moved_earlier_is_no_delay() {
        // The advisor called at 9:30, then moved the promise at 10:00.
        contact(210, "OUTBOUND");
        promise(240, PROMISED, PROMISED.plus(Duration.ofHours(3)));
        assertThat(derive(List.of(), List.of(), PROMISED.plusSeconds(60))).containsEntry(Derivation.DELAY_TOLD, Answer.YES);

        // A second delay, after the first new promise had already passed: too late to tell in time.
        promise(600, PROMISED.plus(Duration.ofHours(3)), PROMISED.plus(Duration.ofHours(8)));
        assertThat(derive(List.of(), List.of(), PROMISED.plus(Duration.ofHours(4)))).containsEntry(Derivation.DELAY_TOLD,
                Answer.NO);

        timeline.clear();
        promise(60, PROMISED, PROMISED.minus(Duration.ofHours(1)));
        assertThat(derive(List.of(), List.of(), PROMISED)).containsEntry(Derivation.DELAY_TOLD, null);
    }
}
