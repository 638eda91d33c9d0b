package fi.huoltopolku.visit;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells every open screen that a visit changed, once the change is committed. Screens register a
 * listener while attached and push the update to their browser themselves.
 */
@Singleton
public class VisitBroadcaster {

    private final List<Consumer<VisitChanged>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener; run the returned handle to unregister. */
    public Runnable register(Consumer<VisitChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener
    void onCommitted(VisitChanged event) {
        for (Consumer<VisitChanged> listener : listeners) {
            listener.accept(event);
        }
    }
}
