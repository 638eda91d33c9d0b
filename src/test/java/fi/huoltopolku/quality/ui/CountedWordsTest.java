package fi.huoltopolku.quality.ui;

import fi.huoltopolku.base.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Counted nouns agree with their number in both languages: "−1 prosenttiyksikkö", "1 kuukausi". */
class CountedWordsTest {

    private static final Messages MESSAGES = new Messages();

    private static String change(Locale locale, String points, long size) {
        return MESSAGES.getTranslation("improvements.change", locale, "Asiakkaat", "60 %", "59 %", 100, 120, points,
                "−9", "+7", "ei vielä mitattavaa muutosta", size);
    }

    @Test
    void one_percentage_point_is_singular_in_finnish_and_in_english() {
        assertThat(change(Messages.FINNISH, "−1", 1)).contains("−1 prosenttiyksikkö (95 %:n väli −9…+7)");
        assertThat(change(Messages.FINNISH, "+2", 2)).contains("+2 prosenttiyksikköä (");
        assertThat(change(Messages.FINNISH, "+0", 0)).contains("+0 prosenttiyksikköä (");
        assertThat(change(Locale.ENGLISH, "−1", 1)).contains("−1 point (95 % interval −9 to +7)");
        assertThat(change(Locale.ENGLISH, "+12", 12)).contains("+12 points (");
    }

    @Test
    void months_and_answers_agree_with_their_number() {
        assertThat(MESSAGES.getTranslation("report.controlSignals", Messages.FINNISH, 1, "80 %"))
                .startsWith("1 kuukausi rajojen ulkopuolella");
        assertThat(MESSAGES.getTranslation("report.controlSignals", Messages.FINNISH, 3, "80 %"))
                .startsWith("3 kuukautta rajojen ulkopuolella");
        assertThat(MESSAGES.getTranslation("report.controlSignals", Locale.ENGLISH, 1, "80 %"))
                .startsWith("1 month outside the limits");
        assertThat(MESSAGES.getTranslation("improvements.moreAnswers", Messages.FINNISH, 1L))
                .startsWith("Noin 1 vastaus lisää");
        assertThat(MESSAGES.getTranslation("improvements.moreAnswers", Locale.ENGLISH, 160L))
                .startsWith("About 160 more answers since the start");
    }

    @Test
    void a_difference_too_small_to_show_says_what_would_show_it() {
        // 372 answers on each side (ChangeTest), the before window had 100 answers in 90 days:
        // 372 × 90 / 100 = 334.8 → 335 days.
        assertThat(MESSAGES.getTranslation("improvements.tooSmall", Locale.ENGLISH, 375L, 100L, 90, 335L)).isEqualTo(
                "A difference this small shows only with about 375 answers on each side of the start: at the pace "
                        + "before the start (100 answers in 90 days), windows of about 335 days before and after it.");
        assertThat(ImprovementsView.about(372)).isEqualTo(375);
        assertThat(ImprovementsView.about(158)).isEqualTo(160);
    }

    @Test
    void a_difference_that_rounds_to_nothing_reads_0_and_one_too_small_for_any_window_says_so() {
        assertThat(ImprovementsView.points(-0.3)).isEqualTo("0");
        assertThat(ImprovementsView.points(0.4)).isEqualTo("0");
        assertThat(ImprovementsView.points(-0.6)).isEqualTo("−1");
        assertThat(ImprovementsView.points(12.2)).isEqualTo("+12");
        assertThat(MESSAGES.getTranslation("improvements.tooSmallToShow", Locale.ENGLISH,
                ImprovementsView.PRACTICAL_WINDOW_DAYS)).contains("more than 365 days").endsWith("read it as no change.");
        assertThat(MESSAGES.getTranslation("improvements.tooSmallToShow", Messages.FINNISH,
                ImprovementsView.PRACTICAL_WINDOW_DAYS)).contains("yli 365 päivää").endsWith("ettei muutosta ole.");
    }
}
