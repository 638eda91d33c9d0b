package fi.huoltopolku.quality.group;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.quality.ThemeSentence;
import fi.huoltopolku.quality.group.GroupReport.Flag;
import fi.huoltopolku.quality.group.GroupReport.GroupSite;
import fi.huoltopolku.quality.group.GroupReport.GroupTheme;
import fi.huoltopolku.quality.group.GroupReport.Side;
import fi.huoltopolku.quality.group.GroupReport.SiteFigures;
import fi.huoltopolku.quality.stats.Funnel;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.quality.stats.Thresholds;
import fi.huoltopolku.theme.Theme;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The group comparison in plain sentences, the same on the screen, in the PDF and in the API, in English and Finnish. */
public final class GroupSentences {

    private GroupSentences() {
    }

    /**
     * A site outside the limits: "Tampere's customers are satisfied with Timeliness 58 % (n 120),
     * below the group's 99.8 % limit — more than chance explains."
     */
    public static String flag(Flag flag, Messages messages, Locale locale) {
        boolean below = flag.position() == Funnel.Position.BELOW_95 || flag.position() == Funnel.Position.BELOW_998;
        boolean far = flag.position() == Funnel.Position.BELOW_998 || flag.position() == Funnel.Position.ABOVE_998;
        String key = "group.flag." + (flag.side() == Side.CHECKS ? "checks" : "customers") + (below ? ".below" : ".above");
        return messages.getTranslation(key, locale, flag.site().name(), flag.theme().name(locale),
                ThemeSentence.percent(flag.rate().rate()), flag.rate().n(),
                messages.getTranslation(far ? "group.limit998" : "group.limit95", locale))
                + messages.getTranslation(far ? "group.flag.beyondChance" : "group.flag.maybeChance", locale);
    }

    /** The theme's site to learn from with its figures, or that none qualifies. */
    public static String best(GroupTheme theme, Messages messages, Locale locale) {
        if (theme.best() == null) {
            return messages.getTranslation("group.noBest", locale, theme.theme().name(locale));
        }
        SiteFigures row = theme.sites().stream().filter(r -> r.site().equals(theme.best())).findFirst().orElseThrow();
        return messages.getTranslation("group.best", locale, theme.theme().name(locale), row.site().name(),
                ThemeSentence.percent(row.comparison().subjective().rate()), row.comparison().subjective().n(),
                ThemeSentence.percent(row.comparison().objective().rate()), row.comparison().objective().n());
    }

    /** How the site to learn from is chosen. */
    public static String bestHow(Thresholds thresholds, Messages messages, Locale locale) {
        return messages.getTranslation("group.bestHow", locale, thresholds.minAnswers());
    }

    /** Whether a side's limits were widened for overdispersion, with φ̂. */
    public static String dispersion(Funnel funnel, Messages messages, Locale locale) {
        if (funnel.centre() == null) {
            return messages.getTranslation("group.noData", locale);
        }
        String phi = String.format(locale, "%.2f", funnel.phi());
        if (!funnel.widened() && funnel.phi() > 1) {
            // More than chance, but too few sites to say by how much: plain limits, said so.
            return messages.getTranslation("group.tooFewToWiden", locale, phi, funnel.counted(), Funnel.WIDEN_FROM_UNITS);
        }
        return messages.getTranslation(funnel.widened() ? "group.widened" : "group.notWidened", locale, phi);
    }

    /** Each site's blind spots, a sentence per site; one sentence when there are none. */
    public static List<String> blindSpots(GroupReport report, Messages messages, Locale locale) {
        Map<GroupSite, List<Theme>> found = report.blindSpots();
        if (found.isEmpty()) {
            return List.of(messages.getTranslation("group.noBlindSpots", locale));
        }
        return found.entrySet().stream().map(e -> messages.getTranslation("group.blindSpots", locale,
                e.getKey().name(), e.getValue().stream().map(t -> t.name(locale)).collect(Collectors.joining(", "))))
                .toList();
    }

    /** A rate with n and its 95 % interval: "82 % (n 120, 74–88 %)"; "–" without answers. */
    public static String figure(Proportion p, Messages messages, Locale locale) {
        if (p.n() == 0) {
            return "–";
        }
        return messages.getTranslation("group.figure", locale, ThemeSentence.percent(p.rate()), p.n(),
                Math.round(100 * p.low()), Math.round(100 * p.high()));
    }
}
