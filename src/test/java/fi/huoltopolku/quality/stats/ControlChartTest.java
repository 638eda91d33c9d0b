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
    }

    @Test
    void without_any_answer_there_is_no_centre_and_no_signal() {
        ControlChart chart = ControlChart.of(List.of(new Proportion(0, 0), new Proportion(0, 0)));
        assertThat(chart.centre()).isNull();
        assertThat(chart.signals()).isZero();
    }
}
