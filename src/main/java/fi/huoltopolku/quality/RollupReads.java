package fi.huoltopolku.quality;

import static fi.huoltopolku.quality.DetailRows.ALL;

import fi.huoltopolku.checks.ComplianceService.SourceTheme;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.checks.Figures;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.quality.ComparisonRollups.DisagreementPage;
import fi.huoltopolku.quality.DetailRows.Row;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.quality.stats.SatisfactionLink;
import fi.huoltopolku.survey.EstimateBias;
import fi.huoltopolku.survey.Nps;
import fi.huoltopolku.survey.ResponseSource;
import fi.huoltopolku.survey.Satisfaction;
import fi.huoltopolku.survey.SatisfactionFigures;
import fi.huoltopolku.survey.SatisfactionService;
import fi.huoltopolku.visit.VisitType;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The report's reads of the roll-ups: both sides of the comparison summed from the coarsest grain
 * that answers the filter, and a page of a theme's disagreeing visits. Each runs in the caller's
 * snapshot ({@link ComparisonRollups} makes sure no day read is marked as changed). Changes when the
 * report asks the roll-ups something new.
 */
@Singleton
class RollupReads {

    private final JdbcOperations jdbc;
    private final SatisfactionService satisfaction;

    RollupReads(JdbcOperations jdbc, SatisfactionService satisfaction) {
        this.jdbc = jdbc;
        this.satisfaction = satisfaction;
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

    /**
     * A page of the theme's disagreeing visits of the days {@code from} (inclusive) to {@code to}
     * (exclusive), blind spots first (checks passed, lowest rating first), then the reverse: the
     * query is made now (the department's people read once), the page read when the result is asked.
     */
    Supplier<DisagreementPage> disagreements(FigureFilter filter, LocalDate from, LocalDate to, String theme, int offset,
            int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT visit_id, checks_passed, rating, COUNT(*) OVER () FROM rollup_disagreement
                WHERE theme = ? AND department = ? AND booked_on >= ? AND booked_on < ?""");
        List<Object> args = new ArrayList<>(List.of(theme, filter.departmentCode() == null ? ALL
                : filter.departmentCode(), Date.valueOf(from), Date.valueOf(to)));
        narrow(sql, args, filter, "FALSE");
        sql.append(" ORDER BY checks_passed DESC, rating, visit_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        args.add(offset);
        args.add(limit);
        return () -> jdbc.prepareStatement(sql.toString(), ps -> {
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
        });
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

    /**
     * These groups' DETAIL rows of the day as they are stored now (in the caller's snapshot: what a
     * report that folds in their marks takes out of the sums, {@link RollupDelta}). The day's rows are
     * read once and the groups picked here: the index finds a day's rows, not a group's.
     */
    List<Row> detailOf(Date date, Set<RollupGroup> groups) {
        List<Row> stored = new ArrayList<>();
        jdbc.prepareStatement("""
                SELECT advisor_id, technician_id, make, visit_type, department, measure, theme, source, person_id,
                    a, b, c, d, e
                FROM rollup_figure WHERE grain = 'DETAIL' AND booked_on = ?""", ps -> {
            ps.setDate(1, date);
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) {
                    RollupGroup group = new RollupGroup(rows.getObject(1, Long.class), rows.getObject(2, Long.class),
                            rows.getString(3), VisitType.valueOf(rows.getString(4)));
                    if (groups.contains(group)) {
                        stored.add(new Row(group, rows.getString(5), rows.getString(6), rows.getString(7),
                                rows.getString(8), rows.getObject(9, Long.class), rows.getLong(10), rows.getLong(11),
                                rows.getLong(12), rows.getLong(13), rows.getLong(14)));
                    }
                }
            }
            return null;
        });
        return stored;
    }

    /**
     * Both sides of the comparison for the filter over the days {@code from} (inclusive) to {@code to}
     * (exclusive): the roll-ups' sums, moved by the marked groups' rows recomputed ({@code pending}).
     */
    Evidence sum(FigureFilter filter, LocalDate from, LocalDate to, RollupDelta pending) {
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

        Map<RollupDelta.Figure, long[]> sums = new HashMap<>();
        jdbc.prepareStatement(sql.toString(), ps -> {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) {
                    sums.put(new RollupDelta.Figure(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getObject(4, Long.class)), new long[] {rows.getLong(5), rows.getLong(6),
                                rows.getLong(7), rows.getLong(8), rows.getLong(9)});
                }
            }
            return null;
        });
        if (!pending.isEmpty()) {
            Set<Long> served = filter.departmentCode() == null ? Set.of()
                    : satisfaction.servingPeople(filter.departmentCode());
            pending.applyTo(sums, row -> pending.counts(row, filter, department, served));
        }

        Map<String, Figures> objective = new TreeMap<>();
        Map<SourceTheme, Figures> bySource = new HashMap<>();
        Map<String, SatisfactionLink> links = new TreeMap<>();
        Map<String, Satisfaction> byTheme = new TreeMap<>();
        Map<ResponseSource, Map<String, Satisfaction>> byThemeAndSource = new EnumMap<>(ResponseSource.class);
        Map<Long, EstimateBias> bias = new TreeMap<>();
        long[] totals = new long[8];
        sums.forEach((figure, sum) -> {
            String theme = figure.theme();
            long a = sum[0];
            long b = sum[1];
            long c = sum[2];
            long d = sum[3];
            long e = sum[4];
            switch (figure.measure()) {
                case "CHECK" -> {
                    Figures f = new Figures(a, b, c, d, e);
                    objective.merge(theme, f, Figures::plus);
                    bySource.merge(new SourceTheme(Source.valueOf(figure.source()), theme), f, Figures::plus);
                }
                case "LINK" -> links.merge(theme,
                        new SatisfactionLink(new Proportion(a, b), new Proportion(c, d)), SatisfactionLink::plus);
                case "RATING" -> {
                    Satisfaction s = new Satisfaction(a, b, c);
                    byTheme.merge(theme, s, Satisfaction::plus);
                    byThemeAndSource.computeIfAbsent(ResponseSource.valueOf(figure.source()),
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
                case "BIAS" -> bias.merge(figure.personId() == null ? 0L : figure.personId(), new EstimateBias(a, b),
                        EstimateBias::plus);
                default -> throw new IllegalStateException("Unknown roll-up measure " + figure.measure());
            }
        });
        SatisfactionFigures subjective = new SatisfactionFigures(new Satisfaction(totals[0], totals[1], totals[2]),
                byTheme, byThemeAndSource, new Nps(totals[3], totals[4], totals[5]), totals[6], totals[7], bias);
        return new Evidence(objective, bySource, links, subjective);
    }
}
