package fi.huoltopolku.infra;

import fi.huoltopolku.base.ui.NotFoundView;
import fi.huoltopolku.desk.BoardView;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start reads the classes Vaadin needs from the build's index instead of scanning for them: the
 * index is there, names every initializer, and says what a scan of today's class path says (a view
 * added without the index rewritten would otherwise have no route).
 */
class VaadinTypesTest {

    @Test
    void the_builds_index_lists_what_a_scan_finds() {
        var initializers = VaadinTypes.initializers();
        var indexed = VaadinTypes.read(initializers);
        assertThat(indexed).as("the index the build wrote").isPresent();
        assertThat(indexed.get()).isEqualTo(VaadinTypes.scan(initializers));
        assertThat(indexed.get().get("com.vaadin.flow.server.startup.RouteRegistryInitializer"))
                .contains(BoardView.class.getName());
        assertThat(VaadinTypes.load(indexed.get().get("com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer")))
                .contains(NotFoundView.class);
    }
}
