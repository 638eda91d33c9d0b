package fi.huoltopolku.base;

import fi.huoltopolku.visit.ExtraWork;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class StoredTextTest {

    @Test
    void a_fixed_text_is_stored_as_its_key_and_read_in_the_readers_language() {
        String stored = StoredText.of("approval.byCustomer", "Anna Virtanen");
        assertThat(StoredText.read(stored, Locale.ENGLISH)).isEqualTo("Anna Virtanen (customer, through the link)");
        assertThat(StoredText.read(stored, Messages.FINNISH)).isEqualTo("Anna Virtanen (asiakas, linkin kautta)");
        String rework = StoredText.of("rework.notClean") + ": ashtray full";
        assertThat(StoredText.read(rework, Messages.FINNISH)).isEqualTo(Messages.text("rework.notClean", Messages.FINNISH)
                + ": ashtray full");
    }

    @Test
    void old_rows_holding_one_languages_words_are_read_in_the_other_language_too() {
        assertThat(StoredText.read("Anna Virtanen (asiakas, linkin kautta)", Locale.ENGLISH))
                .isEqualTo("Anna Virtanen (customer, through the link)");
        assertThat(StoredText.read("Check-in finished: back to the workshop", Messages.FINNISH))
                .isEqualTo(Messages.text("checkIn.finishedNote", Messages.FINNISH));
        assertThat(StoredText.read("Noise remains: left front", Messages.FINNISH))
                .isEqualTo(Messages.text("rework.noiseRemains", Messages.FINNISH) + ": left front");
        assertThat(StoredText.read("Demo data", Messages.FINNISH)).isEqualTo("Demodata");
    }

    @Test
    void typed_words_stay_as_typed() {
        assertThat(StoredText.read("Asiakas soitti: {{tuntematon}} ja | merkki", Locale.ENGLISH))
                .isEqualTo("Asiakas soitti: {{tuntematon}} ja | merkki");
        assertThat(StoredText.read("Noise remains quiet", Locale.ENGLISH)).isEqualTo("Noise remains quiet");
    }

    @Test
    void an_extra_work_line_stored_in_a_presets_words_is_read_as_the_preset() {
        assertThat(ExtraWork.what("Bulb out").in(Messages.FINNISH)).isEqualTo("Polttimo rikki");
        assertThat(ExtraWork.what("Polttimo rikki").in(Locale.ENGLISH)).isEqualTo("Bulb out");
        assertThat(ExtraWork.what("preset:bulb").in(Messages.FINNISH)).isEqualTo("Polttimo rikki");
        assertThat(ExtraWork.what("Bulb out, rear left").in(Messages.FINNISH)).isEqualTo("Bulb out, rear left");
    }
}
