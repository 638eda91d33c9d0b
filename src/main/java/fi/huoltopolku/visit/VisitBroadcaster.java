package fi.huoltopolku.visit;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every open screen that a visit changed, once the change is committed. The listeners run on
 * a thread of the broadcaster's own, never on the thread of the request that made the change: the
 * person who saved waits for nobody else's screen. Screens register while attached and push the
 * update to their browser themselves (see {@code visit.ui.LiveUpdates}).
 */
@Singleton
public class VisitBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(VisitBroadcaster.class);

    private final List<Consumer<VisitChanged>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "visit-broadcast");
        thread.setDaemon(true);
        return thread;
    });

    /** Registers a listener; run the returned handle to unregister. */
    public Runnable register(Consumer<VisitChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many screens listen now. */
    public int listening() {
        return listeners.size();
    }

    @TransactionalEventListener
    void onCommitted(VisitChanged event) {
        delivery.execute(() -> deliver(event));
    }

    private void deliver(VisitChanged event) {
        for (Consumer<VisitChanged> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A screen could not take the change of visit {}: {}", event.visitId(), e.toString());
            }
        }
    }

    @PreDestroy
    void close() {
        delivery.shutdownNow();
    }
}
