package fi.huoltopolku;

import io.micronaut.runtime.Micronaut;

/** Starts Huoltopolku: Micronaut on Tomcat, the REST API under {@code /api}, the Vaadin UI at {@code /}. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
