package fi.huoltopolku.security;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.Sites;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The group admin adds and edits sites: every setting checked at once (each problem named by its
 * field), a setting left empty is the installation's configured one, and an edit made on a stale
 * copy is refused (someone else changed the site meanwhile).
 */
@Singleton
@Allowed(Role.ADMIN)
public class SiteEditor {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,19}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

    private final Sites sites;
    private final Configured configured;

    public SiteEditor(Sites sites, @Value("${huoltopolku.workshop-name:Huoltopolku}") String name,
            @Value("${huoltopolku.workshop-contact:}") String contact,
            @Value("${huoltopolku.public-url:`http://localhost:8080`}") String publicUrl,
            @Value("${huoltopolku.zone:Europe/Helsinki}") String zone,
            @Value("${huoltopolku.opening-hours.opens:`07:30`}") String opens,
            @Value("${huoltopolku.opening-hours.closes:`17:00`}") String closes,
            @Value("${huoltopolku.opening-hours.days:MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY}") String openDays,
            @Value("${huoltopolku.post-inspection.share:0.10}") String share,
            @Value("${huoltopolku.sms.from:Huoltopolku}") String sender) {
        this.sites = sites;
        this.configured = new Configured(name, contact, publicUrl, zone, opens, closes, days(openDays), share, sender);
    }

    /** The installation's configured settings: what a site's empty setting means. */
    public record Configured(String name, String contact, String publicUrl, String zone, String opens,
            String closes, Set<DayOfWeek> openDays, String postInspectionShare, String senderName) {
    }

    /**
     * A site's settings as typed on the form; {@code null} or blank = as configured. Open days
     * empty = as configured. {@code version} is the one the form was read at ({@code null} for a new site).
     */
    public record Form(String code, @Nullable String name, @Nullable String address, @Nullable String contact,
            @Nullable String publicUrl, @Nullable String zone, @Nullable String opens, @Nullable String closes,
            Set<DayOfWeek> openDays, @Nullable String postInspectionShare, @Nullable String senderName,
            @Nullable Long version) {

        public static Form of(Site site) {
            return new Form(site.code(), site.name(), site.address(), site.contact(), site.publicUrl(), site.zone(),
                    site.opens(), site.closes(), days(site.openDays()),
                    site.postInspectionShare() == null ? null : site.postInspectionShare().stripTrailingZeros()
                            .toPlainString(),
                    site.senderName(), site.version());
        }
    }

    public Configured configured() {
        return configured;
    }

    /** Adds a site. */
    public Site create(Form form) {
        Site checked = check(null, form, sites.newSite(form.code() == null ? "" : form.code().strip(), null));
        return sites.save(checked);
    }

    /** Saves a site's changed settings, refused when someone else saved it since {@code form.version()}. */
    public Site update(long siteId, Form form) {
        Site current = sites.refresh().stream().filter(s -> s.siteId() == siteId).findFirst()
                .orElseThrow(() -> Problem.notFound("site.noSuch", siteId));
        if (form.version() == null || !form.version().equals(current.version())) {
            throw Problem.conflict("problem.staleEdit");
        }
        Site checked = check(siteId, form, current);
        try {
            return sites.save(checked);
        } catch (OptimisticLockException e) {
            sites.refresh();
            throw Problem.conflict("problem.staleEdit");
        }
    }

    private Site check(@Nullable Long siteId, Form form, Site base) {
        List<Problem> problems = new ArrayList<>();
        String code = form.code() == null ? "" : form.code().strip().toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
            problems.add(Problem.invalid("code", "problem.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.invalid("code", "site.codeRule"));
        } else if (sites.byCode(code).filter(s -> siteId == null || s.siteId() != siteId).isPresent()) {
            problems.add(Problem.invalid("code", "site.codeTaken", code));
        }
        String name = text(form.name(), "name", 120, problems);
        if (siteId == null && name == null) {
            problems.add(Problem.invalid("name", "problem.required"));
        }
        String address = text(form.address(), "address", 200, problems);
        String contact = text(form.contact(), "contact", 200, problems);
        String publicUrl = text(form.publicUrl(), "publicUrl", 200, problems);
        if (publicUrl != null && !webAddress(publicUrl)) {
            problems.add(Problem.invalid("publicUrl", "site.urlRule", publicUrl));
        }
        String zone = text(form.zone(), "zone", 60, problems);
        if (zone != null && !knownZone(zone)) {
            problems.add(Problem.invalid("zone", "site.zoneRule", zone));
        }
        LocalTime opens = time(form.opens(), "opens", problems);
        LocalTime closes = time(form.closes(), "closes", problems);
        LocalTime opensIn = opens != null ? opens : LocalTime.parse(configured.opens());
        LocalTime closesIn = closes != null ? closes : LocalTime.parse(configured.closes());
        if ((opens != null || closes != null) && !closesIn.isAfter(opensIn)) {
            problems.add(Problem.invalid(closes != null ? "closes" : "opens", "site.closesAfterOpens",
                    opensIn.toString(), closesIn.toString()));
        }
        BigDecimal share = share(form.postInspectionShare(), problems);
        String sender = text(form.senderName(), "senderName", 11, problems);
        if (sender != null && !sender.matches("[A-Za-z0-9 ]+")) {
            problems.add(Problem.invalid("senderName", "site.senderRule"));
        }
        if (!problems.isEmpty()) {
            throw Problem.all(problems);
        }
        String openDays = form.openDays().isEmpty() ? null : EnumSet.copyOf(form.openDays()).stream()
                .map(DayOfWeek::name).collect(Collectors.joining(","));
        return new Site(base.id(), code, name, address, contact, publicUrl, zone,
                opens == null ? null : opens.toString(), closes == null ? null : closes.toString(), openDays, share,
                sender, base.createdAt(), base.version());
    }

    private static @Nullable String text(@Nullable String value, String field, int max, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(Problem.invalid(field, "problem.tooLong", max));
        }
        return stripped;
    }

    private static @Nullable LocalTime time(@Nullable String value, String field, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (TIME.matcher(value.strip()).matches()) {
                return LocalTime.parse(value.strip());
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        problems.add(Problem.invalid(field, "site.timeRule", value.strip()));
        return null;
    }

    private static @Nullable BigDecimal share(@Nullable String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip().replace(',', '.');
        boolean percent = typed.endsWith("%");
        try {
            BigDecimal share = new BigDecimal(percent ? typed.substring(0, typed.length() - 1).strip() : typed);
            if (percent) {
                share = share.movePointLeft(2);
            }
            if (share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0 && share.scale() <= 4) {
                return share;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        problems.add(Problem.invalid("postInspectionShare", "site.shareRule", value.strip()));
        return null;
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean knownZone(String zone) {
        return ZoneId.getAvailableZoneIds().contains(zone);
    }

    static Set<DayOfWeek> days(@Nullable String days) {
        if (days == null || days.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(days.split(",")).map(String::strip).filter(d -> !d.isEmpty()).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }
}
