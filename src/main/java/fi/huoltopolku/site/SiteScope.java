package fi.huoltopolku.site;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sites a caller may see: every site (a group role, or the application itself), or the sites
 * where they hold a role. Services filter every list, look-up and report by it.
 */
public record SiteScope(boolean all, Set<Long> siteIds) implements Serializable {

    /** Every site: the group's roles, and the application's own work (start-up, schedules). */
    public static final SiteScope ALL = new SiteScope(true, Set.of());

    public SiteScope {
        siteIds = Set.copyOf(siteIds);
    }

    public static SiteScope of(Long... ids) {
        return new SiteScope(false, Set.of(ids));
    }

    public static SiteScope of(Set<Long> ids) {
        return new SiteScope(false, ids);
    }

    public boolean contains(long siteId) {
        return all || siteIds.contains(siteId);
    }

    /** The scope narrowed to the sites asked for (a report's {@code site=} filter), never wider. */
    public SiteScope narrowedTo(Set<Long> asked) {
        if (asked.isEmpty()) {
            return this;
        }
        Set<Long> kept = new TreeSet<>(asked);
        if (!all) {
            kept.retainAll(siteIds);
        }
        return new SiteScope(false, kept);
    }

    /** The site new work of this caller belongs to by default: their first site, the first site for the group. */
    public long home() {
        return all || siteIds.isEmpty() ? Site.FIRST : new TreeSet<>(siteIds).first();
    }

    /**
     * The ids for a SQL {@code site_id IN (:ids)} filter: never empty (a scope of no site matches
     * the id 0, which no site has), and for {@code all} the caller passes no filter at all.
     */
    public List<Long> sqlIds() {
        return siteIds.isEmpty() ? List.of(0L) : List.copyOf(new TreeSet<>(siteIds));
    }
}
