package fi.huoltopolku.base;

import fi.huoltopolku.base.Amounts.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Typed amounts are read the same way whatever the screen's (or the machine's) language, and what
 * could be read two ways is refused, never guessed: "35,50" is 35.50 on an English screen too.
 */
class AmountsTest {

    private static final Locale MACHINE = Locale.getDefault();

    @AfterEach
    void machineLocaleBack() {
        Locale.setDefault(MACHINE);
    }

    /** Typed text, then the amount it is (null: no amount), or the refusal's key. */
    static Stream<Arguments> typed() {
        return Stream.of(
                Arguments.of("35,50", "35.50"),
                Arguments.of("35.50", "35.50"),
                Arguments.of("35", "35.00"),
                Arguments.of("1 234,50", "1234.50"),
                Arguments.of("1234.5", "1234.50"),
                Arguments.of("1234,5", "1234.50"),
                Arguments.of("  35,50  ", "35.50"),
                Arguments.of("1\u00A0234,50", "1234.50"), // a no-break space, as a Finnish number is formatted
                Arguments.of("1\u202F234,50", "1234.50"), // a narrow no-break space
                Arguments.of("35,50 €", "35.50"),
                Arguments.of("35,50€", "35.50"),
                Arguments.of("€35.50", "35.50"),
                Arguments.of("35.50 EUR", "35.50"),
                Arguments.of("1.234,50", "1234.50"), // both marks: the last one is the decimal mark
                Arguments.of("1,234.50", "1234.50"),
                Arguments.of("0,125", "amount.tooManyDecimals"), // "0," groups no thousands: three decimals
                Arguments.of(",50", "0.50"),
                Arguments.of("0", "0.00"),
                Arguments.of("", null),
                Arguments.of("   ", null),
                Arguments.of(null, null),
                Arguments.of("1,234", "amount.ambiguous"),
                Arguments.of("1.234", "amount.ambiguous"),
                Arguments.of("35,500", "amount.ambiguous"),
                Arguments.of("1234,567", "amount.tooManyDecimals"), // four digits before: no thousands separator
                Arguments.of("35,505", "amount.ambiguous"),
                Arguments.of("35,5050", "amount.tooManyDecimals"),
                Arguments.of("1 234,567", "amount.tooManyDecimals"), // spaces group, so the comma is decimal
                Arguments.of("1.234.567", "amount.tooLarge"), // one mark many times groups thousands
                Arguments.of("1.2.3", "amount.notAnAmount"),
                Arguments.of("1,23.4", "amount.notAnAmount"),
                Arguments.of("1.234,5,6", "amount.notAnAmount"),
                Arguments.of("12 34", "amount.notAnAmount"),
                Arguments.of("1 234.567,50", "amount.notAnAmount"),
                Arguments.of("35 e", "amount.notAnAmount"),
                Arguments.of("abc", "amount.notAnAmount"),
                Arguments.of("3e5", "amount.notAnAmount"),
                Arguments.of("€", "amount.notAnAmount"),
                Arguments.of(",", "amount.notAnAmount"),
                Arguments.of("-35", "amount.negative"),
                Arguments.of("\u221235,50", "amount.negative"),
                Arguments.of("100000", "100000.00"),
                Arguments.of("100000,01", "amount.tooLarge"),
                Arguments.of("99999999999", "amount.tooLarge"));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @MethodSource("typed")
    void an_amount_is_read_one_way_whatever_the_language_or_refused(String text, String expected) {
        for (Locale machine : Messages.LOCALES) {
            Locale.setDefault(machine);
            if (expected == null) {
                assertThat(Amounts.parse("price", text, Unit.EUROS)).as(machine.toString()).isNull();
            } else if (expected.startsWith("amount.")) {
                Problem problem = catchThrowableOfType(Problem.class, () -> Amounts.parse("price", text, Unit.EUROS));
                assertThat(problem).as(machine + ": " + text).isNotNull();
                assertThat(problem.key()).isEqualTo(expected);
                assertThat(problem.field()).isEqualTo("price");
            } else {
                BigDecimal amount = Amounts.parse("price", text, Unit.EUROS);
                assertThat(amount).as(machine.toString()).isEqualTo(new BigDecimal(expected)); // 35.50, scale 2
            }
        }
    }

    @Test
    void hours_are_read_the_same_way_and_up_to_a_day() {
        assertThat(Amounts.parse("hours", "1,5", Unit.HOURS)).isEqualByComparingTo("1.5");
        assertThat(Amounts.parse("hours", "1.5 h", Unit.HOURS)).isEqualByComparingTo("1.5");
        assertThatThrownBy(() -> Amounts.parse("hours", "25", Unit.HOURS)).hasMessageContaining("is more than 24");
        assertThatThrownBy(() -> Amounts.parse("hours", "1,333", Unit.HOURS)).hasMessageContaining("two ways");
    }

    @Test
    void each_refusal_names_what_was_typed_and_the_problem_in_both_languages() {
        Messages messages = new Messages();
        Problem ambiguous = catchThrowableOfType(Problem.class, () -> Amounts.parse("priceEstimate", "1.234", Unit.EUROS));
        assertThat(messages.reason(ambiguous, Locale.ENGLISH)).isEqualTo(
                "'1.234' could be read two ways: write thousands without a separator (1234), or at most two decimals (1.23)");
        assertThat(messages.reason(ambiguous, Messages.FINNISH)).isEqualTo(
                "'1.234' voi tarkoittaa kahta eri summaa: kirjoita tuhannet ilman erotinta (1234) tai enintään kaksi desimaalia (1,23)");
        Problem large = catchThrowableOfType(Problem.class, () -> Amounts.parse("priceEstimate", "350000", Unit.EUROS));
        assertThat(messages.text(large, Locale.ENGLISH)).isEqualTo("Price estimate: '350000' is more than 100,000: check the amount");
        assertThat(messages.text(large, Messages.FINNISH))
                .isEqualTo("Hinta-arvio: '350000' on yli 100\u00A0000: tarkista summa");
        Problem negative = catchThrowableOfType(Problem.class, () -> Amounts.parse("priceEstimate", "-5", Unit.EUROS));
        assertThat(messages.reason(negative, Messages.FINNISH)).isEqualTo("'-5': summa ei voi olla negatiivinen");
        Problem decimals = catchThrowableOfType(Problem.class, () -> Amounts.parse("priceEstimate", "35,5055", Unit.EUROS));
        assertThat(messages.reason(decimals, Locale.ENGLISH)).isEqualTo("'35,5055' has more than two decimals");
        Problem letters = catchThrowableOfType(Problem.class, () -> Amounts.parse("priceEstimate", "kolme", Unit.EUROS));
        assertThat(messages.reason(letters, Messages.FINNISH))
                .isEqualTo("'kolme' ei ole summa: numeroita ja desimaalipilkku tai -piste, esim. 35,50");
    }

    @Test
    void an_amount_given_as_a_number_is_held_to_the_same_limits() {
        assertThat(Amounts.check("price", new BigDecimal("35.5"), Unit.EUROS)).isEqualTo(new BigDecimal("35.50"));
        assertThat(Amounts.check("price", new BigDecimal("35.500"), Unit.EUROS)).isEqualTo(new BigDecimal("35.50"));
        assertThat(catchThrowableOfType(Problem.class, () -> Amounts.check("price", new BigDecimal("35.505"), Unit.EUROS))
                .key()).isEqualTo("amount.tooManyDecimals");
        assertThat(catchThrowableOfType(Problem.class, () -> Amounts.check("price", new BigDecimal("-0.01"), Unit.EUROS))
                .key()).isEqualTo("amount.negative");
        assertThat(catchThrowableOfType(Problem.class, () -> Amounts.check("price", new BigDecimal("1E+6"), Unit.EUROS))
                .key()).isEqualTo("amount.tooLarge");
    }

    @Test
    void an_amount_is_shown_as_the_customer_reads_it_and_as_a_person_would_type_it() {
        assertThat(Amounts.euros(new BigDecimal("35.50"), Messages.FINNISH)).isEqualTo("35,50\u00A0€");
        assertThat(Amounts.euros(new BigDecimal("1234.5"), Messages.FINNISH)).isEqualTo("1\u00A0234,50\u00A0€");
        assertThat(Amounts.euros(new BigDecimal("35.50"), Locale.ENGLISH)).isEqualTo("€35.50");
        assertThat(Amounts.typed(new BigDecimal("35.5"), Unit.EUROS, Messages.FINNISH)).isEqualTo("35,50");
        assertThat(Amounts.typed(new BigDecimal("35.5"), Unit.EUROS, Locale.ENGLISH)).isEqualTo("35.50");
        assertThat(Amounts.typed(new BigDecimal("2.00"), Unit.HOURS, Messages.FINNISH)).isEqualTo("2");
        assertThat(Amounts.typed(new BigDecimal("1.50"), Unit.HOURS, Messages.FINNISH)).isEqualTo("1,5");
        assertThat(Amounts.typed(null, Unit.EUROS, Locale.ENGLISH)).isEmpty();
        // What is shown reads back as the same amount, in either language.
        for (Locale locale : Messages.LOCALES) {
            String shown = Amounts.typed(new BigDecimal("1234.56"), Unit.EUROS, locale);
            assertThat(Amounts.parse("price", shown, Unit.EUROS)).isEqualTo(new BigDecimal("1234.56"));
        }
    }
}
