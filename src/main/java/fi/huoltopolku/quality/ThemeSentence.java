package fi.huoltopolku.quality;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.quality.stats.Classification;
import fi.huoltopolku.quality.stats.Comparison;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.quality.stats.Thresholds;
import java.util.ArrayList;
import java.util.List;
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
        String key = "report.says." + reading(c);
        String sentence = messages.getTranslation(key, locale, percent(checks.rate()), percent(customers.rate()),
                customers.n(), checks.n(), thresholds.minAnswers(), Math.round(100 * thresholds.good()));
        if (c.classification() != Classification.TOO_FEW_ANSWERS && c.intervalsSeparate()
                && c.gapPoints() != null && Math.abs(c.gapPoints()) >= thresholds.gapPoints()) {
            sentence += " " + messages.getTranslation("report.says.beyondChance", locale);
        }
        return sentence;
    }

    /**
     * The reading's name for the screen, the PDF and the e-mail: the classification, and for two
     * sides that agree within the gap threshold, which of them reach "good", each by its own rate
     * (ALIGNED_GOOD, ALIGNED_CHECKS_GOOD, ALIGNED_CUSTOMERS_GOOD, ALIGNED_WEAK for both weak).
     */
    public static String reading(Comparison c) {
        if (c.classification() != Classification.ALIGNED_WEAK) {
            return c.classification().name();
        }
        return switch (c.sides()) {
            case CHECKS_GOOD -> "ALIGNED_CHECKS_GOOD";
            case CUSTOMERS_GOOD -> "ALIGNED_CUSTOMERS_GOOD";
            case BOTH_GOOD, BOTH_WEAK -> c.classification().name();
        };
    }

    /** The reading in the manager's words: "Blind spot", "Aligned: checks good, customers not". */
    public static String readingName(Comparison c, Messages messages, Locale locale) {
        return messages.getTranslation("classification." + reading(c), locale);
    }

    /**
     * A focus theme with its reason and why it was picked: "Work on Timeliness: checks say 77 % done, …
     * Why this theme: …". A blind spot says that its checks measure something customers do not
     * feel, which is why it ranks by its gap whatever its importance (the one rule of
     * {@code report.focusRule}).
     */
    public static String focus(ThemeComparison row, Thresholds thresholds, Messages messages, Locale locale) {
        String says = of(row, thresholds, messages, locale);
        String focus = messages.getTranslation("report.focusOn", locale, row.theme().name(locale),
                says.substring(0, 1).toLowerCase(locale) + says.substring(1));
        return focus + " " + messages.getTranslation(row.comparison().classification() == Classification.BLIND_SPOT
                ? "report.focusWhy.blindSpot" : "report.focusWhy.weak", locale);
    }

    /** Importance in words: "+12 points", or "−8: no sign it matters"; "–" when it cannot be told. */
    public static String importance(ThemeComparison row, Messages messages, Locale locale) {
        Long points = importancePoints(row);
        if (points == null) {
            return "–";
        }
        return messages.getTranslation(points > 0 ? "report.importancePoints" : "report.importanceNone", locale,
                String.format(Locale.ROOT, "%+d", points).replace('-', '−'));
    }

    /** The objective side by source, each with n and its 95 % interval, joined by {@code separator}; "–" when none. */
    public static String bySource(ThemeComparison row, Messages messages, Locale locale, String separator) {
        List<String> parts = new ArrayList<>();
        for (Source source : Source.values()) {
            Proportion p = row.objectiveBySource().get(source);
            if (p != null && p.n() > 0) {
                parts.add(messages.getTranslation("report.bySource", locale, messages.name(source, locale),
                        percent(p.rate()), p.n(), Math.round(100 * p.low()), Math.round(100 * p.high())));
            }
        }
        return parts.isEmpty() ? "–" : String.join(separator, parts);
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
