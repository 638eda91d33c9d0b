package fi.huoltopolku.quality;

import fi.huoltopolku.feedback.Said;
import fi.huoltopolku.quality.RepresentativeComment.Tone;
import fi.huoltopolku.quality.stats.Classification;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The comment shown beside a theme speaks to the theme's verdict, not just the newest words. */
class RepresentativeCommentTest {

    // Newest first: the newest is praise (its writer rated the theme 5), then a complaint said by two
    // customers who rated it 1 and 2, then a comment rated 3 (neither).
    private final Said praise = new Said("Great service, the car was ready on time.", 1, 0, 1);
    private final Said complaint = new Said("Lasku oli kalliimpi kuin oletin, eikä sitä selitetty.", 2, 2, 0);
    private final Said neither = new Said("Ihan ok.", 1, 0, 0);
    private final List<Said> said = List.of(praise, complaint, neither);

    @Test
    void a_theme_weak_on_both_sides_or_a_blind_spot_shows_a_complaint_not_the_newest_praise() {
        for (Classification weak : List.of(Classification.ALIGNED_WEAK, Classification.BLIND_SPOT)) {
            RepresentativeComment shown = RepresentativeComment.of(said, weak).orElseThrow();
            assertThat(shown.said()).as(weak.name()).isEqualTo(complaint);
            assertThat(shown.tone()).isEqualTo(Tone.COMPLAINT);
            assertThat(shown.of()).as("out of three different comments").isEqualTo(3);
        }
    }

    @Test
    void a_theme_that_does_well_shows_praise() {
        List<Said> complaintFirst = List.of(complaint, neither, praise);
        for (Classification good : List.of(Classification.ALIGNED_GOOD, Classification.HIDDEN_STRENGTH)) {
            RepresentativeComment shown = RepresentativeComment.of(complaintFirst, good).orElseThrow();
            assertThat(shown.said()).as(good.name()).isEqualTo(praise);
            assertThat(shown.tone()).isEqualTo(Tone.PRAISE);
        }
    }

    @Test
    void without_a_comment_of_the_verdicts_tone_or_a_verdict_the_newest_is_shown_and_called_the_newest() {
        RepresentativeComment noComplaint = RepresentativeComment.of(List.of(praise, neither), Classification.BLIND_SPOT).orElseThrow();
        assertThat(noComplaint.said()).isEqualTo(praise);
        assertThat(noComplaint.tone()).isEqualTo(Tone.NEWEST);
        RepresentativeComment tooFew = RepresentativeComment.of(said, Classification.TOO_FEW_ANSWERS).orElseThrow();
        assertThat(tooFew.said()).isEqualTo(praise);
        assertThat(tooFew.tone()).isEqualTo(Tone.NEWEST);
        assertThat(RepresentativeComment.of(List.of(), Classification.ALIGNED_WEAK)).isEmpty();
    }
}
