package fi.huoltopolku.quality;

import fi.huoltopolku.feedback.Said;
import fi.huoltopolku.quality.stats.Classification;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one comment the report shows beside a theme: one that speaks to the theme's verdict. Where
 * customers are less satisfied than the checks say (a blind spot) or both sides are weak, a
 * complaint (written by a customer who rated the theme 1–2); where the theme does well, praise
 * (rated 4–5); otherwise, or when no comment has that tone, the newest.
 */
public record RepresentativeComment(Said said, Tone tone, int of) {

    /** What the shown comment is. */
    public enum Tone { COMPLAINT, PRAISE, NEWEST }

    /** The comment to show out of {@code said} (newest first) for a theme classified {@code verdict}. */
    public static Optional<RepresentativeComment> of(List<Said> said, Classification verdict) {
        if (said.isEmpty()) {
            return Optional.empty();
        }
        Tone wanted = verdict == Classification.BLIND_SPOT || verdict == Classification.ALIGNED_WEAK ? Tone.COMPLAINT
                : verdict == Classification.ALIGNED_GOOD || verdict == Classification.HIDDEN_STRENGTH ? Tone.PRAISE
                : Tone.NEWEST;
        Predicate<Said> fits = wanted == Tone.COMPLAINT ? s -> s.complaints() > 0
                : wanted == Tone.PRAISE ? s -> s.praises() > 0 : s -> true;
        return Optional.of(said.stream().filter(fits).findFirst()
                .map(s -> new RepresentativeComment(s, wanted, said.size()))
                .orElseGet(() -> new RepresentativeComment(said.get(0), Tone.NEWEST, said.size())));
    }
}
