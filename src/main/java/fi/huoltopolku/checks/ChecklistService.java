package fi.huoltopolku.checks;

import fi.huoltopolku.base.Localized;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.StageGate;
import fi.huoltopolku.visit.TechnicianJobs;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A visit's checklists and their answers. Saving an answer is one call per tap; an answer is given
 * for the item's current wording and keeps pointing at it. Also the gate that holds a car in its
 * stage while mandatory items are open.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class ChecklistService implements StageGate {

    static final int MAX_COMMENT = 2000;

    private final CheckItemRepository items;
    private final CheckItemVersionRepository versions;
    private final CheckAnswerRepository answers;
    private final PostInspectionRepository inspections;
    private final ThemeService themes;
    private final VisitOverviewService visits;
    private final TechnicianJobs jobs;
    private final WorkshopClock clock;

    ChecklistService(CheckItemRepository items, CheckItemVersionRepository versions, CheckAnswerRepository answers,
            PostInspectionRepository inspections, ThemeService themes, VisitOverviewService visits,
            TechnicianJobs jobs, WorkshopClock clock) {
        this.jobs = jobs;
        this.items = items;
        this.versions = versions;
        this.answers = answers;
        this.inspections = inspections;
        this.themes = themes;
        this.visits = visits;
        this.clock = clock;
    }

    /** The questions of a stage's process items in their order, by code (for a form before there is a visit). */
    @Transactional
    public List<Map.Entry<String, Localized>> questions(Stage stage) {
        Map<Long, Theme> themeById = themes.byId();
        return items.findByKindAndStageOrderByPosition(ItemKind.PROCESS, stage).stream()
                .filter(item -> item.retiredAt() == null)
                .map(item -> Map.entry(item.code(), row(item, current(item), null, Source.PROCESS, themeById).question()))
                .toList();
    }

    /** The stage's current items for the visit, each with its process answer or not checked. */
    @Transactional
    public List<ChecklistRow> checklist(long visitId, Stage stage) {
        return rows(visitId, items.findByKindAndStageOrderByPosition(ItemKind.PROCESS, stage), Source.PROCESS);
    }

    /** The post-inspection items for a visit drawn for re-inspection. */
    @Transactional
    public List<ChecklistRow> postInspection(long visitId) {
        return rows(visitId, items.findByKindOrderByPosition(ItemKind.POST_INSPECTION), Source.POST_INSPECTION);
    }

    /**
     * Everything about a visit's checks: the process items of every stage it has reached (answered or
     * not), and every answer from any other source (post-inspection, workshop test, derived).
     */
    @Transactional
    public List<ChecklistRow> overview(long visitId) {
        VisitCard visit = visits.card(visitId);
        List<ChecklistRow> all = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage.ordinal() <= visit.stage().ordinal() && stage != Stage.CLOSED) {
                all.addAll(checklist(visitId, stage));
            }
        }
        Map<Long, CheckItem> byId = items.findAll().stream().collect(Collectors.toMap(CheckItem::id, Function.identity()));
        Map<Long, Theme> themeById = themes.byId();
        answers.findByVisitId(visitId).stream()
                .filter(a -> a.source() != Source.PROCESS)
                .sorted(Comparator.comparing(CheckAnswer::source).thenComparing(a -> byId.get(a.itemId()).position()))
                .forEach(a -> all.add(row(byId.get(a.itemId()), version(a.itemVersionId()), a, a.source(), themeById)));
        return all;
    }

    /**
     * Records an answer (replacing an earlier one from the same source).
     *
     * @throws Problem naming the item when it is unknown, retired, of another kind than the source
     *                 answers, or of a stage the visit has not reached
     */
    @Transactional
    public ChecklistRow answer(long visitId, @Nullable String itemCode, @Nullable Answer answer,
            @Nullable String comment, Source source, Actor actor) {
        if (source == Source.DERIVED) {
            throw Problem.invalid("source", "checks.derivedByTheSystem");
        }
        return save(visitId, itemCode, answer, comment, source, actor);
    }

    /** Derived answers, from the timeline only. */
    void derive(long visitId, CheckItem item, @Nullable Answer answer) {
        Optional<CheckAnswer> existing = answers.findByVisitIdAndItemIdAndSource(visitId, item.id(), Source.DERIVED);
        if (answer == null) {
            existing.ifPresent(answers::delete);
            return;
        }
        if (existing.isPresent() && existing.get().answer() == answer) {
            return;
        }
        CheckItemVersion current = current(item);
        CheckAnswer derived = new CheckAnswer(existing.map(CheckAnswer::id).orElse(null), visitId, item.id(),
                current.id(), answer, Source.DERIVED, null, "Huoltopolku", clock.now(), null,
                existing.map(CheckAnswer::version).orElse(null));
        if (existing.isPresent()) {
            answers.update(derived);
        } else {
            answers.save(derived);
        }
    }

    private ChecklistRow save(long visitId, @Nullable String itemCode, @Nullable Answer answer,
            @Nullable String comment, Source source, Actor actor) {
        if (answer == null) {
            throw Problem.invalid("answer", "checks.badAnswer");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw Problem.invalid("comment", "problem.tooLong", MAX_COMMENT);
        }
        VisitCard visit = visits.card(visitId);
        if (source == Source.PROCESS) {
            // A technician ticks their own cars' checklists (on the tablet and with their API token alike).
            jobs.mayChange(visitId, actor);
        }
        CheckItem item = itemByCode(itemCode);
        if (item.retiredAt() != null) {
            throw Problem.invalid("itemCode", "checks.retiredItem", item.code());
        }
        switch (source) {
            case PROCESS -> {
                if (item.kind() != ItemKind.PROCESS) {
                    throw Problem.invalid("itemCode", "checks.notAProcessItem", item.code());
                }
                if (visit.stage() == Stage.CLOSED) {
                    throw Problem.refused("journey.closed");
                }
                if (item.stage().ordinal() > visit.stage().ordinal()) {
                    throw Problem.invalid("itemCode", "checks.wrongStage", item.code(), item.stage(), visit.stage());
                }
            }
            case POST_INSPECTION -> {
                if (item.kind() != ItemKind.POST_INSPECTION) {
                    throw Problem.invalid("itemCode", "checks.notAPostInspectionItem", item.code());
                }
                if (inspections.findByVisitId(visitId).isEmpty()) {
                    throw Problem.refused("checks.notSampled");
                }
            }
            case WORKSHOP_TEST -> {
                if (item.kind() == ItemKind.DERIVED) {
                    throw Problem.invalid("itemCode", "checks.derivedByTheSystem");
                }
            }
            default -> throw Problem.invalid("source", "checks.derivedByTheSystem");
        }
        CheckItemVersion current = current(item);
        Optional<CheckAnswer> existing = answers.findByVisitIdAndItemIdAndSource(visitId, item.id(), source);
        String note = comment == null || comment.isBlank() ? null : comment.trim();
        CheckAnswer saved;
        if (existing.isPresent()) {
            CheckAnswer before = existing.get();
            saved = answers.update(new CheckAnswer(before.id(), visitId, item.id(), current.id(), answer, source,
                    actor.personId(), actor.name(), clock.now(), note, before.version()));
        } else {
            saved = answers.save(new CheckAnswer(null, visitId, item.id(), current.id(), answer, source,
                    actor.personId(), actor.name(), clock.now(), note, null));
        }
        return row(item, current, saved, source, themes.byId());
    }

    /** The stage's mandatory items without a process answer. */
    @Override
    @Transactional
    public List<Localized> openMandatory(long visitId, Stage stage) {
        return checklist(visitId, stage).stream()
                .filter(r -> r.mandatory() && !r.answered())
                .map(ChecklistRow::question)
                .toList();
    }

    CheckItem itemByCode(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw Problem.invalid("itemCode", "problem.required");
        }
        return items.findByCode(code.trim()).orElseThrow(() -> Problem.invalid("itemCode", "checks.unknownItem", code));
    }

    /**
     * The stage's mandatory items each of these visits has no process answer for (visits with
     * none open are left out): one read for all of them, for a list such as the Counter's.
     */
    @Transactional
    public Map<Long, List<Localized>> openMandatory(Collection<Long> visitIds, Stage stage) {
        if (visitIds.isEmpty()) {
            return Map.of();
        }
        List<CheckItem> list = items.findByKindAndStageOrderByPosition(ItemKind.PROCESS, stage);
        Map<Long, List<CheckAnswer>> byVisit = answers.findByVisitIdIn(visitIds).stream()
                .collect(Collectors.groupingBy(CheckAnswer::visitId));
        Map<Long, List<Localized>> open = new LinkedHashMap<>();
        for (long visitId : visitIds) {
            List<Localized> missing = rows(byVisit.getOrDefault(visitId, List.of()), list, Source.PROCESS).stream()
                    .filter(r -> r.mandatory() && !r.answered()).map(ChecklistRow::question).toList();
            if (!missing.isEmpty()) {
                open.put(visitId, missing);
            }
        }
        return open;
    }

    private List<ChecklistRow> rows(long visitId, List<CheckItem> list, Source source) {
        return rows(answers.findByVisitId(visitId), list, source);
    }

    private List<ChecklistRow> rows(List<CheckAnswer> ofVisit, List<CheckItem> list, Source source) {
        Map<Long, CheckAnswer> given = ofVisit.stream()
                .filter(a -> a.source() == source)
                .collect(Collectors.toMap(CheckAnswer::itemId, Function.identity()));
        Map<Long, Theme> themeById = themes.byId();
        List<ChecklistRow> rows = new ArrayList<>();
        for (CheckItem item : list) {
            CheckAnswer answer = given.get(item.id());
            if (item.retiredAt() != null && answer == null) {
                continue;
            }
            CheckItemVersion version = answer == null ? current(item) : version(answer.itemVersionId());
            rows.add(row(item, version, answer, source, themeById));
        }
        return rows;
    }

    private ChecklistRow row(CheckItem item, CheckItemVersion version, @Nullable CheckAnswer answer, Source source,
            Map<Long, Theme> themeById) {
        Theme theme = themeById.get(version.themeId());
        return new ChecklistRow(item.id(), item.code(), item.kind(), item.stage(), theme.code(),
                new Localized(theme.nameEn(), theme.nameFi()), version.question(), version.role(),
                version.mandatory(), version.number(), answer == null ? null : answer.answer(), source,
                answer == null ? null : answer.answeredBy(), answer == null ? null : answer.answeredAt(),
                answer == null ? null : answer.comment());
    }

    private CheckItemVersion current(CheckItem item) {
        return versions.findByItemIdAndNumber(item.id(), item.currentNumber()).orElseThrow();
    }

    private CheckItemVersion version(long id) {
        return versions.findById(id).orElseThrow();
    }
}
