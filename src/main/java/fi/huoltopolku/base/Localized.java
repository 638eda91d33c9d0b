package fi.huoltopolku.base;

import java.util.Locale;

/** A text the staff wrote in both languages (a check question, a theme name). */
public record Localized(String en, String fi) {

    public String in(Locale locale) {
        return "fi".equals(locale.getLanguage()) ? fi : en;
    }
}
