package fi.huoltopolku.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import fi.huoltopolku.infra.MicronautInstantiator;
import fi.huoltopolku.infra.OpenScreens;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.SignedIn;
import fi.huoltopolku.security.ui.CurrentUser;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Browserless view tests (Karibu-Testing): the real views with their Micronaut services on H2,
 * created by the same instantiator as in the running app.
 */
@MicronautTest(startApplication = false, transactional = false)
public abstract class ViewTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("fi.huoltopolku");

    @Inject
    protected ApplicationContext context;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
        // Until a test acts as someone, its own setup runs as a person with every role.
        CurrentUser.set(new SignedIn(new Person(-1L, "setup", "Test setup", Role.ADMIN, 1L, true),
                EnumSet.allOf(Role.class)));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    protected void actAs(Person person) {
        CurrentUser.set(person);
    }

    static final class MicronautMockServlet extends MockVaadinServlet {
        private final transient ApplicationContext context;

        MicronautMockServlet(Routes routes, ApplicationContext context) {
            super(routes, UI::new);
            this.context = context;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                throws ServiceException {
            VaadinServletService service = new MockService(this, configuration, getUiFactory()) {
                @Override
                protected Optional<Instantiator> loadInstantiators() {
                    return Optional.of(new MicronautInstantiator(this, context));
                }
            };
            service.init();
            context.getBean(OpenScreens.class).watch(service);
            getRoutes().register(service.getContext());
            return service;
        }
    }
}
