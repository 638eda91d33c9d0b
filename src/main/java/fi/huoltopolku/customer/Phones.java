package fi.huoltopolku.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Phone numbers as the workshop types them ({@code 040 123 4567}, {@code +358 40 1234567},
 * {@code 00358401234567}): parsed with libphonenumber, a number without a country taken as
 * Finnish; stored in E.164 ({@code +358401234567}) and shown in the national format
 * ({@code 040 1234567}), a foreign one in the international format.
 */
public final class Phones {

    /** The workshop's country: numbers typed without a country code are Finnish. */
    static final String HOME = "FI";

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private Phones() {
    }

    /** The number in E.164, or empty when it is not a phone number anywhere. */
    public static Optional<String> e164(@Nullable String typed) {
        return parse(typed).map(number -> NUMBERS.format(number, PhoneNumberFormat.E164));
    }

    /** The number as a person reads it: national for a Finnish number, else international; as stored when unparseable. */
    public static String shown(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        return parse(stored).map(number -> NUMBERS.format(number,
                HOME.equals(NUMBERS.getRegionCodeForNumber(number)) ? PhoneNumberFormat.NATIONAL
                        : PhoneNumberFormat.INTERNATIONAL)).orElse(stored);
    }

    private static Optional<PhoneNumber> parse(@Nullable String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 40 || !typed.trim().matches("[+0-9 ()./-]+")) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = NUMBERS.parse(typed.trim().replaceFirst("^00", "+"), HOME);
            return NUMBERS.isPossibleNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
