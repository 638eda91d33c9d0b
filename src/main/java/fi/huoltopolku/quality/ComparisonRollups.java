package fi.huoltopolku.quality;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.quality.DetailRows.Row;
import fi.huoltopolku.quality.RollupMarks.Marks;
import fi.huoltopolku.security.Callers;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The comparison's figures per booking day, kept in {@code rollup_figure} so a year's report sums a
 * few hundred rows per theme. When a visit changes, {@link RollupMarker} writes its day and group
 * (advisor, technician, make, type) down in the changing transaction, and the group's rows of that
 * day are recomputed from the raw computation of the group's visits alone ({@link RollupComputation}),
 * so the roll-ups cannot drift from the raw figures and the first report after an edit costs a few
 * visits, not a day; groups marked again while a report reads are recomputed in its own snapshot
 * ({@link RollupDelta}). This class keeps them consistent beside user work: which transactions the
 * rebuild and the reads run in, and the checks that keep a report from answering from a day that
 * is changed or being rebuilt; it changes when that protocol does. The marks' SQL is in
 * {@link RollupMarks}, the figures' in {@link RollupWriter} and {@link RollupReads}. See
 * V6__comparison_rollups.sql for the layout and V11 for the marks.
 */
@Singleton
public class ComparisonRollups {

    private static final Logger LOG = LoggerFactory.getLogger(ComparisonRollups.class);

    private final TransactionOperations<Connection> transactions;
    private final RollupMarks marks;
    private final RollupComputation computation;
    private final RollupWriter writer;
    private final RollupReads reads;
    private final WorkshopClock clock;

    ComparisonRollups(TransactionOperations<Connection> transactions, RollupMarks marks,
            RollupComputation computation, RollupWriter writer, RollupReads reads, WorkshopClock clock) {
        this.transactions = transactions;
        this.marks = marks;
        this.computation = computation;
        this.writer = writer;
        this.reads = reads;
        this.clock = clock;
    }

    /** Whether the roll-ups can answer this filter: whole days of every site, no single visit or stage. */
    public boolean covers(FigureFilter filter) {
        // The roll-ups add up every site: a caller of some sites (or a site= filter) gets figures of those sites' raw answers.
        return filter.sites().all() && Callers.dataScope().all() && filter.visitId() == null && filter.stage() == null && atMidnight(filter.from())
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
            List<LocalDate> marked = transactions.executeRead(status -> marks.markedDays(from, to));
            for (LocalDate day : marked) {
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

    /**
     * Rebuilds the marked part of one day (the groups of visits whose evidence changed, or the whole
     * day) from the raw computation, read in one snapshot together with the day's marks and its
     * write count. The figures are written, and exactly the marks read are removed, in one short
     * transaction that first locks the day's {@code rollup_day} row and checks that nobody wrote the
     * day since the snapshot; else these figures could be older than the ones there, and the day
     * stays marked for another pass. A change committed after the snapshot (or still open) has
     * inserted a mark the snapshot did not see, so its group stays marked and is rebuilt again.
     * Two rebuilds of one day take turns on the lock. A report therefore never reads a day whose
     * figures miss a committed change without seeing its mark in the same snapshot ({@link #readUnchanged}).
     *
     * @return whether figures were written and marks removed
     */
    private boolean rebuild(LocalDate day) {
        Date date = Date.valueOf(day);
        ensureDay(date);
        // The day's marks and the raw figures of what they name from one snapshot of the database
        // (not statement by statement, where a change committing in between would be half seen).
        Pending pending = transactions.execute(SNAPSHOT, status -> {
            Marks read = marks.of(date);
            return read == null ? null
                    : new Pending(read, computation.compute(day, read.wholeDay() ? null : read.groups()));
        });
        if (pending == null) {
            return false;
        }
        betweenReadAndWrite.run();
        Marks read = pending.marks();
        return transactions.executeWrite(status -> {
            Long written = marks.lockDay(date);
            if (written == null || written != read.written()) {
                return false;
            }
            writer.write(date, read.wholeDay() ? null : read.groups(), pending.computed());
            marks.countWrite(date);
            marks.remove(read.generations());
            return true;
        });
    }

    /** A day's marks as read, and the figures computed in the same snapshot. */
    private record Pending(Marks marks, DetailRows computed) {
    }

    /**
     * The day's {@code rollup_day} row, whose lock the rebuilds of the day take turns on, created
     * before its first rebuild in a transaction of its own (two first rebuilds at once: one creates
     * it, the other finds it).
     */
    private void ensureDay(Date date) {
        if (!transactions.executeRead(status -> marks.dayExists(date))) {
            try {
                transactions.executeWrite(status -> {
                    marks.createDay(date);
                    return null;
                });
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

    /** Test seam: runs between a report's rebuild and its read (RollupAgreementTest); a no-op in the app. */
    volatile Runnable beforeRead = () -> { };

    /** Test seam: runs between a rebuild's snapshot and its locked write (RollupStressTest); a no-op in the app. */
    volatile Runnable betweenReadAndWrite = () -> { };

    /** Marks one day as changed, to be rebuilt whole. */
    public void markDay(LocalDate day) {
        transactions.executeWrite(status -> {
            marks.markDay(day);
            return null;
        });
    }

    /** Marks every day with visits as changed: after a bulk import, or to rebuild from scratch. */
    public void markAll() {
        transactions.executeWrite(status -> {
            marks.markEveryDay();
            return null;
        });
    }

    // ---------------------------------------------------------------- reading them

    /**
     * Both sides of the comparison for a filter the roll-ups {@link #covers}: the period's marked
     * days are rebuilt, then the rows are summed in one snapshot, with the groups marked again
     * meanwhile (someone answering checks) recomputed from the raw answers of the same snapshot in
     * place of their stored rows ({@link RollupDelta}), so a report does not start again, nor end
     * up computing the period from the raw answers, because people keep working. Empty only when
     * days are marked whole again and again (bulk changes; the caller then computes from the raw answers).
     */
    Optional<Evidence> evidence(FigureFilter filter) {
        LocalDate from = filter.from().atZone(clock.zone()).toLocalDate();
        LocalDate to = filter.to().atZone(clock.zone()).toLocalDate();
        for (int attempt = 0; attempt < 5; attempt++) {
            refresh(from, to);
            beforeRead.run();
            Optional<Evidence> evidence = transactions.execute(SNAPSHOT,
                    status -> pending(from, to).map(delta -> reads.sum(filter, from, to, delta)));
            if (evidence.isPresent()) {
                return evidence;
            }
        }
        LOG.info("Roll-ups of {}..{} kept changing: the report is computed from the raw answers", from, to);
        return Optional.empty();
    }

    /**
     * In the caller's snapshot: the period's marked groups, their stored DETAIL rows and those the
     * raw computation gives now; empty when a day is marked whole (a bulk change, or too many
     * groups), which is rebuilt first.
     */
    private Optional<RollupDelta> pending(LocalDate from, LocalDate to) {
        List<LocalDate> days = marks.markedDays(from, to);
        List<Row> stored = new ArrayList<>();
        Map<LocalDate, Set<RollupGroup>> marked = new HashMap<>();
        for (LocalDate day : days) {
            Marks read = marks.of(Date.valueOf(day));
            if (read == null) {
                continue;
            }
            if (read.wholeDay()) {
                return Optional.empty();
            }
            stored.addAll(reads.detailOf(Date.valueOf(day), read.groups()));
            marked.put(day, read.groups());
        }
        return Optional.of(marked.isEmpty() ? RollupDelta.NONE
                : new RollupDelta(stored, computation.computeMarked(marked).rows()));
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
        return readUnchanged(from, to, reads.disagreements(filter, from, to, theme, offset, limit));
    }

    /**
     * Rebuilds the period's marked days, then reads in one snapshot, unless a day of the period is
     * marked again in that snapshot (changed since); tries 5 times, else empty.
     */
    private <T> Optional<T> readUnchanged(LocalDate from, LocalDate to, Supplier<T> read) {
        for (int attempt = 0; attempt < 5; attempt++) {
            refresh(from, to);
            Optional<T> found = transactions.execute(SNAPSHOT,
                    status -> marks.marksBetween(from, to) > 0 ? Optional.<T>empty() : Optional.of(read.get()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
