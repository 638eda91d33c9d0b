package fi.huoltopolku.quality;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.quality.stats.Comparison;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.quality.stats.SatisfactionLink;
import fi.huoltopolku.quality.stats.Thresholds;
import fi.huoltopolku.theme.Theme;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** A theme said in one sentence, worked by hand for each reading, in both languages. */
class ThemeSentenceTest {

    private static final Messages MESSAGES = new Messages();
    private static final String NBSP = "\u00a0";

    private static String say(Proportion checks, Proportion customers, Locale locale) {
        ThemeComparison row = new ThemeComparison(null, Comparison.of(checks, customers, Thresholds.DEFAULTS), null,
                null, null, null, 0, false);
        return ThemeSentence.of(row, Thresholds.DEFAULTS, MESSAGES, locale).replace(NBSP, " ");
    }

    @Test
    void a_blind_spot_beyond_chance_in_both_languages() {
        // 19/20 = 95 % [76, 99], 6/20 = 30 % [15, 52]: gap −65 ≥ 15 with checks ≥ 80 % → blind spot; apart.
        assertThat(say(new Proportion(19, 20), new Proportion(6, 20), Locale.ENGLISH)).isEqualTo(
                "Checks say 95 % done, customers satisfied 30 % — a blind spot, 20 answers. "
                        + "The difference is beyond chance (the 95 % intervals do not overlap).");
        assertThat(say(new Proportion(19, 20), new Proportion(6, 20), Messages.FINNISH)).isEqualTo(
                "Tarkistusten mukaan 95 % tehty, asiakkaista tyytyväisiä 30 % — sokea piste, 20 vastausta. "
                        + "Ero ei ole sattumaa (95 %:n luottamusvälit eivät mene päällekkäin).");
    }

    @Test
    void close_sides_say_which_one_is_good_by_its_own_rate() {
        // 88/100 and 78/100: gap −10 < 15, mean 83 % — yet only the checks reach 80 %.
        Proportion checks = new Proportion(88, 100);
        Proportion customers = new Proportion(78, 100);
        assertThat(say(checks, customers, Locale.ENGLISH)).isEqualTo("Checks say 88 % done, customers satisfied 78 % — "
                + "the checks are good (at least 80 %), the customers are not, 100 answers.");
        assertThat(say(checks, customers, Messages.FINNISH)).isEqualTo("Tarkistusten mukaan 88 % tehty, asiakkaista "
                + "tyytyväisiä 78 % — tarkistukset ovat hyvällä tasolla (vähintään 80 %), asiakkaat eivät, 100 vastausta.");
        assertThat(ThemeSentence.readingName(Comparison.of(checks, customers, Thresholds.DEFAULTS), MESSAGES,
                Locale.ENGLISH)).isEqualTo("Aligned: checks good, customers not");
        // 84/100 and 70/100: gap −14, mean 77 % (read "weak on both sides" before) — the checks are good.
        assertThat(ThemeSentence.readingName(Comparison.of(new Proportion(84, 100), new Proportion(70, 100),
                Thresholds.DEFAULTS), MESSAGES, Messages.FINNISH))
                .isEqualTo("Linjassa: tarkistukset hyvällä tasolla, asiakkaat eivät");
        // 70/100 and 82/100: the customers are good, the checks not.
        assertThat(say(new Proportion(70, 100), new Proportion(82, 100), Locale.ENGLISH)).isEqualTo("Customers "
                + "satisfied 82 %, checks say 70 % done — the customers are good (at least 80 %), the checks are not, "
                + "100 answers.");
    }

    @Test
    void the_other_readings_and_too_few_answers() {
        // 18/20 = 90 % and 17/20 = 85 %: gap −5, both good; the intervals overlap, nothing said of chance.
        assertThat(say(new Proportion(18, 20), new Proportion(17, 20), Locale.ENGLISH))
                .isEqualTo("Checks say 90 % done and customers are satisfied 85 % — good on both sides "
                        + "(each at least 80 %), 20 answers.");
        // 10/20 = 50 % and 8/20 = 40 %: weak on both sides.
        assertThat(say(new Proportion(10, 20), new Proportion(8, 20), Locale.ENGLISH))
                .isEqualTo("Checks say 50 % done, customers satisfied 40 % — weak on both sides (each below 80 %), 20 answers.");
        // 5/20 = 25 % and 18/20 = 90 %: customers see more than the checks record; intervals [11, 47] and [70, 97] apart.
        assertThat(say(new Proportion(5, 20), new Proportion(18, 20), Locale.ENGLISH)).startsWith(
                "Customers satisfied 90 %, checks say only 25 % done — customers see more than the checks record, 20 answers.");
        // 4 customer answers of the 10 a theme needs: no reading, the counts instead.
        assertThat(say(new Proportion(30, 31), new Proportion(1, 4), Locale.ENGLISH))
                .isEqualTo("Too few answers to read yet: 4 from customers and 31 checks, 10 needed on each side.");
        assertThat(say(new Proportion(0, 1), new Proportion(0, 0), Locale.ENGLISH))
                .isEqualTo("Too few answers to read yet: 0 from customers and 1 check, 10 needed on each side.");
        assertThat(say(new Proportion(0, 1), new Proportion(0, 0), Messages.FINNISH))
                .isEqualTo("Liian vähän vastauksia vielä: 0 asiakkailta ja 1 tarkistus, kummaltakin puolelta tarvitaan 10.");
    }

    @Test
    void a_blind_spot_in_focus_says_why_it_comes_first_whatever_its_importance() {
        // 19/20 checks, 6/20 customers: a blind spot. Satisfied 6 of 18 when the checks passed, 1 of 2 when one
        // failed: importance 33 − 50 = −17 points, "no sign it matters" — and still the focus, by its gap.
        Theme handover = new Theme(1L, "HANDOVER", "Invoice & handover",
                "Lasku ja luovutus", "", "", 1, false, 0L);
        ThemeComparison row = new ThemeComparison(handover, Comparison.of(new Proportion(19, 20), new Proportion(6, 20),
                Thresholds.DEFAULTS), null, null, null,
                new SatisfactionLink(new Proportion(6, 18), new Proportion(1, 2)), 1300, true);
        assertThat(ThemeSentence.importance(row, MESSAGES, Locale.ENGLISH)).isEqualTo("−17: no sign it matters");
        assertThat(ThemeSentence.focus(row, Thresholds.DEFAULTS, MESSAGES, Locale.ENGLISH).replace(NBSP, " "))
                .startsWith("Work on Invoice & handover: checks say 95 % done, customers satisfied 30 % — a blind spot")
                .endsWith("Why this theme: its checks pass, yet customers are still unhappy — the checks measure "
                        + "something customers do not feel, so it ranks by its gap whatever its importance.");
        assertThat(ThemeSentence.focus(row, Thresholds.DEFAULTS, MESSAGES, Messages.FINNISH))
                .contains("Miksi tämä teema: tarkistukset toteutuvat, mutta asiakkaat eivät silti ole tyytyväisiä");
    }
}
