package fi.huoltopolku.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/** The search keys of plates and phone numbers. */
public final class Keys {

    private Keys() {
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Whether a typed e-mail address has the form of one (something@domain.tld, no spaces). */
    public static boolean isEmail(String typed) {
        return EMAIL.matcher(typed.trim()).matches();
    }

    /** {@code abc-123}, {@code ABC 123} and {@code abc123} all become {@code ABC123}. */
    public static String plate(String plate) {
        return plate.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9ÅÄÖ]", "");
    }

    /**
     * A plate as it is stored and shown: upper case, letters and digits apart with one dash, as on
     * Finnish plates ({@code zzt901}, {@code ZZT 901} → {@code ZZT-901}; {@code 12abc} → {@code 12-ABC});
     * a plate of another shape keeps its letters and digits as they come.
     */
    public static String plateShown(String plate) {
        String key = plate(plate);
        return key.matches("[A-ZÅÄÖ]+[0-9]+|[0-9]+[A-ZÅÄÖ]+") ? key.replaceFirst("^([A-ZÅÄÖ]+|[0-9]+)", "$1-") : key;
    }

    /** The digits of a phone number, with a Finnish leading 0 written as 358: {@code 040 123} → {@code 35840123}. */
    public static String phone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = "358" + digits.substring(1);
        }
        return digits;
    }
}
