package fi.huoltopolku.security;

import fi.huoltopolku.base.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gate in front of the password checks: how many at once, and how many from one address. */
class SignInGateTest {

    private static String key(Throwable t) {
        return ((Problem) t).key();
    }

    @Test
    void one_address_has_at_most_four_attempts_under_way_and_gets_its_turn_back_when_one_ends() {
        SignInGate gate = new SignInGate(10, Duration.ofSeconds(1));
        List<SignInGate.Turn> turns = new ArrayList<>();
        for (int i = 0; i < SignInGate.PER_ADDRESS; i++) {
            turns.add(gate.enter("10.0.0.1"));
        }
        assertThatThrownBy(() -> gate.enter("10.0.0.1")).extracting(SignInGateTest::key).isEqualTo("signIn.busy");
        // Another address is not held up by it.
        gate.enter("10.0.0.2").close();
        turns.remove(0).close();
        SignInGate.Turn again = gate.enter("10.0.0.1");
        again.close();
        turns.forEach(SignInGate.Turn::close);
    }

    @Test
    void no_more_checks_run_than_allowed_and_a_queued_attempt_is_refused_after_the_queue_time() {
        SignInGate gate = new SignInGate(2, Duration.ofMillis(50));
        SignInGate.Turn first = gate.enter("10.0.0.1");
        SignInGate.Turn second = gate.enter("10.0.0.2");
        assertThatThrownBy(() -> gate.enter("10.0.0.3")).extracting(SignInGateTest::key).isEqualTo("signIn.busy");
        first.close();
        // The refused attempt left nothing behind: its address and the freed check are usable.
        SignInGate.Turn third = gate.enter("10.0.0.3");
        second.close();
        third.close();
    }
}
