package fi.huoltopolku.support;

import java.time.Duration;
import java.time.Instant;

/** The instant the workshop clock of every test context starts at (config/application-test.yml). */
public final class TestTime {

    /** Wednesday 10 June 2026, 09:00 in Helsinki. */
    public static final Instant START = Instant.parse("2026-06-10T06:00:00Z");

    private TestTime() {
    }

    /** Half an hour after the test clock's start: a booking for later today. */
    public static Instant soon() {
        return START.plus(Duration.ofMinutes(30));
    }
}
