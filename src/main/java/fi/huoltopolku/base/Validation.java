package fi.huoltopolku.base;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Checks every field of a request before refusing it, so a form names every problem at once:
 * each check runs, the invalid ones are gathered, and {@link #done()} refuses with all of them.
 * <pre>{@code
 * Validation check = new Validation();
 * String work = check.value(() -> required("requestedWork", booking.requestedWork(), MAX_TEXT));
 * check.that(booking.bookedAt() != null, "bookedAt", "problem.required");
 * check.done();
 * }</pre>
 */
public final class Validation {

    private final List<Problem> problems = new ArrayList<>();

    /** The value of a check that throws its problem; null (and the problem noted) when it fails. */
    public <T> @Nullable T value(Supplier<T> check) {
        try {
            return check.get();
        } catch (Problem problem) {
            if (problem.kind() != Problem.Kind.INVALID) {
                throw problem;
            }
            problems.add(problem);
            return null;
        }
    }

    /** Runs a check that throws its problem. */
    public void run(Runnable check) {
        value(() -> {
            check.run();
            return null;
        });
    }

    /** Notes a field's problem unless the condition holds; whether it held. */
    public boolean that(boolean condition, String field, String key, Object... args) {
        if (!condition) {
            problems.add(Problem.invalid(field, key, args));
        }
        return condition;
    }

    /** Notes a field's problem unless the moment is within the years a workshop deals with ({@link Dates}). */
    public boolean sane(@Nullable Instant when, String field) {
        return when == null || that(Dates.sane(when), field, "problem.dateRange", Dates.FIRST_YEAR, Dates.LAST_YEAR);
    }

    /** The same for a day. */
    public boolean sane(@Nullable LocalDate day, String field) {
        return day == null || that(Dates.sane(day), field, "problem.dateRange", Dates.FIRST_YEAR, Dates.LAST_YEAR);
    }

    /** Whether the field already has a problem (so a rule that needs its value can be left out). */
    public boolean failed(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    /** Refuses with every problem noted, if there was any. */
    public void done() {
        if (!problems.isEmpty()) {
            throw Problem.all(problems);
        }
    }
}
