package fi.huoltopolku.base;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A request the service refused, with the reason as a translation key and its arguments, and the
 * field it concerns when there is one. Views show it in the user's language; the API as a 400.
 * A form's problems come together ({@link #all}): every field that is wrong, named at once.
 */
public class Problem extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, UNAUTHENTICATED, FORBIDDEN }

    private final Kind kind;
    private final String key;
    private final @Nullable String field;
    private final List<Object> args;
    private final List<Problem> all;

    private Problem(Kind kind, @Nullable String field, String key, Object... args) {
        super(key);
        this.kind = kind;
        this.key = key;
        this.field = field;
        this.args = List.of(args);
        this.all = List.of(this);
    }

    /** Several problems of one request: the first speaks for them, {@link #problems()} names each. */
    private Problem(List<Problem> all) {
        super(all.get(0).key);
        this.kind = Kind.INVALID;
        this.key = all.get(0).key;
        this.field = all.get(0).field;
        this.args = all.get(0).args;
        this.all = List.copyOf(all);
    }

    /** A rule of the workshop refuses this (an illegal move, work not yet approved...). */
    public static Problem refused(String key, Object... args) {
        return new Problem(Kind.INVALID, null, key, args);
    }

    /** A field's value is missing or wrong. */
    public static Problem invalid(String field, String key, Object... args) {
        return new Problem(Kind.INVALID, field, key, args);
    }

    /** Every problem found in one request (at least one; each of them {@link Kind#INVALID}). */
    public static Problem all(List<Problem> problems) {
        List<Problem> each = problems.stream().flatMap(p -> p.problems().stream()).toList();
        if (each.isEmpty()) {
            throw new IllegalArgumentException("no problem to report");
        }
        return each.size() == 1 ? each.get(0) : new Problem(each);
    }

    public static Problem notFound(String key, Object... args) {
        return new Problem(Kind.NOT_FOUND, null, key, args);
    }

    /** Someone else changed the same thing meanwhile: reload and try again. */
    public static Problem conflict(String key, Object... args) {
        return new Problem(Kind.CONFLICT, null, key, args);
    }

    /** Nobody is signed in (or the API token is missing, wrong or revoked). */
    public static Problem unauthenticated() {
        return new Problem(Kind.UNAUTHENTICATED, null, "problem.signInNeeded");
    }

    /** The caller is known but their role does not allow this. */
    public static Problem forbidden() {
        return new Problem(Kind.FORBIDDEN, null, "problem.notAllowed");
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public @Nullable String field() {
        return field;
    }

    public List<Object> args() {
        return args;
    }

    /** Each problem of the request: this one alone, or every one {@link #all} gathered. */
    public List<Problem> problems() {
        return all;
    }

    @Override
    public String getMessage() {
        return new Messages().text(this, Locale.ENGLISH);
    }
}
