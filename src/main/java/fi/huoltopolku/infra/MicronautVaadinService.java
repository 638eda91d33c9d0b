package fi.huoltopolku.infra;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import java.net.URL;
import java.util.Optional;

/**
 * Vaadin's servlet service with Micronaut's instantiator, and static resources that the bare
 * Tomcat context does not serve from jars ({@code META-INF/resources}: push script, webjars).
 */
public class MicronautVaadinService extends VaadinServletService {

    private final transient ApplicationContext context;

    public MicronautVaadinService(VaadinServlet servlet, DeploymentConfiguration configuration,
            ApplicationContext context) {
        super(servlet, configuration);
        this.context = context;
    }

    @Override
    protected Optional<Instantiator> loadInstantiators() {
        return Optional.of(new MicronautInstantiator(this, context));
    }

    @Override
    public URL getStaticResource(String path) {
        URL resource = super.getStaticResource(path);
        if (resource == null) {
            String relative = path.startsWith("/") ? path.substring(1) : path;
            resource = getClassLoader().getResource("META-INF/resources/" + relative);
        }
        return resource;
    }
}
