package fi.huoltopolku.visit;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JourneyTest {

    private static final Set<Flag> NO_FLAGS = EnumSet.noneOf(Flag.class);
    private static final Instant T = Instant.parse("2026-11-23T08:00:00Z");

    private static ExtraWork line(String what, Decision decision, Instant doneAt) {
        return new ExtraWork(1L, 1L, what, null, Urgency.SOON, decision, "Tech", T, null, null, null, doneAt, null, 0L);
    }

    private static String refusal(Stage from, Stage to, Set<Flag> flags, List<ExtraWork> lines, String note) {
        try {
            Journey.checkMove(from, to, flags, lines, note);
            return "allowed";
        } catch (Problem p) {
            return p.key();
        }
    }

    @Test
    void the_ordinary_path_runs_from_booking_to_closed() {
        Stage stage = Stage.BOOKED;
        StringBuilder path = new StringBuilder(stage.name());
        while (Journey.next(stage, NO_FLAGS) != null) {
            Stage from = stage;
            Stage next = Journey.next(stage, NO_FLAGS);
            assertThatCode(() -> Journey.checkMove(from, next, NO_FLAGS, List.of(), null)).doesNotThrowAnyException();
            stage = next;
            path.append(" > ").append(stage.name());
        }
        assertThat(path).hasToString("BOOKED > CHECKED_IN > IN_WORK > QUALITY_CHECK > READY > FOLLOW_UP > CLOSED");
    }

    @Test
    void a_wash_is_in_the_path_only_when_wanted() {
        assertThat(Journey.next(Stage.QUALITY_CHECK, EnumSet.of(Flag.WASH))).isEqualTo(Stage.WASH);
        assertThat(refusal(Stage.QUALITY_CHECK, Stage.WASH, NO_FLAGS, List.of(), null)).isEqualTo("journey.washNotWanted");
        assertThat(refusal(Stage.QUALITY_CHECK, Stage.READY, EnumSet.of(Flag.WASH), List.of(), null))
                .isEqualTo("journey.washFirst");
    }

    @Test
    void skipping_a_stage_is_refused_naming_the_next_one() {
        assertThatThrownBy(() -> Journey.checkMove(Stage.BOOKED, Stage.IN_WORK, NO_FLAGS, List.of(), null))
                .isInstanceOf(Problem.class)
                .hasMessage("A visit cannot move from Booked to In work. Next for this visit: Checked in.");
    }

    @Test
    void sending_back_to_work_and_cancelling_need_a_note() {
        assertThat(refusal(Stage.QUALITY_CHECK, Stage.IN_WORK, NO_FLAGS, List.of(), " ")).isEqualTo("journey.reworkNeedsNote");
        assertThat(refusal(Stage.QUALITY_CHECK, Stage.IN_WORK, NO_FLAGS, List.of(), "brake noise remains")).isEqualTo("allowed");
        assertThat(refusal(Stage.BOOKED, Stage.CLOSED, NO_FLAGS, List.of(), null)).isEqualTo("journey.cancelNeedsNote");
    }

    @Test
    void the_car_cannot_leave_the_workshop_with_undecided_or_undone_extra_work() {
        assertThat(refusal(Stage.IN_WORK, Stage.QUALITY_CHECK, NO_FLAGS,
                List.of(line("Wiper blades", Decision.PENDING, null)), null)).isEqualTo("journey.extraWorkUndecided");
        assertThat(refusal(Stage.IN_WORK, Stage.QUALITY_CHECK, NO_FLAGS,
                List.of(line("Brake pads", Decision.APPROVED, null)), null)).isEqualTo("journey.extraWorkNotDone");
        assertThat(refusal(Stage.IN_WORK, Stage.QUALITY_CHECK, NO_FLAGS,
                List.of(line("Brake pads", Decision.APPROVED, T), line("Tyres", Decision.DECLINED, null)), null))
                .isEqualTo("allowed");
    }

    @Test
    void the_refusal_names_a_preset_in_the_readers_language_not_by_its_key() {
        Problem refusal = catchThrowableOfType(Problem.class, () -> Journey.checkMove(Stage.IN_WORK, Stage.QUALITY_CHECK,
                NO_FLAGS, List.of(line("preset:bulb", Decision.PENDING, null), line("Wiper blades", Decision.PENDING, null)),
                null));
        Messages messages = new Messages();
        assertThat(messages.text(refusal, Locale.ENGLISH)).isEqualTo(
                "The car cannot leave the workshop while the customer has not decided on: Bulb out; Wiper blades.");
        assertThat(messages.text(refusal, Messages.FINNISH)).contains("Polttimo rikki; Wiper blades").doesNotContain("preset");
    }

    @Test
    void nothing_moves_a_closed_visit() {
        assertThat(refusal(Stage.CLOSED, Stage.BOOKED, NO_FLAGS, List.of(), "x")).isEqualTo("journey.closed");
        assertThat(refusal(Stage.IN_WORK, Stage.IN_WORK, NO_FLAGS, List.of(), null)).isEqualTo("journey.alreadyThere");
    }
}
