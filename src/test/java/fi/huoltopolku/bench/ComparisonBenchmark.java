package fi.huoltopolku.bench;

import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.ComparisonRollups;
import fi.huoltopolku.quality.ComparisonService;
import fi.huoltopolku.support.FreshPostgresDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
    private static final Instant END = LocalDate.of(2026, 11, 1)
            .atStartOfDay(ZoneId.of("Europe/Helsinki")).toInstant();

    /** Which database it runs on, for the output. */
    private static String database = "H2 file";

    private ComparisonBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int visits = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        rawRuns = visits >= 500_000 || "groupby".equals(System.getenv("BENCH_ONLY")) ? 1 : 0;
        // BENCH_DIR keeps the generated database for a later re-measurement without generating again.
        // BENCH_DB_URL (with BENCH_DB_USER, BENCH_DB_PASSWORD) runs it on PostgreSQL instead
        // (bench/comparison.sh with BENCH_DB=postgres starts a throw-away cluster for it).
        String kept = System.getenv("BENCH_DIR");
        String postgres = System.getenv("BENCH_DB_URL");
        Path dir = kept == null ? Files.createTempDirectory("huoltopolku-bench") : Files.createDirectories(Path.of(kept));
        Map<String, Object> properties = new HashMap<>(Map.of(
                "huoltopolku.demo", "false", "micronaut.server.port", "-1",
                // The benchmark builds the roll-ups itself, in one go after the bulk load.
                "huoltopolku.rollups.refresh-every", "24h", "huoltopolku.rollups.first-refresh-after", "24h",
                // Nor do the background jobs run beside the measurements: the comeback sweep would
                // answer a million bulk-written visits' derived checks, the backup copy gigabytes.
                "huoltopolku.derived.first-sweep-after", "24h", "huoltopolku.backup.first-after", "24h"));
        if (postgres == null) {
            properties.put("datasources.default.url",
                    "jdbc:h2:file:" + dir.resolve("bench") + ";OPTIMIZE_REUSE_RESULTS=FALSE;LOCK_TIMEOUT=10000");
        } else {
            // Batched inserts sent as multi-row INSERTs: the generator writes millions of rows.
            String url = postgres + (postgres.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
            properties.putAll(Map.of("datasources.default.url", url,
                    "datasources.default.username", System.getenv("BENCH_DB_USER"),
                    "datasources.default.password", System.getenv("BENCH_DB_PASSWORD"),
                    "datasources.default.driver-class-name", "org.postgresql.Driver",
                    "datasources.default.dialect", "POSTGRES"));
            // The configured database itself (the tests' support would give each context a fresh one).
            properties.put("huoltopolku.test.database-name", FreshPostgresDatabase.databaseOf(postgres));
        }
        database = postgres == null ? "H2 file" : "PostgreSQL";
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            DataSource raw = DelegatingDataSource.unwrapDataSource(
                    context.getBean(DataSource.class));
            boolean reuse = count(raw, "SELECT COUNT(*) FROM visit") > 0;
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
            if (reuse) {
                System.out.printf("# reusing the %s generated before (%s, %d cores, %s)%n", postgres == null ? dir : "database", database,
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            } else {
                generate(raw, visits, advisors, technicians);
                System.out.printf("# %d visits generated in %d s (%s, %d cores, %s)%n", visits,
                        (System.nanoTime() - started) / 1_000_000_000, database, Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"));
            }
            {
                // Bulk-written rows bypass the services, so the roll-ups are built here, as after an import.
                started = System.nanoTime();
                ComparisonRollups rollups =
                        context.getBean(ComparisonRollups.class);
                // A database kept from an earlier run has its roll-ups already: only marked days are rebuilt.
                if (!reuse || count(raw, "SELECT COUNT(*) FROM rollup_figure") == 0) {
                    rollups.markAll();
                }
                // Both cores: each refresh takes one half of the two years' days.
                LocalDate last = LocalDate.ofInstant(END, ZoneId.of("Europe/Helsinki"));
                LocalDate half = last.minusDays(366);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                var one = pool.submit(() -> rollups.refresh(null, half));
                var two = pool.submit(() -> rollups.refresh(half, null));
                int days = one.get() + two.get();
                pool.shutdown();
                System.out.printf("# roll-ups of %d days (re)built in %d s%n", days, (System.nanoTime() - started) / 1_000_000_000);
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
            ZoneId zone = ZoneId.of("Europe/Helsinki");
            Instant year = END.atZone(zone).minusYears(1).toInstant();
            Instant month = END.atZone(zone).minusMonths(1).toInstant();
            long advisor = advisors.get(0).id();
            // BENCH_ONLY=edits: only the first report after an edit and the drill-down (minutes, not half an hour).
            // BENCH_ONLY=writers: only the first report after an edit with writers running; BENCH_ONLY=groupby:
            // only the reports beside the GROUP BYs (the slow plan's once).
            String only = System.getenv("BENCH_ONLY");
            boolean all = only == null;
            if (all || "groupby".equals(only)) {
                measure("year, all filters off", runs, () -> comparison.report(FigureFilter.period(year, END)),
                        () -> groupBy(data, year, END, null), () -> groupByIndexed(data, year, END, null));
                measure("year, one advisor", runs, () -> comparison.report(FigureFilter.period(year, END).advisor(advisor)),
                        () -> groupBy(data, year, END, advisor), () -> groupByIndexed(data, year, END, advisor));
                measure("month, all filters off", runs, () -> comparison.report(FigureFilter.period(month, END)),
                        () -> groupBy(data, month, END, null), () -> groupByIndexed(data, month, END, null));
                measure("month, one advisor", runs, () -> comparison.report(FigureFilter.period(month, END).advisor(advisor)),
                        () -> groupBy(data, month, END, advisor), () -> groupByIndexed(data, month, END, advisor));
                System.out.println("# the GROUP BY's plan (" + database + " EXPLAIN), year, all filters off:");
                explain(data, year, END).lines().forEach(line -> System.out.println("#   " + line));

                if (!all) {
                    return;
                }
                // The app's own raw computation (what the report does for a filter the roll-ups do not cover).
                double[] rawMonth = cold(1, () -> comparisonComputed(comparison, FigureFilter.period(month, END)));
                System.out.printf("month, the app's raw computation (no roll-ups): median %,.0f ms%n", percentile(rawMonth, 50));
            }

            // The first year report after an edit: one check answer changed on a different day each time.
            ChecklistService checklists = context.getBean(ChecklistService.class);
            Actor actor = advisors.get(0).asActor();
            Random edits = new Random(7);
            List<Long> edited = new ArrayList<>();
            int editCount = Math.max(10, runs);
            double[] afterEdit = new double[editCount];
            double[] afterWholeDay = new double[editCount];
            ComparisonRollups rollups = context.getBean(ComparisonRollups.class);
            if ("writers".equals(only)) {
                withWriters(data, comparison, checklists, rollups, actor, year, Math.max(60, 6 * runs));
                return;
            }
            for (int i = 0; i < editCount; i++) {
                long visit = visitOn(data, END.minus(5 + 30L * i + edits.nextInt(25), ChronoUnit.DAYS));
                edited.add(visit);
                var rows = checklists.overview(visit).stream()
                        .filter(r -> r.source() == Source.PROCESS && r.answer() != null).toList();
                var row = rows.get(edits.nextInt(rows.size()));
                checklists.answer(visit, row.code(), row.answer() == Answer.YES
                        ? Answer.NO : Answer.YES, null,
                        Source.PROCESS, actor);
                long t = System.nanoTime();
                comparison.report(FigureFilter.period(year, END));
                afterEdit[i] = (System.nanoTime() - t) / 1e6;
                // The alternative: the edited day rebuilt whole (as before the roll-ups were rebuilt by group).
                rollups.markDay(LocalDate.ofInstant(bookedAt(data, visit), zone));
                t = System.nanoTime();
                comparison.report(FigureFilter.period(year, END));
                afterWholeDay[i] = (System.nanoTime() - t) / 1e6;
            }
            // Where the time after an edit goes: the rebuild of the edited group, and the report's sums.
            double[] rebuildOnly = new double[editCount];
            double[] reportOnly = new double[editCount];
            for (int i = 0; i < editCount; i++) {
                long visit = edited.get(i);
                var rows = checklists.overview(visit).stream()
                        .filter(r -> r.source() == Source.PROCESS && r.answer() != null).toList();
                var row = rows.get(0);
                checklists.answer(visit, row.code(), row.answer() == Answer.YES
                        ? Answer.NO : Answer.YES, null,
                        Source.PROCESS, actor);
                long t = System.nanoTime();
                rollups.refresh(null, null);
                rebuildOnly[i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                comparison.report(FigureFilter.period(year, END));
                reportOnly[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(rebuildOnly);
            Arrays.sort(reportOnly);
            System.out.printf("after an edit, apart: the edited group's rebuild median %,.0f ms, p95 %,.0f ms; the year report then "
                    + "median %,.0f ms, p95 %,.0f ms%n", percentile(rebuildOnly, 50), percentile(rebuildOnly, 95),
                    percentile(reportOnly, 50), percentile(reportOnly, 95));
            Arrays.sort(afterEdit);
            Arrays.sort(afterWholeDay);
            System.out.printf("year, first report after an edit (%d edits on different days): median %,.0f ms, p95 %,.0f ms "
                    + "(budget 300 ms) | the day rebuilt whole instead: median %,.0f ms, p95 %,.0f ms%n", editCount,
                    percentile(afterEdit, 50), percentile(afterEdit, 95), percentile(afterWholeDay, 50),
                    percentile(afterWholeDay, 95));
            withWriters(data, comparison, checklists, rollups, actor, year, Math.max(60, 6 * runs));

            // The drill-down: the first page of a theme's disagreeing visits, and a later page.
            for (String theme : List.of("HANDOVER", "WORK_QUALITY")) {
                int[] total = new int[1];
                double[] first = time(runs, () -> total[0] = comparison.discordant(FigureFilter.period(year, END), theme, 0, 50).total());
                double[] later = time(runs, () -> comparison.discordant(FigureFilter.period(year, END), theme, 5_000, 50));
                double[] monthPage = time(runs, () -> comparison.discordant(FigureFilter.period(month, END), theme, 0, 50));
                var fromAnswers = ComparisonService.class.getDeclaredMethod("disagreeing", FigureFilter.class, String.class);
                fromAnswers.setAccessible(true);
                double[] rawDrill = time(1, () -> fromAnswers.invoke(comparison, FigureFilter.period(month, END), theme));
                System.out.printf("drill-down %-12s year first page median %,.0f ms, p95 %,.0f ms (budget 1000 ms; %,d visits "
                        + "in all) | page at 5,000: %,.0f ms | month first page %,.0f ms | month from the raw answers %,.0f ms%n",
                        theme, percentile(first, 50), percentile(first, 95), total[0], percentile(later, 50),
                        percentile(monthPage, 50), percentile(rawDrill, 50));
            }
        }
    }

    /**
     * The first year report after an edit with writers running: two writers each flip a check
     * answer of a visit booked in the last 14 days every 500 ms (BENCH_WRITER_PAUSE_MS; four edits a second in all; a
     * workshop's 140 visits a day with 15 checks each make one every 15 s of an 8-hour day), the
     * roll-ups' background refresh runs every 30 s (as the app's), and the reader edits a visit of
     * its own, on a different day of the year each time, then times the year report.
     */
    private static void withWriters(DataSource data, ComparisonService comparison, ChecklistService checklists,
            ComparisonRollups rollups, Actor actor, Instant year, int edits) throws Exception {
        List<Long> recent = new ArrayList<>();
        try (Connection c = data.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT id FROM visit WHERE booked_at >= ? AND booked_at < ?")) {
            q.setTimestamp(1, Timestamp.from(END.minus(14, ChronoUnit.DAYS)));
            q.setTimestamp(2, Timestamp.from(END));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    recent.add(rows.getLong(1));
                }
            }
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Random random = new Random(100 + w);
            threads.add(new Thread(() -> {
                while (running.get()) {
                    try {
                        flip(checklists, recent.get(random.nextInt(recent.size())), random, actor);
                        written.incrementAndGet();
                        Thread.sleep(WRITER_PAUSE_MS);
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        refused.incrementAndGet();
                    }
                }
            }, "bench-writer-" + w));
        }
        AtomicInteger refreshed = new AtomicInteger();
        threads.add(new Thread(() -> {
            while (running.get()) {
                try {
                    Thread.sleep(30_000);
                    refreshed.addAndGet(rollups.refresh());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-refresh"));
        threads.forEach(Thread::start);
        Random own = new Random(8);
        double[] ms = new double[edits];
        try {
            for (int i = 0; i < edits; i++) {
                long visit = visitOn(data, END.minus(5 + (350L * i / edits) + own.nextInt(5), ChronoUnit.DAYS));
                flip(checklists, visit, own, actor);
                long t = System.nanoTime();
                comparison.report(FigureFilter.period(year, END));
                ms[i] = (System.nanoTime() - t) / 1e6;
                Thread.sleep(500);
            }
        } finally {
            running.set(false);
            for (Thread thread : threads) {
                thread.interrupt();
                thread.join();
            }
        }
        Arrays.sort(ms);
        System.out.printf("year, first report after an edit with writers running (%d edits; 2 writers, each pausing %d ms, made %,d edits meanwhile, "
                + "%d refused; the background refresh rebuilt %d days): median %,.0f ms, p95 %,.0f ms, max %,.0f ms "
                + "(budget 300 ms)%n", edits, WRITER_PAUSE_MS, written.get(), refused.get(), refreshed.get(), percentile(ms, 50),
                percentile(ms, 95), ms[ms.length - 1]);
    }

    /** Each writer's pause between edits (BENCH_WRITER_PAUSE_MS; 500: four edits a second in all). */
    private static final long WRITER_PAUSE_MS = Long.parseLong(System.getenv().getOrDefault("BENCH_WRITER_PAUSE_MS", "500"));

    /** Flips one answered process check of the visit (yes to no, else to yes). */
    private static void flip(ChecklistService checklists, long visit, Random random, Actor actor) {
        var rows = checklists.overview(visit).stream()
                .filter(r -> r.source() == Source.PROCESS && r.answer() != null).toList();
        if (rows.isEmpty()) {
            return;
        }
        var row = rows.get(random.nextInt(rows.size()));
        checklists.answer(visit, row.code(), row.answer() == Answer.YES ? Answer.NO : Answer.YES, null,
                Source.PROCESS, actor);
    }

    /** The report's raw path, called through its package-private entry by reflection (the bench lives elsewhere). */
    private static void comparisonComputed(ComparisonService comparison, FigureFilter filter) throws Exception {
        var method = ComparisonService.class.getDeclaredMethod("computed", FigureFilter.class);
        method.setAccessible(true);
        method.invoke(comparison, filter);
    }

    private static long visitOn(DataSource data, Instant near) throws Exception {
        try (Connection c = data.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT id FROM visit WHERE booked_at >= ? ORDER BY booked_at FETCH FIRST 1 ROWS ONLY")) {
            q.setTimestamp(1, Timestamp.from(near));
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Instant bookedAt(DataSource data, long visit) throws Exception {
        try (Connection c = data.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT booked_at FROM visit WHERE id = ?")) {
            q.setLong(1, visit);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getTimestamp(1).toInstant();
            }
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

    /** Runs of the GROUP BY side: on a large data set each takes minutes, so fewer and without warm-up. */
    static int rawRuns = 0;

    private static void measure(String what, int runs, Task report, Task raw, Task indexed) throws Exception {
        double[] app = time(runs, report);
        double[] sql = rawRuns > 0 ? cold(rawRuns, raw) : time(runs, raw);
        double[] byIndex = time(runs, indexed);
        System.out.printf("%-24s report median %,8.0f ms, p95 %,8.0f ms | GROUP BY median %,8.0f ms, p95 %,8.0f ms | GROUP BY ÷ report %.0f×"
                + " | GROUP BY from the booking-date index median %,6.0f ms, p95 %,6.0f ms, ÷ report %.0f×%n",
                what, percentile(app, 50), percentile(app, 95), percentile(sql, 50), percentile(sql, 95),
                percentile(sql, 50) / Math.max(1, percentile(app, 50)), percentile(byIndex, 50), percentile(byIndex, 95),
                percentile(byIndex, 50) / Math.max(1, percentile(app, 50)));
    }

    private static double[] cold(int runs, Task task) throws Exception {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** One warm-up run, then {@code runs} timed ones. */
    private static double[] time(int runs, Task task) throws Exception {
        task.run();
        return cold(runs, task);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /**
     * The report's figures the way a competent engineer would compute them with SQL alone: per theme
     * and source yes / no / N/A of the answers, and per theme the ratings' n, 4-5 count and sum, with
     * the overall and NPS counts, all from the period's visits (found by the booking-time index, the
     * answers then by visit). It leaves out what plain SQL cannot say simply (which unanswered items
     * the process asked for, the pass/fail link per visit, the first of several answers).
     */
    private static final String OBJECTIVE = """
            SELECT iv.theme_id, a.source, SUM(CASE WHEN a.answer = 'YES' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN a.answer = 'NO' THEN 1 ELSE 0 END), SUM(CASE WHEN a.answer = 'NA' THEN 1 ELSE 0 END)
            FROM visit v JOIN check_answer a ON a.visit_id = v.id
            JOIN check_item_version iv ON iv.id = a.item_version_id
            WHERE %s GROUP BY iv.theme_id, a.source""";
    private static final String SUBJECTIVE = """
            SELECT r.theme_id, COUNT(*), SUM(CASE WHEN r.rating >= 4 THEN 1 ELSE 0 END), SUM(r.rating)
            FROM visit v JOIN survey_response s ON s.visit_id = v.id JOIN survey_rating r ON r.response_id = s.id
            WHERE %s GROUP BY r.theme_id""";
    private static final String OVERALL = """
            SELECT COUNT(*), SUM(CASE WHEN s.overall >= 4 THEN 1 ELSE 0 END), SUM(s.overall),
                   SUM(CASE WHEN s.nps >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN s.nps <= 6 THEN 1 ELSE 0 END)
            FROM visit v JOIN survey_response s ON s.visit_id = v.id WHERE %s""";

    /**
     * The answers' side written so that the plan starts from the period's visits (the booking-time
     * index), then reads their answers by visit: an outer join, which H2 does not reorder. Given the
     * inner join ({@link #OBJECTIVE}), H2 starts from the item versions and reads every answer of
     * every item, then keeps the period's; PostgreSQL chooses the visit-first plan by itself.
     */
    private static final String OBJECTIVE_BY_VISIT = """
            SELECT iv.theme_id, a.source, SUM(CASE WHEN a.answer = 'YES' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN a.answer = 'NO' THEN 1 ELSE 0 END), SUM(CASE WHEN a.answer = 'NA' THEN 1 ELSE 0 END)
            FROM visit v LEFT JOIN check_answer a ON a.visit_id = v.id
            LEFT JOIN check_item_version iv ON iv.id = a.item_version_id
            WHERE %s AND a.visit_id IS NOT NULL GROUP BY iv.theme_id, a.source""";

    private static void groupBy(DataSource data, Instant from, Instant to, Long advisor) throws Exception {
        groupBy(data, from, to, advisor, List.of(OBJECTIVE, SUBJECTIVE, OVERALL));
    }

    private static void groupByIndexed(DataSource data, Instant from, Instant to, Long advisor) throws Exception {
        groupBy(data, from, to, advisor, List.of(OBJECTIVE_BY_VISIT, SUBJECTIVE, OVERALL));
    }

    private static void groupBy(DataSource data, Instant from, Instant to, Long advisor, List<String> queries)
            throws Exception {
        try (Connection c = data.getConnection()) {
            String visitFilter = "v.booked_at >= ? AND v.booked_at < ?" + (advisor == null ? "" : " AND v.advisor_id = ?");
            for (String sql : queries) {
                try (PreparedStatement query = c.prepareStatement(sql.formatted(visitFilter))) {
                    query.setTimestamp(1, Timestamp.from(from));
                    query.setTimestamp(2, Timestamp.from(to));
                    if (advisor != null) {
                        query.setLong(3, advisor);
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            rows.getObject(1);
                        }
                    }
                }
            }
        }
    }

    private static String explain(DataSource data, Instant from, Instant to) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection c = data.getConnection()) {
            for (String sql : List.of(OBJECTIVE, SUBJECTIVE, OBJECTIVE_BY_VISIT)) {
                try (PreparedStatement query = c.prepareStatement("EXPLAIN " + sql.formatted("v.booked_at >= ? AND v.booked_at < ?"))) {
                    query.setTimestamp(1, Timestamp.from(from));
                    query.setTimestamp(2, Timestamp.from(to));
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            plan.append(rows.getString(1)).append('\n');
                        }
                    }
                }
            }
        }
        return plan.toString();
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
                // Ids were given: the identities go on after them (for the rows the edits add).
                for (String table : List.of("customer", "vehicle", "visit", "survey_response")) {
                    s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (visits + 10));
                }
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
