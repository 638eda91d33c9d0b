package fi.huoltopolku.infra;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production build's training start ({@code --huoltopolku.training-run=true}): once the server
 * runs it asks for the first pages over loopback, as a browser would, and exits, so that the JVM
 * writes the classes the start used into a class-data-sharing archive
 * ({@code -XX:ArchiveClassesAtExit}) that later starts map instead of loading them again.
 */
@Singleton
@Requires(property = "huoltopolku.training-run", value = "true")
final class TrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    @EventListener
    void started(ServerStartupEvent event) {
        int port = event.getSource().getPort();
        Thread run = new Thread(() -> {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            for (String path : List.of("/login", "/", "/api/health", "/nothing-here")) {
                try {
                    client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                } catch (Exception e) {
                    LOG.warn("Training request {} failed: {}", path, e.toString());
                }
            }
            LOG.info("Training run done");
            System.exit(0);
        }, "training-run");
        run.setDaemon(true);
        run.start();
    }
}
