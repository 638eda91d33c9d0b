package fi.huoltopolku.quality.group;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.group.GroupReport.GroupSite;
import fi.huoltopolku.quality.group.GroupReport.GroupTheme;
import fi.huoltopolku.quality.group.GroupReport.SiteFigures;
import fi.huoltopolku.quality.stats.Classification;
import fi.huoltopolku.quality.stats.Comparison;
import fi.huoltopolku.quality.stats.Funnel;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.quality.stats.Thresholds;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.SiteScope;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The group comparison: per theme, each of the caller's sites' checks and customers with n and 95 %
 * intervals and the single-site report's verdict (blind spot …, same thresholds), a funnel per side
 * (each site's rate against its n, 95 % and 99.8 % limits around the group's rate, widened when the
 * sites differ more than chance allows), and the site to learn from. A site is never ranked: it is
 * inside its limits or not.
 */
@Singleton
@Allowed(Role.MANAGER)
public class GroupComparison {

    private final GroupReads reads;
    private final Sites sites;
    private final ThemeService themes;
    private final WorkshopClock clock;
    private final Thresholds thresholds;

    /** Sites needed before the funnel widens for overdispersion (see Funnel.WIDEN_FROM_UNITS). */
    private final int widenFrom;

    GroupComparison(GroupReads reads, Sites sites, ThemeService themes, WorkshopClock clock,
            @Value("${huoltopolku.comparison.good:0.80}") double good,
            @Value("${huoltopolku.comparison.gap-points:15}") double gapPoints,
            @Value("${huoltopolku.comparison.min-answers:10}") int minAnswers,
            @Value("${huoltopolku.comparison.funnel-widening-from:10}") int widenFrom) {
        this.widenFrom = widenFrom;
        this.reads = reads;
        this.sites = sites;
        this.themes = themes;
        this.clock = clock;
        // The single-site report's thresholds (ComparisonService), so a site's verdict reads the same in both.
        this.thresholds = new Thresholds(good, gapPoints, minAnswers);
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /**
     * The comparison of the visits booked from {@code first} to {@code last} (both inclusive) at the
     * caller's sites, narrowed to {@code asked} (site ids; none = all the caller's), of one theme or
     * all ({@code themeCode} null).
     */
    @Transactional
    public GroupReport report(LocalDate first, LocalDate last, @Nullable String themeCode, Set<Long> asked) {
        SiteScope scope = Callers.sites().narrowedTo(asked);
        List<GroupSite> in = sites.within(scope).stream()
                .map(s -> new GroupSite(s.siteId(), s.code(), sites.name(s))).toList();
        Instant from = first.atStartOfDay(clock.zone()).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        Map<GroupReads.Key, Proportion> checks = reads.objective(from, to, scope);
        Map<GroupReads.Key, Proportion> customers = reads.subjective(from, to, scope);
        List<Theme> chosen = themeCode == null ? themes.all() : List.of(themes.byCode(themeCode));
        List<GroupTheme> rows = new ArrayList<>();
        for (Theme theme : chosen) {
            rows.add(theme(theme, in, checks, customers));
        }
        return new GroupReport(first, last, thresholds, in, rows);
    }

    private GroupTheme theme(Theme theme, List<GroupSite> in, Map<GroupReads.Key, Proportion> checks,
            Map<GroupReads.Key, Proportion> customers) {
        List<Proportion> objective = in.stream().map(s -> of(checks, s, theme)).toList();
        List<Proportion> subjective = in.stream().map(s -> of(customers, s, theme)).toList();
        Funnel checksFunnel = Funnel.of(objective, widenFrom);
        Funnel customersFunnel = Funnel.of(subjective, widenFrom);
        List<SiteFigures> figures = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            figures.add(new SiteFigures(in.get(i), Comparison.of(objective.get(i), subjective.get(i), thresholds),
                    checksFunnel.units().get(i), customersFunnel.units().get(i)));
        }
        return new GroupTheme(theme, figures, checksFunnel, customersFunnel, best(figures));
    }

    private static Proportion of(Map<GroupReads.Key, Proportion> figures, GroupSite site, Theme theme) {
        return figures.getOrDefault(new GroupReads.Key(site.id(), theme.code()), new Proportion(0, 0));
    }

    /**
     * The site to learn from: among the sites with at least the minimum answers on both sides,
     * neither side below the group's 95 % limit and no blind spot, the one whose share of satisfied
     * customers is highest at the lower end of its 95 % interval (a small site's lucky streak has a
     * low lower end), then by the checks' lower end; null when no site qualifies or there is only one.
     */
    @Nullable GroupSite best(List<SiteFigures> figures) {
        if (figures.size() < 2) {
            return null;
        }
        return figures.stream()
                .filter(f -> f.comparison().objective().n() >= thresholds.minAnswers()
                        && f.comparison().subjective().n() >= thresholds.minAnswers())
                .filter(f -> !below(f.checks()) && !below(f.customers()))
                .filter(f -> f.comparison().classification() != Classification.BLIND_SPOT)
                .max(Comparator.comparingDouble((SiteFigures f) -> f.comparison().subjective().low())
                        .thenComparingDouble(f -> f.comparison().objective().low()))
                .map(SiteFigures::site).orElse(null);
    }

    private static boolean below(Funnel.Unit unit) {
        return unit.position() == Funnel.Position.BELOW_95 || unit.position() == Funnel.Position.BELOW_998;
    }

    /** The sites the caller may compare (for the screen's choices). */
    public List<Site> sites() {
        return sites.within(Callers.sites());
    }
}
