package fi.huoltopolku;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fi.huoltopolku.base.BackEdgeSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which way imports go, read from the compiled classes: the app is built in floors, and a package
 * may use only packages of the floors below its own (two packages on one floor do not know each
 * other). The README's package map draws the same floors.
 */
class LayersTest {

    /** Bottom to top. */
    static final List<List<String>> FLOORS = List.of(
            List.of("base"),
            List.of("site"),
            List.of("people"),
            List.of("security"),
            List.of("customer", "theme", "infra", "backup"),
            List.of("visit"),
            List.of("matter"),
            List.of("checks"),
            List.of("survey"),
            List.of("approval", "feedback", "privacy"),
            List.of("quality"),
            List.of("desk", "demo"));

    private static final String APP = "fi.huoltopolku.";

    private static final Map<String, Integer> FLOOR = IntStream.range(0, FLOORS.size()).boxed()
            .flatMap(i -> FLOORS.get(i).stream().map(p -> Map.entry(p, i)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.huoltopolku");
    }

    @Test
    void every_package_uses_only_the_floors_below_it() {
        assertThat(backEdges(app)).as("dependencies that point up or sideways (see FLOORS)").isEmpty();
    }

    @Test
    void every_package_of_the_app_is_on_a_floor() {
        TreeSet<String> unplaced = app.stream().map(LayersTest::feature)
                .filter(f -> f != null && !FLOOR.containsKey(f)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unplaced).as("packages to place in FLOORS").isEmpty();
    }

    @Test
    void no_cycle_between_any_two_packages_sub_packages_included() {
        slices().matching("fi.huoltopolku.(**)").should().beFreeOfCycles().check(app);
    }

    /** The rule catches a new back-edge: a class in base that uses the visit feature. */
    @Test
    void a_back_edge_is_named_with_the_class_that_makes_it() {
        JavaClasses sample = new ClassFileImporter().importClasses(BackEdgeSample.class);

        assertThat(backEdges(sample)).isNotEmpty().allSatisfy(edge -> assertThat(edge)
                .startsWith("base → visit: ").contains("BackEdgeSample.first()"));
    }

    static List<String> backEdges(JavaClasses classes) {
        List<String> found = new ArrayList<>();
        for (JavaClass from : classes) {
            String source = feature(from);
            if (source == null || !FLOOR.containsKey(source)) {
                continue;
            }
            for (Dependency dependency : from.getDirectDependenciesFromSelf()) {
                String target = feature(dependency.getTargetClass());
                if (target != null && !target.equals(source) && FLOOR.containsKey(target)
                        && FLOOR.get(target) >= FLOOR.get(source)) {
                    found.add(source + " → " + target + ": " + dependency.getDescription());
                }
            }
        }
        return found.stream().distinct().sorted().toList();
    }

    /** The feature a class belongs to ({@code visit} for a class in {@code visit.ui}), none for the root. */
    static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(APP)) {
            return null;
        }
        String rest = name.substring(APP.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
