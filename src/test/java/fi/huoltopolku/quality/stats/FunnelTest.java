package fi.huoltopolku.quality.stats;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The funnel plot and Spiegelhalter's overdispersion worked by hand. */
class FunnelTest {

    private static final Offset<Double> FIVE_DECIMALS = Offset.offset(0.000005);

    @Test
    void five_sites_that_differ_more_than_chance_widen_the_funnel_and_one_site_stays_below_it() {
        // Sites x/n: A 45/100, B 110/200, C 30/50, D 70/250, E 245/400.
        // p̄ = 500 / 1000 = 0.5; p̄(1 − p̄) = 0.25; sᵢ = √(0.25/nᵢ) = 0.05, 0.0353553, 0.0707107, 0.0316228, 0.025
        // zᵢ = (rate − 0.5)/sᵢ: A −0.05/0.05 = −1; B 0.05/0.0353553 = 1.41421; C 0.1/0.0707107 = 1.41421;
        //    D −0.22/0.0316228 = −6.95701; E 0.1125/0.025 = 4.5
        // sorted −6.95701, −1, 1.41421, 1.41421, 4.5; k = 5
        //    10 % quantile: h = 4 × 0.1 = 0.4 → −6.95701 + 0.4 × (−1 + 6.95701) = −4.57421
        //    90 % quantile: h = 3.6 → 1.41421 + 0.6 × (4.5 − 1.41421) = 3.26569
        // winsorized z²: 1 + 2 + 2 + 4.57421² (20.92337) + 3.26569² (10.66470) = 36.58807 → φ̂ = 7.31761 > 1: widen
        // wᵢ = nᵢ/0.25 = 400, 800, 200, 1000, 1600; Σw = 4000; Σw² = 4,400,000; Σw²/Σw = 1100 → 2900
        // τ² = (36.58807 − 4) / 2900 = 0.01123726
        // A (n 100): √(0.0025 + 0.01123726) = 0.117206; 95 %: ± 1.959964 × 0.117206 = ± 0.229720 → [0.270280, 0.729720]
        //                                               99.8 %: ± 3.090232 × 0.117206 = ± 0.362194 → [0.137806, 0.862194]
        // D (n 250): √(0.001 + 0.01123726) = 0.110622; 95 % lower 0.5 − 0.216815 = 0.283185 → 0.28 below 95 %;
        //                                               99.8 % lower 0.5 − 0.341848 = 0.158152 → not below 99.8 %
        // E (n 400): √(0.000625 + 0.01123726) = 0.108914; 95 % upper 0.713468 → 0.6125 inside
        // (Unwidened, D's 99.8 % lower limit would be 0.5 − 3.090232 × 0.0316228 = 0.402279 and E's upper
        //  0.5 + 3.090232 × 0.025 = 0.577256: both "outliers" at 99.8 % from the sites' ordinary spread.)
        Funnel funnel = Funnel.of(List.of(new Proportion(45, 100), new Proportion(110, 200), new Proportion(30, 50),
                new Proportion(70, 250), new Proportion(245, 400)), 3);
        assertThat(funnel.centre()).isCloseTo(0.5, FIVE_DECIMALS);
        assertThat(funnel.phi()).isCloseTo(7.31761, FIVE_DECIMALS);
        assertThat(funnel.tau2()).isCloseTo(0.01123726, Offset.offset(0.00000001));
        assertThat(funnel.widened()).isTrue();
        Funnel.Unit a = funnel.units().get(0);
        assertThat(a.inner().lower()).isCloseTo(0.270280, FIVE_DECIMALS);
        assertThat(a.inner().upper()).isCloseTo(0.729720, FIVE_DECIMALS);
        assertThat(a.outer().lower()).isCloseTo(0.137806, FIVE_DECIMALS);
        assertThat(a.outer().upper()).isCloseTo(0.862194, FIVE_DECIMALS);
        assertThat(funnel.units().get(3).inner().lower()).isCloseTo(0.283185, FIVE_DECIMALS);
        assertThat(funnel.units().get(3).outer().lower()).isCloseTo(0.158152, FIVE_DECIMALS);
        assertThat(funnel.units().get(4).inner().upper()).isCloseTo(0.713468, FIVE_DECIMALS);
        assertThat(funnel.units()).extracting(Funnel.Unit::position).containsExactly(Funnel.Position.INSIDE,
                Funnel.Position.INSIDE, Funnel.Position.INSIDE, Funnel.Position.BELOW_95, Funnel.Position.INSIDE);
        assertThat(funnel.outside()).isEqualTo(1);
    }

    @Test
    void two_far_off_sites_widen_the_funnel_and_sites_within_chance_keep_the_binomial_limits() {
        // x/n: 50/100, 52/100, 48/100, 30/100, 70/100 → p̄ = 250/500 = 0.5; sᵢ = √(0.25/100) = 0.05 for all
        // z = 0, 0.4, −0.4, −4, 4; sorted −4, −0.4, 0, 0.4, 4; 10 %: −4 + 0.4 × 3.6 = −2.56; 90 %: 2.56
        // winsorized z²: 0 + 0.16 + 0.16 + 6.5536 + 6.5536 = 13.4272 → φ̂ = 2.68544 > 1, widen:
        // w = 400 each; Σw = 2000, Σw²/Σw = 400 → 1600; τ² = (13.4272 − 4)/1600 = 0.005892
        // √(0.0025 + 0.005892) = 0.0916079; 99.8 %: ± 0.283089 → [0.216911, 0.783089]; 95 %: ± 0.179548 → [0.320452, 0.679548]
        // → 0.30 below 95 %, 0.70 above 95 %, the rest inside
        Funnel funnel = Funnel.of(List.of(new Proportion(50, 100), new Proportion(52, 100), new Proportion(48, 100),
                new Proportion(30, 100), new Proportion(70, 100)), 3);
        assertThat(funnel.phi()).isCloseTo(2.68544, FIVE_DECIMALS);
        assertThat(funnel.tau2()).isCloseTo(0.005892, Offset.offset(0.0000001));
        assertThat(funnel.units().get(0).inner().lower()).isCloseTo(0.320452, FIVE_DECIMALS);
        assertThat(funnel.units().get(0).outer().upper()).isCloseTo(0.783089, FIVE_DECIMALS);
        assertThat(funnel.units()).extracting(Funnel.Unit::position).containsExactly(Funnel.Position.INSIDE,
                Funnel.Position.INSIDE, Funnel.Position.INSIDE, Funnel.Position.BELOW_95, Funnel.Position.ABOVE_95);

        // Within chance: 48/100, 52/100, 50/100, 49/100, 51/100 → p̄ 0.5, z = −0.4, 0.4, 0, −0.2, 0.2: φ̂ < 1, no widening;
        // 99.8 %: 0.5 ± 3.090232 × 0.05 = [0.345488, 0.654512]; 95 %: 0.5 ± 0.0979982 = [0.402002, 0.597998]
        Funnel calm = Funnel.of(List.of(new Proportion(48, 100), new Proportion(52, 100), new Proportion(50, 100),
                new Proportion(49, 100), new Proportion(51, 100)), 3);
        assertThat(calm.widened()).isFalse();
        assertThat(calm.tau2()).isZero();
        assertThat(calm.phi()).isLessThan(1);
        assertThat(calm.units().get(0).outer().lower()).isCloseTo(0.345488, FIVE_DECIMALS);
        assertThat(calm.units().get(0).inner().upper()).isCloseTo(0.597998, FIVE_DECIMALS);
        assertThat(calm.outside()).isZero();
    }

    @Test
    void three_sites_are_too_few_to_widen_so_one_site_far_off_is_named_not_absorbed() {
        // The demo's shape: 136/152, 19/22, 16/35 → p̄ = 171/209 = 0.818182; binomial s for the third:
        // √(0.818182 × 0.181818 / 35) = 0.0651942; 99.8 % lower 0.818182 − 3.090232 × 0.0651942 = 0.616717:
        // 0.457 is below it. Widened from three units (the method allows it), φ̂ > 1 absorbs that very site.
        List<Proportion> sites = List.of(new Proportion(136, 152), new Proportion(19, 22), new Proportion(16, 35));
        Funnel plain = Funnel.of(sites);
        assertThat(plain.widened()).isFalse();
        assertThat(plain.units().get(2).outer().lower()).isCloseTo(0.616717, FIVE_DECIMALS);
        assertThat(plain.units().get(2).position()).isEqualTo(Funnel.Position.BELOW_998);
        Funnel widened = Funnel.of(sites, 3);
        assertThat(widened.widened()).isTrue();
        assertThat(widened.units().get(2).position()).isNotEqualTo(Funnel.Position.BELOW_998);
    }

    @Test
    void few_sites_empty_sites_and_all_or_nothing_rates_give_no_nan() {
        // Two sites: too few to estimate dispersion; plain limits. 10/100 and 30/100 → p̄ 0.2, s = 0.04;
        // 99.8 %: 0.2 ± 0.123609 → [0.076391, 0.323609]: both inside; 95 %: 0.2 ± 0.078399 → 0.10 and 0.30 outside
        Funnel two = Funnel.of(List.of(new Proportion(10, 100), new Proportion(30, 100), new Proportion(0, 0)));
        assertThat(two.widened()).isFalse();
        assertThat(two.phi()).isEqualTo(1.0);
        assertThat(two.units()).extracting(Funnel.Unit::position).containsExactly(Funnel.Position.BELOW_95,
                Funnel.Position.ABOVE_95, Funnel.Position.NO_DATA);
        assertThat(two.units().get(2).inner()).isNull();

        Funnel none = Funnel.of(List.of(new Proportion(0, 10), new Proportion(0, 20), new Proportion(0, 30)));
        assertThat(none.centre()).isEqualTo(0.0);
        assertThat(none.phi()).isEqualTo(1.0);
        assertThat(none.units()).allSatisfy(u -> {
            assertThat(u.position()).isEqualTo(Funnel.Position.INSIDE);
            assertThat(u.outer()).isEqualTo(new Funnel.Limits(0, 0));
        });
        Funnel all = Funnel.of(List.of(new Proportion(10, 10), new Proportion(20, 20), new Proportion(30, 30)));
        assertThat(all.outside()).isZero();
        assertThat(all.limits(5, Funnel.Z998)).isEqualTo(new Funnel.Limits(1, 1));

        Funnel empty = Funnel.of(List.of(new Proportion(0, 0)));
        assertThat(empty.centre()).isNull();
        assertThat(empty.limits(100, Funnel.Z95)).isNull();
        assertThat(empty.units().get(0).position()).isEqualTo(Funnel.Position.NO_DATA);
    }
}
