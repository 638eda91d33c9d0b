package fi.huoltopolku.desk.api;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.Sites;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The group's sites the caller may see: what a {@code site=} filter takes. */
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER, Role.ADMIN})
@Controller("/api/v1/sites")
@Tag(name = "sites")
public class SiteController {

    private final Sites sites;
    private final WorkshopClock clock;

    SiteController(Sites sites, WorkshopClock clock) {
        this.sites = sites;
        this.clock = clock;
    }

    /** One site: what lists and reports take as {@code site=} (code or id), and how customers reach it. */
    @Serdeable
    public record SiteJson(@Schema(description = "The site's identifier (not a quantity)") long id,
            @Schema(description = "The site's short code, as site= takes it") String code, String name,
            @Nullable String contact, @Schema(description = "The site's public address for links and QR codes")
            String publicUrl, @Schema(description = "The site's time zone (IANA)") String zone) {
    }

    @Get
    @Operation(summary = "The caller's sites (a token or person of one site: that site; of the group: every site), "
            + "first site first")
    public List<SiteJson> list() {
        return sites.within(Callers.dataScope()).stream().map(this::json).toList();
    }

    private SiteJson json(Site site) {
        String contact = sites.contact(site.siteId());
        return new SiteJson(site.siteId(), site.code(), sites.name(site.siteId()),
                contact == null || contact.isBlank() ? null : contact, sites.publicUrl(site.siteId()),
                site.zone() == null || site.zone().isBlank() ? clock.zone().getId() : site.zone());
    }
}
