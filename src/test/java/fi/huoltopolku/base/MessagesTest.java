package fi.huoltopolku.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Properties;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(messages.text(problem, Locale.ENGLISH))
                .isEqualTo("Plate: '!!' is not a registration plate (2–10 letters and digits)");
        assertThat(messages.text(problem, Messages.FINNISH))
                .isEqualTo("Rekisterinumero: '!!' ei ole rekisterinumero (2–10 kirjainta ja numeroa)");
    }

    private static long apostrophes(String text) {
        return text.chars().filter(c -> c == '\'').count();
    }

    /**
     * Every message with arguments, in both languages, formatted as the app formats it with a
     * distinctive value for each argument: each value shows, and every apostrophe of the text
     * (written '' in the pattern) shows too, none eaten by MessageFormat's quoting.
     */
    @Test
    void every_message_with_arguments_shows_each_argument_and_every_apostrophe() throws IOException {
        Messages messages = new Messages();
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (String file : new String[] {"messages.properties", "messages_fi.properties"}) {
            Locale locale = file.contains("_fi") ? Messages.FINNISH : Locale.ENGLISH;
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                String raw = bundle.getProperty(key);
                if (!Messages.hasArguments(raw)) {
                    continue;
                }
                checked++;
                Format[] formats = new MessageFormat(raw, locale).getFormatsByArgumentIndex();
                Object[] args = new Object[Math.max(formats.length, 10)];
                for (int i = 0; i < args.length; i++) {
                    // Numbers where the pattern formats a number (or chooses by one), text elsewhere.
                    // (an argument used only inside a choice's branch counts too: its format is not a top-level one)
                    boolean number = i < formats.length
                            && (formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat)
                            || raw.contains("{" + i + ",number") || raw.contains("{" + i + ",choice");
                    args[i] = number ? 700 + i : "‹arg" + i + "›";
                }
                String text = messages.getTranslation(key, locale, args);
                for (int i = 0; i < args.length; i++) {
                    // (an argument that only chooses a word's form, {9,choice,1#point|1<points}, is not shown itself)
                    if (raw.contains("{" + i + "}") || raw.contains("{" + i + ",number")) {
                        softly.assertThat(text).as(file + " " + key + " shows argument " + i).contains(String.valueOf(args[i]));
                    }
                }
                softly.assertThat(apostrophes(text)).as(file + " " + key + ": every apostrophe shows (write ' as '' "
                        + "in a message with arguments): " + text).isEqualTo(apostrophes(raw.replace("''", "'")));
            }
        }
        softly.assertAll();
        assertThat(checked).as("messages with arguments checked").isGreaterThan(100);
    }

    /** A message without arguments is shown as written, whether or not a caller passes arguments. */
    @Test
    void a_message_without_arguments_reads_as_written_with_its_single_apostrophes() throws IOException {
        Messages messages = new Messages();
        SoftAssertions softly = new SoftAssertions();
        for (String file : new String[] {"messages.properties", "messages_fi.properties"}) {
            Locale locale = file.contains("_fi") ? Messages.FINNISH : Locale.ENGLISH;
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                String raw = bundle.getProperty(key);
                if (Messages.hasArguments(raw)) {
                    continue;
                }
                softly.assertThat(raw).as(file + " " + key + ": write ' once in a message without arguments")
                        .doesNotContain("''");
                softly.assertThat(messages.getTranslation(key, locale)).as(file + " " + key).isEqualTo(raw);
                softly.assertThat(messages.getTranslation(key, locale, "unused")).as(file + " " + key).isEqualTo(raw);
            }
        }
        softly.assertAll();
        assertThat(messages.getTranslation("inbox.everyone", Locale.ENGLISH)).isEqualTo("Everyone's open cases");
    }

    @Test
    void the_advisors_estimate_and_the_approval_note_keep_their_apostrophes() {
        Messages messages = new Messages();
        assertThat(messages.getTranslation("visit.estimate", Locale.ENGLISH, 4))
                .isEqualTo("Advisor's estimate at handover: 4/5 (not the customer's answer)");
        assertThat(messages.getTranslation("approval.nothingWaiting", Locale.ENGLISH, "ABC-123"))
                .isEqualTo("ABC-123: no extra work waits for the customer's answer");
    }
}
