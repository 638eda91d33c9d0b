package fi.huoltopolku.support;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL tier (deploy/postgres.sh, run by {@code mvn verify}): every test context
 * gets a database of its own in the throw-away cluster, created empty and migrated by Flyway, as each
 * gets its own in-memory H2 on the H2 tier. Does nothing for other databases.
 */
@Singleton
public final class FreshPostgresDatabase implements BeanCreatedEventListener<DatasourceConfiguration> {

    /** Set to share another context's database (a second app node in a test) instead of a new one. */
    static final String SHARE = "huoltopolku.test.database-name";

    private final String shared;

    FreshPostgresDatabase(@Value("${" + SHARE + ":}") String shared) {
        this.shared = shared;
    }

    /** A new, empty database in the cluster the configuration's URL points at; its name. */
    private static String create(DatasourceConfiguration configuration) {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(configuration.getUrl(), configuration.getUsername(),
                configuration.getPassword()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database in " + configuration.getUrl(), e);
        }
        return name;
    }

    /** The database a PostgreSQL URL names. */
    public static String databaseOf(String url) {
        return url.replaceFirst("^.*/([^/?]*)(\\?.*)?$", "$1");
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return configuration;
        }
        String name = shared.isEmpty() ? create(configuration) : shared;
        configuration.setUrl(url.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1"));
        return configuration;
    }
}
