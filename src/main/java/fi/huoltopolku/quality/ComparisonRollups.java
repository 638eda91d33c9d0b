package fi.huoltopolku.quality;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ComplianceService;
import fi.huoltopolku.checks.ComplianceService.SourceTheme;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.checks.Figures;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.checks.VisitScope;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.quality.stats.SatisfactionLink;
import fi.huoltopolku.survey.EstimateBias;
import fi.huoltopolku.survey.Nps;
import fi.huoltopolku.survey.ResponseSource;
import fi.huoltopolku.survey.Satisfaction;
import fi.huoltopolku.survey.SatisfactionFigures;
import fi.huoltopolku.survey.SatisfactionService;
import fi.huoltopolku.visit.Visit;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitType;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The comparison's figures per booking day, kept in {@code rollup_figure} so a year's report sums a
 * few hundred rows per theme. When a visit changes, {@link RollupMarker} writes its day and group
 * (advisor, technician, make, type) down in the changing transaction, and the group's rows of that
 * day are recomputed from the raw computation ({@link ComplianceService#departmentSnapshotsBy},
 * {@link SatisfactionService#figuresBy}) of the group's visits alone, so the roll-ups cannot drift
 * from the raw figures and the first report after an edit costs a few visits, not a day. See
 * V6__comparison_rollups.sql for the layout and V11 for the marks.
 */
@Singleton
public class ComparisonRollups {

    private static final Logger LOG = LoggerFactory.getLogger(ComparisonRollups.class);
    private static final String ALL = "*";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ComplianceService compliance;
    private final SatisfactionService satisfaction;
    private final VisitOverviewService visits;
    private final WorkshopClock clock;

    ComparisonRollups(JdbcOperations jdbc, TransactionOperations<Connection> transactions,
            ComplianceService compliance, SatisfactionService satisfaction, VisitOverviewService visits,
            WorkshopClock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.compliance = compliance;
        this.satisfaction = satisfaction;
        this.visits = visits;
        this.clock = clock;
    }

    /** Whether the roll-ups can answer this filter: whole days, no single visit or stage. */
    public boolean covers(FigureFilter filter) {
        return filter.visitId() == null && filter.stage() == null && atMidnight(filter.from())
                && atMidnight(filter.to());
    }

    private boolean atMidnight(Instant instant) {
        return instant.atZone(clock.zone()).toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    // ---------------------------------------------------------------- keeping them up to date

    /**
     * Rebuilds every day marked as changed; returns how many were rebuilt. Runs beside user work
     * (in the background and before each report): see {@link #rebuild} for why that is safe.
     */
    @Scheduled(fixedDelay = "${huoltopolku.rollups.refresh-every:30s}",
            initialDelay = "${huoltopolku.rollups.first-refresh-after:10s}")
    public int refresh() {
        return refresh(null, null);
    }

    /**
     * Rebuilds the marked days from {@code from} (inclusive) to {@code to} (exclusive), all when
     * null. Passes over the marks until one rebuilds nothing, at most {@link #PASSES} times: a day
     * changed again while it was being rebuilt is taken again in the next pass; a day that fails, or
     * keeps changing faster than it is rebuilt (someone answering checks without pause), stays
     * marked for the next refresh, so neither this nor a report waiting for it runs on for ever.
     */
    public int refresh(@Nullable LocalDate from, @Nullable LocalDate to) {
        int done = 0;
        int rebuilt;
        int passes = 0;
        do {
            rebuilt = 0;
            for (LocalDate day : marked(from, to)) {
                try {
                    if (rebuild(day)) {
                        rebuilt++;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Roll-up of {} not rebuilt now (it stays marked): {}", day, e.toString());
                }
            }
            done += rebuilt;
        } while (rebuilt > 0 && ++passes < PASSES);
        if (done > 0) {
            LOG.debug("Recomputed the comparison roll-ups of {} days", done);
        }
        return done;
    }

    private static final int PASSES = 3;

    /** The marked days in the range. */
    private List<LocalDate> marked(@Nullable LocalDate from, @Nullable LocalDate to) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT DISTINCT booked_on FROM rollup_mark WHERE booked_on >= ? AND booked_on < ? ORDER BY booked_on",
                ps -> {
                    ps.setDate(1, Date.valueOf(from == null ? LocalDate.of(1, 1, 1) : from));
                    ps.setDate(2, Date.valueOf(to == null ? LocalDate.of(9999, 1, 1) : to));
                    List<LocalDate> days = new ArrayList<>();
                    try (ResultSet rows = ps.executeQuery()) {
                        while (rows.next()) {
                            days.add(rows.getDate(1).toLocalDate());
                        }
                    }
                    return days;
                }));
    }

    /**
     * Rebuilds the marked part of one day (the groups of visits whose evidence changed, or the whole
     * day) from the raw computation, read in one snapshot together with the day's marks and its
     * write count. The figures are written, and exactly the marks read are removed, in one short
     * transaction that first locks the day's {@code rollup_day} row and checks that nobody wrote the
     * day since the snapshot; else these figures could be older than the ones there, and the day
     * stays marked for another pass. A change committed after the snapshot (or still open) has
     * inserted a mark the snapshot did not see, so its group stays marked and is rebuilt again.
     * Two rebuilds of one day take turns on the lock. A report therefore never reads a day whose
     * figures miss a committed change without seeing its mark in the same snapshot ({@link #sum}).
     *
     * @return whether figures were written and marks removed
     */
    private boolean rebuild(LocalDate day) {
        Date date = Date.valueOf(day);
        ensureDay(date);
        // The day's marks and the raw figures of what they name from one snapshot of the database
        // (not statement by statement, where a change committing in between would be half seen).
        Pending pending = transactions.execute(SNAPSHOT, status -> {
            Marks marks = marksOf(date);
            return marks == null ? null : new Pending(marks, compute(day, marks.wholeDay() ? null : marks.groups()));
        });
        if (pending == null) {
            return false;
        }
        betweenReadAndWrite.run();
        Marks marks = pending.marks();
        return transactions.executeWrite(status -> {
            Long written = jdbc.prepareStatement("SELECT written FROM rollup_day WHERE booked_on = ? FOR UPDATE", ps -> {
                ps.setDate(1, date);
                try (ResultSet result = ps.executeQuery()) {
                    return result.next() ? result.getLong(1) : null;
                }
            });
            if (written == null || written != marks.written()) {
                return false;
            }
            write(date, marks.wholeDay() ? null : marks.groups(), pending.computed());
            jdbc.prepareStatement("UPDATE rollup_day SET written = written + 1 WHERE booked_on = ?", ps -> {
                ps.setDate(1, date);
                return ps.executeUpdate();
            });
            jdbc.prepareStatement("DELETE FROM rollup_mark WHERE generation = ?", ps -> {
                for (long generation : marks.generations()) {
                    ps.setLong(1, generation);
                    ps.addBatch();
                }
                return ps.executeBatch();
            });
            return true;
        });
    }

    /**
     * The day's {@code rollup_day} row, whose lock the rebuilds of the day take turns on, created
     * before its first rebuild in a transaction of its own (two first rebuilds at once: one creates
     * it, the other finds it).
     */
    private void ensureDay(Date date) {
        boolean exists = transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT 1 FROM rollup_day WHERE booked_on = ?", ps -> {
                    ps.setDate(1, date);
                    try (ResultSet rows = ps.executeQuery()) {
                        return rows.next();
                    }
                }));
        if (!exists) {
            try {
                transactions.executeWrite(status -> jdbc.prepareStatement("""
                        INSERT INTO rollup_day (booked_on, written)
                        SELECT CAST(? AS DATE), 0 WHERE NOT EXISTS (SELECT 1 FROM rollup_day WHERE booked_on = ?)""",
                        ps -> {
                            ps.setDate(1, date);
                            ps.setDate(2, date);
                            return ps.executeUpdate();
                        }));
            } catch (DataAccessException e) {
                LOG.debug("Roll-up day {} created by another rebuild at the same time", date);
            }
        }
    }

    /** A read-only transaction that sees one snapshot throughout (H2's and PostgreSQL's serializable). */
    private static final TransactionDefinition SNAPSHOT = snapshotDefinition();

    private static TransactionDefinition snapshotDefinition() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
                TransactionDefinition.Propagation.REQUIRES_NEW);
        definition.setIsolationLevel(TransactionDefinition.Isolation.SERIALIZABLE);
        definition.setReadOnly(true);
        definition.setName("roll-up snapshot");
        return definition;
    }

    /** Widens the gap between a rebuild's read and its write in the stress test; nothing in the app. */
    volatile Runnable betweenReadAndWrite = () -> { };

    /** Past this many changed groups a day is rebuilt whole. */
    private static final int MOST_GROUPS = 30;

    /** A day's marks as a rebuild read them: what to rebuild, and which marks to remove after. */
    private record Marks(long written, List<Long> generations, boolean wholeDay, Set<Group> groups) {
    }

    private record Pending(Marks marks, Computed computed) {
    }

    private @Nullable Marks marksOf(Date date) {
        long written = jdbc.prepareStatement("SELECT written FROM rollup_day WHERE booked_on = ?", ps -> {
            ps.setDate(1, date);
            try (ResultSet result = ps.executeQuery()) {
                return result.next() ? result.getLong(1) : 0L;
            }
        });
        return jdbc.prepareStatement("""
                SELECT generation, whole_day, advisor_id, technician_id, make, visit_type
                FROM rollup_mark WHERE booked_on = ?""", ps -> {
            ps.setDate(1, date);
            List<Long> generations = new ArrayList<>();
            boolean whole = false;
            Set<Group> groups = new HashSet<>();
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) {
                    generations.add(rows.getLong(1));
                    if (rows.getBoolean(2)) {
                        whole = true;
                    } else {
                        groups.add(new Group(rows.getObject(3, Long.class), rows.getObject(4, Long.class),
                                rows.getString(5), VisitType.valueOf(rows.getString(6))));
                    }
                }
            }
            return generations.isEmpty() ? null
                    : new Marks(written, generations, whole || groups.size() > MOST_GROUPS, groups);
        });
    }

    /** Marks one day as changed, to be rebuilt whole. */
    public void markDay(LocalDate day) {
        transactions.executeWrite(status -> {
            RollupMarker.markDay(jdbc, day);
            return null;
        });
    }

    /** Marks every day with visits as changed: after a bulk import, or to rebuild from scratch. */
    public void markAll() {
        transactions.executeWrite(status -> {
            Instant[] range = jdbc.prepareStatement("SELECT MIN(booked_at), MAX(booked_at) FROM visit", ps -> {
                try (ResultSet rows = ps.executeQuery()) {
                    rows.next();
                    return rows.getTimestamp(1) == null ? null
                            : new Instant[] {rows.getTimestamp(1).toInstant(), rows.getTimestamp(2).toInstant()};
                }
            });
            if (range == null) {
                return null;
            }
            LocalDate end = range[1].atZone(clock.zone()).toLocalDate();
            for (LocalDate day = range[0].atZone(clock.zone()).toLocalDate(); !day.isAfter(end); day = day.plusDays(1)) {
                RollupMarker.markDay(jdbc, day);
            }
            return null;
        });
    }

    /** The DETAIL rows of the day's visits in these groups (all when null), from the raw computation. */
    private Computed compute(LocalDate day, @Nullable Set<Group> groups) {
        FigureFilter filter = FigureFilter.period(day.atStartOfDay(clock.zone()).toInstant(),
                day.plusDays(1).atStartOfDay(clock.zone()).toInstant());
        Map<Long, String> makes = visits.makesOfVisitsBookedBetween(filter.from(), filter.to());
        // The day's visits read once; those of the changed groups are counted.
        List<Visit> inDay = visits.bookedBetween(filter.from(), filter.to());
        VisitScope among = VisitScope.of(groups == null ? inDay
                : inDay.stream().filter(visit -> groups.contains(Group.of(visit, makes))).toList(), inDay.size());
        List<Row> rows = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        Map<String, Map<Long, Integer>> ratings = satisfaction.ratings(filter, among);
        compliance.departmentSnapshotsBy(filter, among, visit -> Group.of(visit, makes)).forEach((group, byDepartment) ->
                byDepartment.forEach((department, snapshot) -> {
                    snapshot.bySourceAndTheme().forEach((key, f) -> rows.add(new Row(group, department, "CHECK",
                            key.theme(), key.source().name(), null, f.yes(), f.no(), f.na(), f.answered(),
                            f.required())));
                    snapshot.outcomes().forEach((theme, outcomes) -> {
                        Map<Long, Integer> rated = ratings.getOrDefault(theme, Map.of());
                        outcomes.forEach((visit, passed) -> {
                            Integer rating = rated.get(visit);
                            if (rating != null && passed != (rating >= 4)) {
                                disagreements.add(new Disagreement(group, department, theme, visit, passed, rating));
                            }
                        });
                        SatisfactionLink link = SatisfactionLink.of(outcomes, rated);
                        if (!link.isEmpty()) {
                            rows.add(new Row(group, department, "LINK", theme, null, null,
                                    link.whenPassed().successes(), link.whenPassed().n(),
                                    link.whenFailed().successes(), link.whenFailed().n(), 0));
                        }
                    });
                }));
        satisfaction.figuresBy(filter, among, visit -> Group.of(visit, makes)).forEach((group, f) -> {
            f.byThemeAndSource().forEach((source, byTheme) -> byTheme.forEach((theme, s) ->
                    rows.add(new Row(group, ALL, "RATING", theme, source.name(), null, s.n(), s.topTwo(), s.sum(), 0, 0))));
            rows.add(new Row(group, ALL, "OVERALL", null, null, null, f.overall().n(), f.overall().topTwo(),
                    f.overall().sum(), 0, 0));
            rows.add(new Row(group, ALL, "NPS", null, null, null, f.nps().promoters(), f.nps().passives(),
                    f.nps().detractors(), 0, 0));
            rows.add(new Row(group, ALL, "INVITED", null, null, null, f.invitations(), f.selfCompleted(), 0, 0, 0));
            f.estimateBiasByAdvisor().forEach((advisor, bias) -> rows.add(new Row(group, ALL, "BIAS", null, null,
                    advisor, bias.n(), bias.sumOfDifferences(), 0, 0, 0)));
        });
        return new Computed(rows, disagreements);
    }

    /** A day's (or some of its groups') DETAIL rows and disagreeing visits. */
    private record Computed(List<Row> rows, List<Disagreement> disagreements) {
    }

    /** A visit whose checks of a theme (over a department's stages, or all: "*") and rating disagree. */
    private record Disagreement(Group group, String department, String theme, long visitId, boolean passed,
            int rating) {
    }

    /**
     * Replaces the DETAIL rows of these groups of the day (all when null) with the rows given, and
     * brings the day's coarser grains to the sums of its DETAIL rows ({@link CoarseGrains}: for some
     * groups only the coarse rows whose sums changed are written).
     */
    private void write(Date date, @Nullable Set<Group> groups, Computed computed) {
        if (groups == null) {
            for (String table : List.of("rollup_figure", "rollup_disagreement")) {
                jdbc.prepareStatement("DELETE FROM " + table + " WHERE booked_on = ?", ps -> {
                    ps.setDate(1, date);
                    return ps.executeUpdate();
                });
            }
            insertDetail(date, computed.rows());
            insertDisagreements(date, computed.disagreements());
            CoarseGrains.rebuild(jdbc, date);
        } else {
            List<CoarseGrains.Contribution> before = detailOf(date, groups);
            deleteGroups("DELETE FROM rollup_disagreement WHERE booked_on = ?", date, groups);
            deleteGroups("DELETE FROM rollup_figure WHERE grain = 'DETAIL' AND booked_on = ?", date, groups);
            insertDetail(date, computed.rows());
            insertDisagreements(date, computed.disagreements());
            CoarseGrains.apply(jdbc, date, before, computed.rows().stream().map(Row::contribution).toList());
        }
    }

    /** The condition on a group's rows, after one on the day. */
    private static final String OF_GROUP = """
             AND advisor_id IS NOT DISTINCT FROM ? AND technician_id IS NOT DISTINCT FROM ?
            AND make IS NOT DISTINCT FROM ? AND visit_type = ?""";

    /** These groups' DETAIL rows of the day as they are now. */
    private List<CoarseGrains.Contribution> detailOf(Date date, Set<Group> groups) {
        List<CoarseGrains.Contribution> rows = new ArrayList<>();
        jdbc.prepareStatement("SELECT " + CoarseGrains.COLUMNS
                + " FROM rollup_figure WHERE grain = 'DETAIL' AND booked_on = ?" + OF_GROUP, ps -> {
                    for (Group group : groups) {
                        setGroup(ps, date, group);
                        try (ResultSet result = ps.executeQuery()) {
                            while (result.next()) {
                                rows.add(CoarseGrains.Contribution.read(result));
                            }
                        }
                    }
                    return null;
                });
        return rows;
    }

    private static void setGroup(PreparedStatement ps, Date date, Group group) throws SQLException {
        ps.setDate(1, date);
        ps.setObject(2, group.advisorId(), Types.BIGINT);
        ps.setObject(3, group.technicianId(), Types.BIGINT);
        ps.setString(4, group.make());
        ps.setString(5, group.visitType().name());
    }

    /** Runs the delete (its one parameter the day) for the rows of each of these groups. */
    private void deleteGroups(String delete, Date date, Set<Group> groups) {
        jdbc.prepareStatement(delete + OF_GROUP, ps -> {
            for (Group group : groups) {
                setGroup(ps, date, group);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private void insertDisagreements(Date date, List<Disagreement> disagreements) {
        if (disagreements.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO rollup_disagreement (booked_on, advisor_id, technician_id, make, visit_type, department,
                    theme, visit_id, checks_passed, rating) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            for (Disagreement d : disagreements) {
                ps.setDate(1, date);
                ps.setObject(2, d.group().advisorId(), Types.BIGINT);
                ps.setObject(3, d.group().technicianId(), Types.BIGINT);
                ps.setString(4, d.group().make());
                ps.setString(5, d.group().visitType().name());
                ps.setString(6, d.department());
                ps.setString(7, d.theme());
                ps.setLong(8, d.visitId());
                ps.setBoolean(9, d.passed());
                ps.setInt(10, d.rating());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private void insertDetail(Date date, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO rollup_figure (booked_on, grain, advisor_id, technician_id, make, visit_type, department,
                    measure, theme, source, person_id, a, b, c, d, e)
                VALUES (?, 'DETAIL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            for (Row row : rows) {
                ps.setDate(1, date);
                setLong(ps, 2, row.group().advisorId());
                setLong(ps, 3, row.group().technicianId());
                ps.setString(4, row.group().make());
                ps.setString(5, row.group().visitType().name());
                ps.setString(6, row.department());
                ps.setString(7, row.measure());
                ps.setString(8, row.theme());
                ps.setString(9, row.source());
                setLong(ps, 10, row.personId());
                ps.setLong(11, row.a());
                ps.setLong(12, row.b());
                ps.setLong(13, row.c());
                ps.setLong(14, row.d());
                ps.setLong(15, row.e());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    /** The visits a DETAIL row counts: same advisor, technician, make and type. */
    private record Group(@Nullable Long advisorId, @Nullable Long technicianId, @Nullable String make,
            VisitType visitType) {

        static Group of(Visit visit, Map<Long, String> makes) {
            String make = makes.get(visit.getId());
            return new Group(visit.getAdvisorId(), visit.getTechnicianId(), make == null ? null : make.trim(),
                    visit.getVisitType());
        }
    }

    private record Row(Group group, String department, String measure, @Nullable String theme,
            @Nullable String source, @Nullable Long personId, long a, long b, long c, long d, long e) {

        CoarseGrains.Contribution contribution() {
            return new CoarseGrains.Contribution(group.advisorId(), group.technicianId(), group.make(), department,
                    measure, theme, source, personId, new long[] {a, b, c, d, e});
        }
    }

    // ---------------------------------------------------------------- reading them

    /**
     * Both sides of the comparison for a filter the roll-ups {@link #covers}, summed from the rows
     * after the changed days of the period are rebuilt; empty when days of the period keep changing
     * faster than they are rebuilt (the caller then computes from the raw answers). Never from a day
     * that is marked as changed ({@link #readUnchanged}).
     */
    Optional<Evidence> evidence(FigureFilter filter) {
        LocalDate from = filter.from().atZone(clock.zone()).toLocalDate();
        LocalDate to = filter.to().atZone(clock.zone()).toLocalDate();
        Optional<Evidence> evidence = readUnchanged(from, to, () -> sum(filter, from, to));
        if (evidence.isEmpty()) {
            LOG.info("Roll-ups of {}..{} kept changing: the report is computed from the raw answers", from, to);
        }
        return evidence;
    }

    /**
     * Rebuilds the period's marked days, then reads in one snapshot, unless a day of the period is
     * marked again in that snapshot (changed since); tries 5 times, else empty.
     */
    private <T> Optional<T> readUnchanged(LocalDate from, LocalDate to, Supplier<T> read) {
        for (int attempt = 0; attempt < 5; attempt++) {
            refresh(from, to);
            Optional<T> found = transactions.execute(SNAPSHOT,
                    status -> dirtyDays(from, to) > 0 ? Optional.<T>empty() : Optional.of(read.get()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Adds the filter's people, make and type to a query of rows with those columns; with a
     * department, rows with a rating (all but those {@code objectiveOnly} names) count the visits
     * its people served, as the raw computation does.
     */
    private void narrow(StringBuilder sql, List<Object> args, FigureFilter filter, String objectiveOnly) {
        if (filter.advisorId() != null) {
            sql.append(" AND advisor_id = ?");
            args.add(filter.advisorId());
        }
        if (filter.technicianId() != null) {
            sql.append(" AND technician_id = ?");
            args.add(filter.technicianId());
        }
        if (filter.make() != null) {
            sql.append(" AND LOWER(make) = LOWER(?)");
            args.add(filter.make());
        }
        if (filter.visitType() != null) {
            sql.append(" AND visit_type = ?");
            args.add(filter.visitType().name());
        }
        if (filter.departmentCode() != null) {
            Set<Long> served = satisfaction.servingPeople(filter.departmentCode());
            String ids = served.isEmpty() ? "NULL" : served.stream().map(String::valueOf).collect(Collectors.joining(","));
            sql.append(" AND (").append(objectiveOnly).append(" OR advisor_id IN (").append(ids)
                    .append(") OR technician_id IN (").append(ids).append("))");
        }
    }

    /** A page of the visits where a theme's checks and rating disagree, and how many there are in all. */
    record DisagreementPage(List<Found> visits, int total) {

        /** One of them: its checks all passed (else one failed), and the customer's rating. */
        record Found(long visitId, boolean checksPassed, int rating) {
        }
    }

    /**
     * The disagreeing visits of a theme for a filter the roll-ups {@link #covers}, blind spots first
     * (checks passed, lowest rating first), then the reverse; a page of them, read after the changed
     * days of the period are rebuilt, never from a day marked as changed (as {@link #evidence}).
     */
    Optional<DisagreementPage> disagreements(FigureFilter filter, String theme, int offset, int limit) {
        LocalDate from = filter.from().atZone(clock.zone()).toLocalDate();
        LocalDate to = filter.to().atZone(clock.zone()).toLocalDate();
        StringBuilder sql = new StringBuilder("""
                SELECT visit_id, checks_passed, rating, COUNT(*) OVER () FROM rollup_disagreement
                WHERE theme = ? AND department = ? AND booked_on >= ? AND booked_on < ?""");
        List<Object> args = new ArrayList<>(List.of(theme, filter.departmentCode() == null ? ALL
                : filter.departmentCode(), Date.valueOf(from), Date.valueOf(to)));
        narrow(sql, args, filter, "FALSE");
        sql.append(" ORDER BY checks_passed DESC, rating, visit_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        args.add(offset);
        args.add(limit);
        return readUnchanged(from, to, () -> jdbc.prepareStatement(sql.toString(), ps -> {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<DisagreementPage.Found> found = new ArrayList<>();
            int total = 0;
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) {
                    found.add(new DisagreementPage.Found(rows.getLong(1), rows.getBoolean(2), rows.getInt(3)));
                    total = rows.getInt(4);
                }
            }
            if (found.isEmpty() && offset > 0) {
                total = countDisagreements(sql.toString(), args);
            }
            return new DisagreementPage(found, total);
        }));
    }

    /** The total when the page asked for lies past the end (the window count then has no row to ride on). */
    private int countDisagreements(String pageSql, List<Object> args) {
        String sql = "SELECT COUNT(*) FROM (" + pageSql.substring(0, pageSql.indexOf(" ORDER BY")) + ") q";
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < args.size() - 2; i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rows = ps.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private long dirtyDays(LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM rollup_mark WHERE booked_on >= ? AND booked_on < ?", ps -> {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            try (ResultSet rows = ps.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private Evidence sum(FigureFilter filter, LocalDate from, LocalDate to) {
        String department = filter.departmentCode() == null ? ALL : filter.departmentCode();
        int people = (filter.advisorId() == null ? 0 : 1) + (filter.technicianId() == null ? 0 : 1)
                + (filter.make() == null ? 0 : 1);
        String grain = filter.departmentCode() != null || filter.visitType() != null || people > 1 ? "DETAIL"
                : filter.advisorId() != null ? "ADVISOR"
                : filter.technicianId() != null ? "TECHNICIAN"
                : filter.make() != null ? "MAKE" : "ALL";
        StringBuilder sql = new StringBuilder("""
                SELECT measure, theme, source, person_id, SUM(a), SUM(b), SUM(c), SUM(d), SUM(e)
                FROM rollup_figure WHERE grain = ? AND booked_on >= ? AND booked_on < ?
                AND (measure NOT IN ('CHECK', 'LINK') OR department = ?)""");
        List<Object> args = new ArrayList<>(List.of(grain, Date.valueOf(from), Date.valueOf(to), department));
        narrow(sql, args, filter, "measure = 'CHECK'");
        sql.append(" GROUP BY measure, theme, source, person_id");

        Map<String, Figures> objective = new TreeMap<>();
        Map<SourceTheme, Figures> bySource = new HashMap<>();
        Map<String, SatisfactionLink> links = new TreeMap<>();
        Map<String, Satisfaction> byTheme = new TreeMap<>();
        Map<ResponseSource, Map<String, Satisfaction>> byThemeAndSource = new EnumMap<>(ResponseSource.class);
        Map<Long, EstimateBias> bias = new TreeMap<>();
        long[] totals = new long[8];
        jdbc.prepareStatement(sql.toString(), ps -> {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) {
                    String theme = rows.getString(2);
                    long a = rows.getLong(5);
                    long b = rows.getLong(6);
                    long c = rows.getLong(7);
                    long d = rows.getLong(8);
                    long e = rows.getLong(9);
                    switch (rows.getString(1)) {
                        case "CHECK" -> {
                            Figures f = new Figures(a, b, c, d, e);
                            objective.merge(theme, f, Figures::plus);
                            bySource.merge(new SourceTheme(Source.valueOf(rows.getString(3)), theme), f, Figures::plus);
                        }
                        case "LINK" -> links.merge(theme,
                                new SatisfactionLink(new Proportion(a, b), new Proportion(c, d)), SatisfactionLink::plus);
                        case "RATING" -> {
                            Satisfaction s = new Satisfaction(a, b, c);
                            byTheme.merge(theme, s, Satisfaction::plus);
                            byThemeAndSource.computeIfAbsent(ResponseSource.valueOf(rows.getString(3)),
                                    k -> new TreeMap<>()).merge(theme, s, Satisfaction::plus);
                        }
                        case "OVERALL" -> {
                            totals[0] += a;
                            totals[1] += b;
                            totals[2] += c;
                        }
                        case "NPS" -> {
                            totals[3] += a;
                            totals[4] += b;
                            totals[5] += c;
                        }
                        case "INVITED" -> {
                            totals[6] += a;
                            totals[7] += b;
                        }
                        case "BIAS" -> bias.merge(rows.getLong(4), new EstimateBias(a, b), EstimateBias::plus);
                        default -> throw new IllegalStateException("Unknown roll-up measure " + rows.getString(1));
                    }
                }
            }
            return null;
        });
        SatisfactionFigures subjective = new SatisfactionFigures(new Satisfaction(totals[0], totals[1], totals[2]),
                byTheme, byThemeAndSource, new Nps(totals[3], totals[4], totals[5]), totals[6], totals[7], bias);
        return new Evidence(objective, bySource, links, subjective);
    }
}
