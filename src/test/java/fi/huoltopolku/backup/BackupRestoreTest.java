package fi.huoltopolku.backup;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.quality.ComparisonReport;
import fi.huoltopolku.quality.ComparisonService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup taken while the app runs restores, with the documented command, to the same data: every
 * table's row count and the comparison report are identical on the restored database.
 */
class BackupRestoreTest {

    private static final List<String> TABLES = List.of("person", "customer", "vehicle", "visit", "visit_event",
            "check_answer", "survey_invitation", "survey_response", "feedback_case", "rollup_figure");
    private static final FigureFilter ALL = FigureFilter.period(Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-07-01T00:00:00Z"));

    @TempDir Path temp;

    @Test
    void a_backup_restores_to_identical_counts_and_the_same_comparison_report() throws Exception {
        Path live = temp.resolve("live");
        Path restored = temp.resolve("restored");
        Map<String, Long> counts;
        ComparisonReport report;
        String file;
        try (ApplicationContext app = start(live, true)) {
            BackupService backups = app.getBean(BackupService.class);
            assertThat(backups.available()).isTrue();
            report = app.getBean(ComparisonService.class).report(ALL);
            counts = counts(app);
            BackupService.Backup backup = backups.backUpNow(Actor.integration("test"));
            assertThat(backups.list()).extracting(BackupService.Backup::name).containsExactly(backup.name());
            assertThat(backup.bytes()).isPositive();
            file = backups.folder().resolve(backup.name()).toString();
            assertThat(backups.folder()).isEqualTo(live.resolve("backups").toAbsolutePath());
        }
        assertThat(counts.get("visit")).isGreaterThan(30);
        assertThat(counts.get("survey_response")).isPositive();

        // The documented restore: java -cp huoltopolku.jar org.h2.tools.Restore -file ... -dir ... -db huoltopolku
        Restore.main("-file", file, "-dir", restored.toString(), "-db", "huoltopolku");
        try (ApplicationContext app = start(restored, false)) {
            assertThat(counts(app)).isEqualTo(counts);
            assertThat(app.getBean(ComparisonService.class).report(ALL)).isEqualTo(report);
        }
    }

    @Test
    void backups_beyond_the_kept_number_are_removed_oldest_first_and_memory_databases_have_none() throws Exception {
        Path live = temp.resolve("kept");
        try (ApplicationContext app = start(live, false, "huoltopolku.backup.keep", "2")) {
            BackupService backups = app.getBean(BackupService.class);
            WorkshopClock clock = app.getBean(WorkshopClock.class);
            for (int i = 0; i < 4; i++) {
                clock.use(Clock.fixed(Instant.parse("2026-06-10T06:00:00Z").plusSeconds(3600L * i),
                        ZoneOffset.UTC));
                backups.backUpNow(Actor.integration("test"));
            }
            assertThat(backups.list()).extracting(BackupService.Backup::name)
                    .containsExactly("huoltopolku-20260610-120000.zip", "huoltopolku-20260610-110000.zip");
            assertThat(Files.list(backups.folder()).count()).isEqualTo(2);
        }
        try (ApplicationContext app = ApplicationContext.run(Map.of("micronaut.server.port", "-1"), "test")) {
            BackupService backups = app.getBean(BackupService.class);
            assertThat(backups.available()).isFalse();
            assertThatThrownBy(() -> backups.backUpNow(Actor.integration("test"))).isInstanceOf(Problem.class);
        }
    }

    private static ApplicationContext start(Path folder, boolean demo, String... more) {
        Map<String, Object> properties = new LinkedHashMap<>(Map.of(
                "datasources.default.url", "jdbc:h2:file:" + folder.resolve("huoltopolku"),
                "huoltopolku.demo", String.valueOf(demo),
                "huoltopolku.demo-history-days", "12",
                "huoltopolku.rollups.first-refresh-after", "1h",
                "huoltopolku.backup.first-after", "1h",
                "micronaut.server.port", "-1"));
        for (int i = 0; i < more.length; i += 2) {
            properties.put(more[i], more[i + 1]);
        }
        return ApplicationContext.run(properties, "test");
    }

    private static Map<String, Long> counts(ApplicationContext app) {
        JdbcOperations jdbc = app.getBean(JdbcOperations.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = app.getBean(TransactionOperations.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, tx.executeRead(s -> jdbc.prepareStatement("SELECT COUNT(*) FROM " + table, ps -> {
                try (ResultSet rows = ps.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            })));
        }
        return counts;
    }
}
