package fi.huoltopolku.infra;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;

/** The Vaadin servlet, with a service whose instantiator takes components from Micronaut. */
public class MicronautVaadinServlet extends VaadinServlet {

    private final transient ApplicationContext context;

    public MicronautVaadinServlet(ApplicationContext context) {
        this.context = context;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        MicronautVaadinService service = new MicronautVaadinService(this, configuration, context);
        service.init();
        context.getBean(OpenScreens.class).watch(service);
        return service;
    }
}
