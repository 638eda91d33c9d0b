package fi.huoltopolku.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void english_and_finnish_have_the_same_keys() throws IOException {
        Properties en = load("messages.properties");
        Properties fi = load("messages_fi.properties");
        assertThat(fi.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        fi.forEach((k, v) -> assertThat((String) v).as(k.toString()).isNotBlank());
    }

    @Test
    void a_problem_reads_in_the_users_language_with_the_field_named() {
        Messages messages = new Messages();
        Problem problem = Problem.invalid("vehicle.plate", "problem.badPlate", "!!");
        assertThat(messages.text(problem, java.util.Locale.ENGLISH))
                .isEqualTo("Plate: '!!' is not a registration plate (2–10 letters and digits)");
        assertThat(messages.text(problem, Messages.FINNISH))
                .isEqualTo("Rekisterinumero: '!!' ei ole rekisterinumero (2–10 kirjainta ja numeroa)");
    }
}
