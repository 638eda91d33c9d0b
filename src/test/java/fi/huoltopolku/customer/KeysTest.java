package fi.huoltopolku.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
