package fi.huoltopolku.quality.stats;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The p-chart worked by hand. */
class ControlChartTest {

    private static final Offset<Double> FOUR_DECIMALS = Offset.offset(0.00005);

    @Test
    void a_month_far_below_the_workshops_own_rate_is_a_signal_and_the_rest_is_noise() {
        // p̄ = (40 + 42 + 20 + 9) / (50 + 50 + 40 + 10) = 111 / 150 = 0.74; p̄(1 − p̄) = 0.1924
        // n 50: 3√(0.1924/50) = 0.18610 → [0.5539, 0.9261]: 0.80 and 0.84 inside
        // n 40: 3√(0.1924/40) = 0.20806 → [0.5319, 0.9481]: 0.50 below → a signal
        // n 10: 3√(0.1924/10) = 0.41613 → [0.3239, 1 (cut)]: 0.90 inside; an empty month has no limits
        ControlChart chart = ControlChart.of(List.of(new Proportion(40, 50), new Proportion(42, 50),
                new Proportion(20, 40), new Proportion(9, 10), new Proportion(0, 0)));
        assertThat(chart.centre()).isCloseTo(0.74, FOUR_DECIMALS);
        assertThat(chart.points().get(0).lower()).isCloseTo(0.5539, FOUR_DECIMALS);
        assertThat(chart.points().get(0).upper()).isCloseTo(0.9261, FOUR_DECIMALS);
        assertThat(chart.points().get(2).lower()).isCloseTo(0.5319, FOUR_DECIMALS);
        assertThat(chart.points().get(3).lower()).isCloseTo(0.3239, FOUR_DECIMALS);
        assertThat(chart.points().get(3).upper()).isEqualTo(1.0);
        assertThat(chart.points()).extracting(ControlChart.Point::outside).containsExactly(false, false, true, false, false);
        assertThat(chart.points().get(4).lower()).isNull();
        assertThat(chart.signals()).isEqualTo(1);
        // Four months are too few for Laney (fewer than 10): the plain p-chart stays, σz reported all the same.
        // zᵢ = (pᵢ − p̄)/σᵢ: 0.06/0.062032 = 0.96724, 0.10/0.062032 = 1.61206, −0.24/0.069354 = −3.46050,
        // 0.16/0.138708 = 1.15350; moving ranges 0.64482, 5.07256, 4.61400 → mean 3.44379 / 1.128 = 3.05301
        assertThat(chart.kind()).isEqualTo(ControlChart.Kind.P_CHART);
        assertThat(chart.sigmaZ()).isCloseTo(3.05301, FOUR_DECIMALS);
    }

    @Test
    void months_that_vary_more_than_chance_get_laneys_wider_limits() {
        // Ten months of n = 400: 180, 220, 190, 210, 160, 240, 200, 180, 220, 200 satisfied
        // p̄ = 2000 / 4000 = 0.5; σᵢ = √(0.25/400) = 0.025; rates 0.45 0.55 0.475 0.525 0.40 0.60 0.50 0.45 0.55 0.50
        // z = −2, 2, −1, 1, −4, 4, 0, −2, 2, 0; moving ranges 4, 3, 2, 5, 8, 4, 2, 4, 2 = 34 → 34/9 = 3.77778
        // σz = 3.77778 / 1.128 = 3.34909 > 1
        // dispersion: sorted −4 −2 −2 −1 0 0 1 2 2 4; 10 %: h = 0.9 → −4 + 0.9 × 2 = −2.2; 90 %: h = 8.1 → 2 + 0.1 × 2 = 2.2
        //   Σz² = 50 → winsorized 50 − 16 − 16 + 4.84 + 4.84 = 27.68 = kφ̂ > χ²₉ 95 % = 16.919: overdispersed → Laney
        // plain: 0.5 ± 3 × 0.025 = [0.425, 0.575] → 0.40 and 0.60 would be two signals
        // Laney: 0.5 ± 3 × 0.025 × 3.34909 = ± 0.251182 → [0.248818, 0.751182]: no signal
        List<Proportion> months = List.of(180, 220, 190, 210, 160, 240, 200, 180, 220, 200).stream()
                .map(s -> new Proportion(s, 400)).toList();
        ControlChart chart = ControlChart.of(months);
        assertThat(chart.kind()).isEqualTo(ControlChart.Kind.LANEY_P_PRIME);
        assertThat(chart.sigmaZ()).isCloseTo(3.34909, FOUR_DECIMALS);
        assertThat(chart.points().get(0).lower()).isCloseTo(0.248818, FOUR_DECIMALS);
        assertThat(chart.points().get(0).upper()).isCloseTo(0.751182, FOUR_DECIMALS);
        assertThat(chart.signals()).isZero();
    }

    @Test
    void one_odd_month_among_ordinary_ones_stays_a_signal_and_does_not_widen_its_own_limits() {
        // Eleven months of n = 400 at z = 1, −1, 1, −1, 0, 0, 1, −1, 1, −1, 0 and one at z = −6 (0.35):
        // satisfied 210, 190, 210, 190, 200, 200, 210, 190, 210, 190, 200 and 140 → Σ = 2340 / 4800 = 0.4875
        // (the odd month pulls p̄ down a little). The winsorizing lowers the odd month's z to near the
        // next one's, so the dispersion test sees ordinary months: Σ winsorized z² = 11.01 < χ²₁₁ 95 % = 19.675
        // (unwinsorized Σz² = 41.03 would have said overdispersed, and σz = 1.69 would have hidden the month).
        // The plain p-chart stays: lower limit 0.4875 − 3√(0.4875 × 0.5125 / 400) = 0.41252, and 0.35 is a signal.
        List<Proportion> months = List.of(210, 190, 210, 190, 200, 200, 210, 190, 210, 190, 200, 140).stream()
                .map(s -> new Proportion(s, 400)).toList();
        ControlChart chart = ControlChart.of(months);
        assertThat(chart.kind()).isEqualTo(ControlChart.Kind.P_CHART);
        assertThat(chart.sigmaZ()).isGreaterThan(1);
        assertThat(chart.points()).extracting(ControlChart.Point::outside).containsOnlyOnce(true);
        assertThat(chart.points().get(11).outside()).isTrue();
    }

    @Test
    void without_any_answer_there_is_no_centre_and_no_signal() {
        ControlChart chart = ControlChart.of(List.of(new Proportion(0, 0), new Proportion(0, 0)));
        assertThat(chart.centre()).isNull();
        assertThat(chart.signals()).isZero();
    }
}
