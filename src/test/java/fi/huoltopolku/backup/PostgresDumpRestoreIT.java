package fi.huoltopolku.backup;

import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.quality.ComparisonReport;
import fi.huoltopolku.quality.ComparisonService;
import fi.huoltopolku.support.FreshPostgresDatabase;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly backup on PostgreSQL (the PostgreSQL tier only): {@code deploy/backup.sh dump} taken
 * while the app runs, restored with {@code deploy/backup.sh restore} into a fresh database, gives
 * the same data: every table's row count and the comparison report are identical, and the app
 * starts on the restored database (Flyway finds its schema complete).
 */
class PostgresDumpRestoreIT {

    private static final List<String> TABLES = List.of("person", "customer", "vehicle", "visit", "visit_event",
            "check_answer", "survey_invitation", "survey_response", "feedback_case", "rollup_figure", "api_token");
    private static final FigureFilter ALL = FigureFilter.period(Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-07-01T00:00:00Z"));

    @TempDir Path temp;

    @Test
    void a_nightly_dump_restored_into_a_fresh_database_gives_identical_counts_and_the_same_comparison_report()
            throws Exception {
        Map<String, Long> counts;
        ComparisonReport report;
        DatasourceConfiguration live;
        Path dump;
        try (ApplicationContext app = start(Map.of("huoltopolku.demo", "true"))) {
            live = app.getBean(DatasourceConfiguration.class);
            report = app.getBean(ComparisonService.class).report(ALL);
            counts = counts(app);
            Result dumped = backup(live.getUrl(), live, "dump", temp.resolve("backups").toString());
            assertThat(dumped.exit()).as(dumped.output()).isZero();
            try (Stream<Path> files = Files.list(temp.resolve("backups"))) {
                List<Path> written = files.toList();
                assertThat(written).hasSize(1);
                dump = written.get(0);
            }
            assertThat(dump.getFileName().toString()).matches("huoltopolku-\\d{8}-\\d{6}\\.dump");
            assertThat(dumped.output()).contains(dump.getFileName().toString());
        }
        assertThat(counts.get("visit")).isGreaterThan(30);
        assertThat(counts.get("survey_response")).isPositive();

        String fresh = "restored_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(live.getUrl(), live.getUsername(), live.getPassword());
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + fresh);
        }
        String freshUrl = live.getUrl().replace("/" + FreshPostgresDatabase.databaseOf(live.getUrl()), "/" + fresh);
        Result restored = backup(freshUrl, live, "restore", dump.toString());
        assertThat(restored.exit()).as(restored.output()).isZero();

        try (ApplicationContext app = start(Map.of("huoltopolku.test.database-name", fresh))) {
            assertThat(app.getBean(DatasourceConfiguration.class).getUrl()).isEqualTo(freshUrl);
            assertThat(counts(app)).isEqualTo(counts);
            assertThat(app.getBean(ComparisonService.class).report(ALL)).isEqualTo(report);
        }
    }

    @Test
    void a_dump_of_a_database_that_cannot_be_reached_fails_with_a_message_and_leaves_no_file() throws Exception {
        try (ApplicationContext app = start(Map.of())) {
            DatasourceConfiguration live = app.getBean(DatasourceConfiguration.class);
            String missing = live.getUrl().replace("/" + FreshPostgresDatabase.databaseOf(live.getUrl()), "/no_such_db");
            Result dumped = backup(missing, live, "dump", temp.resolve("failed").toString());
            assertThat(dumped.exit()).isNotZero();
            assertThat(dumped.output()).contains("The backup failed").contains("no_such_db");
            try (Stream<Path> files = Files.list(temp.resolve("failed"))) {
                assertThat(files).isEmpty();
            }
        }
    }

    private static ApplicationContext start(Map<String, Object> more) {
        Map<String, Object> properties = new LinkedHashMap<>(Map.of(
                "huoltopolku.demo-history-days", "12",
                "huoltopolku.rollups.first-refresh-after", "1h",
                "micronaut.server.port", "-1"));
        properties.putAll(more);
        return ApplicationContext.run(properties, "test");
    }

    private record Result(int exit, String output) {
    }

    /** deploy/backup.sh as cron runs it: the database in the app's own environment variables. */
    private static Result backup(String url, DatasourceConfiguration login, String... arguments)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                Stream.concat(Stream.of("bash", "deploy/backup.sh"), Stream.of(arguments)).toList());
        builder.environment().put("HUOLTOPOLKU_DB_URL", url);
        builder.environment().put("HUOLTOPOLKU_DB_USER", login.getUsername());
        builder.environment().put("HUOLTOPOLKU_DB_PASSWORD", login.getPassword());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
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
