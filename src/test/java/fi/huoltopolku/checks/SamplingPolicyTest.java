package fi.huoltopolku.checks;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class SamplingPolicyTest {

    private final SamplingPolicy tenPercent = new SamplingPolicy(0.10, 20);

    @Test
    void a_car_is_drawn_by_chance_below_the_share_and_for_fairness_after_a_long_gap() {
        assertThat(tenPercent.decide(1, 0.05)).isEqualTo(SamplingPolicy.Draw.BY_CHANCE);
        assertThat(tenPercent.decide(19, 0.50)).isEqualTo(SamplingPolicy.Draw.NONE);
        assertThat(tenPercent.decide(20, 0.50)).isEqualTo(SamplingPolicy.Draw.FOR_FAIRNESS);
    }

    /**
     * 6 technicians, 6,000 handovers, a seeded chance. Expected share: 10% by chance, plus the cars
     * drawn for fairness (a run of 19 misses has probability 0.9^19 ≈ 13.5%), so about 10.7% in all;
     * a technician's longest run without a draw is never above 20.
     */
    @Test
    void over_many_handovers_the_share_holds_and_no_technician_goes_unsampled_for_long() {
        Random chance = new Random(42);
        Map<Integer, Integer> sinceLast = new HashMap<>();
        Map<Integer, Integer> drawnPerTechnician = new HashMap<>();
        int longestGap = 0;
        int drawn = 0;
        int handovers = 6_000;
        for (int i = 0; i < handovers; i++) {
            int technician = chance.nextInt(6);
            int since = sinceLast.merge(technician, 1, Integer::sum);
            longestGap = Math.max(longestGap, since);
            if (tenPercent.decide(since, chance.nextDouble()) != SamplingPolicy.Draw.NONE) {
                drawn++;
                drawnPerTechnician.merge(technician, 1, Integer::sum);
                sinceLast.put(technician, 0);
            }
        }
        double share = (double) drawn / handovers;
        assertThat(share).isBetween(0.095, 0.125);
        assertThat(longestGap).isLessThanOrEqualTo(20);
        assertThat(drawnPerTechnician).hasSize(6);
        drawnPerTechnician.values().forEach(n -> assertThat(n).isBetween(80, 135));
    }
}
