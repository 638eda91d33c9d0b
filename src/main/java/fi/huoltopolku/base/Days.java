package fi.huoltopolku.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A day as the workshop writes it in both languages: 3.12.2026. */
public final class Days {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private Days() {
    }

    public static String shown(LocalDate day) {
        return DAY.format(day);
    }
}
