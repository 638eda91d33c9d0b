package fi.huoltopolku.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Amounts a person types (a price in euros, planned hours), read the same way on every screen
 * whatever its language, and never guessed. Either decimal mark works ("35,50", "35.50"); spaces
 * (no-break ones too) group thousands ("1 234,50"), and so does the other mark when both appear
 * ("1.234,50", "1,234.50"); a "€" (or "EUR", or "h" for hours) before or after is left out. What
 * could be read two ways is refused with a reason: "1,234" and "1.234" (thousands, or a decimal
 * mark with three decimals?), as is anything negative, too large, with more than two decimals, or
 * with marks that do not make one number. Empty is no amount. Amounts arriving as numbers (the
 * API) are held to the same limits by {@link #check}.
 */
public final class Amounts {

    /** What is typed: its largest sensible value (a typing guard) and the unit a person may add. */
    public enum Unit {
        EUROS(new BigDecimal("100000"), "€", "eur"),
        HOURS(new BigDecimal("24"), "h", "h");

        private final BigDecimal max;
        private final String symbol;
        private final String word;

        Unit(BigDecimal max, String symbol, String word) {
            this.max = max;
            this.symbol = symbol;
            this.word = word;
        }

        public BigDecimal max() {
            return max;
        }
    }

    /** At most cents (or hundredths of an hour). */
    public static final int DECIMALS = 2;

    private Amounts() {
    }

    /**
     * The amount typed in a field, or null when nothing is typed.
     *
     * @throws Problem naming the field and what is wrong with the text (not a number, could be read
     *                 two ways, negative, too many decimals, too large)
     */
    public static @Nullable BigDecimal parse(String field, @Nullable String typed, Unit unit) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String shown = typed.strip();
        String text = withoutUnit(shown.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ')
                .replace('\t', ' '), unit);
        boolean negative = text.startsWith("-") || text.startsWith("\u2212");
        if (negative || text.startsWith("+")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9' || c == ' ' || c == '.' || c == ',')) {
            throw Problem.invalid(field, "amount.notAnAmount", shown);
        }
        BigDecimal value = read(field, shown, text);
        if (negative && value.signum() != 0) {
            throw Problem.invalid(field, "amount.negative", shown);
        }
        return check(field, shown, value, unit);
    }

    /** An amount given as a number (the API, a service's caller) held to the typed amounts' limits. */
    public static BigDecimal check(String field, BigDecimal value, Unit unit) {
        return check(field, value.toPlainString(), value, unit);
    }

    private static BigDecimal check(String field, String shown, BigDecimal value, Unit unit) {
        if (value.signum() < 0) {
            throw Problem.invalid(field, "amount.negative", shown);
        }
        BigDecimal exact = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (exact.scale() > DECIMALS) {
            throw Problem.invalid(field, "amount.tooManyDecimals", shown);
        }
        if (value.compareTo(unit.max) > 0) {
            throw Problem.invalid(field, "amount.tooLarge", shown, unit.max);
        }
        return value.setScale(DECIMALS);
    }

    /** "35,50 €" in Finnish, "€35.50" in English: a price as the customer reads it. */
    public static String euros(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Messages.FINNISH.getLanguage()
                .equals(locale.getLanguage()) ? Locale.forLanguageTag("fi-FI") : Locale.forLanguageTag("en-IE"));
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    /**
     * An amount as a person of this language would type it, without grouping: "35,50" in Finnish,
     * "35.50" in English (euros with their cents, hours as short as they go: "1,5").
     */
    public static String typed(@Nullable BigDecimal amount, Unit unit, Locale locale) {
        if (amount == null) {
            return "";
        }
        BigDecimal shown = unit == Unit.EUROS ? amount.setScale(DECIMALS, RoundingMode.HALF_UP)
                : amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        String plain = shown.toPlainString();
        return Messages.FINNISH.getLanguage().equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    private static String withoutUnit(String text, Unit unit) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String mark : new String[] {unit.symbol, unit.word}) {
            if (lower.endsWith(mark)) {
                return text.substring(0, text.length() - mark.length()).strip();
            }
            if (lower.startsWith(mark)) {
                return text.substring(mark.length()).strip();
            }
        }
        return text;
    }

    /** The number in digits, spaces and marks; refused when it is not one number, or could be two. */
    private static BigDecimal read(String field, String shown, String text) {
        int commas = count(text, ',');
        int points = count(text, '.');
        char decimal;
        if (commas > 0 && points > 0) {
            // Both marks: the last one is the decimal mark, once; the other groups thousands before it.
            decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
            if (count(text, decimal) > 1) {
                throw Problem.invalid(field, "amount.notAnAmount", shown);
            }
        } else if (commas + points > 1) {
            decimal = 0; // one mark several times: it groups thousands ("1.234.567")
        } else if (commas + points == 1) {
            char mark = commas == 1 ? ',' : '.';
            String before = text.substring(0, text.indexOf(mark));
            String after = text.substring(text.indexOf(mark) + 1);
            boolean couldGroup = after.length() == 3 && !before.isEmpty() && before.length() <= 3
                    && before.charAt(0) != '0' && before.indexOf(' ') < 0;
            if (couldGroup) {
                throw Problem.invalid(field, "amount.ambiguous", shown);
            }
            decimal = mark;
        } else {
            decimal = 0;
        }
        String whole = decimal == 0 ? text : text.substring(0, text.indexOf(decimal));
        String fraction = decimal == 0 ? "" : text.substring(text.indexOf(decimal) + 1);
        if (!fraction.chars().allMatch(Character::isDigit) || whole.isEmpty() && fraction.isEmpty()) {
            throw Problem.invalid(field, "amount.notAnAmount", shown);
        }
        String digits = ungrouped(whole);
        if (digits == null) {
            throw Problem.invalid(field, "amount.notAnAmount", shown);
        }
        return new BigDecimal((digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction));
    }

    /** The digits of a whole part grouped by thousands with one separator, or as is; null when the groups are wrong. */
    private static @Nullable String ungrouped(String whole) {
        String separators = whole.replaceAll("[0-9]", "");
        if (separators.isEmpty()) {
            return whole;
        }
        char separator = separators.charAt(0);
        if (separators.chars().anyMatch(c -> c != separator)) {
            return null;
        }
        String[] groups = whole.split(Pattern.quote(String.valueOf(separator)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        return String.join("", groups);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
