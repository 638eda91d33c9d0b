package fi.huoltopolku.checks;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.Stage;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The check-item templates: add, reword (a new version; answers given for the old wording keep
 * pointing at it), reorder, retire and restore. Derived items are the system's own and only their
 * wording can change.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class CheckItemService {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");
    static final int MAX_QUESTION = 300;

    private final CheckItemRepository items;
    private final CheckItemVersionRepository versions;
    private final ThemeService themes;
    private final WorkshopClock clock;

    CheckItemService(CheckItemRepository items, CheckItemVersionRepository versions, ThemeService themes,
            WorkshopClock clock) {
        this.items = items;
        this.versions = versions;
        this.themes = themes;
        this.clock = clock;
    }

    /** Items of a kind (and stage, for process items) in their order, retired ones last. */
    @Transactional
    public List<ItemTemplate> templates(ItemKind kind, @Nullable Stage stage) {
        List<CheckItem> list = stage == null ? items.findByKindOrderByPosition(kind)
                : items.findByKindAndStageOrderByPosition(kind, stage);
        Map<Long, Theme> byId = themes.byId();
        return list.stream()
                .sorted((a, b) -> Boolean.compare(a.retiredAt() != null, b.retiredAt() != null))
                .map(i -> {
                    CheckItemVersion current = versions.findByItemIdAndNumber(i.id(), i.currentNumber()).orElseThrow();
                    return new ItemTemplate(i, current, byId.get(current.themeId()));
                }).toList();
    }

    @Transactional
    public List<CheckItemVersion> versions(long itemId) {
        return versions.findByItemIdOrderByNumber(itemId);
    }

    /** Adds an item at the end of its stage's list (or of the post-inspection list). */
    @Transactional
    public CheckItem add(@Nullable String code, ItemKind kind, @Nullable Stage stage, ItemWording wording, Actor actor) {
        // Every problem of the new item at once: the form marks each field.
        Validation check = new Validation();
        check.that(kind != ItemKind.DERIVED, "kind", "checks.derivedByTheSystem");
        if (check.that(code != null && CODE.matcher(code.trim()).matches(), "code", "checks.badCode",
                code == null ? "" : code)) {
            check.that(items.findByCode(code.trim()).isEmpty(), "code", "checks.codeTaken", code.trim());
        }
        check.that(kind != ItemKind.PROCESS || (stage != null && stage != Stage.CLOSED), "stage", "problem.required");
        Theme theme = check.value(() -> validate(wording));
        check.done();
        Stage itemStage = kind == ItemKind.PROCESS ? stage : null;
        int position = (itemStage == null ? items.findByKindOrderByPosition(kind)
                : items.findByKindAndStageOrderByPosition(kind, itemStage)).stream()
                .mapToInt(CheckItem::position).max().orElse(0) + 1;
        CheckItem item = items.save(new CheckItem(null, code.trim(), kind, itemStage, position, 1, clock.now(), null,
                null));
        versions.save(version(item.id(), 1, theme, wording, actor));
        return item;
    }

    /**
     * Rewords an item: a new version becomes current. Answers already given keep their version, so
     * reports of the past do not change.
     */
    @Transactional
    public CheckItemVersion reword(long itemId, long expectedVersion, ItemWording wording, Actor actor) {
        CheckItem item = load(itemId, expectedVersion);
        Theme theme = validate(wording);
        CheckItemVersion current = versions.findByItemIdAndNumber(itemId, item.currentNumber()).orElseThrow();
        if (current.themeId().equals(theme.id()) && current.questionEn().equals(wording.questionEn().trim())
                && current.questionFi().equals(wording.questionFi().trim()) && current.role() == wording.role()
                && current.mandatory() == wording.mandatory()) {
            throw Problem.refused("checks.nothingChanged");
        }
        int number = item.currentNumber() + 1;
        CheckItemVersion created = versions.save(version(itemId, number, theme, wording, actor));
        update(item.withCurrent(number));
        return created;
    }

    /** Moves an item one place up or down within its list. */
    @Transactional
    public void move(long itemId, long expectedVersion, boolean up) {
        CheckItem item = load(itemId, expectedVersion);
        List<CheckItem> siblings = item.stage() == null ? items.findByKindOrderByPosition(item.kind())
                : items.findByKindAndStageOrderByPosition(item.kind(), item.stage());
        int index = siblings.indexOf(siblings.stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow());
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= siblings.size()) {
            return;
        }
        CheckItem neighbour = siblings.get(other);
        int position = item.position();
        update(item.withPosition(neighbour.position() == position ? position + (up ? -1 : 1) : neighbour.position()));
        update(neighbour.withPosition(position));
    }

    /** Retires an item (it takes no new answers; its answers stay in the reports) or restores it. */
    @Transactional
    public void setRetired(long itemId, long expectedVersion, boolean retired) {
        CheckItem item = load(itemId, expectedVersion);
        update(item.retired(retired ? clock.now() : null));
    }

    /** The wording's theme; every problem of the wording named at once. */
    private Theme validate(ItemWording wording) {
        Validation check = new Validation();
        Theme theme = null;
        if (check.that(wording.themeCode() != null, "theme", "problem.required")) {
            theme = themes.byCode(wording.themeCode());
            check.that(!theme.retired(), "theme", "checks.themeRetired", theme.nameEn());
        }
        check.run(() -> text("questionEn", wording.questionEn()));
        check.run(() -> text("questionFi", wording.questionFi()));
        check.that(wording.role() != null, "role", "problem.required");
        check.done();
        return theme;
    }

    private static void text(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw Problem.invalid(field, "problem.required");
        }
        if (value.length() > MAX_QUESTION) {
            throw Problem.invalid(field, "problem.tooLong", MAX_QUESTION);
        }
    }

    private CheckItemVersion version(long itemId, int number, Theme theme, ItemWording wording, Actor actor) {
        return new CheckItemVersion(null, itemId, number, theme.id(), wording.questionEn().trim(),
                wording.questionFi().trim(), wording.role(), wording.mandatory(), clock.now(), actor.name());
    }

    private CheckItem load(long itemId, long expectedVersion) {
        CheckItem item = items.findById(itemId).orElseThrow(() -> Problem.notFound("checks.unknownItem", itemId));
        if (!Objects.equals(item.version(), expectedVersion)) {
            throw Problem.conflict("problem.staleEdit");
        }
        return item;
    }

    private void update(CheckItem item) {
        try {
            items.update(item);
        } catch (OptimisticLockException e) {
            throw Problem.conflict("problem.staleEdit");
        }
    }
}
