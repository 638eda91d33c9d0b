package fi.huoltopolku.checks.api;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistRow;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A visit's checks: every item with its versions' wording, answers and sources; answering one. */
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
@Controller("/api/v1/visits/{id}/checks")
@Tag(name = "checks")
public class ChecksController {

    private static final Actor API = Actor.integration("API");

    private final ChecklistService checks;
    private final WorkshopClock clock;

    ChecksController(ChecklistService checks, WorkshopClock clock) {
        this.checks = checks;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "The visit's check items (process items of the stages it reached) and every answer, by source")
    public List<CheckJson> list(@PathVariable long id) {
        return checks.overview(id).stream().map(this::json).toList();
    }

    @Put("/{itemCode}")
    @Operation(summary = "Answer a check item: YES, NO or NA; 400 for an unknown item, a stage the visit has not reached, or a bad value")
    public CheckJson answer(@PathVariable long id, @PathVariable String itemCode, @Body AnswerJson body) {
        Answer answer = parse(Answer.class, "answer", body.answer(), "checks.badAnswer");
        Source source = body.source() == null ? Source.PROCESS
                : parse(Source.class, "source", body.source(), "checks.badSource");
        return json(checks.answer(id, itemCode, answer, body.comment(), source, API));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, @Nullable String value, String key) {
        if (value == null) {
            throw Problem.invalid(field, "problem.required");
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.trim().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> Problem.invalid(field, key));
    }

    private CheckJson json(ChecklistRow r) {
        return new CheckJson(r.code(), r.kind(), r.stage(), r.themeCode(), r.question().en(), r.question().fi(),
                r.mandatory(), r.version(), r.answer(), r.source(), r.answeredBy(),
                r.answeredAt() == null ? null : r.answeredAt().atZone(clock.zone()).toOffsetDateTime(), r.comment());
    }
}
