package fi.huoltopolku.infra;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.flyway.FlywayConfigurationProperties;
import jakarta.inject.Singleton;

/**
 * The schema's migrations for the database the JDBC URL names: the shared ones
 * ({@code db/migration}) and that database's own where their SQL differs ({@code db/h2},
 * {@code db/postgresql}). The same jar runs on either, by its URL alone.
 */
@Singleton
final class VendorMigrations implements BeanCreatedEventListener<FlywayConfigurationProperties> {

    private final String url;

    VendorMigrations(@Property(name = "datasources.default.url") String url) {
        this.url = url;
    }

    @Override
    public FlywayConfigurationProperties onCreated(BeanCreatedEvent<FlywayConfigurationProperties> event) {
        FlywayConfigurationProperties flyway = event.getBean();
        flyway.setLocations("classpath:db/migration", "classpath:db/" + vendor(url));
        return flyway;
    }

    /** The folder of a database's own migrations: {@code h2} or {@code postgresql}. */
    static String vendor(String url) {
        if (url != null && url.startsWith("jdbc:h2:")) {
            return "h2";
        }
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        throw new IllegalStateException("Huoltopolku runs on H2 or PostgreSQL: datasources.default.url must start "
                + "with jdbc:h2: or jdbc:postgresql: (it " + (url == null ? "is not set)"
                        : "starts with " + url.replaceFirst("^([^:]*:[^:]*:).*$", "$1") + ")"));
    }
}
