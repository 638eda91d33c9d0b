package fi.huoltopolku.quality;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.quality.stats.Comparison;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.quality.stats.Thresholds;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A theme's row said in one plain sentence in the manager's language, the same on the screen and in
 * the PDF: "Checks say 92 % done, customers satisfied 58 % — a blind spot, 152 answers." Whether
 * the difference is beyond chance is said in words, and a theme without enough answers says how
 * many it has and needs instead of a reading.
 */
public final class ThemeSentence {

    private ThemeSentence() {
    }

    public static String of(ThemeComparison row, Thresholds thresholds, Messages messages, Locale locale) {
        Comparison c = row.comparison();
        Proportion checks = c.objective();
        Proportion customers = c.subjective();
        String key = "report.says." + c.classification().name();
        String sentence = messages.getTranslation(key, locale, percent(checks.rate()), percent(customers.rate()),
                customers.n(), checks.n(), thresholds.minAnswers());
        if (c.classification() != fi.huoltopolku.quality.stats.Classification.TOO_FEW_ANSWERS && c.intervalsSeparate()
                && c.gapPoints() != null && Math.abs(c.gapPoints()) >= thresholds.gapPoints()) {
            sentence += " " + messages.getTranslation("report.says.beyondChance", locale);
        }
        return sentence;
    }

    /** A share as a whole percentage, "–" without one. */
    public static String percent(@Nullable Double share) {
        return share == null ? "–" : Math.round(100 * share) + "\u00a0%";
    }

    /** Importance on the one scale used everywhere: percentage points, signed. */
    public static @Nullable Long importancePoints(ThemeComparison row) {
        Double importance = row.link().importance();
        return importance == null ? null : Math.round(100 * importance);
    }
}
