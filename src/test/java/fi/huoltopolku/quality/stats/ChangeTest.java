package fi.huoltopolku.quality.stats;

import fi.huoltopolku.quality.stats.Change.Verdict;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

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
        // Held at exactly 0.65: with 52 more (46.8 of 72) after = [0.53479, 0.75002],
        // low = 0.15 − √(0.11521² + 0.09617²) = −0.00007, still holding zero; with 53 more (47.45 of 73)
        // after = [0.53559, 0.74941], low = 0.15 − √(0.11441² + 0.09617²) = +0.00054, and larger numbers narrow it further.
        assertThat(change.moreAnswers()).isEqualTo(53);
    }

    @Test
    void more_answers_is_the_number_from_which_on_the_difference_shows_not_the_first_lucky_one() {
        // before 40/50 = 0.8, Wilson [0.66963, 0.88756]; after 45/50 = 0.9. Rounding the hypothetical
        // count to whole answers saw-tooths: 125 more (158 of 175 = 0.9029) first put low at +0.00055, but
        // 126 more (158 of 176 = 0.8977) fall back to −0.00493, and so on until 154. Held at exactly 0.9:
        // 157 more (186.3 of 207): after [0.85157, 0.93386], low = 0.1 − √(0.04843² + 0.08756²) = −0.00006;
        // 158 more (187.2 of 208): after [0.85170, 0.93379], low = 0.1 − √(0.04830² + 0.08756²) = +0.000001.
        Change change = Change.of(new Proportion(40, 50), new Proportion(45, 50), 10);
        assertThat(change.verdict()).isEqualTo(Verdict.NO_MEASURABLE_CHANGE_YET);
        assertThat(change.moreAnswers()).isEqualTo(158);
        assertThat(change.answersEachSide()).as("only said when more answers after the start cannot do it").isNull();
    }

    @Test
    void a_difference_smaller_than_the_before_window_can_show_is_not_promised_more_answers() {
        // before 58/100, Wilson [0.48206, 0.67202]; after 13/20 = 0.65: d = +7 points, but the before
        // window alone is ±9.5 points wide: no number of answers after the start separates them.
        Change change = Change.of(new Proportion(58, 100), new Proportion(13, 20), 10);
        assertThat(change.verdict()).isEqualTo(Verdict.NO_MEASURABLE_CHANGE_YET);
        assertThat(change.moreAnswers()).isNull();
        // What would show it: both windows longer. With n answers on each side at 0.58 and 0.65:
        // n = 371: low = −0.000004; n = 372: Wilson [0.52928, 0.62909] and [0.60022, 0.69671],
        // low = 0.07 − √(0.04978² + 0.04909²) = +0.00009.
        assertThat(change.answersEachSide()).isEqualTo(372);
        // No difference at all: nothing would show one.
        assertThat(Change.of(new Proportion(50, 100), new Proportion(10, 20), 10).answersEachSide()).isNull();
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
