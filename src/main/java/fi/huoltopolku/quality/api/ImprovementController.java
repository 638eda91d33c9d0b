package fi.huoltopolku.quality.api;

import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.ActionStatus;
import fi.huoltopolku.quality.BeforeAfter;
import fi.huoltopolku.quality.ImprovementAction;
import fi.huoltopolku.quality.ImprovementService;
import fi.huoltopolku.quality.api.ReportController.RateJson;
import fi.huoltopolku.quality.stats.Change;
import fi.huoltopolku.security.SitesAsked;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Improvement actions for integrations and a group's BI: list and start them, each with the theme's
 * figures before and after its start per side and the verdict, the same figures as the screen.
 */
@Allowed({Role.MANAGER, Role.FOREMAN})
@Controller("/api/v1/improvements")
@Tag(name = "improvements")
public class ImprovementController {

    private static final Actor API = Actor.integration("API");

    private final ImprovementService improvements;
    private final ThemeService themes;
    private final PeopleService people;
    private final WorkshopClock clock;
    private final SitesAsked sites;

    ImprovementController(ImprovementService improvements, ThemeService themes, PeopleService people,
            WorkshopClock clock, SitesAsked sites) {
        this.sites = sites;
        this.improvements = improvements;
        this.themes = themes;
        this.people = people;
        this.clock = clock;
    }

    /** One side's "did it work?". */
    @Serdeable
    @Schema(description = "One side before and after the start: rates are fractions 0–1 with their counts; the "
            + "difference and its 95 % Newcombe interval in percentage points")
    public record ChangeJson(RateJson before, RateJson after,
            @Schema(description = "After − before in percentage points; null with too few answers") @Nullable Double points,
            @Schema(description = "Lower end of the difference's 95 % interval, percentage points") @Nullable Double low,
            @Schema(description = "Upper end of the difference's 95 % interval, percentage points") @Nullable Double high,
            Change.Verdict verdict,
            @Schema(description = "Count of further answers after the start from which on the difference would "
                    + "show, at the rates seen so far; or, with too few answers, how many more are needed")
            @Nullable Integer moreAnswers,
            @Schema(description = "When no number of further answers would do: count of answers needed on each side "
                    + "of the start (longer windows) to show the difference") @Nullable Integer answersEachSide) {
        static ChangeJson of(Change c) {
            return new ChangeJson(RateJson.of(c.before()), RateJson.of(c.after()), c.points(), c.low(), c.high(),
                    c.verdict(), c.moreAnswers(), c.answersEachSide());
        }
    }

    /** A practice session. */
    @Serdeable
    public record SessionJson(LocalDate heldOn, String attendees, @Nullable String note) {
    }

    /** An improvement action with its figures. */
    @Serdeable
    public record ActionJson(@Schema(description = "The action's identifier (not a quantity)") long id, String theme,
            String whatChanges, String owner, LocalDate startDate, ActionStatus status,
            @Schema(description = "The row's version identifier, a count of its edits") long version,
            @Schema(description = "Length in days of each window compared, before and after the start") int windowDays,
            boolean enoughAfter, ChangeJson objective, ChangeJson subjective, List<SessionJson> sessions) {
    }

    /** What starts an action. */
    @Serdeable
    public record StartJson(@Nullable String theme, @Nullable String whatChanges, @Nullable String owner,
            @Nullable String startDate) {
    }

    @Get
    @Operation(summary = "Every improvement action, the newest start first, each with the theme's checks "
            + "(objective) and customers (subjective) in the windows before and after its start and the verdict; "
            + "a site's own actions and the group's")
    public List<ActionJson> list(@Parameter(description = SitesAsked.DESCRIPTION) @QueryValue @Nullable List<String> site) {
        sites.narrow(site);
        Map<Long, Theme> byId = themes.byId();
        Map<Long, Person> staff = people.peopleById();
        return improvements.all().stream().map(a -> json(a, byId, staff)).toList();
    }

    @Get("/{id}")
    @Operation(summary = "One improvement action with its before and after per side; 404 when there is none")
    public ActionJson one(@PathVariable long id) {
        return json(improvements.action(id), themes.byId(), people.peopleById());
    }

    @Post
    @Operation(summary = "Start an improvement action: theme (code), whatChanges (at most 2000 characters), owner "
            + "(username or id), startDate (YYYY-MM-DD, default today); every problem named at once (400)")
    @ApiResponse(responseCode = "201", description = "The started action")
    public HttpResponse<ActionJson> start(@Body StartJson body) {
        Validation check = new Validation();
        String theme = body.theme() == null || body.theme().isBlank() ? null : body.theme().trim().toUpperCase(Locale.ROOT);
        check.that(theme != null, "theme", "problem.required");
        if (theme != null) {
            check.value(() -> themes.byCode(theme));
        }
        Long owner = null;
        if (check.that(body.owner() != null && !body.owner().isBlank(), "owner", "problem.required")) {
            Person person = check.value(() -> people.byReference(body.owner().trim(), "owner"));
            owner = person == null ? null : person.id();
        }
        LocalDate start = check.value(() -> ReportQuery.date("startDate", body.startDate(), clock.today()));
        if (check.that(body.whatChanges() != null && !body.whatChanges().isBlank(), "whatChanges", "problem.required")) {
            check.that(body.whatChanges().length() <= 2000, "whatChanges", "problem.tooLong", 2000);
        }
        check.done();
        long id = improvements.start(theme, body.whatChanges(), owner, start, API);
        return HttpResponse.created(one(id), URI.create("/api/v1/improvements/" + id));
    }

    private ActionJson json(ImprovementAction action, Map<Long, Theme> byId, Map<Long, Person> staff) {
        BeforeAfter figures = improvements.beforeAfter(action.id());
        Person owner = staff.get(action.ownerId());
        List<SessionJson> sessions = improvements.sessions(action.id()).stream()
                .map(s -> new SessionJson(s.heldOn(), s.attendees(), s.note())).toList();
        return new ActionJson(action.id(), byId.get(action.themeId()).code(), action.whatChanges(),
                owner == null ? String.valueOf(action.ownerId()) : owner.username(), action.startDate(), action.status(),
                action.version() == null ? 0 : action.version(), figures.windowDays(), figures.enoughAfter(),
                ChangeJson.of(figures.objective()), ChangeJson.of(figures.subjective()), sessions);
    }
}
