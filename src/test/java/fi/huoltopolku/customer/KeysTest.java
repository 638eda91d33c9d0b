package fi.huoltopolku.customer;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class KeysTest {

    @Test
    void plates_match_whatever_the_case_and_dashes() {
        assertThat(Keys.plate("abc-123")).isEqualTo("ABC123");
        assertThat(Keys.plate("ABC 123")).isEqualTo("ABC123");
        assertThat(Keys.plate("äöb-12")).isEqualTo("ÄÖB12");
    }

    @Test
    void finnish_phone_numbers_are_searched_in_international_form() {
        assertThat(Keys.phone("040 123 4567")).isEqualTo("358401234567");
        assertThat(Keys.phone("+358 40 123 4567")).isEqualTo("358401234567");
        assertThat(Keys.phone("00358401234567")).isEqualTo("358401234567");
    }

    @Test
    void plates_are_shown_in_one_form_letters_and_digits_apart() {
        assertThat(Keys.plateShown("zzt901")).isEqualTo("ZZT-901");
        assertThat(Keys.plateShown(" zzt 901 ")).isEqualTo("ZZT-901");
        assertThat(Keys.plateShown("äöb-12")).isEqualTo("ÄÖB-12");
        assertThat(Keys.plateShown("12abc")).isEqualTo("12-ABC");
        // Another shape keeps its letters and digits as they come.
        assertThat(Keys.plateShown("cd-12-ab")).isEqualTo("CD12AB");
    }

    @Test
    void phone_numbers_are_stored_in_e164_and_shown_in_the_national_format() {
        assertThat(Phones.e164("040 123 4567")).contains("+358401234567");
        assertThat(Phones.e164("+358 (0)40 123 4567")).contains("+358401234567");
        assertThat(Phones.e164("00358401234567")).contains("+358401234567");
        assertThat(Phones.e164("+46 70 123 45 67")).contains("+46701234567");
        assertThat(Phones.e164("040")).isEmpty();
        assertThat(Phones.e164("not a phone")).isEmpty();
        assertThat(Phones.shown("+358401234567")).isEqualTo("040 1234567");
        assertThat(Phones.shown("+46701234567")).isEqualTo("+46 70 123 45 67");
        // A number stored before numbers were parsed is shown in the same form.
        assertThat(Phones.shown("0401234567")).isEqualTo("040 1234567");
        assertThat(Phones.shown(null)).isEmpty();
    }
}
