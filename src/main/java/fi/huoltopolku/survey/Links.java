package fi.huoltopolku.survey;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A customer's link (survey, extra-work approval) is their credential: staff see that it was sent,
 * never its token. Texts shown to staff pass through {@link #masked}; the stored message keeps the
 * link for sending.
 */
public final class Links {

    /** What stands where a token was. */
    public static final String HIDDEN = "•••";

    private static final Pattern TOKEN = Pattern.compile("(/(?:survey|approve)/)[A-Za-z0-9_-]+");

    private Links() {
    }

    public static @Nullable String masked(@Nullable String text) {
        return text == null ? null : TOKEN.matcher(text).replaceAll("$1" + HIDDEN);
    }
}
