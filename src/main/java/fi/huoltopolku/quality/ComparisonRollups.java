package fi.huoltopolku.quality;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ComplianceService;
import fi.huoltopolku.checks.ComplianceService.SourceTheme;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.checks.Figures;
import fi.huoltopolku.checks.Source;
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
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The comparison's figures per booking day, kept in {@code rollup_figure} so a year's report sums a
 * few hundred rows per theme. A day is always recomputed whole from the raw computation
 * ({@link ComplianceService#snapshotsBy}, {@link SatisfactionService#figuresBy}) when one of its
 * visits has changed ({@link RollupMarker} writes the day down in the changing transaction), so the
 * roll-ups cannot drift from the raw figures. See V6__comparison_rollups.sql for the layout.
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
        return instant.atZone(clock.zone()).toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }

    // ---------------------------------------------------------------- keeping them up to date

    /** Recomputes the days marked as changed, each in its own transaction; returns how many. */
    @Scheduled(fixedDelay = "${huoltopolku.rollups.refresh-every:30s}",
            initialDelay = "${huoltopolku.rollups.first-refresh-after:10s}")
    public int refresh() {
        int done = 0;
        List<LocalDate> marked;
        do {
            marked = transactions.executeRead(status -> jdbc.prepareStatement(
                    "SELECT booked_on FROM rollup_dirty_day ORDER BY booked_on LIMIT 200", ps -> {
                        List<LocalDate> days = new ArrayList<>();
                        try (ResultSet rows = ps.executeQuery()) {
                            while (rows.next()) {
                                days.add(rows.getDate(1).toLocalDate());
                            }
                        }
                        return days;
                    }));
            for (LocalDate day : marked) {
                if (transactions.executeWrite(status -> claim(day))) {
                    try {
                        transactions.executeWrite(status -> recompute(day));
                    } catch (RuntimeException e) {
                        transactions.executeWrite(status -> {
                            RollupMarker.mark(jdbc, day);
                            return null;
                        });
                        throw e;
                    }
                    done++;
                }
            }
        } while (!marked.isEmpty());
        if (done > 0) {
            LOG.debug("Recomputed the comparison roll-ups of {} days", done);
        }
        return done;
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
                RollupMarker.mark(jdbc, day);
            }
            return null;
        });
    }

    /**
     * Takes the day's marker, so a parallel refresh leaves the day alone; a change committed while
     * the day is recomputed marks it again, and it is recomputed once more.
     */
    private boolean claim(LocalDate day) {
        return jdbc.prepareStatement("DELETE FROM rollup_dirty_day WHERE booked_on = ?", ps -> {
            ps.setDate(1, Date.valueOf(day));
            return ps.executeUpdate();
        }) == 1;
    }

    /** Rebuilds the day's rows from the raw computation. */
    private boolean recompute(LocalDate day) {
        Date date = Date.valueOf(day);
        jdbc.prepareStatement("DELETE FROM rollup_figure WHERE booked_on = ?", ps -> {
            ps.setDate(1, date);
            return ps.executeUpdate();
        });
        FigureFilter filter = FigureFilter.period(day.atStartOfDay(clock.zone()).toInstant(),
                day.plusDays(1).atStartOfDay(clock.zone()).toInstant());
        Map<Long, String> makes = visits.makesOfVisitsBookedBetween(filter.from(), filter.to());
        List<Row> rows = new ArrayList<>();
        Map<String, Map<Long, Integer>> ratings = satisfaction.ratings(filter);
        compliance.departmentSnapshotsBy(filter, visit -> Group.of(visit, makes)).forEach((group, byDepartment) ->
                byDepartment.forEach((department, snapshot) -> {
                    snapshot.bySourceAndTheme().forEach((key, f) -> rows.add(new Row(group, department, "CHECK",
                            key.theme(), key.source().name(), null, f.yes(), f.no(), f.na(), f.answered(),
                            f.required())));
                    snapshot.outcomes().forEach((theme, outcomes) -> {
                        SatisfactionLink link = SatisfactionLink.of(outcomes, ratings.getOrDefault(theme, Map.of()));
                        if (!link.isEmpty()) {
                            rows.add(new Row(group, department, "LINK", theme, null, null,
                                    link.whenPassed().successes(), link.whenPassed().n(),
                                    link.whenFailed().successes(), link.whenFailed().n(), 0));
                        }
                    });
                }));
        satisfaction.figuresBy(filter, visit -> Group.of(visit, makes)).forEach((group, f) -> {
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
        insertDetail(date, rows);
        for (String grain : List.of("ALL", "ADVISOR", "TECHNICIAN", "MAKE")) {
            String kept = switch (grain) {
                case "ADVISOR" -> "advisor_id, NULL, NULL";
                case "TECHNICIAN" -> "NULL, technician_id, NULL";
                case "MAKE" -> "NULL, NULL, make";
                default -> "NULL, NULL, NULL";
            };
            String groupedBy = switch (grain) {
                case "ADVISOR" -> "advisor_id, ";
                case "TECHNICIAN" -> "technician_id, ";
                case "MAKE" -> "make, ";
                default -> "";
            };
            jdbc.prepareStatement("""
                    INSERT INTO rollup_figure (booked_on, grain, advisor_id, technician_id, make, department, measure,
                        theme, source, person_id, a, b, c, d, e)
                    SELECT booked_on, '%s', %s, department, measure, theme, source, person_id,
                        SUM(a), SUM(b), SUM(c), SUM(d), SUM(e)
                    FROM rollup_figure WHERE booked_on = ? AND grain = 'DETAIL'
                    GROUP BY booked_on, %sdepartment, measure, theme, source, person_id""".formatted(grain, kept, groupedBy),
                    ps -> {
                        ps.setDate(1, date);
                        return ps.executeUpdate();
                    });
        }
        return true;
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
    }

    // ---------------------------------------------------------------- reading them

    /** Both sides of the comparison for a filter the roll-ups {@link #covers}, summed from the rows. */
    Evidence evidence(FigureFilter filter) {
        refresh();
        return transactions.executeRead(status -> sum(filter));
    }

    private Evidence sum(FigureFilter filter) {
        LocalDate from = filter.from().atZone(clock.zone()).toLocalDate();
        LocalDate to = filter.to().atZone(clock.zone()).toLocalDate();
        String department = filter.departmentCode() == null ? ALL : filter.departmentCode();
        Set<Long> served = filter.departmentCode() == null ? Set.of() : satisfaction.servingPeople(department);
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
            // The subjective side (and the link, which needs a rating) counts the department's visits:
            // those its people served.
            String ids = served.isEmpty() ? "NULL" : served.stream().map(String::valueOf).collect(Collectors.joining(","));
            sql.append(" AND (measure = 'CHECK' OR advisor_id IN (").append(ids).append(") OR technician_id IN (")
                    .append(ids).append("))");
        }
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
