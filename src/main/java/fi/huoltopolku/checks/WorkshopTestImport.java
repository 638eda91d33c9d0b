package fi.huoltopolku.checks;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.customer.VehicleMatch;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Imports an outside workshop test (e.g. an importer's mystery test) from CSV with the header
 * {@code visit,plate,date,item,answer,comment}: a visit by its id, or by plate and booking date.
 * A file with any bad line is refused whole, naming every bad line; a good one is imported in one
 * transaction. Importing the same file again changes nothing (one answer per visit, item and source).
 */
@Singleton
@Allowed({Role.FOREMAN, Role.MANAGER})
public class WorkshopTestImport {

    static final int MAX_LINES = 10_000;
    private static final List<String> HEADER = List.of("visit", "plate", "date", "item", "answer", "comment");

    private final ChecklistService checks;
    private final CheckAnswerRepository answers;
    private final VisitOverviewService visits;
    private final CustomerService customers;
    private final WorkshopClock clock;

    WorkshopTestImport(ChecklistService checks, CheckAnswerRepository answers, VisitOverviewService visits,
            CustomerService customers, WorkshopClock clock) {
        this.checks = checks;
        this.answers = answers;
        this.visits = visits;
        this.customers = customers;
        this.clock = clock;
    }

    private record Line(int number, long visitId, CheckItem item, Answer answer, @Nullable String comment) {
    }

    @Transactional
    public ImportResult importCsv(@Nullable String csv, Actor actor) {
        if (csv == null || csv.isBlank()) {
            throw Problem.invalid("file", "workshopTest.empty");
        }
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(csv.strip()))) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(HEADER)) {
                throw Problem.invalid("file", "workshopTest.badHeader", String.join(",", HEADER));
            }
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber() + 1;
                if (lines.size() + problems.size() >= MAX_LINES) {
                    throw Problem.invalid("file", "workshopTest.tooLong", MAX_LINES);
                }
                try {
                    Line line = parse(number, record);
                    if (!seen.add(line.visitId() + "/" + line.item().id())) {
                        throw Problem.refused("workshopTest.duplicate");
                    }
                    lines.add(line);
                } catch (Problem problem) {
                    problems.add(Problem.refused("workshopTest.line", number, problem));
                }
            }
        } catch (UncheckedIOException e) {
            // Commons CSV: "(startline 3) EOF reached before encapsulated token finished".
            Matcher line = Pattern.compile("startline (\\d+)")
                    .matcher(String.valueOf(e.getMessage()));
            throw line.find() ? Problem.invalid("file", "workshopTest.unterminated", Integer.parseInt(line.group(1)))
                    : Problem.invalid("file", "workshopTest.notCsv");
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw Problem.invalid("file", "workshopTest.notCsv");
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid("file", "workshopTest.rejected", problems.size(), problems);
        }
        if (lines.isEmpty()) {
            throw Problem.invalid("file", "workshopTest.empty");
        }
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (Line line : lines) {
            Optional<CheckAnswer> before = answers.findByVisitIdAndItemIdAndSource(line.visitId(), line.item().id(),
                    Source.WORKSHOP_TEST);
            if (before.isPresent() && before.get().answer() == line.answer()
                    && Objects.equals(before.get().comment(), line.comment())) {
                unchanged++;
                continue;
            }
            checks.answer(line.visitId(), line.item().code(), line.answer(), line.comment(), Source.WORKSHOP_TEST, actor);
            if (before.isPresent()) {
                changed++;
            } else {
                created++;
            }
        }
        return new ImportResult(lines.size(), created, changed, unchanged);
    }

    private Line parse(int number, CSVRecord record) {
        if (record.size() < 5) {
            throw Problem.refused("workshopTest.columns", HEADER.size());
        }
        long visitId = visit(record.get("visit"), record.get("plate"), record.get("date"));
        CheckItem item = checks.itemByCode(record.get("item"));
        if (item.kind() == ItemKind.DERIVED) {
            throw Problem.invalid("itemCode", "checks.derivedByTheSystem");
        }
        Answer answer;
        try {
            answer = Answer.valueOf(record.get("answer").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("answer", "checks.badAnswer");
        }
        String comment = record.isSet("comment") && !record.get("comment").isBlank() ? record.get("comment") : null;
        if (comment != null && comment.length() > ChecklistService.MAX_COMMENT) {
            throw Problem.invalid("comment", "problem.tooLong", ChecklistService.MAX_COMMENT);
        }
        return new Line(number, visitId, item, answer, comment);
    }

    private long visit(String visit, String plate, String date) {
        if (!visit.isBlank()) {
            if (!visit.matches("\\d{1,18}")) {
                throw Problem.invalid("visit", "workshopTest.badVisit", visit);
            }
            return visits.card(Long.parseLong(visit)).id();
        }
        if (plate.isBlank() || date.isBlank()) {
            throw Problem.refused("workshopTest.noVisit");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw Problem.invalid("date", "workshopTest.badDate", date);
        }
        VehicleMatch car = customers.byPlate(plate)
                .orElseThrow(() -> Problem.invalid("plate", "workshopTest.unknownPlate", plate));
        List<VisitCard> onDay = visits.history(car.vehicleId()).stream()
                .filter(v -> v.bookedAt().atZone(clock.zone()).toLocalDate().equals(day)).toList();
        if (onDay.size() != 1) {
            throw Problem.invalid("date", onDay.isEmpty() ? "workshopTest.noVisitOnDay" : "workshopTest.manyVisits",
                    plate, date);
        }
        return onDay.get(0).id();
    }
}
