package fi.huoltopolku.infra;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every commit to an H2 file is on disk before it is acknowledged, however the JDBC URL is written:
 * H2 otherwise writes a commit up to half a second later, and a crash in between loses acknowledged
 * work (and hands its ids out again). Whatever {@code WRITE_DELAY} the URL gives is replaced by 0.
 */
@Singleton
final class DurableH2 implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(DurableH2.class);

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        String durable = durable(url);
        if (durable != null && !durable.equals(url)) {
            if (url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY=") && !url.toUpperCase(Locale.ROOT)
                    .contains("WRITE_DELAY=0;") && !url.toUpperCase(Locale.ROOT).endsWith("WRITE_DELAY=0")) {
                LOG.warn("The database URL asked for a WRITE_DELAY: replaced by 0, so no acknowledged commit can be lost");
            }
            configuration.setUrl(durable);
        }
        return configuration;
    }

    /** The URL with {@code WRITE_DELAY=0} when it is an H2 file database; null for other URLs. */
    static String durable(String url) {
        if (url == null || !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        String[] parts = url.split(";");
        out.append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isBlank() || parts[i].trim().toUpperCase(Locale.ROOT).startsWith("WRITE_DELAY=")) {
                continue;
            }
            out.append(';').append(parts[i]);
        }
        return out.append(";WRITE_DELAY=0").toString();
    }
}
