package fi.huoltopolku.bench;

import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.ComparisonService;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Measures the comparison report on a large, deterministic data set in an H2 file: visits over two
 * years with their check answers and about 30 % answered surveys, written in bulk, then the
 * comparison roll-ups built from them. Prints median and
 * p95 of the report for a year and a month (all filters off, one advisor) next to the same figures
 * computed by plain GROUP BY queries over the raw tables, as a ratio.
 *
 * <p>Run with {@code bench/comparison.sh [visits] [runs]}; not part of the test suite.
 */
public final class ComparisonBenchmark {

    private static final String[] MAKES = {"Skoda", "Toyota", "Volkswagen", "Volvo", "Kia"};
    /** Midnight in the workshop's time zone, as the report's dates are. */
    private static final Instant END = java.time.LocalDate.of(2026, 11, 1)
            .atStartOfDay(java.time.ZoneId.of("Europe/Helsinki")).toInstant();

    private ComparisonBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int visits = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        // BENCH_DIR keeps the generated database for a later re-measurement without generating again.
        String kept = System.getenv("BENCH_DIR");
        Path dir = kept == null ? Files.createTempDirectory("huoltopolku-bench") : Files.createDirectories(Path.of(kept));
        boolean reuse = Files.exists(dir.resolve("bench.mv.db"));
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of(
                "datasources.default.url", "jdbc:h2:file:" + dir.resolve("bench") + ";OPTIMIZE_REUSE_RESULTS=FALSE;LOCK_TIMEOUT=10000",
                "huoltopolku.demo", "false", "micronaut.server.port", "-1",
                // The benchmark builds the roll-ups itself, in one go after the bulk load.
                "huoltopolku.rollups.refresh-every", "24h", "huoltopolku.rollups.first-refresh-after", "24h")).start()) {
            PeopleService people = context.getBean(PeopleService.class);
            List<Person> advisors = new ArrayList<>();
            List<Person> technicians = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                advisors.add(reuse ? people.findByUsername("adv" + i).orElseThrow()
                        : people.create("adv" + i, "Advisor " + i, Role.ADVISOR, "RECEPTION"));
            }
            for (int i = 0; i < 6; i++) {
                technicians.add(reuse ? people.findByUsername("tech" + i).orElseThrow()
                        : people.create("tech" + i, "Technician " + i, Role.TECHNICIAN, "WORKSHOP"));
            }
            long started = System.nanoTime();
            DataSource raw = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                    context.getBean(DataSource.class));
            if (reuse) {
                System.out.printf("# reusing the %s generated before (H2 file, %d cores, %s)%n", dir,
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            } else {
                generate(raw, visits, advisors, technicians);
                System.out.printf("# %d visits generated in %d s (H2 file, %d cores, %s)%n", visits,
                        (System.nanoTime() - started) / 1_000_000_000, Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"));
            }
            {
                // Bulk-written rows bypass the services, so the roll-ups are built here, as after an import.
                started = System.nanoTime();
                fi.huoltopolku.quality.ComparisonRollups rollups =
                        context.getBean(fi.huoltopolku.quality.ComparisonRollups.class);
                rollups.markAll();
                // Both cores: the days are claimed one by one, so two refreshes share the work.
                java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
                var one = pool.submit(rollups::refresh);
                var two = pool.submit(rollups::refresh);
                int days = one.get() + two.get();
                pool.shutdown();
                System.out.printf("# roll-ups of %d days built in %d s%n", days, (System.nanoTime() - started) / 1_000_000_000);
            }
            try (Connection c = raw.getConnection(); Statement s = c.createStatement();
                 ResultSet counts = s.executeQuery("""
                         SELECT (SELECT COUNT(*) FROM visit), (SELECT COUNT(*) FROM check_answer),
                                (SELECT COUNT(*) FROM survey_response), (SELECT COUNT(*) FROM survey_rating),
                                (SELECT COUNT(*) FROM rollup_figure)""")) {
                counts.next();
                System.out.printf("# %,d visits, %,d check answers, %,d survey answers with %,d theme ratings; %,d roll-up rows%n",
                        counts.getLong(1), counts.getLong(2), counts.getLong(3), counts.getLong(4), counts.getLong(5));
            }
            ComparisonService comparison = context.getBean(ComparisonService.class);
            DataSource data = raw;
            java.time.ZoneId zone = java.time.ZoneId.of("Europe/Helsinki");
            Instant year = END.atZone(zone).minusYears(1).toInstant();
            Instant month = END.atZone(zone).minusMonths(1).toInstant();
            long advisor = advisors.get(0).id();
            measure("year, all filters off", runs, () -> comparison.report(FigureFilter.period(year, END)),
                    () -> groupBy(data, year, END, null));
            measure("year, one advisor", runs, () -> comparison.report(FigureFilter.period(year, END).advisor(advisor)),
                    () -> groupBy(data, year, END, advisor));
            measure("month, all filters off", runs, () -> comparison.report(FigureFilter.period(month, END)),
                    () -> groupBy(data, month, END, null));
            measure("month, one advisor", runs, () -> comparison.report(FigureFilter.period(month, END).advisor(advisor)),
                    () -> groupBy(data, month, END, advisor));
        }
    }

    private static long count(DataSource data, String sql) throws Exception {
        try (Connection c = data.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    interface Task {
        void run() throws Exception;
    }

    private static void measure(String what, int runs, Task report, Task raw) throws Exception {
        double[] app = time(runs, report);
        double[] sql = time(runs, raw);
        System.out.printf("%-24s report median %8.0f ms, p95 %8.0f ms | GROUP BY median %6.0f ms, p95 %6.0f ms | GROUP BY ÷ report %.0f×%n",
                what, percentile(app, 50), percentile(app, 95), percentile(sql, 50), percentile(sql, 95),
                percentile(sql, 50) / Math.max(1, percentile(app, 50)));
    }

    private static double[] time(int runs, Task task) throws Exception {
        task.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The same per-theme figures the way a BI tool would: GROUP BY over the raw answer and rating tables. */
    private static void groupBy(DataSource data, Instant from, Instant to, Long advisor) throws Exception {
        try (Connection c = data.getConnection()) {
            String visitFilter = "v.booked_at >= ? AND v.booked_at < ?" + (advisor == null ? "" : " AND v.advisor_id = ?");
            try (PreparedStatement objective = c.prepareStatement("""
                    SELECT iv.theme_id, SUM(CASE WHEN a.answer = 'YES' THEN 1 ELSE 0 END),
                           SUM(CASE WHEN a.answer = 'NO' THEN 1 ELSE 0 END)
                    FROM check_answer a JOIN visit v ON v.id = a.visit_id
                    JOIN check_item_version iv ON iv.id = a.item_version_id
                    WHERE %s GROUP BY iv.theme_id""".formatted(visitFilter));
                 PreparedStatement subjective = c.prepareStatement("""
                    SELECT r.theme_id, COUNT(*), SUM(CASE WHEN r.rating >= 4 THEN 1 ELSE 0 END), SUM(r.rating)
                    FROM survey_rating r JOIN survey_response s ON s.id = r.response_id JOIN visit v ON v.id = s.visit_id
                    WHERE %s GROUP BY r.theme_id""".formatted(visitFilter))) {
                for (PreparedStatement query : List.of(objective, subjective)) {
                    query.setTimestamp(1, Timestamp.from(from));
                    query.setTimestamp(2, Timestamp.from(to));
                    if (advisor != null) {
                        query.setLong(3, advisor);
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            rows.getLong(2);
                        }
                    }
                }
            }
        }
    }

    /** Customers, vehicles, visits with their timeline, process answers and survey answers, deterministic. */
    private static void generate(DataSource data, int visits, List<Person> advisors, List<Person> technicians)
            throws Exception {
        Random r = new Random(20261122L);
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            List<long[]> items = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("""
                    SELECT i.id, iv.id, i.stage FROM check_item i JOIN check_item_version iv
                    ON iv.item_id = i.id AND iv.number = i.current_number WHERE i.kind = 'PROCESS'""")) {
                while (rows.next()) {
                    items.add(new long[] {rows.getLong(1), rows.getLong(2), stageIndex(rows.getString(3))});
                }
            }
            List<Long> themes = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT id FROM theme ORDER BY position")) {
                while (rows.next()) {
                    themes.add(rows.getLong(1));
                }
            }
            long reception;
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                    "SELECT id FROM department WHERE code = 'RECEPTION'")) {
                rows.next();
                reception = rows.getLong(1);
            }
            String[] stages = {"BOOKED", "CHECKED_IN", "IN_WORK", "QUALITY_CHECK", "READY", "FOLLOW_UP"};
            try (PreparedStatement customer = c.prepareStatement("INSERT INTO customer (id, name, phone, phone_key, email, language, created_at, version, contact_declined) VALUES (?, ?, ?, ?, NULL, 'fi', ?, 0, FALSE)");
                 PreparedStatement vehicle = c.prepareStatement("INSERT INTO vehicle (id, customer_id, plate, plate_key, vin, make, model, model_year, version) VALUES (?, ?, ?, ?, NULL, ?, 'Model', 2019, 0)");
                 PreparedStatement visit = c.prepareStatement("INSERT INTO visit (id, customer_id, vehicle_id, requested_work, booked_at, promised_at, advisor_id, technician_id, stage, status, hold_reason, owner_department_id, owner_person_id, customer_waiting, keep_old_parts, wash_wanted, replacement_car, stage_entered_at, created_at, updated_at, version) VALUES (?, ?, ?, 'Service', ?, ?, ?, ?, 'FOLLOW_UP', 'WAITING', NULL, ?, ?, FALSE, FALSE, FALSE, FALSE, ?, ?, ?, 0)");
                 PreparedStatement event = c.prepareStatement("INSERT INTO visit_event (visit_id, at, actor_id, actor_name, kind, from_value, to_value, note) VALUES (?, ?, NULL, 'bench', 'STAGE', ?, ?, NULL)");
                 PreparedStatement answer = c.prepareStatement("INSERT INTO check_answer (visit_id, item_id, item_version_id, answer, source, answered_by_id, answered_by, answered_at, comment, version) VALUES (?, ?, ?, ?, 'PROCESS', NULL, 'bench', ?, NULL, 0)");
                 PreparedStatement response = c.prepareStatement("INSERT INTO survey_response (id, visit_id, invitation_id, source, overall, nps, comment, contact_consent, language, answered_at, entered_by) VALUES (?, ?, NULL, 'SURVEY', ?, ?, NULL, FALSE, 'fi', ?, NULL)");
                 PreparedStatement rating = c.prepareStatement("INSERT INTO survey_rating (response_id, theme_id, rating) VALUES (?, ?, ?)")) {
                long responseId = 0;
                int customers = Math.max(1, visits / 3);
                for (int i = 1; i <= customers; i++) {
                    Timestamp created = Timestamp.from(END.minus(800, ChronoUnit.DAYS));
                    customer.setLong(1, i);
                    customer.setString(2, "Customer " + i);
                    customer.setString(3, "+35840" + (1000000 + i));
                    customer.setString(4, "35840" + (1000000 + i));
                    customer.setTimestamp(5, created);
                    customer.addBatch();
                    vehicle.setLong(1, i);
                    vehicle.setLong(2, i);
                    vehicle.setString(3, "BEN-" + i);
                    vehicle.setString(4, "BEN" + i);
                    vehicle.setString(5, MAKES[i % MAKES.length]);
                    vehicle.addBatch();
                    if (i % 5_000 == 0) {
                        customer.executeBatch();
                        vehicle.executeBatch();
                    }
                }
                customer.executeBatch();
                vehicle.executeBatch();
                for (int id = 1; id <= visits; id++) {
                    Instant booked = END.minus((long) r.nextInt(730 * 24 * 60), ChronoUnit.MINUTES);
                    long owner = 1 + r.nextInt(customers);
                    Person advisor = advisors.get(r.nextInt(advisors.size()));
                    Person technician = technicians.get(r.nextInt(technicians.size()));
                    visit.setLong(1, id);
                    visit.setLong(2, owner);
                    visit.setLong(3, owner);
                    visit.setTimestamp(4, Timestamp.from(booked));
                    visit.setTimestamp(5, Timestamp.from(booked.plus(6, ChronoUnit.HOURS)));
                    visit.setLong(6, advisor.id());
                    visit.setLong(7, technician.id());
                    visit.setLong(8, reception);
                    visit.setLong(9, advisor.id());
                    visit.setTimestamp(10, Timestamp.from(booked.plus(7, ChronoUnit.HOURS)));
                    visit.setTimestamp(11, Timestamp.from(booked.minus(1, ChronoUnit.DAYS)));
                    visit.setTimestamp(12, Timestamp.from(booked.plus(7, ChronoUnit.HOURS)));
                    visit.addBatch();
                    for (int s = 1; s < stages.length; s++) {
                        event.setLong(1, id);
                        event.setTimestamp(2, Timestamp.from(booked.plus(s, ChronoUnit.HOURS)));
                        event.setString(3, stages[s - 1]);
                        event.setString(4, stages[s]);
                        event.addBatch();
                    }
                    for (long[] item : items) {
                        if (r.nextInt(10) < 2) {
                            continue;
                        }
                        answer.setLong(1, id);
                        answer.setLong(2, item[0]);
                        answer.setLong(3, item[1]);
                        answer.setString(4, r.nextInt(100) < 88 ? "YES" : r.nextInt(2) == 0 ? "NO" : "NA");
                        answer.setTimestamp(5, Timestamp.from(booked.plus(item[2], ChronoUnit.HOURS)));
                        answer.addBatch();
                    }
                    if (r.nextInt(10) < 3) {
                        responseId++;
                        int overall = 1 + Math.min(4, r.nextInt(6));
                        response.setLong(1, responseId);
                        response.setLong(2, id);
                        response.setInt(3, overall);
                        response.setInt(4, Math.min(10, overall * 2 + r.nextInt(2)));
                        response.setTimestamp(5, Timestamp.from(booked.plus(2, ChronoUnit.DAYS)));
                        response.addBatch();
                        for (Long theme : themes) {
                            if (r.nextInt(3) == 0) {
                                continue;
                            }
                            rating.setLong(1, responseId);
                            rating.setLong(2, theme);
                            rating.setInt(3, Math.max(1, Math.min(5, overall + r.nextInt(3) - 1)));
                            rating.addBatch();
                        }
                    }
                    if (id % 2_000 == 0) {
                        visit.executeBatch();
                        event.executeBatch();
                        answer.executeBatch();
                        response.executeBatch();
                        rating.executeBatch();
                        c.commit();
                    }
                }
                visit.executeBatch();
                event.executeBatch();
                answer.executeBatch();
                response.executeBatch();
                rating.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE customer ALTER COLUMN id RESTART WITH " + (visits + 10));
                s.execute("ANALYZE");
            }
            c.commit();
        }
    }

    private static long stageIndex(String stage) {
        return switch (stage) {
            case "BOOKED" -> 0;
            case "CHECKED_IN" -> 1;
            case "IN_WORK" -> 2;
            case "QUALITY_CHECK" -> 3;
            case "WASH" -> 4;
            default -> 5;
        };
    }
}
