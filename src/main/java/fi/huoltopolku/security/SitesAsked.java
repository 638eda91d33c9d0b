package fi.huoltopolku.security;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.SiteScope;
import fi.huoltopolku.site.Sites;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A REST list's or report's {@code site=} filter: one or several sites, by code or id, repeated or
 * comma-separated. It narrows what the caller sees and never widens it: a site that is not one of
 * the caller's (or not a site at all) is a 400 naming it, the same answer for both, so the filter
 * does not tell which sites exist.
 */
@Singleton
public class SitesAsked {

    /** The parameter's description in the API's documentation. */
    public static final String DESCRIPTION = "Only these sites (code or id; repeat or separate by commas), "
            + "among the caller's own sites; an unknown or foreign site is a 400 naming it. Default: all the caller's sites.";

    private final Sites sites;

    SitesAsked(Sites sites) {
        this.sites = sites;
    }

    /** The ids of the sites asked for (none asked: empty); 400 naming the first that is not the caller's. */
    public Set<Long> parse(@Nullable List<String> values) {
        Set<Long> ids = new TreeSet<>();
        if (values == null) {
            return ids;
        }
        SiteScope mine = Callers.dataScope();
        for (String value : values) {
            for (String part : value.split(",")) {
                String asked = part.strip();
                if (asked.isEmpty()) {
                    continue;
                }
                Optional<Site> site = find(asked).filter(s -> mine.contains(s.siteId()));
                if (site.isEmpty()) {
                    throw Problem.invalid("site", "site.notYours",
                            asked.length() > 40 ? asked.substring(0, 40) + "…" : asked);
                }
                ids.add(site.get().siteId());
            }
        }
        return ids;
    }

    /** Does the work seeing only the sites asked for (see {@link Callers#narrowedTo}). */
    public <T> T within(@Nullable List<String> values, Supplier<T> work) {
        return Callers.narrowedTo(parse(values), work);
    }

    /** Narrows the rest of the current REST request to the sites asked for (none asked: nothing changes). */
    public void narrow(@Nullable List<String> values) {
        Set<Long> ids = parse(values);
        if (!ids.isEmpty()) {
            SiteScope narrowed = Callers.dataScope().narrowedTo(ids);
            ServerRequestContext.currentRequest().ifPresent(r -> r.setAttribute(Callers.NARROWED_ATTRIBUTE, narrowed));
        }
    }

    private Optional<Site> find(String asked) {
        if (asked.chars().allMatch(Character::isDigit) && asked.length() < 18) {
            Optional<Site> byId = sites.find(Long.parseLong(asked));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return sites.byCode(asked);
    }
}
