package fi.huoltopolku.quality.group;

import fi.huoltopolku.quality.stats.Classification;
import fi.huoltopolku.quality.stats.Comparison;
import fi.huoltopolku.quality.stats.Funnel;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.quality.stats.Thresholds;
import fi.huoltopolku.theme.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The group comparison of a period ({@code first} to {@code last}, both inclusive): per theme each
 * site's two sides with their funnels, the sites outside the limits, the blind spots and the site to
 * learn from.
 */
public record GroupReport(LocalDate first, LocalDate last, Thresholds thresholds, List<GroupSite> sites,
        List<GroupTheme> themes) {

    /** A site as the comparison names it. */
    public record GroupSite(long id, String code, String name) {
    }

    /** Which side of the comparison: the checks (objective) or the customers (subjective). */
    public enum Side {
        CHECKS, CUSTOMERS
    }

    /** One site's figures of a theme: both sides (with n and 95 % intervals), its verdict, and where it falls in each funnel. */
    public record SiteFigures(GroupSite site, Comparison comparison, Funnel.Unit checks, Funnel.Unit customers) {

        public boolean blindSpot() {
            return comparison.classification() == Classification.BLIND_SPOT;
        }

        public Funnel.Unit on(Side side) {
            return side == Side.CHECKS ? checks : customers;
        }
    }

    /** A site outside a theme's 95 % (or 99.8 %) limits on one side. */
    public record Flag(GroupSite site, Theme theme, Side side, Funnel.Position position, Proportion rate) {
    }

    /** One theme: every site's figures, the funnel of each side, and the site to learn from (null when none qualifies). */
    public record GroupTheme(Theme theme, List<SiteFigures> sites, Funnel checks, Funnel customers,
            @Nullable GroupSite best) {

        public Funnel funnel(Side side) {
            return side == Side.CHECKS ? checks : customers;
        }

        /** The sites outside the limits, the 99.8 % ones first, the customers' side before the checks'. */
        public List<Flag> flags() {
            List<Flag> flags = new ArrayList<>();
            for (boolean beyond998 : new boolean[] {true, false}) {
                for (Side side : new Side[] {Side.CUSTOMERS, Side.CHECKS}) {
                    for (SiteFigures row : sites) {
                        Funnel.Unit unit = row.on(side);
                        boolean far = unit.position() == Funnel.Position.ABOVE_998
                                || unit.position() == Funnel.Position.BELOW_998;
                        if (unit.position().outside() && far == beyond998) {
                            flags.add(new Flag(row.site(), theme, side, unit.position(), unit.rate()));
                        }
                    }
                }
            }
            return flags;
        }
    }

    /** Every theme's flags, theme by theme. */
    public List<Flag> flags() {
        return themes.stream().flatMap(t -> t.flags().stream()).toList();
    }

    /** Each site's blind spots (themes where its checks say good and its customers do not), sites in order. */
    public Map<GroupSite, List<Theme>> blindSpots() {
        Map<GroupSite, List<Theme>> found = new LinkedHashMap<>();
        for (GroupSite site : sites) {
            List<Theme> of = themes.stream().filter(t -> t.sites().stream()
                    .anyMatch(r -> r.site().equals(site) && r.blindSpot())).map(GroupTheme::theme).toList();
            if (!of.isEmpty()) {
                found.put(site, of);
            }
        }
        return found;
    }
}
