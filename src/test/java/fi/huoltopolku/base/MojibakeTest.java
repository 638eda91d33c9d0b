package fi.huoltopolku.base;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;

/** Which stored text is proven garbled (UTF-8 read as ISO-8859-1) and put right; nothing else changes. */
class MojibakeTest {

    /** What the servlet default made of a browser's UTF-8 form. */
    static String garbled(String typed) {
        return new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jäähdytin vuotaa yhä, å € 🚗", "Lisätöistä ei kerrottu", "Åke Öljynen", "Ääni",
            "Hinta 120 €", "Naïve café — “quoted”"})
    void text_garbled_by_the_form_is_put_back_as_typed(String typed) {
        assertThat(garbled(typed)).isNotEqualTo(typed);
        assertThat(Mojibake.repaired(garbled(typed))).isEqualTo(typed);
    }

    @Test
    void the_issues_own_example_reads_again() {
        assertThat(Mojibake.repaired("JÃ¤Ã¤hdytin vuotaa yhÃ¤")).isEqualTo("Jäähdytin vuotaa yhä");
    }

    @Test
    void text_garbled_twice_by_a_form_sent_back_and_posted_again_is_put_right_too() {
        assertThat(Mojibake.repaired(garbled(garbled("Jäähdytin")))).isEqualTo("Jäähdytin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Café", "Ã…", "Jäähdytin vuotaa yhä", "Plain ASCII only", "Ã", "Â", "£5 and ¥7",
            "Mäkinen ja Ã¤", "€ 🚗", ""})
    void text_not_proven_garbled_is_left_as_it_is(String text) {
        assertThat(Mojibake.repaired(text)).isSameAs(text);
    }

    @Test
    void nothing_is_nothing() {
        assertThat(Mojibake.repaired(null)).isNull();
    }
}
