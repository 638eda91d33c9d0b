package fi.huoltopolku.checks.api;

import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.checks.ImportResult;
import fi.huoltopolku.checks.WorkshopTestImport;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

/** Workshop-test results as CSV: {@code visit,plate,date,item,answer,comment}. */
@Allowed({Role.FOREMAN, Role.MANAGER})
@Controller("/api/v1/workshop-tests")
@Tag(name = "checks")
public class WorkshopTestController {

    private final WorkshopTestImport importer;

    WorkshopTestController(WorkshopTestImport importer) {
        this.importer = importer;
    }

    /** What the import did. */
    @Serdeable
    public record ImportJson(int lines, int created, int changed, int unchanged) {
    }

    @Post
    @Consumes({"text/csv", "text/plain"})
    @Operation(summary = "Import workshop-test results; a file with a bad line is refused whole (400, every bad line named); importing the same file again changes nothing")
    public ImportJson importCsv(@Body @Nullable String csv) {
        ImportResult result = importer.importCsv(csv, Actor.integration(StoredText.of("actor.testImport")));
        return new ImportJson(result.lines(), result.created(), result.changed(), result.unchanged());
    }
}
