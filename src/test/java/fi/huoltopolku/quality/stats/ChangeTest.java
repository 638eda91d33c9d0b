package fi.huoltopolku.quality.stats;

import static org.assertj.core.api.Assertions.assertThat;

import fi.huoltopolku.quality.stats.Change.Verdict;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * "Did it work?" worked by hand. Wilson intervals (z = 1.95996) of each window, then Newcombe's
 * hybrid interval of the difference d = p₂ − p₁:
 * low = d − √((p₂ − l₂)² + (u₁ − p₁)²), high = d + √((u₂ − p₂)² + (p₁ − l₁)²).
 */
class ChangeTest {

    private static final Offset<Double> HUNDREDTH = Offset.offset(0.005);

    @Test
    void checks_from_half_to_all_is_an_improvement() {
        // before 10/20 = 0.5, Wilson [0.29930, 0.70070]; after 20/20 = 1, Wilson [0.83887, 1]
        // low = 0.5 − √(0.16113² + 0.20070²) = 0.5 − 0.25738 = 0.24262; high = 0.5 + √(0 + 0.20070²) = 0.70070
        Change change = Change.of(new Proportion(10, 20), new Proportion(20, 20), 10);
        assertThat(change.points()).isCloseTo(50.0, HUNDREDTH);
        assertThat(change.low()).isCloseTo(24.26, HUNDREDTH);
        assertThat(change.high()).isCloseTo(70.07, HUNDREDTH);
        assertThat(change.verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(change.moreAnswers()).isNull();
    }

    @Test
    void a_fall_whose_interval_is_below_zero_is_worse() {
        // before 45/50 = 0.9, Wilson [0.78640, 0.95652]; after 12/20 = 0.6, Wilson [0.38658, 0.78119]
        // low = −0.3 − √(0.21342² + 0.05652²) = −0.52078; high = −0.3 + √(0.18119² + 0.11360²) = −0.08614
        Change change = Change.of(new Proportion(45, 50), new Proportion(12, 20), 10);
        assertThat(change.points()).isCloseTo(-30.0, HUNDREDTH);
        assertThat(change.low()).isCloseTo(-52.08, HUNDREDTH);
        assertThat(change.high()).isCloseTo(-8.61, HUNDREDTH);
        assertThat(change.verdict()).isEqualTo(Verdict.WORSE);
    }

    @Test
    void a_rise_within_chance_says_how_many_more_answers_would_show_it() {
        // before 50/100 = 0.5, Wilson [0.40383, 0.59617]; after 13/20 = 0.65, Wilson [0.43285, 0.81881]
        // low = 0.15 − √(0.21715² + 0.09617²) = −0.08749; high = 0.15 + √(0.16881² + 0.09617²) = 0.34428
        Change change = Change.of(new Proportion(50, 100), new Proportion(13, 20), 10);
        assertThat(change.points()).isCloseTo(15.0, HUNDREDTH);
        assertThat(change.low()).isCloseTo(-8.75, HUNDREDTH);
        assertThat(change.high()).isCloseTo(34.43, HUNDREDTH);
        assertThat(change.verdict()).isEqualTo(Verdict.NO_MEASURABLE_CHANGE_YET);
        // At 0.65 the interval first leaves zero with 44 more answers: 42 of 64 → low = +0.07 points;
        // with 43 more (41 of 63 = 0.6508, rounded) it still holds zero.
        assertThat(change.moreAnswers()).isEqualTo(44);
    }

    @Test
    void a_difference_smaller_than_the_before_window_can_show_is_not_promised_more_answers() {
        // before 58/100, Wilson [0.48206, 0.67202]; after 13/20 = 0.65: d = +7 points, but the before
        // window alone is ±9.5 points wide: no number of answers after the start separates them.
        Change change = Change.of(new Proportion(58, 100), new Proportion(13, 20), 10);
        assertThat(change.verdict()).isEqualTo(Verdict.NO_MEASURABLE_CHANGE_YET);
        assertThat(change.moreAnswers()).isNull();
    }

    @Test
    void a_new_action_with_one_answer_after_its_start_is_not_read_as_zero() {
        // The report once said "58 % → 0 % (n 1)": with 1 answer of the 10 a theme needs, no verdict.
        Change change = Change.of(new Proportion(58, 100), new Proportion(0, 1), 10);
        assertThat(change.verdict()).isEqualTo(Verdict.TOO_FEW_ANSWERS);
        assertThat(change.points()).isNull();
        assertThat(change.moreAnswers()).isEqualTo(9);
        assertThat(Change.of(new Proportion(3, 5), new Proportion(10, 20), 10).verdict())
                .as("too few before the start as well").isEqualTo(Verdict.TOO_FEW_ANSWERS);
    }
}
