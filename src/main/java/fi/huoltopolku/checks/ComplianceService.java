package fi.huoltopolku.checks;

import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.Visit;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compliance and coverage of the objective evidence for any period, visit, person, stage or
 * department, grouped by theme, stage, source, department or person. The quality reports build on
 * it. An answer counts for the theme of the wording it was given for, so editing a template does
 * not change the figures of the past.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class ComplianceService {

    private final VisitOverviewService visits;
    private final CheckAnswerRepository answers;
    private final CheckItemRepository items;
    private final CheckItemVersionRepository versions;
    private final PostInspectionRepository inspections;
    private final ThemeService themes;

    ComplianceService(VisitOverviewService visits, CheckAnswerRepository answers, CheckItemRepository items,
            CheckItemVersionRepository versions, PostInspectionRepository inspections, ThemeService themes) {
        this.visits = visits;
        this.answers = answers;
        this.items = items;
        this.versions = versions;
        this.inspections = inspections;
        this.themes = themes;
    }

    /** All the filtered evidence in one figure. */
    @Transactional
    public Figures total(FigureFilter filter) {
        return facts(filter).stream().map(Fact::figures).reduce(Figures.NONE, Figures::plus);
    }

    /** The filtered evidence grouped, e.g. per theme; groups without any fact are left out. */
    @Transactional
    public Map<String, Figures> by(Dimension dimension, FigureFilter filter) {
        Map<String, Figures> grouped = new TreeMap<>();
        for (Fact fact : facts(filter)) {
            String key = fact.key(dimension);
            if (key != null) {
                grouped.merge(key, fact.figures(), Figures::plus);
            }
        }
        return grouped;
    }

    /**
     * Everything the comparison needs of the objective side, from one pass over the facts: figures
     * per theme, per source and theme (self-reported next to independently inspected), and per theme
     * and visit whether the visit's yes/no answers all passed (visits with only N/A left out).
     */
    public record Snapshot(Map<String, Figures> byTheme, Map<SourceTheme, Figures> bySourceAndTheme,
            Map<String, Map<Long, Boolean>> outcomes) {

        public static final Snapshot NONE = new Snapshot(Map.of(), Map.of(), Map.of());

        static Snapshot empty() {
            return new Snapshot(new TreeMap<>(), new HashMap<>(), new TreeMap<>());
        }
    }

    @Transactional
    public Snapshot snapshot(FigureFilter filter) {
        return snapshotsBy(filter, visit -> "").getOrDefault("", Snapshot.NONE);
    }

    /**
     * {@link #snapshot} for each group of visits, e.g. per advisor and technician: the roll-ups are
     * built from it, so they and the report computed directly share one definition.
     */
    @Transactional
    public <K> Map<K, Snapshot> snapshotsBy(FigureFilter filter, Function<Visit, K> group) {
        Map<K, Snapshot> snapshots = new HashMap<>();
        for (Fact fact : facts(filter)) {
            add(snapshots.computeIfAbsent(group.apply(fact.visit()), k -> Snapshot.empty()), fact);
        }
        return snapshots;
    }

    /**
     * {@link #snapshotsBy} for all departments (key {@code "*"}) and for each department's stages
     * (key: its code) from one pass: what {@code filter.department(code)} would give for each.
     */
    @Transactional
    public <K> Map<K, Map<String, Snapshot>> departmentSnapshotsBy(FigureFilter filter, Function<Visit, K> group) {
        return departmentSnapshotsBy(filter, scope(filter), group);
    }

    /**
     * {@link #departmentSnapshotsBy} of the visits given (within the filter's period): a few visits
     * of a busy day are counted from their own answers, not the whole day's.
     */
    @Transactional
    public <K> Map<K, Map<String, Snapshot>> departmentSnapshotsBy(FigureFilter filter, VisitScope scope,
            Function<Visit, K> group) {
        if (filter.departmentCode() != null || filter.stage() != null) {
            throw new IllegalArgumentException("The departments are split here; filter by none");
        }
        Map<K, Map<String, Snapshot>> snapshots = new HashMap<>();
        for (Fact fact : facts(filter, scope)) {
            Map<String, Snapshot> ofGroup = snapshots.computeIfAbsent(group.apply(fact.visit()), k -> new TreeMap<>());
            add(ofGroup.computeIfAbsent("*", k -> Snapshot.empty()), fact);
            if (fact.item().stage() != null) {
                add(ofGroup.computeIfAbsent(fact.item().stage().department(), k -> Snapshot.empty()), fact);
            }
        }
        return snapshots;
    }

    private static void add(Snapshot snapshot, Fact fact) {
        String theme = fact.theme().code();
        snapshot.byTheme().merge(theme, fact.figures(), Figures::plus);
        snapshot.bySourceAndTheme().merge(new SourceTheme(fact.source(), theme), fact.figures(), Figures::plus);
        if (fact.answer() == Answer.YES || fact.answer() == Answer.NO) {
            snapshot.outcomes().computeIfAbsent(theme, t -> new HashMap<>())
                    .merge(fact.visit().getId(), fact.answer() == Answer.YES, Boolean::logicalAnd);
        }
    }

    /** A source and a theme, as a key of {@link Snapshot#bySourceAndTheme}. */
    public record SourceTheme(Source source, String theme) {
    }

    /** One check that was asked for or answered: an answer, or a required item left unanswered. */
    private record Fact(Visit visit, CheckItem item, Theme theme, Source source, @Nullable Answer answer,
            boolean required) {

        Figures figures() {
            return new Figures(answer == Answer.YES ? 1 : 0, answer == Answer.NO ? 1 : 0, answer == Answer.NA ? 1 : 0,
                    answer != null && required ? 1 : 0, required ? 1 : 0);
        }

        @Nullable String key(Dimension dimension) {
            return switch (dimension) {
                case THEME -> theme.code();
                case STAGE -> item.stage() == null ? null : item.stage().name();
                case SOURCE -> source.name();
                case DEPARTMENT -> item.stage() == null ? null : item.stage().department();
                case ADVISOR -> visit.getAdvisorId() == null ? null : visit.getAdvisorId().toString();
                case TECHNICIAN -> visit.getTechnicianId() == null ? null : visit.getTechnicianId().toString();
            };
        }
    }

    private List<Fact> facts(FigureFilter filter) {
        return facts(filter, scope(filter));
    }

    /** The period's visits the filter admits. */
    private VisitScope scope(FigureFilter filter) {
        Map<Long, String> makes = filter.make() == null ? Map.of()
                : visits.makesOfVisitsBookedBetween(filter.from(), filter.to());
        List<Visit> inPeriod = visits.bookedBetween(filter.from(), filter.to());
        return VisitScope.of(inPeriod.stream().filter(v -> filter.admits(v, makes.get(v.getId()))).toList(),
                inPeriod.size());
    }

    private List<Fact> facts(FigureFilter filter, VisitScope chosen) {
        List<Visit> scope = chosen.visits();
        if (scope.isEmpty()) {
            return List.of();
        }
        List<Long> ids = scope.stream().map(Visit::getId).toList();
        Map<Long, Visit> byId = scope.stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
        boolean few = chosen.few();
        Map<Long, Set<Stage>> entered = few ? visits.stagesEntered(ids)
                : visits.stagesEntered(filter.from(), filter.to(), ids);
        List<CheckItem> allItems = items.findAll();
        Map<Long, CheckItem> itemById = allItems.stream().collect(Collectors.toMap(CheckItem::id, Function.identity()));
        Map<Long, Theme> themeById = themes.byId();
        List<CheckAnswer> given = (few ? answers.findByVisitIdIn(ids)
                : answers.findOfVisitsBookedBetween(filter.from(), filter.to())).stream()
                .filter(a -> byId.containsKey(a.visitId())).toList();
        Map<Long, CheckItemVersion> versionById = versions.findByIdIn(
                given.stream().map(CheckAnswer::itemVersionId).distinct().toList()).stream()
                .collect(Collectors.toMap(CheckItemVersion::id, Function.identity()));

        List<Fact> facts = new ArrayList<>();
        Set<String> answeredKeys = new HashSet<>();
        for (CheckAnswer a : given) {
            CheckItem item = itemById.get(a.itemId());
            Theme theme = themeById.get(versionById.get(a.itemVersionId()).themeId());
            boolean required = requiredOf(item, a.source(), byId.get(a.visitId()), entered);
            facts.add(new Fact(byId.get(a.visitId()), item, theme, a.source(), a.answer(), required));
            answeredKeys.add(a.visitId() + "/" + a.itemId() + "/" + a.source());
        }
        // Items the process asked for that nobody answered: not checked, counted in coverage only.
        Set<Long> drawn = (few ? inspections.findByVisitIdIn(ids)
                : inspections.findOfVisitsBookedBetween(filter.from(), filter.to())).stream()
                .map(PostInspection::visitId).collect(Collectors.toSet());
        Map<Long, CheckItemVersion> currentByItem = new HashMap<>();
        for (CheckItemVersion version : versions.findAll()) {
            if (version.number() == itemById.get(version.itemId()).currentNumber()) {
                currentByItem.put(version.itemId(), version);
            }
        }
        for (Visit visit : scope) {
            for (CheckItem item : allItems) {
                Source source = item.kind() == ItemKind.POST_INSPECTION ? Source.POST_INSPECTION : Source.PROCESS;
                if (item.kind() == ItemKind.DERIVED || answeredKeys.contains(visit.getId() + "/" + item.id() + "/" + source)
                        || (source == Source.POST_INSPECTION && !drawn.contains(visit.getId()))
                        || !requiredOf(item, source, visit, entered)) {
                    continue;
                }
                CheckItemVersion current = currentByItem.get(item.id());
                facts.add(new Fact(visit, item, themeById.get(current.themeId()), source, null, true));
            }
        }
        return facts.stream()
                .filter(f -> filter.stage() == null || filter.stage() == f.item().stage())
                .filter(f -> filter.departmentCode() == null || (f.item().stage() != null
                        && Objects.equals(filter.departmentCode(), f.item().stage().department())))
                .toList();
    }

    /** Whether the process asked this item of this visit (in-flow: a stage it entered; or a drawn car). */
    private static boolean requiredOf(CheckItem item, Source source, Visit visit, Map<Long, Set<Stage>> entered) {
        if (source == Source.PROCESS && item.kind() == ItemKind.PROCESS) {
            return item.stage() != Stage.CLOSED && entered.get(visit.getId()).contains(item.stage())
                    && item.appliedBetween(visit.getCreatedAt(), visit.getUpdatedAt().plusSeconds(1));
        }
        return source == Source.POST_INSPECTION && item.kind() == ItemKind.POST_INSPECTION;
    }
}
