package fi.huoltopolku.site;

import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.ComparisonReport;
import fi.huoltopolku.quality.ComparisonService;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.survey.Satisfaction;
import fi.huoltopolku.site.ReleaseDatabase.Figures;
import fi.huoltopolku.site.ReleaseDatabase.Table;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import static fi.huoltopolku.site.ReleaseDatabase.figures;
import static fi.huoltopolku.site.ReleaseDatabase.rows;
import static fi.huoltopolku.site.ReleaseDatabase.table;
import static fi.huoltopolku.site.ReleaseDatabase.tables;
import static fi.huoltopolku.site.ReleaseDatabase.version;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation of the current release (3ef0adb, schema V32) upgrades into its first site with
 * nothing lost: its demo database (src/test/resources/migration, see its README) restored into a
 * fresh H2 file, every table's rows and values recorded, migrated by Flyway with the app's
 * locations to the latest version, and compared: every row still there with its old values, every
 * visit, matter and absence at the first site, every role held there (the admin's at the group),
 * one site, and the app starts on it and reports the same figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseDatabaseMigrationTest {

    @TempDir
    static Path folder;

    private String url;
    private Map<String, Table> before;
    private Map<String, Table> after;
    private Figures releaseFigures;
    private Figures migratedFigures;
    private List<String> releaseRoles;
    private MigrationInfo[] applied;

    @BeforeAll
    void restoreAndMigrate() throws Exception {
        url = ReleaseDatabase.restoreIntoH2(folder);
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            assertThat(version(sql)).isEqualTo("32");
            before = tables(db, "PUBLIC");
            releaseFigures = figures(sql);
            releaseRoles = rows(sql, "SELECT person_id || ' ' || role || ' ' || "
                    + "CASE WHEN role = 'ADMIN' THEN 'group' ELSE 'site 1' END FROM person_role");
        }
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/h2").load();
        flyway.migrate();
        applied = flyway.info().applied();
        assertThat(flyway.info().pending()).isEmpty();
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            after = tables(db, "PUBLIC");
            migratedFigures = figures(sql);
        }
    }

    @Test
    void the_release_database_is_migrated_to_the_latest_version() {
        assertThat(before.get("VISIT").rows()).isEqualTo(372);
        assertThat(applied[applied.length - 1].getVersion().getMajor().intValue()).isGreaterThanOrEqualTo(33);
        assertThat(applied).allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
    }

    @Test
    void every_table_keeps_every_row_and_every_old_value() {
        Map<String, Table> kept = new TreeMap<>(before);
        kept.remove("flyway_schema_history");
        kept.remove("PERSON_ROLE"); // replaced by SITE_ROLE, compared below
        for (Map.Entry<String, Table> table : kept.entrySet()) {
            Table now = after.get(table.getKey());
            assertThat(now).as(table.getKey()).isNotNull();
            assertThat(now.rows()).as(table.getKey() + " rows").isEqualTo(table.getValue().rows());
            assertThat(now.columns()).as(table.getKey() + " columns").containsAll(table.getValue().columns());
        }
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            for (Map.Entry<String, Table> table : kept.entrySet()) {
                // The old columns' values, read from the migrated table: the same checksum.
                Table oldColumns = table(db, table.getKey(), table.getValue().columns());
                assertThat(oldColumns.checksum()).as(table.getKey() + " values").isEqualTo(table.getValue().checksum());
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(kept).containsKeys("VISIT", "CUSTOMER", "VEHICLE", "SURVEY_RESPONSE", "SURVEY_RATING",
                "CHECK_ANSWER", "FEEDBACK_CASE", "CUSTOMER_MATTER", "TECHNICIAN_ABSENCE", "API_TOKEN", "PERSON");
        assertThat(kept.get("SURVEY_RATING").rows()).isEqualTo(1036);
    }

    @Test
    void the_figures_are_the_same_visits_per_stage_answers_per_rating_and_per_theme() {
        assertThat(releaseFigures.visitsPerStage()).isNotEmpty();
        assertThat(releaseFigures.answersPerRating().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(1036);
        assertThat(migratedFigures).isEqualTo(releaseFigures);
    }

    @Test
    void everything_is_at_the_first_site_and_there_is_one_site() throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            assertThat(rows(sql, "SELECT id || ' ' || code || ' ' || COALESCE(name, '-') || ' ' || "
                    + "COALESCE(zone, '-') || ' ' || COALESCE(opens, '-') FROM site"))
                    .containsExactly("1 main - - -");
            for (String table : List.of("visit", "customer_matter", "technician_absence", "api_token")) {
                assertThat(rows(sql, "SELECT DISTINCT COALESCE(CAST(site_id AS VARCHAR), 'none') FROM " + table))
                        .as(table).containsExactly("1");
            }
            assertThat(rows(sql, "SELECT COUNT(*) FROM technician_absence")).containsExactly("1");
            // An improvement action of a one-site installation is the group's (every site's).
            assertThat(rows(sql, "SELECT DISTINCT COALESCE(CAST(site_id AS VARCHAR), 'group') FROM improvement_action"))
                    .containsExactly("group");
        }
    }

    @Test
    void every_role_is_held_at_the_first_site_and_the_admin_at_the_group() throws SQLException {
        assertThat(releaseRoles).hasSize(13).contains("13 ADMIN group", "1 ADVISOR site 1");
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            assertThat(rows(sql, "SELECT person_id || ' ' || role || ' ' || "
                    + "CASE WHEN site_id IS NULL THEN 'group' ELSE 'site ' || site_id END FROM site_role"))
                    .containsExactlyInAnyOrderElementsOf(releaseRoles);
        }
    }

    @Test
    void the_app_starts_on_it_with_one_site_the_same_people_and_the_same_report() {
        try (ApplicationContext app = ApplicationContext.run(Map.of("datasources.default.url", url,
                "huoltopolku.clock.start", "2026-12-07T09:00:00Z", "huoltopolku.demo", false,
                "huoltopolku.rollups.first-refresh-after", "1h", "huoltopolku.backup.first-after", "1h",
                "micronaut.server.port", -1), "test")) {
            Sites sites = app.getBean(Sites.class);
            assertThat(sites.all()).hasSize(1);
            assertThat(sites.isGroup()).isFalse();
            assertThat(sites.name(Site.FIRST)).isEqualTo("Huoltopolku Demo Autohuolto");

            Map<Long, Set<Role>> roles = app.getBean(AccountService.class).users().stream()
                    .collect(Collectors.toMap(u -> u.person().id(), AccountService.User::roles));
            assertThat(roles).hasSize(13).containsEntry(13L, Set.of(Role.ADMIN)).containsEntry(1L, Set.of(Role.ADVISOR));

            ComparisonReport report = app.getBean(ComparisonService.class).report(FigureFilter.period(
                    Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z")));
            Map<String, List<Long>> perTheme = new TreeMap<>();
            report.satisfaction().byTheme().forEach((theme, said) -> perTheme.put(theme, counts(said)));
            assertThat(perTheme).isEqualTo(releaseFigures.perTheme());
        }
    }

    private static List<Long> counts(Satisfaction said) {
        return List.of(said.n(), said.topTwo());
    }
}
