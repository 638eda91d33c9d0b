package fi.huoltopolku.site;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The current release's demo database (src/test/resources/migration, see its README) and what the
 * migration tests read of a database: each table's columns, rows and a checksum of its values, and
 * a few business figures.
 */
final class ReleaseDatabase {

    static final String DUMP = "/migration/release-3ef0adb-demo.sql.gz";

    private ReleaseDatabase() {
    }

    /** A table's columns, row count and a checksum of its rows (each row's values, rows in sorted order). */
    record Table(List<String> columns, long rows, String checksum) {
    }

    /** A few business figures: visits per stage, answers per rating, per theme its answers and top-two ratings. */
    record Figures(Map<String, Long> visitsPerStage, Map<Integer, Long> answersPerRating,
            Map<String, List<Long>> perTheme) {
    }

    /**
     * The release's database restored into a new H2 file in {@code folder}, with one technician
     * absence added (the demo has none); its JDBC URL.
     */
    static String restoreIntoH2(Path folder) throws Exception {
        Path script = folder.resolve("release.sql.gz");
        try (InputStream in = ReleaseDatabase.class.getResourceAsStream(DUMP)) {
            if (in == null) {
                throw new IllegalStateException(DUMP + " is missing");
            }
            Files.copy(in, script);
        }
        String url = "jdbc:h2:file:" + folder.resolve("huoltopolku").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' COMPRESSION GZIP");
            sql.execute("INSERT INTO technician_absence (person_id, absent_on, reason, created_by, created_at) "
                    + "SELECT MIN(person_id), DATE '2026-12-04', 'Training', 'Kari Esimies', "
                    + "TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00+02' FROM person_role WHERE role = 'TECHNICIAN'");
        }
        return url;
    }

    /** The latest successful migration's version. */
    static String version(Statement sql) throws SQLException {
        return rows(sql, "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                + "ORDER BY \"installed_rank\" DESC LIMIT 1").get(0);
    }

    static Figures figures(Statement sql) throws SQLException {
        Map<String, Long> stages = new TreeMap<>();
        try (ResultSet rs = sql.executeQuery("SELECT stage, COUNT(*) FROM visit GROUP BY stage")) {
            while (rs.next()) {
                stages.put(rs.getString(1), rs.getLong(2));
            }
        }
        Map<Integer, Long> ratings = new TreeMap<>();
        try (ResultSet rs = sql.executeQuery("SELECT rating, COUNT(*) FROM survey_rating GROUP BY rating")) {
            while (rs.next()) {
                ratings.put(rs.getInt(1), rs.getLong(2));
            }
        }
        Map<String, List<Long>> perTheme = new TreeMap<>();
        try (ResultSet rs = sql.executeQuery("SELECT t.code, COUNT(*), SUM(CASE WHEN r.rating >= 4 THEN 1 ELSE 0 END) "
                + "FROM survey_rating r JOIN theme t ON t.id = r.theme_id GROUP BY t.code")) {
            while (rs.next()) {
                perTheme.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3)));
            }
        }
        return new Figures(stages, ratings, perTheme);
    }

    /** The first column of every row of a query, as text. */
    static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** Every table of a schema ({@code PUBLIC} on H2, {@code public} on PostgreSQL), by name. */
    static Map<String, Table> tables(Connection db, String schema) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("SELECT c.table_name, c.column_name "
                + "FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema "
                + "AND t.table_name = c.table_name WHERE c.table_schema = '" + schema + "' "
                + "AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            tables.put(table.getKey(), table(db, table.getKey(), table.getValue()));
        }
        return tables;
    }

    /** A table's given columns: its rows and their checksum. */
    static Table table(Connection db, String name, List<String> columns) throws SQLException {
        String select = "SELECT " + columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "))
                + " FROM \"" + name + "\"";
        List<String> rows = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(select)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.size(); i++) {
                    row.append(rs.getString(i)).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        Collections.sort(rows);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            rows.forEach(r -> digest.update(r.getBytes(StandardCharsets.UTF_8)));
            return new Table(List.copyOf(columns), rows.size(), HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
