package fi.huoltopolku.backup;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.SecurityEvent;
import fi.huoltopolku.security.SecurityLog;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consistent backups of the running H2 database ({@code BACKUP TO}: a zip of the database file as of
 * one moment, written while people keep working), on a schedule and on an admin's request, keeping
 * the newest {@code huoltopolku.backup.keep}. Restoring is a documented command run while the app is
 * stopped (README, "Backup and restore"). On a database other than an H2 file there is nothing to
 * do here: PostgreSQL is backed up with its own tools.
 */
@Singleton
@Allowed(Role.ADMIN)
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final String PREFIX = "huoltopolku-";

    /** One backup file. */
    public record Backup(String name, Instant at, long bytes) {
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final WorkshopClock clock;
    private final SecurityLog log;
    private final Path folder;
    private final int keep;
    private final String every;
    private final boolean h2File;

    BackupService(JdbcOperations jdbc, TransactionOperations<Connection> transactions, WorkshopClock clock,
            SecurityLog log, @Value("${huoltopolku.backup.folder:}") String folder,
            @Value("${huoltopolku.backup.keep:14}") int keep,
            @Value("${huoltopolku.backup.every:6h}") String every,
            @Value("${datasources.default.url:}") String url) {
        this.every = every;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.log = log;
        this.keep = Math.max(1, keep);
        this.h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        this.folder = folder.isBlank() ? defaultFolder(url) : Path.of(folder);
    }

    /** Next to the database file: {@code ./data/huoltopolku} backs up into {@code ./data/backups}. */
    private static Path defaultFolder(String url) {
        String path = url.replaceFirst("^jdbc:h2:(file:)?", "").split(";")[0];
        Path parent = Path.of(path).toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("backups");
    }

    /** Whether this database is backed up here (an H2 file). */
    public boolean available() {
        return h2File;
    }

    public Path folder() {
        return folder;
    }

    /** How often the scheduled backup runs, for people: "6 h", "30 min" (as configured otherwise). */
    public String every() {
        String trimmed = every.trim();
        if (trimmed.matches("[0-9]+h")) {
            return trimmed.substring(0, trimmed.length() - 1) + " h";
        }
        return trimmed.matches("[0-9]+m") ? trimmed.substring(0, trimmed.length() - 1) + " min" : trimmed;
    }

    /** How many backups are kept. */
    public int keep() {
        return keep;
    }

    /** The scheduled backup. */
    @Scheduled(fixedDelay = "${huoltopolku.backup.every:6h}", initialDelay = "${huoltopolku.backup.first-after:5m}")
    void scheduled() {
        if (!h2File) {
            return;
        }
        try {
            Backup backup = write();
            LOG.info("Backup written: {} ({} bytes)", backup.name(), backup.bytes());
        } catch (RuntimeException e) {
            LOG.error("The scheduled backup failed; the previous backups are kept", e);
        }
    }

    /** Writes a backup now (an admin's "Back up now"); recorded in the security log. */
    public Backup backUpNow(Actor actor) {
        if (!h2File) {
            throw Problem.refused("backup.notHere");
        }
        Backup backup = write();
        log.record(SecurityEvent.Kind.BACKUP_WRITTEN, null, actor.name(), null, backup.name());
        return backup;
    }

    /** The backups kept, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(BackupService::isBackup).map(BackupService::describe)
                    .sorted(Comparator.comparing(Backup::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized Backup write() {
        try {
            Files.createDirectories(folder);
            String name = PREFIX + NAME.format(clock.now().atZone(clock.zone())) + ".zip";
            Path target = folder.resolve(name);
            Path partial = folder.resolve(name + ".part");
            Files.deleteIfExists(partial);
            transactions.executeRead(status -> jdbc.prepareStatement("BACKUP TO ?", ps -> {
                ps.setString(1, partial.toString());
                return ps.execute();
            }));
            // Complete or not there at all: a crash while writing leaves only a .part file.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            prune();
            return describe(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the newest {@code keep} backups. */
    private void prune() throws IOException {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(folder.resolve(old.name()));
        }
    }

    private static boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".zip");
    }

    private static Backup describe(Path file) {
        try {
            return new Backup(file.getFileName().toString(), Files.getLastModifiedTime(file).toInstant(),
                    Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
