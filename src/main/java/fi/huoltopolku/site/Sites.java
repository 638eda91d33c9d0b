package fi.huoltopolku.site;

import fi.huoltopolku.base.WorkshopClock;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The group's sites, read often and changed rarely: kept in memory, read again on every change on
 * this node and at most {@link #FRESH_FOR} after another node's change (a site this node has not seen
 * yet is read at once). A site's setting left
 * empty is the installation's configured one, so a one-site installation behaves as before.
 */
@Singleton
public class Sites {

    private final SiteRepository repository;
    private final WorkshopClock clock;
    private final String workshopName;
    private final String workshopContact;
    private final String publicUrl;
    /** How long a node trusts its copy of the sites before reading them again. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private volatile List<Site> sites;
    private volatile Instant readAt = Instant.EPOCH;

    public Sites(SiteRepository repository, WorkshopClock clock,
            @Value("${huoltopolku.workshop-name:Huoltopolku}") String workshopName,
            @Value("${huoltopolku.workshop-contact:}") String workshopContact,
            @Value("${huoltopolku.public-url:`http://localhost:8080`}") String publicUrl) {
        this.repository = repository;
        this.clock = clock;
        this.workshopName = workshopName;
        this.workshopContact = workshopContact;
        this.publicUrl = publicUrl;
        this.sites = List.of();
    }

    /** Every site, first site first. */
    public List<Site> all() {
        List<Site> known = sites;
        return known.isEmpty() || clock.now().isAfter(readAt.plus(FRESH_FOR)) ? refresh() : known;
    }

    public List<Site> refresh() {
        List<Site> read = List.copyOf(repository.listOrderById());
        sites = read;
        readAt = clock.now();
        return read;
    }

    /** Whether this installation is a group: more than one site (site pickers and group screens show only then). */
    public boolean isGroup() {
        return all().size() > 1;
    }

    /** The site; a site this node has not seen yet (added on another node) is read again once. */
    public Optional<Site> find(long siteId) {
        Optional<Site> known = all().stream().filter(s -> s.id() != null && s.id() == siteId).findFirst();
        return known.isPresent() ? known
                : refresh().stream().filter(s -> s.id() != null && s.id() == siteId).findFirst();
    }

    public Optional<Site> byCode(String code) {
        return all().stream().filter(s -> s.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** The sites of a scope, in order. */
    public List<Site> within(SiteScope scope) {
        return all().stream().filter(s -> scope.contains(s.siteId())).toList();
    }

    /** The name customers and staff see: the site's own, or the installation's configured name. */
    public String name(long siteId) {
        return find(siteId).map(this::name).orElse(workshopName);
    }

    public String name(Site site) {
        return blank(site.name()) ? workshopName : site.name();
    }

    /** How customers reach the site. */
    public String contact(long siteId) {
        return find(siteId).map(Site::contact).filter(c -> !blank(c)).orElse(workshopContact);
    }

    /** The address customers' links and QR codes point at. */
    public String publicUrl(long siteId) {
        return find(siteId).map(Site::publicUrl).filter(u -> !blank(u)).orElse(publicUrl);
    }

    /** The name a site's messages to customers are signed with: its sender name, else its name. */
    public String senderName(long siteId) {
        return find(siteId).map(Site::senderName).filter(n -> !blank(n)).orElseGet(() -> name(siteId));
    }

    /** A customer's link at the site's public address, e.g. {@code link(1, "/survey/abc")}. */
    public String link(long siteId, String path) {
        String base = publicUrl(siteId);
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** Saves a new or changed site (optimistic locking: a stale copy is refused) and refreshes the list. */
    public Site save(Site site) {
        Site saved = site.id() == null ? repository.save(site) : repository.update(site);
        refresh();
        return saved;
    }

    /** A new site with the installation's settings, named and coded. */
    public Site newSite(String code, String name) {
        return new Site(null, code, name, null, null, null, null, null, null, null, null, null, clock.now(), null);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
