package fi.huoltopolku.quality.stats;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class StatsTest {

    private static final Offset<Double> FOUR_DECIMALS = Offset.offset(0.00005);

    @Test
    void wilson_interval_of_eight_in_ten() {
        // p = 0.8, n = 10, z² = 3.8415: centre = (0.8 + 0.19207) / 1.38415 = 0.71674,
        // half = 1.96 × √(0.016 + 0.0096037) / 1.38415 = 0.22658 → [0.4902, 0.9433]
        Proportion p = new Proportion(8, 10);
        assertThat(p.rate()).isEqualTo(0.8);
        assertThat(p.low()).isCloseTo(0.4902, FOUR_DECIMALS);
        assertThat(p.high()).isCloseTo(0.9433, FOUR_DECIMALS);
    }

    @Test
    void wilson_interval_edges_none_all_and_a_single_answer() {
        // 0 of 10: [0, 0.2775]; 10 of 10: [0.7225, 1]; 1 of 1: centre 0.60327, half 0.39673 → [0.2065, 1]
        assertThat(new Proportion(0, 10).low()).isEqualTo(0.0);
        assertThat(new Proportion(0, 10).high()).isCloseTo(0.2775, FOUR_DECIMALS);
        assertThat(new Proportion(10, 10).low()).isCloseTo(0.7225, FOUR_DECIMALS);
        assertThat(new Proportion(10, 10).high()).isEqualTo(1.0);
        assertThat(new Proportion(1, 1).low()).isCloseTo(0.2065, FOUR_DECIMALS);
        Proportion none = new Proportion(0, 0);
        assertThat(none.rate()).isNull();
        assertThat(none.low()).isNull();
        assertThat(none.high()).isNull();
    }

    @Test
    void checks_good_and_customers_unhappy_is_a_blind_spot_with_separate_intervals() {
        // objective 19/20 = 0.95 [0.7639, 0.9911]; subjective 6/20 = 0.30 [0.1455, 0.5190];
        // gap = 30 − 95 = −65 points ≤ −15 and objective ≥ 0.80 → blind spot; 0.519 < 0.764 → separate.
        Comparison c = Comparison.of(new Proportion(19, 20), new Proportion(6, 20), Thresholds.DEFAULTS);
        assertThat(c.gapPoints()).isCloseTo(-65.0, Offset.offset(1e-9));
        assertThat(c.intervalsSeparate()).isTrue();
        assertThat(c.classification()).isEqualTo(Classification.BLIND_SPOT);
    }

    @Test
    void the_other_classifications() {
        // 5/20 = 0.25 vs 18/20 = 0.90: gap +65, subjective ≥ 0.80 → hidden strength (or unrecorded work)
        assertThat(Comparison.of(new Proportion(5, 20), new Proportion(18, 20), Thresholds.DEFAULTS).classification())
                .isEqualTo(Classification.HIDDEN_STRENGTH);
        // 0.90 vs 0.85: gap −5, each side ≥ 0.80 → aligned good
        assertThat(Comparison.of(new Proportion(18, 20), new Proportion(17, 20), Thresholds.DEFAULTS).classification())
                .isEqualTo(Classification.ALIGNED_GOOD);
        // 0.50 vs 0.40: gap −10, mean 0.45 → aligned weak
        assertThat(Comparison.of(new Proportion(10, 20), new Proportion(8, 20), Thresholds.DEFAULTS).classification())
                .isEqualTo(Classification.ALIGNED_WEAK);
        // 0.60 vs 0.10: gap −50 but the checks are not good either → aligned weak, not a blind spot
        assertThat(Comparison.of(new Proportion(12, 20), new Proportion(2, 20), Thresholds.DEFAULTS).classification())
                .isEqualTo(Classification.ALIGNED_WEAK);
        // exactly −15 points with good checks counts: 19/20 = 0.95 vs 16/20 = 0.80
        assertThat(Comparison.of(new Proportion(19, 20), new Proportion(16, 20), Thresholds.DEFAULTS).gapPoints())
                .isCloseTo(-15.0, Offset.offset(1e-9));
        assertThat(Comparison.of(new Proportion(19, 20), new Proportion(16, 20), Thresholds.DEFAULTS).classification())
                .isEqualTo(Classification.BLIND_SPOT);
    }

    @Test
    void each_side_is_good_or_weak_by_its_own_rate_never_by_the_mean_of_the_two() {
        // 88/100 checks and 78/100 customers: gap −10 (under 15), mean 0.83 ≥ 0.80 — but the customers'
        // 0.78 is below 0.80. Checks good, customers not: aligned weak, and it says which side.
        Comparison c = Comparison.of(new Proportion(88, 100), new Proportion(78, 100), Thresholds.DEFAULTS);
        assertThat(c.gapPoints()).isCloseTo(-10.0, Offset.offset(1e-9));
        assertThat(c.classification()).isEqualTo(Classification.ALIGNED_WEAK);
        assertThat(c.objectiveGood()).isTrue();
        assertThat(c.subjectiveGood()).isFalse();
        assertThat(c.sides()).isEqualTo(Comparison.Sides.CHECKS_GOOD);
        // 84/100 checks and 70/100 customers: gap −14, mean 0.77 < 0.80 (the old "weak on both sides") —
        // but the checks' 0.84 is good; only the customers are weak.
        Comparison d = Comparison.of(new Proportion(84, 100), new Proportion(70, 100), Thresholds.DEFAULTS);
        assertThat(d.classification()).isEqualTo(Classification.ALIGNED_WEAK);
        assertThat(d.sides()).isEqualTo(Comparison.Sides.CHECKS_GOOD);
        // 84/100 and 69/100: gap exactly −15 with good checks → a blind spot, not an aligned reading.
        assertThat(Comparison.of(new Proportion(84, 100), new Proportion(69, 100), Thresholds.DEFAULTS).classification())
                .isEqualTo(Classification.BLIND_SPOT);
        // 70/100 checks and 82/100 customers: gap +12 (under 15); customers good, checks not.
        Comparison e = Comparison.of(new Proportion(70, 100), new Proportion(82, 100), Thresholds.DEFAULTS);
        assertThat(e.classification()).isEqualTo(Classification.ALIGNED_WEAK);
        assertThat(e.sides()).isEqualTo(Comparison.Sides.CUSTOMERS_GOOD);
        // exactly 80/100 on both sides is good on both (the threshold counts as good)
        assertThat(Comparison.of(new Proportion(80, 100), new Proportion(80, 100), Thresholds.DEFAULTS).sides())
                .isEqualTo(Comparison.Sides.BOTH_GOOD);
    }

    @Test
    void too_few_answers_or_only_not_applicable_is_never_classified() {
        assertThat(Comparison.of(new Proportion(9, 9), new Proportion(1, 9), Thresholds.DEFAULTS).classification())
                .isEqualTo(Classification.TOO_FEW_ANSWERS);
        Comparison naOnly = Comparison.of(new Proportion(0, 0), new Proportion(3, 20), Thresholds.DEFAULTS);
        assertThat(naOnly.gapPoints()).isNull();
        assertThat(naOnly.intervalsSeparate()).isFalse();
        assertThat(naOnly.classification()).isEqualTo(Classification.TOO_FEW_ANSWERS);
    }

    @Test
    void the_link_says_how_much_passing_the_checks_matters_to_customers() {
        // satisfied 9 of 10 when the checks passed, 2 of 8 when any failed: 0.90 − 0.25 = 0.65
        SatisfactionLink link = new SatisfactionLink(new Proportion(9, 10), new Proportion(2, 8));
        assertThat(link.importance()).isCloseTo(0.65, Offset.offset(1e-9));
        assertThat(new SatisfactionLink(new Proportion(9, 10), new Proportion(0, 0)).importance()).isNull();
    }

    @Test
    void focus_ranks_negative_gap_times_importance_times_volume_ties_by_theme_order() {
        // A: 65 × (1 + 0.5) × 20 = 1950; B: 30 × (1 + 1.0) × 40 = 2400; C: the same as B = 2400 (tie, B first);
        // E: 30 × (1 + 0, importance unknown) × 40 = 1200; D: gap +10 → 0; F: aligned good (gap −5) → 0
        Focus.Candidate a = new Focus.Candidate("A", 1, Comparison.of(new Proportion(19, 20), new Proportion(6, 20),
                Thresholds.DEFAULTS), 0.5);
        Focus.Candidate b = new Focus.Candidate("B", 2, Comparison.of(new Proportion(36, 40), new Proportion(24, 40),
                Thresholds.DEFAULTS), 1.0);
        Focus.Candidate c = new Focus.Candidate("C", 3, Comparison.of(new Proportion(36, 40), new Proportion(24, 40),
                Thresholds.DEFAULTS), 1.0);
        Focus.Candidate e = new Focus.Candidate("E", 5, Comparison.of(new Proportion(36, 40), new Proportion(24, 40),
                Thresholds.DEFAULTS), null);
        Focus.Candidate f = new Focus.Candidate("F", 6, Comparison.of(new Proportion(18, 20), new Proportion(17, 20),
                Thresholds.DEFAULTS), 0.9);
        Focus.Candidate d = new Focus.Candidate("D", 4, Comparison.of(new Proportion(16, 20), new Proportion(18, 20),
                Thresholds.DEFAULTS), 0.9);
        assertThat(a.score()).isCloseTo(1950, Offset.offset(1e-6));
        assertThat(b.score()).isCloseTo(2400, Offset.offset(1e-6));
        assertThat(e.score()).isCloseTo(1200, Offset.offset(1e-6));
        assertThat(d.score()).isZero();
        assertThat(f.score()).isZero();
        assertThat(Focus.suggest(List.of(d, e, c, a, b, f), 2)).containsExactly("B", "C");
        assertThat(Focus.suggest(List.of(d, e, a, f), 2)).containsExactly("A", "E");
        assertThat(Focus.suggest(List.of(d, f), 2)).isEmpty();
    }
}
