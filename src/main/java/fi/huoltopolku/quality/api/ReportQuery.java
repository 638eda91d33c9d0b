package fi.huoltopolku.quality.api;

import fi.huoltopolku.base.Dates;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.security.SitesAsked;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.visit.VisitType;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A report request's period and narrowing read from its query, the same for every report endpoint:
 * both dates inclusive, every bad date named at once, an unknown person, department or visit type
 * named by its field.
 */
@Singleton
class ReportQuery {

    static final String PERIOD = "from and to: YYYY-MM-DD, both inclusive (to defaults to today, from to 89 days before to)";

    private final PeopleService people;
    private final WorkshopClock clock;
    private final Sites sites;
    private final SitesAsked asked;

    ReportQuery(PeopleService people, WorkshopClock clock, Sites sites, SitesAsked asked) {
        this.asked = asked;
        this.people = people;
        this.clock = clock;
        this.sites = sites;
    }

    /**
     * The filter narrowed to the sites asked for ({@code site=}: codes, comma-separated), never wider
     * than the caller's; unchanged when none is asked for (the roll-ups then answer).
     */
    FigureFilter sites(FigureFilter filter, @Nullable String site) {
        Set<Long> asked = siteIds(site);
        return asked.isEmpty() ? filter : filter.sites(Callers.sites().narrowedTo(asked));
    }

    /** The ids of the site codes asked for (comma-separated); 400 naming a code that is not one of the caller's sites. */
    Set<Long> siteIds(@Nullable String codes) {
        Set<Long> ids = new TreeSet<>();
        if (codes == null || codes.isBlank()) {
            return ids;
        }
        List<Site> mine = sites.within(Callers.sites());
        for (String code : Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList()) {
            Site found = mine.stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst()
                    .orElseThrow(() -> Problem.invalid("site", "group.unknownSite",
                            code.length() > 40 ? code.substring(0, 40) + "…" : code,
                            mine.stream().map(Site::code).collect(Collectors.joining(", "))));
            ids.add(found.siteId());
        }
        return ids;
    }

    /** The filter of a request, the request narrowed to the sites asked for ({@code site=}, see {@link SitesAsked}). */
    FigureFilter filter(@Nullable String from, @Nullable String to, @Nullable String department,
            @Nullable String advisor, @Nullable String technician, @Nullable String make,
            @Nullable String visitType, @Nullable List<String> site) {
        FigureFilter filter = filter(from, to, department, advisor, technician, make, visitType);
        asked.narrow(site);
        return filter;
    }

    /** The filter of a request: its period (both dates inclusive) and narrowing; every bad date named at once. */
    FigureFilter filter(@Nullable String from, @Nullable String to, @Nullable String department,
            @Nullable String advisor, @Nullable String technician, @Nullable String make,
            @Nullable String visitType) {
        Validation check = new Validation();
        LocalDate last = check.value(() -> date("to", to, clock.today()));
        LocalDate start = check.value(() -> date("from", from, (last == null ? clock.today() : last).minusDays(89)));
        if (start != null && last != null) {
            check.that(!last.isBefore(start), "to", "report.toAfterFrom");
        }
        check.done();
        FigureFilter filter = FigureFilter.period(start.atStartOfDay(clock.zone()).toInstant(),
                last.plusDays(1).atStartOfDay(clock.zone()).toInstant());
        if (department != null && !department.isBlank()) {
            filter = filter.department(people.department(department.trim().toUpperCase(Locale.ROOT)).code());
        }
        if (advisor != null && !advisor.isBlank()) {
            filter = filter.advisor(people.byReference(advisor.trim(), "advisor").id());
        }
        if (technician != null && !technician.isBlank()) {
            filter = filter.technician(people.byReference(technician.trim(), "technician").id());
        }
        if (make != null && !make.isBlank()) {
            filter = filter.make(make);
        }
        if (visitType != null && !visitType.isBlank()) {
            try {
                filter = filter.type(VisitType.valueOf(visitType.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw Problem.invalid("visitType", "report.unknownVisitType", visitType,
                        Arrays.toString(VisitType.values()));
            }
        }
        return filter;
    }

    /** The first day of a filter's period. */
    LocalDate first(FigureFilter filter) {
        return filter.from().atZone(clock.zone()).toLocalDate();
    }

    /** The last day of a filter's period (its end is exclusive). */
    LocalDate last(FigureFilter filter) {
        return filter.to().atZone(clock.zone()).toLocalDate().minusDays(1);
    }

    /** A date given by a caller, or the fallback when none; 400 naming the field when it is not one. */
    static LocalDate date(String field, @Nullable String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problem.invalid(field, "workshopTest.badDate",
                    value.length() > 40 ? value.substring(0, 40) + "…" : value);
        }
        if (!Dates.sane(date)) {
            throw Problem.invalid(field, "problem.dateRange", Dates.FIRST_YEAR, Dates.LAST_YEAR);
        }
        return date;
    }
}
