package fi.huoltopolku.site;

import fi.huoltopolku.site.ReleaseDatabase.Figures;
import fi.huoltopolku.site.ReleaseDatabase.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
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
 * The same upgrade on PostgreSQL (the PostgreSQL tier of {@code mvn verify}): a fresh database
 * migrated to the release's schema (V32) with the app's PostgreSQL locations, the release's demo
 * rows copied into it from the restored H2 dump, then migrated to the latest version; nothing lost,
 * everything at the first site, every role held there (the admin's at the group).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseDatabasePostgresMigrationIT {

    @TempDir
    static Path folder;

    private String url;
    private String user;
    private String password;
    private Map<String, Table> release;
    private Map<String, Table> before;
    private Map<String, Table> after;
    private Figures releaseFigures;
    private Figures migratedFigures;

    @BeforeAll
    void copyAndMigrate() throws Exception {
        String cluster = System.getProperty("datasources.default.url", "");
        // Run by the PostgreSQL tier only (failsafe's *IT), which names its cluster here: never skipped.
        assertThat(cluster).as("the PostgreSQL tier's cluster").startsWith("jdbc:postgresql:");
        user = System.getProperty("datasources.default.username");
        password = System.getProperty("datasources.default.password");
        String name = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection db = DriverManager.getConnection(cluster, user, password); Statement sql = db.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
        url = cluster.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
        Flyway.configure().dataSource(url, user, password).target("32")
                .locations("classpath:db/migration", "classpath:db/postgresql").load().migrate();

        String h2 = ReleaseDatabase.restoreIntoH2(folder);
        try (Connection from = DriverManager.getConnection(h2, "sa", "");
                Connection to = DriverManager.getConnection(url, user, password)) {
            release = tables(from, "PUBLIC");
            try (Statement sql = from.createStatement()) {
                releaseFigures = figures(sql);
            }
            copy(from, to, release);
            try (Statement sql = to.createStatement()) {
                assertThat(version(sql)).isEqualTo("32");
            }
            before = tables(to, "public");
        }
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/postgresql").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            after = tables(db, "public");
            migratedFigures = figures(sql);
        }
    }

    /** Every row of every release table (but Flyway's own) into the PostgreSQL database at V32. */
    private static void copy(Connection from, Connection to, Map<String, Table> tables) throws SQLException {
        to.setAutoCommit(false);
        try (Statement sql = to.createStatement()) {
            // The release's rows replace the migrations' seed rows (the same themes, items, departments).
            sql.execute("TRUNCATE " + tables.keySet().stream().filter(t -> !t.equals("flyway_schema_history"))
                    .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + " CASCADE");
            // The rows go in table by table: their foreign keys are checked by the counts and the migration after.
            sql.execute("SET session_replication_role = replica");
        }
        for (Map.Entry<String, Table> table : tables.entrySet()) {
            if (table.getKey().equals("flyway_schema_history")) {
                continue;
            }
            List<String> columns = table.getValue().columns();
            String target = table.getKey().toLowerCase(Locale.ROOT);
            String insert = "INSERT INTO " + target + " (" + columns.stream().map(c -> c.toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + ") VALUES (" + columns.stream().map(c -> "?")
                    .collect(Collectors.joining(", ")) + ")";
            try (Statement read = from.createStatement(); ResultSet rs = read.executeQuery("SELECT * FROM \""
                    + table.getKey() + "\""); PreparedStatement write = to.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, rs.getObject(columns.get(i - 1)));
                    }
                    write.addBatch();
                }
                write.executeBatch();
            }
            if (columns.contains("ID")) {
                try (Statement sql = to.createStatement()) {
                    sql.execute("SELECT setval(pg_get_serial_sequence('" + target + "', 'id'), "
                            + "(SELECT COALESCE(MAX(id), 0) + 1 FROM " + target + "), false) "
                            + "WHERE pg_get_serial_sequence('" + target + "', 'id') IS NOT NULL");
                }
            }
        }
        try (Statement sql = to.createStatement()) {
            sql.execute("SET session_replication_role = DEFAULT");
        }
        to.commit();
        to.setAutoCommit(true);
    }

    @Test
    void every_table_keeps_every_row_and_every_old_value() throws SQLException {
        Map<String, Table> kept = new TreeMap<>(before);
        kept.remove("flyway_schema_history");
        kept.remove("person_role");
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            for (Map.Entry<String, Table> each : kept.entrySet()) {
                String name = each.getKey();
                assertThat(each.getValue().rows()).as(name + " copied").isEqualTo(release.get(name.toUpperCase(Locale.ROOT))
                        .rows());
                assertThat(after.get(name).rows()).as(name + " rows").isEqualTo(each.getValue().rows());
                assertThat(table(db, name, each.getValue().columns()).checksum()).as(name + " values")
                        .isEqualTo(each.getValue().checksum());
            }
        }
        assertThat(kept.get("visit").rows()).isEqualTo(372);
        assertThat(migratedFigures).isEqualTo(releaseFigures);
    }

    @Test
    void everything_is_at_the_first_site_and_every_role_held_there_the_admin_at_the_group() throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            assertThat(rows(sql, "SELECT id || ' ' || code FROM site")).containsExactly("1 main");
            for (String table : List.of("visit", "customer_matter", "technician_absence", "api_token")) {
                assertThat(rows(sql, "SELECT DISTINCT COALESCE(CAST(site_id AS VARCHAR), 'none') FROM " + table))
                        .as(table).containsExactly("1");
            }
            assertThat(rows(sql, "SELECT person_id || ' ' || role || ' ' || "
                    + "CASE WHEN site_id IS NULL THEN 'group' ELSE 'site ' || site_id END FROM site_role"))
                    .hasSize(13).contains("13 ADMIN group", "1 ADVISOR site 1", "4 TECHNICIAN site 1")
                    .noneMatch(r -> r.endsWith("group") && !r.contains("ADMIN"));
            // A new visit still takes the next id (the copied ids' sequences moved past them).
            assertThat(rows(sql, "SELECT nextval(pg_get_serial_sequence('visit', 'id'))")).containsExactly("373");
        }
    }
}
