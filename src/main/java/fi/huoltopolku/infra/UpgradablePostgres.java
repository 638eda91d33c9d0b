package fi.huoltopolku.infra;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * On PostgreSQL every statement is planned anew (the driver's {@code prepareThreshold=0}, unless the
 * URL names another): a node of the previous release keeps working while the next release's
 * migration adds a column during a rolling upgrade. With server-side prepared statements, the old
 * node's prepared {@code INSERT ... RETURNING *} failed once per connection after the column was
 * added ("cached plan must not change result type"), and so did the booking it served.
 */
@Singleton
final class UpgradablePostgres implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            configuration.addDataSourceProperty("prepareThreshold", "0");
        }
        return configuration;
    }
}
